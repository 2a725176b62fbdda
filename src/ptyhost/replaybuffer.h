#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Teleterm::PtyHost
{

// A PTY's most recent output, at most `limit` bytes: what a window that attaches again draws
// first. Older bytes are dropped as new ones arrive, so it never grows past twice its limit.
class ReplayBuffer
{
public:
    explicit ReplayBuffer(qsizetype limit);

    void append(QByteArrayView bytes);
    // The last `limit` bytes, oldest first.
    [[nodiscard]] QByteArray snapshot() const;
    [[nodiscard]] qsizetype limit() const
    {
        return m_limit;
    }

private:
    qsizetype m_limit;
    QByteArray m_bytes; // trimmed to m_limit only when it reaches twice that: appends stay cheap
};

} // namespace Teleterm::PtyHost
