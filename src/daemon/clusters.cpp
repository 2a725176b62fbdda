#include "clusters.h"

#include "callerlanguage.h"
#include "clusteruri.h"
#include "daemonlogging.h"
#include "keys.h"
#include "profilestore.h"
#include "proxyaddress.h"
#include "teleportroles.h"
#include "tlsidentity.h"

#include "teleport/legacy/client/proto/authservice.grpc.pb.h"
#include "teleport/presence/v1/service.grpc.pb.h"

#include <QTimer>

#include <grpcpp/client_context.h>

#include <optional>

using namespace Qt::StringLiterals;
namespace v1 = teleterm::v1;

namespace Teleterm::Daemon
{

namespace
{

constexpr auto ExpiryWarning = std::chrono::minutes(10);

grpc::Status status(grpc::StatusCode code, const QString &message)
{
    return {code, message.toStdString()};
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

void setTimestamp(google::protobuf::Timestamp *out, const QDateTime &when)
{
    out->set_seconds(when.toSecsSinceEpoch());
}

grpc::Status fromWebFailure(const WebFailure &failure)
{
    switch (failure.kind) {
    case WebFailure::Kind::None:
        return grpc::Status::OK;
    case WebFailure::Kind::Unreachable:
    case WebFailure::Kind::Garbled:
        return status(grpc::StatusCode::UNAVAILABLE, failure.message);
    case WebFailure::Kind::Timeout:
        return status(grpc::StatusCode::DEADLINE_EXCEEDED, failure.message);
    case WebFailure::Kind::UntrustedCertificate:
        return status(
            grpc::StatusCode::FAILED_PRECONDITION,
            ServiceText::tr("%1 (trust the CA that signed it with --ca-file, or use --insecure only for a development proxy you trust)").arg(failure.message));
    case WebFailure::Kind::AccessDenied:
        return status(grpc::StatusCode::PERMISSION_DENIED, failure.message);
    case WebFailure::Kind::BadRequest:
        return status(grpc::StatusCode::INVALID_ARGUMENT, failure.message);
    case WebFailure::Kind::Cancelled:
        return status(grpc::StatusCode::CANCELLED, failure.message);
    }
    return status(grpc::StatusCode::UNKNOWN, failure.message);
}

// A cluster's gRPC answer, in words that say which cluster said it.
grpc::Status fromCluster(const QString &cluster, const grpc::Status &answer)
{
    if (answer.ok()) {
        return answer;
    }
    const QString message = fromStd(answer.error_message());
    switch (answer.error_code()) {
    case grpc::StatusCode::UNAVAILABLE:
        return status(grpc::StatusCode::UNAVAILABLE, ServiceText::tr("the cluster %1 did not answer (%2)").arg(cluster, message));
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        return status(grpc::StatusCode::DEADLINE_EXCEEDED, ServiceText::tr("the cluster %1 did not answer in time").arg(cluster));
    default:
        return status(answer.error_code(), u"%1: %2"_s.arg(cluster, message));
    }
}

QString hexOf(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toHex());
}

const char *teleportKind(const QString &kind)
{
    if (kind == "server"_L1) {
        return "node";
    }
    if (kind == "database"_L1) {
        return "db";
    }
    if (kind == "kube"_L1) {
        return "kube_cluster";
    }
    if (kind == "app"_L1) {
        return "app";
    }
    return nullptr;
}

void setLabels(google::protobuf::RepeatedPtrField<v1::Label> *out, const google::protobuf::Map<std::string, std::string> &labels)
{
    std::vector<std::pair<std::string, std::string>> sorted(labels.begin(), labels.end());
    std::sort(sorted.begin(), sorted.end());
    for (const auto &[name, value] : sorted) {
        v1::Label *label = out->Add();
        label->set_name(name);
        label->set_value(value);
    }
}

LabelSelector selectorOf(const wrappers::LabelValues &values)
{
    LabelSelector selector;
    for (const auto &[name, strings] : values.values()) {
        QStringList list;
        for (const std::string &value : strings.values()) {
            list << fromStd(value);
        }
        selector.insert(fromStd(name), list);
    }
    return selector;
}

} // namespace

int EventHub::subscribe()
{
    const std::lock_guard lock(m_mutex);
    m_queues[++m_next];
    return m_next;
}

void EventHub::unsubscribe(int subscriber)
{
    const std::lock_guard lock(m_mutex);
    m_queues.erase(subscriber);
}

void EventHub::publish(const v1::ClusterEvent &event)
{
    {
        const std::lock_guard lock(m_mutex);
        for (auto &[subscriber, queue] : m_queues) {
            if (queue.size() < 1000) { // a subscriber that stopped reading does not grow us without bound
                queue.push_back(event);
            }
        }
    }
    m_arrived.notify_all();
}

std::vector<v1::ClusterEvent> EventHub::take(int subscriber, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    m_arrived.wait_for(lock, timeout, [&] {
        const auto queue = m_queues.find(subscriber);
        return queue == m_queues.end() || !queue->second.empty();
    });
    std::vector<v1::ClusterEvent> events;
    const auto queue = m_queues.find(subscriber);
    if (queue != m_queues.end()) {
        events.assign(queue->second.begin(), queue->second.end());
        queue->second.clear();
    }
    return events;
}

struct Clusters::Resolved {
    ClusterUri uri;
    Profile profile;
    std::optional<KeyRing> keys;
    TlsIdentity identity;
    QString cluster; // the cluster the URI names: the root's name or a leaf's
};

Clusters::Clusters(Options options)
    : m_options(std::move(options))
    , m_teleport(&m_web)
{
    m_storeThread.setObjectName(u"profiles"_s);
    m_expiryTimerOwner = new QObject;
    m_expiryTimerOwner->moveToThread(&m_storeThread);
    m_storeThread.start();
    // The store and its timers are made on their thread: a file watcher's notifiers belong to
    // the thread that makes them.
    QMetaObject::invokeMethod(
        m_expiryTimerOwner,
        [this] {
            m_store = new ProfileStore(m_options.profileDirectory);
            auto *timer = new QTimer(m_expiryTimerOwner);
            timer->setInterval(std::chrono::seconds(30));
            QObject::connect(timer, &QTimer::timeout, m_expiryTimerOwner, [this] {
                checkExpiry();
            });
            timer->start();
            // Besides the regular check, one at the next moment a certificate crosses a line.
            auto *next = new QTimer(m_expiryTimerOwner);
            next->setObjectName(u"nextExpiry"_s);
            next->setSingleShot(true);
            QObject::connect(next, &QTimer::timeout, m_expiryTimerOwner, [this] {
                checkExpiry();
            });
            QObject::connect(m_store, &ProfileStore::profileChanged, m_expiryTimerOwner, [this](const QString &name) {
                qCInfo(TELETERM_DAEMON).noquote() << "profile" << name << "changed on disk";
                forgetChannels(name);
                {
                    const std::lock_guard lock(m_mutex);
                    m_warned.remove(name);
                }
                v1::ClusterEvent event;
                event.set_kind(v1::ClusterEvent::PROFILE_CHANGED);
                event.set_cluster_uri(ClusterUri::forRoot(name).toStdString());
                m_events.publish(event);
                checkExpiry();
            });
            QObject::connect(m_store, &ProfileStore::profileRemoved, m_expiryTimerOwner, [this](const QString &name) {
                qCInfo(TELETERM_DAEMON).noquote() << "profile" << name << "removed on disk";
                forgetChannels(name);
                v1::ClusterEvent event;
                event.set_kind(v1::ClusterEvent::PROFILE_REMOVED);
                event.set_cluster_uri(ClusterUri::forRoot(name).toStdString());
                m_events.publish(event);
            });
            checkExpiry();
        },
        Qt::BlockingQueuedConnection);
}

Clusters::~Clusters()
{
    QMetaObject::invokeMethod(
        m_expiryTimerOwner,
        [this] {
            delete m_expiryTimerOwner;
            delete m_store;
        },
        Qt::BlockingQueuedConnection);
    m_storeThread.quit();
    m_storeThread.wait();
    const std::lock_guard lock(m_mutex);
    m_channels.clear();
}

Caller answering(grpc::ServerContext *context)
{
    context->AddTrailingMetadata("teleterm-answered", "1");
    CallerLanguage::adopt(*context);
    return Caller(context);
}

bool Caller::gaveUp() const
{
    return m_context && m_context->IsCancelled();
}

Cancelled Caller::cancelled() const
{
    if (!m_context) {
        return {};
    }
    return [context = m_context] {
        return context->IsCancelled();
    };
}

std::unique_ptr<grpc::ClientContext> Caller::clientContext(std::chrono::milliseconds timeout) const
{
    std::unique_ptr<grpc::ClientContext> context = m_context ? grpc::ClientContext::FromServerContext(*m_context) : std::make_unique<grpc::ClientContext>();
    context->set_deadline(std::chrono::system_clock::now() + timeout);
    return context;
}

void Clusters::onStoreThread(const std::function<void()> &work)
{
    if (QThread::currentThread() == &m_storeThread) {
        work();
    } else {
        QMetaObject::invokeMethod(
            m_store,
            [&work, language = CallerLanguage::current()] {
                const CallerLanguage::Scope speaking(language);
                work();
            },
            Qt::BlockingQueuedConnection);
    }
}

grpc::Status Clusters::resolve(const QString &uri, Resolved *resolved, bool needLogin)
{
    resolved->uri = ClusterUri::parse(uri);
    if (!resolved->uri.isValid()) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, ServiceText::tr("\"%1\" is not a cluster URI (/clusters/PROXY_HOST[/leaves/LEAF])").arg(uri));
    }
    QString error;
    bool found = false;
    onStoreThread([&] {
        const std::optional<Profile> profile = m_store->load(resolved->uri.profile, &error);
        if (!profile) {
            return;
        }
        found = true;
        resolved->profile = *profile;
        QString keysError;
        resolved->keys = m_store->loadKeys(*profile, &keysError);
    });
    if (!found) {
        return status(grpc::StatusCode::NOT_FOUND, ServiceText::tr("no cluster %1: %2").arg(resolved->uri.clusterUri(), error));
    }
    resolved->cluster = resolved->uri.leaf.isEmpty() ? resolved->profile.clusterName() : resolved->uri.leaf;
    if (resolved->keys) {
        resolved->identity = tlsIdentityOfPem(resolved->keys->tlsCertificate);
    }
    if (!needLogin) {
        return grpc::Status::OK;
    }
    if (!resolved->keys || !resolved->identity.isValid()) {
        return status(grpc::StatusCode::UNAUTHENTICATED, ServiceText::tr("not logged in to %1: log in first").arg(resolved->profile.clusterName()));
    }
    if (resolved->identity.notAfter <= QDateTime::currentDateTimeUtc()) {
        return status(grpc::StatusCode::UNAUTHENTICATED,
                      ServiceText::tr("the certificate of %1 for %2 expired at %3: log in again")
                          .arg(resolved->identity.user, resolved->profile.clusterName(), CallerLanguage::dateTime(resolved->identity.notAfter)));
    }
    return grpc::Status::OK;
}

