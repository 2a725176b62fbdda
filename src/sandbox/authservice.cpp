#include "authservice.h"

#include "sandboxlogging.h"
#include "sshauthority.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Teleterm::Sandbox
{

namespace
{

grpc::Status status(grpc::StatusCode code, const QString &message)
{
    return {code, message.toStdString()};
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// The kind names of ListResources (`ResourceType`) and of ListUnifiedResources (`Kinds`).
struct KindNames {
    ResourceKind kind;
    const char *listed;
    const char *unified;
};
constexpr KindNames kindNames[] = {
    {ResourceKind::Node, "node", "node"},
    {ResourceKind::Database, "db_server", "db"},
    {ResourceKind::KubeCluster, "kube_cluster", "kube_cluster"},
    {ResourceKind::App, "app_server", "app"},
};

const char *unifiedName(ResourceKind kind)
{
    for (const KindNames &names : kindNames) {
        if (names.kind == kind) {
            return names.unified;
        }
    }
    return "";
}

// The text a sort field names, or null for a field Teleport would refuse.
QString sortKey(const ListedResource &resource, const QString &field, bool unified)
{
    if (field == "name"_L1) {
        return unified ? resource.displayName() : resource.name;
    }
    if (field == "hostname"_L1) {
        return resource.hostname;
    }
    if (field == "addr"_L1 || field == "address"_L1 || field == "uri"_L1) {
        return resource.address;
    }
    if (field == "description"_L1) {
        return resource.description;
    }
    if (field == "kind"_L1 || field == "type"_L1) {
        return QString::fromLatin1(unifiedName(resource.kind));
    }
    if (field == "publicAddress"_L1) {
        return resource.publicAddress;
    }
    return {};
}

bool knownSortField(const QString &field)
{
    static const QStringList fields{u"name"_s, u"hostname"_s, u"addr"_s, u"address"_s, u"uri"_s, u"description"_s, u"kind"_s, u"type"_s, u"publicAddress"_s};
    return fields.contains(field);
}

// Teleport's plain search: every keyword must appear, case-insensitively, in the name, the
// hostname, the address, the description, or a label's key or value.
bool matchesKeywords(const ListedResource &resource, const QStringList &keywords)
{
    return std::all_of(keywords.cbegin(), keywords.cend(), [&](const QString &keyword) {
        const auto has = [&](const QString &text) {
            return text.contains(keyword, Qt::CaseInsensitive);
        };
        if (has(resource.name) || has(resource.hostname) || has(resource.address) || has(resource.description) || has(resource.publicAddress)
            || has(resource.protocol)) {
            return true;
        }
        for (auto it = resource.labels.cbegin(); it != resource.labels.cend(); ++it) {
            if (has(it.key()) || has(it.value())) {
                return true;
            }
        }
        return false;
    });
}

void setMetadata(types::Metadata *metadata, const ListedResource &resource)
{
    metadata->set_name(utf8(resource.name));
    metadata->set_namespace_("default");
    metadata->set_description(utf8(resource.description));
    for (auto it = resource.labels.cbegin(); it != resource.labels.cend(); ++it) {
        (*metadata->mutable_labels())[utf8(it.key())] = utf8(it.value());
    }
}

void setLabelValues(wrappers::LabelValues *out, const QHash<QString, QStringList> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        wrappers::StringValues &strings = (*out->mutable_values())[utf8(it.key())];
        for (const QString &value : it.value()) {
            strings.add_values(utf8(value));
        }
    }
}

void sortByName(QList<ListedResource> &resources)
{
    std::sort(resources.begin(), resources.end(), [](const ListedResource &a, const ListedResource &b) {
        return std::pair(int(a.kind), a.name) < std::pair(int(b.kind), b.name);
    });
}

void appendListed(QList<ListedResource> &out, ResourceKind kind, const QList<ListedResourceSpec> &specs)
{
    for (const ListedResourceSpec &spec : specs) {
        out.append({kind, spec.name, {}, spec.uri, spec.description, spec.protocol, spec.publicAddress, spec.labels});
    }
}

// Servers that exist in listings only: stable names, so that pages and start keys mean the same
// across restarts.
void appendListedServers(QList<ListedResource> &out, int count, const QString &prefix)
{
    static const char *const environments[] = {"prod", "staging", "dev"};
    static const char *const regions[] = {"eu-west", "us-east", "ap-south", "sa-east"};
    for (int i = 0; i < count; ++i) {
        const QString name = QUuid::createUuidV5(QUuid(), u"%1listed-%2"_s.arg(prefix).arg(i)).toString(QUuid::WithoutBraces);
        out.append({ResourceKind::Node,
                    name,
                    u"%1server-%2"_s.arg(prefix).arg(i + 1, 6, 10, QLatin1Char('0')),
                    u"10.%1.%2.%3:3022"_s.arg((i >> 16) & 255).arg((i >> 8) & 255).arg(i & 255),
                    {},
                    {},
                    {},
                    {{u"env"_s, QString::fromLatin1(environments[i % 3])}, {u"region"_s, QString::fromLatin1(regions[i % 4])}, {u"sandbox"_s, u"listed"_s}}});
    }
}

} // namespace

const ListedResource *Inventory::find(ResourceKind kind, const QString &name) const
{
    const auto at = std::find_if(resources.cbegin(), resources.cend(), [&](const ListedResource &resource) {
        return resource.kind == kind && resource.name == name;
    });
    return at == resources.cend() ? nullptr : &*at;
}

Inventory makeInventory(const QList<SshNode> &nodes, const SandboxConfig &config, const QString &postgresUri)
{
    Inventory inventory;
    for (const SshNode &node : nodes) {
        inventory.resources.append({ResourceKind::Node, node.uuid, node.name, u"127.0.0.1:%1"_s.arg(node.port), {}, {}, {}, node.labels});
    }
    appendListedServers(inventory.resources, config.listedServers, {});
    if (!postgresUri.isEmpty()) {
        inventory.resources.append(
            {ResourceKind::Database, config.postgresName, {}, postgresUri, u"PostgreSQL 15 of the sandbox"_s, u"postgres"_s, {}, config.postgresLabels});
    }
    appendListed(inventory.resources, ResourceKind::Database, config.databases);
    appendListed(inventory.resources, ResourceKind::KubeCluster, config.kubeClusters);
    appendListed(inventory.resources, ResourceKind::App, config.apps);
    sortByName(inventory.resources);
    return inventory;
}

Inventory makeInventory(const LeafSpec &leaf)
{
    Inventory inventory;
    appendListedServers(inventory.resources, leaf.listedServers, leaf.name + u'-');
    appendListed(inventory.resources, ResourceKind::Database, leaf.databases);
    appendListed(inventory.resources, ResourceKind::KubeCluster, leaf.kubeClusters);
    appendListed(inventory.resources, ResourceKind::App, leaf.apps);
    sortByName(inventory.resources);
    return inventory;
}

struct AuthService::Query {
    QString user;
    QList<ResourceKind> kinds;
    int limit = 0;
    QString startKey;
    QHash<QString, QString> labels;
    QStringList keywords;
    QString sortField;
    bool descending = false;
    bool unified = false; // unified keys are "name/kind", and "name" sorts by what people call a resource
};

AuthService::AuthService(QString clusterName,
                         QString serverVersion,
                         std::function<QString()> proxyAddress,
                         Inventory inventory,
                         const UserStore *users,
                         const PeerIdentities *peers,
                         const CertAuthority *userCa)
    : m_cluster(std::move(clusterName))
    , m_version(std::move(serverVersion))
    , m_proxyAddress(std::move(proxyAddress))
    , m_inventory(std::move(inventory))
    , m_users(users)
    , m_peers(peers)
    , m_userCa(userCa)
{
}

grpc::Status AuthService::Ping(grpc::ServerContext *, const proto::PingRequest *, proto::PingResponse *response)
{
    response->set_clustername(utf8(m_cluster));
    response->set_serverversion(utf8(m_version));
    response->set_proxypublicaddr(utf8(m_proxyAddress()));
    return grpc::Status::OK;
}

QString AuthService::keyOf(const Query &query, const ListedResource &resource)
{
    return query.unified ? resource.name + u'/' + QString::fromLatin1(unifiedName(resource.kind)) : resource.name;
}

std::shared_ptr<const AuthService::Listing> AuthService::listing(const Query &query) const
{
    // Everything that decides the matches and their order, as one string.
    QStringList labels;
    for (auto it = query.labels.cbegin(); it != query.labels.cend(); ++it) {
        labels << it.key() + u'=' + it.value();
    }
    labels.sort();
    QStringList kinds;
    for (const ResourceKind kind : query.kinds) {
        kinds << QString::number(int(kind));
    }
    const QString signature = QStringList{query.user,
                                          kinds.join(u','),
                                          labels.join(u'\x1f'),
                                          query.keywords.join(u'\x1f'),
                                          query.sortField,
                                          query.descending ? u"desc"_s : u"asc"_s,
                                          query.unified ? u"unified"_s : u"typed"_s}
                                  .join(u'\x1e');
    {
        const std::lock_guard lock(m_listingMutex);
        if (m_lastListing && m_lastListing->query == signature) {
            return m_lastListing;
        }
    }
    auto made = std::make_shared<Listing>();
    made->query = signature;
    QList<const ListedResource *> &matching = made->matching;
    for (const ListedResource &resource : m_inventory.resources) {
        if (!query.kinds.contains(resource.kind) || !m_users->mayAccess(query.user, resource.kind, resource.labels)) {
            continue; // what the roles do not allow is not listed at all
        }
        bool labelled = true;
        for (auto it = query.labels.cbegin(); it != query.labels.cend(); ++it) {
            labelled = labelled && resource.labels.value(it.key()) == it.value();
        }
        if (labelled && matchesKeywords(resource, query.keywords)) {
            matching.append(&resource);
        }
    }
    // Ties broken by key, so that the order (and with it the start key) is total.
    std::stable_sort(matching.begin(), matching.end(), [&](const ListedResource *a, const ListedResource *b) {
        const int byField = QString::compare(sortKey(*a, query.sortField, query.unified), sortKey(*b, query.sortField, query.unified), Qt::CaseInsensitive);
        const int order = byField != 0 ? byField : QString::compare(keyOf(query, *a), keyOf(query, *b));
        return query.descending ? order > 0 : order < 0;
    });
    made->positions.reserve(matching.size());
    for (qsizetype at = 0; at < matching.size(); ++at) {
        made->positions.insert(keyOf(query, *matching.at(at)), at);
    }
    const std::lock_guard lock(m_listingMutex);
    m_lastListing = made;
    return made;
}

grpc::Status AuthService::page(const Query &query, QList<const ListedResource *> *page, QString *nextKey, int *total) const
{
    if (query.limit <= 0) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, u"nonpositive parameter limit"_s);
    }
    if (!knownSortField(query.sortField)) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, u"unsupported sort field \"%1\""_s.arg(query.sortField));
    }
    const std::shared_ptr<const Listing> found = listing(query);
    const QList<const ListedResource *> &matching = found->matching;

    // The start key is the key of the first resource of the page.
    qsizetype first = 0;
    if (!query.startKey.isEmpty()) {
        const auto at = found->positions.constFind(query.startKey);
        if (at == found->positions.cend()) {
            return status(grpc::StatusCode::INVALID_ARGUMENT, u"start key \"%1\" names no resource of this listing"_s.arg(query.startKey));
        }
        first = at.value();
    }
    const qsizetype end = std::min<qsizetype>(matching.size(), first + std::min(query.limit, MaxLimit));
    *page = matching.mid(first, end - first);
    *nextKey = end < matching.size() ? keyOf(query, *matching.at(end)) : QString();
    *total = int(matching.size());
    return grpc::Status::OK;
}

