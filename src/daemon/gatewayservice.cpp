#include "gatewayservice.h"

namespace v1 = teleterm::v1;

namespace Teleterm::Daemon
{

GatewayService::GatewayService(std::shared_ptr<Clusters> clusters, Gateways::Options options)
    : m_clusters(std::move(clusters))
    , m_gateways(*m_clusters, std::move(options))
{
    m_gateways.restore();
    // m_gateways lives as long as this service; the daemon removes clusters only while it serves.
    m_clusters->whenRemoved([this](const QString &rootUri) {
        m_gateways.removeOfCluster(rootUri);
    });
}

grpc::Status GatewayService::CreateGateway(grpc::ServerContext *context, const v1::CreateGatewayRequest *request, v1::Gateway *response)
{
    return m_gateways.create(*request, response, answering(context));
}

grpc::Status GatewayService::ListGateways(grpc::ServerContext *context, const v1::ListGatewaysRequest *, v1::ListGatewaysResponse *response)
{
    answering(context);
    m_gateways.list(response);
    return grpc::Status::OK;
}

grpc::Status GatewayService::RemoveGateway(grpc::ServerContext *context, const v1::RemoveGatewayRequest *request, v1::EmptyGatewayResponse *)
{
    answering(context);
    return m_gateways.remove(QString::fromStdString(request->gateway_uri()));
}

grpc::Status GatewayService::SetGatewayLocalPort(grpc::ServerContext *context, const v1::SetGatewayLocalPortRequest *request, v1::Gateway *response)
{
    answering(context);
    return m_gateways.setLocalPort(QString::fromStdString(request->gateway_uri()), QString::fromStdString(request->local_port()), response);
}

grpc::Status
GatewayService::SetGatewayTargetSubresourceName(grpc::ServerContext *context, const v1::SetGatewayTargetSubresourceNameRequest *request, v1::Gateway *response)
{
    answering(context);
    return m_gateways.setDatabaseName(QString::fromStdString(request->gateway_uri()), QString::fromStdString(request->target_subresource_name()), response);
}

} // namespace Teleterm::Daemon
