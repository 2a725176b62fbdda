#include "ptyhostservice.h"

namespace Teleterm::PtyHost
{

PtyHostService::PtyHostService(ServiceIdentity identity)
    : m_identity(std::move(identity))
{
}

grpc::ServerUnaryReactor *
PtyHostService::GetHealth(grpc::CallbackServerContext *context, const ptyhost::v1::GetHealthRequest * /*request*/, ptyhost::v1::Health *response)
{
    response->set_version(m_identity.version.toStdString());
    response->set_pid(m_identity.pid);
    response->set_started_unix_ms(m_identity.started.toMSecsSinceEpoch());
    auto *reactor = context->DefaultReactor();
    reactor->Finish(grpc::Status::OK);
    return reactor;
}

} // namespace Teleterm::PtyHost
