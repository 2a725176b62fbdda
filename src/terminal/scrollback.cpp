#include "scrollback.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

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
        m_dropped += quint64(m_size - maxLines);
        m_size = maxLines;
    }
    m_lines.resize(size_t(m_size));
    m_lines.shrink_to_fit();
    m_maxLines = maxLines;
}

namespace
{

// The attributes of a cell that runs share (not its width: the text holds that).
uint16_t attributesOf(const Cell &cell)
{
    return uint16_t(cell.bold | cell.italic << 1 | cell.underline << 2 | cell.inverse << 4 | cell.strikethrough << 5 | cell.blink << 6 | cell.conceal << 7);
}

void setAttributes(Cell &cell, uint16_t attributes)
{
    cell.bold = attributes & 1;
    cell.italic = attributes >> 1 & 1;
    cell.underline = attributes >> 2 & 3;
    cell.inverse = attributes >> 4 & 1;
    cell.strikethrough = attributes >> 5 & 1;
    cell.blink = attributes >> 6 & 1;
    cell.conceal = attributes >> 7 & 1;
}

// The word that holds a cell's bitfields, and in it the bits of the attributes runs share:
// comparing these is cheaper than taking the attributes apart for every cell.
uint32_t flagWord(const Cell &cell)
{
    uint32_t word;
    std::memcpy(&word, &cell, sizeof word);
    return word;
}

TELETERM_CELL_MASK uint32_t StyleMask = [] {
    Cell cell;
    cell.bold = cell.italic = cell.inverse = cell.strikethrough = cell.blink = cell.conceal = true;
    cell.underline = 3;
    return std::bit_cast<std::array<uint32_t, 3>>(cell)[0];
}();

// The bits of that word that hold the character, and the one that marks a wide character's second half.
TELETERM_CELL_MASK uint32_t CodepointBits = [] {
    Cell cell;
    cell.codepoint = 0x1fffff;
    return std::bit_cast<std::array<uint32_t, 3>>(cell)[0];
}();
TELETERM_CELL_MASK uint32_t ContinuationBit = [] {
    Cell cell;
    cell.continuation = true;
    return std::bit_cast<std::array<uint32_t, 3>>(cell)[0];
}();
TELETERM_CELL_LAYOUT_CHECK(CodepointBits == 0x1fffff, "the character is the low bits of a cell's first word");

constexpr char NeverWritten = 0;
constexpr char SecondHalf = char(0xff); // never a byte of UTF-8

// Writes the UTF-8 of `c` at `out` and returns the end.
char *appendUtf8(char *out, char32_t c)
{
    if (c < 0x80) {
        *out++ = char(c);
    } else if (c < 0x800) {
        *out++ = char(0xc0 | c >> 6);
        *out++ = char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        *out++ = char(0xe0 | c >> 12);
        *out++ = char(0x80 | (c >> 6 & 0x3f));
        *out++ = char(0x80 | (c & 0x3f));
    } else {
        *out++ = char(0xf0 | c >> 18);
        *out++ = char(0x80 | (c >> 12 & 0x3f));
        *out++ = char(0x80 | (c >> 6 & 0x3f));
        *out++ = char(0x80 | (c & 0x3f));
    }
    return out;
}

// Decodes the sequence at `at` (which appendUtf8 wrote) and moves past it.
char32_t nextUtf8(const std::string &text, size_t &at)
{
    const auto byte = [&](size_t i) {
        return char32_t(uint8_t(text[i]));
    };
    const char32_t lead = byte(at);
    if (lead < 0x80) {
        at += 1;
        return lead;
    }
    if (lead < 0xe0) {
        at += 2;
        return (lead & 0x1f) << 6 | (byte(at - 1) & 0x3f);
    }
    if (lead < 0xf0) {
        at += 3;
        return (lead & 0x0f) << 12 | (byte(at - 2) & 0x3f) << 6 | (byte(at - 1) & 0x3f);
    }
    at += 4;
    return (lead & 0x07) << 18 | (byte(at - 3) & 0x3f) << 12 | (byte(at - 2) & 0x3f) << 6 | (byte(at - 1) & 0x3f);
}

// Gives back what a reused container holds beyond twice what it needs.
template<typename Container>
void trimCapacity(Container &container)
{
    if (container.capacity() > 2 * container.size() + 16) {
        container.shrink_to_fit();
    }
}

} // namespace