grpc::Status Clusters::ping(const QString &profile, const QString &webProxyAddress, PingInfo *info, const Caller &caller)
{
    const ProxyAddress address = ProxyAddress::parse(webProxyAddress);
    if (!address.ok()) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, address.error);
    }
    WebFailure failure;
    *info = m_teleport.ping(address, {m_options.insecure, m_options.extraCas, caller.cancelled()}, &failure);
    if (failure) {
        qCInfo(TELETERM_DAEMON).noquote() << "ping of" << address.hostPort() << "failed:" << failure.message;
        return fromWebFailure(failure);
    }
    const std::lock_guard lock(m_mutex);
    m_proxyVersions.insert(profile, info->serverVersion);
    return grpc::Status::OK;
}

void Clusters::describe(const Profile &profile, const KeyRing *keys, const QString &profileError, v1::Cluster *cluster)
{
    cluster->set_uri(ClusterUri::forRoot(profile.name).toStdString());
    cluster->set_name(profile.clusterName().toStdString());
    cluster->set_proxy_host(profile.webProxyAddress.toStdString());
    cluster->set_leaf(false);
    cluster->set_profile_status_error(profileError.toStdString());
    {
        const std::lock_guard lock(m_mutex);
        cluster->set_proxy_version(m_proxyVersions.value(profile.name).toStdString());
    }
    v1::ClusterFiles *files = cluster->mutable_files();
    files->set_profile_dir(m_options.profileDirectory.toStdString());
    files->set_root_cluster_name(profile.clusterName().toStdString());
    if (!keys) {
        return;
    }
    const TlsIdentity identity = tlsIdentityOfPem(keys->tlsCertificate);
    if (!identity.isValid()) {
        cluster->set_profile_status_error((ServiceText::tr("the certificate in the profile cannot be read")).toStdString());
        return;
    }
    v1::LoggedInUser *user = cluster->mutable_logged_in_user();
    user->set_name(identity.user.toStdString());
    for (const QString &role : identity.roles) {
        user->add_roles(role.toStdString());
    }
    for (const QString &login : identity.logins) {
        user->add_ssh_logins(login.toStdString());
    }
    setTimestamp(user->mutable_valid_until(), identity.notAfter);
    cluster->set_connected(identity.notAfter > QDateTime::currentDateTimeUtc());
    onStoreThread([&] {
        files->set_ssh_key(m_store->sshKeyPath(profile).toStdString());
        files->set_ssh_certificate(m_store->sshCertificatePath(profile).toStdString());
        files->set_tls_certificate(m_store->tlsCertificatePath(profile).toStdString());
        files->set_tls_key(m_store->tlsKeyPath(profile).toStdString());
        files->set_host_ca(m_store->caPath(profile, profile.clusterName()).toStdString());
        files->set_known_hosts(m_store->knownHostsPath().toStdString());
    });
}