void AuthService::fill(const ListedResource &resource, bool includeLogins, const QString &user, proto::PaginatedResource *out) const
{
    switch (resource.kind) {
    case ResourceKind::Node: {
        types::ServerV2 *node = out->mutable_node();
        node->set_kind("node");
        node->set_version("v2");
        setMetadata(node->mutable_metadata(), resource);
        node->mutable_spec()->set_addr(utf8(resource.address));
        node->mutable_spec()->set_hostname(utf8(resource.hostname));
        node->mutable_spec()->set_version(utf8(m_version));
        if (includeLogins) {
            for (const QString &login : m_users->loginsOf(user)) {
                out->add_logins(utf8(login));
            }
        }
        break;
    }
    case ResourceKind::Database: {
        types::DatabaseServerV3 *server = out->mutable_databaseserver();
        server->set_kind("db_server");
        server->set_version("v3");
        setMetadata(server->mutable_metadata(), resource);
        server->mutable_spec()->set_version(utf8(m_version));
        server->mutable_spec()->set_hostname(utf8(m_cluster + "-db"_L1));
        types::DatabaseV3 *database = server->mutable_spec()->mutable_database();
        database->set_kind("db");
        database->set_version("v3");
        setMetadata(database->mutable_metadata(), resource);
        database->mutable_spec()->set_protocol(utf8(resource.protocol));
        database->mutable_spec()->set_uri(utf8(resource.address));
        break;
    }
    case ResourceKind::KubeCluster: {
        types::KubernetesClusterV3 *cluster = out->mutable_kubecluster();
        cluster->set_kind("kube_cluster");
        cluster->set_version("v3");
        setMetadata(cluster->mutable_metadata(), resource);
        break;
    }
    case ResourceKind::App: {
        types::AppServerV3 *server = out->mutable_appserver();
        server->set_kind("app_server");
        server->set_version("v3");
        setMetadata(server->mutable_metadata(), resource);
        server->mutable_spec()->set_version(utf8(m_version));
        server->mutable_spec()->set_hostname(utf8(m_cluster + "-apps"_L1));
        types::AppV3 *app = server->mutable_spec()->mutable_app();
        app->set_kind("app");
        app->set_version("v3");
        setMetadata(app->mutable_metadata(), resource);
        app->mutable_spec()->set_uri(utf8(resource.address));
        app->mutable_spec()->set_publicaddr(utf8(resource.publicAddress));
        break;
    }
    }
}

