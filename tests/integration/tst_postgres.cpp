// The sandbox's PostgreSQL: the real PostgreSQL 15 server driven by the real psql client over
// TLS on loopback. Certificates from the database CA log in as the role their CN names; every
// other way in is refused; a restart keeps the data.
#include "certauthority.h"
#include "postgres.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Teleterm::Sandbox;

namespace
{

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The processes whose working directory is in `directory`: PostgreSQL's postmaster and every
// process it starts live in their data directory.
QStringList processesIn(const QString &directory)
{
    QStringList found;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool number = false;
        (void)pid.toInt(&number);
        if (!number) {
            continue;
        }
        const QString cwd = QFileInfo(u"/proc/%1/cwd"_s.arg(pid)).symLinkTarget();
        if (cwd == directory || cwd.startsWith(directory + u'/')) {
            QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
            (void)cmdline.open(QIODevice::ReadOnly);
            found << pid + u' ' + QString::fromLocal8Bit(cmdline.readAll().replace('\0', ' ')).trimmed();
        }
    }
    return found;
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<CertAuthority> m_ca;
    PostgresServer m_server;
    PostgresOptions m_options;

    [[nodiscard]] QString path(const QString &name) const
    {
        return m_dir.path() + u'/' + name;
    }

    // A client certificate (and its 0600 key) for `commonName` from `authority`, as NAME.crt and
    // NAME.key in the scratch directory. Empty, or what went wrong.
    [[nodiscard]] QString writeClientCertificate(const CertAuthority &authority, const QString &commonName, const QString &fileName) const
    {
        QString error;
        const IssuedCertificate issued = authority.issue(
            {
                .commonName = commonName,
                .organizations = {},
                .street = {},
                .organizationalUnits = {},
                .extraNames = {},
                .dnsNames = {},
                .ipAddresses = {},
                .serverAuth = false,
                .clientAuth = true,
                .notAfter = QDateTime::currentDateTimeUtc().addDays(1),
            },
            &error);
        if (issued.certificatePem.isEmpty() || !writePrivateFile(path(fileName + ".crt"_L1), issued.certificatePem, &error)
            || !writePrivateFile(path(fileName + ".key"_L1), issued.privateKeyPem, &error)) {
            return error;
        }
        return {};
    }

    // libpq's connection string for `user` on the demo database, presenting the certificate
    // `certificate` (a name given to writeClientCertificate; none if empty).
    [[nodiscard]] QString connection(const QString &user, const QString &certificate, const QString &sslMode = u"verify-full"_s) const
    {
        const QString files = certificate.isEmpty() ? u"none"_s : certificate;
        return u"host=127.0.0.1 port=%1 user=%2 dbname=demo sslmode=%3 sslrootcert=%4 sslcert=%5 sslkey=%6"_s.arg(m_server.port())
            .arg(user, sslMode, m_ca->certificatePath(), path(files + ".crt"_L1), path(files + ".key"_L1));
    }

