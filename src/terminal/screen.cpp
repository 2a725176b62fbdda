#include "screen.h"
#include "terminallogging.h"

#include <vterm.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>

namespace Teleterm::Terminal
{

namespace
{

Color toColor(const VTermColor &color)
{
    if (VTERM_COLOR_IS_DEFAULT_FG(&color) || VTERM_COLOR_IS_DEFAULT_BG(&color)) {
        return {};
    }
    if (VTERM_COLOR_IS_INDEXED(&color)) {
        return Color::indexed(color.indexed.idx);
    }
    return Color::rgb(color.rgb.red, color.rgb.green, color.rgb.blue);
}

// Appends the characters of cells [from, to) of `line`, a space for a cell never written.
void appendCells(QString &out, const Line &line, int from, int to)
{
    to = std::min(to, int(line.cells.size()));
    for (int column = std::max(from, 0); column < to; ++column) {
        const Cell &cell = line.cells[column];
        if (cell.continuation) {
            continue;
        }
        out.append(QChar::fromUcs4(cell.codepoint ? char32_t(cell.codepoint) : U' '));
        if (cell.combining) {
            for (char32_t mark : line.marksAt(column)) {
                out.append(QChar::fromUcs4(mark));
            }
        }
    }
}

// The bits of a cell's first word that say it holds part of a wide character or has marks, and
// those of its character: a narrow glyph is the pen's words with these replaced.
TELETERM_CELL_MASK uint32_t ShapeBits = [] {
    Cell cell;
    cell.wide = true;
    cell.continuation = true;
    cell.combining = true;
    return std::bit_cast<std::array<uint32_t, 3>>(cell)[0];
}();
TELETERM_CELL_MASK uint32_t CodepointBits = [] {
    Cell cell;
    cell.codepoint = 0x1fffff;
    return std::bit_cast<std::array<uint32_t, 3>>(cell)[0];
}();
TELETERM_CELL_LAYOUT_CHECK(CodepointBits == 0x1fffff, "the character is the low bits of a cell's first word");

// Where the first ESC or byte of 0x80 and above is in bytes[at, length), or length if none is: a
// word at a time, for the run of plain ASCII text between them is most of what programs print.
size_t skipPlain(const char *bytes, size_t at, size_t length)
{
    constexpr uint64_t Ones = 0x0101010101010101;
    constexpr uint64_t Highs = 0x8080808080808080;
    for (; at + sizeof(uint64_t) <= length; at += sizeof(uint64_t)) {
        uint64_t word;
        std::memcpy(&word, bytes + at, sizeof word);
        const uint64_t escapes = word ^ (Ones * 0x1b); // an ESC is a zero byte in it
        if (((escapes - Ones) & ~escapes & Highs) != 0 || (word & Highs) != 0) {
            break;
        }
    }
    while (at < length && bytes[at] != 0x1b && uchar(bytes[at]) < 0x80) {
        ++at;
    }
    return at;
}

// Whether the lead byte at bytes[0] and the needed bytes after it are a valid character libvterm
// can have as it is: not cut short, overlong, a surrogate or past U+10FFFF, and not a C1 control.
bool isWholeCharacter(const char *bytes, int needed)
{
    const auto lead = uchar(bytes[0]);
    const auto second = uchar(bytes[1]);
    const uchar low = lead == 0xe0 ? 0xa0 : lead == 0xf0 ? 0x90 : lead == 0xc2 ? 0xa0 : 0x80;
    const uchar high = lead == 0xed ? 0x9f : lead == 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) {
        return false;
    }
    for (int i = 2; i <= needed; ++i) {
        if ((uchar(bytes[i]) & 0xc0) != 0x80) {
            return false;
        }
    }
    return true;
}

} // namespace

// libvterm's state layer calls these with the Screen as `user`.
struct StateCallbacks {
    static Screen &screen(void *user)
    {
        return *static_cast<Screen *>(user);
    }

    // The common glyph: one character, one cell wide, over a cell that holds no half of a wide
    // character and no marks, and not at the left margin (where a line may wrap). Everything else
    // goes to Screen::putGlyph; for these glyphs this does exactly what it does, with less work:
    // libvterm calls here for every character.
    static int putglyph(VTermGlyphInfo *info, VTermPos pos, void *user)
    {
        Screen &s = screen(user);
        s.m_lastGlyphWidth = info->width;
        const uint32_t codepoint = info->chars[0];
        const int r = pos.row;
        const int column = pos.col;
        if (info->width != 1 || info->chars[1] != 0 || codepoint > 0x10ffff || unsigned(r) >= unsigned(s.m_rows) || unsigned(column) >= unsigned(s.m_columns)
            || column == 0) {
            s.putGlyph(info->chars, info->width, r, column);
            return 1;
        }
        Line &line = s.row(r);
        Cell &cell = line.cells.data()[column];
        uint32_t shape;
        std::memcpy(&shape, &cell, sizeof shape);
        if ((shape & ShapeBits) != 0) {
            s.putGlyph(info->chars, info->width, r, column);
            return 1;
        }
        // The pen with the character in it, written as whole words: assigning the bitfields one
        // by one reads the cell back between the stores.
        auto words = std::bit_cast<std::array<uint32_t, 3>>(s.m_pen);
        words[0] = (words[0] & ~(ShapeBits | CodepointBits)) | codepoint;
        cell = std::bit_cast<Cell>(words);
        s.m_wrapRow = r;
        s.m_glyphCursorRow = r;
        s.m_glyphCursorColumn = column + 1 >= s.m_columns ? column : column + 1;
        line.damaged = true;
        return 1;
    }