template<typename Request, typename Response>
grpc::Status AuthService::list(Query query, const Request &request, Response *response, int *total) const
{
    if (!request.predicateexpression().empty()) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, u"predicate expressions are not supported by the sandbox"_s);
    }
    query.limit = request.limit();
    query.startKey = QString::fromStdString(request.startkey());
    for (const auto &[key, value] : request.labels()) {
        query.labels.insert(QString::fromStdString(key), QString::fromStdString(value));
    }
    for (const std::string &keyword : request.searchkeywords()) {
        query.keywords << QString::fromStdString(keyword);
    }
    query.sortField = request.has_sortby() && !request.sortby().field().empty() ? QString::fromStdString(request.sortby().field()) : u"name"_s;
    query.descending = request.has_sortby() && request.sortby().isdesc();

    QList<const ListedResource *> resources;
    QString nextKey;
    if (grpc::Status paged = page(query, &resources, &nextKey, total); !paged.ok()) {
        return paged;
    }
    for (const ListedResource *resource : std::as_const(resources)) {
        fill(*resource, request.includelogins(), query.user, response->add_resources());
    }
    response->set_nextkey(utf8(nextKey));
    return grpc::Status::OK;
}

grpc::Status AuthService::ListResources(grpc::ServerContext *context, const proto::ListResourcesRequest *request, proto::ListResourcesResponse *response)
{
    Query query;
    query.user = m_peers->userOf(QString::fromStdString(context->peer()));
    if (query.user.isEmpty()) {
        return status(grpc::StatusCode::UNAUTHENTICATED, u"no verified user certificate on this connection"_s);
    }
    const QString type = QString::fromStdString(request->resourcetype());
    for (const KindNames &names : kindNames) {
        if (type == QLatin1String(names.listed)) {
            query.kinds = {names.kind};
        }
    }
    if (query.kinds.isEmpty()) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, u"resource type \"%1\" is not listed by this cluster"_s.arg(type));
    }
    int total = 0;
    if (grpc::Status listed = list(query, *request, response, &total); !listed.ok()) {
        return listed;
    }
    if (request->needtotalcount()) {
        response->set_totalcount(total);
    }
    return grpc::Status::OK;
}

