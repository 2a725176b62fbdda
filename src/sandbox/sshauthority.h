#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Teleterm::Sandbox
{

// An OpenSSH certificate authority (Ed25519), kept as NAME (0600) and NAME.pub in a directory.
// Signing and key conversion are done by OpenSSH's own ssh-keygen: no SSH format is written here.
class SshAuthority
{
public:
    // Loads NAME from `directory` or creates it. Invalid (see error) when ssh-keygen fails.
    static SshAuthority loadOrCreate(const QString &directory, const QString &name, QString *error);

    [[nodiscard]] bool isValid() const
    {
        return !m_publicKey.isEmpty();
    }
    // The CA's public key as an authorized_keys line ("ssh-ed25519 AAAA... comment"), no newline.
    [[nodiscard]] QByteArray publicKey() const
    {
        return m_publicKey;
    }

    enum class Kind { User, Host };
    struct SignRequest {
        QByteArray publicKey; // authorized_keys line of the key to certify
        QString identity; // the certificate's key id
        QStringList principals; // logins (user) or host names (host)
        std::chrono::seconds validity;
        Kind kind = Kind::User;
    };
    // The certificate as an authorized_keys line, or empty with `error` set.
    [[nodiscard]] QByteArray sign(const SignRequest &request, QString *error) const;

private:
    QString m_keyPath;
    QByteArray m_publicKey;
};

// Whether `line` is one authorized_keys line ("type base64 [comment]").
[[nodiscard]] bool isPublicKeyLine(const QByteArray &line);

// An SSH public key (authorized_keys line) as a PEM SubjectPublicKeyInfo, for an X.509
// certificate of the same key; empty with `error` set when it is not a public key.
[[nodiscard]] QByteArray sshPublicKeyToPem(const QByteArray &authorizedKey, QString *error);

} // namespace Teleterm::Sandbox
