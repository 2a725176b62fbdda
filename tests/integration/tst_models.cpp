// The window's models against the real daemon and a sandbox cluster, each under
// QAbstractItemModelTester: clusters with a leaf, and resources paged, searched and filtered.
#include "awaitrpc.h"
#include "catalogue.h"
#include "clustersmodel.h"
#include "daemonclient.h"
#include "databaseusers.h"
#include "gatewaysmodel.h"
#include "resourcesmodel.h"
#include "sandboxprocess.h"
#include "scratchruntime.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using Teleterm::Backend::ClusterInfo;
using Teleterm::Backend::DaemonClient;
using Teleterm::Backend::RpcResult;
using Teleterm::Models::ClustersModel;
using Teleterm::Models::DatabaseUsers;
using Teleterm::Models::GatewaysModel;
using Teleterm::Models::ResourcesModel;
using namespace Teleterm::Test;

class TestModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScratchRuntime> m_runtime;
    SandboxProcess m_sandbox;
    std::unique_ptr<DaemonClient> m_daemon;
    QString m_clusterUri;
    static constexpr int ListedServers = 250;

    [[nodiscard]] QString daemonLog() const
    {
        QFile log(m_runtime->stateDir() + "/daemon.log"_L1);
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }

    static QStringList column(const QAbstractItemModel &model, int role)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row) {
            values << model.data(model.index(row, 0), role).toString();
        }
        return values;
    }

    // psql through a gateway: `query` as alice on the database demo; what it printed, or why not.
    static QProcess *startPsql(const QString &port, const QString &query, QObject *parent)
    {
        auto *process = new QProcess(parent);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PSQLRC"_s, u"/dev/null"_s);
        environment.remove(u"PGPASSWORD"_s);
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(u"/usr/bin/psql"_s,
                       {u"-X"_s,
                        u"-A"_s,
                        u"-t"_s,
                        u"-w"_s,
                        u"-v"_s,
                        u"ON_ERROR_STOP=1"_s,
                        u"-d"_s,
                        u"host=127.0.0.1 port=%1 user=alice dbname=demo sslmode=disable connect_timeout=20"_s.arg(port),
                        u"-c"_s,
                        query});
        return process;
    }

    // What a gateway's row says, by role.
    static QVariant roleOf(const GatewaysModel &gateways, const QString &uri, int role)
    {
        const int row = gateways.rowOf(uri);
        return row < 0 ? QVariant() : gateways.data(gateways.index(row, 0), role);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_runtime = std::make_unique<ScratchRuntime>();
        const QJsonObject leaf{{u"name"_s, u"leaf-one"_s}, {u"listed_servers"_s, 3}};
        QVERIFY(m_sandbox.start(m_runtime->root() + "/sandbox"_L1,
                                QJsonObject{{u"leaf_clusters"_s, QJsonArray{leaf}}},
                                {u"--listed-servers"_s, QString::number(ListedServers)}));
        m_daemon = std::make_unique<DaemonClient>(
            DaemonClient::Options{.program = program(u"teleterm-daemon"_s), .socketPath = {}, .insecure = false, .caFile = m_sandbox.webCa()});
        m_daemon->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon->isConnected(), 15000);
    }

    void cleanupTestCase()
    {
        m_daemon.reset();
        m_sandbox.stop();
        m_runtime.reset();
    }

    void clustersWithTheirLeaves()
    {
        ClustersModel clusters;
        QAbstractItemModelTester tester(&clusters, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!clusters.loading());
        QCOMPARE(clusters.count(), 0);

        const auto added = await<ClusterInfo>([&](auto done) {
            m_daemon->channel()->addCluster(m_sandbox.proxy(), this, done);
        });
        QVERIFY2(added.ok(), qPrintable(added.error.message));
        m_clusterUri = added.value->uri;
        clusters.refresh();
        QTRY_COMPARE(clusters.count(), 1);
        const QModelIndex root = clusters.index(0, 0);
        QCOMPARE(clusters.data(root, ClustersModel::NameRole).toString(), u"sandbox"_s);
        QCOMPARE(clusters.data(root, ClustersModel::ConnectedRole).toBool(), false);
        QCOMPARE(clusters.data(root, ClustersModel::UserNameRole).toString(), QString());

        // Logged in: the same row changes in place, and the leaf comes under it.
        QSignalSpy changed(&clusters, &QAbstractItemModel::dataChanged);
        const auto loggedIn = await<ClusterInfo>([&](auto done) {
            m_daemon->channel()
                ->login(m_clusterUri, u"alice"_s, m_sandbox.user(u"alice"_s).value(u"password"_s).toString(), m_sandbox.otp(u"alice"_s), this, done);
        });
        QVERIFY2(loggedIn.ok(), qPrintable(loggedIn.error.message));
        clusters.refresh();
        QTRY_COMPARE(clusters.count(), 2);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(clusters.data(clusters.index(0, 0), ClustersModel::ConnectedRole).toBool(), true);
        QCOMPARE(clusters.data(clusters.index(0, 0), ClustersModel::UserNameRole).toString(), u"alice"_s);
        QCOMPARE(clusters.data(clusters.index(0, 0), ClustersModel::RolesRole).toStringList(), QStringList{u"access"_s});
        QCOMPARE(clusters.data(clusters.index(1, 0), ClustersModel::LeafRole).toBool(), true);
        QCOMPARE(clusters.data(clusters.index(1, 0), ClustersModel::NameRole).toString(), u"leaf-one"_s);
        QCOMPARE(clusters.rowOf(m_clusterUri + "/leaves/leaf-one"_L1), 1);
        QVERIFY(clusters.get(m_clusterUri).value(u"validUntil"_s).toDateTime() > QDateTime::currentDateTimeUtc());
    }

    void resourcesPageByPage()
    {
        // No tester here: it asks for more after every insertion, which would hide the paging.
        ResourcesModel resources;
        resources.setPageSize(100);
        resources.setClusterUri(m_clusterUri);
        QTRY_COMPARE_WITH_TIMEOUT(resources.count(), 100, 20000);
        QVERIFY(!resources.complete());
        // Scrolling asks for more, a page at a time, to the end.
        int pages = 1;
        while (resources.canFetchMore({})) {
            resources.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!resources.loading(), 20000);
            ++pages;
        }
        const int total = ListedServers + 2 + 2 + 2 + 2;
        QCOMPARE(resources.count(), total);
        QCOMPARE(pages, (total + 99) / 100);
        QVERIFY(resources.complete());
        const QStringList uris = column(resources, ResourcesModel::UriRole);
        QCOMPARE(QSet<QString>(uris.begin(), uris.end()).size(), total);

        // Under the tester (which fetches all it can, as an eager view would), each row comes once.
        ResourcesModel tested;
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.setPageSize(100);
        tested.setClusterUri(m_clusterUri);
        QTRY_VERIFY_WITH_TIMEOUT(tested.complete(), 20000);
        QCOMPARE(tested.count(), total);
    }

    void resourcesFilteredByTheCluster()
    {
        ResourcesModel resources;
        QAbstractItemModelTester tester(&resources, QAbstractItemModelTester::FailureReportingMode::QtTest);
        resources.setPageSize(1000);
        resources.setClusterUri(m_clusterUri);
        QTRY_VERIFY_WITH_TIMEOUT(resources.complete(), 20000);

        resources.setKinds({u"kube"_s});
        QTRY_VERIFY_WITH_TIMEOUT(resources.complete(), 20000);
        QCOMPARE(column(resources, ResourcesModel::DisplayNameRole), (QStringList{u"kube-dev"_s, u"kube-prod"_s}));

        resources.setKinds({});
        resources.toggleLabel(u"env=dev"_s);
        QTRY_VERIFY_WITH_TIMEOUT(resources.complete(), 20000);
        // Real node-1, every third listed server, demo-postgres, kube-dev, wiki.
        QCOMPARE(resources.count(), 1 + (ListedServers + 0) / 3 + 3);
        for (const QVariant &labels : QList<QVariant>{resources.data(resources.index(0, 0), ResourcesModel::LabelsRole)}) {
            QVERIFY(labels.toStringList().contains(u"env=dev"_s));
        }

        // Typing settles before the cluster is asked; the answer is the last query's.
        resources.setSearch(u"no"_s);
        resources.setSearch(u"node"_s);
        resources.setSearch(u"node-1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(resources.complete() && resources.count() == 1, 20000);
        QCOMPARE(resources.data(resources.index(0, 0), ResourcesModel::DisplayNameRole).toString(), u"node-1"_s);
        QVERIFY(!resources.data(resources.index(0, 0), ResourcesModel::LoginsRole).toStringList().isEmpty());

        resources.setSearch(u"nothing-has-this"_s);
        QTRY_VERIFY_WITH_TIMEOUT(resources.complete(), 20000);
        QCOMPARE(resources.count(), 0);
    }

    void aLeafsResources()
    {
        ResourcesModel resources;
        QAbstractItemModelTester tester(&resources, QAbstractItemModelTester::FailureReportingMode::QtTest);
        resources.setClusterUri(m_clusterUri + "/leaves/leaf-one"_L1);
        QTRY_VERIFY_WITH_TIMEOUT(resources.complete(), 20000);
        QCOMPARE(resources.count(), 3);
        QVERIFY(resources.data(resources.index(0, 0), ResourcesModel::UriRole).toString().startsWith(m_clusterUri + "/leaves/leaf-one/servers/"_L1));
    }

    void databaseUsersTheRolesAllow()
    {
        DatabaseUsers users;
        users.setDatabaseUri(m_clusterUri + "/dbs/demo-postgres"_L1);
        QVERIFY(users.loading());
        QTRY_VERIFY_WITH_TIMEOUT(!users.loading(), 20000);
        QVERIFY2(users.error().isEmpty(), qPrintable(users.error()));
        QCOMPARE(users.users(), (QStringList{u"alice"_s, u"readonly"_s}));

        users.setDatabaseUri(m_clusterUri + "/dbs/no-such-db"_L1);
        QTRY_VERIFY_WITH_TIMEOUT(!users.loading(), 20000);
        QVERIFY2(users.error().contains(u"no database no-such-db"_s), qPrintable(users.error()));
        QVERIFY(users.users().isEmpty());
    }

    void theDaemonAnswersInTheWindowsLanguage()
    {
        // Every call names the window's language (QLocale's default, which the chosen language
        // sets), and the daemon's messages come in it.
        const QLocale before;
        const auto restore = qScopeGuard([&] {
            QLocale::setDefault(before);
        });
        for (const QString &language : {u"de"_s, u"ja"_s, u"ar"_s}) {
            QLocale::setDefault(QLocale(language));
            DatabaseUsers users;
            users.setDatabaseUri(m_clusterUri + "/dbs/no-such-db"_L1);
            QTRY_VERIFY_WITH_TIMEOUT(!users.loading(), 20000);
            const QString expected = serviceText(language, "no database %1 in %2").arg(u"no-such-db"_s, u"sandbox"_s);
            QVERIFY(!expected.isEmpty() && !expected.contains(u"no database"_s));
            QVERIFY2(users.error().contains(expected), qPrintable(users.error()));
        }
    }

    void gatewaysToADatabase()
    {
        GatewaysModel gateways;
        QAbstractItemModelTester tester(&gateways, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(gateways.loaded(), 15000);
        QCOMPARE(gateways.count(), 0);
        QSignalSpy created(&gateways, &GatewaysModel::created);
        QSignalSpy failed(&gateways, &GatewaysModel::createFailed);
        const QString target = m_clusterUri + "/dbs/demo-postgres"_L1;

        // Created: the row comes with its port and its command line.
        const int request = gateways.create(target, u"alice"_s);
        QTRY_VERIFY_WITH_TIMEOUT(created.count() + failed.count() > 0, 40000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QCOMPARE(created.first().at(0).toInt(), request);
        const QString uri = created.first().at(1).toString();
        QVERIFY2(uri.startsWith(u"/gateways/"_s), qPrintable(uri));
        QCOMPARE(gateways.count(), 1);
        const QString port = roleOf(gateways, uri, GatewaysModel::LocalPortRole).toString();
        QVERIFY2(port.toInt() >= 1024, qPrintable(port));
        QCOMPARE(roleOf(gateways, uri, GatewaysModel::TargetNameRole).toString(), u"demo-postgres"_s);
        QCOMPARE(roleOf(gateways, uri, GatewaysModel::TargetUserRole).toString(), u"alice"_s);
        QCOMPARE(roleOf(gateways, uri, GatewaysModel::ClusterUriRole).toString(), m_clusterUri);
        QCOMPARE(roleOf(gateways, uri, GatewaysModel::ProtocolRole).toString(), u"postgres"_s);
        QCOMPARE(roleOf(gateways, uri, GatewaysModel::StateRole).toInt(), int(GatewaysModel::State::Listening));
        const QString command = roleOf(gateways, uri, GatewaysModel::CliCommandRole).toString();
        QVERIFY2(command.startsWith(u"psql "_s) && command.contains(port), qPrintable(command));
        QVERIFY(roleOf(gateways, uri, GatewaysModel::CertificateValidUntilRole).toDateTime() > QDateTime::currentDateTimeUtc());
        QCOMPARE(gateways.find(target, u"alice"_s), uri);
        QCOMPARE(gateways.get(uri).value(u"localPort"_s).toString(), port);

        // The same database and user again: the gateway there is, no second one.
        created.clear();
        const int again = gateways.create(target, u"alice"_s);
        QTRY_COMPARE(created.count(), 1);
        QCOMPARE(created.first().at(0).toInt(), again);
        QCOMPARE(created.first().at(1).toString(), uri);
        QCOMPARE(gateways.count(), 1);

        // psql through it: a connection held open shows, then counts in the total. The rows
        // change in place.
        QSignalSpy changed(&gateways, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&gateways, &QAbstractItemModel::modelReset);
        const qint64 totalBefore = roleOf(gateways, uri, GatewaysModel::TotalConnectionsRole).toLongLong();
        QProcess *held = startPsql(port, u"select current_user, pg_sleep(3)"_s, this);
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(gateways, uri, GatewaysModel::OpenConnectionsRole).toInt(), 1, 20000);
        QVERIFY(held->waitForFinished(30000));
        const QString output = QString::fromUtf8(held->readAll());
        QVERIFY2(held->exitCode() == 0 && output.startsWith(u"alice|"_s), qPrintable(output));
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(gateways, uri, GatewaysModel::OpenConnectionsRole).toInt(), 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(roleOf(gateways, uri, GatewaysModel::TotalConnectionsRole).toLongLong() >= totalBefore + 1, 20000);
        QVERIFY(changed.count() > 0);
        QCOMPARE(reset.count(), 0);

        // Another port: same gateway, listening there; the command follows.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString newPort = QString::number(probe.serverPort());
        probe.close();
        gateways.setPort(uri, newPort);
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(gateways, uri, GatewaysModel::LocalPortRole).toString(), newPort, 20000);
        QVERIFY(roleOf(gateways, uri, GatewaysModel::OperationErrorRole).toString().isEmpty());
        QVERIFY(roleOf(gateways, uri, GatewaysModel::CliCommandRole).toString().contains(newPort));
        QProcess *moved = startPsql(newPort, u"select current_user"_s, this);
        QVERIFY(moved->waitForFinished(30000));
        QVERIFY2(moved->exitCode() == 0, moved->readAll().constData());

        // The database name: the command line names it.
        gateways.setDatabaseName(uri, u"demo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(gateways, uri, GatewaysModel::TargetSubresourceNameRole).toString(), u"demo"_s, 20000);
        QVERIFY2(roleOf(gateways, uri, GatewaysModel::CliCommandRole).toString().contains(u"/demo"_s),
                 qPrintable(roleOf(gateways, uri, GatewaysModel::CliCommandRole).toString()));

        // A port that is taken, or not allowed: a readable error, the gateway as it was.
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        QSignalSpy operationFailed(&gateways, &GatewaysModel::operationFailed);
        gateways.setPort(uri, QString::number(taken.serverPort()));
        QTRY_COMPARE_WITH_TIMEOUT(operationFailed.count(), 1, 20000);
        const QString inUse = roleOf(gateways, uri, GatewaysModel::OperationErrorRole).toString();
        QVERIFY2(inUse.contains(QString::number(taken.serverPort())) || inUse.contains(u"in use"_s), qPrintable(inUse));
        QCOMPARE(roleOf(gateways, uri, GatewaysModel::LocalPortRole).toString(), newPort);
        QVERIFY(!roleOf(gateways, uri, GatewaysModel::BusyRole).toBool());

        // Creating one elsewhere with those ports fails and leaves no row.
        failed.clear();
        created.clear();
        gateways.create(target, u"readonly"_s, QString::number(taken.serverPort()));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 40000);
        QVERIFY2(!failed.first().at(1).toString().isEmpty(), "a readable error");
        qInfo().noquote() << "port in use:" << failed.first().at(1).toString();
        gateways.create(target, u"readonly"_s, u"80"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 40000);
        QVERIFY2(failed.at(1).at(1).toString().contains(u"80"_s) || failed.at(1).at(1).toString().contains(u"1024"_s),
                 qPrintable(failed.at(1).at(1).toString()));
        gateways.create(target, u"readonly"_s, u"not-a-port"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, 40000);
        gateways.create(m_clusterUri + "/dbs/no-such-db"_L1, u"alice"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 4, 40000);
        QVERIFY2(failed.at(3).at(1).toString().contains(u"no-such-db"_s), qPrintable(failed.at(3).at(1).toString()));
        QCOMPARE(created.count(), 0);
        gateways.refresh();
        QTRY_VERIFY(!gateways.loading());
        QCOMPARE(gateways.count(), 1);

        // A second model (another window) sees the same gateway.
        GatewaysModel other;
        QTRY_COMPARE_WITH_TIMEOUT(other.count(), 1, 15000);
        QCOMPARE(other.data(other.index(0, 0), GatewaysModel::LocalPortRole).toString(), newPort);

        // Removed: the row goes, here and there.
        QSignalSpy removed(&gateways, &GatewaysModel::removed);
        gateways.remove(uri);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 20000);
        QCOMPARE(gateways.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(other.count(), 0, 15000);
        QProcess *gone = startPsql(newPort, u"select 1"_s, this);
        QVERIFY(gone->waitForFinished(30000));
        QVERIFY(gone->exitCode() != 0);
    }

    void navigationCancelsWhatItNoLongerNeeds()
    {
        ResourcesModel resources;
        QAbstractItemModelTester tester(&resources, QAbstractItemModelTester::FailureReportingMode::QtTest);
        resources.setPageSize(10);
        resources.setClusterUri(m_clusterUri);
        QTRY_VERIFY_WITH_TIMEOUT(resources.count() > 0, 20000);

        // A proxy that hangs (stopped, not gone): the daemon would wait for it up to its call
        // timeout (15 s). The view moving on must end that wait at once, in the daemon too.
        const qsizetype gaveUpBefore = daemonLog().count(u"its caller gave up"_s);
        QCOMPARE(::kill(pid_t(m_sandbox.pid()), SIGSTOP), 0);
        const auto resume = qScopeGuard([&] {
            ::kill(pid_t(m_sandbox.pid()), SIGCONT);
        });
        resources.setKinds({u"server"_s});
        QTest::qWait(500);
        QVERIFY(resources.loading());
        resources.setKinds({u"database"_s}); // the user went on to databases
        QTRY_VERIFY_WITH_TIMEOUT(daemonLog().count(u"its caller gave up"_s) > gaveUpBefore, 5000);
        // The databases' call must have reached the daemon (and the hung proxy) before it can be
        // given up there: a call cancelled on its way never starts in the daemon.
        QTest::qWait(1000);
        QVERIFY(resources.loading());
        resources.setClusterUri({}); // and away from the cluster
        QTRY_VERIFY_WITH_TIMEOUT(daemonLog().count(u"its caller gave up"_s) > gaveUpBefore + 1, 5000);
        QVERIFY(!resources.loading());

        ::kill(pid_t(m_sandbox.pid()), SIGCONT);
        resources.setClusterUri(m_clusterUri);
        QTRY_VERIFY_WITH_TIMEOUT(resources.complete(), 20000);
        const QStringList kinds = column(resources, ResourcesModel::KindRole);
        QCOMPARE(QSet<QString>(kinds.begin(), kinds.end()), QSet<QString>{u"database"_s});
    }

    void anOutageKeepsTheListingAndRecoversByItself()
    {
        // No tester: it would ask for every page at once.
        ResourcesModel resources;
        resources.setPageSize(100);
        resources.setClusterUri(m_clusterUri);
        QTRY_COMPARE_WITH_TIMEOUT(resources.count(), 100, 20000);
        const QStringList firstPage = column(resources, ResourcesModel::UriRole);

        // The cluster goes away between two pages: what was listed stays, marked offline.
        m_sandbox.stop();
        resources.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(resources.offline(), 30000);
        QVERIFY(!resources.error().isEmpty());
        QVERIFY(!resources.needsLogin());
        QCOMPARE(column(resources, ResourcesModel::UriRole), firstPage);
        QVERIFY(resources.listedAt().isValid());

        // It comes back: the next page arrives with nobody asking again.
        QVERIFY(m_sandbox.restart());
        QTRY_COMPARE_WITH_TIMEOUT(resources.count(), 200, 60000);
        QVERIFY(!resources.offline());
        QVERIFY(resources.error().isEmpty());
        QCOMPARE(column(resources, ResourcesModel::UriRole).mid(0, 100), firstPage);
    }

    void loggedOutAsksForALogin()
    {
        const auto out = await<bool>([&](auto done) {
            m_daemon->channel()->logout(m_clusterUri, false, this, done);
        });
        QVERIFY2(out.ok(), qPrintable(out.error.message));
        ResourcesModel resources;
        QAbstractItemModelTester tester(&resources, QAbstractItemModelTester::FailureReportingMode::QtTest);
        resources.setClusterUri(m_clusterUri);
        QTRY_VERIFY_WITH_TIMEOUT(resources.needsLogin(), 20000);
        QVERIFY2(resources.error().contains(u"not logged in to sandbox"_s), qPrintable(resources.error()));
        QCOMPARE(resources.count(), 0);
        QVERIFY(!resources.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