grpc::Status Clusters::listRootClusters(v1::ListClustersResponse *response)
{
    struct Entry {
        Profile profile;
        std::optional<KeyRing> keys;
        QString error;
    };
    std::vector<Entry> entries;
    onStoreThread([&] {
        for (const QString &name : m_store->profileNames()) {
            Entry entry;
            const std::optional<Profile> profile = m_store->load(name, &entry.error);
            if (!profile) {
                entry.profile.name = name;
            } else {
                entry.profile = *profile;
                QString keysError;
                entry.keys = m_store->loadKeys(*profile, &keysError);
            }
            entries.push_back(std::move(entry));
        }
    });
    for (const Entry &entry : entries) {
        describe(entry.profile, entry.keys ? &*entry.keys : nullptr, entry.error, response->add_clusters());
    }
    return grpc::Status::OK;
}

grpc::Status Clusters::addCluster(const QString &text, v1::Cluster *cluster, const Caller &caller)
{
    const ProxyAddress address = ProxyAddress::parse(text);
    if (!address.ok()) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, address.error);
    }
    PingInfo info;
    if (grpc::Status pinged = ping(address.host, address.hostPort(), &info, caller); !pinged.ok()) {
        return pinged;
    }
    QString error;
    bool saved = false;
    Profile profile;
    std::optional<KeyRing> keys;
    onStoreThread([&] {
        QString ignored;
        if (const std::optional<Profile> existing = m_store->load(address.host, &ignored)) {
            if (existing->webProxyAddress == address.hostPort() && existing->clusterName() == info.clusterName) {
                profile = *existing; // adding a cluster twice gives the one already there
                keys = m_store->loadKeys(profile, &ignored);
                saved = true;
                return;
            }
            // Another proxy (or cluster) at the same host takes the profile's name, as with tsh:
            // the old one's keys are no use to it.
            (void)m_store->removeKeys(*existing, &ignored);
        }
        profile.name = address.host;
        profile.webProxyAddress = address.hostPort();
        profile.sshProxyAddress = info.sshProxyAddress;
        profile.cluster = info.clusterName;
        profile.tlsRoutingEnabled = info.tlsRoutingEnabled;
        saved = m_store->save(profile, &error);
        if (saved && m_store->currentProfile().isEmpty()) {
            saved = m_store->setCurrentProfile(profile.name, &error);
        }
    });
    if (!saved) {
        // The disk is the user's to fix (full, read-only): the log must say so as well as the answer.
        qCWarning(TELETERM_DAEMON).noquote() << "cannot write the profile of" << address.hostPort() << ":" << error;
        return status(grpc::StatusCode::INTERNAL, ServiceText::tr("cannot write the profile: %1").arg(error));
    }
    qCInfo(TELETERM_DAEMON).noquote() << "added cluster" << info.clusterName << "at" << address.hostPort() << "(Teleport" << info.serverVersion << ")";
    describe(profile, keys ? &*keys : nullptr, {}, cluster);
    return grpc::Status::OK;
}

