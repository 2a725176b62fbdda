#pragma once

#include "certauthority.h"
#include "users.h"

#include <QHash>
#include <QMutex>
#include <QString>

using SSL = struct ssl_st;

namespace Teleterm::Sandbox
{

// Where the proxy's database route leads: the PostgreSQL the sandbox runs, as the cluster lists it.
struct DatabaseBackend {
    QString name; // the database's name in the cluster
    QHash<QString, QString> labels;
    QString host;
    quint16 port = 0;
};

// The proxy's `teleport-postgres` and `teleport-postgres-ping` routes: a connection whose client
// certificate (from the user CA) routes to a database (Teleport's 1.3.9999.2.x subject
// attributes) carries the PostgreSQL protocol. The proxy reads the client's startup message,
// checks that the user's roles allow the database, the database user and the database name,
// answers refusals as PostgreSQL errors (so that psql shows them), and otherwise connects to the
// real server over TLS with a certificate for the database user from the database CA, and carries
// the rest both ways. The -ping variant frames both directions as Teleport's ping connections
// do: a big-endian uint32 length, then that many bytes; length 0 is a keep-alive.
class DatabaseProxy
{
public:
    DatabaseProxy(DatabaseBackend backend, const UserStore *users, const CertAuthority *databaseCa);

    void serve(SSL *client, bool pingFramed);

private:
    // The certificate and key (PEM) the proxy logs in to PostgreSQL with as `databaseUser`.
    [[nodiscard]] IssuedCertificate certificateFor(const QString &databaseUser, QString *error);

    DatabaseBackend m_backend;
    const UserStore *m_users;
    const CertAuthority *m_databaseCa;
    QMutex m_mutex;
    QHash<QString, IssuedCertificate> m_certificates;
};

} // namespace Teleterm::Sandbox
