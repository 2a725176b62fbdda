#pragma once

#include "clusters.h"

#include "teleterm/v1/service.grpc.pb.h"

namespace Teleterm::Daemon
{

// teleterm.v1.TerminalService: the daemon's cluster API, over Clusters. A call whose client goes
// away stops waiting on the network within a fraction of a second.
class TerminalService final : public teleterm::v1::TerminalService::Service
{
public:
    explicit TerminalService(std::shared_ptr<Clusters> clusters);

    grpc::Status
    ListRootClusters(grpc::ServerContext *context, const teleterm::v1::ListClustersRequest *request, teleterm::v1::ListClustersResponse *response) override;
    grpc::Status
    ListLeafClusters(grpc::ServerContext *context, const teleterm::v1::ListLeafClustersRequest *request, teleterm::v1::ListClustersResponse *response) override;
    grpc::Status AddCluster(grpc::ServerContext *context, const teleterm::v1::AddClusterRequest *request, teleterm::v1::Cluster *response) override;
    grpc::Status RemoveCluster(grpc::ServerContext *context, const teleterm::v1::RemoveClusterRequest *request, teleterm::v1::EmptyResponse *response) override;
    grpc::Status GetCluster(grpc::ServerContext *context, const teleterm::v1::GetClusterRequest *request, teleterm::v1::Cluster *response) override;
    grpc::Status
    GetAuthSettings(grpc::ServerContext *context, const teleterm::v1::GetAuthSettingsRequest *request, teleterm::v1::AuthSettings *response) override;
    grpc::Status Login(grpc::ServerContext *context, const teleterm::v1::LoginRequest *request, teleterm::v1::Cluster *response) override;
    grpc::Status Logout(grpc::ServerContext *context, const teleterm::v1::LogoutRequest *request, teleterm::v1::EmptyResponse *response) override;
    grpc::Status ListUnifiedResources(grpc::ServerContext *context,
                                      const teleterm::v1::ListUnifiedResourcesRequest *request,
                                      teleterm::v1::ListUnifiedResourcesResponse *response) override;
    grpc::Status ListDatabaseUsers(grpc::ServerContext *context,
                                   const teleterm::v1::ListDatabaseUsersRequest *request,
                                   teleterm::v1::ListDatabaseUsersResponse *response) override;
    grpc::Status
    WatchEvents(grpc::ServerContext *context, const teleterm::v1::WatchEventsRequest *request, grpc::ServerWriter<teleterm::v1::ClusterEvent> *writer) override;

private:
    std::shared_ptr<Clusters> m_clusters;
};

} // namespace Teleterm::Daemon