    static int movecursor(VTermPos pos, VTermPos, int visible, void *user)
    {
        Screen &s = screen(user);
        s.m_cursor.row = pos.row;
        s.m_cursor.column = pos.col;
        s.m_cursor.visible = visible;
        if (pos.row != s.m_glyphCursorRow || pos.col != s.m_glyphCursorColumn) {
            s.m_wrapRow = -1;
        }
        return 1;
    }

    static int scrollrect(VTermRect rect, int downward, int rightward, void *user)
    {
        Screen &s = screen(user);
        if (rightward != 0 || rect.start_col != 0 || rect.end_col != s.m_columns) {
            return 0; // libvterm falls back to moverect and erase
        }
        s.scrollLines(rect.start_row, rect.end_row, downward);
        return 1;
    }

    static int moverect(VTermRect dest, VTermRect src, void *user)
    {
        screen(user).moveCells(dest.start_row, dest.start_col, src.start_row, src.start_col, dest.end_row - dest.start_row, dest.end_col - dest.start_col);
        return 1;
    }

    static int erase(VTermRect rect, int, void *user)
    {
        screen(user).erase(rect.start_row, rect.end_row, rect.start_col, rect.end_col);
        return 1;
    }

    static int initpen(void *user)
    {
        screen(user).m_pen = Cell();
        return 1;
    }

    static int setpenattr(VTermAttr attr, VTermValue *value, void *user)
    {
        Cell &pen = screen(user).m_pen;
        switch (attr) {
        case VTERM_ATTR_BOLD:
            pen.bold = value->boolean != 0;
            break;
        case VTERM_ATTR_UNDERLINE:
            pen.underline = uint32_t(std::clamp(value->number, 0, 3));
            break;
        case VTERM_ATTR_ITALIC:
            pen.italic = value->boolean != 0;
            break;
        case VTERM_ATTR_BLINK:
            pen.blink = value->boolean != 0;
            break;
        case VTERM_ATTR_REVERSE:
            pen.inverse = value->boolean != 0;
            break;
        case VTERM_ATTR_STRIKE:
            pen.strikethrough = value->boolean != 0;
            break;
        case VTERM_ATTR_FOREGROUND:
            pen.foreground = toColor(value->color);
            break;
        case VTERM_ATTR_BACKGROUND:
            pen.background = toColor(value->color);
            break;
        default: // fonts 10-19: one font here
            return 0;
        }
        return 1;
    }

    static int settermprop(VTermProp prop, VTermValue *value, void *user)
    {
        Screen &s = screen(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            s.m_cursor.visible = value->boolean != 0;
            break;
        case VTERM_PROP_CURSORBLINK:
            s.m_cursor.blinking = value->boolean != 0;
            break;
        case VTERM_PROP_CURSORSHAPE:
            s.m_cursor.shape = value->number == VTERM_PROP_CURSORSHAPE_UNDERLINE ? CursorShape::Underline
                : value->number == VTERM_PROP_CURSORSHAPE_BAR_LEFT               ? CursorShape::Bar
                                                                                 : CursorShape::Block;
            break;
        case VTERM_PROP_ALTSCREEN:
            s.setAlternateScreen(value->boolean != 0);
            break;
        case VTERM_PROP_TITLE:
            // libvterm 0.1 hands over the whole title, NUL-terminated (0.2 sends fragments).
            // What a tab shows: no control characters (C1 ones come as UTF-8 within the string).
            s.m_title = QString::fromUtf8(value->string);
            s.m_title.removeIf([](QChar ch) {
                return ch.category() == QChar::Other_Control;
            });
            if (s.m_onTitle) {
                s.m_onTitle(s.m_title);
            }
            break;
        case VTERM_PROP_REVERSE:
            s.m_reverseVideo = value->boolean != 0;
            s.m_allDamaged = true;
            break;
        case VTERM_PROP_MOUSE:
            s.m_mouseMode = MouseMode(std::clamp(value->number, 0, int(MouseMode::Move)));
            break;
        default: // the icon name
            break;
        }
        return 1;
    }

    static int bell(void *user)
    {
        Screen &s = screen(user);
        ++s.m_bells;
        if (s.m_onBell) {
            s.m_onBell();
        }
        return 1;
    }

    static int resize(int rows, int columns, VTermPos *delta, void *user)
    {
        Screen &s = screen(user);
        int shift = 0;
        s.resizeBuffer(s.m_primary, rows, columns, !s.isAlternateScreen(), &shift);
        s.resizeBuffer(s.m_alternate, rows, columns, s.isAlternateScreen(), &shift);
        s.m_rows = rows;
        s.m_columns = columns;
        s.m_allDamaged = true;
        s.m_wrapRow = -1;
        delta->row = shift;
        return 1;
    }

    static int setlineinfo(int row, const VTermLineInfo *info, const VTermLineInfo *, void *user)
    {
        Screen &s = screen(user);
        if (row < 0 || row >= s.m_rows) {
            return 0;
        }
        Line &line = s.row(row);
        line.doubleWidth = info->doublewidth;
        line.doubleHeight = uint8_t(info->doubleheight);
        line.damaged = true;
        return 1;
    }

