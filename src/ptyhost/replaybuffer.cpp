#include "replaybuffer.h"

namespace Teleterm::PtyHost
{

ReplayBuffer::ReplayBuffer(qsizetype limit)
    : m_limit(limit)
{
    Q_ASSERT(limit > 0);
}

void ReplayBuffer::append(QByteArrayView bytes)
{
    if (bytes.size() >= m_limit) {
        m_bytes = bytes.last(m_limit).toByteArray();
        return;
    }
    if (m_bytes.size() + bytes.size() > 2 * m_limit) {
        m_bytes.remove(0, m_bytes.size() - m_limit);
    }
    m_bytes.append(bytes);
}

QByteArray ReplayBuffer::snapshot() const
{
    return m_bytes.size() > m_limit ? m_bytes.last(m_limit) : m_bytes;
}

} // namespace Teleterm::PtyHost
