// libFuzzer target for the terminal's screen: any bytes a program may print, at any size.
//
// Seeded by the recordings in tests/data/terminal and by tests/fuzz/corpus/terminal; scripts/fuzz
// runs it, tests/fuzz/README.md tells how to run it longer.
#include "fuzzcheck.h"
#include "screen.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

using namespace Teleterm::Terminal;
using Teleterm::Fuzz::check;

namespace
{

void checkInvariants(const Screen &screen, int rows, int columns, int scrollbackLimit)
{
    check(screen.rows() == rows && screen.columns() == columns, "the size as set");
    check(screen.cursor().row >= 0 && screen.cursor().row < rows, "the cursor's row on the screen");
    check(screen.cursor().column >= 0 && screen.cursor().column < columns, "the cursor's column on the screen");
    check(screen.historySize() <= scrollbackLimit, "the scrollback within its limit");
    for (int row = 0; row < rows; ++row) {
        const std::vector<Cell> &cells = screen.line(row).cells;
        check(cells.size() == size_t(columns), "every row as wide as the screen");
        for (size_t column = 0; column < cells.size(); ++column) {
            check(!cells[column].continuation || (column > 0 && cells[column - 1].wide), "no half of a wide character");
            check(!cells[column].wide || (column + 1 < cells.size() && cells[column + 1].continuation), "no half of a wide character");
        }
    }
}

// The screen's last resort, moving back a cursor that got off the screen, warns: the guards before
// it should have kept it on. Here that is a finding.
void failOnWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        std::fprintf(stderr, "broken: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(failOnWarnings);
    return 0;
}

// The input whole at 80x24; again in pieces of 7 bytes at a size the input's length chooses (down
// to 1x2, as a window made tiny); then back to 80x24, and the history read and searched.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr int ScrollbackLimit = 100;
    const char *bytes = reinterpret_cast<const char *>(data);
    Screen screen(24, 80, ScrollbackLimit);
    screen.setOutputHandler([](QByteArrayView) {});
    screen.write(bytes, size);
    checkInvariants(screen, 24, 80, ScrollbackLimit);

    const int rows = 1 + int(size % 30);
    const int columns = std::max(Screen::MinimumColumns, int(size / 30 % 120));
    screen.resize(rows, columns);
    for (size_t at = 0; at < size; at += 7) {
        screen.write(bytes + at, std::min<size_t>(7, size - at));
    }
    checkInvariants(screen, rows, columns, ScrollbackLimit);

    screen.resize(24, 80);
    checkInvariants(screen, 24, 80, ScrollbackLimit);
    (void)screen.text({0, 0}, {screen.historyLineCount(), 0});
    for (const Match &match : screen.findAll(QStringLiteral("e"), 0, screen.historyLineCount())) {
        check(match.start < match.end, "a match ends after it starts");
    }
    (void)screen.takeDamage();
    return 0;
}
