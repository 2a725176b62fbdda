#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

using X509 = struct x509_st;

namespace Teleterm
{

// Teleport's identity in an X.509 certificate's subject (lib/tlsca): CN the user, O the roles,
// OU the usage restrictions, L the logins, STREET the cluster it routes to, and Teleport's own
// attributes under 1.3.9999 (the issuing cluster, a database route, ...).
struct TlsIdentity {
    QString user;
    QStringList roles;
    QStringList usages;
    QStringList logins;
    QString routeToCluster;
    QHash<QByteArray, QString> attributes; // dotted OID -> value
    QDateTime notAfter;

    [[nodiscard]] bool isValid() const
    {
        return !user.isEmpty() && notAfter.isValid();
    }
};

// Teleport's attribute OIDs that Teleterm reads or writes.
namespace Oid
{
inline constexpr char TeleportCluster[] = "1.3.9999.1.7";
inline constexpr char DatabaseService[] = "1.3.9999.2.1";
inline constexpr char DatabaseProtocol[] = "1.3.9999.2.2";
inline constexpr char DatabaseUser[] = "1.3.9999.2.3";
inline constexpr char DatabaseName[] = "1.3.9999.2.4";
}

[[nodiscard]] TlsIdentity tlsIdentityOf(X509 *certificate);
// The same from PEM; invalid when the text holds no certificate.
[[nodiscard]] TlsIdentity tlsIdentityOfPem(const QByteArray &certificatePem);

} // namespace Teleterm