grpc::Status AuthService::ListUnifiedResources(grpc::ServerContext *context,
                                               const proto::ListUnifiedResourcesRequest *request,
                                               proto::ListUnifiedResourcesResponse *response)
{
    Query query;
    query.unified = true;
    query.user = m_peers->userOf(QString::fromStdString(context->peer()));
    if (query.user.isEmpty()) {
        return status(grpc::StatusCode::UNAUTHENTICATED, u"no verified user certificate on this connection"_s);
    }
    for (const std::string &kind : request->kinds()) {
        const auto names = std::find_if(std::cbegin(kindNames), std::cend(kindNames), [&](const KindNames &candidate) {
            return kind == candidate.unified;
        });
        if (names == std::cend(kindNames)) {
            return status(grpc::StatusCode::INVALID_ARGUMENT, u"unsupported kind \"%1\""_s.arg(QString::fromStdString(kind)));
        }
        query.kinds.append(names->kind);
    }
    if (query.kinds.isEmpty()) {
        query.kinds = {ResourceKind::Node, ResourceKind::Database, ResourceKind::KubeCluster, ResourceKind::App};
    }
    int total = 0;
    return list(query, *request, response, &total);
}

grpc::Status AuthService::GetCurrentUser(grpc::ServerContext *context, const google::protobuf::Empty *, types::UserV2 *response)
{
    const SandboxUser *user = m_users->find(m_peers->userOf(QString::fromStdString(context->peer())));
    if (!user) {
        return status(grpc::StatusCode::UNAUTHENTICATED, u"no verified user certificate on this connection"_s);
    }
    response->set_kind("user");
    response->set_version("v2");
    response->mutable_metadata()->set_name(utf8(user->name));
    for (const QString &role : user->roles) {
        response->mutable_spec()->add_roles(utf8(role));
    }
    setLabelValues(response->mutable_spec()->mutable_traits(), user->traits);
    return grpc::Status::OK;
}