void Scrollback::pack(const Line &line, PackedLine &packed)
{
    // A wrapped line is full to the margin: what looks blank at its end is text (spaces).
    const int length = line.wrapped ? int(line.cells.size()) : line.trimmedLength();
    // Written through a pointer into room for the longest UTF-8, then copied: a push_back per
    // character cost more than the rest of packing. In blocks of cells whose UTF-8 always fits,
    // so that the loop checks for no room.
    char text[4 * 1024];
    constexpr int Block = int(sizeof text / 4);
    packed.text.clear();
    packed.runs.clear();
    // The current run's style and colours as words, kept here rather than read back from
    // packed.runs for every cell.
    uint32_t runStyle = 0;
    uint64_t runColours = 0;
    const Cell *cells = line.cells.data();
    for (int from = 0; from < length; from += Block) {
        const int to = std::min(length, from + Block);
        char *end = text;
        for (int column = from; column < to; ++column) {
            const Cell &cell = cells[column];
            const uint32_t flags = flagWord(cell);
            uint64_t colours; // foreground and background in one
            std::memcpy(&colours, reinterpret_cast<const char *>(&cell) + sizeof flags, sizeof colours);
            const uint32_t codepoint = flags & CodepointBits;
            if (codepoint - 1 < 0x7f && (flags & ContinuationBit) == 0) { // ASCII, most cells
                *end++ = char(codepoint);
            } else if (cell.continuation) {
                *end++ = SecondHalf;
            } else if (codepoint == 0) {
                *end++ = NeverWritten;
            } else {
                end = appendUtf8(end, codepoint);
            }
            const uint32_t style = flags & StyleMask;
            if (column == 0 || style != runStyle || colours != runColours) {
                packed.runs.push_back({uint16_t(column), attributesOf(cell), cell.foreground, cell.background});
                runStyle = style;
                runColours = colours;
            }
        }
        packed.text.append(text, size_t(end - text));
    }
    trimCapacity(packed.text);
    trimCapacity(packed.runs);
    packed.marks.clear();
    for (const CellMarks &entry : line.marks) {
        if (entry.column < length && line.cells[entry.column].combining) {
            packed.marks.push_back(entry);
        }
    }
    trimCapacity(packed.marks);
    packed.continued = line.continued;
    packed.wrapped = line.wrapped;
    packed.doubleWidth = line.doubleWidth;
    packed.doubleHeight = line.doubleHeight;
}

Line Scrollback::unpack(const PackedLine &packed)
{
    Line line;
    line.cells.reserve(packed.text.size());
    size_t run = 0;
    size_t at = 0;
    while (at < packed.text.size()) {
        const int column = int(line.cells.size());
        while (run + 1 < packed.runs.size() && packed.runs[run + 1].column <= column) {
            ++run;
        }
        Cell cell;
        if (run < packed.runs.size()) {
            setAttributes(cell, packed.runs[run].attributes);
            cell.foreground = packed.runs[run].foreground;
            cell.background = packed.runs[run].background;
        }
        if (packed.text[at] == SecondHalf) {
            ++at;
            cell.continuation = true;
            if (column > 0) {
                line.cells.back().wide = true;
            }
        } else if (packed.text[at] == NeverWritten) {
            ++at;
        } else {
            cell.codepoint = nextUtf8(packed.text, at);
        }
        line.cells.push_back(cell);
    }
    line.marks = packed.marks;
    for (const CellMarks &entry : line.marks) {
        line.cells[entry.column].combining = true;
    }
    line.continued = packed.continued;
    line.wrapped = packed.wrapped;
    line.doubleWidth = packed.doubleWidth;
    line.doubleHeight = packed.doubleHeight;
    line.damaged = false;
    return line;
}

Line Scrollback::line(int index) const
{
    return unpack(slot(index));
}

void Scrollback::push(const Line &line)
{
    if (m_maxLines == 0) {
        return;
    }
    PackedLine *packed = nullptr;
    if (size_t(m_size) < m_lines.size()) {
        packed = &m_lines[(m_first + size_t(m_size)) % m_lines.size()];
        ++m_size;
    } else if (m_size < m_maxLines) {
        linearize();
        packed = &m_lines.emplace_back();
        ++m_size;
    } else {
        packed = &m_lines[m_first]; // the oldest line makes room
        m_first = (m_first + 1) % m_lines.size();
        ++m_dropped;
    }
    pack(line, *packed);
}

Line Scrollback::takeNewest()
{
    Q_ASSERT(m_size > 0);
    PackedLine &packed = m_lines[(m_first + size_t(m_size) - 1) % m_lines.size()];
    Line line = unpack(packed);
    packed = PackedLine();
    --m_size;
    return line;
}

void Scrollback::clear()
{
    m_lines.clear();
    m_lines.shrink_to_fit();
    m_dropped += quint64(m_size);
    m_first = 0;
    m_size = 0;
}

size_t Scrollback::memoryUsage() const
{
    size_t bytes = m_lines.capacity() * sizeof(PackedLine);
    for (const PackedLine &packed : m_lines) {
        // std::string keeps up to 15 bytes inside itself.
        bytes +=
            (packed.text.capacity() > 15 ? packed.text.capacity() + 1 : 0) + packed.runs.capacity() * sizeof(Run) + packed.marks.capacity() * sizeof(CellMarks);
        for (const CellMarks &entry : packed.marks) {
            bytes += entry.chars.capacity() > 3 ? (entry.chars.capacity() + 1) * sizeof(char32_t) : 0;
        }
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
