#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace Teleterm::Sandbox
{

class CertAuthority;
struct PostgresAccount; // whom the server runs as (postgres.cpp)

struct PostgresOptions {
    QString directory; // e.g. DATA_DIR/postgres; created if missing
    QStringList databaseUsers; // LOGIN roles to create, e.g. {"alice", "readonly"}
    // Databases to create, e.g. {"demo"}. The first one gets the table public.planets
    // (id, name, moons: Mercury 0, Venus 0, Earth 1, Mars 2), readable by every role.
    QStringList databases;
};

// A real PostgreSQL 15 server (Debian's, /usr/lib/postgresql/15/bin) for the database route.
//
// It listens on 127.0.0.1 only, on a free ephemeral port, and takes TLS connections only, with
// client certificate authentication: a certificate from the database CA whose CN is the role's
// name logs in as that role; nothing else does (no passwords, no plain TCP). Its server
// certificate comes from the same CA (CN 127.0.0.1, SANs 127.0.0.1 and localhost), so clients
// verify it with verify-full. A Unix socket in a directory only the server's account can use
// serves the bootstrap (roles, databases, the demo table) and nothing else.
//
// DIRECTORY/ holds data/ (the cluster, made by initdb on first start and kept across restarts),
// run/ (the Unix socket), the server's key and certificate, the CA certificate, pg_hba.conf,
// pg_ident.conf and postgres.log (which every error points to).
//
// PostgreSQL refuses to run as root: run as root, the server runs as the `postgres` account
// (or `nobody` where there is none) and some directories change hands; see postgres.cpp.
// The server gets SIGINT (fast shutdown) if the thread that started it ends, so that a crashed
// sandbox leaves no server behind: call start() from a thread that outlives the server.
class PostgresServer
{
public:
    PostgresServer() = default;
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Starts the server and creates what `options` lists (idempotently); blocks until it serves
    // or fails, with `error` saying why and naming the log file. Each step has its bound: 30 s for
    // the server to get ready (three tries if its port was taken), 120 s for initdb on a first
    // start, 30 s for each psql of the bootstrap.
    [[nodiscard]] bool start(const PostgresOptions &options, const CertAuthority &databaseCa, QString *error);
    // Fast shutdown, then immediate, then SIGKILL, each with a bounded wait. Nothing of the server
    // is left running afterwards.
    void stop();

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 port() const
    {
        return m_port;
    }
    [[nodiscard]] QString host() const;
    [[nodiscard]] QString logPath() const;

private:
    [[nodiscard]] bool prepareDirectories(const PostgresAccount &account, QString *error);
    [[nodiscard]] bool writeConfiguration(const PostgresAccount &account, const CertAuthority &databaseCa, QString *error);
    [[nodiscard]] bool initializeCluster(const PostgresAccount &account, QString *error);
    [[nodiscard]] bool startServer(const PostgresAccount &account, QString *error);
    [[nodiscard]] bool bootstrap(const PostgresAccount &account, QString *error);

    PostgresOptions m_options;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace Teleterm::Sandbox