grpc::Status Clusters::getCluster(const QString &uri, v1::Cluster *cluster, const Caller &)
{
    Resolved resolved;
    if (grpc::Status found = resolve(uri, &resolved, false); !found.ok()) {
        return found;
    }
    describe(resolved.profile, resolved.keys ? &*resolved.keys : nullptr, {}, cluster);
    if (!resolved.uri.leaf.isEmpty()) {
        cluster->set_uri(resolved.uri.clusterUri().toStdString());
        cluster->set_name(resolved.uri.leaf.toStdString());
        cluster->set_leaf(true);
    }
    return grpc::Status::OK;
}

grpc::Status Clusters::authSettings(const QString &uri, v1::AuthSettings *settings, const Caller &caller)
{
    Resolved resolved;
    if (grpc::Status found = resolve(uri, &resolved, false); !found.ok()) {
        return found;
    }
    PingInfo info;
    if (grpc::Status pinged = ping(resolved.profile.name, resolved.profile.webProxyAddress, &info, caller); !pinged.ok()) {
        return pinged;
    }
    settings->set_auth_type(info.authType.toStdString());
    settings->set_second_factor(info.secondFactor.toStdString());
    settings->set_local_auth_enabled(info.localAuthEnabled);
    settings->set_local_connector_name(info.localConnectorName.toStdString());
    settings->set_preferred_mfa(info.preferredLocalMfa.toStdString());
    for (const PingInfo::Provider &provider : std::as_const(info.providers)) {
        v1::AuthProvider *out = settings->add_auth_providers();
        out->set_type(provider.type.toStdString());
        out->set_name(provider.name.toStdString());
        out->set_display_name(provider.displayName.toStdString());
    }
    return grpc::Status::OK;
}

grpc::Status Clusters::login(const QString &uri, const v1::LoginRequest::LocalParams &local, v1::Cluster *cluster, const Caller &caller)
{
    Resolved resolved;
    if (grpc::Status found = resolve(uri, &resolved, false); !found.ok()) {
        return found;
    }
    if (!resolved.uri.leaf.isEmpty()) {
        return status(grpc::StatusCode::INVALID_ARGUMENT,
                      ServiceText::tr("log in to the root cluster %1; its leaves come with it").arg(resolved.profile.clusterName()));
    }
    const QString user = fromStd(local.user()).trimmed();
    if (user.isEmpty()) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, ServiceText::tr("no user name given"));
    }
    PingInfo info;
    if (grpc::Status pinged = ping(resolved.profile.name, resolved.profile.webProxyAddress, &info, caller); !pinged.ok()) {
        return pinged;
    }
    if (!info.localAuthEnabled) {
        return status(grpc::StatusCode::FAILED_PRECONDITION,
                      ServiceText::tr("%1 does not allow local users to log in (it uses %2)").arg(info.clusterName, info.authType));
    }
    if (info.secondFactor != "off"_L1 && info.secondFactor != "optional"_L1 && local.token().empty()) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, ServiceText::tr("%1 asks for a one-time code from your authenticator app").arg(info.clusterName));
    }

    QString error;
    const KeyPair sshKey = generateKeyPair(&error);
    const KeyPair tlsKey = info.takesSplitKeys() ? generateKeyPair(&error) : KeyPair();
    if (!sshKey.isValid() || (info.takesSplitKeys() && !tlsKey.isValid())) {
        return status(grpc::StatusCode::INTERNAL, error);
    }
    const ProxyAddress address = ProxyAddress::parse(resolved.profile.webProxyAddress);
    WebFailure failure;
    const LoginCertificates certificates = m_teleport.login(address,
                                                            info,
                                                            {user, fromStd(local.password()), fromStd(local.token()), sshKey.sshPublicKey, tlsKey.publicKeyPem},
                                                            {m_options.insecure, m_options.extraCas, caller.cancelled()},
                                                            &failure);
    if (failure) {
        qCInfo(TELETERM_DAEMON).noquote() << "login of" << user << "to" << info.clusterName << "refused:" << failure.message;
        return fromWebFailure(failure);
    }

    KeyRing ring;
    ring.sshPrivateKey = sshKey.privateKeyPem;
    ring.sshPublicKey = sshKey.sshPublicKey;
    ring.sshCertificate = certificates.sshCertificate.trimmed() + '\n';
    ring.tlsPrivateKey = tlsKey.privateKeyPem;
    ring.tlsCertificate = certificates.tlsCertificate;
    ring.trustedCas.insert(info.clusterName, certificates.hostCaCertificates.join());
    Profile profile = resolved.profile;
    const Profile previous = profile;
    profile.user = certificates.username.isEmpty() ? user : certificates.username;
    profile.cluster = info.clusterName;
    profile.sshProxyAddress = info.sshProxyAddress;
    profile.tlsRoutingEnabled = info.tlsRoutingEnabled;
    bool saved = false;
    onStoreThread([&] {
        QString ignored;
        if (!previous.user.isEmpty() && previous.user != profile.user) {
            (void)m_store->removeKeys(previous, &ignored); // another user's keys go with the switch
        }
        saved = m_store->save(profile, &error) && m_store->saveKeys(profile, ring, &error)
            && m_store->trustHostCa(address.host, info.clusterName, certificates.hostCaKeys, &error);
        if (saved && m_store->currentProfile().isEmpty()) {
            saved = m_store->setCurrentProfile(profile.name, &error);
        }
    });
    if (!saved) {
        qCWarning(TELETERM_DAEMON).noquote() << profile.user << "logged in to" << info.clusterName << "but the profile cannot be written:" << error;
        return status(grpc::StatusCode::INTERNAL, ServiceText::tr("logged in, but cannot write the profile: %1").arg(error));
    }
    forgetChannels(profile.name);
    {
        const std::lock_guard lock(m_mutex);
        m_warned.remove(profile.name);
    }
    // The new certificate's expiry is watched from now on.
    QMetaObject::invokeMethod(m_expiryTimerOwner, [this] {
        checkExpiry();
    });
    qCInfo(TELETERM_DAEMON).noquote() << profile.user << "logged in to" << info.clusterName;
    describe(profile, &ring, {}, cluster);
    return grpc::Status::OK;
}

