#pragma once
// This build's teleterm-ptyhost in a scratch runtime directory of its own, for a benchmark:
// started and waited for until it listens, stopped (within bounds) on destruction, and tied to the
// benchmark's life should the benchmark die without its destructors. Header-only: each benchmark
// is one translation unit.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QThread>

#include <chrono>
#include <csignal>
#include <cstring>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace Bench
{

// Whether something listens on the Unix socket `path`.
inline bool accepts(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (size_t(name.size()) >= sizeof(address.sun_path)) {
        return false;
    }
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    const bool listening = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return listening;
}

class ScratchHost
{
public:
    // `stopWithinMs`: how long a host still draining a flood gets to stop before it is killed.
    explicit ScratchHost(int stopWithinMs = 10000)
        : m_scratch(QDir::tempPath() + QStringLiteral("/ttb-XXXXXX")) // short: a socket path has ~107 bytes
        , m_stopWithinMs(stopWithinMs)
    {
        QDir(m_scratch.path()).mkpath(QStringLiteral("run"));
        QFile::setPermissions(runtimeDirectory(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDirectory());
        environment.insert(QStringLiteral("XDG_STATE_HOME"), stateDirectory());
        m_process.setProcessEnvironment(environment);
        m_process.setProgram(program());
        m_process.setStandardOutputFile(QProcess::nullDevice());
        // Its log (a line for every PTY) would break up the table: kept, and shown if it fails.
        m_process.setStandardErrorFile(errorLog());
        m_process.setChildProcessModifier([] {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        });
    }
    ~ScratchHost()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(m_stopWithinMs)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }
    ScratchHost(const ScratchHost &) = delete;
    ScratchHost &operator=(const ScratchHost &) = delete;

    [[nodiscard]] static QString program()
    {
        return QStringLiteral(TELETERM_BIN_DIR "/teleterm-ptyhost");
    }
    [[nodiscard]] QString stateDirectory() const
    {
        return m_scratch.path() + QStringLiteral("/state");
    }
    [[nodiscard]] QString runtimeDirectory() const
    {
        return m_scratch.path() + QStringLiteral("/run");
    }
    [[nodiscard]] QString socketPath() const
    {
        return runtimeDirectory() + QStringLiteral("/teleterm/ptyhost.sock");
    }
    [[nodiscard]] QString errorLog() const
    {
        return m_scratch.path() + QStringLiteral("/ptyhost.stderr");
    }
    // The end of what the host wrote to its standard error.
    [[nodiscard]] QByteArray errorTail() const
    {
        QFile log(errorLog());
        return log.open(QIODevice::ReadOnly) ? log.readAll().right(2000) : QByteArray();
    }
    [[nodiscard]] qint64 pid() const
    {
        return m_process.processId();
    }

    // Starts the host and waits (up to `withinMs`) until it listens on its socket.
    bool start(int withinMs = 10000)
    {
        if (!m_scratch.isValid()) {
            return false;
        }
        m_process.start();
        if (!m_process.waitForStarted(5000)) {
            return false;
        }
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(withinMs);
        while (m_process.state() == QProcess::Running && !accepts(socketPath())) {
            if (std::chrono::steady_clock::now() > deadline) {
                return false;
            }
            QThread::msleep(20);
        }
        return m_process.state() == QProcess::Running;
    }

private:
    QTemporaryDir m_scratch;
    int m_stopWithinMs;
    QProcess m_process;
};

} // namespace Bench
