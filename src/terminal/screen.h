#pragma once

#include "cell.h"
#include "scrollback.h"

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

#include <vterm_keycodes.h>

struct VTerm;
struct VTermState;

namespace Teleterm::Terminal
{

enum class CursorShape : uint8_t { Block, Underline, Bar };
enum class MouseMode : uint8_t { None, Click, Drag, Move };

struct Cursor {
    int row = 0;
    int column = 0;
    bool visible = true;
    bool blinking = true;
    CursorShape shape = CursorShape::Block;
};

// A place in the history: `line` counts from the oldest scrollback line (0) through the
// scrollback to the screen, whose row r is line historySize() + r.
struct Position {
    int line = 0;
    int column = 0;
    [[nodiscard]] auto operator<=>(const Position &) const = default;
};

// Where a search found its text: from `start` up to, not including, `end` (which may be on a later
// line when the text wraps at the margin).
struct Match {
    Position start;
    Position end;
    [[nodiscard]] bool operator==(const Match &) const = default;
};

// What changed on the screen since the renderer last asked. Apply in order: first move the
// cached rows up by `scrolled` lines (down when negative; nothing survives a move of rows() or
// more), then redraw `rows` (all of them when `all`).
struct Damage {
    int scrolled = 0;
    bool all = false;
    std::vector<int> rows;
};

// The terminal's model: libvterm's parser and terminal state (its "state" layer) write into our
// own grid of cells. libvterm's "screen" layer is not used: it copies the whole screen for every
// scrolled line, while here the screen's lines are a ring, so a full-screen scroll moves an
// index, and the line that leaves the top is packed into the scrollback. Lines from a scroll
// region that starts at the top go there too, as in xterm and libvterm's screen layer.
//
// The primary screen feeds the scrollback; the alternate screen (full-screen programs) has a
// buffer of its own and none. Not thread-safe: use it from one thread.
class Screen
{
public:
    // The narrowest screen: on one column, a double-width line (DECDWL) has no room for a single
    // cell, and libvterm 0.1.4 puts its cursor in column -1.
    static constexpr int MinimumColumns = 2;

    explicit Screen(int rows = 24, int columns = 80, int scrollbackLines = Scrollback::DefaultMaxLines);
    ~Screen();
    Screen(const Screen &) = delete;
    Screen &operator=(const Screen &) = delete;

    // Output of the program, in any chunks.
    void write(const char *bytes, size_t length);
    void write(QByteArrayView bytes)
    {
        write(bytes.data(), size_t(bytes.size()));
    }
    // At least one row and MinimumColumns columns. Keeps what fits: lines below the cursor go
    // first, then lines off the top, into the scrollback, from which they come back when the screen
    // grows again; lines are cut or padded on the right (no reflow). A shorter screen ends the
    // scroll region, as in xterm.
    void resize(int rows, int columns);
    [[nodiscard]] int rows() const
    {
        return m_rows;
    }
    [[nodiscard]] int columns() const
    {
        return m_columns;
    }

    // Row `row` of the visible screen, columns() cells wide.
    [[nodiscard]] const Line &line(int row) const
    {
        return m_buffer->lines[index(row)];
    }
    [[nodiscard]] const Scrollback &scrollback() const
    {
        return m_scrollback;
    }
    void setScrollbackLines(int lines)
    {
        m_scrollback.setMaxLines(lines);
    }
    [[nodiscard]] int historySize() const
    {
        return m_scrollback.size();
    }
    // Scrollback then screen, as Position::line counts them.
    [[nodiscard]] int historyLineCount() const
    {
        return m_scrollback.size() + m_rows;
    }
    // A copy: scrollback lines are unpacked for the asking.
    [[nodiscard]] Line historyLine(int line) const;
    // Whether history line `line` continues the one before it (wrapped at the margin).
    [[nodiscard]] bool isContinued(int line) const
    {
        return line < m_scrollback.size() ? m_scrollback.isContinued(line) : this->line(line - m_scrollback.size()).continued;
    }

    [[nodiscard]] const Cursor &cursor() const
    {
        return m_cursor;
    }
    [[nodiscard]] const QString &title() const
    {
        return m_title;
    }
    [[nodiscard]] bool isAlternateScreen() const
    {
        return m_buffer == &m_alternate;
    }
    [[nodiscard]] bool reverseVideo() const
    {
        return m_reverseVideo;
    }
    [[nodiscard]] MouseMode mouseMode() const
    {
        return m_mouseMode;
    }
    [[nodiscard]] int bellCount() const
    {
        return m_bells;
    }

    [[nodiscard]] Damage takeDamage();

    // Input, encoded for the program (and delivered to the output handler): keys and characters
    // in the modes it set (application cursor keys, ...), pasted text bracketed when it asked
    // for bracketed paste, mouse events when it asked for them. Rows and columns count from 0.
    void keyboardKey(VTermKey key, VTermModifier modifiers = VTERM_MOD_NONE);
    void keyboardChar(char32_t character, VTermModifier modifiers = VTERM_MOD_NONE);
    void paste(const QString &text);
    void mouseMove(int row, int column, VTermModifier modifiers = VTERM_MOD_NONE);
    void mouseButton(int button, bool pressed, VTermModifier modifiers = VTERM_MOD_NONE);
    // Reported (CSI I, CSI O) when the program asked for focus events (mode 1004).
    void setFocused(bool focused);

