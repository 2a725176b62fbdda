#include "gateways.h"

#include "atomicfile.h"
#include "callerlanguage.h"
#include "clusteruri.h"
#include "daemonlogging.h"
#include "keys.h"
#include "paths.h"
#include "tlsconnection.h"
#include "tlsidentity.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <list>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <optional>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
namespace v1 = teleterm::v1;

namespace Teleterm::Daemon
{

namespace
{

constexpr std::chrono::seconds ConnectTimeout(15); // to the proxy, TLS handshake included
constexpr int MaxConnections = 1000; // per gateway; a client that opens more is told why
constexpr qsizetype BufferSize = 64 * 1024; // each way, per connection
constexpr std::chrono::seconds NotificationInterval(30); // at most one notification per gateway so often
constexpr qint64 LargestStateFile = 1024 * 1024;

grpc::Status status(grpc::StatusCode code, const QString &message)
{
    return {code, message.toStdString()};
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// A port as the API takes it: empty or 0 for any free port, else 1024-65535.
std::optional<int> parsePort(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty()) {
        return 0;
    }
    bool ok = false;
    const int port = text.trimmed().toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        *error = ServiceText::tr("\"%1\" is not a port number: choose one from 1024 to 65535, or 0 for any free port").arg(text);
        return std::nullopt;
    }
    if (port > 0 && port < 1024) {
        *error = ServiceText::tr("port %1 is below 1024, where only the system may listen: choose one from 1024 to 65535, or 0 for any free port").arg(port);
        return std::nullopt;
    }
    return port;
}

// A listening socket on 127.0.0.1:`port` (0: any free port); -1 with `error` otherwise.
int listenOn(int port, int *bound, grpc::StatusCode *code, QString *error)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *code = grpc::StatusCode::RESOURCE_EXHAUSTED;
        *error = ServiceText::tr("cannot make a socket: %1").arg(errnoText(errno));
        return -1;
    }
    // A port a gateway of ours left moments ago (its connections in TIME_WAIT) can be taken again.
    const int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(uint16_t(port));
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(fd, 128) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        const int err = errno;
        ::close(fd);
        if (err == EADDRINUSE) {
            *code = grpc::StatusCode::ALREADY_EXISTS;
            *error = ServiceText::tr("port %1 on 127.0.0.1 is in use by another program: choose another, or 0 for any free port").arg(port);
        } else {
            *code = grpc::StatusCode::FAILED_PRECONDITION;
            *error = ServiceText::tr("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(errnoText(err));
        }
        return -1;
    }
    *bound = ntohs(address.sin_port);
    return fd;
}

// The client command line a person would run against the gateway.
QString commandLine(const QString &protocol, const QString &user, int port, const QString &database)
{
    const auto encoded = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    if (protocol == "postgres"_L1 || protocol == "cockroachdb"_L1) {
        QString url = u"postgres://%1@localhost:%2"_s.arg(encoded(user)).arg(port);
        if (!database.isEmpty()) {
            url += u'/' + encoded(database);
        }
        return u"psql \"%1\""_s.arg(url);
    }
    if (protocol == "mysql"_L1) {
        QString line = u"mysql --user %1 --host 127.0.0.1 --port %2 --protocol TCP"_s.arg(user).arg(port); // not a sentence: a command
        return database.isEmpty() ? line : line + u' ' + database;
    }
    return u"127.0.0.1:%1"_s.arg(port);
}

