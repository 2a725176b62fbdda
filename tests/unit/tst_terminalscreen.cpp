#include "palette.h"
#include "screen.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>

#include <vterm.h>

using namespace Qt::StringLiterals;
using namespace Teleterm::Terminal;

namespace
{

// Row `row` of the screen as text, trailing blanks dropped.
QString rowText(const Screen &screen, int row)
{
    const int line = screen.historySize() + row;
    return screen.text({line, 0}, {line + 1, 0});
}

QString historyText(const Screen &screen, int line)
{
    return screen.text({line, 0}, {line + 1, 0});
}

void write(Screen &screen, const QString &text)
{
    screen.write(text.toUtf8());
}

// Collects what the screen sends to the program.
struct Output {
    QByteArray bytes;
    explicit Output(Screen &screen)
    {
        screen.setOutputHandler([this](QByteArrayView data) {
            bytes.append(data);
        });
    }
    QByteArray take()
    {
        return std::exchange(bytes, {});
    }
};

} // namespace

class TestTerminalScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainTextAndWrapping()
    {
        Screen screen(5, 10);
        write(screen, u"hello\r\nworld"_s);
        QCOMPARE(rowText(screen, 0), u"hello"_s);
        QCOMPARE(rowText(screen, 1), u"world"_s);
        QCOMPARE(screen.cursor().row, 1);
        QCOMPARE(screen.cursor().column, 5);

        // Bare LF keeps the column; CR returns.
        write(screen, u"\n!\r?"_s);
        QCOMPARE(rowText(screen, 2), u"?    !"_s);

        write(screen, u"\r\n0123456789abc"_s);
        QCOMPARE(rowText(screen, 3), u"0123456789"_s);
        QCOMPARE(rowText(screen, 4), u"abc"_s);
        QVERIFY(screen.line(4).continued);
        QVERIFY(!screen.line(3).continued);
        QCOMPARE(screen.text({3, 0}, {5, 0}), u"0123456789abc"_s);
        QCOMPARE(screen.cursor().row, 4);
        QCOMPARE(screen.cursor().column, 3);
    }

    // Wrapping is found even when the line arrives in pieces and with colour changes at the margin.
    void wrappingAcrossWrites()
    {
        Screen screen(4, 6);
        write(screen, u"abc"_s);
        write(screen, u"\x1b[31mdef"_s);
        write(screen, u"\x1b[0mgh\r\nij"_s);
        QCOMPARE(rowText(screen, 0), u"abcdef"_s);
        QVERIFY(screen.line(1).continued);
        QVERIFY(!screen.line(2).continued);
        QCOMPARE(screen.text({0, 0}, {3, 0}), u"abcdefgh\nij"_s);

        // A line that ends exactly at the margin followed by CR LF is not wrapped.
        Screen exact(4, 6);
        write(exact, u"abcdef\r\nxyz"_s);
        QVERIFY(!exact.line(1).continued);
        QCOMPARE(exact.text({0, 0}, {2, 0}), u"abcdef\nxyz"_s);
    }

    void attributes()
    {
        Screen screen(3, 20);
        write(screen, u"\x1b[1;3;4;5;7;9mA\x1b[0mB\x1b[31;42mC\x1b[38;5;200;48;5;17mD\x1b[38;2;10;20;30;48;2;1;2;3mE\x1b[0;21mF\x1b[0;4:3mG\x1b[0;94mH"_s);
        const auto &cells = screen.line(0).cells;
        const Cell &a = cells[0];
        QCOMPARE(char32_t(a.codepoint), U'A');
        QVERIFY(a.bold && a.italic && a.blink && a.inverse && a.strikethrough);
        QCOMPARE(Underline(a.underline), Underline::Single);
        const Cell &b = cells[1];
        QVERIFY(!b.bold && !b.italic && !b.inverse && !b.underline);
        QCOMPARE(b.foreground, Color());
        QCOMPARE(b.background, Color());
        QCOMPARE(cells[2].foreground, Color::indexed(1));
        QCOMPARE(cells[2].background, Color::indexed(2));
        QCOMPARE(cells[3].foreground, Color::indexed(200));
        QCOMPARE(cells[3].background, Color::indexed(17));
        QCOMPARE(cells[4].foreground, Color::rgb(10, 20, 30));
        QCOMPARE(cells[4].background, Color::rgb(1, 2, 3));
        QCOMPARE(Underline(cells[5].underline), Underline::Double);
        QCOMPARE(Underline(cells[6].underline), Underline::Curly);
        QCOMPARE(cells[7].foreground, Color::indexed(12));
    }

    void palette()
    {
        Palette palette;
        std::array<Palette::Rgb, 16> theme;
        for (int i = 0; i < 16; ++i) {
            theme[i] = Palette::rgb(i, i, i);
        }
        palette.setAnsi(theme);
        QCOMPARE(palette.resolve(Color::indexed(3), 0), Palette::rgb(3, 3, 3));
        QCOMPARE(palette.resolve(Color::indexed(16), 0), Palette::rgb(0, 0, 0));
        QCOMPARE(palette.resolve(Color::indexed(196), 0), Palette::rgb(255, 0, 0));
        QCOMPARE(palette.resolve(Color::indexed(110), 0), Palette::rgb(135, 175, 215));
        QCOMPARE(palette.resolve(Color::indexed(232), 0), Palette::rgb(8, 8, 8));
        QCOMPARE(palette.resolve(Color::indexed(255), 0), Palette::rgb(238, 238, 238));
        QCOMPARE(palette.resolve(Color::rgb(1, 2, 3), 0), Palette::rgb(1, 2, 3));
        QCOMPARE(palette.resolve(Color(), Palette::rgb(9, 9, 9)), Palette::rgb(9, 9, 9));
    }

    void wideCharacters()
    {
        Screen screen(3, 10);
        write(screen, u"中文😀x"_s);
        const auto &cells = screen.line(0).cells;
        QCOMPARE(char32_t(cells[0].codepoint), U'中');
        QVERIFY(cells[0].wide);
        QVERIFY(cells[1].continuation);
        QCOMPARE(char32_t(cells[2].codepoint), U'文');
        QVERIFY(cells[3].continuation);
        QCOMPARE(char32_t(cells[4].codepoint), U'😀');
        QVERIFY(cells[4].wide);
        QVERIFY(cells[5].continuation);
        QCOMPARE(char32_t(cells[6].codepoint), U'x');
        QCOMPARE(screen.cursor().column, 7);
        QCOMPARE(rowText(screen, 0), u"中文😀x"_s);

        // Overwriting half of a wide character blanks the other half.
        write(screen, u"\x1b[1;2Hy"_s);
        QCOMPARE(cells[0].codepoint, 0u);
        QVERIFY(!cells[0].wide);
        QCOMPARE(rowText(screen, 0), u" y文😀x"_s);

        // A wide character that does not fit at the margin wraps whole.
        // Deleting or inserting characters that split one blanks it.
        Screen shifted(1, 6);
        write(shifted, u"a中b\x1b[1;2H\x1b[P"_s); // delete the first half
        QCOMPARE(rowText(shifted, 0), u"a b"_s);
        write(shifted, u"\x1b[2K\r中中\x1b[1;2H\x1b[@"_s); // insert a blank between the halves
        QCOMPARE(rowText(shifted, 0), u"   中"_s); // both halves of the first go, the second moves

        write(screen, u"\r\n123456789中"_s);
        QCOMPARE(rowText(screen, 1), u"123456789"_s);
        QCOMPARE(char32_t(screen.line(2).cells[0].codepoint), U'中');
        QVERIFY(screen.line(2).continued);
        QCOMPARE(screen.text({1, 0}, {3, 0}), u"123456789中"_s);
    }

    void combiningMarks()
    {
        Screen screen(3, 10);
        write(screen, u"e\u0301a\u0308\u0323!"_s);
        const Line &line = screen.line(0);
        QCOMPARE(char32_t(line.cells[0].codepoint), U'e');
        QVERIFY(line.cells[0].combining);
        QCOMPARE(line.marksAt(0), std::u32string_view(U"\u0301"));
        QCOMPARE(line.marksAt(1), std::u32string_view(U"\u0308\u0323"));
        QCOMPARE(char32_t(line.cells[2].codepoint), U'!');
        QCOMPARE(screen.cursor().column, 3);
        QCOMPARE(rowText(screen, 0), u"e\u0301a\u0308\u0323!"_s);
        // Overwritten, the marks go.
        write(screen, u"\rx"_s);
        QVERIFY(!line.cells[0].combining);
        QCOMPARE(rowText(screen, 0), u"xa\u0308\u0323!"_s);
    }

    // Most glyphs take a short way in (one character, one cell, no part of a wide one under it,
    // not at the left margin): its cells must be those the long way writes.
    void narrowGlyphs()
    {
        Screen screen(3, 6);
        // The pen changes in the middle of a row; each cell keeps the pen it was written with.
        write(screen, u"a\x1b[1;31;44mbc\x1b[0;4mde\x1b[0m"_s);
        const std::vector<Cell> &cells = screen.line(0).cells;
        QCOMPARE(char32_t(cells[1].codepoint), U'b');
        QVERIFY(cells[1].bold && cells[2].bold && !cells[3].bold);
        QCOMPARE(cells[2].foreground, Color::indexed(1));
        QCOMPARE(cells[2].background, Color::indexed(4));
        QCOMPARE(Underline(cells[3].underline), Underline::Single);
        QCOMPARE(cells[4].foreground, Color());
        QCOMPARE(cells[4].background, Color());
        QCOMPARE(Underline(cells[4].underline), Underline::Single);
        for (int column = 1; column < 5; ++column) {
            QVERIFY(!cells[column].wide && !cells[column].continuation && !cells[column].combining);
        }
        QCOMPARE(screen.cursor().column, 5);

        // The last column: the cursor stays on it until the next glyph wraps the line.
        write(screen, u"f"_s);
        QCOMPARE(char32_t(cells[5].codepoint), U'f');
        QCOMPARE(screen.cursor().row, 0);
        QCOMPARE(screen.cursor().column, 5);
        write(screen, u"gh"_s);
        QCOMPARE(rowText(screen, 0), u"abcdef"_s);
        QCOMPARE(rowText(screen, 1), u"gh"_s);
        QVERIFY(screen.line(0).wrapped);
        QVERIFY(screen.line(1).continued);
        QCOMPARE(screen.text({0, 0}, {2, 0}), u"abcdefgh"_s);
        // A cursor move between them: the next row is no continuation.
        write(screen, u"\x1b[2;6Hi\x1b[3;1Hj"_s);
        QVERIFY(!screen.line(2).continued);
        QVERIFY(!screen.line(1).wrapped);

        // A wide glyph after narrow ones, then narrow ones over each of its halves.
        write(screen, u"\x1b[2J\x1b[1;1Hab中c"_s);
        QVERIFY(cells[2].wide && cells[3].continuation);
        QCOMPARE(rowText(screen, 0), u"ab中c"_s);
        write(screen, u"\x1b[1;4Hx"_s); // the second half: the first goes blank
        QCOMPARE(cells[2].codepoint, 0u);
        QVERIFY(!cells[2].wide && !cells[3].continuation);
        QCOMPARE(rowText(screen, 0), u"ab xc"_s);
        write(screen, u"\x1b[1;3H中\x1b[1;3Hy"_s); // the first half: the second goes blank
        QVERIFY(!cells[2].wide && !cells[3].continuation);
        QCOMPARE(cells[3].codepoint, 0u);
        QCOMPARE(rowText(screen, 0), u"aby c"_s);

        // A combining mark after a narrow glyph joins it; a narrow glyph over it drops the mark.
        write(screen, u"\x1b[1;2He\u0301"_s);
        QVERIFY(cells[1].combining);
        QCOMPARE(screen.line(0).marksAt(1), std::u32string_view(U"\u0301"));
        QCOMPARE(rowText(screen, 0), u"ae\u0301y c"_s);
        write(screen, u"\x1b[1;2Hz"_s);
        QVERIFY(!cells[1].combining);
        QVERIFY(screen.line(0).marks.empty());
        QCOMPARE(rowText(screen, 0), u"azy c"_s);

        // Written as whole words, a cell holds exactly the pen and the character.
        write(screen, u"\x1b[2J\x1b[1;2H\x1b[1;3;5;7;9;38;2;1;2;3;48;5;200m\U0010FFFF"_s);
        Cell expected;
        expected.codepoint = 0x10ffff;
        expected.bold = expected.italic = expected.blink = expected.inverse = expected.strikethrough = true;
        expected.foreground = Color::rgb(1, 2, 3);
        expected.background = Color::indexed(200);
        QVERIFY(std::memcmp(&cells[1], &expected, sizeof(Cell)) == 0);
    }

    void scrollbackInOrder()
    {
        Screen screen(5, 20, 100);
        for (int i = 0; i < 12; ++i) {
            write(screen, u"line %1\r\n"_s.arg(i));
        }
        // 12 lines and the empty line the cursor is on: 13 lines, 5 on the screen.
        QCOMPARE(screen.historySize(), 8);
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(historyText(screen, i), u"line %1"_s.arg(i));
        }
        QCOMPARE(rowText(screen, 0), u"line 8"_s);
        QCOMPARE(rowText(screen, 3), u"line 11"_s);
        QCOMPARE(rowText(screen, 4), QString());
        // Lines are stored without their trailing blanks.
        QCOMPARE(screen.scrollback().line(0).cells.size(), size_t(6));
    }

    // Packed into the scrollback and back, a line keeps every cell.
    void scrollbackKeepsCells()
    {
        Screen screen(2, 24);
        write(screen, u"\x1b[1;31mred\x1b[0m 中e\u0301 \x1b[4:3;48;2;1;2;3mbg\x1b[0m \x1b[7;38;5;99mx \x1b[0m"_s);
        const Line original = screen.line(0);
        write(screen, u"\r\n\r\n"_s);
        QCOMPARE(screen.historySize(), 1);
        const Line packed = screen.scrollback().line(0);
        const int length = original.trimmedLength();
        QCOMPARE(length, 13); // "red 中e\u0301 bg x ": the inverse space counts, the blanks after it do not
        QCOMPARE(int(packed.cells.size()), length);
        for (int column = 0; column < length; ++column) {
            QVERIFY2(std::memcmp(&packed.cells[column], &original.cells[column], sizeof(Cell)) == 0, qPrintable(u"column %1"_s.arg(column)));
        }
        QCOMPARE(packed.marksAt(6), std::u32string_view(U"\u0301"));
        QCOMPARE(historyText(screen, 0), u"red 中e\u0301 bg x"_s);
    }

    // libvterm 0.1 cannot take megabytes in one call; the screen hands them over in pieces.
    // Lines are packed in blocks of cells: a line longer than one keeps every cell, its runs and
    // its marks across the block's edge, and trimming finds the end past it.
    void scrollbackKeepsLongLines()
    {
        constexpr int Columns = 2600;
        Screen screen(2, Columns);
        // Nine cells a piece, after four: the coloured run of piece 113, and its wide character,
        // go across the edge of the first block of 1024 cells.
        QString text = u"1234"_s;
        for (int column = 4; column < Columns - 40; column += 9) {
            text += u"\x1b[3%1mab中é\x1b[0m \x1b[4mx\u0301yz\x1b[0m"_s.arg(column / 9 % 8);
        }
        write(screen, text + u"\x1b[41m \x1b[0m"_s);
        const Line original = screen.line(0);
        write(screen, u"\r\n\r\n"_s);
        QCOMPARE(screen.historySize(), 1);
        const Line packed = screen.scrollback().line(0);
        QVERIFY(original.cells[1023].wide && original.cells[1024].continuation);
        const int length = original.trimmedLength();
        QVERIFY(length > 2 * 1024);
        QCOMPARE(int(packed.cells.size()), length);
        for (int column = 0; column < length; ++column) {
            QVERIFY2(std::memcmp(&packed.cells[column], &original.cells[column], sizeof(Cell)) == 0, qPrintable(u"column %1"_s.arg(column)));
        }
        QCOMPARE(packed.marks.size(), original.marks.size());
        QCOMPARE(packed.marksAt(1027), std::u32string_view(U"\u0301"));
    }

    void largeWrite()
    {
        Screen screen(24, 80, 100);
        screen.write(QByteArray(8 * 1024 * 1024, 'x'));
        QCOMPARE(screen.historySize(), 100);
        QCOMPARE(rowText(screen, 0), QString(80, u'x'));
    }

    void scrollbackLimit()
    {
        Screen screen(24, 80, 10000);
        for (int i = 0; i < 25000; ++i) {
            write(screen, u"\x1b[32mline\x1b[0m %1\r\n"_s.arg(i));
        }
        QCOMPARE(screen.historySize(), 10000);
        // 25,000 lines, 23 of them on the screen above the cursor's empty line.
        QCOMPARE(historyText(screen, 0), u"line 14977"_s);
        QCOMPARE(historyText(screen, 9999), u"line 24976"_s);
        QCOMPARE(rowText(screen, 0), u"line 24977"_s);
        QCOMPARE(screen.scrollback().dropped(), quint64(14977));
        // Packed, each line takes its ten characters, one colour run, and the bookkeeping: far less
        // than the 80 twelve-byte cells of the screen line it was.
        const size_t bytes = screen.scrollback().memoryUsage();
        qInfo("10,000 lines of scrollback: %zu bytes", bytes);
        QVERIFY(bytes < 10000 * 80 * sizeof(Cell) / 4);
        QVERIFY(bytes > 10000 * 10);

        screen.setScrollbackLines(100);
        QCOMPARE(screen.historySize(), 100);
        QCOMPARE(historyText(screen, 0), u"line 24877"_s);
        QCOMPARE(screen.scrollback().dropped(), quint64(24877));
        write(screen, u"more\r\n"_s);
        QCOMPARE(screen.historySize(), 100);
        QCOMPARE(historyText(screen, 99), u"line 24977"_s);
    }

    void scrollRegion()
    {
        Screen screen(10, 20);
        for (int i = 0; i < 10; ++i) {
            write(screen, u"\x1b[%1;1Hrow %2"_s.arg(i + 1).arg(i));
        }
        write(screen, u"\x1b[4;7r\x1b[7;1H\n\n"_s); // region rows 3-6, two lines up from its bottom
        QCOMPARE(screen.historySize(), 0);
        const QStringList expected = {u"row 0"_s, u"row 1"_s, u"row 2"_s, u"row 5"_s, u"row 6"_s, QString(), QString(), u"row 7"_s, u"row 8"_s, u"row 9"_s};
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(rowText(screen, i), expected[i]);
        }
        // Reverse index at the region's top scrolls it down.
        write(screen, u"\x1b[4;1H\x1bM"_s);
        QCOMPARE(rowText(screen, 3), QString());
        QCOMPARE(rowText(screen, 4), u"row 5"_s);
        QCOMPARE(rowText(screen, 7), u"row 7"_s);
        QCOMPARE(screen.historySize(), 0);
    }

    void erase()
    {
        Screen screen(4, 10);
        write(screen, u"0123456789\x1b[2;1Habcdefghij\x1b[3;1HABCDEFGHIJ"_s);
        write(screen, u"\x1b[1;4H\x1b[K"_s); // EL 0: to the end of the line
        QCOMPARE(rowText(screen, 0), u"012"_s);
        write(screen, u"\x1b[2;4H\x1b[1K"_s); // EL 1: to the cursor, inclusive
        QCOMPARE(rowText(screen, 1), u"    efghij"_s);
        write(screen, u"\x1b[3;4H\x1b[2K"_s); // EL 2: the line
        QCOMPARE(rowText(screen, 2), QString());
        write(screen, u"\x1b[2;6H\x1b[1J"_s); // ED 1: from the start to the cursor
        QCOMPARE(rowText(screen, 0), QString());
        QCOMPARE(rowText(screen, 1), u"      ghij"_s);
        write(screen, u"\x1b[2J"_s);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(rowText(screen, i), QString());
        }
        // Erased cells take the pen's background.
        write(screen, u"\x1b[44m\x1b[1;1H\x1b[K\x1b[0m"_s);
        QCOMPARE(screen.line(0).cells[9].background, Color::indexed(4));
        QCOMPARE(screen.line(1).cells[9].background, Color());
    }

    void insertAndDelete()
    {
        Screen screen(5, 10);
        write(screen, u"abcdef\r\x1b[2@"_s); // ICH
        QCOMPARE(rowText(screen, 0), u"  abcdef"_s);
        write(screen, u"\x1b[3P"_s); // DCH
        QCOMPARE(rowText(screen, 0), u"bcdef"_s);
        write(screen, u"\x1b[1;3H\x1b[X"_s); // ECH
        QCOMPARE(rowText(screen, 0), u"bc ef"_s);

        Screen lines(5, 10);
        write(lines, u"r0\r\nr1\r\nr2\r\nr3\r\nr4"_s);
        write(lines, u"\x1b[2;1H\x1b[2L"_s); // IL
        QStringList expected = {u"r0"_s, QString(), QString(), u"r1"_s, u"r2"_s};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(rowText(lines, i), expected[i]);
        }
        write(lines, u"\x1b[1M"_s); // DL
        expected = {u"r0"_s, QString(), u"r1"_s, u"r2"_s, QString()};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(rowText(lines, i), expected[i]);
        }
        QCOMPARE(lines.historySize(), 0);
    }

    void alternateScreen()
    {
        Screen screen(5, 20);
        write(screen, u"history\r\n"_s);
        write(screen, u"\r\n\r\n\r\n\r\nprimary"_s);
        QCOMPARE(screen.historySize(), 1);
        QCOMPARE(screen.cursor().row, 4);
        QCOMPARE(screen.cursor().column, 7);

        write(screen, u"\x1b[?1049h"_s);
        QVERIFY(screen.isAlternateScreen());
        QCOMPARE(rowText(screen, 4), QString());
        write(screen, u"\x1b[Halt"_s);
        for (int i = 0; i < 20; ++i) {
            write(screen, u"\r\nfull screen %1"_s.arg(i));
        }
        QCOMPARE(screen.historySize(), 1); // the alternate screen keeps no scrollback
        QCOMPARE(rowText(screen, 4), u"full screen 19"_s);

        write(screen, u"\x1b[?1049l"_s);
        QVERIFY(!screen.isAlternateScreen());
        QCOMPARE(rowText(screen, 4), u"primary"_s);
        QCOMPARE(screen.cursor().row, 4);
        QCOMPARE(screen.cursor().column, 7);
        QCOMPARE(historyText(screen, 0), u"history"_s);

        // A second visit starts blank.
        write(screen, u"\x1b[?1049h"_s);
        QCOMPARE(rowText(screen, 4), QString());
        write(screen, u"\x1b[?1049l"_s);
    }

    void cursorStyle()
    {
        Screen screen(3, 10);
        QVERIFY(screen.cursor().visible);
        write(screen, u"\x1b[?25l"_s);
        QVERIFY(!screen.cursor().visible);
        write(screen, u"\x1b[?25h"_s);
        QVERIFY(screen.cursor().visible);
        write(screen, u"\x1b[4 q"_s);
        QCOMPARE(screen.cursor().shape, CursorShape::Underline);
        QVERIFY(!screen.cursor().blinking);
        write(screen, u"\x1b[5 q"_s);
        QCOMPARE(screen.cursor().shape, CursorShape::Bar);
        QVERIFY(screen.cursor().blinking);
        write(screen, u"\x1b[2 q"_s);
        QCOMPARE(screen.cursor().shape, CursorShape::Block);
        write(screen, u"\x1b[2;5H"_s);
        QCOMPARE(screen.cursor().row, 1);
        QCOMPARE(screen.cursor().column, 4);
    }

    void titleAndBell()
    {
        Screen screen(3, 10);
        QStringList titles;
        int bells = 0;
        screen.setTitleHandler([&](const QString &title) {
            titles.append(title);
        });
        screen.setBellHandler([&] {
            ++bells;
        });
        write(screen, u"\x1b]0;hello\x07"_s);
        write(screen, u"\x1b]2;wörld 中\x1b\\"_s);
        QCOMPARE(titles, (QStringList{u"hello"_s, u"wörld 中"_s}));
        QCOMPARE(screen.title(), u"wörld 中"_s);
        const QString longTitle = u"user@host: ~/src/teleterm/build — a title longer than libvterm's 64-byte buffer"_s;
        write(screen, u"\x1b]2;"_s + longTitle + u"\x07"_s);
        QCOMPARE(screen.title(), longTitle);

        write(screen, u"ding\a\a"_s);
        QCOMPARE(bells, 2);
        QCOMPARE(screen.bellCount(), 2);
        QCOMPARE(rowText(screen, 0), u"ding"_s);
    }

    void bracketedPaste()
    {
        Screen screen(3, 10);
        Output output(screen);
        screen.paste(u"ls\nrm -rf x\r\n"_s);
        QCOMPARE(output.take(), QByteArray("ls\rrm -rf x\r"));
        write(screen, u"\x1b[?2004h"_s);
        screen.paste(u"echo hi\n"_s);
        QCOMPARE(output.take(), QByteArray("\x1b[200~echo hi\r\x1b[201~"));
        // Pasted text cannot close the bracket itself.
        screen.paste(u"a\x1b[201~b"_s);
        QCOMPARE(output.take(), QByteArray("\x1b[200~ab\x1b[201~"));
        write(screen, u"\x1b[?2004l"_s);
        screen.paste(u"x"_s);
        QCOMPARE(output.take(), QByteArray("x"));
    }

    void keyboard()
    {
        Screen screen(3, 10);
        Output output(screen);
        screen.keyboardKey(VTERM_KEY_UP);
        QCOMPARE(output.take(), QByteArray("\x1b[A"));
        write(screen, u"\x1b[?1h"_s); // application cursor keys
        screen.keyboardKey(VTERM_KEY_UP);
        QCOMPARE(output.take(), QByteArray("\x1bOA"));
        screen.keyboardKey(VTERM_KEY_ENTER);
        QCOMPARE(output.take(), QByteArray("\r"));
        screen.keyboardChar(U'a');
        QCOMPARE(output.take(), QByteArray("a"));
        screen.keyboardChar(U'c', VTERM_MOD_CTRL);
        QCOMPARE(output.take(), QByteArray("\x03"));
        screen.keyboardChar(U'é');
        QCOMPARE(output.take(), QByteArray("\xc3\xa9"));
        screen.keyboardKey(VTERM_KEY_UP, VTERM_MOD_CTRL);
        QCOMPARE(output.take(), QByteArray("\x1b[1;5A"));

        // Answers to the program's queries go the same way: the cursor position report.
        write(screen, u"\x1b[2;3H\x1b[6n"_s);
        QCOMPARE(output.take(), QByteArray("\x1b[2;3R"));
    }

    void mouse()
    {
        Screen screen(10, 20);
        Output output(screen);
        screen.mouseMove(2, 3);
        screen.mouseButton(1, true);
        QCOMPARE(output.take(), QByteArray());
        QCOMPARE(screen.mouseMode(), MouseMode::None);

        write(screen, u"\x1b[?1000h"_s);
        QCOMPARE(screen.mouseMode(), MouseMode::Click);
        screen.mouseMove(2, 3);
        screen.mouseButton(1, true);
        QCOMPARE(output.take(), QByteArray("\x1b[M\x20\x24\x23"));
        screen.mouseButton(1, false);
        QCOMPARE(output.take(), QByteArray("\x1b[M\x23\x24\x23"));

        write(screen, u"\x1b[?1006h\x1b[?1002h"_s); // SGR encoding, drags
        QCOMPARE(screen.mouseMode(), MouseMode::Drag);
        screen.mouseButton(1, true);
        QCOMPARE(output.take(), QByteArray("\x1b[<0;4;3M"));
        screen.mouseButton(1, false);
        QCOMPARE(output.take(), QByteArray("\x1b[<0;4;3m"));

        write(screen, u"\x1b[?1002l"_s);
        QCOMPARE(screen.mouseMode(), MouseMode::None);
    }

    void focusEvents()
    {
        Screen screen(3, 10);
        Output output(screen);
        screen.setFocused(true);
        QCOMPARE(output.take(), QByteArray());
        write(screen, u"\x1b[?1004h"_s);
        screen.setFocused(false);
        QCOMPARE(output.take(), QByteArray("\x1b[O"));
        screen.setFocused(true);
        QCOMPARE(output.take(), QByteArray("\x1b[I"));
    }

    void resizeShrinkAndGrow()
    {
        Screen screen(10, 20);
        for (int i = 0; i < 10; ++i) {
            write(screen, (i ? u"\r\nline %1"_s : u"line %1"_s).arg(i));
        }
        QCOMPARE(screen.cursor().row, 9);

        screen.resize(6, 20); // the cursor is at the bottom: the top lines go to the scrollback
        QCOMPARE(screen.rows(), 6);
        QCOMPARE(screen.historySize(), 4);
        QCOMPARE(historyText(screen, 3), u"line 3"_s);
        QCOMPARE(rowText(screen, 0), u"line 4"_s);
        QCOMPARE(rowText(screen, 5), u"line 9"_s);
        QCOMPARE(screen.cursor().row, 5);
        QCOMPARE(screen.cursor().column, 6);

        screen.resize(10, 20); // and come back
        QCOMPARE(screen.historySize(), 0);
        QCOMPARE(rowText(screen, 0), u"line 0"_s);
        QCOMPARE(rowText(screen, 9), u"line 9"_s);
        QCOMPARE(screen.cursor().row, 9);

        screen.resize(10, 4); // narrower: cut on the right
        QCOMPARE(screen.columns(), 4);
        QCOMPARE(rowText(screen, 0), u"line"_s);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(screen.line(i).cells.size(), size_t(4));
        }
        QCOMPARE(screen.cursor().column, 3);
        screen.resize(10, 30); // wider: padded, what was cut stays cut
        QCOMPARE(rowText(screen, 0), u"line"_s);
        write(screen, u"\x1b[1;25Hfar"_s);
        QCOMPARE(rowText(screen, 0), u"line                    far"_s);

        // With the cursor at the top, the blank lines below it go instead.
        Screen top(10, 20);
        write(top, u"prompt$ "_s);
        top.resize(3, 20);
        QCOMPARE(top.historySize(), 0);
        QCOMPARE(rowText(top, 0), u"prompt$"_s);
        QCOMPARE(top.cursor().row, 0);

        // A wide character cut in half by the margin goes.
        Screen wide(2, 4);
        write(wide, u"ab中"_s);
        wide.resize(2, 3);
        QCOMPARE(rowText(wide, 0), u"ab"_s);
        QVERIFY(!wide.line(0).cells[2].wide);

        // On the alternate screen, the primary keeps its lines.
        Screen alternate(6, 20);
        write(alternate, u"one\r\ntwo\x1b[?1049h"_s);
        alternate.resize(3, 10);
        alternate.resize(6, 20);
        write(alternate, u"\x1b[?1049l"_s);
        QCOMPARE(rowText(alternate, 0), u"one"_s);
        QCOMPARE(rowText(alternate, 1), u"two"_s);
    }

    // libvterm 0.1 keeps a scroll region's top when the screen gets shorter, then writes outside
    // its line table (ASan sees it); the screen ends the region instead.
    void resizeBelowScrollRegion()
    {
        Screen screen(24, 20);
        write(screen, u"\x1b[15;20r\x1b[24;1Hbottom"_s);
        screen.resize(3, 20);
        QCOMPARE(screen.cursor().row, 2);
        QCOMPARE(screen.cursor().column, 6);
        const int history = screen.historySize();
        write(screen,
              u"\r\n\n\x1b"
              "D\x1bM\x1b[L\x1b[Mend"_s);
        QCOMPARE(screen.historySize(), history + 3); // the whole screen scrolls: no region left
        QCOMPARE(rowText(screen, 1), u"end"_s); // reverse index moved up a row

        // A sequence cut short by the resize is dropped, not merged with the screen's own.
        write(screen, u"\x1b[3"_s);
        screen.resize(2, 20);
        write(screen, u"1mX"_s);
        QVERIFY(!screen.line(screen.cursor().row).cells[screen.cursor().column - 1].italic);
    }

    void textExtraction()
    {
        Screen screen(7, 8);
        write(screen, u"short   \r\nThis line wraps twice over\r\n中文中文中文"_s);
        // "This line wraps twice over" is 26 characters: rows 1-4; the CJK, 12 cells: rows 5-6.
        QCOMPARE(rowText(screen, 0), u"short"_s);
        QVERIFY(screen.line(2).continued && screen.line(3).continued && screen.line(4).continued);
        QVERIFY(!screen.line(5).continued && screen.line(6).continued);
        QCOMPARE(screen.text({0, 0}, {7, 0}), u"short\nThis line wraps twice over\n中文中文中文"_s);
        // A part of the range, in the middle of lines.
        QCOMPARE(screen.text({1, 5}, {2, 3}), u"line w"_s); // "This lin|e wraps |twice ov|er"
        QCOMPARE(screen.text({0, 2}, {1, 4}), u"ort\nThis"_s);
    }

    void find()
    {
        Screen screen(4, 10, 100);
        for (int i = 0; i < 20; ++i) {
            write(screen, u"line %1\r\n"_s.arg(i));
        }
        write(screen, u"a needle that wraps"_s);
        const int history = screen.historySize();
        QCOMPARE(history, 18);

        auto found = screen.find(u"line 1"_s, {0, 0}, false);
        QVERIFY(found);
        QCOMPARE(*found, (Position{1, 0}));
        found = screen.find(u"line 1"_s, {found->line, found->column + 1}, false);
        QCOMPARE(*found, (Position{10, 0})); // "line 10"
        found = screen.find(u"LINE 7"_s, {0, 0}, false, Qt::CaseInsensitive);
        QCOMPARE(*found, (Position{7, 0}));
        QVERIFY(!screen.find(u"LINE 7"_s, {0, 0}, false));

        // Backwards from the end: the newest match first.
        const Position end{screen.historyLineCount() - 1, screen.columns()};
        found = screen.find(u"line 1"_s, end, true);
        QCOMPARE(*found, (Position{19, 0})); // "line 19", on the screen
        found = screen.find(u"line 1"_s, *found, true);
        QCOMPARE(*found, (Position{18, 0}));

        // Across the wrap: "needle th|at wraps" (the screen is 10 wide).
        found = screen.find(u"that wraps"_s, {0, 0}, false);
        QVERIFY(found);
        QCOMPARE(*found, (Position{history + 2, 9}));
        QVERIFY(!screen.find(u"nothing"_s, {0, 0}, false));
        QVERIFY(!screen.find(u"line 0"_s, {1, 0}, false));
    }

    // Every match, wrapped ones too, with where each ends.
    void findAll()
    {
        Screen screen(4, 10, 100);
        for (int i = 0; i < 12; ++i) {
            write(screen, u"line %1\r\n"_s.arg(i));
        }
        write(screen, u"a needle that wraps"_s);
        const int history = screen.historySize();
        std::vector<Match> matches = screen.findAll(u"line 1"_s, 0, screen.historyLineCount());
        QCOMPARE(matches.size(), size_t(3)); // line 1, line 10, line 11
        QCOMPARE(matches[0], (Match{{1, 0}, {1, 6}}));
        QCOMPARE(matches[2], (Match{{11, 0}, {11, 6}}));
        // Only lines from 5 on; the wrapped line, searched from its start, ends on the next.
        QCOMPARE(screen.findAll(u"LINE"_s, 5, screen.historyLineCount(), Qt::CaseInsensitive).size(), size_t(7));
        matches = screen.findAll(u"that wraps"_s, history + 3, screen.historyLineCount());
        QCOMPARE(matches, (std::vector<Match>{{{history + 2, 9}, {history + 3, 9}}}));
        QCOMPARE(screen.lineStart(history + 3), history + 2);
        // Not overlapping; a match that ends on a character with a combining mark takes the mark.
        write(screen, u"\r\naaaa e\u0301!"_s);
        matches = screen.findAll(u"aa"_s, history + 4, screen.historyLineCount());
        QCOMPARE(matches.size(), size_t(2));
        QCOMPARE(matches[1].start.column, 2);
        matches = screen.findAll(u"e"_s, screen.historyLineCount() - 1, screen.historyLineCount());
        QCOMPARE(matches.size(), size_t(1));
        QCOMPARE(matches[0].end.column - matches[0].start.column, 1);
        QVERIFY(screen.findAll(QString(), 0, 100).empty());
    }

    // Sequences that would take libvterm 0.1.4 out of bounds never reach it as they are.
    void tooManyParameters()
    {
        for (const char separator : {';', ':'}) {
            for (const int chunk : {1, 3, 4096}) {
                Screen screen(5, 20);
                // Fifteen separators are fine: the last parameter sets bold.
                QByteArray bytes = "\x1b[" + QByteArray(14, separator) + ";1mA\x1b[m";
                // Seventeen: the sequence goes, what follows stays, C0 controls inside still act.
                bytes += "\x1b[1" + QByteArray(30, separator) + "\r\n" + QByteArray(100, separator) + "1mB";
                for (qsizetype at = 0; at < bytes.size(); at += chunk) {
                    screen.write(QByteArrayView(bytes).sliced(at, std::min<qsizetype>(chunk, bytes.size() - at)));
                }
                QCOMPARE(rowText(screen, 0), u"A"_s);
                QVERIFY(screen.line(0).cells[0].bold);
                QCOMPARE(rowText(screen, 1), u"B"_s);
                QVERIFY(!screen.line(1).cells[0].bold);
                // After an intermediate ('%'), libvterm still takes '[' for the start of a CSI.
                screen.write(QByteArray("\r\n\x1b%[" + QByteArray(40, separator) + "mC"));
                QCOMPARE(rowText(screen, 2), u"C"_s);
            }
        }
    }

    // A byte out of a CSI's order ends it in libvterm, and what follows is text again: a C1
    // control in UTF-8 there is dropped, as anywhere in text, and never moves the cursor.
    void sequencesEndedOutOfOrder()
    {
        for (const QByteArray &broken : {QByteArray("\x1b[\x80"), QByteArray("\x1b[!1"), QByteArray("\x1b[1<"), QByteArray("\x1b[?1;2!;")}) {
            Screen screen(3, 10);
            screen.write(QByteArray(broken + "\xc2\x80\xc2\x9b" + "ab"));
            QCOMPARE(screen.cursor().row, 0);
            QCOMPARE(screen.cursor().column, 2);
            QCOMPARE(rowText(screen, 0), u"ab"_s);
        }
    }

    // libvterm 0.1.4 would copy a string of length -1 for an OSC or DCS whose ST has a control or
    // NUL between its ESC and its backslash, or is cut between two writes (a shell's OSC 133
    // prompt marks, read from the PTY a piece at a time): it never sees either.
    void controlsInsideAStringTerminator()
    {
        for (const QByteArray &sequence :
             {QByteArray("\x1b]0;title\x1b\x00\\", 12), QByteArray("\x1bP\x1b\x07\\"), QByteArray("\x1b]2;t\x1b\x7f\x01\\"), QByteArray("\x1b]133;A\x1b\\")}) {
            for (const int chunk : {1, 2, 64}) {
                Screen screen(3, 10);
                const QByteArray bytes = sequence + "ok";
                for (qsizetype at = 0; at < bytes.size(); at += chunk) {
                    screen.write(QByteArrayView(bytes).sliced(at, std::min<qsizetype>(chunk, bytes.size() - at)));
                }
                QCOMPARE(rowText(screen, 0), u"ok"_s);
            }
        }
    }

    void savedCursorAfterShrinking()
    {
        Screen screen(24, 80);
        write(screen, u"\x1b[20;70Hsaved\x1b7"_s);
        screen.resize(4, 40);
        write(screen, u"\x1b8x"_s); // restored: onto the screen, at its last row and column
        QCOMPARE(screen.cursor().row, 3);
        QCOMPARE(rowText(screen, 3).back(), u'x');
        write(screen, u"\x1b[?1049h\x1b[2J\x1b[1;1H"_s);
        screen.resize(2, 10);
        write(screen, u"\x1b[?1049lback"_s);
        QVERIFY(screen.cursor().row < 2);
        QVERIFY(rowText(screen, screen.cursor().row).endsWith(u"back"_s));
    }

    // U+0080 to U+009F in UTF-8: C1 controls, which libvterm 0.1.4 would take for characters of
    // width -1. Dropped, also when cut between two writes.
    void c1ControlsInUtf8()
    {
        Screen screen(3, 10);
        screen.write(
            "\xc2\x8c\xc2\x85"
            "ab");
        QCOMPARE(rowText(screen, 0), u"ab"_s);
        QCOMPARE(screen.cursor().column, 2);
        screen.write("\xc2");
        screen.write(
            "\x9b"
            "c\xc2");
        screen.write("\xa9"); // U+00A9, a character
        QCOMPARE(rowText(screen, 0), u"abc\u00a9"_s);
        QCOMPARE(screen.cursor().column, 4);
        // libvterm decodes UTF-8 across controls and sequences: a lead byte, CAN, a reset of the
        // pen, then the rest of U+008D.
        screen.write("\r\n\xc2\x18\x1b[m\x8d");
        QCOMPARE(screen.cursor().column, 0);
        screen.write("\xc2\r\x1b[1m\xc2\xa9"); // a lead byte left alone, then U+00A9 in bold
        QCOMPARE(rowText(screen, 1), u"\ufffd\u00a9"_s);
        QVERIFY(screen.line(1).cells[1].bold);
        // Past an invalid byte, which libvterm's decoder would skip and go on with the character:
        // U+FFFD for the cut sequence, the 0xFF and the stray 0x80 (over the second, after BS).
        screen.write("\r\n\xc2\xff\x08\x80");
        QCOMPARE(screen.cursor().column, 2);
        QCOMPARE(rowText(screen, 2), u"\ufffd\ufffd"_s);
    }

    // write() hands libvterm the program's bytes as they came while they need no change, and
    // copies them from the first that does: the screen is the same wherever a write ends, in the
    // middle of a character or a sequence, and what is changed still reaches libvterm in one piece.
    void cleanAndChangedAcrossWrites()
    {
        const QByteArray bytes =
            "ab\xc3\xa9\x1b[1;31mc\xe4\xb8\xad\xf0\x9f\x98\x80"
            "d\xc2\x85"
            "e\xc2\xa9\x1b[m\xe4\xb8"
            "f\xed\xa0\x80g\r\n\x1b[2bh\x1b"
            "7\x1b[1;1H\x1b"
            "8i\x1b[?25l";
        const auto check = [](const Screen &screen) {
            QCOMPARE(rowText(screen, 0), u"ab\u00e9c\u4e2d\U0001f600de\u00a9\ufffdf\ufffd\ufffd\ufffdg"_s);
            QVERIFY(screen.line(0).cells[3].bold);
            QVERIFY(!screen.line(0).cells[15].bold);
            QCOMPARE(rowText(screen, 1), u"gghi"_s); // REP repeats the g
            QCOMPARE(screen.cursor().row, 1);
            QCOMPARE(screen.cursor().column, 4);
        };
        Screen whole(3, 30);
        whole.write(bytes);
        check(whole);
        for (qsizetype first = 0; first <= bytes.size(); ++first) {
            for (qsizetype second = first; second <= bytes.size(); ++second) {
                Screen screen(3, 30);
                screen.write(QByteArrayView(bytes).first(first));
                screen.write(QByteArrayView(bytes).sliced(first, second - first));
                screen.write(QByteArrayView(bytes).sliced(second));
                check(screen);
            }
        }

        Screen titled(3, 10);
        titled.write("\x1b]0;w\xc3\xb6rld\xc2\x85 \xe4\xb8\xad\x07x");
        QCOMPARE(titled.title(), u"w\u00f6rld \u4e2d"_s);
        QCOMPARE(rowText(titled, 0), u"x"_s);
    }

    // REP repeats the last character; with none to repeat (libvterm 0.1.4 would loop for ever) it
    // does nothing, as in xterm.
    void repeat()
    {
        Screen screen(3, 10);
        screen.write("\x1b[5b\x1b[b\xcc\x81\x1b[99999999b");
        QCOMPARE(rowText(screen, 0), u"\u0301"_s); // the mark on its own, once
        screen.write("\r\x1b[Kx\x1b[3b\r\n\xe4\xb8\xad\x1b[99999999b"); // a wide one: to the margin, no further
        QCOMPARE(rowText(screen, 0), u"xxxx"_s);
        QCOMPARE(rowText(screen, 1), u"\u4e2d\u4e2d\u4e2d\u4e2d\u4e2d"_s);
        screen.write("\r\n\xcc\x81\x1b[2b"); // a combining mark with nothing before it
        QCOMPARE(screen.cursor().row, 2);
    }

    void narrowest()
    {
        Screen screen(3, 10);
        screen.resize(1, 1);
        QCOMPARE(screen.columns(), Screen::MinimumColumns);
        write(screen, u"\x1b#6wide\x1b[h"_s);
        QVERIFY(screen.cursor().column >= 0 && screen.cursor().column < screen.columns());
    }

    void damage()
    {
        Screen screen(5, 10);
        Damage damage = screen.takeDamage();
        QVERIFY(damage.all);
        QCOMPARE(damage.rows.size(), size_t(5));
        damage = screen.takeDamage();
        QVERIFY(!damage.all);
        QVERIFY(damage.rows.empty());

        write(screen, u"\x1b[3;1Hx"_s);
        damage = screen.takeDamage();
        QCOMPARE(damage.rows, std::vector<int>{2});
        QCOMPARE(damage.scrolled, 0);

        // Two lines scrolled: the renderer moves its rows up by two and draws the two new ones.
        write(screen, u"\x1b[5;1H\n\ny"_s);
        damage = screen.takeDamage();
        QCOMPARE(damage.scrolled, 2);
        QCOMPARE(damage.rows, (std::vector<int>{3, 4}));
        QCOMPARE(rowText(screen, 0), u"x"_s);

        screen.resize(6, 10);
        QVERIFY(screen.takeDamage().all);
    }

    // The same stream of real sequences into libvterm's own screen layer and into ours: every
    // row reads the same, the cursor stands in the same place, as many lines left the top. No
    // wide characters: overwriting half of one, libvterm keeps the other half and we blank it,
    // as xterm does (wideCharacters covers that).
    void sameAsLibvtermScreen()
    {
        constexpr int Rows = 12;
        constexpr int Columns = 30;
        VTerm *reference = vterm_new(Rows, Columns);
        vterm_set_utf8(reference, 1);
        VTermScreen *referenceScreen = vterm_obtain_screen(reference);
        vterm_screen_enable_altscreen(referenceScreen, 1);
        QStringList pushed; // the lines libvterm's screen scrolled off, as text
        VTermScreenCallbacks callbacks = {};
        callbacks.sb_pushline = [](int columns, const VTermScreenCell *cells, void *user) {
            QString text;
            for (int column = 0; column < columns; column += std::max<int>(cells[column].width, 1)) {
                text.append(QChar::fromUcs4(cells[column].chars[0] ? cells[column].chars[0] : U' '));
                for (int i = 1; i < VTERM_MAX_CHARS_PER_CELL && cells[column].chars[i - 1] && cells[column].chars[i]; ++i) {
                    text.append(QChar::fromUcs4(cells[column].chars[i]));
                }
            }
            while (text.endsWith(u' ')) {
                text.chop(1);
            }
            static_cast<QStringList *>(user)->append(text);
            return 1;
        };
        vterm_screen_set_callbacks(referenceScreen, &callbacks, &pushed);
        vterm_screen_reset(referenceScreen, 1);

        Screen screen(Rows, Columns, 100000);
        QRandomGenerator random(7);
        const auto number = [&](int from, int to) {
            return QByteArray::number(random.bounded(from, to + 1));
        };
        const QByteArray words[] = {"ls", "-l", "alice", "total 48", "drwxr-xr-x", "README.md", "e\xcc\x81", "\xc3\xa9t\xc3\xa9", "x"};
        for (int step = 0; step < 20000; ++step) {
            QByteArray piece;
            switch (random.bounded(16)) {
            case 0:
                piece = "\r\n";
                break;
            case 1:
                piece = "\x1b[" + number(1, Rows) + ';' + number(1, Columns) + 'H';
                break;
            case 2:
                piece = "\x1b[" + number(0, 2) + 'J';
                break;
            case 3:
                piece = "\x1b[" + number(0, 2) + 'K';
                break;
            case 4:
                piece = "\x1b[" + number(1, 5) + "@PX"[random.bounded(3)];
                break;
            case 5:
                piece = "\x1b[" + number(1, 4) + "LM"[random.bounded(2)];
                break;
            case 6:
                piece = random.bounded(4) ? QByteArray("\x1b[r") : "\x1b[" + number(1, Rows / 2) + ';' + number(Rows / 2 + 1, Rows) + 'r';
                break;
            case 7:
                piece = random.bounded(2) ? "\x1bM"
                                          : "\x1b"
                                            "D";
                break;
            case 8:
                piece = "\x1b[" + number(0, 1) + ';' + number(30, 37) + ';' + number(40, 49) + 'm';
                break;
            case 9:
                piece = "\x1b[" + number(1, 6) + "ABCD"[random.bounded(4)];
                break;
            case 10:
                piece = random.bounded(8) ? QByteArray("\t") : (random.bounded(2) ? "\x1b[?1049h" : "\x1b[?1049l");
                break;
            case 11:
                piece = "\x1b[" + number(1, 3) + "ST"[random.bounded(2)];
                break;
            default:
                piece = words[random.bounded(int(std::size(words)))] + ' ';
                break;
            }
            vterm_input_write(reference, piece.constData(), size_t(piece.size()));
            screen.write(piece);
            if (step % 10 != 0) {
                continue;
            }
            VTermPos cursor;
            vterm_state_get_cursorpos(vterm_obtain_state(reference), &cursor);
            QCOMPARE(screen.cursor().row, cursor.row);
            QCOMPARE(screen.cursor().column, cursor.col);
            QCOMPARE(screen.historySize(), pushed.size());
            if (!pushed.isEmpty()) {
                QCOMPARE(historyText(screen, int(pushed.size()) - 1), pushed.last());
            }
            for (int row = 0; row < Rows; ++row) {
                QString expected;
                for (int column = 0; column < Columns; ++column) {
                    VTermScreenCell cell;
                    vterm_screen_get_cell(referenceScreen, {row, column}, &cell);
                    if (cell.chars[0] == uint32_t(-1)) { // the second half of a wide character
                        continue;
                    }
                    expected.append(QChar::fromUcs4(cell.chars[0] ? cell.chars[0] : U' '));
                    for (int i = 1; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i - 1] && cell.chars[i]; ++i) {
                        expected.append(QChar::fromUcs4(cell.chars[i]));
                    }
                    column += cell.width - 1;
                }
                while (expected.endsWith(u' ')) {
                    expected.chop(1);
                }
                QVERIFY2(rowText(screen, row) == expected,
                         qPrintable(u"step %1 row %2: \"%3\", libvterm: \"%4\" after %5"_s.arg(step).arg(row).arg(rowText(screen, row),
                                                                                                                  expected,
                                                                                                                  QString::fromLatin1(piece.toHex()))));
            }
        }
        for (int line = 0; line < pushed.size(); ++line) {
            QCOMPARE(historyText(screen, line), pushed[line]);
        }
        QVERIFY(pushed.size() > 100);
        vterm_free(reference);
    }

    // Random bytes and random sizes: nothing breaks, every line stays as wide as the screen.
    void randomInput()
    {
        QRandomGenerator random(20261125);
        Screen screen(24, 80, 500);
        Output output(screen);
        QByteArray chunk;
        qsizetype fed = 0;
        const char *interesting[] =
            {"\x1b[", "\x1b]", "\x1b[?1049h", "\x1b[?1049l", "\x1b[5;10r", "\r\n", "\x1b[2J", "\x1b", "\xe4\xb8\xad", "\xcc\x81", "\x07"};
        while (fed < 1024 * 1024) {
            chunk.resize(qsizetype(random.bounded(1, 4096)));
            for (char &byte : chunk) {
                byte = char(random.bounded(256));
            }
            // Some structure too, so that more than the parser's error paths run.
            for (int i = 0; i < 8; ++i) {
                const char *piece = interesting[random.bounded(int(std::size(interesting)))];
                chunk.insert(random.bounded(chunk.size()), piece);
            }
            screen.write(chunk);
            fed += chunk.size();
            if (random.bounded(16) == 0) {
                screen.resize(random.bounded(1, 60), random.bounded(1, 200));
            }
            if (random.bounded(8) == 0) {
                screen.keyboardKey(VTermKey(random.bounded(int(VTERM_KEY_PAGEDOWN) + 1)));
                screen.mouseMove(random.bounded(screen.rows()), random.bounded(screen.columns()));
                screen.mouseButton(random.bounded(1, 4), random.bounded(2) == 0);
                (void)screen.takeDamage();
            }
            const Cursor &cursor = screen.cursor();
            QVERIFY(cursor.row >= 0 && cursor.row < screen.rows());
            QVERIFY(cursor.column >= 0 && cursor.column < screen.columns());
            for (int r = 0; r < screen.rows(); ++r) {
                const std::vector<Cell> &cells = screen.line(r).cells;
                QCOMPARE(cells.size(), size_t(screen.columns()));
                // Never half of a wide character.
                for (size_t column = 0; column < cells.size(); ++column) {
                    QVERIFY(!cells[column].continuation || (column > 0 && cells[column - 1].wide));
                    QVERIFY(!cells[column].wide || (column + 1 < cells.size() && cells[column + 1].continuation));
                }
            }
        }
        QVERIFY(screen.historySize() <= 500);
        (void)screen.text({0, 0}, {screen.historyLineCount(), 0});
        (void)screen.find(u"x"_s, {0, 0}, false);
    }
};

QTEST_GUILESS_MAIN(TestTerminalScreen)
#include "tst_terminalscreen.moc"
