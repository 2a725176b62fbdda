#pragma once

#include "gateways.h"

#include "teleterm/v1/gateway.grpc.pb.h"

#include <memory>

namespace Teleterm::Daemon
{

// teleterm.v1.GatewayService: the daemon's gateways, over Gateways.
class GatewayService final : public teleterm::v1::GatewayService::Service
{
public:
    GatewayService(std::shared_ptr<Clusters> clusters, Gateways::Options options);

    grpc::Status CreateGateway(grpc::ServerContext *context, const teleterm::v1::CreateGatewayRequest *request, teleterm::v1::Gateway *response) override;
    grpc::Status
    ListGateways(grpc::ServerContext *context, const teleterm::v1::ListGatewaysRequest *request, teleterm::v1::ListGatewaysResponse *response) override;
    grpc::Status
    RemoveGateway(grpc::ServerContext *context, const teleterm::v1::RemoveGatewayRequest *request, teleterm::v1::EmptyGatewayResponse *response) override;
    grpc::Status
    SetGatewayLocalPort(grpc::ServerContext *context, const teleterm::v1::SetGatewayLocalPortRequest *request, teleterm::v1::Gateway *response) override;
    grpc::Status SetGatewayTargetSubresourceName(grpc::ServerContext *context,
                                                 const teleterm::v1::SetGatewayTargetSubresourceNameRequest *request,
                                                 teleterm::v1::Gateway *response) override;

private:
    std::shared_ptr<Clusters> m_clusters; // outlives the gateways, whose threads use it
    Gateways m_gateways;
};

} // namespace Teleterm::Daemon
