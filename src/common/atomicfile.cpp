#include "atomicfile.h"

#include "callerlanguage.h"
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Teleterm
{

namespace
{

bool writeAll(int fd, const QByteArray &data)
{
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}

// Writes `data` to a new 0600 temporary beside `path`, synced; its name in `temporary`.
bool stage(const QString &path, const QByteArray &data, QByteArray *temporary, QString *error)
{
    const QFileInfo info(path);
    *temporary = QFile::encodeName(info.path() + u"/."_s + info.fileName() + u".tmp-XXXXXX"_s);
    const int fd = ::mkostemp(temporary->data(), O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        temporary->clear();
        if (error) {
            *error = ServiceText::tr("cannot create a temporary file beside %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err)));
        }
        return false;
    }
    bool ok = ::fchmod(fd, 0600) == 0 && writeAll(fd, data) && ::fsync(fd) == 0;
    int err = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        err = errno;
    }
    if (!ok) {
        ::unlink(temporary->constData());
        temporary->clear();
        if (error) {
            *error = ServiceText::tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err)));
        }
    }
    return ok;
}

} // namespace

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    return writeAllAtomically({{path, data}}, error);
}

bool writeAllAtomically(const QList<std::pair<QString, QByteArray>> &files, QString *error)
{
    QList<QByteArray> staged;
    staged.reserve(files.size());
    const auto discard = [&staged] {
        for (const QByteArray &temporary : std::as_const(staged)) {
            ::unlink(temporary.constData());
        }
    };
    for (const auto &[path, data] : files) {
        QByteArray temporary;
        if (!stage(path, data, &temporary, error)) {
            discard();
            return false;
        }
        staged.append(temporary);
    }
    // Every byte is on disk: what is left takes no space, only names.
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (::rename(staged[i].constData(), QFile::encodeName(files[i].first).constData()) != 0) {
            const int err = errno;
            staged.remove(0, i); // those are in place; this one and the rest are still temporaries
            discard();
            if (error) {
                *error = ServiceText::tr("cannot write %1: %2").arg(files[i].first, QString::fromLocal8Bit(std::strerror(err)));
            }
            return false;
        }
    }
    return true;
}

} // namespace Teleterm
