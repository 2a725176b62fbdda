// libFuzzer target for the answers of a proxy's web API, which anyone who answers at the address a
// person typed can write: the bytes as a /webapi/ping answer, as a login's answer
// (/webapi/ssh/certs, /webapi/mfa/login/finish) and as an error body, read as the daemon reads
// them. What a login keeps of them is then written as the daemon writes it (the profile, the
// host CA's known_hosts lines) and read back (the profile, the certificate's identity).
#include "profilecheck.h"
#include "teleportweb.h"
#include "tlsidentity.h"

using namespace Teleterm;
using namespace Teleterm::Daemon;
using Teleterm::Fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ProxyAddress proxy = ProxyAddress::parse(QStringLiteral("proxy.example.com:3080"));

    (void)TeleportWeb::errorMessage(body);

    WebFailure failure;
    const PingInfo ping = TeleportWeb::parsePing(body, proxy, &failure);
    if (failure) {
        check(failure.kind == WebFailure::Kind::Garbled, "a ping answer that is not one is garbled");
    } else {
        check(!ping.clusterName.isEmpty() && !ping.serverVersion.isEmpty() && !ping.sshProxyAddress.isEmpty(), "a ping answer names the cluster");
        (void)ping.takesSplitKeys();
        // The profile that adding the cluster writes (Clusters::addCluster).
        Profile profile;
        profile.name = proxy.host;
        profile.webProxyAddress = proxy.hostPort();
        profile.sshProxyAddress = ping.sshProxyAddress;
        profile.cluster = ping.clusterName;
        profile.tlsRoutingEnabled = ping.tlsRoutingEnabled;
        Fuzz::checkProfileRoundTrip(profile);
    }

    failure = {};
    const LoginCertificates login = TeleportWeb::parseLogin(body, QStringLiteral("alice"), proxy, &failure);
    if (failure) {
        check(failure.kind == WebFailure::Kind::Garbled, "a login answer that is not one is garbled");
        return 0;
    }
    check(login.tlsCertificate.startsWith("-----BEGIN CERTIFICATE-----") && !login.sshCertificate.isEmpty() && !login.hostCaCertificates.isEmpty(),
          "a login answer holds the certificates");
    // What Clusters::login does with them: the user from the certificate, the host CA trusted.
    const TlsIdentity identity = tlsIdentityOfPem(login.tlsCertificate);
    check(!identity.isValid() || !identity.user.isEmpty(), "a valid identity names its user");
    QString error;
    const QString cluster = login.hostCaDomain.isEmpty() ? QStringLiteral("example") : login.hostCaDomain;
    if (const std::optional<QByteArray> knownHosts = knownHostsTrusting({}, proxy.host, cluster, login.hostCaKeys, &error)) {
        check(knownHosts->count('\n') <= login.hostCaKeys.size(), "one known_hosts line a key at most");
    }
    return 0;
}
