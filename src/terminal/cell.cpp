#include "cell.h"

#include <algorithm>

namespace Teleterm::Terminal
{

std::u32string_view Line::marksAt(int column) const
{
    for (const CellMarks &entry : marks) {
        if (entry.column == column) {
            return entry.chars;
        }
    }
    return {};
}

void Line::setMarks(int column, const char32_t *chars, size_t count)
{
    for (CellMarks &entry : marks) {
        if (entry.column == column) {
            entry.chars.assign(chars, count);
            return;
        }
    }
    marks.push_back({uint16_t(column), std::u32string(chars, count)});
}

void Line::clearMarks(int from, int to)
{
    std::erase_if(marks, [&](const CellMarks &entry) {
        return entry.column >= from && entry.column < to;
    });
}

void Line::erase(int from, int to, const Cell &blank)
{
    from = std::max(from, 0);
    to = std::min(to, int(cells.size()));
    if (from >= to) {
        return;
    }
    std::fill(cells.begin() + from, cells.begin() + to, blank);
    if (!marks.empty()) {
        clearMarks(from, to);
    }
    damaged = true;
}

void Line::repairWideCharacters()
{
    const int count = int(cells.size());
    for (int column = 0; column < count; ++column) {
        Cell &cell = cells[column];
        const bool orphanHalf = cell.continuation && (column == 0 || !cells[column - 1].wide);
        const bool headAlone = cell.wide && (column + 1 == count || !cells[column + 1].continuation);
        if (orphanHalf || headAlone) {
            if (cell.combining) {
                clearMarks(column, column + 1);
            }
            cell.codepoint = 0;
            cell.wide = false;
            cell.continuation = false;
            cell.combining = false;
            damaged = true;
        }
    }
}

int Line::trimmedLength() const
{
    int length = int(cells.size());
    while (length > 0 && cells[length - 1].isBlank()) {
        --length;
    }
    return length;
}

size_t Line::memoryUsage() const
{
    size_t bytes = cells.capacity() * sizeof(Cell) + marks.capacity() * sizeof(CellMarks);
    for (const CellMarks &entry : marks) {
        bytes += entry.chars.capacity() > 3 ? (entry.chars.capacity() + 1) * sizeof(char32_t) : 0; // beyond the small-string buffer
    }
    return bytes;
}

} // namespace Teleterm::Terminal
