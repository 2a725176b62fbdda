#include "webapi.h"

#include "login.h"
#include "sandboxlogging.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/ssl.h>

using namespace Qt::StringLiterals;

namespace Teleterm::Sandbox
{

namespace
{

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 1024 * 1024;

const char *reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

bool writeAll(SSL *ssl, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const int n = SSL_write(ssl, bytes.constData() + done, int(bytes.size() - done));
        if (n <= 0) {
            return false;
        }
        done += n;
    }
    return true;
}

bool send(SSL *ssl, const HttpResponse &response, bool keepAlive)
{
    const QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(response.body.size())
        + (keepAlive ? "\r\n\r\n" : "\r\nConnection: close\r\n\r\n");
    return writeAll(ssl, head + response.body);
}

} // namespace

WebApi::WebApi(ClusterInfo cluster, const LoginService *login)
    : m_cluster(std::move(cluster))
    , m_login(login)
{
}

QJsonObject WebApi::ping(bool withAuth) const
{
    const QJsonObject proxy{
        {u"tls_routing_enabled"_s, true},
        {u"ssh"_s,
         QJsonObject{
             {u"listen_addr"_s, m_cluster.webAddress},
             {u"tunnel_listen_addr"_s, m_cluster.webAddress},
             {u"web_listen_addr"_s, m_cluster.webAddress},
             {u"public_addr"_s, m_cluster.webAddress},
         }},
        {u"db"_s, QJsonObject{{u"postgres_listen_addr"_s, m_cluster.webAddress}, {u"postgres_public_addr"_s, m_cluster.webAddress}}},
        {u"kube"_s, QJsonObject{{u"enabled"_s, false}}},
    };
    QJsonObject body{
        {u"proxy"_s, proxy},
        {u"server_version"_s, m_cluster.serverVersion},
        {u"min_client_version"_s, m_cluster.minClientVersion},
        {u"cluster_name"_s, m_cluster.name},
        {u"edition"_s, u"community"_s},
        {u"fips"_s, false},
        {u"auto_update"_s, QJsonObject{{u"agent_auto_update"_s, false}}},
    };
    if (withAuth) {
        body.insert(u"auth"_s,
                    QJsonObject{
                        {u"type"_s, u"local"_s},
                        {u"second_factor"_s, u"otp"_s},
                        {u"preferred_local_mfa"_s, u"otp"_s},
                        {u"local"_s, QJsonObject{{u"name"_s, u""_s}}},
                        {u"private_key_policy"_s, u"none"_s},
                        {u"piv_slot"_s, u""_s},
                        {u"piv_pin_cache_duration"_s, 0},
                        {u"device_trust"_s, QJsonObject{{u"disabled"_s, true}}},
                        {u"has_motd"_s, false},
                        {u"default_session_ttl"_s, u"12h0m0s"_s},
                    });
    }
    return body;
}

HttpResponse WebApi::respond(const QByteArray &method, const QByteArray &target, const QByteArray &body) const
{
    QByteArray path = target.left(target.indexOf('?') >= 0 ? target.indexOf('?') : target.size());
    if (path.startsWith("/v1/webapi/")) {
        path = path.mid(3); // "/v1/webapi/..." and "/webapi/..." are one endpoint
    }
    const auto notAllowed = [&method] {
        return HttpResponse{405, errorBody(u"method %1 is not allowed"_s.arg(QString::fromLatin1(method)))};
    };
    if (path == "/webapi/ping" || path == "/webapi/find") {
        return method == "GET" ? HttpResponse{200, QJsonDocument(ping(path == "/webapi/ping")).toJson(QJsonDocument::Compact)} : notAllowed();
    }
    if (path == "/webapi/ssh/certs") {
        return method == "POST" ? m_login->sshCerts(body) : notAllowed();
    }
    if (path == "/webapi/mfa/login/finish") {
        return method == "POST" ? m_login->mfaLoginFinish(body) : notAllowed();
    }
    return {404, errorBody(u"not found"_s)};
}

void WebApi::serve(SSL *ssl) const
{
    QByteArray buffer;
    char chunk[16 * 1024];
    for (;;) {
        // The head of the next request.
        qsizetype headEnd;
        while ((headEnd = buffer.indexOf("\r\n\r\n")) < 0) {
            if (buffer.size() > MaxHeaderBytes) {
                send(ssl, {431, errorBody(u"request headers too large"_s)}, false);
                return;
            }
            const int n = SSL_read(ssl, chunk, sizeof chunk);
            if (n <= 0) {
                return; // closed, or not TLS any more
            }
            buffer.append(chunk, n);
        }
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[1].startsWith('/') || !requestLine[2].startsWith("HTTP/1.")) {
            send(ssl, {400, errorBody(u"malformed HTTP request"_s)}, false);
            return;
        }
        qsizetype contentLength = 0;
        bool keepAlive = requestLine[2] == "HTTP/1.1";
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                send(ssl, {400, errorBody(u"malformed HTTP header"_s)}, false);
                return;
            }
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                contentLength = value.toLongLong(&ok);
                if (!ok || contentLength < 0) {
                    send(ssl, {400, errorBody(u"malformed Content-Length"_s)}, false);
                    return;
                }
            } else if (name == "connection") {
                keepAlive = value.toLower() != "close";
            } else if (name == "transfer-encoding") {
                send(ssl, {400, errorBody(u"chunked requests are not supported"_s)}, false);
                return;
            }
        }
        if (contentLength > MaxBodyBytes) {
            send(ssl, {413, errorBody(u"request body too large"_s)}, false);
            return;
        }
        buffer.remove(0, headEnd + 4);
        while (buffer.size() < contentLength) {
            const int n = SSL_read(ssl, chunk, sizeof chunk);
            if (n <= 0) {
                return;
            }
            buffer.append(chunk, n);
        }
        const QByteArray body = buffer.left(contentLength);
        buffer.remove(0, contentLength);
        const HttpResponse response = respond(requestLine[0], requestLine[1], body);
        qCDebug(TELETERM_SANDBOX) << requestLine[0] << requestLine[1] << response.status;
        if (!send(ssl, response, keepAlive) || !keepAlive) {
            return;
        }
    }
}

} // namespace Teleterm::Sandbox
