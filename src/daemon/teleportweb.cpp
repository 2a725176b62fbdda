#include "teleportweb.h"

#include "callerlanguage.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace Teleterm::Daemon
{

namespace
{

QJsonObject parseObject(const QByteArray &body, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

QString hostWithPort(const QString &address, const QString &fallbackHost, quint16 fallbackPort)
{
    if (address.isEmpty()) {
        return fallbackHost + u':' + QString::number(fallbackPort);
    }
    const qsizetype colon = address.lastIndexOf(u':');
    if (colon < 0 || address.endsWith(u']')) {
        return address + u':' + QString::number(fallbackPort);
    }
    if (colon == 0) { // ":3023"
        return fallbackHost + address;
    }
    return address;
}

} // namespace

// Teleport's error body: {"error": {"message": "..."}}; older proxies: {"message": "..."}.
QString TeleportWeb::errorMessage(const QByteArray &body)
{
    bool ok = false;
    const QJsonObject object = parseObject(body, &ok);
    if (!ok) {
        return {};
    }
    const QString nested = object.value(u"error"_s).toObject().value(u"message"_s).toString();
    return nested.isEmpty() ? object.value(u"message"_s).toString() : nested;
}

bool PingInfo::takesSplitKeys() const
{
    return QVersionNumber::fromString(serverVersion).majorVersion() >= 17;
}

TeleportWeb::TeleportWeb(WebClient *client)
    : m_client(client)
{
}

QByteArray TeleportWeb::call(const QByteArray &method,
                             const ProxyAddress &proxy,
                             const QString &path,
                             const QByteArray &body,
                             const Options &options,
                             WebFailure *failure) const
{
    WebRequest request;
    request.method = method;
    request.url = QUrl(u"https://"_s + proxy.hostPort() + path);
    request.body = body;
    request.insecure = options.insecure;
    request.extraCas = options.extraCas;
    const WebResponse response = m_client->fetch(request, options.cancelled);
    switch (response.failure) {
    case WebResponse::Failure::None:
        break;
    case WebResponse::Failure::Unreachable:
        *failure = {WebFailure::Kind::Unreachable, response.error};
        return {};
    case WebResponse::Failure::Timeout:
        *failure = {WebFailure::Kind::Timeout, response.error};
        return {};
    case WebResponse::Failure::UntrustedCertificate:
        *failure = {WebFailure::Kind::UntrustedCertificate, response.error};
        return {};
    case WebResponse::Failure::Cancelled:
        *failure = {WebFailure::Kind::Cancelled, response.error};
        return {};
    }
    if (response.status >= 200 && response.status < 300) {
        return response.body;
    }
    QString message = errorMessage(response.body);
    if (message.isEmpty()) {
        message = ServiceText::tr("the proxy at %1 answered %2 to %3").arg(proxy.hostPort()).arg(response.status).arg(path);
    }
    if (response.status == 401 || response.status == 403) {
        *failure = {WebFailure::Kind::AccessDenied, message};
    } else if (response.status == 400) {
        *failure = {WebFailure::Kind::BadRequest, message};
    } else if (response.status == 404 || response.status == 405) {
        *failure = {WebFailure::Kind::Garbled,
                    ServiceText::tr("the server at %1 does not look like a Teleport proxy (%2 answered %3)").arg(proxy.hostPort(), path).arg(response.status)};
    } else {
        *failure = {WebFailure::Kind::Unreachable, message};
    }
    return {};
}

PingInfo TeleportWeb::ping(const ProxyAddress &proxy, const Options &options, WebFailure *failure) const
{
    const QByteArray body = call("GET", proxy, u"/webapi/ping"_s, {}, options, failure);
    if (*failure) {
        return {};
    }
    return parsePing(body, proxy, failure);
}

PingInfo TeleportWeb::parsePing(const QByteArray &body, const ProxyAddress &proxy, WebFailure *failure)
{
    bool ok = false;
    const QJsonObject root = parseObject(body, &ok);
    PingInfo info;
    info.clusterName = root.value(u"cluster_name"_s).toString();
    info.serverVersion = root.value(u"server_version"_s).toString();
    if (!ok || info.clusterName.isEmpty() || info.serverVersion.isEmpty()) {
        *failure = {
            WebFailure::Kind::Garbled,
            ServiceText::tr("the server at %1 does not answer as a Teleport proxy does (no cluster name and version in /webapi/ping)").arg(proxy.hostPort())};
        return {};
    }
    info.minClientVersion = root.value(u"min_client_version"_s).toString();
    const QJsonObject auth = root.value(u"auth"_s).toObject();
    info.authType = auth.value(u"type"_s).toString(u"local"_s);
    info.secondFactor = auth.value(u"second_factor"_s).toString(u"off"_s);
    info.preferredLocalMfa = auth.value(u"preferred_local_mfa"_s).toString();
    info.localAuthEnabled = auth.value(u"local"_s).isObject() || info.authType == "local"_L1;
    info.localConnectorName = auth.value(u"local"_s).toObject().value(u"name"_s).toString();
    for (const char *type : {"oidc", "saml", "github"}) {
        const QJsonObject provider = auth.value(QLatin1StringView(type)).toObject();
        if (!provider.isEmpty()) {
            info.providers.append({QString::fromLatin1(type), provider.value(u"name"_s).toString(), provider.value(u"display"_s).toString()});
        }
    }
    const QJsonObject proxySettings = root.value(u"proxy"_s).toObject();
    info.tlsRoutingEnabled = proxySettings.value(u"tls_routing_enabled"_s).toBool();
    const QJsonObject ssh = proxySettings.value(u"ssh"_s).toObject();
    // tsh's SSHProxyHostPort: with TLS routing the web address serves SSH too.
    if (info.tlsRoutingEnabled) {
        info.sshProxyAddress = hostWithPort(ssh.value(u"public_addr"_s).toString(), proxy.host, quint16(proxy.port));
    } else {
        QString address = ssh.value(u"ssh_public_addr"_s).toString();
        if (address.isEmpty() && !ssh.value(u"public_addr"_s).toString().isEmpty()) {
            address = ssh.value(u"public_addr"_s).toString().section(u':', 0, 0) + ":3023"_L1;
        }
        if (address.isEmpty()) {
            address = ssh.value(u"listen_addr"_s).toString();
        }
        info.sshProxyAddress = hostWithPort(address, proxy.host, 3023);
    }
    return info;
}

LoginCertificates
TeleportWeb::login(const ProxyAddress &proxy, const PingInfo &ping, const LoginRequest &request, const Options &options, WebFailure *failure) const
{
    QJsonObject body{{u"user"_s, request.user}, {u"password"_s, request.password}, {u"ttl"_s, double(request.ttlSeconds) * 1e9}};
    if (request.tlsPublicKeyPem.isEmpty()) {
        body.insert(u"pub_key"_s, QString::fromLatin1(request.sshPublicKey.toBase64()));
    } else {
        body.insert(u"ssh_pub_key"_s, QString::fromLatin1(request.sshPublicKey.toBase64()));
        body.insert(u"tls_pub_key"_s, QString::fromLatin1(request.tlsPublicKeyPem.toBase64()));
    }
    // Second factor off or otp: /ssh/certs with otp_token; the MFA flows take a TOTP code at
    // /mfa/login/finish directly.
    QString path = u"/webapi/ssh/certs"_s;
    if (ping.secondFactor == "off"_L1 || ping.secondFactor == "otp"_L1) {
        if (ping.secondFactor == "otp"_L1) {
            body.insert(u"otp_token"_s, request.otp);
        }
    } else {
        path = u"/webapi/mfa/login/finish"_s;
        body.insert(u"totp_code"_s, request.otp);
    }
    const QByteArray answer = call("POST", proxy, path, QJsonDocument(body).toJson(QJsonDocument::Compact), options, failure);
    if (*failure) {
        return {};
    }
    return parseLogin(answer, request.user, proxy, failure);
}

LoginCertificates TeleportWeb::parseLogin(const QByteArray &answer, const QString &user, const ProxyAddress &proxy, WebFailure *failure)
{
    bool ok = false;
    const QJsonObject root = parseObject(answer, &ok);
    LoginCertificates certificates;
    certificates.username = root.value(u"username"_s).toString(user);
    certificates.sshCertificate = QByteArray::fromBase64(root.value(u"cert"_s).toString().toLatin1());
    certificates.tlsCertificate = QByteArray::fromBase64(root.value(u"tls_cert"_s).toString().toLatin1());
    const QJsonArray signers = root.value(u"host_signers"_s).toArray();
    for (const QJsonValue &value : signers) {
        const QJsonObject signer = value.toObject();
        if (certificates.hostCaDomain.isEmpty()) {
            certificates.hostCaDomain = signer.value(u"domain_name"_s).toString();
        }
        for (const QJsonValue &key : signer.value(u"checking_keys"_s).toArray()) {
            certificates.hostCaKeys.append(QByteArray::fromBase64(key.toString().toLatin1()).trimmed());
        }
        for (const QJsonValue &pem : signer.value(u"tls_certs"_s).toArray()) {
            certificates.hostCaCertificates.append(QByteArray::fromBase64(pem.toString().toLatin1()));
        }
    }
    if (!ok || !certificates.tlsCertificate.startsWith("-----BEGIN CERTIFICATE-----") || certificates.sshCertificate.isEmpty() // not a sentence: PEM
        || certificates.hostCaCertificates.isEmpty()) {
        *failure = {WebFailure::Kind::Garbled,
                    ServiceText::tr("the proxy at %1 answered the login without the certificates Teleport returns").arg(proxy.hostPort())};
        return {};
    }
    return certificates;
}

} // namespace Teleterm::Daemon
