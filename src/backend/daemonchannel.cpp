#include "daemonchannel.h"

#include "localchannel.h"
#include "unarycall.h"

#include <grpcpp/grpcpp.h>

namespace Teleterm::Backend
{

DaemonChannel::DaemonChannel(QString socketPath)
    : m_socketPath(std::move(socketPath))
    , m_channel(makeLocalChannel(m_socketPath))
    , m_daemon(teleterm::v1::DaemonService::NewStub(m_channel))
    , m_terminal(teleterm::v1::TerminalService::NewStub(m_channel))
    , m_gateways(teleterm::v1::GatewayService::NewStub(m_channel))
{
}

DaemonChannel::~DaemonChannel()
{
    m_calls.cancelAllAndWait();
}

void DaemonChannel::getHealth(std::chrono::milliseconds timeout, QObject *receiver, std::function<void(const RpcResult<DaemonHealth> &)> done)
{
    struct Call {
        std::shared_ptr<grpc::ClientContext> context;
        teleterm::v1::GetHealthRequest request;
        teleterm::v1::Health response;
    };
    auto call = std::make_shared<Call>();
    call->context = m_calls.begin(timeout);
    m_daemon->async()->GetHealth(call->context.get(), &call->request, &call->response, [this, call, receiver, done = std::move(done)](grpc::Status status) {
        RpcResult<DaemonHealth> result;
        if (status.ok()) {
            const teleterm::v1::Health &health = call->response;
            result.value = DaemonHealth{QString::fromStdString(health.version()),
                                        health.pid(),
                                        QDateTime::fromMSecsSinceEpoch(health.started_unix_ms(), Qt::UTC),
                                        health.insecure(),
                                        QString::fromStdString(health.log_file())};
        } else {
            result.error = describeLocalCallFailure(status, m_socketPath);
        }
        QMetaObject::invokeMethod(
            receiver,
            [done, result] {
                done(result);
            },
            Qt::QueuedConnection);
        m_calls.finish(std::move(call->context));
    });
}

namespace
{

namespace v1 = teleterm::v1;

// Calls that wait on a cluster (a ping, a login, a page of resources) get the daemon's own
// bounded waits and a little more; the daemon answers the others at once.
constexpr std::chrono::seconds ClusterCallTimeout{40};
constexpr std::chrono::seconds LocalCallTimeout{10};

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

ClusterInfo clusterOf(const v1::Cluster &cluster)
{
    ClusterInfo info;
    info.uri = fromStd(cluster.uri());
    info.name = fromStd(cluster.name());
    info.proxyHost = fromStd(cluster.proxy_host());
    info.connected = cluster.connected();
    info.leaf = cluster.leaf();
    info.proxyVersion = fromStd(cluster.proxy_version());
    info.profileError = fromStd(cluster.profile_status_error());
    if (cluster.has_logged_in_user()) {
        const v1::LoggedInUser &user = cluster.logged_in_user();
        info.userName = fromStd(user.name());
        for (const std::string &role : user.roles()) {
            info.roles << fromStd(role);
        }
        for (const std::string &login : user.ssh_logins()) {
            info.logins << fromStd(login);
        }
        info.validUntil = QDateTime::fromSecsSinceEpoch(user.valid_until().seconds(), Qt::UTC);
    }
    return info;
}

QDateTime timeOf(const google::protobuf::Timestamp &time)
{
    return QDateTime::fromMSecsSinceEpoch(time.seconds() * 1000 + time.nanos() / 1000000, Qt::UTC);
}

GatewayInfo gatewayOf(const v1::Gateway &gateway)
{
    GatewayInfo info;
    info.uri = fromStd(gateway.uri());
    info.targetName = fromStd(gateway.target_name());
    info.targetUri = fromStd(gateway.target_uri());
    info.targetUser = fromStd(gateway.target_user());
    info.localAddress = fromStd(gateway.local_address());
    info.localPort = fromStd(gateway.local_port());
    info.protocol = fromStd(gateway.protocol());
    info.cliCommand = fromStd(gateway.cli_command());
    info.targetSubresourceName = fromStd(gateway.target_subresource_name());
    switch (gateway.state()) {
    case v1::Gateway::LISTENING:
        info.state = GatewayInfo::State::Listening;
        break;
    case v1::Gateway::WAITING_FOR_LOGIN:
        info.state = GatewayInfo::State::WaitingForLogin;
        break;
    case v1::Gateway::NOT_LISTENING:
        info.state = GatewayInfo::State::NotListening;
        break;
    default:
        break;
    }
    info.openConnections = gateway.open_connections();
    info.totalConnections = gateway.total_connections();
    info.lastError = fromStd(gateway.last_error());
    if (gateway.has_last_error_time()) {
        info.lastErrorTime = timeOf(gateway.last_error_time());
    }
    if (gateway.has_certificate_valid_until()) {
        info.certificateValidUntil = timeOf(gateway.certificate_valid_until());
    }
    return info;
}

QList<ClusterInfo> clustersOf(const v1::ListClustersResponse &response)
{
    QList<ClusterInfo> clusters;
    for (const v1::Cluster &cluster : response.clusters()) {
        clusters.append(clusterOf(cluster));
    }
    return clusters;
}

// The daemon's own words when it answered the call (it marks its answers); the words for a
// daemon that could not be reached otherwise.
RpcError describe(const grpc::Status &status, const grpc::ClientContext &context, const QString &socketPath)
{
    if (context.GetServerTrailingMetadata().count("teleterm-answered") > 0 && !status.error_message().empty()) {
        return {int(status.error_code()), fromStd(status.error_message())};
    }
    return describeLocalCallFailure(status, socketPath);
}

} // namespace

template<typename Request, typename Response, typename Value>
DaemonChannel::Call
DaemonChannel::unary(std::chrono::milliseconds timeout,
                     Request request,
                     const std::function<void(grpc::ClientContext *, const Request *, Response *, std::function<void(grpc::Status)>)> &start,
                     std::function<Value(const Response &)> convert,
                     QObject *receiver,
                     std::function<void(const RpcResult<Value> &)> done)
{
    return startUnary<Request, Response, Value>(
        m_calls,
        &m_dispatcher,
        timeout,
        std::move(request),
        start,
        std::move(convert),
        [this](const grpc::Status &status, const grpc::ClientContext &context) {
            return describe(status, context, m_socketPath);
        },
        receiver,
        std::move(done));
}

void DaemonChannel::cancel(const Call &call)
{
    if (const auto context = call.lock()) {
        context->TryCancel();
    }
}

namespace
{

// The reader of the event stream: it lives until gRPC says the call is done, and posts what it
// reads to the dispatcher, which hands it on while the receiver lives.
class EventReader final : public grpc::ClientReadReactor<v1::ClusterEvent>
{
public:
    EventReader(std::shared_ptr<grpc::ClientContext> context,
                QObject *dispatcher,
                QPointer<QObject> receiver,
                std::function<void(const ClusterEventInfo &)> event,
                std::function<void(const grpc::Status &, std::shared_ptr<grpc::ClientContext>)> ended)
        : m_context(std::move(context))
        , m_dispatcher(dispatcher)
        , m_receiver(std::move(receiver))
        , m_event(std::move(event))
        , m_ended(std::move(ended))
    {
    }

