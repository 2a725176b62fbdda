#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Teleterm::Daemon
{

// A new private key for the user, as tsh makes them: ECDSA P-256, the private key as PKCS#8 PEM
// (which OpenSSH reads as an identity), the public key as PEM and as an authorized_keys line.
struct KeyPair {
    QByteArray privateKeyPem;
    QByteArray publicKeyPem;
    QByteArray sshPublicKey; // "ecdsa-sha2-nistp256 AAAA..."

    [[nodiscard]] bool isValid() const
    {
        return !privateKeyPem.isEmpty();
    }
};

[[nodiscard]] KeyPair generateKeyPair(QString *error);
// The authorized_keys line of a private key (PEM), for keys read back from a profile.
[[nodiscard]] QByteArray sshPublicKeyOf(const QByteArray &privateKeyPem);

} // namespace Teleterm::Daemon
