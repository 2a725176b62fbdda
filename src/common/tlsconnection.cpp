#include "tlsconnection.h"

#include "callerlanguage.h"
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <QHostAddress>

#include <cerrno>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Teleterm
{

namespace
{

QString opensslError()
{
    char text[256] = {};
    ERR_error_string_n(ERR_get_error(), text, sizeof text);
    ERR_clear_error();
    return QString::fromLatin1(text);
}

// When waiting ends: at a deadline, or earlier when the one who waits gives up.
struct Until {
    std::chrono::steady_clock::time_point deadline;
    const std::function<bool()> &cancelled;

    [[nodiscard]] bool givenUp() const
    {
        return cancelled && cancelled();
    }
};

// Waits for `events` on `fd` until `until`; false on timeout, cancellation or error.
bool waitUntil(int fd, short events, const Until &until)
{
    constexpr std::chrono::milliseconds::rep Slice = 100; // milliseconds between looks at whether the caller gave up
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until.deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0 || until.givenUp()) {
            return false;
        }
        pollfd poller{fd, events, 0};
        const int ready = ::poll(&poller, 1, int(std::min(left, Slice)));
        if (ready > 0) {
            return true;
        }
        if (ready < 0 && errno != EINTR) {
            return false;
        }
    }
}

int connectWithin(const QString &hostPort, const Until &until, TlsFailure *failure, QString *error)
{
    const qsizetype colon = hostPort.lastIndexOf(u':');
    QString host = hostPort.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        host = host.mid(1, host.size() - 2);
    }
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (::getaddrinfo(host.toUtf8().constData(), hostPort.mid(colon + 1).toUtf8().constData(), &hints, &found) != 0 || !found) {
        *failure = TlsFailure::Unreachable;
        *error = ServiceText::tr("no host is named %1").arg(host);
        return -1;
    }
    int fd = -1;
    for (addrinfo *candidate = found; candidate && fd < 0; candidate = candidate->ai_next) {
        fd = ::socket(candidate->ai_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (fd < 0) {
            continue;
        }
        if (::connect(fd, candidate->ai_addr, candidate->ai_addrlen) != 0 && errno != EINPROGRESS) {
            ::close(fd);
            fd = -1;
            continue;
        }
        int socketError = 0;
        socklen_t size = sizeof socketError;
        if (!waitUntil(fd, POLLOUT, until)) {
            ::close(fd);
            ::freeaddrinfo(found);
            *failure = until.givenUp() ? TlsFailure::Cancelled : TlsFailure::Timeout;
            *error = until.givenUp() ? ServiceText::tr("cancelled") : ServiceText::tr("the proxy at %1 did not answer in time").arg(hostPort);
            return -1;
        }
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &socketError, &size);
        if (socketError != 0) {
            ::close(fd);
            fd = -1;
        }
    }
    ::freeaddrinfo(found);
    if (fd < 0) {
        *failure = TlsFailure::Unreachable;
        *error = ServiceText::tr("nothing accepts connections at %1").arg(hostPort);
    }
    return fd;
}

} // namespace

TlsClientContext::~TlsClientContext()
{
    SSL_CTX_free(m_context);
}