grpc::Status Clusters::logout(const QString &uri, bool removeProfile)
{
    Resolved resolved;
    if (grpc::Status found = resolve(uri, &resolved, false); !found.ok()) {
        return found;
    }
    QString error;
    bool done = false;
    onStoreThread([&] {
        done = removeProfile ? m_store->remove(resolved.profile.name, false, &error) : m_store->removeKeys(resolved.profile, &error);
    });
    forgetChannels(resolved.profile.name);
    if (!done) {
        return status(grpc::StatusCode::INTERNAL, ServiceText::tr("cannot remove the keys of %1: %2").arg(resolved.profile.clusterName(), error));
    }
    qCInfo(TELETERM_DAEMON).noquote() << "logged out of" << resolved.profile.clusterName() << (removeProfile ? "and removed its profile" : "");
    if (removeProfile) {
        std::vector<std::function<void(const QString &)>> observers;
        {
            const std::lock_guard lock(m_mutex);
            observers = m_removalObservers;
        }
        for (const auto &observer : observers) {
            observer(ClusterUri::forRoot(resolved.profile.name));
        }
    }
    return grpc::Status::OK;
}

void Clusters::whenRemoved(std::function<void(const QString &)> observer)
{
    const std::lock_guard lock(m_mutex);
    m_removalObservers.push_back(std::move(observer));
}

grpc::Status Clusters::removeCluster(const QString &uri)
{
    return logout(uri, true);
}

void Clusters::forgetChannels(const QString &profile)
{
    std::vector<std::unique_ptr<RoutedChannel>> dropped;
    {
        const std::lock_guard lock(m_mutex);
        for (auto it = m_channels.begin(); it != m_channels.end();) {
            if (it->first.startsWith(profile + u'\n')) {
                dropped.push_back(std::move(it->second));
                it = m_channels.erase(it);
            } else {
                ++it;
            }
        }
    }
    // Closed outside the lock: closing waits for the pump thread.
}

grpc::Status Clusters::authChannel(const Resolved &resolved, const QString &cluster, const Caller &caller, std::shared_ptr<grpc::Channel> *channel, bool fresh)
{
    const QString key = resolved.profile.name + u'\n' + cluster;
    {
        const std::lock_guard lock(m_mutex);
        const auto found = m_channels.find(key);
        if (found != m_channels.end() && !found->second->isClosed() && !fresh) {
            *channel = found->second->channel();
            return grpc::Status::OK;
        }
    }
    if (!resolved.profile.tlsRoutingEnabled) {
        return status(
            grpc::StatusCode::FAILED_PRECONDITION,
            ServiceText::tr("the proxy of %1 does not route TLS by ALPN; Teleterm needs a proxy with TLS routing").arg(resolved.profile.clusterName()));
    }
    Route route;
    route.proxyHostPort = resolved.profile.webProxyAddress;
    route.alpn = "teleport-auth@" + cluster.toUtf8().toHex() + ".teleport.cluster.local";
    route.serverName = hexOf(cluster) + ".teleport.cluster.local"_L1;
    for (const QByteArray &pem : std::as_const(resolved.keys->trustedCas)) {
        route.trustedCaPems.append(pem);
    }
    route.certificatePem = resolved.keys->tlsCertificate;
    route.keyPem = resolved.keys->tlsPrivateKey.isEmpty() ? resolved.keys->sshPrivateKey : resolved.keys->tlsPrivateKey;
    RoutedChannel::Failure failure = RoutedChannel::Failure::None;
    QString error;
    std::unique_ptr<RoutedChannel> opened = RoutedChannel::open(route, m_options.callTimeout, caller.cancelled(), &failure, &error);
    if (!opened) {
        qCInfo(TELETERM_DAEMON).noquote() << "cannot reach the auth server of" << cluster << ":" << error;
        switch (failure) {
        case RoutedChannel::Failure::Timeout:
            return status(grpc::StatusCode::DEADLINE_EXCEEDED, error);
        case RoutedChannel::Failure::UntrustedCertificate:
            return status(grpc::StatusCode::FAILED_PRECONDITION, error);
        case RoutedChannel::Failure::Refused:
            return status(grpc::StatusCode::UNAVAILABLE, error);
        case RoutedChannel::Failure::Cancelled:
            return status(grpc::StatusCode::CANCELLED, error);
        default:
            return status(grpc::StatusCode::UNAVAILABLE, error);
        }
    }
    *channel = opened->channel();
    std::unique_ptr<RoutedChannel> replaced;
    const std::lock_guard lock(m_mutex);
    auto &slot = m_channels[key];
    replaced = std::move(slot);
    slot = std::move(opened);
    return grpc::Status::OK;
}

