#pragma once

#include "calltracker.h"
#include "clustertypes.h"
#include "rpcresult.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

#include "teleterm/v1/daemon.grpc.pb.h"
#include "teleterm/v1/gateway.grpc.pb.h"
#include "teleterm/v1/service.grpc.pb.h"

namespace Teleterm::Backend
{

struct DaemonHealth {
    QString version;
    qint64 pid = 0;
    QDateTime started;
    bool insecure = false;
    QString logFile;
};

// The worker side of the daemon client: it owns the gRPC channel and the stubs, runs every call
// with gRPC's callback API, converts the answer into Qt values and posts it to the receiver's
// thread. Destroying it cancels the calls in flight and waits for them, so no callback ever runs
// after it, and none reaches a receiver that outlives it.
class DaemonChannel
{
public:
    explicit DaemonChannel(QString socketPath);
    ~DaemonChannel();
    DaemonChannel(const DaemonChannel &) = delete;
    DaemonChannel &operator=(const DaemonChannel &) = delete;

    [[nodiscard]] QString socketPath() const
    {
        return m_socketPath;
    }

    // `done` runs on `receiver`'s thread; `receiver` must outlive this channel.
    void getHealth(std::chrono::milliseconds timeout, QObject *receiver, std::function<void(const RpcResult<DaemonHealth> &)> done);

    // The cluster API. Each returns a handle that cancels the call (`done` then gets CANCELLED);
    // `done` runs on `receiver`'s thread, and never after the receiver is gone.
    using Call = std::weak_ptr<grpc::ClientContext>;
    Call listRootClusters(QObject *receiver, std::function<void(const RpcResult<QList<ClusterInfo>> &)> done);
    Call listLeafClusters(const QString &clusterUri, QObject *receiver, std::function<void(const RpcResult<QList<ClusterInfo>> &)> done);
    Call addCluster(const QString &address, QObject *receiver, std::function<void(const RpcResult<ClusterInfo> &)> done);
    Call authSettings(const QString &clusterUri, QObject *receiver, std::function<void(const RpcResult<AuthSettingsInfo> &)> done);
    // The password and code are not kept once the call is sent.
    Call login(const QString &clusterUri,
               const QString &user,
               const QString &password,
               const QString &otp,
               QObject *receiver,
               std::function<void(const RpcResult<ClusterInfo> &)> done);
    Call logout(const QString &clusterUri, bool removeProfile, QObject *receiver, std::function<void(const RpcResult<bool> &)> done);
    Call listResources(const ResourceQuery &query, QObject *receiver, std::function<void(const RpcResult<ResourcePage> &)> done);
    // The database users the user's roles allow on a database (by its resource URI).
    Call listDatabaseUsers(const QString &databaseUri, QObject *receiver, std::function<void(const RpcResult<QStringList> &)> done);
    // Gateways: local proxies to databases (teleterm.v1.GatewayService). `localPort` empty or
    // "0": any free port.
    Call createGateway(const QString &targetUri,
                       const QString &targetUser,
                       const QString &localPort,
                       const QString &targetSubresourceName,
                       QObject *receiver,
                       std::function<void(const RpcResult<GatewayInfo> &)> done);
    Call listGateways(QObject *receiver, std::function<void(const RpcResult<QList<GatewayInfo>> &)> done);
    Call removeGateway(const QString &gatewayUri, QObject *receiver, std::function<void(const RpcResult<bool> &)> done);
    Call setGatewayLocalPort(const QString &gatewayUri, const QString &localPort, QObject *receiver, std::function<void(const RpcResult<GatewayInfo> &)> done);
    Call setGatewayTargetSubresourceName(const QString &gatewayUri,
                                         const QString &name,
                                         QObject *receiver,
                                         std::function<void(const RpcResult<GatewayInfo> &)> done);
    static void cancel(const Call &call);
    // Follows the daemon's event stream until it ends (the daemon went away, or the call was
    // cancelled): `event` for each event, then `ended` once; both on `receiver`'s thread.
    Call watchEvents(QObject *receiver, std::function<void(const ClusterEventInfo &)> event, std::function<void(const RpcError &)> ended);

private:
    // One unary call of the cluster API: `start` begins it with gRPC's callback API, `convert`
    // turns the answer into Qt values on gRPC's thread, `done` gets them on the receiver's.
    template<typename Request, typename Response, typename Value>
    Call unary(std::chrono::milliseconds timeout,
               Request request,
               const std::function<void(grpc::ClientContext *, const Request *, Response *, std::function<void(grpc::Status)>)> &start,
               std::function<Value(const Response &)> convert,
               QObject *receiver,
               std::function<void(const RpcResult<Value> &)> done);

    const QString m_socketPath;
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<teleterm::v1::DaemonService::Stub> m_daemon;
    std::unique_ptr<teleterm::v1::TerminalService::Stub> m_terminal;
    std::unique_ptr<teleterm::v1::GatewayService::Stub> m_gateways;
    QObject m_dispatcher; // lives on the thread that made the channel; answers are posted to it
    CallTracker m_calls; // drained in the destructor, before the stubs go
};

} // namespace Teleterm::Backend