std::shared_ptr<TlsClientContext> TlsClientContext::make(const Identity &identity, QString *error)
{
    std::shared_ptr<TlsClientContext> made(new TlsClientContext);
    made->m_context = SSL_CTX_new(TLS_client_method());
    SSL_CTX *context = made->m_context;
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);

    BIO *certificateBio = BIO_new_mem_buf(identity.certificatePem.constData(), int(identity.certificatePem.size()));
    X509 *certificate = PEM_read_bio_X509(certificateBio, nullptr, nullptr, nullptr);
    BIO_free(certificateBio);
    BIO *keyBio = BIO_new_mem_buf(identity.keyPem.constData(), int(identity.keyPem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    BIO_free(keyBio);
    const bool identified = certificate && key && SSL_CTX_use_certificate(context, certificate) == 1 && SSL_CTX_use_PrivateKey(context, key) == 1;
    X509_free(certificate);
    EVP_PKEY_free(key);
    if (!identified) {
        *error = ServiceText::tr("the certificate or key cannot be read: %1").arg(opensslError());
        return nullptr;
    }
    if (identity.systemCas) {
        SSL_CTX_set_default_verify_paths(context);
    }
    X509_STORE *store = SSL_CTX_get_cert_store(context);
    for (const QByteArray &pem : identity.trustedCaPems) {
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        while (X509 *ca = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
            X509_STORE_add_cert(store, ca);
            X509_free(ca);
        }
        ERR_clear_error();
        BIO_free(bio);
    }
    SSL_CTX_set_verify(context, identity.verify ? SSL_VERIFY_PEER : SSL_VERIFY_NONE, nullptr);
    QByteArray alpn;
    for (const QByteArray &protocol : identity.alpn) {
        alpn += char(protocol.size());
        alpn += protocol;
    }
    SSL_CTX_set_alpn_protos(context, reinterpret_cast<const unsigned char *>(alpn.constData()), unsigned(alpn.size()));
    return made;
}

TlsConnection::~TlsConnection()
{
    SSL_free(m_ssl);
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

std::unique_ptr<TlsConnection> TlsConnection::open(const std::shared_ptr<TlsClientContext> &context,
                                                   const QString &hostPort,
                                                   const QString &serverName,
                                                   std::chrono::milliseconds timeout,
                                                   const std::function<bool()> &cancelled,
                                                   TlsFailure *failure,
                                                   QString *error)
{
    const Until until{std::chrono::steady_clock::now() + timeout, cancelled};
    std::unique_ptr<TlsConnection> connection(new TlsConnection);
    connection->m_context = context;
    connection->m_fd = connectWithin(hostPort, until, failure, error);
    if (connection->m_fd < 0) {
        return nullptr;
    }
    SSL *ssl = connection->m_ssl = SSL_new(context->get());
    SSL_set_fd(ssl, connection->m_fd);
    const QByteArray name = serverName.toUtf8();
    if (QHostAddress(serverName).isNull()) {
        SSL_set_tlsext_host_name(ssl, name.constData());
        SSL_set1_host(ssl, name.constData());
    } else {
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), name.constData());
    }
    for (;;) {
        const int result = SSL_connect(ssl);
        if (result == 1) {
            break;
        }
        const int reason = SSL_get_error(ssl, result);
        if ((reason == SSL_ERROR_WANT_READ || reason == SSL_ERROR_WANT_WRITE)
            && waitUntil(connection->m_fd, reason == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT, until)) {
            continue;
        }
        if (until.givenUp()) {
            *failure = TlsFailure::Cancelled;
            *error = ServiceText::tr("cancelled");
        } else if (reason == SSL_ERROR_WANT_READ || reason == SSL_ERROR_WANT_WRITE) {
            *failure = TlsFailure::Timeout;
            *error = ServiceText::tr("the proxy at %1 did not finish the TLS handshake in time").arg(hostPort);
        } else if (SSL_get_verify_result(ssl) != X509_V_OK) {
            *failure = TlsFailure::UntrustedCertificate;
            *error = ServiceText::tr("the proxy's certificate for %1 is not trusted: %2")
                         .arg(serverName, QString::fromLatin1(X509_verify_cert_error_string(SSL_get_verify_result(ssl))));
        } else {
            *failure = TlsFailure::Refused;
            *error = ServiceText::tr("the proxy at %1 refused the connection: %2").arg(hostPort, opensslError());
        }
        return nullptr;
    }
    const unsigned char *chosen = nullptr;
    unsigned chosenLength = 0;
    SSL_get0_alpn_selected(ssl, &chosen, &chosenLength);
    connection->m_protocol = QByteArray(reinterpret_cast<const char *>(chosen), int(chosenLength));
    if (connection->m_protocol.isEmpty()) {
        *failure = TlsFailure::Refused;
        *error = ServiceText::tr("the proxy at %1 serves none of the protocols offered").arg(hostPort);
        return nullptr;
    }
    return connection;
}

} // namespace Teleterm
