#pragma once

#include "servicehost.h"

#include "ptyhost/v1/ptyhost.grpc.pb.h"

namespace Teleterm::PtyHost
{

// ptyhost.v1.PtyHostService. For now only its health; PTYs arrive with the terminal.
class PtyHostService final : public ptyhost::v1::PtyHostService::Service
{
public:
    explicit PtyHostService(ServiceIdentity identity);

    grpc::Status GetHealth(grpc::ServerContext *context, const ptyhost::v1::GetHealthRequest *request, ptyhost::v1::Health *response) override;

private:
    const ServiceIdentity m_identity;
};

} // namespace Teleterm::PtyHost