    static void output(const char *bytes, size_t length, void *user)
    {
        screen(user).output(bytes, length);
    }

    // Sequences libvterm does not act on: named in the debug log, never their content (an OSC
    // 52 carries clipboard text).
    static int unhandledCsi(const char *leader, const long[], int, const char *, char command, void *)
    {
        qCDebug(TELETERM_TERMINAL) << "unhandled CSI" << (leader ? leader : "") << command;
        return 0;
    }
    static int unhandledOsc(const char *command, size_t length, void *)
    {
        const QByteArrayView text(command, qsizetype(length));
        const qsizetype semicolon = text.indexOf(';');
        qCDebug(TELETERM_TERMINAL) << "unhandled OSC" << text.first(semicolon < 0 ? std::min<qsizetype>(text.size(), 8) : semicolon).toByteArray();
        return 0;
    }

    static constexpr VTermStateCallbacks callbacks = {
        .putglyph = putglyph,
        .movecursor = movecursor,
        .scrollrect = scrollrect,
        .moverect = moverect,
        .erase = erase,
        .initpen = initpen,
        .setpenattr = setpenattr,
        .settermprop = settermprop,
        .bell = bell,
        .resize = resize,
        .setlineinfo = setlineinfo,
    };
    static constexpr VTermParserCallbacks fallbacks = {
        .text = nullptr,
        .control = nullptr,
        .escape = nullptr,
        .csi = unhandledCsi,
        .osc = unhandledOsc,
        .dcs = nullptr,
        .resize = nullptr,
    };
};

Screen::Screen(int rows, int columns, int scrollbackLines)
    : m_rows(std::max(rows, 1))
    , m_columns(std::max(columns, MinimumColumns))
    , m_scrollback(scrollbackLines)
{
    for (Buffer *buffer : {&m_primary, &m_alternate}) {
        buffer->lines.resize(size_t(m_rows));
        for (Line &line : buffer->lines) {
            line.cells.resize(size_t(m_columns));
        }
    }
    m_vterm = vterm_new(m_rows, m_columns);
    vterm_set_utf8(m_vterm, 1);
    vterm_output_set_callback(m_vterm, StateCallbacks::output, this);
    m_state = vterm_obtain_state(m_vterm);
    vterm_state_set_callbacks(m_state, &StateCallbacks::callbacks, this);
    vterm_state_set_unrecognised_fallbacks(m_state, &StateCallbacks::fallbacks, this);
    vterm_state_reset(m_state, 1);
}

Screen::~Screen()
{
    vterm_free(m_vterm);
}