// Carries one connection both ways between the local client (`local`) and the TLS session to the
// proxy until both directions have ended or either fails. Each way has a bounded buffer: while
// it is full, its source is not read. An end of input on one side is passed on (close_notify to
// the proxy, shutdown(SHUT_WR) to the client) and the other way goes on. With `framed`
// (Teleport's -ping protocols) the proxy's side is length-prefixed frames; keep-alives vanish.
void carry(SSL *ssl, int tlsFd, int local, bool framed)
{
    ::fcntl(tlsFd, F_SETFL, ::fcntl(tlsFd, F_GETFL) | O_NONBLOCK);
    ::fcntl(local, F_SETFL, ::fcntl(local, F_GETFL) | O_NONBLOCK);
    SSL_set_mode(ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    QByteArray up; // to the proxy
    QByteArray down; // to the client
    up.reserve(BufferSize);
    down.reserve(BufferSize);
    bool localEnded = false, proxyEnded = false, upClosed = false, downClosed = false;
    bool writeWantsRead = false, readWantsWrite = false;
    quint32 frameLeft = 0; // payload bytes of the current frame still to come
    QByteArray header; // a frame header read in part
    char chunk[16 * 1024];
    for (;;) {
        bool failed = false;
        bool moved = true;
        while (moved && !failed) {
            moved = false;
            // Client -> up.
            const qsizetype upRoom = BufferSize - up.size() - (framed ? 4 : 0);
            if (!localEnded && upRoom > 0) {
                const ssize_t n = ::recv(local, chunk, std::size_t(std::min<qsizetype>(sizeof chunk, upRoom)), 0);
                if (n > 0) {
                    if (framed) {
                        const quint32 length = quint32(n);
                        const char prefix[4] = {char(length >> 24), char(length >> 16), char(length >> 8), char(length)};
                        up.append(prefix, 4);
                    }
                    up.append(chunk, n);
                    moved = true;
                } else if (n == 0) {
                    localEnded = true;
                    moved = true;
                } else if (errno != EAGAIN && errno != EINTR) {
                    failed = true;
                }
            }
            // Up -> proxy.
            if (!up.isEmpty()) {
                writeWantsRead = false;
                const int n = SSL_write(ssl, up.constData(), int(up.size()));
                if (n > 0) {
                    up.remove(0, n);
                    moved = true;
                } else {
                    const int reason = SSL_get_error(ssl, n);
                    if (reason == SSL_ERROR_WANT_READ) {
                        writeWantsRead = true;
                    } else if (reason != SSL_ERROR_WANT_WRITE) {
                        failed = true;
                    }
                }
            }
            if (localEnded && up.isEmpty() && !upClosed) {
                SSL_shutdown(ssl); // close_notify: the client has said all it will
                upClosed = true;
            }
            // Proxy -> down.
            if (!proxyEnded && down.size() < BufferSize) {
                readWantsWrite = false;
                const int n = SSL_read(ssl, chunk, int(std::min<qsizetype>(sizeof chunk, BufferSize - down.size())));
                if (n > 0) {
                    if (!framed) {
                        down.append(chunk, n);
                    } else {
                        for (int at = 0; at < n;) {
                            if (frameLeft == 0) {
                                const int take = std::min(4 - int(header.size()), n - at);
                                header.append(chunk + at, take);
                                at += take;
                                if (header.size() == 4) {
                                    const auto *bytes = reinterpret_cast<const unsigned char *>(header.constData());
                                    frameLeft = (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) | quint32(bytes[3]);
                                    header.clear();
                                }
                                continue;
                            }
                            const int take = int(std::min<quint32>(frameLeft, quint32(n - at)));
                            down.append(chunk + at, take);
                            frameLeft -= quint32(take);
                            at += take;
                        }
                    }
                    moved = true;
                } else {
                    const int reason = SSL_get_error(ssl, n);
                    if (reason == SSL_ERROR_ZERO_RETURN || (reason == SSL_ERROR_SYSCALL && n == 0) || (reason == SSL_ERROR_SSL && upClosed)) {
                        proxyEnded = true; // close_notify, or the proxy just closed
                        moved = true;
                    } else if (reason == SSL_ERROR_WANT_WRITE) {
                        readWantsWrite = true;
                    } else if (reason != SSL_ERROR_WANT_READ) {
                        failed = true;
                    }
                }
            }
            // Down -> client.
            if (!down.isEmpty()) {
                const ssize_t n = ::send(local, down.constData(), std::size_t(down.size()), MSG_NOSIGNAL);
                if (n > 0) {
                    down.remove(0, qsizetype(n));
                    moved = true;
                } else if (n < 0 && errno != EAGAIN && errno != EINTR) {
                    failed = true;
                }
            }
            if (proxyEnded && down.isEmpty() && !downClosed) {
                ::shutdown(local, SHUT_WR); // the database has said all it will
                downClosed = true;
            }
        }
        if (failed || (upClosed && downClosed)) {
            break;
        }
        pollfd fds[2] = {{local, 0, 0}, {tlsFd, 0, 0}};
        if (!localEnded && up.size() + 4 < BufferSize) {
            fds[0].events |= POLLIN;
        }
        if (!down.isEmpty()) {
            fds[0].events |= POLLOUT;
        }
        if ((!proxyEnded && down.size() < BufferSize) || writeWantsRead) {
            fds[1].events |= POLLIN;
        }
        if ((!up.isEmpty() && !writeWantsRead) || readWantsWrite) {
            fds[1].events |= POLLOUT;
        }
        if (::poll(fds, 2, -1) < 0 && errno != EINTR) {
            break;
        }
        // A client that went away entirely (not just half-closed) ends it: nobody reads.
        if ((fds[0].revents & (POLLERR | POLLNVAL)) || (fds[1].revents & (POLLERR | POLLNVAL))) {
            break;
        }
    }
}

} // namespace

// One gateway: its listener, its connections and its database certificate.
class Gateways::Gateway
{
public:
    struct Spec {
        QString id;
        QString targetUri;
        QString targetName;
        QString clusterUri;
        QString user;
        QString protocol;
        QString databaseName;
        int port = 0;
    };

    Gateway(Gateways &owner, Spec spec, KeyPair key)
        : m_owner(owner)
        , m_spec(std::move(spec))
        , m_key(std::move(key))
    {
        m_wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    }

