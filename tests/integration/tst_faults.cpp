// What the client side and the files on disk go through when things fail under them: the daemon
// killed (SIGKILL) in the middle of a login, of a listing and under open gateways, the PTY host
// killed under open terminals, a full disk under the profiles; and what must never happen
// whatever the session did: a secret in a log, a key or certificate readable by anyone else.
// Driven as the window drives them: DaemonClient and the models, over the real daemon and sandbox.
#include "awaitrpc.h"
#include "clustersmodel.h"
#include "daemonclient.h"
#include "documentsmodel.h"
#include "gatewaysmodel.h"
#include "paths.h"
#include "profilestore.h"
#include "ptyhostclient.h"
#include "resourcesmodel.h"
#include "sandboxprocess.h"
#include "scratchruntime.h"
#include "terminals.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Teleterm::Backend::ClusterInfo;
using Teleterm::Backend::DaemonClient;
using Teleterm::Backend::GatewayInfo;
using Teleterm::Backend::RpcResult;
using Teleterm::Models::ClustersModel;
using Teleterm::Models::DocumentsModel;
using Teleterm::Models::GatewaysModel;
using Teleterm::Models::ResourcesModel;
using namespace Teleterm::Test;

class TestFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScratchRuntime> m_runtime;
    SandboxProcess m_sandbox;
    std::unique_ptr<DaemonClient> m_daemon;
    QString m_clusterUri;
    // Every password and one-time code this suite typed: none may reach a log or an output.
    QStringList m_secrets;
    QHash<QString, qint64> m_lastStep; // the last TOTP step each user logged in with
    // What every program the suite ran printed.
    QByteArray m_printed;

    [[nodiscard]] QString profileDir() const
    {
        return m_runtime->dataDir() + "/tsh"_L1;
    }

    // A password and a code the sandbox has not seen used (it takes a 30-second step once, and
    // the steps either side of now), noted as secrets; waits for the next step when need be.
    std::pair<QString, QString> credentials(const QString &name)
    {
        const auto now = [] {
            return QDateTime::currentSecsSinceEpoch() / 30;
        };
        const qint64 step = std::max(now() - 1, m_lastStep.value(name, 0) + 1);
        (void)QTest::qWaitFor(
            [&] {
                return step <= now() + 1;
            },
            61000);
        m_lastStep.insert(name, step);
        const QString password = m_sandbox.user(name).value(u"password"_s).toString();
        const QString otp = m_sandbox.otp(name, int(step - now()));
        m_secrets << password << otp;
        return {password, otp};
    }

    RpcResult<ClusterInfo> login(const QString &name)
    {
        const auto [password, otp] = credentials(name);
        return await<ClusterInfo>([&](auto done) {
            m_daemon->channel()->login(m_clusterUri, name, password, otp, this, done);
        });
    }

    // teleterm-cli with a daemon that trusts the sandbox's CA; what it printed is kept.
    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        Run ran = run(program(u"teleterm-cli"_s), QStringList{u"--ca-file"_s, m_sandbox.webCa()} + arguments, input);
        m_printed += ran.out + ran.err;
        return ran;
    }

    // Kills the daemon and waits for DaemonClient to have started another and reached it.
    void killDaemon()
    {
        const qint64 old = m_daemon->pid();
        QVERIFY(old > 0);
        QCOMPARE(::kill(pid_t(old), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon->isConnected() && m_daemon->pid() != old, 30000);
    }

    // The sandbox's proxy frozen (SIGSTOP) until the guard goes: a call to it hangs midway, as
    // over a network that stopped answering, while the kernel still accepts its connections.
    [[nodiscard]] auto freezeProxy()
    {
        ::kill(pid_t(m_sandbox.pid()), SIGSTOP);
        return qScopeGuard([pid = m_sandbox.pid()] {
            ::kill(pid_t(pid), SIGCONT);
        });
    }

    // Everything the daemon keeps on disk still reads: each profile and its keys (through the
    // daemon's own reader), gateways.json; no temporary file is left; every file is 0600 and
    // every directory 0700.
    void checkFilesOnDisk(const QString &directory)
    {
        Teleterm::Daemon::ProfileStore store(directory);
        const QStringList names = store.profileNames();
        QVERIFY(!names.isEmpty());
        for (const QString &name : names) {
            QString error;
            const std::optional<Teleterm::Daemon::Profile> profile = store.load(name, &error);
            QVERIFY2(profile, qPrintable(error));
            if (!profile->user.isEmpty()) {
                QVERIFY2(store.loadKeys(*profile, &error), qPrintable(error));
            }
        }
        checkPrivate(directory);
        const QString gateways = m_runtime->stateDir() + "/gateways.json"_L1;
        if (QFile::exists(gateways)) {
            QFile file(gateways);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonParseError error;
            QJsonDocument::fromJson(file.readAll(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QCOMPARE(modeOf(gateways), 0600);
        }
    }

    static void checkPrivate(const QString &directory)
    {
        QCOMPARE(modeOf(directory), 0700);
        QDirIterator it(directory, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!it.fileName().contains(u".tmp-"_s), qPrintable(path));
            mode_t type = 0;
            const int mode = modeOf(path, &type);
            QVERIFY2(mode == (type == S_IFDIR ? 0700 : 0600), qPrintable(u"%1 is %2"_s.arg(path).arg(mode, 0, 8)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_runtime = std::make_unique<ScratchRuntime>();
        QVERIFY(m_sandbox.start(m_runtime->root() + "/sandbox"_L1, {}, {u"--nodes"_s, u"1"_s}));
        // Every subsystem's debug output on: whatever is logged at all, a secret must not be.
        qputenv("QT_LOGGING_RULES", "teleterm.*.debug=true");
        m_daemon = std::make_unique<DaemonClient>(
            DaemonClient::Options{.program = program(u"teleterm-daemon"_s), .socketPath = {}, .insecure = false, .caFile = m_sandbox.webCa()});
        m_daemon->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon->isConnected(), 15000);
        const auto added = await<ClusterInfo>([&](auto done) {
            m_daemon->channel()->addCluster(m_sandbox.proxy(), this, done);
        });
        QVERIFY2(added.ok(), qPrintable(added.error.message));
        m_clusterUri = added.value->uri;
    }

    void cleanupTestCase()
    {
        m_daemon.reset();
        m_sandbox.stop();
        m_runtime.reset();
    }

    // A daemon that the window started and that never answers (here a program that only sleeps)
    // is stopped before the next is started: hung, a real one could hold the lock the next needs.
    void aDaemonThatNeverAnswersIsStoppedBeforeTheNext()
    {
        const QString script = m_runtime->root() + "/silent-daemon"_L1;
        {
            QFile file(script);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("#!/bin/sh\nexec sleep 86399\n");
        }
        QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        // The sleepers it started: running ones only (a killed one may wait for its parent, init,
        // as a zombie).
        const auto sleepers = [] {
            QList<qint64> pids;
            for (QDirIterator it(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot); it.hasNext();) {
                const QString dir = it.next();
                QFile cmdline(dir + "/cmdline"_L1);
                QFile stat(dir + "/stat"_L1);
                if (!cmdline.open(QIODevice::ReadOnly)
                    || cmdline.readAll()
                        != QByteArray("sleep\0"
                                      "86399\0",
                                      12)
                    || !stat.open(QIODevice::ReadOnly)) {
                    continue;
                }
                const QByteArray line = stat.readAll();
                if (line.mid(line.lastIndexOf(')') + 2, 1) != "Z") {
                    pids.append(QFileInfo(dir).fileName().toLongLong());
                }
            }
            return pids;
        };
        const auto cleanup = qScopeGuard([&] {
            for (const qint64 pid : sleepers()) {
                ::kill(pid_t(pid), SIGKILL);
            }
        });
        DaemonClient daemon({.program = script, .socketPath = m_runtime->root() + "/silent.sock"_L1, .insecure = false, .caFile = {}});
        daemon.start();
        QTRY_COMPARE_WITH_TIMEOUT(daemon.state(), DaemonClient::State::Failed, 20000);
        QTRY_COMPARE(sleepers().size(), 1);
        const qint64 first = sleepers().constFirst();
        // The next try (a second later) starts another, and the first is gone.
        QTRY_VERIFY_WITH_TIMEOUT(daemon.state() == DaemonClient::State::Starting, 10000);
        QTRY_VERIFY(!sleepers().contains(first));
        QCOMPARE(sleepers().size(), 1);
    }

    void theDaemonKilledMidLogin()
    {
        ClustersModel clusters;
        QAbstractItemModelTester tester(&clusters, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(clusters.count(), 1, 15000);
        std::optional<RpcResult<ClusterInfo>> answer;
        {
            // The login waits on the frozen proxy when the daemon dies under it.
            const auto frozen = freezeProxy();
            const auto [password, otp] = credentials(u"alice"_s);
            m_daemon->channel()->login(m_clusterUri, u"alice"_s, password, otp, this, [&](const RpcResult<ClusterInfo> &result) {
                answer = result;
            });
            QTest::qWait(300); // the call on its way, wherever it got to: it fails either way
            killDaemon();
        }
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QVERIFY(!answer->ok());
        QVERIFY(!answer->error.message.isEmpty());
        // The new daemon has the cluster, still not logged in, and its profile reads.
        QTRY_COMPARE_WITH_TIMEOUT(clusters.count(), 1, 15000);
        QCOMPARE(clusters.data(clusters.index(0, 0), ClustersModel::ConnectedRole).toBool(), false);
        checkFilesOnDisk(profileDir());
        // Logging in again is all it takes.
        const auto again = login(u"alice"_s);
        QVERIFY2(again.ok(), qPrintable(again.error.message));
        clusters.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(clusters.data(clusters.index(0, 0), ClustersModel::ConnectedRole).toBool(), 15000);
        checkFilesOnDisk(profileDir());
    }

    void theDaemonKilledMidListing()
    {
        ResourcesModel resources;
        QAbstractItemModelTester tester(&resources, QAbstractItemModelTester::FailureReportingMode::QtTest);
        resources.setPageSize(1000);
        {
            const auto frozen = freezeProxy();
            resources.setClusterUri(m_clusterUri);
            QTRY_VERIFY_WITH_TIMEOUT(resources.loading(), 15000);
            killDaemon();
        }
        // The listing comes from the new daemon by itself.
        QTRY_VERIFY_WITH_TIMEOUT(resources.complete() && resources.count() > 0, 60000);
        QCOMPARE(resources.error(), QString());
        checkFilesOnDisk(profileDir());
    }

    void gatewaysComeBackFromADaemonKilledUnderThem()
    {
        GatewaysModel gateways;
        QAbstractItemModelTester tester(&gateways, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto created = await<GatewayInfo>([&](auto done) {
            m_daemon->channel()->createGateway(m_clusterUri + "/dbs/demo-postgres"_L1, u"alice"_s, {}, u"demo"_s, this, done);
        });
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const QString port = created.value->localPort;
        const auto psql = [&] {
            return run(u"psql"_s,
                       {u"host=127.0.0.1 port=%1 user=alice dbname=demo sslmode=disable connect_timeout=20"_s.arg(port), u"-XAtq"_s, u"-c"_s, u"select 6*7"_s});
        };
        // A connection open when the daemon dies goes with it; the gateway itself comes back.
        QProcess open;
        open.start(
            u"psql"_s,
            {u"host=127.0.0.1 port=%1 user=alice dbname=demo sslmode=disable connect_timeout=20"_s.arg(port), u"-XAtq"_s, u"-c"_s, u"select pg_sleep(30)"_s});
        QTRY_COMPARE_WITH_TIMEOUT(gateways.count(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(gateways.data(gateways.index(0, 0), GatewaysModel::OpenConnectionsRole).toInt(), 1, 20000);
        killDaemon();
        QTRY_COMPARE_WITH_TIMEOUT(open.state(), QProcess::NotRunning, 20000);
        QVERIFY(open.exitCode() != 0);
        QTRY_COMPARE_WITH_TIMEOUT(gateways.rowOf(created.value->uri), 0, 20000);
        QCOMPARE(gateways.data(gateways.index(0, 0), GatewaysModel::LocalPortRole).toString(), port);
        const Run back = psql();
        QVERIFY2(back.exitCode == 0 && back.out.trimmed() == "42", back.err.constData());
        checkFilesOnDisk(profileDir());
    }

    void terminalsSayTheirHostStopped()
    {
        Teleterm::Backend::PtyHostClient host({.program = program(u"teleterm-ptyhost"_s), .socketPath = {}});
        host.start();
        QTRY_VERIFY_WITH_TIMEOUT(host.isReady(), 15000);
        DocumentsModel documents;
        Teleterm::Models::Terminals terminals;
        terminals.setDocuments(&documents);
        terminals.openShell();
        const auto ptyId = [&] {
            const int row = documents.rowOfUri(documents.data(documents.index(documents.count() - 1), DocumentsModel::UriRole).toString());
            return documents.data(documents.index(row), DocumentsModel::PtyIdRole).toString();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(documents.count() > 0 && !ptyId().isEmpty(), qPrintable(terminals.error()), 15000);
        const int row = documents.count() - 1;
        const QString first = ptyId();

        const qint64 old = lockHolder(Teleterm::Paths::ptyHostSocketPath());
        QVERIFY(old > 0);
        QCOMPARE(::kill(pid_t(old), SIGKILL), 0);
        // A new host, and the tab says its terminal went with the old one, and offers to start it
        // again (DocumentArea's notice: "Start again" on a tab without a PTY).
        QTRY_VERIFY_WITH_TIMEOUT(documents.data(documents.index(row), DocumentsModel::NoticeRole).toString().contains(u"terminal host stopped"_s), 30000);
        QCOMPARE(documents.data(documents.index(row), DocumentsModel::PtyIdRole).toString(), QString());
        QVERIFY(!documents.data(documents.index(row), DocumentsModel::LaunchRole).toMap().value(u"program"_s).toString().isEmpty());
        QVERIFY(host.isReady());
        QVERIFY(lockHolder(Teleterm::Paths::ptyHostSocketPath()) != old);
        terminals.startAgain(row);
        QTRY_VERIFY_WITH_TIMEOUT(!ptyId().isEmpty(), 15000);
        QVERIFY(ptyId() != first);
        QCOMPARE(terminals.error(), QString());
    }

    void aFullDiskKeepsThePreviousProfile()
    {
        // A daemon of its own, with its profiles on a tmpfs of 256 KiB in a mount namespace of its
        // own (root makes one directly; anyone else inside a user namespace).
        const QString unshare = u"/usr/bin/unshare"_s;
        if (!QFile::exists(unshare)) {
            QSKIP("no unshare(1) to mount a small tmpfs with");
        }
        const QStringList namespaces = ::geteuid() == 0 ? QStringList{u"-m"_s} : QStringList{u"-r"_s, u"-m"_s};
        if (run(unshare, namespaces + QStringList{u"sh"_s, u"-c"_s, u"mount -t tmpfs -o size=64k tmpfs /mnt"_s}).exitCode != 0) {
            QSKIP("this machine lets this user make neither a mount namespace nor a user namespace");
        }
        m_daemon.reset();
        m_runtime->killServices();
        const auto restore = qScopeGuard([this] {
            m_runtime->killServices();
            m_daemon = std::make_unique<DaemonClient>(
                DaemonClient::Options{.program = program(u"teleterm-daemon"_s), .socketPath = {}, .insecure = false, .caFile = m_sandbox.webCa()});
            m_daemon->start();
        });
        const QString small = m_runtime->root() + "/small"_L1;
        QVERIFY(QDir().mkpath(small));
        QProcess daemon;
        daemon.setProcessChannelMode(QProcess::MergedChannels);
        daemon.start(unshare,
                     namespaces
                         + QStringList{u"sh"_s,
                                       u"-c"_s,
                                       u"mount -t tmpfs -o size=256k,mode=0700 tmpfs \"$0\" && exec \"$@\""_s,
                                       small,
                                       program(u"teleterm-daemon"_s),
                                       u"--ca-file"_s,
                                       m_sandbox.webCa(),
                                       u"--profile-dir"_s,
                                       small});
        const auto stop = qScopeGuard([&] {
            daemon.kill();
            daemon.waitForFinished();
        });
        QTRY_VERIFY_WITH_TIMEOUT(lockHolder(Teleterm::Paths::daemonSocketPath()) == daemon.processId(), 15000);
        // The daemon's view of the directory, from outside its namespace.
        const QString inside = u"/proc/%1/root%2"_s.arg(daemon.processId()).arg(small);
        const Run added = cli({u"add"_s, m_sandbox.proxy()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        // bob here: alice's codes of these minutes are spent.
        const auto loginByCli = [&] {
            const auto [password, otp] = credentials(u"bob"_s);
            return cli({u"login"_s, u"sandbox"_s, u"--user"_s, u"bob"_s, u"--otp"_s, otp}, password.toUtf8() + '\n');
        };
        const Run first = loginByCli();
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const auto snapshot = [&] {
            QMap<QString, QByteArray> files;
            QDirIterator it(inside, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                files.insert(file.fileName().mid(inside.size()), file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("unreadable"));
            }
            return files;
        };
        const QMap<QString, QByteArray> before = snapshot();
        QVERIFY(before.contains(u"/127.0.0.1.yaml"_s));

        // Full to the last byte.
        {
            QFile filler(inside + "/filler"_L1);
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) { }
        }
        const Run full = loginByCli();
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains("No space left on device"), full.err.constData());
        QFile log(m_runtime->stateDir() + "/daemon.log"_L1);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY2(log.readAll().contains("No space left on device"), "the daemon's log says why the login was not kept");

        // Room for two of the new key's six files (tmpfs gives each a page of its own): still
        // nothing of them may replace the old ones, or a new key would sit beside old certificates.
        {
            QFile filler(inside + "/filler"_L1);
            QVERIFY(filler.resize(std::max<qint64>(0, filler.size() - 2 * 4096)));
        }
        const Run partly = loginByCli();
        QCOMPARE(partly.exitCode, 1);
        QVERIFY2(partly.err.contains("No space left on device"), partly.err.constData());
        QVERIFY(QFile::remove(inside + "/filler"_L1));
        QCOMPARE(snapshot(), before);
        checkFilesOnDisk(inside);

        // Room again: the next login is kept.
        const Run again = loginByCli();
        QVERIFY2(again.exitCode == 0, again.err.constData());
        checkFilesOnDisk(inside);
    }

    void aFullSessionLogsNoSecret()
    {
        // This suite logged in through the API and the CLI, listed, opened a gateway and psql;
        // here also ssh through the proxy, and a refused login.
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon->isConnected(), 15000);
        const QString login = m_sandbox.user(u"alice"_s).value(u"logins"_s).toArray().first().toString();
        const Run ssh = cli({u"ssh"_s, login + u"@node-1"_s, u"echo"_s, u"reached"_s});
        QVERIFY2(ssh.exitCode == 0 && ssh.out.trimmed() == "reached", ssh.err.constData());
        const Run listed = cli({u"ls"_s, u"sandbox"_s, u"--kind"_s, u"db"_s});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        // A refused login, whose code need not be fresh: its password is a wrong one.
        const QString password = u"wrong-"_s + m_sandbox.user(u"alice"_s).value(u"password"_s).toString();
        const QString otp = m_sandbox.otp(u"alice"_s);
        m_secrets << password << otp;
        const Run refused = cli({u"login"_s, u"sandbox"_s, u"--user"_s, u"alice"_s, u"--otp"_s, otp}, password.toUtf8() + '\n');
        QCOMPARE(refused.exitCode, 1);

        QMap<QString, QByteArray> texts{{u"programs' output"_s, m_printed}};
        for (const QString &root : QStringList{m_runtime->stateDir(), m_runtime->root() + "/sandbox"_L1}) {
            QDirIterator it(root, {u"*.log"_s, u"*.log.1"_s}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                texts.insert(file.fileName(), file.readAll());
            }
        }
        QVERIFY(texts.contains(m_runtime->stateDir() + "/daemon.log"_L1));
        QVERIFY(texts.contains(m_runtime->stateDir() + "/ptyhost.log"_L1));
        m_secrets.removeDuplicates();
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            const QString text = QString::fromUtf8(it.value());
            for (const QString &secret : std::as_const(m_secrets)) {
                // A code is six digits: only the same six digits standing alone are the code.
                const QRegularExpression alone(u"(?<![0-9])"_s + QRegularExpression::escape(secret) + u"(?![0-9])"_s);
                const QRegularExpressionMatch found = alone.match(text);
                QVERIFY2(!found.hasMatch(),
                         qPrintable(u"%1 holds a secret: …%2…"_s.arg(it.key(), text.mid(std::max<qsizetype>(0, found.capturedStart() - 60), 60))));
            }
        }
        // Keys and certificates: only their user reads them.
        checkPrivate(profileDir());
        checkPrivate(m_runtime->stateDir());
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
