#include "login.h"

#include "sandboxlogging.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Teleterm::Sandbox
{

namespace
{

constexpr auto DefaultTtl = std::chrono::seconds(12h);
constexpr auto MaxTtl = std::chrono::seconds(30h);
constexpr auto MinTtl = std::chrono::seconds(1min);

// A []byte field: base64 in the JSON. Empty when absent or not base64.
QByteArray bytesField(const QJsonObject &object, const QString &key)
{
    return QByteArray::fromBase64(object.value(key).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
}

} // namespace

LoginService::LoginService(QString clusterName,
                           UserStore *users,
                           const SshAuthority *userSshCa,
                           const SshAuthority *hostSshCa,
                           const CertAuthority *userCa,
                           const CertAuthority *hostCa)
    : m_cluster(std::move(clusterName))
    , m_users(users)
    , m_userSshCa(userSshCa)
    , m_hostSshCa(hostSshCa)
    , m_userCa(userCa)
    , m_hostCa(hostCa)
{
}

HttpResponse LoginService::sshCerts(const QByteArray &body) const
{
    return login(body, "otp_token");
}

HttpResponse LoginService::mfaLoginFinish(const QByteArray &body) const
{
    return login(body, "totp_code");
}

HttpResponse LoginService::login(const QByteArray &body, const char *otpField) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return {400, errorBody(u"invalid JSON request body: %1"_s.arg(parseError.errorString()))};
    }
    const QJsonObject request = document.object();
    const QString user = request.value(u"user"_s).toString();
    if (user.isEmpty()) {
        return {400, errorBody(u"missing parameter user"_s)};
    }

    const QByteArray pubKey = bytesField(request, u"pub_key"_s);
    const QByteArray sshPubKey = bytesField(request, u"ssh_pub_key"_s);
    const QByteArray tlsPubKey = bytesField(request, u"tls_pub_key"_s);
    if (!pubKey.isEmpty() && (!sshPubKey.isEmpty() || !tlsPubKey.isEmpty())) {
        return {400, errorBody(u"'pub_key' cannot be specified at the same time as 'ssh_pub_key' or 'tls_pub_key'"_s)};
    }
    if (pubKey.isEmpty() && sshPubKey.isEmpty() && tlsPubKey.isEmpty()) {
        return {400, errorBody(u"'ssh_pub_key' or 'tls_pub_key' must be specified"_s)};
    }

    // The keys are checked before the credentials: a malformed request must not spend the
    // user's one-time code.
    const QByteArray sshKey = pubKey.isEmpty() ? sshPubKey : pubKey; // v16: one key for both certificates
    if (!sshKey.isEmpty() && !isPublicKeyLine(sshKey)) {
        return {400, errorBody(u"invalid SSH public key: not an authorized_keys line"_s)};
    }
    QString error;
    QByteArray tlsKeyPem = tlsPubKey;
    if (tlsKeyPem.isEmpty()) {
        tlsKeyPem = sshPublicKeyToPem(pubKey, &error);
        if (tlsKeyPem.isEmpty()) {
            return {400, errorBody(u"invalid pub_key: %1"_s.arg(error))};
        }
    } else if (!isPemPublicKey(tlsKeyPem)) {
        return {400, errorBody(u"invalid TLS public key: not a PEM public key"_s)};
    }

    const UserStore::Verdict verdict = m_users->authenticate(user,
                                                             request.value(u"password"_s).toString(),
                                                             request.value(QLatin1StringView(otpField)).toString(),
                                                             QDateTime::currentDateTimeUtc());
    if (!verdict.user) {
        qCInfo(TELETERM_SANDBOX).noquote() << "login of" << user << "refused:" << verdict.error;
        return {403, errorBody(verdict.error)};
    }

    auto ttl = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::nanoseconds(request.value(u"ttl"_s).toInteger()));
    ttl = ttl.count() <= 0 ? DefaultTtl : std::clamp(ttl, MinTtl, MaxTtl);
    // As Teleport: never longer than the user's roles allow.
    if (verdict.user->maxSessionTtlSeconds > 0) {
        ttl = std::min(ttl, std::chrono::seconds(verdict.user->maxSessionTtlSeconds));
    }
    const QDateTime notAfter = QDateTime::currentDateTimeUtc().addSecs(ttl.count());

    QByteArray sshCertificate;
    if (!sshKey.isEmpty()) {
        sshCertificate = m_userSshCa->sign({sshKey, user, verdict.user->logins, ttl, SshAuthority::Kind::User}, &error);
        if (sshCertificate.isEmpty()) {
            return {400, errorBody(u"invalid SSH public key: %1"_s.arg(error))};
        }
    }
    // As Teleport's identity: logins in L, the issuing cluster in its own attribute.
    QList<std::pair<QByteArray, QString>> attributes{{Oid::TeleportCluster, m_cluster}};
    for (const QString &login : verdict.user->logins) {
        attributes.append({"L", login});
    }
    const QByteArray tlsCertificate = m_userCa->issueFor(tlsKeyPem,
                                                         {
                                                             .commonName = user,
                                                             .organizations = verdict.user->roles,
                                                             .street = m_cluster,
                                                             .organizationalUnits = {},
                                                             .extraNames = attributes,
                                                             .dnsNames = {},
                                                             .ipAddresses = {},
                                                             .serverAuth = false,
                                                             .clientAuth = true,
                                                             .notAfter = notAfter,
                                                         },
                                                         &error);
    if (tlsCertificate.isEmpty()) {
        return {400, errorBody(u"invalid TLS public key: %1"_s.arg(error))};
    }

    qCInfo(TELETERM_SANDBOX).noquote() << "issued certificates to" << user << "for" << ttl.count() << "s";
    const QJsonObject response{
        {u"username"_s, user},
        {u"cert"_s, QString::fromLatin1(sshCertificate.toBase64())},
        {u"tls_cert"_s, QString::fromLatin1(tlsCertificate.toBase64())},
        {u"host_signers"_s,
         QJsonArray{QJsonObject{
             {u"domain_name"_s, m_cluster},
             {u"checking_keys"_s, QJsonArray{QString::fromLatin1(m_hostSshCa->publicKey().toBase64())}},
             {u"tls_certs"_s, QJsonArray{QString::fromLatin1(m_hostCa->certificatePem().toBase64())}},
         }}},
    };
    return {200, QJsonDocument(response).toJson(QJsonDocument::Compact)};
}

} // namespace Teleterm::Sandbox
