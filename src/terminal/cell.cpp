#include "cell.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

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
    if (std::bit_cast<std::array<uint32_t, 3>>(blank) == std::array<uint32_t, 3>{}) {
        // The default colours, as after most lines: a zero-initialised cell (a third of the time
        // of filling in twelve-byte steps).
        std::memset(static_cast<void *>(cells.data() + from), 0, size_t(to - from) * sizeof(Cell));
    } else {
        std::fill(cells.begin() + from, cells.begin() + to, blank);
    }
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

namespace
{

// Cell::isBlank() on a cell's words: the bits of the first that must be clear but for a space's,
// and the background's kind in the last (Color::Default is 0).
TELETERM_CELL_MASK uint32_t InkBits = [] {
    Cell cell;
    cell.codepoint = 0x1fffff;
    cell.continuation = true;
    cell.inverse = true;
    cell.underline = 3;
    cell.strikethrough = true;
    return std::bit_cast<std::array<uint32_t, 3>>(cell)[0];
}();
TELETERM_CELL_LAYOUT_CHECK(InkBits & 0x1fffff, "the character is the low bits of a cell's first word");
TELETERM_CELL_LAYOUT_CHECK(
    [] {
        Cell cell;
        cell.background = Color::rgb(0, 0, 0);
        return std::bit_cast<std::array<uint32_t, 3>>(cell)[2] >> 24 == Color::Rgb;
    }(),
    "the background is the last word");

} // namespace

int Line::trimmedLength() const
{
    // Every line scrolled into the scrollback is trimmed: the words are faster to test than the
    // bitfields one by one.
    int length = int(cells.size());
    const Cell *data = cells.data();
    while (length > 0) {
        const auto words = std::bit_cast<std::array<uint32_t, 3>>(data[length - 1]);
        const uint32_t ink = words[0] & InkBits;
        if ((ink != 0 && ink != U' ') || words[2] >> 24 != Color::Default) {
            break;
        }
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
