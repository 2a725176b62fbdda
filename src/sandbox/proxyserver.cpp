#include "proxyserver.h"

#include "sandboxlogging.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

using namespace Qt::StringLiterals;

namespace Teleterm::Sandbox
{

namespace
{

// A handshake that does not finish in this time (a client that sent half a hello and went
// quiet) is dropped.
constexpr int HandshakeTimeoutSeconds = 10;

void setReceiveTimeout(int fd, int seconds)
{
    timeval timeout{seconds, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
}

} // namespace

ProxyServer::ProxyServer() = default;

ProxyServer::~ProxyServer()
{
    stop();
    SSL_CTX_free(m_context);
}

void ProxyServer::addRoute(const QByteArray &alpn, bool mutualTls, Handler handler)
{
    m_routes.push_back({alpn, mutualTls, std::move(handler)});
}

void ProxyServer::setClientCa(const QByteArray &caPem)
{
    m_clientCa = caPem;
}

void ProxyServer::setDefaultRoute(Handler handler)
{
    m_default = std::move(handler);
}

const ProxyServer::Route *ProxyServer::routeFor(const QByteArray &protocol) const
{
    for (const Route &route : m_routes) {
        if (protocol == route.alpn) {
            return &route;
        }
    }
    return nullptr;
}

int ProxyServer::selectProtocol(SSL *ssl, const unsigned char **out, unsigned char *outLength, const unsigned char *in, unsigned int inLength, void *self)
{
    const auto *server = static_cast<const ProxyServer *>(self);
    // The client's list: length-prefixed names, in the client's order of preference.
    for (unsigned int at = 0; at < inLength;) {
        const unsigned int length = in[at];
        if (length == 0 || at + 1 + length > inLength) {
            break;
        }
        const QByteArray protocol(reinterpret_cast<const char *>(in + at + 1), qsizetype(length));
        if (const Route *route = server->routeFor(protocol)) {
            if (route->mutualTls) {
                // The certificate request follows the ALPN answer, so it can still be asked for.
                SSL_set_verify(ssl, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
            }
            *out = in + at + 1;
            *outLength = static_cast<unsigned char>(length);
            return SSL_TLSEXT_ERR_OK;
        }
        at += 1 + length;
    }
    return SSL_TLSEXT_ERR_ALERT_FATAL; // no_application_protocol
}

bool ProxyServer::start(const QString &host, quint16 port, const QByteArray &certificatePem, const QByteArray &keyPem, QString *error)
{
    m_context = SSL_CTX_new(TLS_server_method());
    SSL_CTX_set_min_proto_version(m_context, TLS1_2_VERSION);
    BIO *certificateBio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    X509 *certificate = PEM_read_bio_X509(certificateBio, nullptr, nullptr, nullptr);
    BIO_free(certificateBio);
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    BIO_free(keyBio);
    const bool loaded = certificate && key && SSL_CTX_use_certificate(m_context, certificate) == 1 && SSL_CTX_use_PrivateKey(m_context, key) == 1;
    X509_free(certificate);
    EVP_PKEY_free(key);
    if (!loaded) {
        *error = u"the proxy's certificate or key does not load"_s;
        return false;
    }
    SSL_CTX_set_alpn_select_cb(m_context, &ProxyServer::selectProtocol, this);
    if (!m_clientCa.isEmpty()) {
        BIO *caBio = BIO_new_mem_buf(m_clientCa.constData(), int(m_clientCa.size()));
        X509 *ca = PEM_read_bio_X509(caBio, nullptr, nullptr, nullptr);
        BIO_free(caBio);
        if (!ca) {
            *error = u"the client CA does not load"_s;
            return false;
        }
        X509_STORE_add_cert(SSL_CTX_get_cert_store(m_context), ca);
        STACK_OF(X509_NAME) *names = sk_X509_NAME_new_null();
        sk_X509_NAME_push(names, X509_NAME_dup(X509_get_subject_name(ca)));
        SSL_CTX_set_client_CA_list(m_context, names);
        X509_free(ca);
    }

    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int on = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    if (::inet_pton(AF_INET, host.toLatin1().constData(), &address.sin_addr) != 1) {
        *error = u"%1 is not an IPv4 address to listen on"_s.arg(host);
        return false;
    }
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(m_listenFd, 128) != 0) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(host).arg(port).arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    socklen_t length = sizeof address;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_acceptThread = std::thread(&ProxyServer::acceptLoop, this);
    return true;
}

void ProxyServer::acceptLoop()
{
    while (!m_stopping) {
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) {
            if (m_stopping) {
                break;
            }
            if (errno == EINTR || errno == ECONNABORTED || errno == EMFILE || errno == ENFILE) {
                if (errno == EMFILE || errno == ENFILE) {
                    qCWarning(TELETERM_SANDBOX) << "out of file descriptors; pausing accept";
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
                }
                continue;
            }
            break;
        }
        const std::lock_guard lock(m_mutex);
        m_connections.insert(fd);
        ++m_threads;
        std::thread(&ProxyServer::serve, this, fd).detach();
    }
}

void ProxyServer::serve(int fd)
{
    const int on = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    setReceiveTimeout(fd, HandshakeTimeoutSeconds);
    SSL *ssl = SSL_new(m_context);
    SSL_set_fd(ssl, fd);
    if (SSL_accept(ssl) == 1) {
        setReceiveTimeout(fd, 0);
        const unsigned char *selected = nullptr;
        unsigned int selectedLength = 0;
        SSL_get0_alpn_selected(ssl, &selected, &selectedLength);
        const QByteArray protocol(reinterpret_cast<const char *>(selected), qsizetype(selectedLength));
        const Route *route = protocol.isEmpty() ? nullptr : routeFor(protocol);
        const Handler &handler = route ? route->handler : m_default;
        if (handler) {
            handler(ssl);
        }
        SSL_shutdown(ssl);
    } else {
        const unsigned long code = ERR_peek_last_error();
        char text[256] = {};
        ERR_error_string_n(code, text, sizeof text);
        qCDebug(TELETERM_SANDBOX) << "TLS handshake refused or failed:" << text;
        ERR_clear_error();
    }
    SSL_free(ssl);
    const std::lock_guard lock(m_mutex);
    m_connections.erase(fd);
    ::close(fd);
    if (--m_threads == 0) {
        m_idle.notify_all();
    }
}

void ProxyServer::stop()
{
    if (m_stopping.exchange(true)) {
        return;
    }
    if (m_listenFd >= 0) {
        ::shutdown(m_listenFd, SHUT_RDWR); // wakes accept()
    }
    if (m_acceptThread.joinable()) {
        m_acceptThread.join();
    }
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
        m_listenFd = -1;
    }
    std::unique_lock lock(m_mutex);
    for (const int fd : m_connections) {
        ::shutdown(fd, SHUT_RDWR); // wakes a handler blocked in a read
    }
    m_idle.wait(lock, [this] {
        return m_threads == 0;
    });
}

} // namespace Teleterm::Sandbox
