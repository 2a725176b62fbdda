#pragma once

#include "cell.h"

namespace Teleterm::Terminal
{

// The lines that scrolled off the top of the primary screen, oldest first, at most maxLines() of
// them: a ring, so that once it is full each new line takes the oldest one's slot (and, mostly,
// its allocation). Lines are stored without their trailing blanks, so a line may be shorter
// than the screen is wide (or longer, after the screen narrowed).
class Scrollback
{
public:
    static constexpr int DefaultMaxLines = 10000;

    explicit Scrollback(int maxLines = DefaultMaxLines);

    [[nodiscard]] int size() const
    {
        return m_size;
    }
    [[nodiscard]] int maxLines() const
    {
        return m_maxLines;
    }
    // Drops the oldest lines when there are more than the new limit.
    void setMaxLines(int maxLines);

    // Line `index`, 0 being the oldest.
    [[nodiscard]] const Line &line(int index) const
    {
        return m_lines[(m_first + size_t(index)) % m_lines.size()];
    }

    // Appends a copy of `line` without its trailing blanks.
    void push(const Line &line);
    // Removes the newest line and returns it (a screen that grows taller takes lines back).
    [[nodiscard]] Line takeNewest();
    void clear();

    // Heap bytes held, including the ring itself.
    [[nodiscard]] size_t memoryUsage() const;

private:
    void linearize();

    std::vector<Line> m_lines; // the ring; its size only grows up to m_maxLines
    size_t m_first = 0; // slot of the oldest line
    int m_size = 0;
    int m_maxLines;
};

} // namespace Teleterm::Terminal
