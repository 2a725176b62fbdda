#pragma once

#include <QString>

namespace Teleterm
{

// An exclusive advisory lock (flock) on a file in a private directory, held for the life of the
// process: the kernel drops it when the process dies however it dies, so a lock is never stale.
// The file keeps the holder's pid for the message a second instance prints.
class InstanceLock
{
public:
    explicit InstanceLock(QString path);
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    // Takes the lock without waiting. False when another process holds it (see holderPid()) or on error.
    [[nodiscard]] bool tryLock();
    [[nodiscard]] bool isLocked() const
    {
        return m_fd >= 0;
    }
    // The pid written by the process that holds the lock, 0 when unknown.
    [[nodiscard]] qint64 holderPid() const
    {
        return m_holderPid;
    }
    [[nodiscard]] QString error() const
    {
        return m_error;
    }
    [[nodiscard]] QString path() const
    {
        return m_path;
    }

private:
    QString m_path;
    QString m_error;
    qint64 m_holderPid = 0;
    int m_fd = -1;
};

} // namespace Teleterm
