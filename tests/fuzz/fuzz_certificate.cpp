// libFuzzer target for the certificates and keys the daemon reads: from a proxy at login and from
// the profile directory (USER.crt or USER-x509.pem, USER.key or USER, cas/CLUSTER.pem), which
// tsh and people write too. The bytes are read through OpenSSL as each of them: a certificate's
// Teleport identity from PEM and from DER, the SSH public key of a private key, and a client TLS
// identity (certificate, key and trusted CAs at once, as a gateway makes one).
#include "fuzzcheck.h"
#include "keys.h"
#include "tlsconnection.h"
#include "tlsidentity.h"

#include <openssl/err.h>
#include <openssl/x509.h>

using namespace Teleterm;
using Teleterm::Fuzz::check;

namespace
{

void checkIdentity(const TlsIdentity &identity)
{
    check(!identity.isValid() || (!identity.user.isEmpty() && identity.notAfter.isValid()), "a valid identity has a user and an expiry");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    checkIdentity(tlsIdentityOfPem(bytes));

    const unsigned char *der = data;
    if (X509 *certificate = d2i_X509(nullptr, &der, long(size))) {
        checkIdentity(tlsIdentityOf(certificate));
        X509_free(certificate);
    }
    ERR_clear_error();

    const QByteArray sshKey = Daemon::sshPublicKeyOf(bytes);
    check(sshKey.isEmpty() || sshKey.startsWith("ecdsa-sha2-nistp256 AAAA"), "an SSH public key is an authorized_keys line");

    QString error;
    const std::shared_ptr<TlsClientContext> context = TlsClientContext::make({bytes, bytes, {bytes}, false, true, {"teleport-postgres"}}, &error);
    check(context || !error.isEmpty(), "an identity refused says why");
    ERR_clear_error();
    return 0;
}
