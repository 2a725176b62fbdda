#include "calltracker.h"

#include "callerlanguage.h"

#include <grpcpp/client_context.h>

namespace Teleterm::Backend
{

CallTracker::~CallTracker()
{
    cancelAllAndWait();
}

std::shared_ptr<grpc::ClientContext> CallTracker::begin(std::chrono::milliseconds timeout)
{
    auto context = std::make_shared<grpc::ClientContext>();
    context->set_deadline(std::chrono::system_clock::now() + timeout);
    CallerLanguage::name(*context);
    const std::lock_guard lock(m_mutex);
    m_calls.insert(context);
    return context;
}

void CallTracker::finish(std::shared_ptr<grpc::ClientContext> context)
{
    const std::lock_guard lock(m_mutex);
    m_calls.erase(context);
    context.reset();
    if (m_calls.empty()) {
        m_idle.notify_all();
    }
}

void CallTracker::cancelAllAndWait()
{
    std::unique_lock lock(m_mutex);
    for (const auto &context : m_calls) {
        context->TryCancel();
    }
    m_idle.wait(lock, [this] {
        return m_calls.empty();
    });
}

std::size_t CallTracker::inFlight() const
{
    const std::lock_guard lock(m_mutex);
    return m_calls.size();
}

} // namespace Teleterm::Backend
