#include "terminalservice.h"

namespace v1 = teleterm::v1;

namespace Teleterm::Daemon
{

namespace
{

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

TerminalService::TerminalService(std::shared_ptr<Clusters> clusters)
    : m_clusters(std::move(clusters))
{
}

grpc::Status TerminalService::ListRootClusters(grpc::ServerContext *context, const v1::ListClustersRequest *, v1::ListClustersResponse *response)
{
    answering(context);
    return m_clusters->listRootClusters(response);
}

grpc::Status TerminalService::ListLeafClusters(grpc::ServerContext *context, const v1::ListLeafClustersRequest *request, v1::ListClustersResponse *response)
{
    return m_clusters->listLeafClusters(fromStd(request->cluster_uri()), response, answering(context));
}

grpc::Status TerminalService::AddCluster(grpc::ServerContext *context, const v1::AddClusterRequest *request, v1::Cluster *response)
{
    return m_clusters->addCluster(fromStd(request->name()), response, answering(context));
}

grpc::Status TerminalService::RemoveCluster(grpc::ServerContext *context, const v1::RemoveClusterRequest *request, v1::EmptyResponse *)
{
    answering(context);
    return m_clusters->removeCluster(fromStd(request->cluster_uri()));
}

grpc::Status TerminalService::GetCluster(grpc::ServerContext *context, const v1::GetClusterRequest *request, v1::Cluster *response)
{
    return m_clusters->getCluster(fromStd(request->cluster_uri()), response, answering(context));
}

grpc::Status TerminalService::GetAuthSettings(grpc::ServerContext *context, const v1::GetAuthSettingsRequest *request, v1::AuthSettings *response)
{
    return m_clusters->authSettings(fromStd(request->cluster_uri()), response, answering(context));
}

grpc::Status TerminalService::Login(grpc::ServerContext *context, const v1::LoginRequest *request, v1::Cluster *response)
{
    return m_clusters->login(fromStd(request->cluster_uri()), request->local(), response, answering(context));
}

grpc::Status TerminalService::Logout(grpc::ServerContext *context, const v1::LogoutRequest *request, v1::EmptyResponse *)
{
    answering(context);
    return m_clusters->logout(fromStd(request->cluster_uri()), request->remove_profile());
}

grpc::Status
TerminalService::ListUnifiedResources(grpc::ServerContext *context, const v1::ListUnifiedResourcesRequest *request, v1::ListUnifiedResourcesResponse *response)
{
    return m_clusters->listResources(*request, response, answering(context));
}

grpc::Status
TerminalService::ListDatabaseUsers(grpc::ServerContext *context, const v1::ListDatabaseUsersRequest *request, v1::ListDatabaseUsersResponse *response)
{
    return m_clusters->listDatabaseUsers(fromStd(request->db_uri()), response, answering(context));
}

grpc::Status TerminalService::WatchEvents(grpc::ServerContext *context, const v1::WatchEventsRequest *, grpc::ServerWriter<v1::ClusterEvent> *writer)
{
    answering(context);
    EventHub &hub = m_clusters->events();
    const int subscriber = hub.subscribe();
    while (!context->IsCancelled()) {
        bool written = true;
        for (const v1::ClusterEvent &event : hub.take(subscriber, std::chrono::milliseconds(250))) {
            written = written && writer->Write(event);
        }
        if (!written) {
            break;
        }
    }
    hub.unsubscribe(subscriber);
    return grpc::Status::OK;
}

} // namespace Teleterm::Daemon