template<typename Call>
grpc::Status Clusters::callAuth(const Resolved &resolved, const QString &cluster, const Caller &caller, const Call &call)
{
    grpc::Status answer;
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::shared_ptr<grpc::Channel> channel;
        answer = authChannel(resolved, cluster, caller, &channel, attempt > 0);
        if (answer.ok()) {
            answer = call(channel, *caller.clientContext(m_options.callTimeout));
        }
        // A connection that died since it was last used: once more on a new one.
        if (answer.error_code() != grpc::StatusCode::UNAVAILABLE || caller.gaveUp()) {
            break;
        }
    }
    if (caller.gaveUp()) {
        qCInfo(TELETERM_DAEMON).noquote() << "a call to" << cluster << "stopped: its caller gave up";
        return status(grpc::StatusCode::CANCELLED, ServiceText::tr("cancelled by the caller"));
    }
    return fromCluster(cluster, answer);
}

grpc::Status Clusters::listLeafClusters(const QString &uri, v1::ListClustersResponse *response, const Caller &caller)
{
    Resolved resolved;
    if (grpc::Status found = resolve(uri, &resolved, true); !found.ok()) {
        return found;
    }
    v1::Cluster root;
    describe(resolved.profile, &*resolved.keys, {}, &root);
    std::string token;
    for (int page = 0; page < 100; ++page) {
        teleport::presence::v1::ListRemoteClustersResponse leaves;
        const grpc::Status answer =
            callAuth(resolved, resolved.profile.clusterName(), caller, [&](const std::shared_ptr<grpc::Channel> &channel, grpc::ClientContext &context) {
                teleport::presence::v1::ListRemoteClustersRequest request;
                request.set_page_size(100);
                request.set_page_token(token);
                leaves.Clear();
                return teleport::presence::v1::PresenceService::NewStub(channel)->ListRemoteClusters(&context, request, &leaves);
            });
        if (!answer.ok()) {
            return answer;
        }
        for (const types::RemoteClusterV3 &leaf : leaves.remote_clusters()) {
            v1::Cluster *cluster = response->add_clusters();
            *cluster = root;
            const QString name = fromStd(leaf.metadata().name());
            cluster->set_uri(ClusterUri::forLeaf(resolved.profile.name, name).toStdString());
            cluster->set_name(leaf.metadata().name());
            cluster->set_leaf(true);
            cluster->set_connected(root.connected() && leaf.status().connection() == "online");
        }
        token = leaves.next_page_token();
        if (token.empty()) {
            break;
        }
    }
    return grpc::Status::OK;
}

grpc::Status Clusters::listResources(const v1::ListUnifiedResourcesRequest &request, v1::ListUnifiedResourcesResponse *response, const Caller &caller)
{
    Resolved resolved;
    if (grpc::Status found = resolve(fromStd(request.cluster_uri()), &resolved, true); !found.ok()) {
        return found;
    }
    proto::ListUnifiedResourcesRequest query;
    for (const std::string &kind : request.kinds()) {
        const char *name = teleportKind(fromStd(kind));
        if (!name) {
            return status(grpc::StatusCode::INVALID_ARGUMENT, ServiceText::tr("unknown kind \"%1\" (server, database, kube, app)").arg(fromStd(kind)));
        }
        query.add_kinds(name);
    }
    if (query.kinds().empty()) {
        for (const char *kind : {"node", "db", "kube_cluster", "app"}) {
            query.add_kinds(kind);
        }
    }
    query.set_limit(request.limit() > 0 ? std::min(request.limit(), 1000) : 100);
    query.set_startkey(request.start_key());
    const QStringList words = fromStd(request.search()).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        query.add_searchkeywords(word.toStdString());
    }
    for (const v1::Label &label : request.labels()) {
        (*query.mutable_labels())[label.name()] = label.value();
    }
    if (request.has_sort_by() && !request.sort_by().field().empty()) {
        query.mutable_sortby()->set_field(request.sort_by().field());
        query.mutable_sortby()->set_isdesc(request.sort_by().is_desc());
    }
    query.set_includelogins(true);

    proto::ListUnifiedResourcesResponse page;
    const grpc::Status answer = callAuth(resolved, resolved.cluster, caller, [&](const std::shared_ptr<grpc::Channel> &channel, grpc::ClientContext &context) {
        page.Clear();
        return proto::AuthService::NewStub(channel)->ListUnifiedResources(&context, query, &page);
    });
    if (!answer.ok()) {
        return answer;
    }
    // The logins a server offers: what its roles allow there and the certificate carries.
    const QStringList certificateLogins = resolved.identity.logins;
    for (const proto::PaginatedResource &resource : page.resources()) {
        v1::Resource *out = response->add_resources();
        out->set_requires_request(resource.requiresrequest());
        switch (resource.resource_case()) {
        case proto::PaginatedResource::kNode: {
            const types::ServerV2 &node = resource.node();
            out->set_kind("server");
            out->set_name(node.metadata().name());
            out->set_display_name(node.spec().hostname().empty() ? node.metadata().name() : node.spec().hostname());
            out->set_address(node.spec().addr());
            out->set_description(node.metadata().description());
            setLabels(out->mutable_labels(), node.metadata().labels());
            out->set_uri(resolved.uri.resourceUri(u"servers"_s, fromStd(node.metadata().name())).toStdString());
            for (const std::string &login : resource.logins()) {
                if (certificateLogins.isEmpty() || certificateLogins.contains(fromStd(login))) {
                    out->add_logins(login);
                }
            }
            break;
        }
        case proto::PaginatedResource::kDatabaseServer: {
            const types::DatabaseV3 &database = resource.databaseserver().spec().database();
            out->set_kind("database");
            out->set_name(database.metadata().name());
            out->set_display_name(database.metadata().name());
            out->set_address(database.spec().uri());
            out->set_protocol(database.spec().protocol());
            out->set_description(database.metadata().description());
            setLabels(out->mutable_labels(), database.metadata().labels());
            out->set_uri(resolved.uri.resourceUri(u"dbs"_s, fromStd(database.metadata().name())).toStdString());
            break;
        }
        case proto::PaginatedResource::kKubeCluster: {
            const types::KubernetesClusterV3 &kube = resource.kubecluster();
            out->set_kind("kube");
            out->set_name(kube.metadata().name());
            out->set_display_name(kube.metadata().name());
            out->set_description(kube.metadata().description());
            setLabels(out->mutable_labels(), kube.metadata().labels());
            out->set_uri(resolved.uri.resourceUri(u"kubes"_s, fromStd(kube.metadata().name())).toStdString());
            break;
        }
        case proto::PaginatedResource::kAppServer: {
            const types::AppV3 &app = resource.appserver().spec().app();
            out->set_kind("app");
            out->set_name(app.metadata().name());
            out->set_display_name(app.metadata().name());
            out->set_address(app.spec().uri());
            out->set_public_address(app.spec().publicaddr());
            out->set_description(app.metadata().description());
            setLabels(out->mutable_labels(), app.metadata().labels());
            out->set_uri(resolved.uri.resourceUri(u"apps"_s, fromStd(app.metadata().name())).toStdString());
            break;
        }
        default:
            response->mutable_resources()->RemoveLast(); // a kind Teleterm does not show
        }
    }
    response->set_next_key(page.nextkey());
    return grpc::Status::OK;
}

