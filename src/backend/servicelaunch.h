#pragma once

#include <QString>
#include <QStringList>

namespace Teleterm::Backend
{

// Where a Teleterm service's executable (`name`: teleterm-daemon, teleterm-ptyhost) is: beside the
// window's own executable, else on PATH; empty when neither.
[[nodiscard]] QString findServiceProgram(const QString &name);

// Starts a service detached from the window (it outlives it, and writes its own log; its standard
// output and error go nowhere). Its pid in `pid`; false, with why in `error`, when it cannot run.
[[nodiscard]] bool launchService(const QString &program, const QStringList &arguments, qint64 *pid, QString *error);

} // namespace Teleterm::Backend
