// teleterm-sandbox on its own, driven with ordinary tools: curl for the web API, openssl s_client
// for the ALPN routing, raw sockets for hostile clients.
#include "scratchruntime.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Teleterm::Test;

namespace
{

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(), process.readAllStandardError()};
}

int modeOf(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QJsonObject m_ready;

    QString dataDir() const
    {
        return m_dir.path() + "/sandbox"_L1;
    }
    QString proxy() const
    {
        return m_ready.value(u"proxy"_s).toString();
    }
    QString url(const QString &path) const
    {
        return "https://"_L1 + proxy() + path;
    }
    QString webCa() const
    {
        return m_ready.value(u"web_ca"_s).toString();
    }

    bool startSandbox()
    {
        m_sandbox.setProgram(program(u"teleterm-sandbox"_s));
        m_sandbox.setArguments({u"--data-dir"_s, dataDir()});
        m_sandbox.start();
        const QString readyPath = dataDir() + "/sandbox.json"_L1;
        if (!QTest::qWaitFor(
                [&] {
                    return QFile::exists(readyPath);
                },
                20000)) {
            qWarning() << "no ready file; the sandbox said:" << m_sandbox.readAllStandardError();
            return false;
        }
        QFile ready(readyPath);
        if (!ready.open(QIODevice::ReadOnly)) {
            return false;
        }
        m_ready = QJsonDocument::fromJson(ready.readAll()).object();
        return !proxy().isEmpty();
    }

    void stopSandbox()
    {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(10000);
    }

    QJsonObject getJson(const QString &path, int *httpStatus = nullptr)
    {
        const Run curl = run(u"curl"_s, {u"-sS"_s, u"--cacert"_s, webCa(), u"-w"_s, u"\n%{http_code}"_s, url(path)});
        const qsizetype split = curl.out.lastIndexOf('\n');
        if (httpStatus) {
            *httpStatus = curl.out.mid(split + 1).toInt();
        }
        return QJsonDocument::fromJson(curl.out.left(split)).object();
    }

    // The ALPN protocol the proxy chose for `offered`, or empty when the handshake failed.
    QByteArray negotiated(const QString &offered)
    {
        const Run client = run(u"openssl"_s, {u"s_client"_s, u"-connect"_s, proxy(), u"-CAfile"_s, webCa(), u"-alpn"_s, offered}, "");
        const QByteArray all = client.out + client.err;
        const qsizetype at = all.indexOf("ALPN protocol: ");
        return at < 0 ? QByteArray() : all.mid(at + 15, all.indexOf('\n', at) - at - 15).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(startSandbox());
    }

    void cleanupTestCase()
    {
        stopSandbox();
    }

    void authoritiesArePrivate()
    {
        QCOMPARE(modeOf(dataDir()), 0700);
        for (const char *name : {"user", "host", "db"}) {
            QCOMPARE(modeOf(dataDir() + "/ca/"_L1 + QLatin1StringView(name) + ".key"_L1), 0600);
            QVERIFY(QFile::exists(dataDir() + "/ca/"_L1 + QLatin1StringView(name) + ".crt"_L1));
        }
        QCOMPARE(webCa(), dataDir() + "/ca/host.crt"_L1);
        QCOMPARE(modeOf(dataDir() + "/sandbox.json"_L1), 0600);
        QCOMPARE(m_ready.value(u"cluster"_s).toString(), u"sandbox"_s);
    }

    void pingSaysWhatTeleportSays_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("webapi") << u"/webapi/ping"_s;
        QTest::newRow("v1 prefix") << u"/v1/webapi/ping"_s;
    }
    void pingSaysWhatTeleportSays()
    {
        QFETCH(QString, path);
        int status = 0;
        const QJsonObject ping = getJson(path, &status);
        QCOMPARE(status, 200);
        QCOMPARE(ping.value(u"cluster_name"_s).toString(), u"sandbox"_s);
        QVERIFY(!ping.value(u"server_version"_s).toString().isEmpty());
        const QJsonObject auth = ping.value(u"auth"_s).toObject();
        QCOMPARE(auth.value(u"type"_s).toString(), u"local"_s);
        QCOMPARE(auth.value(u"second_factor"_s).toString(), u"otp"_s);
        QCOMPARE(auth.value(u"default_session_ttl"_s).toString(), u"12h0m0s"_s);
        const QJsonObject proxySettings = ping.value(u"proxy"_s).toObject();
        QVERIFY(proxySettings.value(u"tls_routing_enabled"_s).toBool());
        QCOMPARE(proxySettings.value(u"ssh"_s).toObject().value(u"web_listen_addr"_s).toString(), proxy());
    }

    void findHasNoAuthSettings()
    {
        int status = 0;
        const QJsonObject find = getJson(u"/webapi/find"_s, &status);
        QCOMPARE(status, 200);
        QCOMPARE(find.value(u"cluster_name"_s).toString(), u"sandbox"_s);
        QVERIFY(!find.contains(u"auth"_s));
        QVERIFY(find.value(u"proxy"_s).toObject().value(u"tls_routing_enabled"_s).toBool());
    }

    void errorsHaveTeleportsBody()
    {
        int status = 0;
        const QJsonObject missing = getJson(u"/webapi/nothing-here"_s, &status);
        QCOMPARE(status, 404);
        QVERIFY(!missing.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());

        const Run post = run(u"curl"_s, {u"-sS"_s, u"--cacert"_s, webCa(), u"-X"_s, u"DELETE"_s, u"-w"_s, u"\n%{http_code}"_s, url(u"/webapi/ping"_s)});
        QVERIFY2(post.out.endsWith("\n405"), post.out.constData());
        QVERIFY(post.out.contains("\"error\":{\"message\""));
    }

    void certificateIsTheClustersOwn()
    {
        // Without the sandbox's CA, curl refuses the proxy's certificate (exit 60).
        const Run untrusted = run(u"curl"_s, {u"-sS"_s, url(u"/webapi/ping"_s)});
        QCOMPARE(untrusted.exitCode, 60);
        // With it, the name the user types (127.0.0.1) and the routed names both verify.
        const Run routed = run(u"curl"_s,
                               {u"-sS"_s,
                                u"--cacert"_s,
                                webCa(),
                                u"--resolve"_s,
                                u"abc.teleport.cluster.local:%1:127.0.0.1"_s.arg(proxy().section(u':', 1)),
                                u"https://abc.teleport.cluster.local:%1/webapi/ping"_s.arg(proxy().section(u':', 1))});
        QCOMPARE(routed.exitCode, 0);
    }

    void alpnRouting()
    {
        QCOMPARE(negotiated(u"http/1.1"_s), QByteArray("http/1.1"));
        // The first protocol the client offers that a route takes wins.
        QCOMPARE(negotiated(u"teleport-unknown,http/1.1"_s), QByteArray("http/1.1"));
        // Only protocols no route takes: the handshake is refused.
        QCOMPARE(negotiated(u"teleport-unknown"_s), QByteArray());
    }

    void hostileClientsDoNotStopIt()
    {
        const quint16 port = proxy().section(u':', 1).toUShort();
        {
            // Half a ClientHello, then silence; then plain text where TLS belongs.
            QTcpSocket truncated;
            truncated.connectToHost(u"127.0.0.1"_s, port);
            QVERIFY(truncated.waitForConnected(5000));
            truncated.write(QByteArray::fromHex("160301020001"));
            truncated.flush();
            QTcpSocket plain;
            plain.connectToHost(u"127.0.0.1"_s, port);
            QVERIFY(plain.waitForConnected(5000));
            plain.write("GET /webapi/ping HTTP/1.1\r\nHost: x\r\n\r\n");
            plain.flush();
            plain.waitForDisconnected(5000);
        }
        // Garbage inside TLS gets 400 and the connection closes.
        const Run garbage = run(u"openssl"_s,
                                {u"s_client"_s, u"-connect"_s, proxy(), u"-CAfile"_s, webCa(), u"-quiet"_s, u"-alpn"_s, u"http/1.1"_s},
                                "NOT HTTP AT ALL\r\n\r\n");
        QVERIFY2(garbage.out.startsWith("HTTP/1.1 400"), garbage.out.constData());
        // And it still serves.
        int status = 0;
        QCOMPARE(getJson(u"/webapi/ping"_s, &status).value(u"cluster_name"_s).toString(), u"sandbox"_s);
        QCOMPARE(status, 200);
    }

    void restartKeepsTheAuthoritiesAndStopsCleanly()
    {
        QFile before(webCa());
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray caBefore = before.readAll();

        // A second sandbox on the same data directory is refused.
        const Run second = run(program(u"teleterm-sandbox"_s), {u"--data-dir"_s, dataDir()});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("another sandbox"), second.err.constData());

        stopSandbox();
        QCOMPARE(m_sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_sandbox.exitCode(), 0);
        QVERIFY(!QFile::exists(dataDir() + "/sandbox.json"_L1)); // not ready any more
        QVERIFY(QTcpSocket().state() == QAbstractSocket::UnconnectedState);

        QVERIFY(startSandbox());
        QFile after(webCa());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), caBefore);
        int status = 0;
        getJson(u"/webapi/ping"_s, &status);
        QCOMPARE(status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
