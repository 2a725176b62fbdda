#include "scrollback.h"

#include <QtGlobal>

#include <algorithm>

namespace Teleterm::Terminal
{

Scrollback::Scrollback(int maxLines)
    : m_maxLines(std::max(maxLines, 0))
{
}

void Scrollback::setMaxLines(int maxLines)
{
    maxLines = std::max(maxLines, 0);
    linearize();
    if (m_size > maxLines) {
        m_lines.erase(m_lines.begin(), m_lines.begin() + (m_size - maxLines));
        m_size = maxLines;
    }
    m_lines.resize(size_t(m_size));
    m_lines.shrink_to_fit();
    m_maxLines = maxLines;
}

void Scrollback::push(const Line &line)
{
    if (m_maxLines == 0) {
        return;
    }
    Line *slot = nullptr;
    if (size_t(m_size) < m_lines.size()) {
        slot = &m_lines[(m_first + size_t(m_size)) % m_lines.size()];
        ++m_size;
    } else if (m_size < m_maxLines) {
        linearize();
        slot = &m_lines.emplace_back();
        ++m_size;
    } else {
        slot = &m_lines[m_first]; // the oldest line makes room
        m_first = (m_first + 1) % m_lines.size();
    }

    const int length = line.wrapped ? int(line.cells.size()) : line.trimmedLength();
    // Reuse the slot's allocation unless it would waste more than it holds.
    if (slot->cells.capacity() > size_t(2 * length + 16)) {
        std::vector<Cell>(line.cells.begin(), line.cells.begin() + length).swap(slot->cells);
    } else {
        slot->cells.assign(line.cells.begin(), line.cells.begin() + length);
    }
    slot->marks.clear();
    for (const CellMarks &entry : line.marks) {
        if (entry.column < length) {
            slot->marks.push_back(entry);
        }
    }
    if (slot->marks.empty()) {
        slot->marks.shrink_to_fit();
    }
    slot->continued = line.continued;
    slot->wrapped = line.wrapped;
    slot->doubleWidth = line.doubleWidth;
    slot->doubleHeight = line.doubleHeight;
    slot->damaged = false;
}

Line Scrollback::takeNewest()
{
    Q_ASSERT(m_size > 0);
    Line &slot = m_lines[(m_first + size_t(m_size) - 1) % m_lines.size()];
    Line line = std::move(slot);
    slot = Line();
    --m_size;
    return line;
}

void Scrollback::clear()
{
    m_lines.clear();
    m_lines.shrink_to_fit();
    m_first = 0;
    m_size = 0;
}

size_t Scrollback::memoryUsage() const
{
    size_t bytes = m_lines.capacity() * sizeof(Line);
    for (const Line &line : m_lines) {
        bytes += line.memoryUsage();
    }
    return bytes;
}

void Scrollback::linearize()
{
    if (m_first == 0) {
        return;
    }
    std::rotate(m_lines.begin(), m_lines.begin() + ptrdiff_t(m_first), m_lines.end());
    m_first = 0;
}

} // namespace Teleterm::Terminal