void Screen::write(const char *bytes, size_t length)
{
    // libvterm 0.1.4 keeps a CSI sequence's parameters in an array of 16 and never checks the
    // bound: a sequence with 16 or more separators (';' or ':') writes past it, into the parser's
    // state, and crashes the process or worse. Any program, or anyone whose text it prints, can
    // send one. Such a sequence is dropped here: the parser gets what came of it cut off by a CAN,
    // which cancels a sequence, and nothing more up to its final byte. What libvterm acts on
    // otherwise is unchanged (C0 controls inside a sequence still act, ESC still starts another).
    //
    // libvterm 0.1.4 also keeps the saved cursor (DECSC, and the one mode 1049 saves) where it was
    // when the screen gets smaller: restoring it (DECRC, or the end of modes 1048 and 1049, which
    // end in 'l') would put the cursor off the screen, where libvterm reads and writes its line
    // table out of bounds. After each such sequence the cursor is brought back onto the screen.
    //
    // It repeats the last character for REP (CSI b, which ncurses sends for xterm-256color) by
    // moving the cursor on by that character's width until it has gone the count: for ever when
    // the width is 0, before any character was printed or after a combining mark with none before
    // it. Such a REP is cancelled, as xterm ignores a REP with nothing to repeat.
    //
    // And its UTF-8 decoder takes a C1 control (U+0080 to U+009F) for a character -1 cells wide,
    // which moves the cursor left, off the screen from column 0; it decodes across the controls and
    // sequences between a character's bytes and keeps a sequence going past invalid bytes. So the
    // text is decoded here first: libvterm gets whole, valid characters only, U+FFFD for what is
    // not UTF-8, nothing for a C1 control. A character cut between writes waits for its end.
    constexpr int MaxSeparators = 15;
    const auto isFinal = [](char c) {
        return c >= 0x40 && c <= 0x7e;
    };
    constexpr char Replacement[] = "\xef\xbf\xbd"; // U+FFFD
    // What libvterm gets, in one piece but where the screen must look at libvterm's state between
    // two sequences: libvterm 0.1.4 loses an OSC string (a title) cut between two of its writes.
    // Most output needs no change: while it is the program's bytes as they came, it stays a span of
    // them, bytes[spanFrom, spanTo); it is copied into out only once a piece does not follow on.
    std::string out;
    bool copied = false;
    size_t spanFrom = 0;
    size_t spanTo = 0;
    const auto passOther = [&](const char *piece, size_t size) {
        if (!copied) {
            out.reserve(length + 8);
            out.assign(bytes + spanFrom, spanTo - spanFrom);
            copied = true;
        }
        out.append(piece, size);
    };
    const auto pass = [&](size_t begin, size_t end) { // bytes[begin, end), as they came
        if (begin == end) {
            return;
        }
        if (copied) {
            out.append(bytes + begin, end - begin);
        } else if (spanFrom == spanTo) {
            spanFrom = begin;
            spanTo = end;
        } else if (begin == spanTo) {
            spanTo = end;
        } else {
            passOther(bytes + begin, end - begin);
        }
    };
    const auto flush = [&] {
        if (copied) {
            parse(out.data(), out.size());
            out.clear();
            copied = false;
        } else {
            parse(bytes + spanFrom, spanTo - spanFrom);
        }
        spanFrom = spanTo = 0;
    };
    size_t from = 0; // the first byte not yet handed on
    size_t at = 0;
    while (at < length) {
        const char c = bytes[at];
        const auto b = uchar(c);
        switch (m_csiGuard) {
        case CsiGuard::Ground:
            if (m_utf8Needed == 0) {
                at = skipPlain(bytes, at, length);
                if (at == length) {
                    continue;
                }
                if (bytes[at] == 0x1b) {
                    m_csiGuard = CsiGuard::Escape;
                    ++at;
                    continue;
                }
                const auto lead = uchar(bytes[at]);
                const int needed = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
                if (const size_t end = at + 1 + size_t(needed); needed > 0 && end <= length && isWholeCharacter(bytes + at, needed)) {
                    at = end; // a valid character, not a C1 control, all in this write: as it came
                    continue;
                }
                pass(from, at);
                from = at + 1;
                m_utf8Needed = needed;
                if (m_utf8Needed == 0) {
                    passOther(Replacement, 3);
                } else {
                    m_utf8[0] = char(lead);
                    m_utf8Length = 1;
                }
                ++at;
                continue;
            }
            // In the middle of a character: controls and sequences act as they come.
            if (c == 0x1b) {
                m_csiGuard = CsiGuard::Escape;
                ++at;
                continue;
            }
            if (b < 0x20 || b == 0x7f) {
                ++at;
                continue;
            }
            pass(from, at);
            from = at;
            {
                // The second byte's range rules out overlong forms, surrogates and code points
                // past U+10FFFF.
                const auto lead = uchar(m_utf8[0]);
                const bool second = m_utf8Length == 1;
                const uchar low = second && lead == 0xe0 ? 0xa0 : second && lead == 0xf0 ? 0x90 : 0x80;
                const uchar high = second && lead == 0xed ? 0x9f : second && lead == 0xf4 ? 0x8f : 0xbf;
                if (b < low || b > high) {
                    passOther(Replacement, 3); // cut short: this byte starts afresh
                    m_utf8Needed = 0;
                    continue;
                }
            }
            m_utf8[m_utf8Length++] = c;
            from = ++at;
            if (--m_utf8Needed == 0 && !(m_utf8Length == 2 && uchar(m_utf8[0]) == 0xc2 && b <= 0x9f)) {
                passOther(m_utf8, size_t(m_utf8Length));
            }
            continue;
        case CsiGuard::Escape:
            if (c >= 0x20 && c <= 0x2f) {
                // An intermediate: libvterm collects it and stays in the escape, where a '['
                // still starts a CSI (ESC % [ is one), so the guard stays there too.
            } else if (c == '8') { // DECRC
                pass(from, at + 1);
                from = at + 1;
                flush();
                keepCursorOnScreen();
                m_csiGuard = CsiGuard::Ground;
            } else if (c == 'c') { // RIS: a character cut short before the reset goes with it
                m_utf8Needed = 0;
                m_csiGuard = CsiGuard::Ground;
            } else if (c == '[') {
                m_csiGuard = CsiGuard::Leader;
                m_csiSeparators = 0;
            } else if (c == ']' || c == 'P') { // OSC, DCS
                m_csiGuard = CsiGuard::String;
            } else if (c == 0x18 || c == 0x1a || (c >= 0x20 && c != 0x7f)) { // other controls leave the ESC pending
                m_csiGuard = CsiGuard::Ground;
            }
            break;
        case CsiGuard::Leader:
        case CsiGuard::Parameters:
        case CsiGuard::Intermediates:
            // libvterm's CSI: leader bytes first (0x3c to 0x3f), then parameters (digits, ':',
            // ';'), then intermediates (0x20 to 0x2f), then a final byte (0x40 to 0x7e); a byte out
            // of that order ends the sequence unacted, and libvterm is back in text. The guard
            // follows it, or text after such a byte (a C1 control in UTF-8) would not be decoded
            // here. C0 controls act inside and leave it as it is; DEL is ignored.
            if (b < 0x20 || b == 0x7f) {
                if (c == 0x18 || c == 0x1a) {
                    m_csiGuard = CsiGuard::Ground;
                } else if (c == 0x1b) {
                    m_csiGuard = CsiGuard::Escape;
                }
                break;
            }
            if (m_csiGuard == CsiGuard::Leader) {
                if (b >= 0x3c && b <= 0x3f) {
                    break;
                }
                m_csiGuard = CsiGuard::Parameters;
            }
            if (m_csiGuard == CsiGuard::Parameters) {
                if (c == ';' || c == ':') {
                    if (++m_csiSeparators > MaxSeparators) {
                        pass(from, at);
                        passOther("\x18", 1);
                        from = at + 1;
                        m_csiGuard = CsiGuard::Dropping;
                    }
                    break;
                }
                if (c >= '0' && c <= '9') {
                    break;
                }
                m_csiGuard = CsiGuard::Intermediates;
            }
            if (b >= 0x20 && b <= 0x2f) {
                break;
            }
            if (!isFinal(c)) { // out of order: cancelled here, as libvterm would drop it
                pass(from, at);
                passOther("\x18", 1);
                from = at + 1;
                m_csiGuard = CsiGuard::Ground;
            } else if (c == 'b') { // REP, or anything else that ends in 'b': nothing to repeat, no REP
                pass(from, at);
                from = at;
                flush();
                if (m_lastGlyphWidth <= 0) {
                    passOther("\x18", 1);
                    from = at + 1;
                }
                m_csiGuard = CsiGuard::Ground;
            } else if (c == 'l') { // the end of a mode, maybe one that restores the cursor
                pass(from, at + 1);
                from = at + 1;
                flush();
                keepCursorOnScreen();
                m_csiGuard = CsiGuard::Ground;
            } else {
                m_csiGuard = CsiGuard::Ground;
            }
            break;
        case CsiGuard::String:
            // An OSC or DCS string, to BEL or ST (ESC \\); CAN and SUB cancel it.
            if (c == 0x07 || c == 0x18 || c == 0x1a) {
                m_csiGuard = CsiGuard::Ground;
            } else if (c == 0x1b) {
                // Held back until the byte after it, which may come with the next write.
                pass(from, at);
                from = at + 1;
                m_csiGuard = CsiGuard::StringEscape;
            }
            break;
        case CsiGuard::StringEscape:
            // libvterm 0.1.4 takes the byte before a backslash here for the ESC, in the same
            // write: with a control or NUL between the two, or the ESC at the end of the write
            // before, the string's length comes out as -1 and it copies that (as a size_t) out of
            // the input. So the ESC goes on only with the byte after it, and controls between
            // the two are dropped.
            if ((b < 0x20 && c != 0x18 && c != 0x1a && c != 0x1b) || b == 0x7f) {
                from = at + 1;
                break;
            }
            passOther("\x1b", 1);
            from = at;
            if (c == '\\' || c == 0x18 || c == 0x1a) {
                m_csiGuard = CsiGuard::Ground;
            } else { // an escape sequence of its own, as after any ESC (libvterm leaves the string)
                m_csiGuard = CsiGuard::Escape;
                continue;
            }
            break;
        case CsiGuard::Dropping:
            if (c == 0x1b) {
                m_csiGuard = CsiGuard::Escape;
                from = at; // handed on from here
            } else if (uchar(c) < 0x20) {
                passOther(&c, 1); // acts as it would inside the sequence
                from = at + 1;
                if (c == 0x18 || c == 0x1a) {
                    m_csiGuard = CsiGuard::Ground;
                }
            } else {
                from = at + 1;
                if (isFinal(c)) {
                    m_csiGuard = CsiGuard::Ground;
                }
            }
            break;
        }
        ++at;
    }
    pass(from, length);
    flush();
    if (!keepCursorOnScreen()) { // should anything not guarded against above have put it there
        qCWarning(TELETERM_TERMINAL) << "the program's output put the cursor off the screen";
    }
    // A reset (RIS) homes the cursor without telling: ask where it is.
    VTermPos position;
    vterm_state_get_cursorpos(m_state, &position);
    m_cursor.row = position.row;
    m_cursor.column = position.col;
}