    ~Gateway()
    {
        stop();
        if (m_listen >= 0) {
            ::close(m_listen);
        }
        for (const int fd : m_retired) {
            ::close(fd);
        }
        ::close(m_wake);
    }

    [[nodiscard]] QString uri() const
    {
        return "/gateways/"_L1 + m_spec.id;
    }

    [[nodiscard]] Spec spec()
    {
        const std::lock_guard lock(m_mutex);
        return m_spec;
    }

    // Listens on `port` (0: any free one); the listener it replaces, if any, is closed by the
    // accepting thread once the new one is up. Open connections are not touched.
    grpc::Status listen(int port)
    {
        int bound = 0;
        grpc::StatusCode code = grpc::StatusCode::OK;
        QString error;
        const int fd = listenOn(port, &bound, &code, &error);
        if (fd < 0) {
            return status(code, error);
        }
        {
            const std::lock_guard lock(m_mutex);
            if (m_listen >= 0) {
                m_retired.push_back(m_listen);
            }
            m_listen = fd;
            m_spec.port = bound;
            m_notListening.clear();
        }
        wake();
        qCInfo(TELETERM_DAEMON).noquote() << "gateway" << uri() << "to" << m_spec.targetName << "as" << m_spec.user << u"listens on 127.0.0.1:%1"_s.arg(bound);
        return grpc::Status::OK;
    }

    void setNotListening(const QString &error)
    {
        const std::lock_guard lock(m_mutex);
        m_notListening = error;
    }

    void setDatabaseName(const QString &name)
    {
        const std::lock_guard lock(m_mutex);
        m_spec.databaseName = name;
    }

    void start()
    {
        m_acceptor = std::thread([this] {
            acceptLoop();
        });
    }

    // Stops listening and ends every connection; returns when all its threads have.
    void stop()
    {
        if (m_stopping.exchange(true)) {
            return;
        }
        wake();
        if (m_acceptor.joinable()) {
            m_acceptor.join();
        }
        std::list<std::unique_ptr<Connection>> connections;
        {
            const std::lock_guard lock(m_mutex);
            // The port is free the moment the gateway is gone, whoever still holds the object.
            for (const int fd : m_retired) {
                ::close(fd);
            }
            m_retired.clear();
            if (m_listen >= 0) {
                ::close(m_listen);
                m_listen = -1;
            }
            connections.swap(m_connections);
            for (const auto &connection : connections) {
                connection->interrupt();
            }
        }
        for (const auto &connection : connections) {
            connection->thread.join();
        }
        if (m_renewer.joinable()) {
            m_renewer.join();
        }
    }

    // A certificate obtained now; the gateway's creation fails without one.
    grpc::Status obtainCertificate(const Caller &caller)
    {
        const std::lock_guard lock(m_certificateMutex);
        return issue(caller);
    }

    void describe(v1::Gateway *gateway)
    {
        const std::lock_guard lock(m_mutex);
        gateway->set_uri(uri().toStdString());
        gateway->set_target_name(m_spec.targetName.toStdString());
        gateway->set_target_uri(m_spec.targetUri.toStdString());
        gateway->set_target_user(m_spec.user.toStdString());
        gateway->set_local_address("127.0.0.1");
        gateway->set_local_port(QString::number(m_spec.port).toStdString());
        gateway->set_protocol(m_spec.protocol.toStdString());
        gateway->set_cli_command(commandLine(m_spec.protocol, m_spec.user, m_spec.port, m_spec.databaseName).toStdString());
        gateway->set_target_subresource_name(m_spec.databaseName.toStdString());
        gateway->set_state(m_listen < 0 ? v1::Gateway::NOT_LISTENING : m_waitingForLogin > 0 ? v1::Gateway::WAITING_FOR_LOGIN : v1::Gateway::LISTENING);
        gateway->set_open_connections(int(m_open));
        gateway->set_total_connections(m_total);
        const QString error = m_listen < 0 ? m_notListening : m_lastError;
        gateway->set_last_error(error.toStdString());
        if (!error.isEmpty() && m_lastErrorTime.isValid()) {
            gateway->mutable_last_error_time()->set_seconds(m_lastErrorTime.toSecsSinceEpoch());
        }
        if (m_notAfter.isValid()) {
            gateway->mutable_certificate_valid_until()->set_seconds(m_notAfter.toSecsSinceEpoch());
        }
    }

private:
    struct Connection {
        // Guarded by the gateway's m_mutex, so that no one shuts down a descriptor closed and
        // reused meanwhile.
        int local = -1;
        int remote = -1;
        bool finished = false;
        std::thread thread;

        // Wakes the thread carrying it so that it ends; with m_mutex held.
        void interrupt() const
        {
            for (const int fd : {local, remote}) {
                if (fd >= 0) {
                    ::shutdown(fd, SHUT_RDWR);
                }
            }
        }
    };

    void wake() const
    {
        const uint64_t one = 1;
        (void)!::write(m_wake, &one, sizeof one);
    }

