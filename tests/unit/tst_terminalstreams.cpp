#include "screen.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Teleterm::Terminal;

namespace
{

// Real output of full-screen programs at 80x24, recorded by tests/data/terminal/record.py (its
// README says how).
constexpr int Rows = 24;
constexpr int Columns = 80;

QByteArray recording(const QString &name)
{
    QFile file(QStringLiteral(TELETERM_TERMINAL_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

// Writes `bytes` in pieces of `chunk` bytes.
void replay(Screen &screen, QByteArrayView bytes, qsizetype chunk)
{
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        screen.write(bytes.sliced(at, std::min(chunk, bytes.size() - at)));
    }
}

QString rowText(const Screen &screen, int row)
{
    const int line = screen.historySize() + row;
    return screen.text({line, 0}, {line + 1, 0});
}

QString screenText(const Screen &screen)
{
    QStringList rows;
    for (int row = 0; row < screen.rows(); ++row) {
        rows << rowText(screen, row);
    }
    return rows.join(u'\n');
}

// Everything a person could tell apart on the screen: each cell's character, colours and
// attributes, the cursor, which screen shows, the history.
QByteArray snapshot(const Screen &screen)
{
    QByteArray out;
    for (int row = 0; row < screen.rows(); ++row) {
        for (const Cell &cell : screen.line(row).cells) {
            out.append(reinterpret_cast<const char *>(&cell), sizeof cell);
        }
    }
    const Cursor &cursor = screen.cursor();
    out += QByteArray::number(cursor.row) + ',' + QByteArray::number(cursor.column) + ',' + QByteArray::number(cursor.visible) + ','
        + QByteArray::number(screen.isAlternateScreen()) + ',' + QByteArray::number(screen.historySize());
    out += screen.text({0, 0}, {screen.historyLineCount(), 0}).toUtf8();
    return out;
}

// What must hold whatever the screen was fed.
void checkInvariants(const Screen &screen, int rows, int columns, int scrollbackLimit)
{
    QCOMPARE(screen.rows(), rows);
    QCOMPARE(screen.columns(), columns);
    const Cursor &cursor = screen.cursor();
    QVERIFY2(cursor.row >= 0 && cursor.row < rows, qPrintable(u"cursor row %1 of %2"_s.arg(cursor.row).arg(rows)));
    QVERIFY2(cursor.column >= 0 && cursor.column < columns, qPrintable(u"cursor column %1 of %2"_s.arg(cursor.column).arg(columns)));
    for (int row = 0; row < rows; ++row) {
        const std::vector<Cell> &cells = screen.line(row).cells;
        QCOMPARE(cells.size(), size_t(columns));
        for (size_t column = 0; column < cells.size(); ++column) {
            QVERIFY(cells[column].codepoint <= 0x10ffff);
            QVERIFY(!cells[column].continuation || (column > 0 && cells[column - 1].wide));
            QVERIFY(!cells[column].wide || (column + 1 < cells.size() && cells[column + 1].continuation));
        }
    }
    QVERIFY(screen.historySize() >= 0 && screen.historySize() <= scrollbackLimit);
}

} // namespace

class TestTerminalStreams : public QObject
{
    Q_OBJECT

private:
    // Replays `name` whole and in pieces of 1, 7 and 4096 bytes, after a line on the primary
    // screen; checks `during` on the screen as it is just before `cut` (a part of the stream) and
    // `after` at the end. Every way of cutting it up shows the same, at both points.
    void
    replayEveryWay(const QString &name, QByteArrayView cut, const std::function<void(const Screen &)> &during, const std::function<void(const Screen &)> &after)
    {
        const QByteArray bytes = recording(name);
        const qsizetype at = bytes.lastIndexOf(cut);
        QVERIFY2(at > 0, qPrintable(name));
        QByteArray reference[2];
        for (const qsizetype chunk : {bytes.size(), qsizetype(1), qsizetype(7), qsizetype(4096)}) {
            Screen screen(Rows, Columns);
            screen.write("$ before the program\r\n$ ");
            replay(screen, QByteArrayView(bytes).first(at), chunk);
            if (chunk == bytes.size()) {
                during(screen);
                if (QTest::currentTestFailed()) {
                    qWarning().noquote() << name << "at the cut:\n" << screenText(screen);
                    return;
                }
                reference[0] = snapshot(screen);
            } else {
                QVERIFY2(snapshot(screen) == reference[0], qPrintable(u"%1 in pieces of %2, at the cut"_s.arg(name).arg(chunk)));
            }
            replay(screen, QByteArrayView(bytes).sliced(at), chunk);
            if (chunk == bytes.size()) {
                after(screen);
                if (QTest::currentTestFailed()) {
                    qWarning().noquote() << name << "at the end:\n" << screenText(screen);
                    return;
                }
                reference[1] = snapshot(screen);
            } else {
                QVERIFY2(snapshot(screen) == reference[1], qPrintable(u"%1 in pieces of %2, at the end"_s.arg(name).arg(chunk)));
            }
            checkInvariants(screen, Rows, Columns, Scrollback::DefaultMaxLines);
        }
    }

private Q_SLOTS:
    // vim on a 10-line file, after G, "o typed in vim" and Escape, before ":q!".
    void vim()
    {
        replayEveryWay(
            u"vim.bin"_s,
            "\x1b[?25l\x1b[24;63H\x1b[K\x1b[24;1H:q!", // vim clears the ruler to show the typed command
            [](const Screen &screen) {
                QVERIFY(screen.isAlternateScreen());
                QCOMPARE(rowText(screen, 0), u"line 001 bravo the quick brown fox"_s);
                QCOMPARE(rowText(screen, 9), u"line 010 echo the quick brown fox"_s);
                QCOMPARE(rowText(screen, 10), u"typed in vim"_s);
                for (int row = 11; row < Rows - 1; ++row) {
                    QCOMPARE(rowText(screen, row), u"~"_s); // the filler past the end of the file
                }
                // The ruler: line 11, column 12, the whole file on screen.
                const QString status = rowText(screen, Rows - 1);
                QVERIFY2(status.contains(QRegularExpression(u"11,12\\s+All$"_s)), qPrintable(status));
                QCOMPARE(screen.cursor().row, 10);
                QCOMPARE(screen.cursor().column, 11); // on the "m" of "vim"
                QVERIFY(screen.cursor().visible);
                QCOMPARE(screen.historySize(), 0); // the alternate screen keeps no history
            },
            [](const Screen &screen) {
                QVERIFY(!screen.isAlternateScreen());
                QCOMPARE(rowText(screen, 0), u"$ before the program"_s);
                QCOMPARE(rowText(screen, 1), u"$"_s);
                QVERIFY(!screenText(screen).contains(u"quick brown fox"_s));
                QVERIFY(screen.cursor().visible);
            });
    }

    // less on a 60-line file, at its end.
    void less()
    {
        replayEveryWay(
            u"less.bin"_s,
            "\r\x1b[K\x1b[?1l", // less erases its prompt as it quits
            [](const Screen &screen) {
                QVERIFY(screen.isAlternateScreen());
                // The last 23 lines of the file, then the prompt, in reverse video.
                QCOMPARE(rowText(screen, 0), u"line 038 charlie the quick brown fox"_s);
                QCOMPARE(rowText(screen, Rows - 2), u"line 060 alpha the quick brown fox"_s);
                QCOMPARE(rowText(screen, Rows - 1), u"(END)"_s);
                QVERIFY(screen.line(Rows - 1).cells[0].inverse);
                QVERIFY(!screen.line(Rows - 1).cells[5].inverse);
            },
            [](const Screen &screen) {
                QVERIFY(!screen.isAlternateScreen());
                QCOMPARE(rowText(screen, 0), u"$ before the program"_s);
                QVERIFY(!screenText(screen).contains(u"quick brown fox"_s));
            });
    }

    // htop, listing process 1, after two refreshes.
    void htop()
    {
        replayEveryWay(
            u"htop.bin"_s,
            "\r\x1b[J\x1b[?12l", // htop erases its last line as it quits
            [](const Screen &screen) {
                QVERIFY(screen.isAlternateScreen());
                const QString text = screenText(screen);
                QVERIFY2(text.contains(u"Tasks:"_s) && text.contains(u"Load average:"_s) && text.contains(u"Uptime:"_s), qPrintable(text));
                QVERIFY2(QRegularExpression(u"Mem\\[\\|+.*\\]"_s).match(text).hasMatch(), qPrintable(text));
                // The column headings, and the function keys along the bottom.
                int headings = -1;
                for (int row = 0; row < Rows; ++row) {
                    if (rowText(screen, row).contains(QRegularExpression(u"PID USER +PRI +NI +VIRT +RES"_s))) {
                        headings = row;
                    }
                }
                QVERIFY2(headings > 0, qPrintable(text));
                QVERIFY(rowText(screen, headings + 1).contains(QRegularExpression(u"^ +1 root"_s)));
                QVERIFY2(rowText(screen, Rows - 1).contains(QRegularExpression(u"F1Help +F2Setup.*F10Quit"_s)), qPrintable(rowText(screen, Rows - 1)));
            },
            [](const Screen &screen) {
                QVERIFY(!screen.isAlternateScreen());
                QCOMPARE(rowText(screen, 0), u"$ before the program"_s);
                QVERIFY(!screenText(screen).contains(u"Tasks:"_s));
            });
    }

    // top, listing process 1: it draws on the primary screen (procps' top asks for no alternate
    // screen), and at the end moves below what it drew.
    void top()
    {
        replayEveryWay(
            u"top.bin"_s,
            "\x1b[?1l",
            [](const Screen &screen) {
                QVERIFY(!screen.isAlternateScreen());
                QVERIFY2(rowText(screen, 0).startsWith(u"top - "_s) && rowText(screen, 0).contains(u"load average:"_s), qPrintable(rowText(screen, 0)));
                QVERIFY(rowText(screen, 1).contains(QRegularExpression(u"^Tasks: +1 total"_s)));
                QVERIFY(rowText(screen, 2).startsWith(u"%Cpu(s):"_s));
                QVERIFY(rowText(screen, 3).startsWith(u"MiB Mem :"_s));
                QVERIFY(rowText(screen, 6).contains(QRegularExpression(u"PID USER +PR +NI +VIRT +RES"_s)));
                QVERIFY(rowText(screen, 7).contains(QRegularExpression(u"^ +1 root"_s)));
                QVERIFY(screen.line(6).cells[2].inverse); // the headings' bar
                QVERIFY(!screen.cursor().visible);
            },
            [](const Screen &screen) {
                // A new line below the last row: top's first line went into the history.
                QCOMPARE(screen.historySize(), 1);
                QVERIFY(screen.text({0, 0}, {1, 0}).startsWith(u"top - "_s));
                QVERIFY(rowText(screen, 0).startsWith(u"Tasks:"_s));
                QVERIFY(screen.cursor().visible);
                QCOMPARE(screen.cursor().row, Rows - 1);
            });
    }

    // Hostile and broken streams: mutated recordings, random bytes, absurd parameters, invalid
    // UTF-8, huge OSC and DCS strings, resizes to 1x1 and back in the middle of it all. Whatever
    // comes, the screen keeps its size, the cursor on it, wide characters whole, the scrollback
    // and the memory it takes within their limits. Seeded: the same streams every run.
    void hostileInput()
    {
        constexpr int ScrollbackLimit = 300;
        // The screen's last resort, moving a cursor that got off the screen back, is not needed.
        QTest::failOnWarning(QRegularExpression(u"off the screen"_s));
        // Another seed explores other streams: TELETERM_STREAMS_SEED=n.
        const quint32 seed = qEnvironmentVariableIsSet("TELETERM_STREAMS_SEED") ? quint32(qEnvironmentVariableIntValue("TELETERM_STREAMS_SEED")) : 0x7e1e7e53;
        QRandomGenerator random(seed);
        const QByteArray recordings[] = {recording(u"vim.bin"_s), recording(u"less.bin"_s), recording(u"htop.bin"_s), recording(u"top.bin"_s)};

        const auto huge = [](const char *command) {
            return QByteArray("\x1b[99999999").append(command);
        };
        QList<QByteArray> nasty = {
            "x" + huge("b"), // repeat the last character 99,999,999 times
            "\x1b[b",
            "\x1b[5b",
            "\r\xcc\x81\x1b[5b", // REP with nothing to repeat
            huge("@"),
            huge("P"),
            huge("X"),
            huge("L"),
            huge("M"),
            huge("S"),
            huge("T"),
            huge("A"),
            huge("C"),
            huge("G"),
            huge("d"),
            huge("I"),
            huge("Z"),
            "\x1b[99999999;99999999H",
            "\x1b[99999999;99999999r",
            "\x1b[99999999;99999999;99999999t",
            "\x1b[?99999999h",
            "\x1b[99999999m",
            "\x1b[38;5;99999999m",
            "\x1b[38;2;999;999;999m",
            "\x1b[-5;-5H",
            "\x1b[0;0r\x1b[5;1r",
            "\x1b[?6h\x1b[3;10r\x1b[99B",
            "\x1b[?69h\x1b[5;2s\x1b[99999999@", // side margins, reversed
            "\x1b#8",
            "\x1b#6\x1b[99C",
            "\x1b"
            "c",
            "\x1b[!p",
            // Invalid UTF-8: stray continuation bytes, overlong forms, surrogates, past U+10FFFF, cut short.
            "\x80\xbf\xfe\xff",
            "\xc0\xaf",
            "\xe0\x80\xaf",
            "\xed\xa0\x80\xed\xbf\xbf",
            "\xf4\x90\x80\x80",
            "\xf8\x88\x80\x80\x80",
            "\xe4\xb8",
            "\xf0\x9f\x98",
            // Wide and combining characters at the margins.
            "\x1b[1;80H\xe4\xb8\xad\xe4\xb8\xad",
            "\x1b[1;79H\xf0\x9f\x98\x80\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81",
        };
        // A CSI with 100,000 parameters, and OSC, DCS and APC strings of megabytes, one not ended.
        QByteArray longCsi = "\x1b[";
        for (int i = 0; i < 100000; ++i) {
            longCsi += QByteArray::number(i) + ';';
        }
        nasty << longCsi + 'm' << longCsi.replace(';', ':') + 'H';
        nasty << "\x1b]0;" + QByteArray(3 * 1024 * 1024, 'T') + '\a';
        nasty << "\x1b]52;c;" + QByteArray(2 * 1024 * 1024, 'A') + "\x1b\\";
        nasty << "\x1bP" + QByteArray(1024 * 1024, 'q') + "\x1b\\";
        nasty << "\x1b_" + QByteArray(1024 * 1024, '_');
        nasty << "\x1b]2;" + QByteArray(1024 * 1024, '\xe4');

        // A plausible worst case for what a screen and a full scrollback hold: every cell of every
        // line with a run of its own and the most combining marks a cell keeps.
        const auto memoryBound = [&](int rows, int columns) {
            const size_t perCell = sizeof(Cell) + 4 + 16 + sizeof(CellMarks) + 9 * sizeof(char32_t);
            return (size_t(2 * rows) + ScrollbackLimit) * (sizeof(Line) + size_t(std::max(columns, Columns)) * perCell) + 64 * 1024;
        };

        Screen screen(Rows, Columns, ScrollbackLimit);
        screen.setOutputHandler([](QByteArrayView) {}); // answers to queries go nowhere
        int rows = Rows;
        int columns = Columns;
        size_t fed = 0;
        for (int round = 0; round < 600; ++round) {
            QByteArray stream;
            switch (random.bounded(5)) {
            case 0: { // a recording, mutated: bytes flipped, dropped, repeated, spliced with another
                stream = recordings[random.bounded(int(std::size(recordings)))];
                const int mutations = random.bounded(1, 40);
                for (int i = 0; i < mutations && !stream.isEmpty(); ++i) {
                    const qsizetype at = random.bounded(stream.size());
                    switch (random.bounded(5)) {
                    case 0:
                        stream[at] = char(stream[at] ^ (1 << random.bounded(8)));
                        break;
                    case 1:
                        stream.remove(at, random.bounded(1, 64));
                        break;
                    case 2:
                        stream.insert(at, stream.mid(random.bounded(stream.size()), random.bounded(1, 256)));
                        break;
                    case 3:
                        stream.insert(at, nasty[random.bounded(int(nasty.size()))].left(4096));
                        break;
                    default: {
                        const QByteArray &other = recordings[random.bounded(int(std::size(recordings)))];
                        stream = stream.left(at) + other.mid(random.bounded(other.size()));
                        break;
                    }
                    }
                }
                break;
            }
            case 1: // random bytes
                stream.resize(random.bounded(1, 8192));
                for (char &byte : stream) {
                    byte = char(random.bounded(256));
                }
                break;
            case 2: // random bytes from the alphabet of escape sequences
                stream.resize(random.bounded(1, 8192));
                for (char &byte : stream) {
                    static constexpr char alphabet[] = "\x1b[]?;:0123456789mHJKrhlPX@\x07\x9b\x9d\x90\\\r\n\t\x08 ab";
                    byte = alphabet[random.bounded(int(sizeof alphabet) - 1)];
                }
                break;
            case 3: // one of the nasty ones, in the middle of text
                stream = "some text " + nasty[random.bounded(int(nasty.size()))] + " more text\r\n";
                break;
            default: // lines and lines, for the scrollback
                for (int i = random.bounded(1, 400); i > 0; --i) {
                    stream += "line " + QByteArray::number(i) + " \x1b[3" + QByteArray::number(i % 8) + "m colour\x1b[m\r\n";
                }
                break;
            }
            // In pieces of any size, a resize now and then between them.
            for (qsizetype at = 0; at < stream.size();) {
                const qsizetype piece = std::min<qsizetype>(stream.size() - at, random.bounded(1, 3) == 1 ? random.bounded(1, 16) : random.bounded(1, 65536));
                screen.write(QByteArrayView(stream).sliced(at, piece));
                at += piece;
                fed += size_t(piece);
                if (random.bounded(24) == 0) {
                    const int kind = random.bounded(3);
                    rows = kind == 0 ? 1 : random.bounded(1, 70);
                    columns = kind == 0 ? 1 : kind == 1 ? Columns : random.bounded(1, 240);
                    screen.resize(rows, columns);
                    columns = std::max(columns, Screen::MinimumColumns);
                }
                checkInvariants(screen, rows, columns, ScrollbackLimit);
                if (QTest::currentTestFailed()) {
                    qWarning() << "seed" << seed << "round" << round << "after" << fed << "bytes";
                    return;
                }
            }
            QVERIFY2(screen.memoryUsage() <= memoryBound(rows, columns),
                     qPrintable(u"%1 bytes held, at most %2 expected"_s.arg(screen.memoryUsage()).arg(memoryBound(rows, columns))));
            const Damage damage = screen.takeDamage();
            for (const int row : damage.rows) {
                QVERIFY(row >= 0 && row < rows);
            }
            if (round % 50 == 0) { // the whole history reads, and searches, without a fault
                (void)screen.text({0, 0}, {screen.historyLineCount(), 0});
                for (const Match &match : screen.findAll(u"e"_s, 0, screen.historyLineCount())) {
                    QVERIFY(match.start < match.end);
                    QVERIFY(match.end.line < screen.historyLineCount());
                }
                screen.resize(Rows, Columns); // and back to the usual size
                rows = Rows;
                columns = Columns;
            }
        }
        qInfo() << fed / 1024 << "KiB fed";
        // Still a working terminal.
        screen.resize(Rows, Columns);
        screen.write(
            "\x18\x1b\\\x1b"
            "chello"); // CAN, ST, then a reset (RIS)
        QCOMPARE(rowText(screen, 0), u"hello"_s);
    }
};

QTEST_GUILESS_MAIN(TestTerminalStreams)
#include "tst_terminalstreams.moc"