void Screen::parse(const char *bytes, size_t length)
{
    // libvterm 0.1 decodes a run of text into an array on the stack: a few MiB at once overflow
    // it. Pieces of 16 KiB stay small; libvterm carries sequences and UTF-8 across them.
    constexpr size_t Piece = 16 * 1024;
    for (size_t at = 0; at < length; at += Piece) {
        vterm_input_write(m_vterm, bytes + at, std::min(Piece, length - at));
    }
}

bool Screen::keepCursorOnScreen()
{
    VTermPos position;
    vterm_state_get_cursorpos(m_state, &position);
    if (position.row >= 0 && position.row < m_rows && position.col >= 0 && position.col < m_columns) {
        return true;
    }
    // In origin mode the row counts from the top of the scroll region, and libvterm keeps the cursor
    // inside the region: on the screen either way.
    const QByteArray move = "\x1b[" + QByteArray::number(std::clamp(position.row, 0, m_rows - 1) + 1) + ';'
        + QByteArray::number(std::clamp(position.col, 0, m_columns - 1) + 1) + 'H';
    parse(move.constData(), size_t(move.size()));
    return false;
}

void Screen::resize(int rows, int columns)
{
    rows = std::max(rows, 1);
    columns = std::max(columns, MinimumColumns);
    if (rows == m_rows && columns == m_columns) {
        return;
    }
    const bool shorter = rows < m_rows;
    vterm_set_size(m_vterm, rows, columns); // calls StateCallbacks::resize
    if (shorter) {
        // libvterm 0.1 moves the bottom of a scroll region into a shorter screen but not its
        // top, and a top left below the new bottom has it write outside its line table. End the
        // region, as xterm does on every resize, and put back the cursor that doing so homes.
        // CAN first: should the program's last write have stopped inside a sequence, the
        // sequence is dropped rather than ours read as part of it.
        const QByteArray reset = "\x18\x1b[r\x1b[" + QByteArray::number(m_cursor.row + 1) + ';' + QByteArray::number(m_cursor.column + 1) + 'H';
        write(reset.constData(), size_t(reset.size()));
    }
}

