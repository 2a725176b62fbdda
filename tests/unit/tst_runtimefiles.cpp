#include "filelog.h"
#include "instancelock.h"
#include "paths.h"

#include "scratchruntime.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Teleterm::Test::modeOf;
using namespace Teleterm;

Q_LOGGING_CATEGORY(TEST_CATEGORY, "teleterm.test")

class TestRuntimeFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

private Q_SLOTS:
    void runtimeDirectoryFollowsXdg()
    {
        const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_scratch.path()));
        QCOMPARE(Paths::runtimeDirectory(), m_scratch.path() + "/teleterm"_L1);
        QCOMPARE(Paths::daemonSocketPath(), m_scratch.path() + "/teleterm/daemon.sock"_L1);
        QCOMPARE(Paths::ptyHostSocketPath(), m_scratch.path() + "/teleterm/ptyhost.sock"_L1);

        const QString fallback = QDir::tempPath() + "/teleterm-"_L1 + QString::number(::getuid());
        qunsetenv("XDG_RUNTIME_DIR");
        QCOMPARE(Paths::runtimeDirectory(), fallback);
        qputenv("XDG_RUNTIME_DIR", "relative/dir"); // not absolute: ignored, as the spec says
        QCOMPARE(Paths::runtimeDirectory(), fallback);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_scratch.path() + "/missing"_L1));
        QCOMPARE(Paths::runtimeDirectory(), fallback);
        qputenv("XDG_RUNTIME_DIR", saved);
    }

    void stateDirectoryFollowsXdg()
    {
        const QByteArray saved = qgetenv("XDG_STATE_HOME");
        qputenv("XDG_STATE_HOME", "/somewhere/state");
        QCOMPARE(Paths::stateDirectory(), u"/somewhere/state/teleterm"_s);
        qunsetenv("XDG_STATE_HOME");
        QCOMPARE(Paths::stateDirectory(), QDir::homePath() + "/.local/state/teleterm"_L1);
        qputenv("XDG_STATE_HOME", saved);
    }

    void privateDirectoryIsCreatedAndTightened()
    {
        const QString fresh = m_scratch.path() + "/a/b/teleterm"_L1;
        const Paths::PrivateDir created = Paths::ensurePrivateDirectory(fresh);
        QVERIFY2(created.ok(), qPrintable(created.error));
        QCOMPARE(modeOf(fresh), 0700);

        const QString loose = m_scratch.path() + "/loose"_L1;
        QVERIFY(QDir().mkdir(loose));
        QCOMPARE(::chmod(QFile::encodeName(loose).constData(), 0755), 0);
        QVERIFY(Paths::ensurePrivateDirectory(loose).ok());
        QCOMPARE(modeOf(loose), 0700);
    }

    void privateDirectoryRefusesWhatItCannotTrust()
    {
        const QString target = m_scratch.path() + "/target"_L1;
        QVERIFY(QDir().mkdir(target));
        const QString link = m_scratch.path() + "/link"_L1;
        QVERIFY(QFile::link(target, link));
        const Paths::PrivateDir viaLink = Paths::ensurePrivateDirectory(link);
        QVERIFY(!viaLink.ok());
        QVERIFY2(viaLink.error.contains(u"not a directory"_s), qPrintable(viaLink.error));

        const QString file = m_scratch.path() + "/file"_L1;
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(!Paths::ensurePrivateDirectory(file).ok());

        if (::getuid() != 0) {
            QSKIP("only root can give a directory to another user to test the refusal");
        }
        const QString foreign = m_scratch.path() + "/foreign"_L1;
        QVERIFY(QDir().mkdir(foreign));
        QCOMPARE(::chown(QFile::encodeName(foreign).constData(), 65534, 65534), 0);
        const Paths::PrivateDir refused = Paths::ensurePrivateDirectory(foreign);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(u"another user"_s), qPrintable(refused.error));
    }

    void instanceLockIsExclusiveUntilReleased()
    {
        const QString path = m_scratch.path() + "/service.lock"_L1;
        auto first = std::make_unique<InstanceLock>(path);
        QVERIFY(first->tryLock());
        QCOMPARE(modeOf(path), 0600);

        InstanceLock second(path);
        QVERIFY(!second.tryLock());
        QCOMPARE(second.holderPid(), qint64(::getpid()));
        QVERIFY2(second.error().contains(QString::number(::getpid())), qPrintable(second.error()));

        first.reset(); // the holder goes away: the lock is free, the file stays
        QVERIFY(QFile::exists(path));
        QVERIFY(second.tryLock());
    }

    void fileLogWritesPrivateLinesAndRotates()
    {
        const QString path = m_scratch.path() + "/test.log"_L1;
        {
            QFile big(path);
            QVERIFY(big.open(QIODevice::WriteOnly));
            big.write(QByteArray(2048, 'x'));
        }
        QCOMPARE(installFileLog(path, 1024), QString());
        QVERIFY(QFile::exists(path + ".1"_L1)); // the oversized log moved aside
        qCInfo(TEST_CATEGORY) << "hello from the test";
        QCOMPARE(modeOf(path), 0600);
        QFile log(path);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray contents = log.readAll();
        QVERIFY2(contents.contains(" info teleterm.test: hello from the test\n"), contents.constData());
        qInstallMessageHandler(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestRuntimeFiles)
#include "tst_runtimefiles.moc"
