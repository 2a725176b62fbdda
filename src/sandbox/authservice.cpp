#include "authservice.h"

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

QString sortKey(const ListedServer &server, const QString &field)
{
    if (field == "hostname"_L1) {
        return server.hostname;
    }
    if (field == "addr"_L1) {
        return server.addr;
    }
    return server.name;
}

// Teleport's plain search: every keyword must appear, case-insensitively, in the name, the
// hostname, the address, or a label's key or value.
bool matchesKeywords(const ListedServer &server, const QStringList &keywords)
{
    return std::all_of(keywords.cbegin(), keywords.cend(), [&](const QString &keyword) {
        const auto has = [&](const QString &text) {
            return text.contains(keyword, Qt::CaseInsensitive);
        };
        if (has(server.name) || has(server.hostname) || has(server.addr)) {
            return true;
        }
        for (auto it = server.labels.cbegin(); it != server.labels.cend(); ++it) {
            if (has(it.key()) || has(it.value())) {
                return true;
            }
        }
        return false;
    });
}

} // namespace

QList<ListedServer> makeInventory(const QList<SshNode> &nodes, int listedOnly)
{
    QList<ListedServer> servers;
    for (const SshNode &node : nodes) {
        servers.append({node.uuid, node.name, u"127.0.0.1:%1"_s.arg(node.port), node.labels});
    }
    static const char *const environments[] = {"prod", "staging", "dev"};
    static const char *const regions[] = {"eu-west", "us-east", "ap-south", "sa-east"};
    for (int i = 0; i < listedOnly; ++i) {
        // Stable names, so that pages and start keys mean the same across restarts.
        const QString name = QUuid::createUuidV5(QUuid(), u"listed-%1"_s.arg(i)).toString(QUuid::WithoutBraces);
        servers.append(
            {name,
             u"server-%1"_s.arg(i + 1, 6, 10, QLatin1Char('0')),
             u"10.%1.%2.%3:3022"_s.arg((i >> 16) & 255).arg((i >> 8) & 255).arg(i & 255),
             {{u"env"_s, QString::fromLatin1(environments[i % 3])}, {u"region"_s, QString::fromLatin1(regions[i % 4])}, {u"sandbox"_s, u"listed"_s}}});
    }
    std::sort(servers.begin(), servers.end(), [](const ListedServer &a, const ListedServer &b) {
        return a.name < b.name;
    });
    return servers;
}

AuthService::AuthService(QString clusterName,
                         QString serverVersion,
                         std::function<QString()> proxyAddress,
                         QList<ListedServer> servers,
                         const UserStore *users,
                         const PeerIdentities *peers)
    : m_cluster(std::move(clusterName))
    , m_version(std::move(serverVersion))
    , m_proxyAddress(std::move(proxyAddress))
    , m_servers(std::move(servers))
    , m_users(users)
    , m_peers(peers)
{
}

grpc::Status AuthService::Ping(grpc::ServerContext *, const proto::PingRequest *, proto::PingResponse *response)
{
    response->set_clustername(m_cluster.toStdString());
    response->set_serverversion(m_version.toStdString());
    response->set_proxypublicaddr(m_proxyAddress().toStdString());
    return grpc::Status::OK;
}

grpc::Status AuthService::ListResources(grpc::ServerContext *context, const proto::ListResourcesRequest *request, proto::ListResourcesResponse *response)
{
    const QString user = m_peers->userOf(QString::fromStdString(context->peer()));
    if (user.isEmpty()) {
        return status(grpc::StatusCode::UNAUTHENTICATED, u"no verified user certificate on this connection"_s);
    }
    const QString type = QString::fromStdString(request->resourcetype());
    if (type != "node"_L1) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, u"resource type \"%1\" is not listed by this cluster"_s.arg(type));
    }
    if (request->limit() <= 0) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, u"nonpositive parameter limit"_s);
    }
    if (!request->predicateexpression().empty()) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, u"predicate expressions are not supported by the sandbox"_s);
    }
    const int limit = std::min<int>(request->limit(), MaxLimit);
    const QString field = request->has_sortby() && !request->sortby().field().empty() ? QString::fromStdString(request->sortby().field()) : u"name"_s;
    if (field != "name"_L1 && field != "hostname"_L1 && field != "addr"_L1) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, u"unsupported sort field \"%1\""_s.arg(field));
    }
    const bool descending = request->has_sortby() && request->sortby().isdesc();

    QStringList keywords;
    for (const std::string &keyword : request->searchkeywords()) {
        keywords << QString::fromStdString(keyword);
    }
    QList<const ListedServer *> matching;
    for (const ListedServer &server : m_servers) {
        if (!m_users->mayReach(user, server.labels)) {
            continue; // what the roles do not allow is not listed at all
        }
        bool labelled = true;
        for (const auto &[key, value] : request->labels()) {
            labelled = labelled && server.labels.value(QString::fromStdString(key)) == QString::fromStdString(value);
        }
        if (labelled && matchesKeywords(server, keywords)) {
            matching.append(&server);
        }
    }
    // Ties broken by name, so that the order (and with it the start key) is total.
    std::stable_sort(matching.begin(), matching.end(), [&](const ListedServer *a, const ListedServer *b) {
        const int byField = QString::compare(sortKey(*a, field), sortKey(*b, field));
        const int order = byField != 0 ? byField : QString::compare(a->name, b->name);
        return descending ? order > 0 : order < 0;
    });

    // The start key is the name of the first resource of the page.
    qsizetype first = 0;
    if (!request->startkey().empty()) {
        const QString start = QString::fromStdString(request->startkey());
        const auto at = std::find_if(matching.cbegin(), matching.cend(), [&](const ListedServer *server) {
            return server->name == start;
        });
        if (at == matching.cend()) {
            return status(grpc::StatusCode::INVALID_ARGUMENT, u"start key \"%1\" names no resource of this listing"_s.arg(start));
        }
        first = at - matching.cbegin();
    }
    const QStringList logins = request->includelogins() ? m_users->loginsOf(user) : QStringList();
    const qsizetype end = std::min<qsizetype>(matching.size(), first + limit);
    for (qsizetype i = first; i < end; ++i) {
        const ListedServer &server = *matching.at(i);
        proto::PaginatedResource *resource = response->add_resources();
        types::ServerV2 *node = resource->mutable_node();
        node->set_kind("node");
        node->set_version("v2");
        types::Metadata *metadata = node->mutable_metadata();
        metadata->set_name(server.name.toStdString());
        metadata->set_namespace_("default");
        for (auto it = server.labels.cbegin(); it != server.labels.cend(); ++it) {
            (*metadata->mutable_labels())[it.key().toStdString()] = it.value().toStdString();
        }
        node->mutable_spec()->set_addr(server.addr.toStdString());
        node->mutable_spec()->set_hostname(server.hostname.toStdString());
        node->mutable_spec()->set_version(m_version.toStdString());
        for (const QString &login : logins) {
            resource->add_logins(login.toStdString());
        }
    }
    if (end < matching.size()) {
        response->set_nextkey(matching.at(end)->name.toStdString());
    }
    if (request->needtotalcount()) {
        response->set_totalcount(int(matching.size()));
    }
    return grpc::Status::OK;
}

} // namespace Teleterm::Sandbox