Line Screen::historyLine(int line) const
{
    return line < m_scrollback.size() ? m_scrollback.line(line) : this->line(line - m_scrollback.size());
}

Damage Screen::takeDamage()
{
    Damage damage;
    damage.scrolled = m_scrolled;
    damage.all = m_allDamaged;
    for (int r = 0; r < m_rows; ++r) {
        Line &line = row(r);
        if (line.damaged || m_allDamaged) {
            damage.rows.push_back(r);
            line.damaged = false;
        }
    }
    m_scrolled = 0;
    m_allDamaged = false;
    return damage;
}

Cell Screen::blank() const
{
    // Erased cells take the background of the pen (xterm's "background colour erase").
    Cell cell;
    cell.background = m_pen.background;
    cell.foreground = m_pen.foreground;
    return cell;
}

// Out of line: StateCallbacks::putglyph's short way needs no registers saved for it.
Q_NEVER_INLINE void Screen::putGlyph(const uint32_t *chars, int width, int r, int column)
{
    if (r < 0 || r >= m_rows || column < 0 || column >= m_columns) {
        return;
    }
    width = std::clamp(width, 1, 2);
    if (column + width > m_columns) {
        width = 1;
    }
    Line &line = row(r);
    Cell *cells = line.cells.data();

    if (column == 0 && m_wrapRow >= 0 && m_wrapRow == r - 1) {
        line.continued = true;
        row(r - 1).wrapped = true;
    }
    m_wrapRow = r;
    m_glyphCursorRow = r;
    m_glyphCursorColumn = column + width >= m_columns ? column : column + width;

    // Never leave half of a wide character behind.
    if (cells[column].continuation && column > 0) {
        line.erase(column - 1, column, blank());
    }
    const int end = column + width;
    if (cells[end - 1].wide && end < m_columns) {
        line.erase(end, end + 1, blank());
    }

    const bool hadMarks = cells[column].combining;
    size_t marks = 0;
    while (chars[1 + marks] != 0 && marks < 8) {
        ++marks;
    }
    // Built in place: a cell assembled on the stack and copied costs a store-forwarding stall
    // (its bitfields written in 4 bytes, read back in 8), a quarter of the time per character.
    Cell &cell = cells[column];
    cell = m_pen;
    cell.codepoint = chars[0] <= 0x10ffff ? chars[0] : 0xfffd;
    cell.wide = width == 2;
    cell.combining = marks > 0;
    if (marks > 0) {
        line.setMarks(column, reinterpret_cast<const char32_t *>(chars + 1), marks);
    } else if (hadMarks) {
        line.clearMarks(column, column + 1);
    }
    if (width == 2) {
        Cell next = m_pen;
        next.continuation = true;
        if (cells[column + 1].combining) {
            line.clearMarks(column + 1, column + 2);
        }
        cells[column + 1] = next;
    }
    line.damaged = true;
}

// Moves full-width lines [top, bottom) up by `count` (down when negative) and blanks the lines
// that open up. A scroll of the whole screen turns the ring; one of a region swaps lines.
void Screen::scrollLines(int top, int bottom, int count)
{
    top = std::max(top, 0);
    bottom = std::min(bottom, m_rows);
    const int height = bottom - top;
    if (height <= 0 || count == 0) {
        return;
    }
    count = std::clamp(count, -height, height);
    if (m_wrapRow >= top && m_wrapRow < bottom) {
        m_wrapRow -= count;
        if (m_wrapRow < top || m_wrapRow >= bottom) {
            m_wrapRow = -1;
        }
    }
    // Like xterm, lines leaving the top of the screen are kept, also from a scroll region
    // that starts at the top; never from the alternate screen.
    if (count > 0 && top == 0 && !isAlternateScreen()) {
        for (int r = 0; r < count; ++r) {
            m_scrollback.push(row(r));
        }
    }
    const Cell fill = blank();
    if (height == m_rows) {
        Buffer &buffer = *m_buffer;
        buffer.top = ((buffer.top + count) % m_rows + m_rows) % m_rows;
        m_scrolled += count;
        const int from = count > 0 ? m_rows - count : 0;
        const int to = count > 0 ? m_rows : -count;
        for (int r = from; r < to; ++r) {
            Line &line = row(r);
            line.erase(0, m_columns, fill);
            line.continued = false;
            line.wrapped = false;
            line.doubleWidth = false;
            line.doubleHeight = 0;
        }
        return;
    }
    if (count > 0) {
        for (int r = top; r + count < bottom; ++r) {
            std::swap(row(r), row(r + count));
        }
    } else {
        for (int r = bottom - 1; r + count >= top; --r) {
            std::swap(row(r), row(r + count));
        }
    }
    for (int r = top; r < bottom; ++r) {
        row(r).damaged = true;
    }
    const int from = count > 0 ? bottom - count : top;
    const int to = count > 0 ? bottom : top - count;
    for (int r = from; r < to; ++r) {
        Line &line = row(r);
        line.erase(0, m_columns, fill);
        line.continued = false;
        line.wrapped = false;
        line.doubleWidth = false;
        line.doubleHeight = 0;
    }
}

