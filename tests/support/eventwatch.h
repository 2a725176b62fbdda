#pragma once

#include "teleterm/v1/service.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QList>
#include <QString>

#include <algorithm>
#include <mutex>
#include <thread>

namespace Teleterm::Test
{

// The daemon's event stream, read on a thread of its own into a list a test looks at.
class EventWatch
{
public:
    explicit EventWatch(const std::shared_ptr<grpc::Channel> &channel)
    {
        m_reader = std::thread([this, channel] {
            const auto stream = teleterm::v1::TerminalService::NewStub(channel)->WatchEvents(&m_context, {});
            teleterm::v1::ClusterEvent event;
            while (stream->Read(&event)) {
                const std::lock_guard lock(m_mutex);
                m_events.append(event);
            }
            (void)stream->Finish();
        });
    }
    ~EventWatch()
    {
        m_context.TryCancel();
        m_reader.join();
    }
    EventWatch(const EventWatch &) = delete;
    EventWatch &operator=(const EventWatch &) = delete;

    [[nodiscard]] bool has(int kind)
    {
        return count(kind) > 0;
    }
    [[nodiscard]] qsizetype count(int kind)
    {
        const std::lock_guard lock(m_mutex);
        return std::count_if(m_events.cbegin(), m_events.cend(), [&](const teleterm::v1::ClusterEvent &event) {
            return event.kind() == kind;
        });
    }
    // The last event of `kind`; a default one when none came.
    [[nodiscard]] teleterm::v1::ClusterEvent last(int kind)
    {
        const std::lock_guard lock(m_mutex);
        for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
            if (it->kind() == kind) {
                return *it;
            }
        }
        return {};
    }

private:
    grpc::ClientContext m_context;
    std::mutex m_mutex;
    QList<teleterm::v1::ClusterEvent> m_events;
    std::thread m_reader;
};

} // namespace Teleterm::Test
