#pragma once

#include "tlsidentity.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

using EVP_PKEY = struct evp_pkey_st;
using X509 = struct x509_st;

namespace Teleterm::Sandbox
{

namespace Oid = Teleterm::Oid;

// A certificate and its private key, both PEM.
struct IssuedCertificate {
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

// What a leaf certificate says about its holder.
struct CertificateRequest {
    QString commonName;
    QStringList organizations; // O: Teleport puts the user's roles here
    QString street; // STREET: Teleport puts the cluster the certificate routes to here
    QStringList organizationalUnits; // OU: Teleport's usage restriction, e.g. "usage:db"
    QList<std::pair<QByteArray, QString>> extraNames; // Teleport's own attributes: dotted OID, value
    QStringList dnsNames; // subjectAltName DNS entries
    QStringList ipAddresses; // subjectAltName IP entries
    bool serverAuth = false;
    bool clientAuth = false;
    QDateTime notAfter;
};

// An X.509 certificate authority of the sandbox cluster (user, host or database CA). Its key
// (ECDSA P-256) and self-signed certificate live in `directory` as NAME.key (0600) and NAME.crt,
// created on first use and loaded on every later start, so certificates it issued stay valid
// across restarts of the sandbox.
class CertAuthority
{
public:
    ~CertAuthority();
    CertAuthority(CertAuthority &&) noexcept;
    CertAuthority &operator=(CertAuthority &&) noexcept;

    // Loads NAME.key/NAME.crt from `directory`, or creates them for `clusterName`. On failure the
    // returned authority is invalid and `error` says why.
    static CertAuthority loadOrCreate(const QString &directory, const QString &name, const QString &clusterName, QString *error);

    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QByteArray certificatePem() const;
    [[nodiscard]] QString certificatePath() const
    {
        return m_certificatePath;
    }

    // A new key pair and a certificate for it, signed by this authority.
    [[nodiscard]] IssuedCertificate issue(const CertificateRequest &request, QString *error) const;
    // A certificate for someone else's public key (PEM SubjectPublicKeyInfo); empty on error.
    [[nodiscard]] QByteArray issueFor(const QByteArray &publicKeyPem, const CertificateRequest &request, QString *error) const;

private:
    CertAuthority() = default;
    [[nodiscard]] QByteArray sign(EVP_PKEY *subjectKey, const CertificateRequest &request, QString *error) const;

    struct KeyFree {
        void operator()(EVP_PKEY *key) const;
    };
    struct CertFree {
        void operator()(X509 *certificate) const;
    };
    std::unique_ptr<EVP_PKEY, KeyFree> m_key;
    std::unique_ptr<X509, CertFree> m_certificate;
    QString m_certificatePath;
};

// What a verified client certificate says about its holder.
using CertificateIdentity = TlsIdentity;
[[nodiscard]] inline CertificateIdentity identityOf(X509 *certificate)
{
    return tlsIdentityOf(certificate);
}

// Whether `pem` holds a public key (SubjectPublicKeyInfo) OpenSSL can read.
[[nodiscard]] bool isPemPublicKey(const QByteArray &pem);

// Writes `contents` to `path` atomically with the given permissions (0600 for keys).
[[nodiscard]] bool writePrivateFile(const QString &path, const QByteArray &contents, QString *error);

} // namespace Teleterm::Sandbox