grpc::Status Clusters::databaseTarget(const QString &databaseUri, DatabaseTarget *target, const Caller &caller)
{
    Resolved resolved;
    if (grpc::Status found = resolve(databaseUri, &resolved, true); !found.ok()) {
        return found;
    }
    if (resolved.uri.resourceKind != "dbs"_L1) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, ServiceText::tr("\"%1\" is not a database URI").arg(databaseUri));
    }
    // The database's labels, from a search for its name.
    proto::ListUnifiedResourcesResponse found;
    grpc::Status answer = callAuth(resolved, resolved.cluster, caller, [&](const std::shared_ptr<grpc::Channel> &channel, grpc::ClientContext &context) {
        proto::ListUnifiedResourcesRequest query;
        query.add_kinds("db");
        query.set_limit(1000);
        query.add_searchkeywords(resolved.uri.resourceName.toStdString());
        found.Clear();
        return proto::AuthService::NewStub(channel)->ListUnifiedResources(&context, query, &found);
    });
    if (!answer.ok()) {
        return answer;
    }
    std::optional<QHash<QString, QString>> labels;
    for (const proto::PaginatedResource &resource : found.resources()) {
        const types::DatabaseV3 &database = resource.databaseserver().spec().database();
        if (resource.has_databaseserver() && fromStd(database.metadata().name()) == resolved.uri.resourceName) {
            labels.emplace();
            target->protocol = fromStd(database.spec().protocol());
            for (const auto &[name, value] : database.metadata().labels()) {
                labels->insert(fromStd(name), fromStd(value));
            }
        }
    }
    if (!labels) {
        return status(grpc::StatusCode::NOT_FOUND, ServiceText::tr("no database %1 in %2").arg(resolved.uri.resourceName, resolved.cluster));
    }
    // As Connect works it out: the user's roles that allow the database, their db_users with the
    // user's traits filled in.
    types::UserV2 user;
    answer = callAuth(resolved, resolved.cluster, caller, [&](const std::shared_ptr<grpc::Channel> &channel, grpc::ClientContext &context) {
        return proto::AuthService::NewStub(channel)->GetCurrentUser(&context, {}, &user);
    });
    if (!answer.ok()) {
        return answer;
    }
    QHash<QString, QStringList> traits;
    for (const auto &[name, values] : user.spec().traits().values()) {
        QStringList list;
        for (const std::string &value : values.values()) {
            list << fromStd(value);
        }
        traits.insert(fromStd(name), list);
    }
    QStringList users;
    answer = callAuth(resolved, resolved.cluster, caller, [&](const std::shared_ptr<grpc::Channel> &channel, grpc::ClientContext &context) {
        users.clear();
        const auto reader = proto::AuthService::NewStub(channel)->GetCurrentUserRoles(&context, {});
        types::RoleV6 role;
        while (reader->Read(&role)) {
            const types::RoleConditions &allow = role.spec().allow();
            if (!labelsMatch(selectorOf(allow.databaselabels()), *labels)) {
                continue;
            }
            QStringList allowed;
            for (const std::string &value : allow.databaseusers()) {
                allowed << fromStd(value);
            }
            users << expandTraits(allowed, traits);
        }
        return reader->Finish();
    });
    if (!answer.ok()) {
        return answer;
    }
    users.removeDuplicates();
    users.sort();
    target->clusterUri = resolved.uri.clusterUri();
    target->cluster = resolved.cluster;
    target->name = resolved.uri.resourceName;
    target->allowedUsers = users;
    return grpc::Status::OK;
}

grpc::Status Clusters::listDatabaseUsers(const QString &databaseUri, v1::ListDatabaseUsersResponse *response, const Caller &caller)
{
    DatabaseTarget target;
    if (grpc::Status found = databaseTarget(databaseUri, &target, caller); !found.ok()) {
        return found;
    }
    for (const QString &name : std::as_const(target.allowedUsers)) {
        response->add_users(name.toStdString());
    }
    return grpc::Status::OK;
}