    void start()
    {
        StartRead(&m_read);
        StartCall();
    }

    void OnReadDone(bool ok) override
    {
        if (!ok) {
            return; // OnDone follows
        }
        ClusterEventInfo info;
        switch (m_read.kind()) {
        case v1::ClusterEvent::CERTIFICATE_EXPIRES_SOON:
            info.kind = ClusterEventInfo::Kind::CertificateExpiresSoon;
            break;
        case v1::ClusterEvent::CERTIFICATE_EXPIRED:
            info.kind = ClusterEventInfo::Kind::CertificateExpired;
            break;
        case v1::ClusterEvent::PROFILE_CHANGED:
            info.kind = ClusterEventInfo::Kind::ProfileChanged;
            break;
        case v1::ClusterEvent::PROFILE_REMOVED:
            info.kind = ClusterEventInfo::Kind::ProfileRemoved;
            break;
        case v1::ClusterEvent::RELOGIN_REQUIRED:
            info.kind = ClusterEventInfo::Kind::ReloginRequired;
            break;
        case v1::ClusterEvent::GATEWAY_CHANGED:
            info.kind = ClusterEventInfo::Kind::GatewayChanged;
            break;
        case v1::ClusterEvent::NOTIFICATION:
            info.kind = ClusterEventInfo::Kind::Notification;
            break;
        case v1::ClusterEvent::RELOGIN_SETTLED:
            info.kind = ClusterEventInfo::Kind::ReloginSettled;
            break;
        default:
            break;
        }
        info.clusterUri = fromStd(m_read.cluster_uri());
        info.message = fromStd(m_read.message());
        info.gatewayUri = fromStd(m_read.gateway_uri());
        if (m_read.has_valid_until()) {
            info.validUntil = QDateTime::fromSecsSinceEpoch(m_read.valid_until().seconds(), Qt::UTC);
        }
        QMetaObject::invokeMethod(
            m_dispatcher,
            [receiver = m_receiver, event = m_event, info] {
                if (receiver) {
                    event(info);
                }
            },
            Qt::QueuedConnection);
        StartRead(&m_read);
    }

