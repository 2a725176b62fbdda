#pragma once

#include "proxyaddress.h"
#include "webclient.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace Teleterm::Daemon
{

// What /webapi/ping says about a cluster (api/client/webclient: PingResponse).
struct PingInfo {
    QString clusterName;
    QString serverVersion;
    QString minClientVersion;
    QString authType; // local, oidc, saml, github
    QString secondFactor; // off, otp, webauthn, on, optional
    QString preferredLocalMfa;
    QString localConnectorName;
    bool localAuthEnabled = true;
    bool tlsRoutingEnabled = false;
    QString sshProxyAddress; // host:port, as tsh works it out
    struct Provider {
        QString type, name, displayName;
    };
    QList<Provider> providers;

    // v17 and later take split SSH and TLS keys at login; earlier ones one key for both.
    [[nodiscard]] bool takesSplitKeys() const;
};

// What a successful login returns (lib/client: SSHLoginResponse).
struct LoginCertificates {
    QString username;
    QByteArray sshCertificate; // an OpenSSH certificate line
    QByteArray tlsCertificate; // PEM
    QList<QByteArray> hostCaKeys; // authorized_keys lines of the cluster's host CA
    QList<QByteArray> hostCaCertificates; // PEM
    QString hostCaDomain; // the cluster the host CA belongs to
};

struct LoginRequest {
    QString user;
    QString password;
    QString otp;
    QByteArray sshPublicKey; // authorized_keys line
    QByteArray tlsPublicKeyPem; // v17: the TLS key apart; empty: sshPublicKey serves both (v16)
    qint64 ttlSeconds = 12 * 3600;
};

// A typed failure of a call to the proxy's web API, with Teleport's message when it gave one.
struct WebFailure {
    enum class Kind {
        None,
        Unreachable,
        Timeout,
        UntrustedCertificate,
        AccessDenied, // 401/403: wrong credentials, locked out
        BadRequest, // 400
        Garbled, // an answer that is not what Teleport sends
        Cancelled,
    } kind = Kind::None;
    QString message;
    [[nodiscard]] explicit operator bool() const
    {
        return kind != Kind::None;
    }
};

// Teleport's web API, the part the daemon calls: discovery and local login.
class TeleportWeb
{
public:
    struct Options {
        bool insecure = false;
        QList<QSslCertificate> extraCas;
        std::function<bool()> cancelled;
    };

    explicit TeleportWeb(WebClient *client);

    [[nodiscard]] PingInfo ping(const ProxyAddress &proxy, const Options &options, WebFailure *failure) const;
    // Local login with TOTP (or without a second factor when the cluster asks none).
    [[nodiscard]] LoginCertificates
    login(const ProxyAddress &proxy, const PingInfo &ping, const LoginRequest &request, const Options &options, WebFailure *failure) const;

    // How the answers are read, apart from the network: a proxy's bytes in, what they say or a
    // failure out. The fuzzers (tests/fuzz) feed them what they like.
    [[nodiscard]] static PingInfo parsePing(const QByteArray &body, const ProxyAddress &proxy, WebFailure *failure);
    [[nodiscard]] static LoginCertificates parseLogin(const QByteArray &body, const QString &user, const ProxyAddress &proxy, WebFailure *failure);
    // Teleport's message in an error body; empty when it holds none.
    [[nodiscard]] static QString errorMessage(const QByteArray &body);

private:
    [[nodiscard]] QByteArray
    call(const QByteArray &method, const ProxyAddress &proxy, const QString &path, const QByteArray &body, const Options &options, WebFailure *failure) const;

    WebClient *m_client;
};

} // namespace Teleterm::Daemon