// Copies a rectangle of cells (insert and delete characters, scrolls within side margins); the
// rectangles may overlap.
void Screen::moveCells(int destRow, int destColumn, int srcRow, int srcColumn, int rows, int columns)
{
    if (rows <= 0 || columns <= 0 || std::min({destRow, srcRow, destColumn, srcColumn}) < 0 || std::max(destRow, srcRow) + rows > m_rows
        || std::max(destColumn, srcColumn) + columns > m_columns) {
        return;
    }
    const bool upwards = destRow <= srcRow;
    for (int i = 0; i < rows; ++i) {
        const int offset = upwards ? i : rows - 1 - i;
        Line &from = row(srcRow + offset);
        Line &to = row(destRow + offset);
        std::vector<CellMarks> marks;
        for (const CellMarks &entry : from.marks) {
            if (entry.column >= srcColumn && entry.column < srcColumn + columns) {
                marks.push_back({uint16_t(entry.column - srcColumn + destColumn), entry.chars});
            }
        }
        const auto first = from.cells.begin() + srcColumn;
        if (&from == &to && destColumn > srcColumn) {
            std::copy_backward(first, first + columns, to.cells.begin() + destColumn + columns);
        } else {
            std::copy(first, first + columns, to.cells.begin() + destColumn);
        }
        if (!to.marks.empty()) {
            to.clearMarks(destColumn, destColumn + columns);
        }
        for (CellMarks &entry : marks) {
            to.marks.push_back(std::move(entry));
        }
        // Inserting or deleting characters can split a wide one at either edge.
        to.repairWideCharacters();
        to.damaged = true;
    }
}

void Screen::erase(int top, int bottom, int left, int right)
{
    top = std::max(top, 0);
    bottom = std::min(bottom, m_rows);
    left = std::max(left, 0);
    right = std::min(right, m_columns);
    const Cell fill = blank();
    for (int r = top; r < bottom; ++r) {
        Line &line = row(r);
        // A wide character cut in half by the rectangle goes entirely.
        if (left > 0 && left < m_columns && line.cells[left].continuation) {
            --left;
        }
        if (right < m_columns && line.cells[right].continuation) {
            ++right;
        }
        line.erase(left, right, fill);
        if (left == 0 && right == m_columns) {
            line.continued = false;
            line.wrapped = false;
        }
    }
}

void Screen::setAlternateScreen(bool on)
{
    Buffer *buffer = on ? &m_alternate : &m_primary;
    if (buffer == m_buffer) {
        return;
    }
    m_buffer = buffer;
    m_allDamaged = true;
    m_wrapRow = -1;
    if (on) { // a fresh alternate screen each time (libvterm erases it too, with the pen's colours)
        for (Line &line : m_alternate.lines) {
            line.erase(0, m_columns, Cell());
            line.continued = false;
            line.wrapped = false;
        }
    }
}

void Screen::resizeBuffer(Buffer &buffer, int rows, int columns, bool active, int *cursorShift)
{
    std::rotate(buffer.lines.begin(), buffer.lines.begin() + buffer.top, buffer.lines.end());
    buffer.top = 0;
    std::vector<Line> &lines = buffer.lines;
    const bool primary = &buffer == &m_primary;

    if (rows < int(lines.size())) {
        int excess = int(lines.size()) - rows;
        // First the lines below the cursor (blank ones only on a screen not shown), then
        // lines off the top, into the scrollback.
        const int lastKept = active ? m_cursor.row : -1;
        while (excess > 0 && int(lines.size()) - 1 > lastKept && (active || lines.back().trimmedLength() == 0)) {
            lines.pop_back();
            --excess;
        }
        if (excess > 0) {
            for (int r = 0; r < excess; ++r) {
                if (primary) {
                    m_scrollback.push(lines[r]);
                }
            }
            lines.erase(lines.begin(), lines.begin() + excess);
            if (active) {
                *cursorShift -= excess;
            }
        }
    } else if (rows > int(lines.size())) {
        int missing = rows - int(lines.size());
        if (primary && active) {
            const int back = std::min(missing, m_scrollback.size());
            std::vector<Line> restored;
            for (int i = 0; i < back; ++i) {
                restored.push_back(m_scrollback.takeNewest());
            }
            std::reverse(restored.begin(), restored.end());
            lines.insert(lines.begin(), std::make_move_iterator(restored.begin()), std::make_move_iterator(restored.end()));
            *cursorShift += back;
            missing -= back;
        }
        lines.resize(lines.size() + size_t(missing));
    }

    for (Line &line : lines) {
        const int oldColumns = int(line.cells.size());
        line.cells.resize(size_t(columns));
        if (columns < oldColumns) {
            line.clearMarks(columns, oldColumns);
            line.repairWideCharacters(); // one may have been cut at the margin
        }
        line.damaged = true;
    }
}

void Screen::output(const char *bytes, size_t length)
{
    if (m_onOutput) {
        m_onOutput(QByteArrayView(bytes, qsizetype(length)));
    }
}

void Screen::keyboardKey(VTermKey key, VTermModifier modifiers)
{
    vterm_keyboard_key(m_vterm, key, modifiers);
}

void Screen::keyboardChar(char32_t character, VTermModifier modifiers)
{
    vterm_keyboard_unichar(m_vterm, character, modifiers);
}

void Screen::paste(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace("\r\n", "\r").replace('\n', '\r');
    // Pasted text cannot end the bracket early and type commands of its own.
    bytes.replace("\x1b[201~", "");
    vterm_keyboard_start_paste(m_vterm); // the brackets only when the program asked for them
    output(bytes.constData(), size_t(bytes.size()));
    vterm_keyboard_end_paste(m_vterm);
}

