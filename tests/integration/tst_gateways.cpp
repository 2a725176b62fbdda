// Gateways of the real daemon against a real sandbox cluster and its PostgreSQL, used as people
// use them: made and changed with teleterm-cli, connected to with psql.
#include "eventwatch.h"
#include "localchannel.h"
#include "paths.h"
#include "sandboxprocess.h"
#include "scratchruntime.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Teleterm::Test;
namespace v1 = teleterm::v1;

namespace
{

// psql kept open on a gateway, as a person's session is: queries go in one at a time.
class PsqlSession
{
public:
    bool open(int port, const QString &user)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(u"psql"_s, {u"host=127.0.0.1 port=%1 user=%2 dbname=demo sslmode=disable connect_timeout=10"_s.arg(port).arg(user), u"-XAtq"_s});
        return m_process.waitForStarted(10000);
    }
    // The answer's first line; empty when none came in time.
    QByteArray query(const QString &sql)
    {
        m_process.readAll();
        m_process.write((sql + u";\n"_s).toUtf8());
        QByteArray line;
        QTest::qWaitFor(
            [&] {
                if (m_process.canReadLine()) {
                    line = m_process.readLine().trimmed();
                    return true;
                }
                return m_process.state() == QProcess::NotRunning;
            },
            20000);
        return line;
    }
    ~PsqlSession()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QProcess m_process;
};

} // namespace

class TestGateways : public QObject
{
    Q_OBJECT

