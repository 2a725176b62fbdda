#pragma once

#include "routedchannel.h"
#include "teleportweb.h"
#include "tlsconnection.h"
#include "webclient.h"

#include "teleterm/v1/service.pb.h"

#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

#include <grpcpp/client_context.h>
#include <grpcpp/server_context.h>
#include <grpcpp/support/status.h>

namespace Teleterm::Daemon
{

class ProfileStore;
struct Profile;
struct KeyRing;
struct KeyPair;

// Who asks may stop waiting: polled while the daemon waits on the network.
using Cancelled = std::function<bool()>;

// Who a call is made for: whether they gave up waiting, and contexts for the calls the daemon makes
// to clusters on their behalf, which end when theirs does.
class Caller
{
public:
    Caller() = default; // nobody who could give up
    explicit Caller(const grpc::ServerContext *context)
        : m_context(context)
    {
    }

    [[nodiscard]] bool gaveUp() const;
    // gaveUp() as a function, for waits that poll.
    [[nodiscard]] Cancelled cancelled() const;
    // A context for a call to a cluster: cancelled with the caller's call, over after `timeout`.
    [[nodiscard]] std::unique_ptr<grpc::ClientContext> clientContext(std::chrono::milliseconds timeout) const;

private:
    const grpc::ServerContext *m_context = nullptr;
};

// Who asks a call of the daemon's services; marks the answer as the daemon's own, so that a
// client can tell the daemon's UNAVAILABLE (a cluster that does not answer) from its own (no daemon).
[[nodiscard]] Caller answering(grpc::ServerContext *context);

// Events for WatchEvents subscribers: each subscriber gets every event published after it came.
class EventHub
{
public:
    [[nodiscard]] int subscribe();
    void unsubscribe(int subscriber);
    void publish(const teleterm::v1::ClusterEvent &event);
    // What has come for `subscriber`, waiting up to `timeout` for something.
    [[nodiscard]] std::vector<teleterm::v1::ClusterEvent> take(int subscriber, std::chrono::milliseconds timeout);

private:
    std::mutex m_mutex;
    std::condition_variable m_arrived;
    int m_next = 0;
    std::map<int, std::deque<teleterm::v1::ClusterEvent>> m_queues;
};

// The user's clusters: profiles on disk in tsh's layout, and the conversations with their proxies
// that the terminal service's calls need. Callable from gRPC's threads: the profile store lives on
// a thread of its own (so that no call ever waits on the thread that stops the server), network
// calls run on the caller's thread with bounded waits, and channels to the clusters' routed
// endpoints are kept and reused while they live.
class Clusters
{
public:
    struct Options {
        QString profileDirectory;
        bool insecure = false; // skip verification of the web proxies' certificates
        QList<QSslCertificate> extraCas; // trusted for web proxies besides the system's
        std::chrono::milliseconds callTimeout{15000};
    };

    explicit Clusters(Options options);
    ~Clusters();
    Clusters(const Clusters &) = delete;
    Clusters &operator=(const Clusters &) = delete;

    [[nodiscard]] EventHub &events()
    {
        return m_events;
    }

    grpc::Status listRootClusters(teleterm::v1::ListClustersResponse *response);
    grpc::Status addCluster(const QString &address, teleterm::v1::Cluster *cluster, const Caller &caller);
    grpc::Status getCluster(const QString &uri, teleterm::v1::Cluster *cluster, const Caller &caller);
    grpc::Status authSettings(const QString &uri, teleterm::v1::AuthSettings *settings, const Caller &caller);
    grpc::Status login(const QString &uri, const teleterm::v1::LoginRequest::LocalParams &local, teleterm::v1::Cluster *cluster, const Caller &caller);
    grpc::Status logout(const QString &uri, bool removeProfile);
    grpc::Status removeCluster(const QString &uri);
    grpc::Status listLeafClusters(const QString &uri, teleterm::v1::ListClustersResponse *response, const Caller &caller);
    grpc::Status
    listResources(const teleterm::v1::ListUnifiedResourcesRequest &request, teleterm::v1::ListUnifiedResourcesResponse *response, const Caller &caller);
    grpc::Status listDatabaseUsers(const QString &databaseUri, teleterm::v1::ListDatabaseUsersResponse *response, const Caller &caller);

    // What a gateway needs to know of a database, asked of its cluster.
    struct DatabaseTarget {
        QString clusterUri; // the root or leaf cluster the database is in
        QString cluster; // that cluster's name
        QString name; // the database's
        QString protocol; // postgres, mysql, ...
        QStringList allowedUsers; // the database users the roles allow ("*": any)
    };
    grpc::Status databaseTarget(const QString &databaseUri, DatabaseTarget *target, const Caller &caller);
    // How to reach a cluster's proxy for a database route, with `certificatePem` and `keyPem`
    // as the client's identity: the web proxy's address, and who vouches for its certificate.
    struct ProxyRoute {
        QString hostPort;
        QString host;
        TlsClientContext::Identity identity;
    };
    grpc::Status proxyRoute(const QString &uri, ProxyRoute *route);
    // A certificate routed to the database for `user` (PEM), signed for `key`, lasting
    // `ttl` when set (never beyond the user's own certificate).
    grpc::Status issueDatabaseCertificate(const QString &databaseUri,
                                          const QString &protocol,
                                          const QString &user,
                                          const KeyPair &key,
                                          std::chrono::seconds ttl,
                                          QByteArray *certificatePem,
                                          const Caller &caller);
    // Calls `observer` with a root cluster's URI once the cluster has been removed (on the thread
    // that removed it, no lock held).
    void whenRemoved(std::function<void(const QString &rootUri)> observer);
    // Whether the user holds an unexpired certificate for the cluster of `uri` (no network).
    [[nodiscard]] bool loggedIn(const QString &uri);

private:
    struct Session; // a logged-in profile: its files, identity and the way to its auth server
    struct Resolved;

    // Runs `work` on the profile store's thread and waits for it.
    void onStoreThread(const std::function<void()> &work);
    grpc::Status resolve(const QString &uri, Resolved *resolved, bool needLogin);
    grpc::Status ping(const QString &profile, const QString &webProxyAddress, PingInfo *info, const Caller &caller);
    void describe(const Profile &profile, const KeyRing *keys, const QString &profileError, teleterm::v1::Cluster *cluster);
    // A channel to `cluster`'s auth server (root or leaf) through the profile's proxy.
    grpc::Status authChannel(const Resolved &resolved, const QString &cluster, const Caller &caller, std::shared_ptr<grpc::Channel> *channel, bool fresh);
    template<typename Call>
    grpc::Status callAuth(const Resolved &resolved, const QString &cluster, const Caller &caller, const Call &call);
    void forgetChannels(const QString &profile);
    void checkExpiry();

    Options m_options;
    WebClient m_web;
    TeleportWeb m_teleport;
    EventHub m_events;
    QThread m_storeThread;
    ProfileStore *m_store = nullptr; // lives on m_storeThread
    QObject *m_expiryTimerOwner = nullptr; // lives on m_storeThread

    std::mutex m_mutex; // guards what follows
    QHash<QString, QString> m_proxyVersions; // profile -> what its proxy said last
    std::map<QString, std::unique_ptr<RoutedChannel>> m_channels; // "profile\ncluster" -> channel
    QHash<QString, int> m_warned; // profile -> the last expiry event sent (1 soon, 2 expired)
    std::vector<std::function<void(const QString &)>> m_removalObservers;
};

} // namespace Teleterm::Daemon