    // How long before its expiry a certificate is renewed: a third of its life, from 1 s to 5 min.
    [[nodiscard]] std::chrono::seconds renewalMargin() const
    {
        const qint64 life = m_issued.secsTo(m_notAfter);
        return std::chrono::seconds(std::clamp<qint64>(life / 3, 1, 300));
    }
    [[nodiscard]] bool certificateFresh() const
    {
        return m_context && QDateTime::currentDateTimeUtc().addSecs(renewalMargin().count()) < m_notAfter;
    }

    // With m_certificateMutex held.
    grpc::Status issue(const Caller &caller)
    {
        const Spec spec = this->spec();
        QByteArray certificate;
        grpc::Status answer =
            m_owner.m_clusters
                .issueDatabaseCertificate(spec.targetUri, spec.protocol, spec.user, m_key, m_owner.m_options.certificateTtl, &certificate, caller);
        if (!answer.ok()) {
            return answer;
        }
        Clusters::ProxyRoute route;
        answer = m_owner.m_clusters.proxyRoute(spec.clusterUri, &route);
        if (!answer.ok()) {
            return answer;
        }
        route.identity.certificatePem = certificate;
        route.identity.keyPem = m_key.privateKeyPem;
        // The -ping variant first, as tsh offers them: it keeps idle connections alive.
        const QByteArray alpn = "teleport-" + spec.protocol.toUtf8();
        route.identity.alpn = {alpn + "-ping", alpn};
        QString error;
        std::shared_ptr<TlsClientContext> context = TlsClientContext::make(route.identity, &error);
        if (!context) {
            return status(grpc::StatusCode::INTERNAL, ServiceText::tr("the database certificate cannot be used: %1").arg(error));
        }
        const QDateTime notAfter = tlsIdentityOfPem(certificate).notAfter;
        qCInfo(TELETERM_DAEMON).noquote() << "gateway" << uri() << "has a database certificate until" << notAfter.toString(Qt::ISODate);
        {
            const std::lock_guard lock(m_mutex);
            m_context = std::move(context);
            m_issued = QDateTime::currentDateTimeUtc();
            m_notAfter = notAfter;
            m_proxy = route.hostPort;
            m_proxyHost = route.host;
        }
        m_owner.changed(uri());
        return grpc::Status::OK;
    }

    // The credentials for a new connection: the certificate in hand while it is fresh, else a
    // new one, after the user has logged in again if that is what it takes. Null with `error`.
    std::shared_ptr<TlsClientContext> credentials(QString *error)
    {
        const std::lock_guard certificateLock(m_certificateMutex); // one renewal; the others wait for it
        if (certificateFresh()) {
            return m_context;
        }
        grpc::Status answer = issue(Caller());
        if (answer.error_code() == grpc::StatusCode::UNAUTHENTICATED) {
            const Spec spec = this->spec();
            {
                const std::lock_guard lock(m_mutex);
                ++m_waitingForLogin;
            }
            m_owner.changed(uri());
            const QString reason = ServiceText::tr("A connection to %1 through 127.0.0.1:%2 waits for you to log in again: %3")
                                       .arg(spec.targetName)
                                       .arg(spec.port)
                                       .arg(QString::fromStdString(answer.error_message()));
            const bool loggedIn = m_owner.awaitRelogin(spec.clusterUri, uri(), reason, m_stopping);
            {
                const std::lock_guard lock(m_mutex);
                --m_waitingForLogin;
            }
            m_owner.changed(uri());
            if (!loggedIn) {
                *error = m_stopping
                    ? ServiceText::tr("the gateway was closed")
                    : ServiceText::tr("you did not log in to the cluster again in time: %1").arg(QString::fromStdString(answer.error_message()));
                return nullptr;
            }
            answer = issue(Caller());
        }
        if (!answer.ok()) {
            // The certificate in hand may still be good for a while (a cluster that does not answer now).
            if (m_context && QDateTime::currentDateTimeUtc() < m_notAfter) {
                qCInfo(TELETERM_DAEMON).noquote() << "gateway" << uri() << "keeps its certificate for now:" << QString::fromStdString(answer.error_message());
                return m_context;
            }
            *error = ServiceText::tr("no database certificate: %1").arg(QString::fromStdString(answer.error_message()));
            return nullptr;
        }
        return m_context;
    }

    // Renews a certificate near its expiry while connections are open, without asking anyone.
    void renewInBackground()
    {
        if (m_renewing.exchange(true)) {
            return;
        }
        if (m_renewer.joinable()) {
            m_renewer.join();
        }
        m_renewer = std::thread([this] {
            {
                const std::lock_guard certificateLock(m_certificateMutex);
                if (!certificateFresh() && !m_stopping && m_owner.m_clusters.loggedIn(spec().clusterUri)) {
                    const grpc::Status answer = issue(Caller());
                    if (!answer.ok()) {
                        qCInfo(TELETERM_DAEMON).noquote()
                            << "gateway" << uri() << "could not renew its certificate:" << QString::fromStdString(answer.error_message()); // log only
                    }
                }
            }
            m_renewing = false;
        });
    }

