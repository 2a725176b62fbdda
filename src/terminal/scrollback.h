#pragma once

#include "cell.h"

#include <QtGlobal>

namespace Teleterm::Terminal
{

// The lines that scrolled off the top of the primary screen, oldest first, at most maxLines() of
// them: a ring, so that once it is full each new line takes the oldest one's slot (and, mostly,
// its allocation).
//
// Lines are packed, not kept as cells: the characters as UTF-8, one sequence a cell, and the
// colours and attributes as runs, without trailing blanks. A typical line of coloured `ls -l`
// takes about a third of its twelve-byte cells. A line may come back shorter than the screen is
// wide (or longer, after the screen narrowed).
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
    // How many lines have left the oldest end since the start. A line's index plus this number
    // names it for good: selections and search results hold on to their lines through it.
    [[nodiscard]] quint64 dropped() const
    {
        return m_dropped;
    }

    // Line `index`, 0 being the oldest, unpacked.
    [[nodiscard]] Line line(int index) const;
    // Whether line `index` continues the one before it (without unpacking it).
    [[nodiscard]] bool isContinued(int index) const
    {
        return slot(index).continued;
    }

    // Appends `line`, packed.
    void push(const Line &line);
    // Removes the newest line and returns it (a screen that grows taller takes lines back).
    [[nodiscard]] Line takeNewest();
    void clear();

    // Heap bytes held, including the ring itself.
    [[nodiscard]] size_t memoryUsage() const;

private:
    // Cells [column, next run's column) share their attributes and colours.
    struct Run {
        uint16_t column = 0;
        uint16_t attributes = 0;
        Color foreground;
        Color background;
    };
    struct PackedLine {
        std::string text; // per cell: its UTF-8, a NUL for a cell never written, 0xFF for the second half of a wide one
        std::vector<Run> runs;
        std::vector<CellMarks> marks;
        bool continued = false;
        bool wrapped = false;
        bool doubleWidth = false;
        uint8_t doubleHeight = 0;
    };

    [[nodiscard]] const PackedLine &slot(int index) const
    {
        return m_lines[(m_first + size_t(index)) % m_lines.size()];
    }
    static void pack(const Line &line, PackedLine &packed);
    [[nodiscard]] static Line unpack(const PackedLine &packed);
    void linearize();

    std::vector<PackedLine> m_lines; // the ring; its size only grows up to m_maxLines
    size_t m_first = 0; // slot of the oldest line
    int m_size = 0;
    int m_maxLines;
    quint64 m_dropped = 0;
};

} // namespace Teleterm::Terminal
