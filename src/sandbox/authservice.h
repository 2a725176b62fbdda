#pragma once

#include "certauthority.h"
#include "config.h"
#include "sshnodes.h"
#include "transportservice.h"
#include "users.h"

#include "teleport/legacy/client/proto/authservice.grpc.pb.h"
#include "teleport/presence/v1/service.grpc.pb.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>

namespace Teleterm::Sandbox
{

// A resource as the cluster lists it: the real nodes and PostgreSQL, and whatever the
// configuration adds that exists in listings only (servers at scale, databases, Kubernetes
// clusters, apps; they cannot be reached).
struct ListedResource {
    ResourceKind kind = ResourceKind::Node;
    QString name; // Teleport's name: a uuid for servers
    QString hostname; // servers
    QString address; // servers: host:port; databases and apps: their URI
    QString description;
    QString protocol; // databases
    QString publicAddress; // apps
    QHash<QString, QString> labels;

    // What a person calls it: a server's hostname, anything else's name.
    [[nodiscard]] QString displayName() const
    {
        return kind == ResourceKind::Node ? hostname : name;
    }
};

// Everything a cluster lists, sorted by kind and name.
struct Inventory {
    QList<ListedResource> resources;
    [[nodiscard]] const ListedResource *find(ResourceKind kind, const QString &name) const;
};

// The root cluster's inventory: its real nodes, `listedServers` invented servers (stable names, so
// that pages mean the same across restarts), its PostgreSQL when it runs, and the configured
// databases, Kubernetes clusters and apps.
[[nodiscard]] Inventory makeInventory(const QList<SshNode> &nodes, const SandboxConfig &config, const QString &postgresUri);
// A leaf's inventory: listed-only resources.
[[nodiscard]] Inventory makeInventory(const LeafSpec &leaf);

// proto.AuthService, the part Teleterm calls, for one cluster (the root, or a leaf reached
// through the root's proxy): Ping; ListResources and ListUnifiedResources with Teleport's
// paging, search, labels, sorting and logins; GetCurrentUser and GetCurrentUserRoles (what a
// client needs to work out the logins and database users a resource allows); and
// GenerateUserCerts for certificates routed to a database.
class AuthService final : public proto::AuthService::Service
{
public:
    AuthService(QString clusterName,
                QString serverVersion,
                std::function<QString()> proxyAddress,
                Inventory inventory,
                const UserStore *users,
                const PeerIdentities *peers,
                const CertAuthority *userCa);

    grpc::Status Ping(grpc::ServerContext *context, const proto::PingRequest *request, proto::PingResponse *response) override;
    grpc::Status ListResources(grpc::ServerContext *context, const proto::ListResourcesRequest *request, proto::ListResourcesResponse *response) override;
    grpc::Status ListUnifiedResources(grpc::ServerContext *context,
                                      const proto::ListUnifiedResourcesRequest *request,
                                      proto::ListUnifiedResourcesResponse *response) override;
    grpc::Status GetCurrentUser(grpc::ServerContext *context, const google::protobuf::Empty *request, types::UserV2 *response) override;
    grpc::Status GetCurrentUserRoles(grpc::ServerContext *context, const google::protobuf::Empty *request, grpc::ServerWriter<types::RoleV6> *writer) override;
    grpc::Status GenerateUserCerts(grpc::ServerContext *context, const proto::UserCertsRequest *request, proto::Certs *response) override;

    [[nodiscard]] const Inventory &inventory() const
    {
        return m_inventory;
    }

    // Teleport's cap on one page.
    static constexpr int MaxLimit = 1000;

private:
    struct Query;
    [[nodiscard]] grpc::Status page(const Query &query, QList<const ListedResource *> *page, QString *nextKey, int *total) const;
    // What ListResources and ListUnifiedResources share: the request's paging, labels, keywords
    // and sort read into `query`, the page listed into `response`; `total` is every match.
    template<typename Request, typename Response>
    [[nodiscard]] grpc::Status list(Query query, const Request &request, Response *response, int *total) const;
    void fill(const ListedResource &resource, bool includeLogins, const QString &user, proto::PaginatedResource *out) const;

    // One query's matches in order, with where each key stands: kept for the query asked last, so
    // that its next pages do not filter and sort every resource again (a client scrolling through
    // 100,000 servers asks for a thousand pages, each after the one before).
    struct Listing {
        QString query;
        QList<const ListedResource *> matching;
        QHash<QString, qsizetype> positions;
    };
    [[nodiscard]] std::shared_ptr<const Listing> listing(const Query &query) const;
    // A resource's key in a listing (its start key).
    [[nodiscard]] static QString keyOf(const Query &query, const ListedResource &resource);
    mutable std::mutex m_listingMutex;
    mutable std::shared_ptr<const Listing> m_lastListing;

    QString m_cluster;
    QString m_version;
    std::function<QString()> m_proxyAddress;
    Inventory m_inventory;
    const UserStore *m_users;
    const PeerIdentities *m_peers;
    const CertAuthority *m_userCa;
};

// teleport.presence.v1.PresenceService: the root's leaf clusters, all online.
class PresenceService final : public teleport::presence::v1::PresenceService::Service
{
public:
    PresenceService(QStringList leaves, const PeerIdentities *peers);

    grpc::Status ListRemoteClusters(grpc::ServerContext *context,
                                    const teleport::presence::v1::ListRemoteClustersRequest *request,
                                    teleport::presence::v1::ListRemoteClustersResponse *response) override;

private:
    QStringList m_leaves;
    const PeerIdentities *m_peers;
};

} // namespace Teleterm::Sandbox