grpc::Status Clusters::proxyRoute(const QString &uri, ProxyRoute *route)
{
    Resolved resolved;
    if (grpc::Status found = resolve(uri, &resolved, false); !found.ok()) {
        return found;
    }
    const ProxyAddress address = ProxyAddress::parse(resolved.profile.webProxyAddress);
    if (!address.ok()) {
        return status(grpc::StatusCode::FAILED_PRECONDITION, address.error);
    }
    route->hostPort = address.hostPort();
    route->host = address.host;
    // The web proxy's certificate: the system's CAs and --ca-file's vouch for it, as for the web.
    route->identity.systemCas = true;
    route->identity.verify = !m_options.insecure;
    for (const QSslCertificate &ca : std::as_const(m_options.extraCas)) {
        route->identity.trustedCaPems.append(ca.toPem());
    }
    return grpc::Status::OK;
}

grpc::Status Clusters::issueDatabaseCertificate(const QString &databaseUri,
                                                const QString &protocol,
                                                const QString &user,
                                                const KeyPair &key,
                                                std::chrono::seconds ttl,
                                                QByteArray *certificatePem,
                                                const Caller &caller)
{
    Resolved resolved;
    if (grpc::Status found = resolve(databaseUri, &resolved, true); !found.ok()) {
        return found;
    }
    if (resolved.uri.resourceKind != "dbs"_L1) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, ServiceText::tr("\"%1\" is not a database URI").arg(databaseUri));
    }
    // The root's auth server issues it, routed to the cluster the database is in (as tsh asks).
    const QString root = resolved.profile.clusterName();
    proto::Certs certs;
    const grpc::Status answer = callAuth(resolved, root, caller, [&](const std::shared_ptr<grpc::Channel> &channel, grpc::ClientContext &context) {
        proto::UserCertsRequest request;
        request.set_username(resolved.identity.user.toStdString());
        // A profile in v17's layout (a TLS key of its own) came from a proxy that takes split
        // keys; v16 takes one key as an authorized_keys line.
        if (!resolved.keys->tlsPrivateKey.isEmpty()) {
            request.set_tlspublickey(key.publicKeyPem.toStdString());
        } else {
            request.set_publickey(key.sshPublicKey.toStdString());
        }
        request.set_routetocluster(resolved.cluster.toStdString());
        request.set_usage(proto::UserCertsRequest::Database);
        request.set_requestername(proto::UserCertsRequest::TSH_DB_LOCAL_PROXY_TUNNEL);
        const QDateTime expires = ttl.count() > 0 ? QDateTime::currentDateTimeUtc().addSecs(ttl.count()) : resolved.identity.notAfter;
        request.mutable_expires()->set_seconds(std::min(expires, resolved.identity.notAfter).toSecsSinceEpoch());
        proto::RouteToDatabase *route = request.mutable_routetodatabase();
        route->set_servicename(resolved.uri.resourceName.toStdString());
        route->set_protocol(protocol.toStdString());
        route->set_username(user.toStdString());
        return proto::AuthService::NewStub(channel)->GenerateUserCerts(&context, request, &certs);
    });
    if (!answer.ok()) {
        return answer;
    }
    if (certs.tls().empty()) {
        return status(grpc::StatusCode::UNAVAILABLE, ServiceText::tr("the auth server of %1 answered without a certificate").arg(root));
    }
    *certificatePem = QByteArray::fromStdString(certs.tls());
    return grpc::Status::OK;
}

bool Clusters::loggedIn(const QString &uri)
{
    Resolved resolved;
    return resolve(uri, &resolved, true).ok();
}

void Clusters::checkExpiry()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 soonest = -1; // milliseconds to the next warning or expiry, if any
    for (const QString &name : m_store->profileNames()) {
        QString error;
        const std::optional<Profile> profile = m_store->load(name, &error);
        const std::optional<KeyRing> keys = profile ? m_store->loadKeys(*profile, &error) : std::nullopt;
        if (!keys) {
            continue;
        }
        const TlsIdentity identity = tlsIdentityOfPem(keys->tlsCertificate);
        if (!identity.isValid()) {
            continue;
        }
        const qint64 warningSeconds = std::chrono::seconds(ExpiryWarning).count();
        const int state = identity.notAfter <= now ? 2 : (now.secsTo(identity.notAfter) <= warningSeconds ? 1 : 0);
        for (const QDateTime &line : {identity.notAfter.addSecs(-warningSeconds), identity.notAfter}) {
            const qint64 in = now.msecsTo(line);
            if (in > 0 && (soonest < 0 || in < soonest)) {
                soonest = in;
            }
        }
        int previous = 0;
        {
            const std::lock_guard lock(m_mutex);
            previous = m_warned.value(name);
            m_warned.insert(name, state);
        }
        if (state > previous) {
            v1::ClusterEvent event;
            event.set_kind(state == 2 ? v1::ClusterEvent::CERTIFICATE_EXPIRED : v1::ClusterEvent::CERTIFICATE_EXPIRES_SOON);
            event.set_cluster_uri(ClusterUri::forRoot(name).toStdString());
            setTimestamp(event.mutable_valid_until(), identity.notAfter);
            qCInfo(TELETERM_DAEMON).noquote() << "the certificate for" << profile->clusterName() << (state == 2 ? "expired" : "expires soon");
            m_events.publish(event);
        }
    }
    if (auto *next = m_expiryTimerOwner->findChild<QTimer *>(u"nextExpiry"_s); next && soonest >= 0) {
        next->start(std::chrono::milliseconds(soonest + 500));
    }
}

} // namespace Teleterm::Daemon
