#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

using SSL = struct ssl_st;
using SSL_CTX = struct ssl_ctx_st;

namespace Teleterm
{

// Why a TLS connection to a proxy could not be made.
enum class TlsFailure {
    None,
    Unreachable,
    Timeout,
    UntrustedCertificate,
    Refused, // the proxy would not take the route or the certificate
    Cancelled, // the one who waited gave up before the connection was up
};

// Who the client is and whom it trusts, for TLS connections to a proxy: made once, shared by
// every connection made with it (from any thread).
class TlsClientContext
{
public:
    struct Identity {
        QByteArray certificatePem; // the client's certificate and key
        QByteArray keyPem;
        QList<QByteArray> trustedCaPems; // CAs that may vouch for the proxy
        bool systemCas = false; // the system's CAs may vouch too (a web proxy's certificate)
        bool verify = true; // false only under --insecure
        QList<QByteArray> alpn; // protocols offered, in order of preference
    };
    ~TlsClientContext();
    TlsClientContext(const TlsClientContext &) = delete;
    TlsClientContext &operator=(const TlsClientContext &) = delete;

    // Null with `error` set when the certificate or key cannot be read.
    [[nodiscard]] static std::shared_ptr<TlsClientContext> make(const Identity &identity, QString *error);

    [[nodiscard]] SSL_CTX *get() const
    {
        return m_context;
    }

private:
    TlsClientContext() = default;
    SSL_CTX *m_context = nullptr;
};

// One TLS connection to a proxy: the socket, its TLS session and the protocol ALPN chose. Closed
// when destroyed.
class TlsConnection
{
public:
    ~TlsConnection();
    TlsConnection(const TlsConnection &) = delete;
    TlsConnection &operator=(const TlsConnection &) = delete;

    // Connects to `hostPort` and completes the handshake within `timeout`, unless `cancelled`
    // (polled; may be empty) says to give up. `serverName` is sent as SNI and must be in the
    // proxy's certificate (an IP address is matched as one). Null with `failure` and `error` set
    // otherwise; a proxy that chose none of the offered protocols is Refused.
    [[nodiscard]] static std::unique_ptr<TlsConnection> open(const std::shared_ptr<TlsClientContext> &context,
                                                             const QString &hostPort,
                                                             const QString &serverName,
                                                             std::chrono::milliseconds timeout,
                                                             const std::function<bool()> &cancelled,
                                                             TlsFailure *failure,
                                                             QString *error);

    [[nodiscard]] SSL *ssl() const
    {
        return m_ssl;
    }
    [[nodiscard]] int fd() const
    {
        return m_fd;
    }
    [[nodiscard]] QByteArray protocol() const
    {
        return m_protocol;
    }

private:
    TlsConnection() = default;
    std::shared_ptr<TlsClientContext> m_context;
    SSL *m_ssl = nullptr;
    int m_fd = -1;
    QByteArray m_protocol;
};

} // namespace Teleterm
