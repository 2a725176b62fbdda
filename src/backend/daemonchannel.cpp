#include "daemonchannel.h"

#include "localchannel.h"

#include <grpcpp/grpcpp.h>

namespace Teleterm::Backend
{

DaemonChannel::DaemonChannel(QString socketPath)
    : m_socketPath(std::move(socketPath))
    , m_channel(makeLocalChannel(m_socketPath))
    , m_daemon(teleterm::v1::DaemonService::NewStub(m_channel))
{
}

DaemonChannel::~DaemonChannel()
{
    m_calls.cancelAllAndWait();
}

void DaemonChannel::getHealth(std::chrono::milliseconds timeout, QObject *receiver, std::function<void(const RpcResult<DaemonHealth> &)> done)
{
    struct Call {
        std::shared_ptr<grpc::ClientContext> context;
        teleterm::v1::GetHealthRequest request;
        teleterm::v1::Health response;
    };
    auto call = std::make_shared<Call>();
    call->context = m_calls.begin(timeout);
    m_daemon->async()->GetHealth(call->context.get(), &call->request, &call->response, [this, call, receiver, done = std::move(done)](grpc::Status status) {
        RpcResult<DaemonHealth> result;
        if (status.ok()) {
            const teleterm::v1::Health &health = call->response;
            result.value = DaemonHealth{QString::fromStdString(health.version()),
                                        health.pid(),
                                        QDateTime::fromMSecsSinceEpoch(health.started_unix_ms(), Qt::UTC),
                                        health.insecure(),
                                        QString::fromStdString(health.log_file())};
        } else {
            result.error = describeLocalCallFailure(status, m_socketPath);
        }
        QMetaObject::invokeMethod(
            receiver,
            [done, result] {
                done(result);
            },
            Qt::QueuedConnection);
        m_calls.finish(call->context);
    });
}

} // namespace Teleterm::Backend
