#include "scratchruntime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Teleterm::Test
{

namespace
{

// Whether some process holds the lock: only then is the pid in the file still its holder's
// (a pid of a dead holder may since belong to anything).
bool isLockHeld(const QString &lockPath)
{
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
    ::close(fd);
    return held;
}

} // namespace

ScratchRuntime::ScratchRuntime()
    : m_root(QDir::tempPath() + "/tt-XXXXXX"_L1) // short: a socket path has ~107 bytes
    , m_savedRuntime(qgetenv("XDG_RUNTIME_DIR"))
    , m_savedState(qgetenv("XDG_STATE_HOME"))
    , m_savedData(qgetenv("XDG_DATA_HOME"))
    , m_savedConfig(qgetenv("XDG_CONFIG_HOME"))
{
    QDir(m_root.path()).mkpath(u"run"_s);
    QFile::setPermissions(m_root.path() + "/run"_L1, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_root.path() + "/run"_L1));
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_root.path() + "/state"_L1));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_root.path() + "/data"_L1));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_root.path() + "/config"_L1)); // the user's settings stay out
}

ScratchRuntime::~ScratchRuntime()
{
    killServices();
    qputenv("XDG_RUNTIME_DIR", m_savedRuntime);
    qputenv("XDG_STATE_HOME", m_savedState);
    qputenv("XDG_DATA_HOME", m_savedData);
    qputenv("XDG_CONFIG_HOME", m_savedConfig);
}

QString ScratchRuntime::dataDir() const
{
    return m_root.path() + "/data/teleterm"_L1;
}

QString ScratchRuntime::runtimeDir() const
{
    return m_root.path() + "/run/teleterm"_L1;
}

QString ScratchRuntime::stateDir() const
{
    return m_root.path() + "/state/teleterm"_L1;
}

void ScratchRuntime::killServices() const
{
    const QDir dir(runtimeDir());
    const QStringList locks = dir.entryList({u"*.lock"_s}, QDir::Files);
    for (const QString &lock : locks) {
        const QString socket = dir.filePath(lock.chopped(5));
        const qint64 pid = lockHolder(socket);
        if (pid > 0 && processAlive(pid) && isLockHeld(dir.filePath(lock))) {
            ::kill(pid_t(pid), SIGKILL);
            // Gone, and its lock with it: a process with many threads is a zombie for a moment
            // before its last thread has closed its files.
            QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid) && !isLockHeld(dir.filePath(lock)), 5000);
        }
    }
}

QString program(const QString &name)
{
    return QStringLiteral(TELETERM_BIN_DIR) + u'/' + name;
}

bool waitForSocket(const QString &path, int timeoutMs)
{
    const auto isSocket = [&path] {
        struct stat st = {};
        return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISSOCK(st.st_mode);
    };
    return QTest::qWaitFor(isSocket, timeoutMs);
}

bool processAlive(qint64 pid)
{
    QFile status(u"/proc/%1/stat"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return false;
    }
    // "pid (comm) S ...": the state letter follows the last parenthesis.
    const QByteArray line = status.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && close + 2 < line.size() && line.at(close + 2) != 'Z';
}

qint64 lockHolder(const QString &socketPath)
{
    QFile lock(socketPath + ".lock"_L1);
    if (!lock.open(QIODevice::ReadOnly)) {
        return 0;
    }
    return lock.readAll().trimmed().toLongLong();
}

Run run(const QString &program, const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(), process.readAllStandardError()};
}

int modeOf(const QString &path, mode_t *type)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        return -1;
    }
    if (type) {
        *type = st.st_mode & S_IFMT;
    }
    return int(st.st_mode & 07777);
}

} // namespace Teleterm::Test

bool Teleterm::Test::makeSelfSignedCertificate(const QString &subject, const QString &keyPath, const QString &certificatePath)
{
    return run(u"openssl"_s,
               {u"req"_s,
                u"-x509"_s,
                u"-newkey"_s,
                u"ec"_s,
                u"-pkeyopt"_s,
                u"ec_paramgen_curve:P-256"_s,
                u"-nodes"_s,
                u"-subj"_s,
                subject,
                u"-keyout"_s,
                keyPath,
                u"-out"_s,
                certificatePath,
                u"-days"_s,
                u"1"_s})
               .exitCode
        == 0;
}
