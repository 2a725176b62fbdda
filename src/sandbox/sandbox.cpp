#include "sandbox.h"

#include "paths.h"
#include "sandboxlogging.h"
#include "totp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "tlspump.h"

#include <grpcpp/grpcpp.h>
#include <grpcpp/server_posix.h>

#include <fcntl.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Teleterm::Sandbox
{

Sandbox::Sandbox(SandboxOptions options)
    : m_options(std::move(options))
{
}

Sandbox::~Sandbox()
{
    stop();
}

QString Sandbox::proxyAddress() const
{
    return m_options.listenHost + u':' + QString::number(m_proxy ? m_proxy->port() : 0);
}

QString Sandbox::readyFilePath() const
{
    return m_options.dataDir + "/sandbox.json"_L1;
}

QString Sandbox::hostCaPath() const
{
    return m_hostCa ? m_hostCa->certificatePath() : QString();
}

bool Sandbox::start(QString *error)
{
    const Paths::PrivateDir dir = Paths::ensurePrivateDirectory(m_options.dataDir);
    if (!dir.ok()) {
        *error = dir.error;
        return false;
    }
    m_lock = std::make_unique<InstanceLock>(m_options.dataDir + "/sandbox.lock"_L1);
    if (!m_lock->tryLock()) {
        *error = u"another sandbox (pid %1) is running on %2"_s.arg(m_lock->holderPid()).arg(m_options.dataDir);
        m_lock.reset();
        return false;
    }
    // A ready file left by a sandbox that died would say "ready" about nothing.
    QFile::remove(readyFilePath());

    const QString caDir = m_options.dataDir + "/ca"_L1;
    m_userCa = CertAuthority::loadOrCreate(caDir, u"user"_s, m_options.config.clusterName, error);
    if (!m_userCa->isValid()) {
        return false;
    }
    m_hostCa = CertAuthority::loadOrCreate(caDir, u"host"_s, m_options.config.clusterName, error);
    if (!m_hostCa->isValid()) {
        return false;
    }
    m_databaseCa = CertAuthority::loadOrCreate(caDir, u"db"_s, m_options.config.clusterName, error);
    if (!m_databaseCa->isValid()) {
        return false;
    }
    m_userSshCa = SshAuthority::loadOrCreate(caDir, u"user_ssh"_s, error);
    if (!m_userSshCa->isValid()) {
        return false;
    }
    m_hostSshCa = SshAuthority::loadOrCreate(caDir, u"host_ssh"_s, error);
    if (!m_hostSshCa->isValid()) {
        return false;
    }
    // Logins map to a real account of this machine: the one the sandbox runs as.
    const passwd *account = ::getpwuid(::getuid());
    if (!account) {
        *error = u"this process's account (uid %1) has no name to log in to nodes as"_s.arg(::getuid());
        return false;
    }
    if (!m_users.loadOrCreate(m_options.dataDir + "/users.json"_L1, m_options.config, QString::fromLocal8Bit(account->pw_name), error)) {
        return false;
    }
    if (!m_nodes.start(m_options.dataDir, m_options.config.clusterName, m_options.config.nodes, *m_hostSshCa, caDir + "/user_ssh.pub"_L1, error)) {
        return false;
    }
    QString postgresUri;
    if (m_options.config.postgres) {
        // A PostgreSQL role for every database user a role allows someone.
        QStringList databaseUsers;
        for (const SandboxUser &user : m_users.users()) {
            for (const QString &name : user.databaseUsers) {
                if (name != "*"_L1 && !name.contains(u'{')) {
                    databaseUsers << name;
                }
            }
        }
        databaseUsers.removeDuplicates();
        m_postgres = std::make_unique<PostgresServer>();
        if (!m_postgres->start({m_options.dataDir + "/postgres"_L1, databaseUsers, {QString::fromLatin1(DemoDatabase)}}, *m_databaseCa, error)) {
            return false;
        }
        postgresUri = m_postgres->host() + u':' + QString::number(m_postgres->port());
        m_databaseProxy = std::make_unique<DatabaseProxy>(
            DatabaseBackend{m_options.config.postgresName, m_options.config.postgresLabels, m_postgres->host(), m_postgres->port()},
            &m_users,
            &*m_databaseCa);
        qCInfo(TELETERM_SANDBOX).noquote() << "database" << m_options.config.postgresName << "is PostgreSQL at" << postgresUri << "with users"
                                           << databaseUsers.join(u", "_s);
    }
    m_login = std::make_unique<LoginService>(m_options.config.clusterName, &m_users, &*m_userSshCa, &*m_hostSshCa, &*m_userCa, &*m_hostCa);

    // The proxy's certificate, as a Teleport proxy's: from the host CA, for the address users
    // type and for the routed names the clients use as SNI.
    const IssuedCertificate proxyCertificate = m_hostCa->issue(
        {
            .commonName = m_options.listenHost,
            .organizations = {m_options.config.clusterName},
            .street = {},
            .organizationalUnits = {},
            .extraNames = {},
            .dnsNames = {u"localhost"_s, u"*.teleport.cluster.local"_s, u"teleport.cluster.local"_s},
            .ipAddresses = {m_options.listenHost},
            .serverAuth = true,
            .clientAuth = false,
            .notAfter = QDateTime::currentDateTimeUtc().addDays(365),
        },
        error);
    if (proxyCertificate.certificatePem.isEmpty()) {
        return false;
    }

    m_transport = std::make_unique<TransportService>(m_options.config.clusterName, &m_nodes, &m_users, &m_peers);
    grpc::ServerBuilder builder; // no listening port: connections come from the proxy
    builder.RegisterService(m_transport.get());
    const auto proxyAddressNow = [this] {
        return proxyAddress();
    };
    m_auth = std::make_unique<AuthService>(m_options.config.clusterName,
                                           m_options.serverVersion,
                                           proxyAddressNow,
                                           makeInventory(m_nodes.nodes(), m_options.config, postgresUri),
                                           &m_users,
                                           &m_peers,
                                           &*m_userCa);
    builder.RegisterService(m_auth.get());
    QStringList leafNames;
    for (const LeafSpec &leaf : std::as_const(m_options.config.leaves)) {
        leafNames << leaf.name;
    }
    m_presence = std::make_unique<PresenceService>(leafNames, &m_peers);
    builder.RegisterService(m_presence.get());
    m_grpc = builder.BuildAndStart();
    if (!m_grpc) {
        *error = u"cannot start the gRPC server"_s;
        return false;
    }
    for (const LeafSpec &leaf : std::as_const(m_options.config.leaves)) {
        m_leafAuth.push_back(
            std::make_unique<AuthService>(leaf.name, m_options.serverVersion, proxyAddressNow, makeInventory(leaf), &m_users, &m_peers, &*m_userCa));
        grpc::ServerBuilder leafBuilder;
        leafBuilder.RegisterService(m_leafAuth.back().get());
        m_leafGrpc.push_back(leafBuilder.BuildAndStart());
        if (!m_leafGrpc.back()) {
            *error = u"cannot start the gRPC server of leaf %1"_s.arg(leaf.name);
            return false;
        }
    }

    m_proxy = std::make_unique<ProxyServer>();
    m_proxy->setClientCa(m_userCa->certificatePem());
    m_proxy->addRoute("teleport-proxy-ssh-grpc", true, [this](SSL *ssl) {
        serveGrpc(ssl, m_grpc.get());
    });
    // The auth server of each cluster: teleport-auth@<hex name>.teleport.cluster.local.
    const auto authRoute = [](const QString &cluster) -> QByteArray {
        return "teleport-auth@" + cluster.toUtf8().toHex() + ".teleport.cluster.local";
    };
    m_proxy->addRoute(authRoute(m_options.config.clusterName), true, [this](SSL *ssl) {
        serveGrpc(ssl, m_grpc.get());
    });
    for (size_t i = 0; i < m_leafGrpc.size(); ++i) {
        grpc::Server *server = m_leafGrpc[i].get();
        m_proxy->addRoute(authRoute(m_options.config.leaves.at(qsizetype(i)).name), true, [this, server](SSL *ssl) {
            serveGrpc(ssl, server);
        });
    }
    if (m_databaseProxy) {
        m_proxy->addRoute("teleport-postgres-ping", true, [this](SSL *ssl) {
            m_databaseProxy->serve(ssl, true);
        });
        m_proxy->addRoute("teleport-postgres", true, [this](SSL *ssl) {
            m_databaseProxy->serve(ssl, false);
        });
    }
    m_proxy->setDefaultRoute([this](SSL *ssl) {
        m_webApi->serve(ssl);
    });
    m_proxy->addRoute("http/1.1", false, [this](SSL *ssl) {
        m_webApi->serve(ssl);
    });
    if (!m_proxy->start(m_options.listenHost, m_options.port, proxyCertificate.certificatePem, proxyCertificate.privateKeyPem, error)) {
        return false;
    }
    m_webApi = std::make_unique<WebApi>(ClusterInfo{m_options.config.clusterName, m_options.serverVersion, u"15.0.0"_s, proxyAddress()}, m_login.get());
    qCInfo(TELETERM_SANDBOX).noquote() << "cluster" << m_options.config.clusterName << "ready at" << (u"https://"_s + proxyAddress()) << "with web CA"
                                       << hostCaPath();
    return true;
}

bool Sandbox::markReady(QString *error) const
{
    QJsonArray nodes;
    for (const SshNode &node : m_nodes.nodes()) {
        nodes.append(QJsonObject{{u"name"_s, node.name}, {u"uuid"_s, node.uuid}, {u"addr"_s, u"127.0.0.1:%1"_s.arg(node.port)}});
    }
    // Every database the root lists; only PostgreSQL can be connected to.
    QJsonArray databases;
    for (const ListedResource &resource : m_auth->inventory().resources) {
        if (resource.kind == ResourceKind::Database) {
            const bool real = m_postgres && resource.name == m_options.config.postgresName;
            QJsonObject database{{u"name"_s, resource.name}, {u"protocol"_s, resource.protocol}, {u"connectable"_s, real}};
            if (real) {
                database.insert(u"database"_s, QString::fromLatin1(DemoDatabase));
                // PostgreSQL itself (TLS; a client certificate from ca/db.crt logs in), for
                // measurements against a direct connection.
                database.insert(u"postgres_address"_s, QString(m_postgres->host() + u':' + QString::number(m_postgres->port())));
            }
            databases.append(database);
        }
    }
    const QJsonObject ready{
        {u"cluster"_s, m_options.config.clusterName},
        {u"proxy"_s, proxyAddress()},
        {u"server_version"_s, m_options.serverVersion},
        {u"web_ca"_s, hostCaPath()},
        {u"pid"_s, qint64(QCoreApplication::applicationPid())},
        {u"users"_s, users()},
        {u"nodes"_s, nodes},
        {u"databases"_s, databases},
    };
    return writePrivateFile(readyFilePath(), QJsonDocument(ready).toJson(), error);
}

QJsonArray Sandbox::users() const
{
    QJsonArray users;
    for (const SandboxUser &user : m_users.users()) {
        users.append(QJsonObject{
            {u"name"_s, user.name},
            {u"password"_s, user.password},
            {u"totp_secret"_s, base32Encode(user.totpSecret)},
            {u"roles"_s, QJsonArray::fromStringList(user.roles)},
            {u"logins"_s, QJsonArray::fromStringList(user.logins)},
            {u"db_users"_s, QJsonArray::fromStringList(user.databaseUsers)},
        });
    }
    return users;
}

void Sandbox::serveGrpc(SSL *ssl, grpc::Server *server)
{
    const CertificateIdentity identity = identityOf(SSL_get0_peer_certificate(ssl));
    if (!identity.isValid()) {
        return;
    }
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
        qCWarning(TELETERM_SANDBOX) << "cannot make a socket pair for a gRPC connection";
        return;
    }
    // gRPC reads its end until it would block: it must not block.
    ::fcntl(pair[0], F_SETFL, ::fcntl(pair[0], F_GETFL) | O_NONBLOCK);
    const QString peer = PeerIdentities::peerOfFd(pair[0]);
    m_peers.add(peer, identity);
    grpc::AddInsecureChannelFromFd(server, pair[0]); // gRPC owns pair[0] from here
    pumpTls(ssl, pair[1]);
    ::close(pair[1]);
    m_peers.remove(peer);
}

void Sandbox::stop()
{
    if (m_proxy) {
        m_proxy->stop();
        m_proxy.reset();
    }
    const auto deadline = std::chrono::system_clock::now() + std::chrono::seconds(2);
    if (m_grpc) {
        m_grpc->Shutdown(deadline);
        m_grpc.reset();
    }
    for (const auto &server : m_leafGrpc) {
        server->Shutdown(deadline);
    }
    m_leafGrpc.clear();
    m_nodes.stop();
    if (m_postgres) {
        m_postgres->stop();
        m_postgres.reset();
    }
    m_databaseProxy.reset();
    if (m_lock) {
        QFile::remove(readyFilePath());
        m_lock.reset();
    }
}

} // namespace Teleterm::Sandbox