    void OnDone(const grpc::Status &status) override
    {
        // Nothing of this reader may hold the context once `ended` hands it to the tracker.
        std::shared_ptr<grpc::ClientContext> context = std::move(m_context);
        auto ended = std::move(m_ended);
        delete this;
        ended(status, std::move(context));
    }

private:
    std::shared_ptr<grpc::ClientContext> m_context;
    QObject *m_dispatcher;
    QPointer<QObject> m_receiver;
    std::function<void(const ClusterEventInfo &)> m_event;
    std::function<void(const grpc::Status &, std::shared_ptr<grpc::ClientContext>)> m_ended;
    v1::ClusterEvent m_read;
};

} // namespace

DaemonChannel::Call
DaemonChannel::watchEvents(QObject *receiver, std::function<void(const ClusterEventInfo &)> event, std::function<void(const RpcError &)> ended)
{
    // Open for as long as the daemon and the window both live.
    std::shared_ptr<grpc::ClientContext> context = m_calls.begin(std::chrono::hours(24 * 365));
    const QPointer<QObject> guard(receiver);
    auto *reader = new EventReader(context,
                                   &m_dispatcher,
                                   guard,
                                   std::move(event),
                                   [this, guard, ended = std::move(ended)](const grpc::Status &status, std::shared_ptr<grpc::ClientContext> done) {
                                       const RpcError error = describe(status, *done, m_socketPath);
                                       QMetaObject::invokeMethod(
                                           &m_dispatcher,
                                           [guard, ended, error] {
                                               if (guard) {
                                                   ended(error);
                                               }
                                           },
                                           Qt::QueuedConnection);
                                       m_calls.finish(std::move(done));
                                   });
    static const v1::WatchEventsRequest request;
    m_terminal->async()->WatchEvents(context.get(), &request, reader);
    reader->start();
    return context;
}

DaemonChannel::Call DaemonChannel::listRootClusters(QObject *receiver, std::function<void(const RpcResult<QList<ClusterInfo>> &)> done)
{
    return unary<v1::ListClustersRequest, v1::ListClustersResponse, QList<ClusterInfo>>(
        LocalCallTimeout,
        {},
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_terminal->async()->ListRootClusters(context, request, response, std::move(callback));
        },
        clustersOf,
        receiver,
        std::move(done));
}

DaemonChannel::Call
DaemonChannel::listLeafClusters(const QString &clusterUri, QObject *receiver, std::function<void(const RpcResult<QList<ClusterInfo>> &)> done)
{
    v1::ListLeafClustersRequest request;
    request.set_cluster_uri(clusterUri.toStdString());
    return unary<v1::ListLeafClustersRequest, v1::ListClustersResponse, QList<ClusterInfo>>(
        ClusterCallTimeout,
        std::move(request),
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_terminal->async()->ListLeafClusters(context, request, response, std::move(callback));
        },
        clustersOf,
        receiver,
        std::move(done));
}

DaemonChannel::Call DaemonChannel::addCluster(const QString &address, QObject *receiver, std::function<void(const RpcResult<ClusterInfo> &)> done)
{
    v1::AddClusterRequest request;
    request.set_name(address.toStdString());
    return unary<v1::AddClusterRequest, v1::Cluster, ClusterInfo>(
        ClusterCallTimeout,
        std::move(request),
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_terminal->async()->AddCluster(context, request, response, std::move(callback));
        },
        clusterOf,
        receiver,
        std::move(done));
}

