#include "servicelaunch.h"

#include "backendlogging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Teleterm::Backend
{

QString findServiceProgram(const QString &name)
{
    const QString beside = QCoreApplication::applicationDirPath() + u'/' + name;
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    return QStandardPaths::findExecutable(name);
}

bool launchService(const QString &program, const QStringList &arguments, qint64 *pid, QString *error)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    if (!process.startDetached(pid)) {
        *error = process.errorString();
        return false;
    }
    qCInfo(TELETERM_BACKEND).noquote() << "started" << program << "pid" << *pid;
    return true;
}

} // namespace Teleterm::Backend
