#include "instancelock.h"

#include "callerlanguage.h"
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Teleterm
{

InstanceLock::InstanceLock(QString path)
    : m_path(std::move(path))
{
}

InstanceLock::~InstanceLock()
{
    // The file stays: unlinking it would let a newcomer lock a fresh inode while a third
    // process still holds the old one. Closing the descriptor releases the lock.
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

bool InstanceLock::tryLock()
{
    if (m_fd >= 0) {
        return true;
    }
    const QByteArray native = QFile::encodeName(m_path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        m_error = ServiceText::tr("cannot open lock file %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        char buffer[32] = {};
        const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
        m_holderPid = n > 0 ? QByteArray(buffer, int(n)).trimmed().toLongLong() : 0;
        ::close(fd);
        m_error = err == EWOULDBLOCK ? ServiceText::tr("another process (pid %1) holds %2").arg(m_holderPid).arg(m_path)
                                     : ServiceText::tr("cannot lock %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(err)));
        return false;
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.constData(), size_t(pid.size()), 0) != pid.size()) {
        // The lock holds all the same; only the courtesy pid for others is missing.
        m_error = ServiceText::tr("cannot record pid in %1").arg(m_path);
    }
    m_fd = fd;
    return true;
}

} // namespace Teleterm