DaemonChannel::Call DaemonChannel::authSettings(const QString &clusterUri, QObject *receiver, std::function<void(const RpcResult<AuthSettingsInfo> &)> done)
{
    v1::GetAuthSettingsRequest request;
    request.set_cluster_uri(clusterUri.toStdString());
    return unary<v1::GetAuthSettingsRequest, v1::AuthSettings, AuthSettingsInfo>(
        ClusterCallTimeout,
        std::move(request),
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_terminal->async()->GetAuthSettings(context, request, response, std::move(callback));
        },
        [](const v1::AuthSettings &settings) {
            return AuthSettingsInfo{fromStd(settings.auth_type()), fromStd(settings.second_factor()), settings.local_auth_enabled()};
        },
        receiver,
        std::move(done));
}

DaemonChannel::Call DaemonChannel::login(const QString &clusterUri,
                                         const QString &user,
                                         const QString &password,
                                         const QString &otp,
                                         QObject *receiver,
                                         std::function<void(const RpcResult<ClusterInfo> &)> done)
{
    v1::LoginRequest request;
    request.set_cluster_uri(clusterUri.toStdString());
    request.mutable_local()->set_user(user.toStdString());
    request.mutable_local()->set_password(password.toStdString());
    request.mutable_local()->set_token(otp.toStdString());
    return unary<v1::LoginRequest, v1::Cluster, ClusterInfo>(
        ClusterCallTimeout,
        std::move(request),
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_terminal->async()->Login(context, request, response, std::move(callback));
        },
        clusterOf,
        receiver,
        std::move(done));
}

DaemonChannel::Call DaemonChannel::logout(const QString &clusterUri, bool removeProfile, QObject *receiver, std::function<void(const RpcResult<bool> &)> done)
{
    v1::LogoutRequest request;
    request.set_cluster_uri(clusterUri.toStdString());
    request.set_remove_profile(removeProfile);
    return unary<v1::LogoutRequest, v1::EmptyResponse, bool>(
        LocalCallTimeout,
        std::move(request),
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_terminal->async()->Logout(context, request, response, std::move(callback));
        },
        [](const v1::EmptyResponse &) {
            return true;
        },
        receiver,
        std::move(done));
}

DaemonChannel::Call DaemonChannel::listResources(const ResourceQuery &query, QObject *receiver, std::function<void(const RpcResult<ResourcePage> &)> done)
{
    v1::ListUnifiedResourcesRequest request;
    request.set_cluster_uri(query.clusterUri.toStdString());
    for (const QString &kind : query.kinds) {
        request.add_kinds(kind.toStdString());
    }
    request.set_search(query.search.toStdString());
    for (const auto &[name, value] : query.labels) {
        v1::Label *label = request.add_labels();
        label->set_name(name.toStdString());
        label->set_value(value.toStdString());
    }
    request.mutable_sort_by()->set_field(query.sortField.toStdString());
    request.mutable_sort_by()->set_is_desc(query.sortDescending);
    request.set_limit(query.limit);
    request.set_start_key(query.startKey.toStdString());
    return unary<v1::ListUnifiedResourcesRequest, v1::ListUnifiedResourcesResponse, ResourcePage>(
        ClusterCallTimeout,
        std::move(request),
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_terminal->async()->ListUnifiedResources(context, request, response, std::move(callback));
        },
        [](const v1::ListUnifiedResourcesResponse &response) {
            ResourcePage page;
            page.nextKey = fromStd(response.next_key());
            for (const v1::Resource &resource : response.resources()) {
                ResourceInfo info;
                info.uri = fromStd(resource.uri());
                info.kind = fromStd(resource.kind());
                info.name = fromStd(resource.name());
                info.displayName = fromStd(resource.display_name());
                for (const v1::Label &label : resource.labels()) {
                    info.labels.append({fromStd(label.name()), fromStd(label.value())});
                }
                info.address = fromStd(resource.address());
                info.description = fromStd(resource.description());
                info.protocol = fromStd(resource.protocol());
                info.publicAddress = fromStd(resource.public_address());
                for (const std::string &login : resource.logins()) {
                    info.logins << fromStd(login);
                }
                page.resources.append(info);
            }
            return page;
        },
        receiver,
        std::move(done));
}

