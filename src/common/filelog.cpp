#include "filelog.h"

#include "callerlanguage.h"
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Teleterm
{

namespace
{

QMutex logMutex;
int logFd = -1;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0) {
            return; // a full disk loses log lines, never the process
        }
        done += n;
    }
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + levelName(type) + ' '
        + (context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    QMutexLocker lock(&logMutex);
    writeAll(STDERR_FILENO, line);
    if (logFd >= 0) {
        writeAll(logFd, line);
    }
}

} // namespace

QString installFileLog(const QString &path, qint64 maxBytes)
{
    qInstallMessageHandler(handler);
    const QFileInfo info(path);
    if (info.exists() && info.size() > maxBytes) {
        QFile::remove(path + ".1"_L1);
        QFile::rename(path, path + ".1"_L1);
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        return ServiceText::tr("cannot open log file %1").arg(path);
    }
    ::fchmod(fd, 0600);
    QMutexLocker lock(&logMutex);
    logFd = fd;
    return {};
}

} // namespace Teleterm