    void failed(const QString &error)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_lastError = error;
            m_lastErrorTime = QDateTime::currentDateTimeUtc();
        }
        qCWarning(TELETERM_DAEMON).noquote() << "gateway" << uri() << "connection failed:" << error;
        const auto now = std::chrono::steady_clock::now();
        if (now - m_lastNotified.load() >= NotificationInterval) {
            m_lastNotified = now;
            const Spec spec = this->spec();
            m_owner.notify(spec.clusterUri,
                           uri(),
                           ServiceText::tr("Cannot connect to %1 through 127.0.0.1:%2: %3").arg(spec.targetName).arg(spec.port).arg(error));
        }
    }

    void acceptLoop()
    {
        for (;;) {
            int listening = -1;
            {
                const std::lock_guard lock(m_mutex);
                for (const int fd : m_retired) {
                    ::close(fd);
                }
                m_retired.clear();
                for (auto it = m_connections.begin(); it != m_connections.end();) {
                    if ((*it)->finished) {
                        (*it)->thread.join();
                        it = m_connections.erase(it);
                    } else {
                        ++it;
                    }
                }
                listening = m_listen;
            }
            if (m_stopping) {
                return;
            }
            pollfd fds[2] = {{m_wake, POLLIN, 0}, {listening, POLLIN, 0}};
            const int ready = ::poll(fds, listening >= 0 ? 2 : 1, 1000);
            if (fds[0].revents & POLLIN) {
                uint64_t count = 0;
                (void)!::read(m_wake, &count, sizeof count);
                continue;
            }
            if (ready <= 0) {
                bool renew = false;
                {
                    const std::lock_guard lock(m_mutex);
                    renew = m_open > 0 && m_context && !certificateFreshUnlocked();
                }
                if (renew) {
                    renewInBackground();
                }
                continue;
            }
            const int local = ::accept4(listening, nullptr, nullptr, SOCK_CLOEXEC);
            if (local < 0) {
                continue;
            }
            const int yes = 1;
            ::setsockopt(local, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
            const std::lock_guard lock(m_mutex);
            if (m_open >= MaxConnections) {
                ::close(local);
                m_lastError = ServiceText::tr("more than %1 connections at once: a new one was closed").arg(MaxConnections);
                m_lastErrorTime = QDateTime::currentDateTimeUtc();
                continue;
            }
            ++m_open;
            ++m_total;
            auto connection = std::make_unique<Connection>();
            connection->local = local;
            Connection *raw = connection.get();
            connection->thread = std::thread([this, raw] {
                carryConnection(raw);
            });
            m_connections.push_back(std::move(connection));
        }
    }

    // certificateFresh() for the accepting thread, which does not take m_certificateMutex (a
    // renewal may hold it for a while); m_mutex held.
    [[nodiscard]] bool certificateFreshUnlocked() const
    {
        const qint64 life = m_issued.secsTo(m_notAfter);
        return QDateTime::currentDateTimeUtc().addSecs(std::clamp<qint64>(life / 3, 1, 300)) < m_notAfter;
    }

    void carryConnection(Connection *connection)
    {
        m_owner.changed(uri());
        QString error;
        const std::shared_ptr<TlsClientContext> context = credentials(&error);
        if (context && !m_stopping) {
            QString proxy, host;
            {
                const std::lock_guard lock(m_mutex);
                proxy = m_proxy;
                host = m_proxyHost;
            }
            TlsFailure failure = TlsFailure::None;
            const std::unique_ptr<TlsConnection> tls = TlsConnection::open(
                context,
                proxy,
                host,
                ConnectTimeout,
                [this] {
                    return bool(m_stopping);
                },
                &failure,
                &error);
            if (tls) {
                {
                    const std::lock_guard lock(m_mutex);
                    connection->remote = tls->fd();
                    m_lastError.clear();
                }
                if (!m_stopping) {
                    carry(tls->ssl(), tls->fd(), connection->local, tls->protocol().endsWith("-ping"));
                }
                const std::lock_guard lock(m_mutex);
                connection->remote = -1;
            } else if (!m_stopping) {
                failed(ServiceText::tr("cannot reach the database through the proxy at %1: %2").arg(proxy, error));
            }
        } else if (!m_stopping) {
            failed(error);
        }
        {
            const std::lock_guard lock(m_mutex);
            ::close(connection->local);
            connection->local = -1;
            --m_open;
            connection->finished = true;
        }
        m_owner.changed(uri());
    }

    Gateways &m_owner;
    std::mutex m_mutex; // guards the fields below it that the accepting and carrying threads share
    Spec m_spec;
    int m_listen = -1;
    std::vector<int> m_retired; // listeners replaced by a port change, closed by the accepting thread
    QString m_notListening;
    std::list<std::unique_ptr<Connection>> m_connections;
    int m_open = 0;
    qint64 m_total = 0;
    int m_waitingForLogin = 0;
    QString m_lastError;
    QDateTime m_lastErrorTime;
    std::shared_ptr<TlsClientContext> m_context; // the certificate and key; replaced on renewal
    QDateTime m_issued;
    QDateTime m_notAfter;
    QString m_proxy;
    QString m_proxyHost;

    std::mutex m_certificateMutex; // held while a certificate is obtained
    const KeyPair m_key;
    int m_wake = -1;
    std::atomic_bool m_stopping = false;
    std::atomic_bool m_renewing = false;
    std::atomic<std::chrono::steady_clock::time_point> m_lastNotified{};
    std::thread m_acceptor;
    std::thread m_renewer;
};