    // Bytes for the program: answers to its queries and encoded input. The owner sends them to
    // the PTY; a handler must not call back into the screen.
    void setOutputHandler(std::function<void(QByteArrayView)> handler)
    {
        m_onOutput = std::move(handler);
    }
    void setTitleHandler(std::function<void(const QString &)> handler)
    {
        m_onTitle = std::move(handler);
    }
    void setBellHandler(std::function<void()> handler)
    {
        m_onBell = std::move(handler);
    }

    // The text of cells from `from` up to, not including, `to` (a range that ends at the start of
    // a line ends with the line before, without a newline): lines are joined by '\n' unless the
    // next one continues them (wrapped at the margin), trailing blanks are dropped, wide
    // characters count once.
    [[nodiscard]] QString text(Position from, Position to) const;
    // Where `needle` next occurs at or after `from` (strictly before it when `backwards`), in the
    // scrollback and on the screen; wrapped lines are searched as one.
    [[nodiscard]] std::optional<Position> find(const QString &needle, Position from, bool backwards, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    // Every occurrence of `needle`, in order and not overlapping, in the lines that start at history
    // lines [from, to): a line continued from before `from` is searched whole, from its start.
    [[nodiscard]] std::vector<Match> findAll(const QString &needle, int from, int to, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    // The history line where the line holding `line` starts: `line` unless it continues a line
    // wrapped at the margin.
    [[nodiscard]] int lineStart(int line) const;

    // Heap bytes held by the screens and the scrollback.
    [[nodiscard]] size_t memoryUsage() const;

private:
    struct Buffer {
        std::vector<Line> lines; // a ring: visible row 0 is lines[top]
        int top = 0;
    };
    friend struct StateCallbacks;

    [[nodiscard]] int index(int row) const
    {
        const int slot = m_buffer->top + row;
        return slot >= m_rows ? slot - m_rows : slot;
    }
    [[nodiscard]] Line &row(int row)
    {
        return m_buffer->lines[index(row)];
    }
    [[nodiscard]] Cell blank() const;
    void putGlyph(const uint32_t *chars, int width, int row, int column);
    void scrollLines(int top, int bottom, int count);
    void moveCells(int destRow, int destColumn, int srcRow, int srcColumn, int rows, int columns);
    void erase(int top, int bottom, int left, int right);
    void setAlternateScreen(bool on);
    void resizeBuffer(Buffer &buffer, int rows, int columns, bool active, int *cursorShift);
    void output(const char *bytes, size_t length);
    // Hands bytes to libvterm's parser as they are.
    void parse(const char *bytes, size_t length);
    // Moves libvterm's cursor back onto the screen should it be off it; false when it was.
    bool keepCursorOnScreen();
    // The text of the line that starts at history line `start` with the lines that continue it,
    // and the position of each of its UTF-16 units; returns the history line after it.
    int logicalLine(int start, QString &text, std::vector<Position> &positions) const;

    VTerm *m_vterm = nullptr;
    VTermState *m_state = nullptr;
    int m_rows;
    int m_columns;
    Buffer m_primary;
    Buffer m_alternate;
    Buffer *m_buffer = &m_primary;
    Scrollback m_scrollback;
    Cell m_pen;
    Cursor m_cursor;
    QString m_title;
    MouseMode m_mouseMode = MouseMode::None;
    bool m_reverseVideo = false;
    int m_bells = 0;

    // Where the program's output stands for the guard against CSI sequences with too many
    // parameters (see write()): outside one, after an ESC, in the parameters, or dropping the rest.
    enum class CsiGuard : uint8_t { Ground, Escape, Leader, Parameters, Intermediates, Dropping, String, StringEscape };
    CsiGuard m_csiGuard = CsiGuard::Ground;
    int m_csiSeparators = 0;
    // A character's UTF-8 bytes so far, and how many more it takes (see write()).
    char m_utf8[4] = {};
    int m_utf8Length = 0;
    int m_utf8Needed = 0;
    int m_lastGlyphWidth = 0; // of the last character libvterm printed: what REP repeats

    int m_scrolled = 0;
    bool m_allDamaged = true;

    // Autowrap detection (libvterm 0.1 reports no line continuation): the row of the last glyph
    // and where the cursor stood after it. A glyph at column 0 of the next row with no cursor
    // move in between is the same line wrapped.
    int m_wrapRow = -1;
    int m_glyphCursorRow = -1;
    int m_glyphCursorColumn = -1;

    std::function<void(QByteArrayView)> m_onOutput;
    std::function<void(const QString &)> m_onTitle;
    std::function<void()> m_onBell;
};

} // namespace Teleterm::Terminal
