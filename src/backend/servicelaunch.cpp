#include "servicelaunch.h"

#include "backendlogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>
#include <tuple>

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

namespace
{

// When the process `pid` started (in clock ticks since boot): empty when there is none.
QByteArray startTimeOf(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return {};
    }
    // "PID (COMM) STATE PPID ...": COMM may hold anything, so the fields count from its last ')';
    // the start time is the 22nd field, the 20th after it.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 1).simplified().split(' ');
    return fields.value(19);
}

} // namespace

bool LaunchedService::stop() const
{
    if (pid <= 0 || startTime.isEmpty() || startTimeOf(pid) != startTime) {
        return false;
    }
    return ::kill(pid_t(pid), SIGKILL) == 0;
}

void LaunchedService::answeredBy(qint64 answering)
{
    if (answering != pid) {
        std::ignore = stop();
    }
    *this = {};
}

bool launchService(const QString &program, const QStringList &arguments, LaunchedService *launched, QString *error)
{
    if (launched->stop()) {
        qCWarning(TELETERM_BACKEND).noquote() << "stopped" << program << "pid" << launched->pid << "that this window started: it does not answer";
    }
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        *error = process.errorString();
        return false;
    }
    *launched = {pid, startTimeOf(pid)};
    qCInfo(TELETERM_BACKEND).noquote() << "started" << program << "pid" << pid;
    return true;
}

} // namespace Teleterm::Backend
