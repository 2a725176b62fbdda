#pragma once

#include <cstdint>
#include <string>
#include <vector>

// Code that works on cells a word at a time takes its masks from Cell itself at compile time and
// checks there the layout it counts on. clang 14 (Debian 12's, which builds the fuzzers:
// scripts/fuzz) cannot bit_cast bit-fields in a constant expression: with it the masks are worked
// out when the program starts, and the gcc builds alone check the layout.
#if defined(__clang__) && __clang_major__ < 15
#define TELETERM_CELL_MASK const
#define TELETERM_CELL_LAYOUT_CHECK(...)
#else
#define TELETERM_CELL_MASK constexpr
#define TELETERM_CELL_LAYOUT_CHECK(...) static_assert(__VA_ARGS__)
#endif

namespace Teleterm::Terminal
{

// A colour as the program asked for it: the theme's default, an entry of the 256-colour palette,
// or 24-bit RGB. Four bytes; Palette turns it into a QRgb.
class Color
{
public:
    enum Kind : uint8_t { Default, Indexed, Rgb };

    constexpr Color() = default;
    [[nodiscard]] static constexpr Color indexed(uint8_t index)
    {
        return Color(uint32_t(Indexed) << 24 | index);
    }
    [[nodiscard]] static constexpr Color rgb(uint8_t red, uint8_t green, uint8_t blue)
    {
        return Color(uint32_t(Rgb) << 24 | uint32_t(red) << 16 | uint32_t(green) << 8 | blue);
    }

    [[nodiscard]] constexpr Kind kind() const
    {
        return Kind(m_value >> 24);
    }
    [[nodiscard]] constexpr uint8_t index() const
    {
        return uint8_t(m_value);
    }
    // 0xRRGGBB for an Rgb colour.
    [[nodiscard]] constexpr uint32_t rgbValue() const
    {
        return m_value & 0xffffff;
    }
    [[nodiscard]] constexpr bool operator==(const Color &) const = default;

private:
    constexpr explicit Color(uint32_t value)
        : m_value(value)
    {
    }
    uint32_t m_value = 0;
};

enum class Underline : uint8_t { None, Single, Double, Curly };

// One character cell in twelve bytes. A zero-initialised cell is a blank in the default colours.
// A wide character (CJK, most emoji) is a `wide` cell followed by a `continuation` cell that
// holds nothing. Combining marks beyond the base character live in the line's side table
// (`Line::marks`), flagged by `combining`, so the common cell stays small.
struct Cell {
    uint32_t codepoint : 21 = 0; // 0: never written (reads as a space)
    uint32_t wide : 1 = 0;
    uint32_t continuation : 1 = 0;
    uint32_t combining : 1 = 0;
    uint32_t bold : 1 = 0;
    uint32_t italic : 1 = 0;
    uint32_t underline : 2 = 0; // Underline
    uint32_t inverse : 1 = 0;
    uint32_t strikethrough : 1 = 0;
    uint32_t blink : 1 = 0;
    uint32_t conceal : 1 = 0;
    Color foreground;
    Color background;

    // Nothing would be drawn here but the default background: what trailing trimming drops.
    [[nodiscard]] bool isBlank() const
    {
        return (codepoint == 0 || codepoint == U' ') && !continuation && background.kind() == Color::Default && !inverse && !underline && !strikethrough;
    }
};
static_assert(sizeof(Cell) == 12);

// Combining marks that follow the base character of the cell at `column`.
struct CellMarks {
    uint16_t column = 0;
    std::u32string chars;
};

// One row of cells, on the screen or in the scrollback.
struct Line {
    std::vector<Cell> cells;
    std::vector<CellMarks> marks; // only for cells flagged `combining`; usually empty
    bool continued = false; // this line is the previous one wrapped at the right margin
    bool wrapped = false; // the next line continues this one (it is full: nothing to trim)
    bool damaged = true; // changed since the renderer last took the damage (screen lines only)
    bool doubleWidth = false; // DECDWL / DECDHL
    uint8_t doubleHeight = 0; // DECDHL: 1 top half, 2 bottom half

    // The combining marks of the cell at `column`, empty when it has none.
    [[nodiscard]] std::u32string_view marksAt(int column) const;
    void setMarks(int column, const char32_t *chars, size_t count);
    void clearMarks(int from, int to);
    // Blank cells [from, to) with `blank` (the erase colours), dropping their marks.
    void erase(int from, int to, const Cell &blank);
    // Blanks each half of a wide character whose other half is gone, so that every `wide` cell
    // is followed by its `continuation` and every `continuation` follows a `wide` cell.
    void repairWideCharacters();
    // The number of cells left once trailing blanks are dropped.
    [[nodiscard]] int trimmedLength() const;
    // Heap bytes held by this line.
    [[nodiscard]] size_t memoryUsage() const;
};

} // namespace Teleterm::Terminal