    ScratchRuntime m_runtime;
    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_aliceGateway; // made by the first case, used by the others
    int m_alicePort = 0;

    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return run(program(u"teleterm-cli"_s), QStringList{u"--ca-file"_s, m_sandbox.webCa()} + arguments, input);
    }
    Run loginAs(const QString &name, int stepsAhead = 0)
    {
        return cli({u"login"_s, u"sandbox"_s, u"--user"_s, name, u"--otp"_s, m_sandbox.otp(name, stepsAhead)},
                   m_sandbox.user(name).value(u"password"_s).toString().toUtf8() + '\n');
    }
    // A daemon of this build with `arguments` besides trusting the sandbox, started as the window
    // starts it; the previous one is killed first.
    bool restartDaemon(const QStringList &arguments = {})
    {
        const QString socket = Teleterm::Paths::daemonSocketPath();
        const qint64 previous = lockHolder(socket);
        m_runtime.killServices();
        if (!QTest::qWaitFor([&] {
                return previous == 0 || !processAlive(previous);
            })) {
            return false;
        }
        qint64 pid = 0;
        if (!QProcess::startDetached(program(u"teleterm-daemon"_s), QStringList{u"--ca-file"_s, m_sandbox.webCa()} + arguments, {}, &pid)) {
            return false;
        }
        // Its own socket answering, not the one the killed daemon left.
        return QTest::qWaitFor(
            [&] {
                QLocalSocket probe;
                probe.connectToServer(socket);
                return lockHolder(socket) == pid && probe.waitForConnected(200);
            },
            15000);
    }
    QJsonArray gateways()
    {
        const Run listed = cli({u"gateways"_s, u"--json"_s});
        return QJsonDocument::fromJson(listed.out).array();
    }
    QJsonObject gateway(const QString &uri)
    {
        for (const QJsonValue &value : gateways()) {
            if (value.toObject().value(u"uri"_s).toString() == uri) {
                return value.toObject();
            }
        }
        return {};
    }
    static Run psql(int port, const QString &user, const QString &sql)
    {
        return run(u"psql"_s,
                   {u"host=127.0.0.1 port=%1 user=%2 dbname=demo sslmode=disable connect_timeout=10"_s.arg(port).arg(user),
                    u"-XAtq"_s,
                    u"-v"_s,
                    u"ON_ERROR_STOP=1"_s,
                    u"-c"_s,
                    sql});
    }
    static int freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }
    static bool accepts(int port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        return socket.waitForConnected(3000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        QVERIFY(m_dir.isValid());
        const QJsonObject all{{u"*"_s, QJsonArray{u"*"_s}}};
        const QJsonObject roles{
            {u"access"_s,
             QJsonObject{{u"logins"_s, QJsonArray{u"{{internal.logins}}"_s}},
                         {u"db_users"_s, QJsonArray{u"{{internal.db_users}}"_s}},
                         {u"db_names"_s, QJsonArray{u"*"_s}},
                         {u"node_labels"_s, all},
                         {u"db_labels"_s, all}}},
            // Sessions brief enough to see a certificate expire under a gateway.
            {u"brief"_s,
             QJsonObject{{u"logins"_s, QJsonArray{u"{{internal.logins}}"_s}},
                         {u"db_users"_s, QJsonArray{u"{{internal.db_users}}"_s}},
                         {u"db_names"_s, QJsonArray{u"*"_s}},
                         {u"db_labels"_s, all},
                         {u"max_session_ttl"_s, u"8s"_s}}},
        };
        const QJsonArray users{
            QJsonObject{{u"name"_s, u"alice"_s},
                        {u"roles"_s, QJsonArray{u"access"_s}},
                        {u"traits"_s, QJsonObject{{u"db_users"_s, QJsonArray{u"alice"_s, u"readonly"_s}}}}},
            QJsonObject{{u"name"_s, u"dave"_s}, {u"roles"_s, QJsonArray{u"brief"_s}}, {u"traits"_s, QJsonObject{{u"db_users"_s, QJsonArray{u"dave"_s}}}}},
        };
        QVERIFY(m_sandbox.start(m_dir.filePath(u"sandbox"_s), QJsonObject{{u"nodes"_s, 0}, {u"roles"_s, roles}, {u"users"_s, users}}));
        QVERIFY(restartDaemon());
        const Run added = cli({u"add"_s, m_sandbox.proxy()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Run login = loginAs(u"alice"_s);
        QVERIFY2(login.exitCode == 0, login.err.constData());
    }

    void cleanupTestCase()
    {
        m_runtime.killServices();
        m_sandbox.stop();
    }

    void psqlRunsQueriesThroughAGateway()
    {
        const Run created = cli({u"gateway"_s, u"create"_s, u"sandbox"_s, u"demo-postgres"_s, u"--user"_s, u"alice"_s, u"--db"_s, u"demo"_s, u"--json"_s});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QJsonObject made = QJsonDocument::fromJson(created.out).object();
        m_aliceGateway = made.value(u"uri"_s).toString();
        m_alicePort = made.value(u"local_port"_s).toInt();
        QVERIFY(m_aliceGateway.startsWith("/gateways/"_L1));
        QVERIFY(m_alicePort >= 1024);
        QCOMPARE(made.value(u"local_address"_s).toString(), u"127.0.0.1"_s);
        QCOMPARE(made.value(u"state"_s).toString(), u"listening"_s);
        QCOMPARE(made.value(u"cli_command"_s).toString(), u"psql \"postgres://alice@localhost:%1/demo\""_s.arg(m_alicePort));
        QVERIFY(QDateTime::fromString(made.value(u"certificate_valid_until"_s).toString(), Qt::ISODate) > QDateTime::currentDateTimeUtc());

        // Real queries, as the database user the gateway is for.
        const Run planets = psql(m_alicePort, u"alice"_s, u"select string_agg(name, ',' order by id) || ' as ' || current_user from planets"_s);
        QVERIFY2(planets.exitCode == 0, planets.err.constData());
        QCOMPARE(planets.out.trimmed(), QByteArray("Mercury,Venus,Earth,Mars as alice"));
        // The command it prints runs as it is.
        const Run printed = run(u"sh"_s, {u"-c"_s, made.value(u"cli_command"_s).toString() + u" -XAtc 'select current_database()'"_s});
        QVERIFY2(printed.exitCode == 0, printed.err.constData());
        QCOMPARE(printed.out.trimmed(), QByteArray("demo"));

        const QJsonObject after = gateway(m_aliceGateway);
        QCOMPARE(after.value(u"total_connections"_s).toInt(), 2);
        QTRY_COMPARE(gateway(m_aliceGateway).value(u"open_connections"_s).toInt(), 0);
        // Remembered, privately.
        const QString state = m_runtime.stateDir() + "/gateways.json"_L1;
        QCOMPARE(modeOf(state), 0600);
        QFile file(state);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(m_aliceGateway.mid(10).toUtf8()));
    }

    void aClientThatHalfClosesStillGetsItsAnswers()
    {
        // PostgreSQL's startup, a query and Terminate in one go, then the client's half of the
        // connection closed: the answers must still come back, to the end.
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(fd >= 0);
        const auto closeFd = qScopeGuard([fd] {
            ::close(fd);
        });
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(quint16(m_alicePort));
        QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        const timeval patience{20, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
        const auto message = [](char type, const QByteArray &body) -> QByteArray {
            QByteArray bytes;
            if (type) {
                bytes += type;
            }
            const quint32 length = quint32(body.size() + 4); // itself included, the type not
            bytes += char(length >> 24);
            bytes += char(length >> 16);
            bytes += char(length >> 8);
            bytes += char(length);
            return bytes + body;
        };
        const QByteArray startup = message(0, QByteArray("\0\3\0\0user\0alice\0database\0demo\0\0", 30));
        const QByteArray all = startup + message('Q', QByteArrayLiteral("select 'half-closed'") + '\0') + message('X', {});
        QCOMPARE(::send(fd, all.constData(), std::size_t(all.size()), MSG_NOSIGNAL), ssize_t(all.size()));
        QCOMPARE(::shutdown(fd, SHUT_WR), 0);
        QByteArray answer;
        char chunk[4096];
        ssize_t n = 0;
        while ((n = ::recv(fd, chunk, sizeof chunk, 0)) > 0) {
            answer.append(chunk, n);
        }
        QCOMPARE(n, ssize_t(0)); // the end, not a timeout
        QVERIFY2(answer.contains("half-closed") && answer.contains("SELECT 1"), answer.toHex().constData());
    }

    void badInputIsRefusedAndNothingIsLeft_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("port below 1024") << QStringList{u"demo-postgres"_s, u"--user"_s, u"readonly"_s, u"--port"_s, u"80"_s}
                                         << QByteArray("port 80 is below 1024");
        QTest::newRow("not a port") << QStringList{u"demo-postgres"_s, u"--user"_s, u"readonly"_s, u"--port"_s, u"54x"_s}
                                    << QByteArray("\"54x\" is not a port number");
        QTest::newRow("unknown database") << QStringList{u"nope"_s, u"--user"_s, u"alice"_s} << QByteArray("no database nope in sandbox");
        QTest::newRow("user the roles do not allow") << QStringList{
            u"demo-postgres"_s,
            u"--user"_s,
            u"postgres"_s} << QByteArray("your roles do not allow the database user \"postgres\" on demo-postgres; they allow alice and readonly");
        QTest::newRow("the same database and user again")
            << QStringList{u"demo-postgres"_s, u"--user"_s, u"alice"_s} << QByteArray("a gateway to demo-postgres as alice exists already");
    }
    void badInputIsRefusedAndNothingIsLeft()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const qsizetype before = gateways().size();
        const Run refused = cli(QStringList{u"gateway"_s, u"create"_s, u"sandbox"_s} + arguments);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(message), refused.err.constData());
        QCOMPARE(gateways().size(), before);
    }

    void aPortInUseIsRefused()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(taken.serverPort());
        const qsizetype before = gateways().size();
        const Run refused = cli({u"gateway"_s, u"create"_s, u"sandbox"_s, u"demo-postgres"_s, u"--user"_s, u"readonly"_s, u"--port"_s, port});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QByteArray("port " + port.toUtf8() + " on 127.0.0.1 is in use")), refused.err.constData());
        QCOMPARE(gateways().size(), before);
        const Run moved = cli({u"gateway"_s, u"set-port"_s, m_aliceGateway, port});
        QCOMPARE(moved.exitCode, 1);
        QVERIFY2(moved.err.contains("in use"), moved.err.constData());
        QCOMPARE(gateway(m_aliceGateway).value(u"local_port"_s).toInt(), m_alicePort); // still where it was
    }

    void thePortChangesUnderAnOpenSession()
    {
        PsqlSession session;
        QVERIFY(session.open(m_alicePort, u"alice"_s));
        QCOMPARE(session.query(u"select 'before'"_s), QByteArray("before"));
        const int port = freePort();
        const Run moved = cli({u"gateway"_s, u"set-port"_s, m_aliceGateway, QString::number(port)});
        QVERIFY2(moved.exitCode == 0, moved.err.constData());
        QVERIFY2(moved.out.contains(QByteArray("postgres://alice@localhost:" + QByteArray::number(port) + "/demo")), moved.out.constData());
        // New connections on the new port, none on the old; the open session goes on.
        const Run fresh = psql(port, u"alice"_s, u"select current_user"_s);
        QVERIFY2(fresh.exitCode == 0 && fresh.out.trimmed() == "alice", fresh.err.constData());
        QTRY_VERIFY(!accepts(m_alicePort));
        QCOMPARE(session.query(u"select 'after'"_s), QByteArray("after"));
        const QJsonObject after = gateway(m_aliceGateway);
        QCOMPARE(after.value(u"uri"_s).toString(), m_aliceGateway);
        QCOMPARE(after.value(u"local_port"_s).toInt(), port);
        m_alicePort = port;
    }

    void theDatabaseNameChangesTheCommand()
    {
        const Run changed = cli({u"gateway"_s, u"set-db"_s, m_aliceGateway, u"postgres"_s});
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        QCOMPARE(gateway(m_aliceGateway).value(u"cli_command"_s).toString(), u"psql \"postgres://alice@localhost:%1/postgres\""_s.arg(m_alicePort));
        QVERIFY(cli({u"gateway"_s, u"set-db"_s, m_aliceGateway, u"demo"_s}).exitCode == 0);
    }

    void fiftyConnectionsAtOnce()
    {
        const qint64 before = gateway(m_aliceGateway).value(u"total_connections"_s).toInteger();
        std::vector<std::unique_ptr<QProcess>> clients;
        for (int i = 0; i < 50; ++i) {
            auto client = std::make_unique<QProcess>();
            client->start(u"psql"_s,
                          {u"host=127.0.0.1 port=%1 user=alice dbname=demo sslmode=disable connect_timeout=30"_s.arg(m_alicePort),
                           u"-XAtq"_s,
                           u"-c"_s,
                           u"select %1 || ':' || current_user from pg_sleep(1)"_s.arg(i)});
            clients.push_back(std::move(client));
        }
        for (int i = 0; i < 50; ++i) {
            QProcess &client = *clients[std::size_t(i)];
            QVERIFY(client.waitForFinished(120000));
            QVERIFY2(client.exitCode() == 0, client.readAllStandardError().constData());
            QCOMPARE(client.readAllStandardOutput().trimmed(), QByteArray::number(i) + ":alice");
        }
        QCOMPARE(gateway(m_aliceGateway).value(u"total_connections"_s).toInteger(), before + 50);
        QTRY_COMPARE(gateway(m_aliceGateway).value(u"open_connections"_s).toInt(), 0);
    }

    void aProxyThatGoesAwayIsReportedAndComesBack()
    {
        EventWatch watch(Teleterm::makeLocalChannel(Teleterm::Paths::daemonSocketPath()));
        m_sandbox.stop();
        const Run refused = psql(m_alicePort, u"alice"_s, u"select 1"_s);
        QVERIFY(refused.exitCode != 0);
        QTRY_VERIFY(gateway(m_aliceGateway).value(u"last_error"_s).toString().contains("cannot reach the database through the proxy"_L1));
        QTRY_VERIFY(watch.has(v1::ClusterEvent::NOTIFICATION));
        const v1::ClusterEvent notification = watch.last(v1::ClusterEvent::NOTIFICATION);
        QCOMPARE(QString::fromStdString(notification.gateway_uri()), m_aliceGateway);
        QVERIFY2(QString::fromStdString(notification.message()).startsWith(u"Cannot connect to demo-postgres through 127.0.0.1:%1"_s.arg(m_alicePort)),
                 notification.message().c_str());
        // The gateway still listens; once the proxy is back, connections go through again.
        QVERIFY(accepts(m_alicePort));
        QVERIFY(m_sandbox.restart());
        const Run back = psql(m_alicePort, u"alice"_s, u"select current_user"_s);
        QVERIFY2(back.exitCode == 0 && back.out.trimmed() == "alice", back.err.constData());
        QCOMPARE(gateway(m_aliceGateway).value(u"last_error"_s).toString(), QString());
    }

    void aWaitingConnectionGoesOnAfterARelogin()
    {
        EventWatch watch(Teleterm::makeLocalChannel(Teleterm::Paths::daemonSocketPath()));
        const Run login = loginAs(u"dave"_s);
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const Run created = cli({u"gateway"_s, u"create"_s, u"sandbox"_s, u"demo-postgres"_s, u"--user"_s, u"dave"_s, u"--json"_s});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QJsonObject made = QJsonDocument::fromJson(created.out).object();
        const QString uri = made.value(u"uri"_s).toString();
        const QDateTime expires = QDateTime::fromString(made.value(u"certificate_valid_until"_s).toString(), Qt::ISODate);
        QVERIFY(expires.isValid() && expires < QDateTime::currentDateTimeUtc().addSecs(10)); // no longer than dave's session
        QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(expires)) + 1500);

        // dave's certificate has expired: a new connection waits, and the window is asked, once.
        QProcess waiting;
        waiting.start(u"psql"_s,
                      {u"host=127.0.0.1 port=%1 user=dave dbname=demo sslmode=disable connect_timeout=60"_s.arg(made.value(u"local_port"_s).toInt()),
                       u"-XAtq"_s,
                       u"-c"_s,
                       u"select current_user"_s});
        QTRY_VERIFY_WITH_TIMEOUT(watch.has(v1::ClusterEvent::RELOGIN_REQUIRED), 15000);
        const v1::ClusterEvent asked = watch.last(v1::ClusterEvent::RELOGIN_REQUIRED);
        QCOMPARE(QString::fromStdString(asked.gateway_uri()), uri);
        QCOMPARE(QString::fromStdString(asked.cluster_uri()), u"/clusters/127.0.0.1"_s);
        QVERIFY2(QString::fromStdString(asked.message()).contains("waits for you to log in again"_L1), asked.message().c_str());
        QCOMPARE(gateway(uri).value(u"state"_s).toString(), u"waiting_for_login"_s);
        QCOMPARE(waiting.state(), QProcess::Running);

        const Run again = loginAs(u"dave"_s, 1);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(waiting.waitForFinished(30000));
        QVERIFY2(waiting.exitCode() == 0, waiting.readAllStandardError().constData());
        QCOMPARE(waiting.readAllStandardOutput().trimmed(), QByteArray("dave"));
        QTRY_VERIFY(watch.has(v1::ClusterEvent::RELOGIN_SETTLED));
        QCOMPARE(watch.count(v1::ClusterEvent::RELOGIN_REQUIRED), 1);
        QVERIFY(cli({u"gateway"_s, u"rm"_s, uri}).exitCode == 0);
        // alice again, for the cases that follow.
        const Run alice = loginAs(u"alice"_s, 1);
        QVERIFY2(alice.exitCode == 0, alice.err.constData());
    }

    void gatewaysComeBackAndRenewTheirCertificateUnderAnOpenSession()
    {
        // A new daemon (as after a reboot), asking for database certificates of 4 seconds.
        QVERIFY(restartDaemon({u"--db-cert-ttl"_s, u"4"_s}));
        const QJsonObject restored = gateway(m_aliceGateway);
        QVERIFY2(!restored.isEmpty(), QJsonDocument(gateways()).toJson().constData());
        QCOMPARE(restored.value(u"local_port"_s).toInt(), m_alicePort);
        QCOMPARE(restored.value(u"target_subresource_name"_s).toString(), u"demo"_s);
        QCOMPARE(restored.value(u"state"_s).toString(), u"listening"_s);

        PsqlSession session;
        QVERIFY(session.open(m_alicePort, u"alice"_s));
        QCOMPARE(session.query(u"select 'first'"_s), QByteArray("first"));
        const QDateTime first = QDateTime::fromString(gateway(m_aliceGateway).value(u"certificate_valid_until"_s).toString(), Qt::ISODate);
        QVERIFY(first.isValid() && first <= QDateTime::currentDateTimeUtc().addSecs(5));
        // Renewed before it expires, while the session is open; the session goes on.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::fromString(gateway(m_aliceGateway).value(u"certificate_valid_until"_s).toString(), Qt::ISODate) > first, 15000);
        QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(first)) + 500);
        QCOMPARE(session.query(u"select 'still here'"_s), QByteArray("still here"));
        const Run fresh = psql(m_alicePort, u"alice"_s, u"select current_user"_s);
        QVERIFY2(fresh.exitCode == 0 && fresh.out.trimmed() == "alice", fresh.err.constData());
    }

    void removingClosesTheListener()
    {
        const Run removed = cli({u"gateway"_s, u"rm"_s, m_aliceGateway});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QVERIFY(gateways().isEmpty());
        QVERIFY(!accepts(m_alicePort));
        const Run unknown = cli({u"gateway"_s, u"rm"_s, m_aliceGateway});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("no gateway"), unknown.err.constData());
    }

    void aClusterTakesItsGatewaysWhenItIsRemoved()
    {
        const Run created = cli({u"gateway"_s, u"create"_s, u"sandbox"_s, u"demo-postgres"_s, u"--user"_s, u"readonly"_s, u"--json"_s});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const int port = QJsonDocument::fromJson(created.out).object().value(u"local_port"_s).toInt();
        QVERIFY(accepts(port));
        const Run removed = cli({u"logout"_s, u"sandbox"_s, u"--remove"_s});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QVERIFY(gateways().isEmpty());
        QVERIFY(!accepts(port));
    }
};

QTEST_GUILESS_MAIN(TestGateways)
#include "tst_gateways.moc"
