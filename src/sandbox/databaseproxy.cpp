#include "databaseproxy.h"

#include "sandboxlogging.h"
#include "tlspump.h"

#include <QDateTime>
#include <QtEndian>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Teleterm::Sandbox
{

namespace
{

// PostgreSQL's request codes in place of a protocol version (protocol.html, "Message Formats").
constexpr quint32 ProtocolVersion3 = 196608;
constexpr quint32 SslRequestCode = 80877103;
constexpr quint32 GssEncRequestCode = 80877104;
constexpr quint32 CancelRequestCode = 80877102;
constexpr quint32 MaxStartupLength = 10000;

// The client's side of the route: TLS, framed or not.
class ClientStream
{
public:
    ClientStream(SSL *ssl, bool framed)
        : m_ssl(ssl)
        , m_framed(framed)
    {
    }

    bool readExact(char *out, int size)
    {
        while (m_buffer.size() < size) {
            if (!fill()) {
                return false;
            }
        }
        std::memcpy(out, m_buffer.constData(), size_t(size));
        m_buffer.remove(0, size);
        return true;
    }

    bool write(const QByteArray &data)
    {
        QByteArray out;
        if (m_framed) {
            out.resize(4);
            qToBigEndian(quint32(data.size()), out.data());
        }
        out += data;
        return SSL_write(m_ssl, out.constData(), int(out.size())) == int(out.size());
    }

    // What the client sent beyond what was read.
    [[nodiscard]] QByteArray rest() const
    {
        return m_buffer;
    }

private:
    bool readRaw(char *out, int size)
    {
        while (size > 0) {
            const int n = SSL_read(m_ssl, out, size);
            if (n <= 0) {
                return false;
            }
            out += n;
            size -= n;
        }
        return true;
    }

    bool fill()
    {
        if (!m_framed) {
            char chunk[4096];
            const int n = SSL_read(m_ssl, chunk, sizeof chunk);
            if (n <= 0) {
                return false;
            }
            m_buffer.append(chunk, n);
            return true;
        }
        char header[4];
        if (!readRaw(header, 4)) {
            return false;
        }
        const quint32 length = qFromBigEndian<quint32>(header);
        if (length > 1024 * 1024) {
            return false;
        }
        QByteArray payload(int(length), Qt::Uninitialized);
        if (!readRaw(payload.data(), int(length))) {
            return false;
        }
        m_buffer += payload; // a keep-alive adds nothing
        return true;
    }

    SSL *m_ssl;
    bool m_framed;
    QByteArray m_buffer;
};

// A PostgreSQL ErrorResponse, as a server sends it when it refuses a connection.
QByteArray errorResponse(const char *code, const QString &message)
{
    QByteArray fields;
    fields += 'S';
    fields += "FATAL";
    fields += '\0';
    fields += 'V';
    fields += "FATAL";
    fields += '\0';
    fields += 'C';
    fields += code;
    fields += '\0';
    fields += 'M';
    fields += message.toUtf8();
    fields += '\0';
    fields += '\0';
    QByteArray out(5, '\0');
    out[0] = 'E';
    qToBigEndian(quint32(fields.size() + 4), out.data() + 1);
    return out + fields;
}

// The startup message's parameters, in order.
using Parameters = QList<std::pair<QByteArray, QByteArray>>;

QByteArray startupMessage(const Parameters &parameters)
{
    QByteArray body(4, '\0');
    qToBigEndian(ProtocolVersion3, body.data());
    for (const auto &[key, value] : parameters) {
        body += key + '\0' + value + '\0';
    }
    body += '\0';
    QByteArray out(4, '\0');
    qToBigEndian(quint32(body.size() + 4), out.data());
    return out + body;
}

int connectLoopback(const QString &host, quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    ::inet_pton(AF_INET, host.toLatin1().constData(), &address.sin_addr);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        if (fd >= 0) {
            ::close(fd);
        }
        return -1;
    }
    return fd;
}

void setReadTimeout(int fd, int seconds)
{
    const timeval timeout{seconds, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
}

struct SslContextFree {
    void operator()(SSL_CTX *context) const
    {
        SSL_CTX_free(context);
    }
};

} // namespace

DatabaseProxy::DatabaseProxy(DatabaseBackend backend, const UserStore *users, const CertAuthority *databaseCa)
    : m_backend(std::move(backend))
    , m_users(users)
    , m_databaseCa(databaseCa)
{
}

IssuedCertificate DatabaseProxy::certificateFor(const QString &databaseUser, QString *error)
{
    const QMutexLocker lock(&m_mutex);
    auto cached = m_certificates.constFind(databaseUser);
    if (cached != m_certificates.cend()) {
        return *cached;
    }
    CertificateRequest request;
    request.commonName = databaseUser;
    request.clientAuth = true;
    request.notAfter = QDateTime::currentDateTimeUtc().addDays(30);
    const IssuedCertificate issued = m_databaseCa->issue(request, error);
    if (!issued.certificatePem.isEmpty()) {
        m_certificates.insert(databaseUser, issued);
    }
    return issued;
}

void DatabaseProxy::serve(SSL *client, bool pingFramed)
{
    const CertificateIdentity identity = identityOf(SSL_get0_peer_certificate(client));
    if (!identity.isValid()) {
        return;
    }
    const int clientFd = SSL_get_fd(client);
    setReadTimeout(clientFd, 30); // a client that says nothing does not keep a thread
    ClientStream stream(client, pingFramed);

    // The startup message, after refusing the encryptions it may ask for: the route is TLS already.
    QByteArray startup;
    for (int attempt = 0; attempt < 3 && startup.isEmpty(); ++attempt) {
        char header[8];
        if (!stream.readExact(header, 8)) {
            return;
        }
        const quint32 length = qFromBigEndian<quint32>(header);
        const quint32 code = qFromBigEndian<quint32>(header + 4);
        if (length == 8 && (code == SslRequestCode || code == GssEncRequestCode)) {
            if (!stream.write("N")) {
                return;
            }
            continue;
        }
        if (code == CancelRequestCode || length < 8 || length > MaxStartupLength || code != ProtocolVersion3) {
            return; // nothing to cancel here, and nothing else is PostgreSQL's
        }
        startup.resize(int(length - 8));
        if (!stream.readExact(startup.data(), int(startup.size()))) {
            return;
        }
    }
    Parameters parameters;
    const QList<QByteArray> fields = startup.split('\0');
    for (qsizetype i = 0; i + 1 < fields.size() && !fields.at(i).isEmpty(); i += 2) {
        parameters.append({fields.at(i), fields.at(i + 1)});
    }
    const auto parameter = [&](const QByteArray &key) {
        for (const auto &[name, value] : std::as_const(parameters)) {
            if (name == key) {
                return value;
            }
        }
        return QByteArray();
    };

    // What the certificate routes to, and whether the user's roles allow it.
    const QString service = identity.attributes.value(Oid::DatabaseService);
    const QString databaseUser = identity.attributes.value(Oid::DatabaseUser);
    QString databaseName = identity.attributes.value(Oid::DatabaseName);
    if (databaseName.isEmpty()) {
        databaseName = QString::fromUtf8(parameter("database"));
    }
    if (databaseName.isEmpty()) {
        databaseName = databaseUser;
    }
    const SandboxUser *user = m_users->find(identity.user);
    const auto refuse = [&](const char *code, const QString &message) {
        qCInfo(TELETERM_SANDBOX).noquote() << "database route refused" << identity.user << "for" << service << "as" << databaseUser << ":" << message;
        stream.write(errorResponse(code, message));
    };
    if (service.isEmpty()) {
        refuse("08004", u"the client certificate is not routed to a database; request a database certificate first"_s);
        return;
    }
    if (service != m_backend.name || !user || !m_users->mayAccess(identity.user, ResourceKind::Database, m_backend.labels)) {
        refuse("08004", u"database \"%1\" not found"_s.arg(service));
        return;
    }
    const auto allows = [](const QStringList &allowed, const QString &value) {
        return allowed.contains(value) || allowed.contains(u"*"_s);
    };
    if (databaseUser.isEmpty() || !allows(user->databaseUsers, databaseUser) || !allows(user->databaseNames, databaseName)) {
        refuse("28000", u"access to db denied. User does not have permissions. Confirm database user and name."_s);
        return;
    }

    // The real server: TLS, as the database user, by certificate.
    QString error;
    const IssuedCertificate login = certificateFor(databaseUser, &error);
    const int serverFd = connectLoopback(m_backend.host, m_backend.port);
    if (login.certificatePem.isEmpty() || serverFd < 0) {
        refuse("08006", u"could not connect to the database server: %1"_s.arg(serverFd < 0 ? QString::fromLocal8Bit(strerror(errno)) : error));
        if (serverFd >= 0) {
            ::close(serverFd);
        }
        return;
    }
    setReadTimeout(serverFd, 30);
    std::unique_ptr<SSL_CTX, SslContextFree> context(SSL_CTX_new(TLS_client_method()));
    {
        BIO *certificateBio = BIO_new_mem_buf(login.certificatePem.constData(), int(login.certificatePem.size()));
        BIO *keyBio = BIO_new_mem_buf(login.privateKeyPem.constData(), int(login.privateKeyPem.size()));
        X509 *certificate = PEM_read_bio_X509(certificateBio, nullptr, nullptr, nullptr);
        EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
        SSL_CTX_use_certificate(context.get(), certificate);
        SSL_CTX_use_PrivateKey(context.get(), key);
        X509_free(certificate);
        EVP_PKEY_free(key);
        BIO_free(certificateBio);
        BIO_free(keyBio);
        const QByteArray caPem = m_databaseCa->certificatePem();
        BIO *caBio = BIO_new_mem_buf(caPem.constData(), int(caPem.size()));
        X509 *ca = PEM_read_bio_X509(caBio, nullptr, nullptr, nullptr);
        X509_STORE_add_cert(SSL_CTX_get_cert_store(context.get()), ca);
        X509_free(ca);
        BIO_free(caBio);
        SSL_CTX_set_verify(context.get(), SSL_VERIFY_PEER, nullptr);
    }
    SSL *server = SSL_new(context.get());
    SSL_set_fd(server, serverFd);
    SSL_set1_host(server, m_backend.host.toLatin1().constData());
    QByteArray sslRequest(8, '\0');
    qToBigEndian(quint32(8), sslRequest.data());
    qToBigEndian(SslRequestCode, sslRequest.data() + 4);
    char answer = 0;
    const bool secured = sendAll(serverFd, sslRequest.constData(), 8) && ::read(serverFd, &answer, 1) == 1 && answer == 'S' && SSL_connect(server) == 1;
    // The client's parameters, with the user and database the route says.
    Parameters forwarded;
    for (const auto &[key, value] : std::as_const(parameters)) {
        if (key != "user" && key != "database") {
            forwarded.append({key, value});
        }
    }
    forwarded.prepend({"database", databaseName.toUtf8()});
    forwarded.prepend({"user", databaseUser.toUtf8()});
    const QByteArray rewritten = startupMessage(forwarded) + stream.rest();
    if (!secured || SSL_write(server, rewritten.constData(), int(rewritten.size())) != int(rewritten.size())) {
        ERR_clear_error();
        refuse("08006", u"could not talk TLS to the database server"_s);
        SSL_free(server);
        ::close(serverFd);
        return;
    }
    qCInfo(TELETERM_SANDBOX).noquote() << "database route:" << identity.user << "to" << service << "as" << databaseUser << "on" << databaseName;

    // Both ways until both sides have closed (a client's half-close is passed on): each TLS
    // connection pumped by one thread of its own.
    setReadTimeout(clientFd, 0);
    setReadTimeout(serverFd, 0);
    int serverPair[2] = {-1, -1};
    int clientPair[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, serverPair) == 0) {
        std::thread serverPump([server, serverPair] {
            pumpTls(server, serverPair[1], true);
        });
        if (!pingFramed) {
            pumpTls(client, serverPair[0], true);
        } else if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, clientPair) == 0) {
            std::thread clientPump([client, clientPair] {
                pumpTls(client, clientPair[1], true);
            });
            translatePingFrames(clientPair[0], serverPair[0]);
            clientPump.join();
        }
        ::shutdown(serverPair[0], SHUT_RDWR);
        serverPump.join();
    }
    for (const int fd : {serverPair[0], serverPair[1], clientPair[0], clientPair[1]}) {
        if (fd >= 0) {
            ::close(fd);
        }
    }
    SSL_shutdown(server);
    SSL_free(server);
    ::close(serverFd);
}

} // namespace Teleterm::Sandbox