Gateways::Gateways(Clusters &clusters, Options options)
    : m_clusters(clusters)
    , m_options(std::move(options))
{
}

Gateways::~Gateways()
{
    std::map<QString, std::shared_ptr<Gateway>> gateways;
    {
        const std::lock_guard lock(m_mutex);
        gateways.swap(m_gateways);
    }
    for (const auto &[uri, gateway] : gateways) {
        gateway->stop();
    }
}

std::shared_ptr<Gateways::Gateway> Gateways::find(const QString &uri)
{
    const std::lock_guard lock(m_mutex);
    const auto found = m_gateways.find(uri);
    return found == m_gateways.end() ? nullptr : found->second;
}

grpc::Status Gateways::create(const v1::CreateGatewayRequest &request, v1::Gateway *gateway, const Caller &caller)
{
    const QString targetUri = QString::fromStdString(request.target_uri());
    const QString user = QString::fromStdString(request.target_user()).trimmed();
    const ClusterUri target = ClusterUri::parse(targetUri);
    if (!target.isValid() || target.resourceKind != "dbs"_L1 || target.resourceName.isEmpty()) {
        return status(grpc::StatusCode::INVALID_ARGUMENT,
                      ServiceText::tr("\"%1\" is not a database URI (/clusters/PROXY_HOST[/leaves/LEAF]/dbs/NAME)").arg(targetUri));
    }
    if (user.isEmpty()) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, ServiceText::tr("a gateway needs a database user"));
    }
    QString error;
    const std::optional<int> port = parsePort(QString::fromStdString(request.local_port()), &error);
    if (!port) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, error);
    }
    const auto existing = [&]() -> std::shared_ptr<Gateway> {
        const std::lock_guard lock(m_mutex);
        for (const auto &[uri, candidate] : m_gateways) {
            const Gateway::Spec spec = candidate->spec();
            if (spec.targetUri == targetUri && spec.user == user) {
                return candidate;
            }
        }
        return nullptr;
    };
    if (const std::shared_ptr<Gateway> same = existing()) {
        return status(grpc::StatusCode::ALREADY_EXISTS,
                      ServiceText::tr("a gateway to %1 as %2 exists already, at 127.0.0.1:%3").arg(target.resourceName, user).arg(same->spec().port));
    }

    Clusters::DatabaseTarget database;
    if (grpc::Status found = m_clusters.databaseTarget(targetUri, &database, caller); !found.ok()) {
        return found;
    }
    if (!database.allowedUsers.contains(user) && !database.allowedUsers.contains(u"*"_s)) {
        return status(grpc::StatusCode::PERMISSION_DENIED,
                      database.allowedUsers.isEmpty() ? ServiceText::tr("your roles allow no database user on %1").arg(database.name)
                                                      : ServiceText::tr("your roles do not allow the database user \"%1\" on %2; they allow %3")
                                                            .arg(user, database.name, CallerLanguage::listOf(database.allowedUsers)));
    }
    const KeyPair key = generateKeyPair(&error);
    if (!key.isValid()) {
        return status(grpc::StatusCode::INTERNAL, error);
    }
    Gateway::Spec spec{
        .id = QUuid::createUuid().toString(QUuid::WithoutBraces),
        .targetUri = targetUri,
        .targetName = database.name,
        .clusterUri = database.clusterUri,
        .user = user,
        .protocol = database.protocol,
        .databaseName = QString::fromStdString(request.target_subresource_name()).trimmed(),
        .port = *port,
    };
    auto made = std::make_shared<Gateway>(*this, spec, key);
    if (grpc::Status issued = made->obtainCertificate(caller); !issued.ok()) {
        return issued;
    }
    if (grpc::Status listening = made->listen(*port); !listening.ok()) {
        return listening;
    }
    {
        const std::lock_guard lock(m_mutex);
        for (const auto &[uri, candidate] : m_gateways) {
            const Gateway::Spec other = candidate->spec();
            if (other.targetUri == targetUri && other.user == user) {
                return status(grpc::StatusCode::ALREADY_EXISTS,
                              ServiceText::tr("a gateway to %1 as %2 was made at the same moment").arg(target.resourceName, user));
            }
        }
        m_gateways.emplace(made->uri(), made);
    }
    made->start();
    made->describe(gateway);
    save();
    changed(made->uri());
    return grpc::Status::OK;
}

