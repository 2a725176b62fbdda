#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Teleterm::Backend
{

// Where a Teleterm service's executable (`name`: teleterm-daemon, teleterm-ptyhost) is: beside the
// window's own executable, else on PATH; empty when neither.
[[nodiscard]] QString findServiceProgram(const QString &name);

// A service the window started. One that never came to answer, or stopped answering, is stopped
// before the next is started: hung, it could hold the single-instance lock the next one needs.
// Only while it is the same process: its pid alone could have been given to another since.
struct LaunchedService {
    qint64 pid = 0;
    QByteArray startTime; // /proc/PID/stat's, when it was started

    // SIGKILL, if it still runs; true when it did.
    [[nodiscard]] bool stop() const;
    // A service answers as `pid`: this one, which is then let be, or another, and then this one is
    // not needed (stuck before it could even take the lock, it would stay forever).
    void answeredBy(qint64 pid);
};

// Starts a service detached from the window (it outlives it, and writes its own log; its standard
// output and error go nowhere), after stopping the one `launched` held if it never answered.
// False, with why in `error`, when it cannot run.
[[nodiscard]] bool launchService(const QString &program, const QStringList &arguments, LaunchedService *launched, QString *error);

} // namespace Teleterm::Backend
