#include "postgres.h"

#include "certauthority.h"
#include "sandboxlogging.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>

#include <cerrno>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Teleterm::Sandbox
{

namespace
{

const auto BinDir = "/usr/lib/postgresql/15/bin/"_L1;
// The bootstrap superuser. It logs in only over the Unix socket, as the server's own OS account
// (peer authentication through pg_ident.conf); pg_hba.conf refuses it over TCP.
const auto AdminRole = "sandbox_admin"_L1;
const auto ListenHost = "127.0.0.1"_L1;

constexpr int ReadyTimeoutMs = 30000;
constexpr int InitdbTimeoutMs = 120000;
constexpr int PsqlTimeoutMs = 30000;
constexpr int StartAttempts = 3;

QString errnoText()
{
    return qt_error_string(errno);
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// Role and database names go into SQL through format('%I'); this keeps them to names that need
// no second thought in a certificate's CN, a connection string or a log line.
bool isPlainName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"_s);
    return pattern.match(name).hasMatch();
}

// Whether `st`, a directory, may be searched by uid/gid (a process with no supplementary groups,
// which is what the children are given).
bool searchable(const struct stat &st, uid_t uid, gid_t gid)
{
    if (uid == 0) {
        return true;
    }
    if (st.st_uid == uid) {
        return st.st_mode & S_IXUSR;
    }
    if (st.st_gid == gid) {
        return st.st_mode & S_IXGRP;
    }
    return st.st_mode & S_IXOTH;
}

} // namespace

// Whom the server, initdb, psql and pg_isready run as.
struct PostgresAccount {
    QString name;
    uid_t uid = 0;
    gid_t gid = 0;
    bool switches = false; // we are root: children become this account before exec
};

namespace
{

bool resolveAccount(PostgresAccount *account, QString *error)
{
    if (::geteuid() != 0) {
        const passwd *self = ::getpwuid(::geteuid());
        if (!self) {
            *error = u"this process's account (uid %1) has no name, which PostgreSQL's peer authentication needs"_s.arg(::geteuid());
            return false;
        }
        *account = {QString::fromLocal8Bit(self->pw_name), self->pw_uid, self->pw_gid, false};
        return true;
    }
    // PostgreSQL refuses to run as root. Debian's package makes `postgres`; `nobody` is the
    // account of last resort.
    for (const char *name : {"postgres", "nobody"}) {
        const passwd *entry = ::getpwnam(name);
        if (entry && entry->pw_uid != 0) {
            *account = {QString::fromLocal8Bit(entry->pw_name), entry->pw_uid, entry->pw_gid, true};
            return true;
        }
    }
    *error = u"running as root, and there is neither a postgres nor a nobody account to run PostgreSQL as"_s;
    return false;
}

// Makes `process` run as `account`. With `ownSession`, it also gets a session (and process group)
// of its own, so that stop() can kill whatever it leaves behind, and SIGINT (fast shutdown) when
// the thread that started it ends, so that a crashed sandbox leaves no server running.
void runAs(QProcess &process, const PostgresAccount &account, bool ownSession)
{
    const bool switches = account.switches;
    const uid_t uid = account.uid;
    const gid_t gid = account.gid;
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec: system calls only. A failure ends the child
    // before it can run anything as root.
    process.setChildProcessModifier([=] {
        if (switches && (::setgroups(1, &gid) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)) {
            ::_exit(126);
        }
        if (ownSession) {
            // After setuid, which clears the parent-death signal.
            if (::setsid() < 0 || ::prctl(PR_SET_PDEATHSIG, SIGINT) != 0 || ::getppid() != parent) {
                ::_exit(126);
            }
        }
    });
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The caller's PGHOST, PGPORT, PGDATA... must not redirect the bootstrap.
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith("PG"_L1)) {
            environment.remove(key);
        }
    }
    if (switches) {
        environment.insert(u"USER"_s, account.name);
        environment.insert(u"LOGNAME"_s, account.name);
        const passwd *entry = ::getpwuid(uid);
        environment.insert(u"HOME"_s, entry ? QFile::decodeName(entry->pw_dir) : u"/"_s);
    }
    process.setProcessEnvironment(environment);
}

// Gives `path` to `account` with `mode`. lchown: never through a symbolic link.
bool handOver(const QString &path, const PostgresAccount &account, mode_t mode, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    if (account.switches && ::lchown(native.constData(), account.uid, account.gid) != 0) {
        *error = u"cannot give %1 to %2: %3"_s.arg(path, account.name, errnoText());
        return false;
    }
    if (::chmod(native.constData(), mode) != 0) {
        *error = u"cannot set the mode of %1: %2"_s.arg(path, errnoText());
        return false;
    }
    return true;
}

