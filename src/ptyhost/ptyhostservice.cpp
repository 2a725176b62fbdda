#include "ptyhostservice.h"

namespace Teleterm::PtyHost
{

PtyHostService::PtyHostService(ServiceIdentity identity)
    : m_identity(std::move(identity))
{
}

grpc::Status PtyHostService::GetHealth(grpc::ServerContext * /*context*/, const ptyhost::v1::GetHealthRequest * /*request*/, ptyhost::v1::Health *response)
{
    response->set_version(m_identity.version.toStdString());
    response->set_pid(m_identity.pid);
    response->set_started_unix_ms(m_identity.started.toMSecsSinceEpoch());
    return grpc::Status::OK;
}

} // namespace Teleterm::PtyHost