grpc::Status AuthService::GetCurrentUserRoles(grpc::ServerContext *context, const google::protobuf::Empty *, grpc::ServerWriter<types::RoleV6> *writer)
{
    const SandboxUser *user = m_users->find(m_peers->userOf(QString::fromStdString(context->peer())));
    if (!user) {
        return status(grpc::StatusCode::UNAUTHENTICATED, u"no verified user certificate on this connection"_s);
    }
    for (const QString &name : user->roles) {
        const RoleSpec spec = m_users->roles().value(name);
        types::RoleV6 role;
        role.set_kind("role");
        role.set_version("v7");
        role.mutable_metadata()->set_name(utf8(name));
        types::RoleConditions *allow = role.mutable_spec()->mutable_allow();
        for (const QString &login : spec.logins) {
            allow->add_logins(utf8(login));
        }
        for (const QString &databaseUser : spec.databaseUsers) {
            allow->add_databaseusers(utf8(databaseUser));
        }
        for (const QString &databaseName : spec.databaseNames) {
            allow->add_databasenames(utf8(databaseName));
        }
        setLabelValues(allow->mutable_nodelabels(), spec.nodeLabels);
        setLabelValues(allow->mutable_databaselabels(), spec.databaseLabels);
        setLabelValues(allow->mutable_kuberneteslabels(), spec.kubernetesLabels);
        setLabelValues(allow->mutable_applabels(), spec.appLabels);
        if (!writer->Write(role)) {
            break;
        }
    }
    return grpc::Status::OK;
}