// A directory, made if missing; never a symbolic link.
bool ensureDirectory(const QString &path, mode_t mode, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), mode) != 0 && errno != EEXIST) {
        *error = u"cannot create %1: %2"_s.arg(path, errnoText());
        return false;
    }
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        *error = u"%1 is not a directory"_s.arg(path);
        return false;
    }
    return true;
}

// Running as root, the server's account must be able to reach DIRECTORY, whose parent is
// typically the sandbox's data directory: 0700 and root's. Each ancestor of ours it cannot
// search gets search permission for others and nothing more (0700 becomes 0701): nobody can
// list such a directory, only walk through it to a name they already know, and what is in it
// stays as private as its own mode says (the sandbox's keys, users.json and sandbox.json are
// 0600 and root's). An ancestor that belongs to someone else is left alone and reported.
// Paths::ensurePrivateDirectory makes the data directory 0700 again on every sandbox start;
// this runs on every start of the server too.
bool makeReachable(const QString &directory, const PostgresAccount &account, QString *error)
{
    QString path = QFileInfo(directory).path();
    while (true) {
        const QByteArray native = QFile::encodeName(path);
        struct stat st = {};
        if (::stat(native.constData(), &st) != 0) {
            *error = u"cannot inspect %1: %2"_s.arg(path, errnoText());
            return false;
        }
        if (!searchable(st, account.uid, account.gid)) {
            if (st.st_uid != ::geteuid()) {
                *error = u"%1 cannot reach %2: %3 (mode %4, uid %5) is not searchable for it"_s.arg(account.name, directory, path)
                             .arg(uint(st.st_mode & 07777), 4, 8, QLatin1Char('0'))
                             .arg(st.st_uid);
                return false;
            }
            const mode_t mode = (st.st_mode & 07777) | (st.st_gid == account.gid ? S_IXGRP : S_IXOTH);
            if (::chmod(native.constData(), mode) != 0) {
                *error = u"cannot make %1 searchable for %2: %3"_s.arg(path, account.name, errnoText());
                return false;
            }
            qCInfo(TELETERM_SANDBOX).noquote()
                << "made" << path << u"searchable (mode %1) so that %2 reaches %3"_s.arg(uint(mode), 4, 8, QLatin1Char('0')).arg(account.name, directory);
        }
        if (path == "/"_L1) {
            return true;
        }
        path = QFileInfo(path).path();
    }
}

} // namespace

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::host() const
{
    return ListenHost;
}

QString PostgresServer::logPath() const
{
    return m_options.directory + "/postgres.log"_L1;
}

bool PostgresServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool PostgresServer::start(const PostgresOptions &options, const CertAuthority &databaseCa, QString *error)
{
    if (isRunning()) {
        *error = u"PostgreSQL is already running for %1"_s.arg(m_options.directory);
        return false;
    }
    stop(); // what is left of a server that exited
    if (!databaseCa.isValid()) {
        *error = u"PostgreSQL needs a valid database CA"_s;
        return false;
    }
    for (const QString &name : options.databaseUsers + options.databases) {
        if (!isPlainName(name)) {
            *error = u"\"%1\" is not a role or database name the sandbox takes (letters, digits, _ . @ -, at most 63)"_s.arg(name);
            return false;
        }
    }
    if (options.databaseUsers.contains(AdminRole)) {
        *error = u"%1 is the sandbox's own PostgreSQL superuser, not a database user"_s.arg(AdminRole);
        return false;
    }
    if (options.directory.isEmpty() || !QDir().mkpath(options.directory)) {
        *error = u"cannot create %1"_s.arg(options.directory);
        return false;
    }
    m_options = options;
    m_options.directory = QFileInfo(options.directory).canonicalFilePath();

    PostgresAccount account;
    if (!resolveAccount(&account, error) || !prepareDirectories(account, error) || !writeConfiguration(account, databaseCa, error)
        || !initializeCluster(account, error) || !startServer(account, error)) {
        stop();
        return false;
    }
    if (!bootstrap(account, error)) {
        stop();
        return false;
    }
    // From now on an exit is news.
    QObject::connect(m_process.get(), &QProcess::finished, m_process.get(), [log = logPath()](int code, QProcess::ExitStatus status) {
        qCWarning(TELETERM_SANDBOX).noquote()
            << u"PostgreSQL exited (%1 %2); see %3"_s.arg(status == QProcess::NormalExit ? u"code"_s : u"signal"_s).arg(code).arg(log);
    });
    qCInfo(TELETERM_SANDBOX).noquote() << u"PostgreSQL on %1:%2 as %3, in %4"_s.arg(ListenHost).arg(m_port).arg(account.name, m_options.directory);
    return true;
}

