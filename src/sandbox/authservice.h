#pragma once

#include "sshnodes.h"
#include "transportservice.h"
#include "users.h"

#include "teleport/legacy/client/proto/authservice.grpc.pb.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Teleterm::Sandbox
{

// A server as the cluster lists it: the real nodes, and as many listed-only servers as the
// sandbox is told to invent (for tests and benchmarks at scale; they cannot be dialled).
struct ListedServer {
    QString name; // Teleport's server name: a uuid for real nodes
    QString hostname;
    QString addr;
    QHash<QString, QString> labels;
};

[[nodiscard]] QList<ListedServer> makeInventory(const QList<SshNode> &nodes, int listedOnly);

// proto.AuthService, the part Teleterm calls: Ping, and ListResources of nodes with Teleport's
// paging (limit + start key), search keywords, label filters, sorting, total count and logins.
class AuthService final : public proto::AuthService::Service
{
public:
    AuthService(QString clusterName,
                QString serverVersion,
                std::function<QString()> proxyAddress,
                QList<ListedServer> servers,
                const UserStore *users,
                const PeerIdentities *peers);

    grpc::Status Ping(grpc::ServerContext *context, const proto::PingRequest *request, proto::PingResponse *response) override;
    grpc::Status ListResources(grpc::ServerContext *context, const proto::ListResourcesRequest *request, proto::ListResourcesResponse *response) override;

    // Teleport's cap on one page.
    static constexpr int MaxLimit = 1000;

private:
    QString m_cluster;
    QString m_version;
    std::function<QString()> m_proxyAddress;
    QList<ListedServer> m_servers; // sorted by name
    const UserStore *m_users;
    const PeerIdentities *m_peers;
};

} // namespace Teleterm::Sandbox
