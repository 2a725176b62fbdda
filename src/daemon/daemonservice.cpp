#include "daemonservice.h"

namespace Teleterm::Daemon
{

DaemonService::DaemonService(ServiceIdentity identity, bool insecure)
    : m_identity(std::move(identity))
    , m_insecure(insecure)
{
}

grpc::Status DaemonService::GetHealth(grpc::ServerContext * /*context*/, const teleterm::v1::GetHealthRequest * /*request*/, teleterm::v1::Health *response)
{
    response->set_version(m_identity.version.toStdString());
    response->set_pid(m_identity.pid);
    response->set_started_unix_ms(m_identity.started.toMSecsSinceEpoch());
    response->set_insecure(m_insecure);
    response->set_log_file(m_identity.logFile.toStdString());
    return grpc::Status::OK;
}

} // namespace Teleterm::Daemon