grpc::Status AuthService::GenerateUserCerts(grpc::ServerContext *context, const proto::UserCertsRequest *request, proto::Certs *response)
{
    const CertificateIdentity identity = m_peers->identityOf(QString::fromStdString(context->peer()));
    if (!identity.isValid()) {
        return status(grpc::StatusCode::UNAUTHENTICATED, u"no verified user certificate on this connection"_s);
    }
    const QString requested = QString::fromStdString(request->username());
    if (!requested.isEmpty() && requested != identity.user) {
        return status(grpc::StatusCode::PERMISSION_DENIED, u"access denied: %1 cannot request certificates for %2"_s.arg(identity.user, requested));
    }
    if (request->usage() != proto::UserCertsRequest::Database || !request->has_routetodatabase() || request->routetodatabase().servicename().empty()) {
        return status(grpc::StatusCode::UNIMPLEMENTED, u"the sandbox issues certificates routed to a database only"_s);
    }
    const proto::RouteToDatabase &route = request->routetodatabase();
    const QString service = QString::fromStdString(route.servicename());
    const ListedResource *database = m_inventory.find(ResourceKind::Database, service);
    if (!database || !m_users->mayAccess(identity.user, ResourceKind::Database, database->labels)) {
        return status(grpc::StatusCode::NOT_FOUND, u"database \"%1\" not found"_s.arg(service));
    }
    if (!route.protocol().empty() && QString::fromStdString(route.protocol()) != database->protocol) {
        return status(grpc::StatusCode::INVALID_ARGUMENT,
                      u"database \"%1\" speaks %2, not %3"_s.arg(service, database->protocol, QString::fromStdString(route.protocol())));
    }

    // v17 sends the TLS key apart; v16 one key for both, as an authorized_keys line or PEM.
    QByteArray publicKey = QByteArray::fromStdString(request->tlspublickey().empty() ? request->publickey() : request->tlspublickey());
    QString error;
    if (!isPemPublicKey(publicKey)) {
        publicKey = sshPublicKeyToPem(publicKey.trimmed(), &error);
    }
    if (publicKey.isEmpty()) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, u"the request holds no public key the sandbox can read: %1"_s.arg(error));
    }
    // Never beyond the certificate the request came with.
    QDateTime notAfter = identity.notAfter;
    if (request->has_expires()) {
        const QDateTime wanted = QDateTime::fromSecsSinceEpoch(request->expires().seconds(), Qt::UTC);
        notAfter = std::min(notAfter, wanted);
    }
    if (notAfter <= QDateTime::currentDateTimeUtc()) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, u"the requested expiry is in the past"_s);
    }
    const QString routeToCluster = request->routetocluster().empty() ? m_cluster : QString::fromStdString(request->routetocluster());
    const QByteArray certificate = m_userCa->issueFor(publicKey,
                                                      {
                                                          .commonName = identity.user,
                                                          .organizations = identity.roles,
                                                          .street = routeToCluster,
                                                          .organizationalUnits = {u"usage:db"_s},
                                                          .extraNames =
                                                              {
                                                                  {Oid::TeleportCluster, identity.attributes.value(Oid::TeleportCluster, m_cluster)},
                                                                  {Oid::DatabaseService, service},
                                                                  {Oid::DatabaseProtocol, database->protocol},
                                                                  {Oid::DatabaseUser, QString::fromStdString(route.username())},
                                                                  {Oid::DatabaseName, QString::fromStdString(route.database())},
                                                              },
                                                          .dnsNames = {},
                                                          .ipAddresses = {},
                                                          .serverAuth = false,
                                                          .clientAuth = true,
                                                          .notAfter = notAfter,
                                                      },
                                                      &error);
    if (certificate.isEmpty()) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, u"cannot issue the certificate: %1"_s.arg(error));
    }
    qCInfo(TELETERM_SANDBOX).noquote() << "issued a database certificate to" << identity.user << "for" << service << "as"
                                       << QString::fromStdString(route.username());
    response->set_tls(certificate.toStdString());
    response->add_tlscacerts(m_userCa->certificatePem().toStdString());
    return grpc::Status::OK;
}

PresenceService::PresenceService(QStringList leaves, const PeerIdentities *peers)
    : m_leaves(std::move(leaves))
    , m_peers(peers)
{
}

grpc::Status PresenceService::ListRemoteClusters(grpc::ServerContext *context,
                                                 const teleport::presence::v1::ListRemoteClustersRequest *,
                                                 teleport::presence::v1::ListRemoteClustersResponse *response)
{
    if (m_peers->userOf(QString::fromStdString(context->peer())).isEmpty()) {
        return status(grpc::StatusCode::UNAUTHENTICATED, u"no verified user certificate on this connection"_s);
    }
    const auto now = QDateTime::currentSecsSinceEpoch();
    for (const QString &leaf : m_leaves) {
        types::RemoteClusterV3 *cluster = response->add_remote_clusters();
        cluster->set_kind("remote_cluster");
        cluster->set_version("v3");
        cluster->mutable_metadata()->set_name(utf8(leaf));
        cluster->mutable_status()->set_connection("online");
        cluster->mutable_status()->mutable_lastheartbeat()->set_seconds(now);
    }
    return grpc::Status::OK;
}

} // namespace Teleterm::Sandbox
