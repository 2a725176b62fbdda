#pragma once

#include "clusters.h"

#include "teleterm/v1/gateway.pb.h"

#include <QSet>
#include <QString>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>

namespace Teleterm::Daemon
{

// The daemon's gateways: local TCP listeners on 127.0.0.1, each carrying every connection made to
// it to one database of a cluster, as one database user, through the cluster's proxy (TLS to the
// web port with the database's ALPN route and a certificate routed to the database), as
// Connect's gateways and `tsh proxy db` do.
//
// Each gateway has a thread that accepts and a thread for each connection, which carries bytes
// both ways with bounded buffers (a slow side slows the other, nothing piles up) and passes a
// half-close on. The database certificate is obtained on creation, kept in memory with its key,
// and renewed before it expires, in the background while connections are open and before a new
// connection when needed; open connections keep their TLS sessions. When the user's own
// certificate has expired, a new connection waits (bounded) while the window is asked, once, to
// log in again. Gateways are remembered in a file and listen again when the daemon starts.
class Gateways
{
public:
    struct Options {
        QString stateFile; // where gateways are remembered (JSON, 0600)
        std::chrono::seconds certificateTtl{0}; // of database certificates; 0: as the user's
        std::chrono::seconds reloginWait{120}; // how long a connection waits for a relogin
    };

    Gateways(Clusters &clusters, Options options);
    ~Gateways();
    Gateways(const Gateways &) = delete;
    Gateways &operator=(const Gateways &) = delete;

    // Listens again for the gateways the state file remembers.
    void restore();

    grpc::Status create(const teleterm::v1::CreateGatewayRequest &request, teleterm::v1::Gateway *gateway, const Caller &caller);
    void list(teleterm::v1::ListGatewaysResponse *response);
    grpc::Status remove(const QString &uri);
    // Removes the gateways to databases of a root cluster and its leaves (the cluster is gone).
    void removeOfCluster(const QString &rootUri);
    grpc::Status setLocalPort(const QString &uri, const QString &port, teleterm::v1::Gateway *gateway);
    grpc::Status setDatabaseName(const QString &uri, const QString &name, teleterm::v1::Gateway *gateway);

private:
    class Gateway;
    friend class Gateway;

    [[nodiscard]] std::shared_ptr<Gateway> find(const QString &uri);
    void save();
    void changed(const QString &gatewayUri);
    void notify(const QString &clusterUri, const QString &gatewayUri, const QString &message);
    // Asks the window (once for all who wait on the same cluster) to log in to the root cluster
    // of `clusterUri` again, and waits until the user has, `stopping` says so, or the wait ends.
    bool awaitRelogin(const QString &clusterUri, const QString &gatewayUri, const QString &reason, const std::atomic_bool &stopping);

    Clusters &m_clusters;
    const Options m_options;
    std::mutex m_mutex; // guards what follows
    std::map<QString, std::shared_ptr<Gateway>> m_gateways; // uri -> gateway
    std::mutex m_saveMutex; // one writer of the state file at a time
    std::mutex m_reloginMutex;
    QSet<QString> m_reloginAsked; // root cluster URIs the window has been asked to log in to
};

} // namespace Teleterm::Daemon
