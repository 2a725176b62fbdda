#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

#include <sys/types.h>

namespace Teleterm::Test
{

// A runtime directory and a state directory of the test's own (XDG_RUNTIME_DIR and XDG_STATE_HOME
// point into a fresh temporary directory), so that the daemons a test starts never meet the
// user's. On destruction every teleterm service that still holds a lock in it is killed, so a
// failing test leaves no process behind.
class ScratchRuntime
{
public:
    ScratchRuntime();
    ~ScratchRuntime();
    ScratchRuntime(const ScratchRuntime &) = delete;
    ScratchRuntime &operator=(const ScratchRuntime &) = delete;

    [[nodiscard]] bool isValid() const
    {
        return m_root.isValid();
    }
    [[nodiscard]] QString root() const
    {
        return m_root.path();
    }
    [[nodiscard]] QString runtimeDir() const; // …/run/teleterm
    [[nodiscard]] QString stateDir() const; // …/state/teleterm
    // XDG_DATA_HOME/teleterm: the daemon's profiles live in tsh/ under it.
    [[nodiscard]] QString dataDir() const;

    // Kills (SIGKILL) every service whose lock file in runtimeDir() names a live process.
    void killServices() const;

private:
    QTemporaryDir m_root;
    QByteArray m_savedRuntime;
    QByteArray m_savedState;
    QByteArray m_savedData;
    QByteArray m_savedConfig;
};

// The path of a program of this build (teleterm, teleterm-daemon, teleterm-ptyhost).
[[nodiscard]] QString program(const QString &name);

// What a program run to its end said.
struct Run {
    int exitCode = -1; // -1 when it crashed or had to be killed
    QByteArray out;
    QByteArray err;
};
// Runs a program with `input` on its standard input, killed after `timeoutMs`.
Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000);

// A self-signed P-256 certificate for `subject` (e.g. "/CN=alice"), valid a day, and its key, made
// by openssl; false when openssl failed.
[[nodiscard]] bool makeSelfSignedCertificate(const QString &subject, const QString &keyPath, const QString &certificatePath);

// Waits (with the event loop running) until `path` is a Unix socket, or `timeoutMs` passes.
[[nodiscard]] bool waitForSocket(const QString &path, int timeoutMs = 10000);

// A file's permission bits (not following a link), and its type (S_IFSOCK, ...) in `type` when
// given; -1 when it does not exist.
[[nodiscard]] int modeOf(const QString &path, mode_t *type = nullptr);

// Whether a process with this pid exists (and is not a zombie).
[[nodiscard]] bool processAlive(qint64 pid);

// The pid recorded in a service's lock file, 0 when none.
[[nodiscard]] qint64 lockHolder(const QString &socketPath);

} // namespace Teleterm::Test
