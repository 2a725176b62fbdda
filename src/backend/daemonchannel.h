#pragma once

#include "calltracker.h"
#include "rpcresult.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

#include "teleterm/v1/daemon.grpc.pb.h"

namespace Teleterm::Backend
{

struct DaemonHealth {
    QString version;
    qint64 pid = 0;
    QDateTime started;
    bool insecure = false;
    QString logFile;
};

// The worker side of the daemon client: it owns the gRPC channel and the stubs, runs every call
// with gRPC's callback API, converts the answer into Qt values and posts it to the receiver's
// thread. Destroying it cancels the calls in flight and waits for them, so no callback ever runs
// after it, and none reaches a receiver that outlives it.
class DaemonChannel
{
public:
    explicit DaemonChannel(QString socketPath);
    ~DaemonChannel();
    DaemonChannel(const DaemonChannel &) = delete;
    DaemonChannel &operator=(const DaemonChannel &) = delete;

    [[nodiscard]] QString socketPath() const
    {
        return m_socketPath;
    }

    // `done` runs on `receiver`'s thread; `receiver` must outlive this channel.
    void getHealth(std::chrono::milliseconds timeout, QObject *receiver, std::function<void(const RpcResult<DaemonHealth> &)> done);

private:
    const QString m_socketPath;
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<teleterm::v1::DaemonService::Stub> m_daemon;
    CallTracker m_calls; // drained in the destructor, before the stubs go
};

} // namespace Teleterm::Backend
