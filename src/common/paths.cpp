#include "paths.h"

#include "callerlanguage.h"
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Teleterm::Paths
{

namespace
{

QString fromEnv(const char *name)
{
    return QFile::decodeName(qgetenv(name));
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

QString runtimeDirectory()
{
    const QString xdg = fromEnv("XDG_RUNTIME_DIR");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg) && QFileInfo(xdg).isDir()) {
        return xdg + "/teleterm"_L1;
    }
    return QDir::tempPath() + "/teleterm-"_L1 + QString::number(::getuid());
}

QString stateDirectory()
{
    const QString xdg = fromEnv("XDG_STATE_HOME");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg)) {
        return xdg + "/teleterm"_L1;
    }
    return QDir::homePath() + "/.local/state/teleterm"_L1;
}

QString dataDirectory()
{
    const QString xdg = fromEnv("XDG_DATA_HOME");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg)) {
        return xdg + "/teleterm"_L1;
    }
    return QDir::homePath() + "/.local/share/teleterm"_L1;
}

PrivateDir ensurePrivateDirectory(const QString &path)
{
    PrivateDir dir{path, {}};
    const QByteArray native = QFile::encodeName(path);
    const QFileInfo info(path);
    if (!info.dir().exists() && !QDir().mkpath(info.dir().path())) {
        dir.error = ServiceText::tr("cannot create %1").arg(info.dir().path());
        return dir;
    }
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) {
        dir.error = ServiceText::tr("cannot create %1: %2").arg(path, errnoText());
        return dir;
    }
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0) {
        dir.error = ServiceText::tr("cannot inspect %1: %2").arg(path, errnoText());
        return dir;
    }
    if (!S_ISDIR(st.st_mode)) {
        dir.error = ServiceText::tr("%1 exists but is not a directory (a symlink or a file is never trusted here)").arg(path);
        return dir;
    }
    if (st.st_uid != ::getuid()) {
        dir.error = ServiceText::tr("%1 belongs to another user (uid %2); refusing to put private sockets there").arg(path).arg(st.st_uid);
        return dir;
    }
    if ((st.st_mode & 07777) != 0700 && ::chmod(native.constData(), 0700) != 0) {
        dir.error = ServiceText::tr("cannot make %1 private (mode 0700): %2").arg(path, errnoText());
    }
    return dir;
}

QString daemonSocketPath()
{
    return runtimeDirectory() + "/daemon.sock"_L1;
}

QString ptyHostSocketPath()
{
    return runtimeDirectory() + "/ptyhost.sock"_L1;
}

int maxSocketPathLength()
{
    return int(sizeof(sockaddr_un::sun_path)) - 1;
}

} // namespace Teleterm::Paths