void Gateways::list(v1::ListGatewaysResponse *response)
{
    std::vector<std::shared_ptr<Gateway>> gateways;
    {
        const std::lock_guard lock(m_mutex);
        for (const auto &[uri, gateway] : m_gateways) {
            gateways.push_back(gateway);
        }
    }
    for (const auto &gateway : gateways) {
        gateway->describe(response->add_gateways());
    }
}

grpc::Status Gateways::remove(const QString &uri)
{
    std::shared_ptr<Gateway> gateway;
    {
        const std::lock_guard lock(m_mutex);
        const auto found = m_gateways.find(uri);
        if (found == m_gateways.end()) {
            return status(grpc::StatusCode::NOT_FOUND, ServiceText::tr("no gateway %1").arg(uri));
        }
        gateway = found->second;
        m_gateways.erase(found);
    }
    gateway->stop();
    qCInfo(TELETERM_DAEMON).noquote() << "gateway" << uri << "removed";
    save();
    changed(uri);
    return grpc::Status::OK;
}

void Gateways::removeOfCluster(const QString &rootUri)
{
    QStringList doomed;
    {
        const std::lock_guard lock(m_mutex);
        for (const auto &[uri, gateway] : m_gateways) {
            if (gateway->spec().targetUri.startsWith(rootUri + u'/')) {
                doomed << uri;
            }
        }
    }
    for (const QString &uri : std::as_const(doomed)) {
        qCInfo(TELETERM_DAEMON).noquote() << "gateway" << uri << "goes with its cluster" << rootUri;
        (void)remove(uri);
    }
}

grpc::Status Gateways::setLocalPort(const QString &uri, const QString &portText, v1::Gateway *described)
{
    const std::shared_ptr<Gateway> gateway = find(uri);
    if (!gateway) {
        return status(grpc::StatusCode::NOT_FOUND, ServiceText::tr("no gateway %1").arg(uri));
    }
    QString error;
    const std::optional<int> port = parsePort(portText, &error);
    if (!port) {
        return status(grpc::StatusCode::INVALID_ARGUMENT, error);
    }
    if (*port != gateway->spec().port || *port == 0) {
        if (grpc::Status listening = gateway->listen(*port); !listening.ok()) {
            return listening;
        }
        save();
        changed(uri);
    }
    gateway->describe(described);
    return grpc::Status::OK;
}

grpc::Status Gateways::setDatabaseName(const QString &uri, const QString &name, v1::Gateway *described)
{
    const std::shared_ptr<Gateway> gateway = find(uri);
    if (!gateway) {
        return status(grpc::StatusCode::NOT_FOUND, ServiceText::tr("no gateway %1").arg(uri));
    }
    gateway->setDatabaseName(name.trimmed());
    save();
    changed(uri);
    gateway->describe(described);
    return grpc::Status::OK;
}

void Gateways::save()
{
    if (m_options.stateFile.isEmpty()) {
        return;
    }
    const std::lock_guard saving(m_saveMutex);
    QJsonArray gateways;
    {
        const std::lock_guard lock(m_mutex);
        for (const auto &[uri, gateway] : m_gateways) {
            const Gateway::Spec spec = gateway->spec();
            gateways.append(QJsonObject{
                {u"id"_s, spec.id},
                {u"target_uri"_s, spec.targetUri},
                {u"target_name"_s, spec.targetName},
                {u"cluster_uri"_s, spec.clusterUri},
                {u"target_user"_s, spec.user},
                {u"protocol"_s, spec.protocol},
                {u"target_subresource_name"_s, spec.databaseName},
                {u"local_port"_s, spec.port},
            });
        }
    }
    const QJsonObject file{{u"version"_s, 1}, {u"gateways"_s, gateways}};
    const Paths::PrivateDir dir = Paths::ensurePrivateDirectory(QFileInfo(m_options.stateFile).absolutePath());
    QString error = dir.error;
    if (dir.ok() && writeAtomically(m_options.stateFile, QJsonDocument(file).toJson(QJsonDocument::Indented), &error)) {
        return;
    }
    qCWarning(TELETERM_DAEMON).noquote() << "the gateways could not be remembered:" << error;
}

