// The window when a gateway's connection finds the user's session expired, against the real
// daemon and a sandbox whose sessions last seconds: the daemon asks for a relogin, the window's
// login dialog says why, a login there lets the waiting connection through, and a login elsewhere
// closes the dialog by itself.
#include "awaitrpc.h"
#include "daemonclient.h"
#include "sandboxprocess.h"
#include "scratchruntime.h"
#include "windowfixture.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using Teleterm::Backend::DaemonClient;
using Teleterm::Backend::RpcResult;
using namespace Teleterm::Test;

class TestWindowRelogin : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScratchRuntime> m_runtime;
    SandboxProcess m_sandbox;
    std::unique_ptr<DaemonClient> m_daemon;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QString m_clusterUri;
    QString m_gatewayUri;
    QString m_port;
    QDateTime m_expires;

    static void findItems(QQuickItem *parent, const QString &objectName, QList<QQuickItem *> *found)
    {
        const QList<QQuickItem *> children = parent->childItems();
        for (QQuickItem *child : children) {
            if (child->objectName() == objectName) {
                found->append(child);
            }
            findItems(child, objectName, found);
        }
    }

    // The first item so named that shows.
    QQuickItem *visibleItem(const QString &objectName) const
    {
        QList<QQuickItem *> found;
        findItems(m_window->contentItem(), objectName, &found);
        const auto shown = std::find_if(found.cbegin(), found.cend(), [](QQuickItem *candidate) {
            return candidate->isVisible() && candidate->width() > 0;
        });
        return shown == found.cend() ? nullptr : *shown;
    }

    void click(QQuickItem *target) const
    {
        QVERIFY(target);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint());
    }

    void typeInto(const QString &objectName, const QString &text)
    {
        QQuickItem *field = visibleItem(objectName);
        QVERIFY2(field, qPrintable(objectName));
        field->setProperty("text", QString());
        field->forceActiveFocus();
        for (const QChar c : text) {
            QTest::keyClick(m_window, c.toLatin1());
        }
        QCOMPARE(field->property("text").toString(), text);
    }

    void screenshot(const QString &name) const
    {
        const QString dir = QStringLiteral(TELETERM_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        m_window->grabWindow().save(dir + u'/' + name);
    }

    // dave logs in without the window, with the code `stepsAhead` 30-second steps from now (a
    // code is good once).
    bool loginElsewhere(int stepsAhead)
    {
        const auto loggedIn = await<Teleterm::Backend::ClusterInfo>([&](auto done) {
            m_daemon->channel()
                ->login(m_clusterUri, u"dave"_s, m_sandbox.user(u"dave"_s).value(u"password"_s).toString(), m_sandbox.otp(u"dave"_s, stepsAhead), this, done);
        });
        if (!loggedIn.ok()) {
            qWarning().noquote() << "login failed:" << loggedIn.error.message;
            return false;
        }
        m_expires = loggedIn.value->validUntil;
        return true;
    }

    // psql through the gateway, as dave, waiting up to a minute to connect.
    std::unique_ptr<QProcess> startPsql() const
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PSQLRC"_s, u"/dev/null"_s);
        process->setProcessEnvironment(environment);
        process->start(u"/usr/bin/psql"_s,
                       {u"-XAtqw"_s,
                        u"-d"_s,
                        u"host=127.0.0.1 port=%1 user=dave dbname=demo sslmode=disable connect_timeout=60"_s.arg(m_port),
                        u"-c"_s,
                        u"select current_user"_s});
        return process;
    }

    // Waits for dave's session (and the gateway's certificate, which lasts no longer) to expire.
    void waitForExpiry() const
    {
        QVERIFY(m_expires.isValid());
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(m_expires) + 1500;
        QVERIFY2(wait < 20000, "sessions of seconds");
        QTest::qWait(int(std::max<qint64>(wait, 0)));
    }

    QObject *loginDialog() const
    {
        return m_window->findChild<QObject *>(u"loginDialog"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_runtime = std::make_unique<ScratchRuntime>();
        QVERIFY(m_runtime->isValid());
        // dave's sessions last 8 seconds.
        const QJsonObject all{{u"*"_s, QJsonArray{u"*"_s}}};
        const QJsonObject roles{{u"brief"_s,
                                 QJsonObject{{u"logins"_s, QJsonArray{u"{{internal.logins}}"_s}},
                                             {u"db_users"_s, QJsonArray{u"{{internal.db_users}}"_s}},
                                             {u"db_names"_s, QJsonArray{u"*"_s}},
                                             {u"db_labels"_s, all},
                                             {u"max_session_ttl"_s, u"8s"_s}}}};
        const QJsonArray users{
            QJsonObject{{u"name"_s, u"dave"_s}, {u"roles"_s, QJsonArray{u"brief"_s}}, {u"traits"_s, QJsonObject{{u"db_users"_s, QJsonArray{u"dave"_s}}}}}};
        QVERIFY(m_sandbox.start(m_runtime->root() + "/sandbox"_L1, QJsonObject{{u"nodes"_s, 0}, {u"roles"_s, roles}, {u"users"_s, users}}));
        m_daemon = daemonFor(m_sandbox);
        m_daemon->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon->isConnected(), 15000);

        const auto added = await<Teleterm::Backend::ClusterInfo>([&](auto done) {
            m_daemon->channel()->addCluster(m_sandbox.proxy(), this, done);
        });
        QVERIFY2(added.ok(), qPrintable(added.error.message));
        m_clusterUri = added.value->uri;
        QVERIFY(loginElsewhere(-1));

        QVERIFY((m_window = loadWindow(m_engine)) != nullptr);
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_daemon.reset();
        m_sandbox.stop();
        m_runtime.reset();
    }

    void aGatewayOfDaves()
    {
        const auto created = await<Teleterm::Backend::GatewayInfo>([&](auto done) {
            m_daemon->channel()->createGateway(m_clusterUri + "/dbs/demo-postgres"_L1, u"dave"_s, {}, {}, this, done);
        });
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        m_gatewayUri = created.value->uri;
        m_port = created.value->localPort;
        // The window lists it.
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(u"gatewayRow"_s), 15000);
        QVERIFY(!loginDialog()->property("opened").toBool());
    }

    void aRefusedConnectionIsANotification()
    {
        // The proxy goes away: a connection through the gateway fails, and the window says so
        // (while dave's session still lasts).
        m_sandbox.stop();
        std::unique_ptr<QProcess> psql = startPsql();
        QVERIFY(psql->waitForFinished(40000));
        QVERIFY(psql->exitCode() != 0);
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(u"notificationBanner"_s), 15000);
        const QString text = visibleItem(u"notificationBanner"_s)->property("text").toString();
        QVERIFY2(text.contains(u"demo-postgres"_s) && text.contains(m_port), qPrintable(text));
        // The gateway's tab, from the sidebar, has the error and its time.
        click(visibleItem(u"gatewayRow"_s));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(u"gatewayLastError"_s), 15000);
        QVERIFY(visibleItem(u"gatewayLastError"_s)->property("text").toString().startsWith(u"Last error, at "_s));
        screenshot(u"gateway-notification-light.png"_s);
        // Dismissed, it goes.
        QList<QQuickItem *> actions;
        findItems(visibleItem(u"notificationBanner"_s), u"bannerAction"_s, &actions);
        QCOMPARE(actions.size(), 1);
        click(actions.first());
        QTRY_VERIFY(!visibleItem(u"notificationBanner"_s));
        QVERIFY(m_sandbox.restart());
    }

    void aWaitingConnectionAsksForALoginInTheWindow()
    {
        waitForExpiry();
        std::unique_ptr<QProcess> psql = startPsql();
        // The daemon asks; the dialog says why, once.
        QTRY_VERIFY_WITH_TIMEOUT(loginDialog()->property("opened").toBool(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(loginDialog()->property("notice").toString().contains(u"log in again"_s), 20000);
        QVERIFY(loginDialog()->property("relogin").toBool());
        QCOMPARE(loginDialog()->property("clusterUri").toString(), m_clusterUri);
        // The sidebar shows the gateway waiting.
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(u"gatewayRow"_s)->property("gatewayState").toInt() == 2, 10000); // WaitingForLogin
        screenshot(u"gateway-relogin-light.png"_s);
        QCOMPARE(psql->state(), QProcess::Running);

        // Logged in there: the connection goes on.
        QTRY_VERIFY(visibleItem(u"loginUser"_s) && visibleItem(u"loginOtp"_s));
        if (visibleItem(u"loginUser"_s)->property("text").toString() != "dave"_L1) {
            typeInto(u"loginUser"_s, u"dave"_s);
        }
        typeInto(u"loginPassword"_s, m_sandbox.user(u"dave"_s).value(u"password"_s).toString());
        typeInto(u"loginOtp"_s, m_sandbox.otp(u"dave"_s));
        click(visibleItem(u"loginButton"_s));
        QVERIFY(psql->waitForFinished(40000));
        QVERIFY2(psql->exitCode() == 0, psql->readAllStandardError().constData());
        QCOMPARE(psql->readAllStandardOutput().trimmed(), QByteArray("dave"));
        QTRY_VERIFY_WITH_TIMEOUT(!loginDialog()->property("opened").toBool(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(u"gatewayRow"_s)->property("gatewayState").toInt() == 1, 10000); // Listening
    }

    void aLoginElsewhereClosesTheUntouchedDialog()
    {
        // The window's login gave a new session; its end is what to wait for.
        const auto clusters = await<QList<Teleterm::Backend::ClusterInfo>>([&](auto done) {
            m_daemon->channel()->listRootClusters(this, done);
        });
        QVERIFY(clusters.ok() && !clusters.value->isEmpty());
        m_expires = clusters.value->first().validUntil;
        waitForExpiry();
        std::unique_ptr<QProcess> psql = startPsql();
        QTRY_VERIFY_WITH_TIMEOUT(loginDialog()->property("opened").toBool() && loginDialog()->property("relogin").toBool(), 20000);
        QVERIFY(!loginDialog()->property("touched").toBool());
        QVERIFY(loginElsewhere(1));
        QVERIFY(psql->waitForFinished(40000));
        QCOMPARE(psql->readAllStandardOutput().trimmed(), QByteArray("dave"));
        // Settled: the dialog nobody typed into goes away by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!loginDialog()->property("opened").toBool(), 15000);
    }
};

QTEST_MAIN(TestWindowRelogin)
#include "tst_window_relogin.moc"
