#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

using SSL = struct ssl_st;

namespace Teleterm::Sandbox
{

// What the web API says about the cluster.
struct ClusterInfo {
    QString name;
    QString serverVersion;
    QString minClientVersion;
    QString webAddress; // host:port of the proxy's one listener
};

// The proxy's HTTP/1.1 web API on one TLS connection (Teleport's /webapi/..., with or without
// the /v1 prefix). Requests are served until the client closes, asks to close, or sends
// something that is not HTTP; errors have Teleport's body, {"error":{"message":"..."}}.
class WebApi
{
public:
    explicit WebApi(ClusterInfo cluster);

    void serve(SSL *ssl) const;

    // The body of GET /webapi/ping (and, without "auth", of /webapi/find).
    [[nodiscard]] QJsonObject ping(bool withAuth) const;

    struct Response {
        int status = 200;
        QByteArray body;
    };
    // One request's answer; exposed for the unit tests.
    [[nodiscard]] Response respond(const QByteArray &method, const QByteArray &target) const;

private:
    ClusterInfo m_cluster;
};

} // namespace Teleterm::Sandbox