void Gateways::restore()
{
    QFile file(m_options.stateFile);
    if (m_options.stateFile.isEmpty() || !file.exists()) {
        return;
    }
    QJsonParseError parsed{};
    const QJsonDocument document =
        file.open(QIODevice::ReadOnly) && file.size() <= LargestStateFile ? QJsonDocument::fromJson(file.readAll(), &parsed) : QJsonDocument();
    if (!document.isObject() || document.object().value(u"version"_s).toInt() != 1) {
        const QString aside = m_options.stateFile + ".damaged"_L1;
        QFile::remove(aside);
        QFile::rename(m_options.stateFile, aside);
        qCWarning(TELETERM_DAEMON).noquote() << "the gateways file" << m_options.stateFile << "cannot be read (" << parsed.errorString() << "); it was kept as"
                                             << aside;
        return;
    }
    for (const QJsonValue &value : document.object().value(u"gateways"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        Gateway::Spec spec{
            .id = entry.value(u"id"_s).toString(),
            .targetUri = entry.value(u"target_uri"_s).toString(),
            .targetName = entry.value(u"target_name"_s).toString(),
            .clusterUri = entry.value(u"cluster_uri"_s).toString(),
            .user = entry.value(u"target_user"_s).toString(),
            .protocol = entry.value(u"protocol"_s).toString(),
            .databaseName = entry.value(u"target_subresource_name"_s).toString(),
            .port = entry.value(u"local_port"_s).toInt(),
        };
        QString error;
        const KeyPair key = generateKeyPair(&error);
        if (spec.id.isEmpty() || spec.targetUri.isEmpty() || spec.user.isEmpty() || spec.protocol.isEmpty() || !key.isValid()) {
            qCWarning(TELETERM_DAEMON).noquote() << "a remembered gateway is incomplete and was dropped:"
                                                 << QJsonDocument(entry).toJson(QJsonDocument::Compact);
            continue;
        }
        auto gateway = std::make_shared<Gateway>(*this, spec, key);
        // The same port when it is free; another when it is not (said in the gateway's error).
        if (grpc::Status listening = gateway->listen(spec.port); !listening.ok()) {
            const QString reason = QString::fromStdString(listening.error_message());
            if (gateway->listen(0).ok()) {
                qCWarning(TELETERM_DAEMON).noquote() << "gateway" << gateway->uri() << "could not listen on its port again:" << reason;
            } else {
                gateway->setNotListening(reason);
            }
        }
        // The certificate comes with the first connection: the user may not be logged in now.
        gateway->start();
        const std::lock_guard lock(m_mutex);
        m_gateways.emplace(gateway->uri(), gateway);
    }
    qCInfo(TELETERM_DAEMON).noquote() << "gateways listening again:" << m_gateways.size();
    save();
}

void Gateways::changed(const QString &gatewayUri)
{
    v1::ClusterEvent event;
    event.set_kind(v1::ClusterEvent::GATEWAY_CHANGED);
    event.set_gateway_uri(gatewayUri.toStdString());
    m_clusters.events().publish(event);
}

void Gateways::notify(const QString &clusterUri, const QString &gatewayUri, const QString &message)
{
    v1::ClusterEvent event;
    event.set_kind(v1::ClusterEvent::NOTIFICATION);
    event.set_cluster_uri(clusterUri.toStdString());
    event.set_gateway_uri(gatewayUri.toStdString());
    event.set_message(message.toStdString());
    m_clusters.events().publish(event);
}

bool Gateways::awaitRelogin(const QString &clusterUri, const QString &gatewayUri, const QString &reason, const std::atomic_bool &stopping)
{
    const QString root = ClusterUri::forRoot(ClusterUri::parse(clusterUri).profile);
    bool asking = false;
    {
        const std::lock_guard lock(m_reloginMutex);
        if (!m_reloginAsked.contains(root)) {
            m_reloginAsked.insert(root);
            asking = true;
        }
    }
    if (asking) {
        qCInfo(TELETERM_DAEMON).noquote() << "asking the window to log in to" << root << "again for gateway" << gatewayUri;
        v1::ClusterEvent event;
        event.set_kind(v1::ClusterEvent::RELOGIN_REQUIRED);
        event.set_cluster_uri(root.toStdString());
        event.set_gateway_uri(gatewayUri.toStdString());
        event.set_message(reason.toStdString());
        m_clusters.events().publish(event);
    }
    const auto deadline = std::chrono::steady_clock::now() + m_options.reloginWait;
    bool loggedIn = false;
    while (!stopping && std::chrono::steady_clock::now() < deadline) {
        if (m_clusters.loggedIn(root)) {
            loggedIn = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
    if (asking) {
        {
            const std::lock_guard lock(m_reloginMutex);
            m_reloginAsked.remove(root);
        }
        v1::ClusterEvent event;
        event.set_kind(v1::ClusterEvent::RELOGIN_SETTLED);
        event.set_cluster_uri(root.toStdString());
        event.set_gateway_uri(gatewayUri.toStdString());
        m_clusters.events().publish(event);
    }
    qCInfo(TELETERM_DAEMON).noquote() << "gateway" << gatewayUri << (loggedIn ? "goes on: the user logged in again" : "gave up waiting for a login");
    return loggedIn;
}

} // namespace Teleterm::Daemon
