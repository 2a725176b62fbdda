#pragma once

#include "httpresponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

using SSL = struct ssl_st;

namespace Teleterm::Sandbox
{

class LoginService;

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
    WebApi(ClusterInfo cluster, const LoginService *login);

    void serve(SSL *ssl) const;

    // The body of GET /webapi/ping (and, without "auth", of /webapi/find).
    [[nodiscard]] QJsonObject ping(bool withAuth) const;

    // One request's answer.
    [[nodiscard]] HttpResponse respond(const QByteArray &method, const QByteArray &target, const QByteArray &body) const;

private:
    ClusterInfo m_cluster;
    const LoginService *m_login;
};

} // namespace Teleterm::Sandbox