DaemonChannel::Call DaemonChannel::listDatabaseUsers(const QString &databaseUri, QObject *receiver, std::function<void(const RpcResult<QStringList> &)> done)
{
    v1::ListDatabaseUsersRequest request;
    request.set_db_uri(databaseUri.toStdString());
    return unary<v1::ListDatabaseUsersRequest, v1::ListDatabaseUsersResponse, QStringList>(
        ClusterCallTimeout,
        std::move(request),
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_terminal->async()->ListDatabaseUsers(context, request, response, std::move(callback));
        },
        [](const v1::ListDatabaseUsersResponse &response) {
            QStringList users;
            for (const std::string &user : response.users()) {
                users << fromStd(user);
            }
            return users;
        },
        receiver,
        std::move(done));
}

DaemonChannel::Call DaemonChannel::createGateway(const QString &targetUri,
                                                 const QString &targetUser,
                                                 const QString &localPort,
                                                 const QString &targetSubresourceName,
                                                 QObject *receiver,
                                                 std::function<void(const RpcResult<GatewayInfo> &)> done)
{
    v1::CreateGatewayRequest request;
    request.set_target_uri(targetUri.toStdString());
    request.set_target_user(targetUser.toStdString());
    request.set_local_port(localPort.toStdString());
    request.set_target_subresource_name(targetSubresourceName.toStdString());
    // The daemon asks the cluster for a database certificate first.
    return unary<v1::CreateGatewayRequest, v1::Gateway, GatewayInfo>(
        ClusterCallTimeout,
        std::move(request),
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_gateways->async()->CreateGateway(context, request, response, std::move(callback));
        },
        gatewayOf,
        receiver,
        std::move(done));
}

DaemonChannel::Call DaemonChannel::listGateways(QObject *receiver, std::function<void(const RpcResult<QList<GatewayInfo>> &)> done)
{
    return unary<v1::ListGatewaysRequest, v1::ListGatewaysResponse, QList<GatewayInfo>>(
        LocalCallTimeout,
        {},
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_gateways->async()->ListGateways(context, request, response, std::move(callback));
        },
        [](const v1::ListGatewaysResponse &response) {
            QList<GatewayInfo> gateways;
            for (const v1::Gateway &gateway : response.gateways()) {
                gateways.append(gatewayOf(gateway));
            }
            return gateways;
        },
        receiver,
        std::move(done));
}

DaemonChannel::Call DaemonChannel::removeGateway(const QString &gatewayUri, QObject *receiver, std::function<void(const RpcResult<bool> &)> done)
{
    v1::RemoveGatewayRequest request;
    request.set_gateway_uri(gatewayUri.toStdString());
    return unary<v1::RemoveGatewayRequest, v1::EmptyGatewayResponse, bool>(
        LocalCallTimeout,
        std::move(request),
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_gateways->async()->RemoveGateway(context, request, response, std::move(callback));
        },
        [](const v1::EmptyGatewayResponse &) {
            return true;
        },
        receiver,
        std::move(done));
}

DaemonChannel::Call DaemonChannel::setGatewayLocalPort(const QString &gatewayUri,
                                                       const QString &localPort,
                                                       QObject *receiver,
                                                       std::function<void(const RpcResult<GatewayInfo> &)> done)
{
    v1::SetGatewayLocalPortRequest request;
    request.set_gateway_uri(gatewayUri.toStdString());
    request.set_local_port(localPort.toStdString());
    return unary<v1::SetGatewayLocalPortRequest, v1::Gateway, GatewayInfo>(
        LocalCallTimeout,
        std::move(request),
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_gateways->async()->SetGatewayLocalPort(context, request, response, std::move(callback));
        },
        gatewayOf,
        receiver,
        std::move(done));
}

DaemonChannel::Call DaemonChannel::setGatewayTargetSubresourceName(const QString &gatewayUri,
                                                                   const QString &name,
                                                                   QObject *receiver,
                                                                   std::function<void(const RpcResult<GatewayInfo> &)> done)
{
    v1::SetGatewayTargetSubresourceNameRequest request;
    request.set_gateway_uri(gatewayUri.toStdString());
    request.set_target_subresource_name(name.toStdString());
    return unary<v1::SetGatewayTargetSubresourceNameRequest, v1::Gateway, GatewayInfo>(
        LocalCallTimeout,
        std::move(request),
        [this](auto *context, auto *request, auto *response, auto callback) {
            m_gateways->async()->SetGatewayTargetSubresourceName(context, request, response, std::move(callback));
        },
        gatewayOf,
        receiver,
        std::move(done));
}

} // namespace Teleterm::Backend
