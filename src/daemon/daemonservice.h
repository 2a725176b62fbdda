#pragma once

#include "servicehost.h"

#include "teleterm/v1/daemon.grpc.pb.h"

namespace Teleterm::Daemon
{

// teleterm.v1.DaemonService: the daemon's identity and health.
class DaemonService final : public teleterm::v1::DaemonService::Service
{
public:
    DaemonService(ServiceIdentity identity, bool insecure);

    grpc::Status GetHealth(grpc::ServerContext *context, const teleterm::v1::GetHealthRequest *request, teleterm::v1::Health *response) override;

private:
    const ServiceIdentity m_identity;
    const bool m_insecure;
};

} // namespace Teleterm::Daemon
