#pragma once

#include "authservice.h"
#include "certauthority.h"
#include "config.h"
#include "databaseproxy.h"
#include "instancelock.h"
#include "login.h"
#include "postgres.h"
#include "proxyserver.h"
#include "sshnodes.h"
#include "transportservice.h"
#include "webapi.h"

#include <QJsonArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Teleterm::Sandbox
{

struct SandboxOptions {
    QString dataDir;
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0: any free port, so that sandboxes run side by side
    QString serverVersion = QStringLiteral("16.4.6");
    SandboxConfig config = SandboxConfig::defaults();
};

// The database the sandbox's PostgreSQL serves its demo table in.
inline constexpr char DemoDatabase[] = "demo";

// The stand-in cluster: its certificate authorities, the proxy listener, and the ready file.
// DATA_DIR holds ca/ (user, host and db authorities; keys 0600), sandbox.log, sandbox.lock and,
// while the sandbox is ready, sandbox.json (see README.md of src/sandbox).
class Sandbox
{
public:
    explicit Sandbox(SandboxOptions options);
    ~Sandbox();

    // Starts everything; markReady() then writes the ready file, once the caller has said what it
    // has to say (the file's presence means the sandbox is ready).
    [[nodiscard]] bool start(QString *error);
    [[nodiscard]] bool markReady(QString *error) const;
    void stop();

    [[nodiscard]] QString proxyAddress() const;
    [[nodiscard]] QString readyFilePath() const;
    [[nodiscard]] QString hostCaPath() const;
    // The users as the ready file lists them (name, password, TOTP secret, roles, logins, db users).
    [[nodiscard]] QJsonArray users() const;

private:
    // A connection on a gRPC route: hand its decrypted stream to `server` as the certificate's user.
    void serveGrpc(SSL *ssl, grpc::Server *server);

    SandboxOptions m_options;
    std::unique_ptr<InstanceLock> m_lock;
    std::optional<CertAuthority> m_userCa;
    std::optional<CertAuthority> m_hostCa;
    std::optional<CertAuthority> m_databaseCa;
    std::optional<SshAuthority> m_userSshCa;
    std::optional<SshAuthority> m_hostSshCa;
    UserStore m_users;
    std::unique_ptr<LoginService> m_login;
    SshNodes m_nodes;
    PeerIdentities m_peers;
    std::unique_ptr<TransportService> m_transport;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<PresenceService> m_presence;
    std::unique_ptr<grpc::Server> m_grpc; // serves the gRPC routes, on connections the proxy hands it
    // Each leaf's auth server, reached through the root's proxy as Teleport's are.
    std::vector<std::unique_ptr<AuthService>> m_leafAuth;
    std::vector<std::unique_ptr<grpc::Server>> m_leafGrpc;
    std::unique_ptr<PostgresServer> m_postgres;
    std::unique_ptr<DatabaseProxy> m_databaseProxy;
    std::unique_ptr<WebApi> m_webApi;
    std::unique_ptr<ProxyServer> m_proxy;
};

} // namespace Teleterm::Sandbox