// DIRECTORY/         ours (root's when root), 0711 when root so that the account reaches its
//                    subdirectories, 0700 otherwise; holds the configuration and the log
// DIRECTORY/data/    the cluster: the account's, 0700 (PostgreSQL insists)
// DIRECTORY/run/     the Unix socket: the account's, 0700, so only it (and root) may connect
// Files the server reads are the account's and 0600. The log is ours and 0600: the server
// writes to it through the descriptor it inherits. Directories the account reads but may not
// change stay ours, so nothing we write can be swapped for a link under us.
bool PostgresServer::prepareDirectories(const PostgresAccount &account, QString *error)
{
    const QString &directory = m_options.directory;
    struct stat st = {};
    if (::lstat(QFile::encodeName(directory).constData(), &st) != 0 || st.st_uid != ::geteuid()) {
        *error = u"%1 belongs to another user; PostgreSQL's directory must be this process's"_s.arg(directory);
        return false;
    }
    if (::chmod(QFile::encodeName(directory).constData(), account.switches ? 0711 : 0700) != 0) {
        *error = u"cannot set the mode of %1: %2"_s.arg(directory, errnoText());
        return false;
    }
    if (account.switches && !makeReachable(directory, account, error)) {
        return false;
    }
    const QString data = directory + "/data"_L1;
    const QString run = directory + "/run"_L1;
    if (!ensureDirectory(data, 0700, error) || !handOver(data, account, 0700, error) || !ensureDirectory(run, 0700, error)
        || !handOver(run, account, 0700, error)) {
        return false;
    }
    // The socket's path, .s.PGSQL.PORT, must fit in sockaddr_un.
    if (QFile::encodeName(run).size() + 18 > 107) {
        *error = u"%1 is too long a path for PostgreSQL's Unix socket; choose a shorter directory"_s.arg(run);
        return false;
    }
    const int log = ::open(QFile::encodeName(logPath()).constData(), O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (log < 0 || ::fchmod(log, 0600) != 0) {
        *error = u"cannot open %1: %2"_s.arg(logPath(), errnoText());
        if (log >= 0) {
            ::close(log);
        }
        return false;
    }
    ::close(log);
    return true;
}

bool PostgresServer::writeConfiguration(const PostgresAccount &account, const CertAuthority &databaseCa, QString *error)
{
    const QString &directory = m_options.directory;
    // A fresh server certificate on every start: cheap, and never one the CA no longer vouches for.
    const IssuedCertificate certificate = databaseCa.issue(
        {
            .commonName = ListenHost,
            .organizations = {},
            .street = {},
            .organizationalUnits = {},
            .extraNames = {},
            .dnsNames = {u"localhost"_s},
            .ipAddresses = {ListenHost},
            .serverAuth = true,
            .clientAuth = false,
            .notAfter = QDateTime::currentDateTimeUtc().addDays(365),
        },
        error);
    if (certificate.certificatePem.isEmpty()) {
        return false;
    }
    // `cert`: the client's certificate must come from ssl_ca_file (the database CA) and its CN
    // must be the role's name. Nothing else over TCP: a connection without TLS matches no line,
    // and the superuser is refused there whatever its certificate.
    const QByteArray hba =
        "# Written by teleterm-sandbox on every start.\n"
        "# TYPE  DATABASE  USER           ADDRESS       METHOD\n"
        "local   all       sandbox_admin                peer map=bootstrap\n"
        "hostssl all       sandbox_admin  127.0.0.1/32  reject\n"
        "hostssl all       all            127.0.0.1/32  cert\n";
    const QByteArray ident =
        "# Written by teleterm-sandbox on every start.\n"
        "# MAPNAME  SYSTEM-USERNAME  PG-USERNAME\n"
        "bootstrap  "
        + account.name.toLocal8Bit() + "  sandbox_admin\n";
    const std::pair<QString, QByteArray> files[] = {
        {u"server.key"_s, certificate.privateKeyPem},
        {u"server.crt"_s, certificate.certificatePem},
        {u"ca.crt"_s, databaseCa.certificatePem()},
        {u"pg_hba.conf"_s, hba},
        {u"pg_ident.conf"_s, ident},
    };
    for (const auto &[name, contents] : files) {
        const QString path = directory + u'/' + name;
        if (!writePrivateFile(path, contents, error) || !handOver(path, account, 0600, error)) {
            return false;
        }
    }
    return true;
}

bool PostgresServer::initializeCluster(const PostgresAccount &account, QString *error)
{
    const QString data = m_options.directory + "/data"_L1;
    if (QFileInfo::exists(data + "/PG_VERSION"_L1)) {
        return true;
    }
    qCInfo(TELETERM_SANDBOX).noquote() << "initdb" << data;
    QProcess initdb;
    runAs(initdb, account, false);
    initdb.setWorkingDirectory(m_options.directory);
    initdb.setStandardOutputFile(logPath(), QIODevice::Append);
    initdb.setStandardErrorFile(logPath(), QIODevice::Append);
    initdb.start(BinDir + "initdb"_L1,
                 {u"--pgdata"_s,
                  data,
                  u"--username"_s,
                  AdminRole,
                  u"--auth-local=peer"_s,
                  u"--auth-host=reject"_s,
                  u"--encoding=UTF8"_s,
                  u"--no-locale"_s,
                  u"--no-instructions"_s});
    if (!initdb.waitForFinished(InitdbTimeoutMs)) {
        initdb.kill();
        initdb.waitForFinished(5000);
        *error = u"initdb did not finish in %1 s; see %2"_s.arg(InitdbTimeoutMs / 1000).arg(logPath());
        return false;
    }
    if (initdb.exitStatus() != QProcess::NormalExit || initdb.exitCode() != 0) {
        *error = u"initdb failed (exit code %1); see %2"_s.arg(initdb.exitCode()).arg(logPath());
        return false;
    }
    return true;
}

bool PostgresServer::startServer(const PostgresAccount &account, QString *error)
{
    const QString &directory = m_options.directory;
    const QString run = directory + "/run"_L1;
    for (int attempt = 1; attempt <= StartAttempts; ++attempt) {
        // Another process may take the port between this probe and the server's bind; then the
        // server exits at once and the next attempt takes another.
        m_port = freeLoopbackPort();
        const QString port = QString::number(m_port);
        const auto setting = [](const QString &name, const QString &value) {
            return QStringList{u"-c"_s, name + u'=' + value};
        };
        QStringList arguments{u"-D"_s, directory + "/data"_L1};
        arguments << setting(u"listen_addresses"_s, ListenHost) << setting(u"port"_s, port) << setting(u"unix_socket_directories"_s, u'"' + run + u'"')
                  << setting(u"unix_socket_permissions"_s, u"0700"_s) << setting(u"ssl"_s, u"on"_s) << setting(u"ssl_cert_file"_s, directory + "/server.crt"_L1)
                  << setting(u"ssl_key_file"_s, directory + "/server.key"_L1) << setting(u"ssl_ca_file"_s, directory + "/ca.crt"_L1)
                  << setting(u"hba_file"_s, directory + "/pg_hba.conf"_L1) << setting(u"ident_file"_s, directory + "/pg_ident.conf"_L1)
                  << setting(u"logging_collector"_s, u"off"_s) << setting(u"log_destination"_s, u"stderr"_s) << setting(u"log_connections"_s, u"on"_s)
                  << setting(u"log_line_prefix"_s, u"%m [%p] %q%u@%d "_s)
                  // Room for the load tests' 200 sessions at once through one gateway (the default
                  // is 100).
                  << setting(u"max_connections"_s, u"250"_s);

        m_process = std::make_unique<QProcess>();
        runAs(*m_process, account, true);
        m_process->setWorkingDirectory(directory);
        m_process->setStandardOutputFile(logPath(), QIODevice::Append);
        m_process->setStandardErrorFile(logPath(), QIODevice::Append);
        m_process->start(BinDir + "postgres"_L1, arguments);
        if (!m_process->waitForStarted(10000)) {
            *error = u"cannot run %1postgres: %2"_s.arg(BinDir, m_process->errorString());
            return false;
        }

        const QDeadlineTimer deadline(ReadyTimeoutMs);
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            // pg_isready over the socket: 0 once the server accepts connections, which it does
            // only when recovery and startup are over.
            QProcess ready;
            runAs(ready, account, false);
            ready.setWorkingDirectory(directory);
            ready.start(BinDir + "pg_isready"_L1, {u"-q"_s, u"-h"_s, run, u"-p"_s, port, u"-U"_s, AdminRole, u"-d"_s, u"postgres"_s, u"-t"_s, u"2"_s});
            if (!ready.waitForFinished(5000)) {
                ready.kill();
                ready.waitForFinished(1000);
            } else if (ready.exitStatus() == QProcess::NormalExit && ready.exitCode() == 0) {
                return true;
            }
            m_process->waitForFinished(100); // a pause that ends early if the server exits
        }
        if (m_process->state() == QProcess::Running) {
            *error = u"PostgreSQL did not become ready within %1 s; see %2"_s.arg(ReadyTimeoutMs / 1000).arg(logPath());
            return false; // start() stops it
        }
        *error = u"PostgreSQL exited at startup (exit code %1); see %2"_s.arg(m_process->exitCode()).arg(logPath());
        qCWarning(TELETERM_SANDBOX).noquote() << *error << u"(attempt %1 of %2)"_s.arg(attempt).arg(StartAttempts);
        m_process.reset();
    }
    return false;
}