void Screen::mouseMove(int row, int column, VTermModifier modifiers)
{
    vterm_mouse_move(m_vterm, row, column, modifiers);
}

// libvterm 0.1 reports buttons even when the program asked for no mouse events.
void Screen::mouseButton(int button, bool pressed, VTermModifier modifiers)
{
    if (m_mouseMode == MouseMode::None) {
        return;
    }
    vterm_mouse_button(m_vterm, button, pressed, modifiers);
}

void Screen::setFocused(bool focused)
{
    if (focused) {
        vterm_state_focus_in(m_state);
    } else {
        vterm_state_focus_out(m_state);
    }
}

QString Screen::text(Position from, Position to) const
{
    if (to.column <= 0 && to.line > from.line) { // a range that ends at a line's start ends with the line before
        to = {to.line - 1, std::numeric_limits<int>::max()};
    }
    QString out;
    const int last = std::min(to.line, historyLineCount() - 1);
    qsizetype lineStart = 0;
    for (int l = std::max(from.line, 0); l <= last; ++l) {
        const Line line = historyLine(l);
        const int begin = l == from.line ? from.column : 0;
        int end = std::min(l == to.line ? to.column : std::numeric_limits<int>::max(), int(line.cells.size()));
        const bool wraps = l < last && isContinued(l + 1);
        if (wraps) { // the gap a wide character left at the margin is no text
            while (end > begin && line.cells[end - 1].codepoint == 0 && !line.cells[end - 1].continuation) {
                --end;
            }
        }
        appendCells(out, line, begin, end);
        if (!wraps) {
            while (out.size() > lineStart && out.back() == u' ') {
                out.chop(1);
            }
            if (l < last) {
                out.append(u'\n');
            }
            lineStart = out.size();
        }
    }
    return out;
}

int Screen::lineStart(int line) const
{
    while (line > 0 && isContinued(line)) {
        --line;
    }
    return line;
}

int Screen::logicalLine(int start, QString &text, std::vector<Position> &positions) const
{
    const int count = historyLineCount();
    int end = start + 1;
    while (end < count && isContinued(end)) {
        ++end;
    }
    text.clear();
    positions.clear();
    for (int l = start; l < end; ++l) {
        const Line line = historyLine(l);
        for (int column = 0; column < int(line.cells.size()); ++column) {
            const qsizetype before = text.size();
            appendCells(text, line, column, column + 1);
            positions.insert(positions.end(), size_t(text.size() - before), Position{l, column});
        }
    }
    return end;
}

std::optional<Position> Screen::find(const QString &needle, Position from, bool backwards, Qt::CaseSensitivity cs) const
{
    const int count = historyLineCount();
    if (needle.isEmpty() || count == 0) {
        return std::nullopt;
    }
    from.line = std::clamp(from.line, 0, count - 1);
    int start = lineStart(from.line);
    QString text;
    std::vector<Position> positions; // of each UTF-16 unit of `text`
    bool first = true;
    while (start >= 0 && start < count) {
        const int end = logicalLine(start, text, positions);
        // The first unit at or after `from`, on the line the search starts from.
        qsizetype fromIndex = 0;
        if (first) {
            fromIndex = std::lower_bound(positions.begin(), positions.end(), from) - positions.begin();
        }
        qsizetype found = -1;
        if (!backwards) {
            found = text.indexOf(needle, fromIndex, cs);
        } else if (!first) {
            found = text.lastIndexOf(needle, qsizetype(-1), cs);
        } else if (fromIndex > 0) {
            found = text.lastIndexOf(needle, fromIndex - 1, cs);
        }
        if (found >= 0) {
            return positions[size_t(found)];
        }
        first = false;
        if (backwards) {
            if (start == 0) {
                break;
            }
            start = lineStart(start - 1);
        } else {
            start = end;
        }
    }
    return std::nullopt;
}

std::vector<Match> Screen::findAll(const QString &needle, int from, int to, Qt::CaseSensitivity cs) const
{
    std::vector<Match> matches;
    to = std::min(to, historyLineCount());
    if (needle.isEmpty() || from >= to) {
        return matches;
    }
    QString text;
    std::vector<Position> positions;
    for (int start = lineStart(std::max(from, 0)); start < to;) {
        const int end = logicalLine(start, text, positions);
        for (qsizetype found = text.indexOf(needle, 0, cs); found >= 0; found = text.indexOf(needle, found + needle.size(), cs)) {
            // It ends where the next cell starts (past the combining marks and the second half of
            // a surrogate pair of its last cell, should it end on one), or after the last cell.
            const Position lastCell = positions[size_t(found + needle.size() - 1)];
            auto next = positions.begin() + found + needle.size();
            while (next != positions.end() && *next == lastCell) {
                ++next;
            }
            matches.push_back({positions[size_t(found)], next != positions.end() ? *next : Position{lastCell.line, lastCell.column + 1}});
        }
        start = end;
    }
    return matches;
}

size_t Screen::memoryUsage() const
{
    size_t bytes = m_scrollback.memoryUsage();
    for (const Buffer *buffer : {&m_primary, &m_alternate}) {
        bytes += buffer->lines.capacity() * sizeof(Line);
        for (const Line &line : buffer->lines) {
            bytes += line.memoryUsage();
        }
    }
    return bytes;
}

} // namespace Teleterm::Terminal