    // psql (the real client) with one query; unaligned, tuples only.
    [[nodiscard]] Run psql(const QString &connection, const QString &query) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QStringList keys = environment.keys();
        for (const QString &key : keys) {
            if (key.startsWith("PG"_L1)) {
                environment.remove(key);
            }
        }
        environment.insert(u"PGCONNECT_TIMEOUT"_s, u"10"_s);
        environment.insert(u"HOME"_s, m_dir.path()); // no ~/.postgresql, no ~/.psqlrc of the user's
        process.setProcessEnvironment(environment);
        process.start(u"/usr/bin/psql"_s, {u"-X"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, connection, u"-c"_s, query});
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished(5000);
            return {-1, {}, u"psql did not finish in 30 s"_s};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                QString::fromUtf8(process.readAllStandardError()).trimmed()};
    }

    void startServer()
    {
        QString error;
        QVERIFY2(m_server.start(m_options, *m_ca, &error), qPrintable(error));
        QVERIFY(m_server.isRunning());
        QCOMPARE(m_server.host(), u"127.0.0.1"_s);
        QVERIFY(m_server.port() != 0);
        QVERIFY(QFileInfo::exists(m_server.logPath()));
    }

    void verifyAliceReadsPlanets()
    {
        const Run run = psql(connection(u"alice"_s, u"alice"_s), u"SELECT id, name, moons FROM planets ORDER BY id"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, u"1|Mercury|0\n2|Venus|0\n3|Earth|1\n4|Mars|2"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_ca = CertAuthority::loadOrCreate(path(u"ca"_s), u"db"_s, u"sandbox"_s, &error);
        QVERIFY2(m_ca->isValid(), qPrintable(error));
        for (const QString &name : {u"alice"_s, u"readonly"_s}) {
            error = writeClientCertificate(*m_ca, name, name);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        error = writeClientCertificate(*m_ca, u"sandbox_admin"_s, u"admin"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Alice's name, from an authority the server does not trust.
        const CertAuthority stranger = CertAuthority::loadOrCreate(path(u"other-ca"_s), u"db"_s, u"elsewhere"_s, &error);
        QVERIFY2(stranger.isValid(), qPrintable(error));
        error = writeClientCertificate(stranger, u"alice"_s, u"stranger"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_options = {path(u"postgres"_s), {u"alice"_s, u"readonly"_s}, {u"demo"_s}};
        startServer();
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }

    void certificateLogsIn()
    {
        verifyAliceReadsPlanets();
        const Run run = psql(connection(u"alice"_s, u"alice"_s), u"SELECT current_user, ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith("alice|t|TLSv1."_L1), qPrintable(run.out));
    }

    void everyRoleReadsTheDemoTable()
    {
        const Run run = psql(connection(u"readonly"_s, u"readonly"_s), u"SELECT count(*) FROM planets"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, u"4"_s);
    }

    void serverCertificateNamesLocalhost()
    {
        // verify-full checks the name: localhost is in the certificate as well as 127.0.0.1.
        QString localhost = connection(u"alice"_s, u"alice"_s);
        localhost.replace(u"host=127.0.0.1"_s, u"host=localhost hostaddr=127.0.0.1"_s);
        const Run run = psql(localhost, u"SELECT 1"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, u"1"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("another user's certificate") << u"readonly"_s << u"alice"_s << u"verify-full"_s
                                                    << u"certificate authentication failed for user \"readonly\""_s;
        QTest::newRow("no certificate") << u"alice"_s << QString() << u"verify-full"_s << u"connection requires a valid client certificate"_s;
        QTest::newRow("no TLS") << u"alice"_s << u"alice"_s << u"disable"_s
                                << u"no pg_hba.conf entry for host \"127.0.0.1\", user \"alice\", database \"demo\", no encryption"_s;
        QTest::newRow("another CA's certificate") << u"alice"_s << u"stranger"_s << u"verify-full"_s << u"unknown ca"_s;
        QTest::newRow("the superuser over TCP") << u"sandbox_admin"_s << u"admin"_s << u"verify-full"_s << u"pg_hba.conf rejects connection"_s;
    }

    void refusals()
    {
        QFETCH(QString, user);
        QFETCH(QString, certificate);
        QFETCH(QString, sslMode);
        QFETCH(QString, reason);
        const Run run = psql(connection(user, certificate, sslMode), u"SELECT 1"_s);
        QCOMPARE(run.exitCode, 2); // psql: the connection failed
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    }

    void secondServerOnTheSameDirectoryFails()
    {
        PostgresServer second;
        QString error;
        QVERIFY(!second.start(m_options, *m_ca, &error));
        QVERIFY2(error.contains(m_server.logPath()), qPrintable(error)); // the error says where to look
        QVERIFY(!second.isRunning());
        verifyAliceReadsPlanets(); // the first one serves on
    }

    void restartKeepsTheData()
    {
        const QString directory = QFileInfo(m_options.directory).canonicalFilePath();
        const QString identifier = u"SELECT system_identifier FROM pg_control_system()"_s;
        const Run before = psql(connection(u"alice"_s, u"alice"_s), identifier);
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        QVERIFY(!processesIn(directory).isEmpty()); // the check below sees the server's processes
        const quint16 port = m_server.port();

        m_server.stop();
        QVERIFY(!m_server.isRunning());
        QCOMPARE(m_server.port(), quint16(0));
        QVERIFY2(processesIn(directory).isEmpty(), qPrintable(processesIn(directory).join(u"; "_s)));
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, port);
        QVERIFY(!socket.waitForConnected(1000));

        startServer();
        if (QTest::currentTestFailed()) {
            return;
        }
        verifyAliceReadsPlanets();
        const Run after = psql(connection(u"alice"_s, u"alice"_s), identifier);
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));
        QCOMPARE(after.out, before.out); // the same cluster, not a new initdb
        const Run roles = psql(connection(u"readonly"_s, u"readonly"_s), u"SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles WHERE rolcanlogin"_s);
        QVERIFY2(roles.exitCode == 0, qPrintable(roles.err));
        QCOMPARE(roles.out, u"alice,readonly,sandbox_admin"_s);
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