bool PostgresServer::bootstrap(const PostgresAccount &account, QString *error)
{
    const auto psql = [&](const QString &database, const QByteArray &script) -> bool {
        QProcess process;
        runAs(process, account, false);
        process.setWorkingDirectory(m_options.directory);
        process.start(BinDir + "psql"_L1,
                      {u"-X"_s,
                       u"-q"_s,
                       u"-v"_s,
                       u"ON_ERROR_STOP=1"_s,
                       u"-v"_s,
                       "users="_L1 + m_options.databaseUsers.join(u','),
                       u"-v"_s,
                       "databases="_L1 + m_options.databases.join(u','),
                       u"-h"_s,
                       m_options.directory + "/run"_L1,
                       u"-p"_s,
                       QString::number(m_port),
                       u"-U"_s,
                       AdminRole,
                       u"-d"_s,
                       database,
                       u"-f"_s,
                       u"-"_s});
        process.write(script);
        process.closeWriteChannel();
        if (!process.waitForFinished(PsqlTimeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
            *error = u"psql did not finish creating roles and databases in %1 s; see %2"_s.arg(PsqlTimeoutMs / 1000).arg(logPath());
            return false;
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            *error = u"psql could not create roles and databases in %1: %2 (see %3)"_s.arg(database,
                                                                                           QString::fromUtf8(process.readAllStandardError()).trimmed(),
                                                                                           logPath());
            return false;
        }
        return true;
    };

    // Idempotent: each statement is generated only for what is missing (\gexec runs every cell
    // of the result as a statement; %I quotes the name as an identifier).
    const QByteArray roles =
        "SELECT format('CREATE ROLE %I LOGIN', name) FROM unnest(string_to_array(:'users', ',')) AS name\n"
        "  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name)\n"
        "\\gexec\n"
        "SELECT format('ALTER ROLE %I LOGIN', name) FROM unnest(string_to_array(:'users', ',')) AS name\n"
        "\\gexec\n"
        "SELECT format('CREATE DATABASE %I', name) FROM unnest(string_to_array(:'databases', ',')) AS name\n"
        "  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = name)\n"
        "\\gexec\n";
    if (!psql(u"postgres"_s, roles)) {
        return false;
    }
    if (m_options.databases.isEmpty()) {
        return true;
    }
    const QByteArray demo =
        "CREATE TABLE IF NOT EXISTS public.planets (id integer PRIMARY KEY, name text NOT NULL, moons integer NOT NULL);\n"
        "INSERT INTO public.planets VALUES (1, 'Mercury', 0), (2, 'Venus', 0), (3, 'Earth', 1), (4, 'Mars', 2) ON CONFLICT (id) DO NOTHING;\n"
        "GRANT SELECT ON public.planets TO PUBLIC;\n";
    return psql(m_options.databases.constFirst(), demo);
}

void PostgresServer::stop()
{
    if (!m_process) {
        return;
    }
    QObject::disconnect(m_process.get(), &QProcess::finished, nullptr, nullptr);
    if (m_process->state() != QProcess::NotRunning) {
        const auto pid = pid_t(m_process->processId());
        // SIGINT is PostgreSQL's fast shutdown: sessions end, a checkpoint, exit. SIGQUIT is its
        // immediate shutdown. Last, SIGKILL to its whole process group (its own session), so
        // that no backend outlives it.
        ::kill(pid, SIGINT);
        if (!m_process->waitForFinished(15000)) {
            qCWarning(TELETERM_SANDBOX) << "PostgreSQL did not shut down within 15 s; immediate shutdown";
            ::kill(pid, SIGQUIT);
            if (!m_process->waitForFinished(5000)) {
                qCWarning(TELETERM_SANDBOX) << "PostgreSQL did not stop; killing it";
                ::kill(-pid, SIGKILL);
                m_process->waitForFinished(5000);
            }
        }
    }
    m_process.reset();
    m_port = 0;
}

} // namespace Teleterm::Sandbox
