// Throughput of the terminal's model on coloured `ls -l` output, what its scrollback costs, and
// xterm.js on the same bytes.
//
//   libvterm screen     libvterm's own screen layer (what the terminal issue measured at ~15 MB/s)
//   libvterm state      libvterm's parser and state with callbacks that do nothing: the ceiling
//   Teleterm Screen     our screen model on libvterm's state layer, scrollback on
//   xterm.js            with --xterm-js DRIVER: xterm.js in headless Chromium (bench/xterm), a
//                       Terminal on a DOM element and @xterm/headless, fed the same bytes
//   memory per tab      10,000 lines of that output, from the model's own accounting and as the
//                       growth of the process's resident set
//
// The output is generated (the same bytes every run) and fed in 16 KiB chunks, as a PTY delivers
// it. MB is 10^6 bytes. Our models are timed by the thread's CPU time and by the wall clock;
// xterm.js by the wall clock only (its page cannot be CPU-timed the same way).
#include "lsoutput.h"
#include "screen.h"
#include "summary.h"

#include <vterm.h>

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtGlobal>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Teleterm::Terminal;
using Teleterm::Bench::lsOutput;

namespace
{

constexpr qsizetype InputBytes = 32 * 1024 * 1024;
constexpr qsizetype ChunkBytes = 16 * 1024;
constexpr int Columns = 120;

// Seconds of CPU time this thread has used: unlike the wall clock, it does not count the time
// other processes on a shared machine had the core.
double threadSeconds()
{
    timespec now;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double wallSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// MB/s by the two clocks.
struct Speed {
    double cpu = 0;
    double wall = 0;
};

Speed megabytesPerSecond(const QByteArray &input, const std::function<void(const char *, size_t)> &feed)
{
    const double startCpu = threadSeconds();
    const double startWall = wallSeconds();
    for (qsizetype at = 0; at < input.size(); at += ChunkBytes) {
        feed(input.constData() + at, size_t(std::min(ChunkBytes, input.size() - at)));
    }
    const double megabytes = double(input.size()) / 1e6;
    return {megabytes / (threadSeconds() - startCpu), megabytes / (wallSeconds() - startWall)};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The best of the runs (on a shared machine, slower runs also measure the neighbours' use of the
// caches and cores) and the median, as one row of the table.
void printRow(const char *what, int rows, const char *clock, const std::vector<double> &speeds)
{
    std::printf("| %-26s | %4d x %d | %9.1f | %8.1f | %-4s | %4zu |\n",
                what,
                rows,
                Columns,
                *std::max_element(speeds.begin(), speeds.end()),
                median(speeds),
                clock,
                speeds.size());
}

std::vector<Speed> measure(int runs, const std::function<Speed()> &run)
{
    std::vector<Speed> speeds;
    for (int i = 0; i < runs; ++i) {
        speeds.push_back(run());
    }
    return speeds;
}

std::vector<double> cpuOf(const std::vector<Speed> &speeds)
{
    std::vector<double> out;
    for (const Speed &speed : speeds) {
        out.push_back(speed.cpu);
    }
    return out;
}

std::vector<double> wallOf(const std::vector<Speed> &speeds)
{
    std::vector<double> out;
    for (const Speed &speed : speeds) {
        out.push_back(speed.wall);
    }
    return out;
}

Speed vtermScreen(const QByteArray &input, int rows)
{
    VTerm *vterm = vterm_new(rows, Columns);
    vterm_set_utf8(vterm, 1);
    VTermScreen *screen = vterm_obtain_screen(vterm);
    vterm_screen_reset(screen, 1);
    const Speed speed = megabytesPerSecond(input, [&](const char *bytes, size_t length) {
        vterm_input_write(vterm, bytes, length);
    });
    vterm_free(vterm);
    return speed;
}

Speed vtermState(const QByteArray &input, int rows)
{
    static const VTermStateCallbacks nothing = {
        .putglyph =
            [](VTermGlyphInfo *, VTermPos, void *) {
                return 1;
            },
        .movecursor =
            [](VTermPos, VTermPos, int, void *) {
                return 1;
            },
        .scrollrect =
            [](VTermRect, int, int, void *) {
                return 1;
            },
        .moverect =
            [](VTermRect, VTermRect, void *) {
                return 1;
            },
        .erase =
            [](VTermRect, int, void *) {
                return 1;
            },
        .initpen =
            [](void *) {
                return 1;
            },
        .setpenattr =
            [](VTermAttr, VTermValue *, void *) {
                return 1;
            },
        .settermprop =
            [](VTermProp, VTermValue *, void *) {
                return 1;
            },
        .bell =
            [](void *) {
                return 1;
            },
        .resize =
            [](int, int, VTermPos *, void *) {
                return 1;
            },
        .setlineinfo =
            [](int, const VTermLineInfo *, const VTermLineInfo *, void *) {
                return 1;
            },
    };
    VTerm *vterm = vterm_new(rows, Columns);
    vterm_set_utf8(vterm, 1);
    VTermState *state = vterm_obtain_state(vterm);
    vterm_state_set_callbacks(state, &nothing, nullptr);
    vterm_state_reset(state, 1);
    const Speed speed = megabytesPerSecond(input, [&](const char *bytes, size_t length) {
        vterm_input_write(vterm, bytes, length);
    });
    vterm_free(vterm);
    return speed;
}

Speed teletermScreen(const QByteArray &input, int rows)
{
    Screen screen(rows, Columns);
    return megabytesPerSecond(input, [&](const char *bytes, size_t length) {
        screen.write(bytes, length);
    });
}

long residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLong() * sysconf(_SC_PAGESIZE) : -1;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size() && file.flush();
}

// xterm.js's runs by kind ("dom", "headless") and rows, from bench/xterm/run.mjs, and what the
// driver said: the browser it ran in, or why it could not run (then there are no runs).
struct XtermRuns {
    std::map<std::pair<QByteArray, int>, std::vector<double>> speeds;
    std::map<int, std::vector<double>> domFrames; // frames the DOM renderer drew a run, by rows
    QString note;
};

XtermRuns runXterm(const QString &driver, const QByteArray &input, const QList<int> &rowCounts, int runs)
{
    XtermRuns result;
    QTemporaryDir scratch;
    const QString path = scratch.filePath(u"input.bin"_s);
    if (!scratch.isValid() || !writeFile(path, input)) {
        result.note = u"cannot write the input file"_s;
        return result;
    }
    QStringList rows;
    for (int count : rowCounts) {
        rows.append(QString::number(count));
    }
    QProcess node;
    node.start(u"node"_s,
               {driver,
                u"--input"_s,
                path,
                u"--rows"_s,
                rows.join(u','),
                u"--columns"_s,
                QString::number(Columns),
                u"--runs"_s,
                QString::number(runs),
                u"--scrollback"_s,
                QString::number(Scrollback::DefaultMaxLines)});
    if (!node.waitForStarted(10000)) {
        result.note = u"node did not start: "_s + node.errorString();
        return result;
    }
    if (!node.waitForFinished(15 * 60 * 1000)) {
        node.kill();
        node.waitForFinished(5000);
        result.note = u"gave up after 15 minutes"_s;
        return result;
    }
    // The driver's own lines start "xterm.js: "; anything else is node's or the browser's.
    QStringList said;
    const QStringList errors = QString::fromUtf8(node.readAllStandardError()).trimmed().split(u'\n');
    for (const QString &line : errors) {
        if (line.startsWith("xterm.js: "_L1)) {
            said.append(line.mid(10));
        }
    }
    if (node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
        result.note = said.isEmpty() ? u"the driver failed: "_s + errors.last() : said.last();
        return result;
    }
    result.note = u"xterm.js ran in "_s + said.join(u"; "_s);
    const QList<QByteArray> lines = node.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        // "xterm.js-<kind> <rows> <MB/s> <frames drawn>"
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() >= 3 && fields[0].startsWith("xterm.js-")) {
            result.speeds[{fields[0].mid(9), fields[1].toInt()}].push_back(fields[2].toDouble());
            if (fields[0] == "xterm.js-dom" && fields.size() >= 4) {
                result.domFrames[fields[1].toInt()].push_back(fields[3].toDouble());
            }
        }
    }
    return result;
}

double best(const std::vector<double> &speeds)
{
    return speeds.empty() ? 0 : *std::max_element(speeds.begin(), speeds.end());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Throughput of Teleterm's terminal model, libvterm and xterm.js on generated, coloured ls -l output."_s);
    parser.addHelpOption();
    const QCommandLineOption writeInput(u"write-input"_s, u"Writes the benchmark's input (the exact bytes every model is fed) to FILE and exits."_s, u"FILE"_s);
    const QCommandLineOption xtermJs(u"xterm-js"_s,
                                     u"Also measures xterm.js in headless Chromium, with the driver at DRIVER (bench/xterm/run.mjs, after npm ci there)."_s,
                                     u"DRIVER"_s);
    parser.addOptions({writeInput, xtermJs});
    parser.addPositionalArgument(u"model"_s, u"Runs only this one, for a profiler: libvterm-screen, libvterm-state, teleterm or xterm.js."_s, u"[model]"_s);
    parser.process(app);
    const QString only = parser.positionalArguments().value(0);
    const auto wanted = [&only](const QString &model) {
        return only.isEmpty() || only == model;
    };
    const int runs = qEnvironmentVariableIntValue("BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("BENCH_RUNS") : 3;
    const QList<int> rowCounts = {40, 80};
    std::setvbuf(stdout, nullptr, _IOLBF, 0);

    const QByteArray input = lsOutput(InputBytes);
    if (parser.isSet(writeInput)) {
        if (!writeFile(parser.value(writeInput), input)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(writeInput)));
            return 1;
        }
        std::printf("wrote %lld bytes to %s\n", static_cast<long long>(input.size()), qPrintable(parser.value(writeInput)));
        return 0;
    }
    std::printf("%lld MiB of coloured ls -l output, %lld lines, fed in %lld KiB chunks\n\n",
                static_cast<long long>(input.size() >> 20),
                static_cast<long long>(input.count('\n')),
                static_cast<long long>(ChunkBytes >> 10));

    // The memory of a full scrollback, 10,000 lines of the 433,000 fed, first: on a fresh heap the
    // resident set's growth is the model's.
    const long before = residentBytes();
    {
        Screen screen(40, Columns, Scrollback::DefaultMaxLines);
        screen.write(input.constData(), size_t(input.size()));
        const long after = residentBytes();
        const size_t counted = screen.scrollback().memoryUsage();
        std::printf(
            "memory per tab (model), %d lines of scrollback at %d columns: %.2f MiB the whole model "
            "(scrollback %.2f MiB counted, %.0f bytes a line, %zu bytes a cell); resident set grew %.2f MiB\n\n",
            screen.historySize(),
            Columns,
            double(screen.memoryUsage()) / (1 << 20),
            double(counted) / (1 << 20),
            double(counted) / screen.historySize(),
            sizeof(Cell),
            double(after - before) / (1 << 20));
        Teleterm::Bench::summarize("terminal.memory",
                                   u"terminal: one tab's model, 10,000 lines of scrollback"_s,
                                   double(screen.memoryUsage()) / (1 << 20),
                                   "MiB",
                                   Teleterm::Bench::Better::Lower);
    }
    std::printf("| %-26s | %-10s | %9s | %8s | %-4s | %4s |\n", "model", "screen", "best MB/s", "med MB/s", "time", "runs");
    std::printf("| %-26s | %-10s | %9s | %8s | %-4s | %4s |\n", "---", "---", "---", "---", "---", "---");
    for (int rows : rowCounts) {
        if (wanted(u"libvterm-screen"_s)) {
            printRow("libvterm screen", rows, "CPU", cpuOf(measure(runs, [&] {
                         return vtermScreen(input, rows);
                     })));
        }
    }
    for (int rows : rowCounts) {
        if (wanted(u"libvterm-state"_s)) {
            printRow("libvterm state (no-op)", rows, "CPU", cpuOf(measure(runs, [&] {
                         return vtermState(input, rows);
                     })));
        }
    }
    // Teleterm's best by either clock, for the ratio with xterm.js.
    std::map<int, Speed> teleterm;
    for (int rows : rowCounts) {
        if (wanted(u"teleterm"_s)) {
            const std::vector<Speed> speeds = measure(runs, [&] {
                return teletermScreen(input, rows);
            });
            printRow("Teleterm Screen", rows, "CPU", cpuOf(speeds));
            printRow("Teleterm Screen", rows, "wall", wallOf(speeds));
            teleterm[rows] = {best(cpuOf(speeds)), best(wallOf(speeds))};
            Teleterm::Bench::summarize(QByteArray("terminal." + QByteArray::number(rows)).constData(),
                                       u"terminal: Teleterm Screen at %1 x %2, best, wall clock"_s.arg(rows).arg(Columns),
                                       teleterm[rows].wall,
                                       "MB/s",
                                       Teleterm::Bench::Better::Higher,
                                       {u"ref.xterm.dom.%1"_s.arg(rows)});
        }
    }
    if (!parser.isSet(xtermJs) || !wanted(u"xterm.js"_s)) {
        return 0;
    }
    const XtermRuns xterm = runXterm(parser.value(xtermJs), input, rowCounts, runs);
    for (int rows : rowCounts) {
        for (const auto &[kind, label] : {std::pair{"dom", "xterm.js, DOM renderer"}, std::pair{"headless", "@xterm/headless (Chromium)"}}) {
            const auto found = xterm.speeds.find({QByteArray(kind), rows});
            if (found != xterm.speeds.end() && !found->second.empty()) {
                printRow(label, rows, "wall", found->second);
                if (QLatin1String(kind) == "dom"_L1) {
                    Teleterm::Bench::summarize(QByteArray("ref.xterm.dom." + QByteArray::number(rows)).constData(),
                                               u"reference: xterm.js (DOM renderer, Chromium) at %1 x %2, best"_s.arg(rows).arg(Columns),
                                               best(found->second),
                                               "MB/s",
                                               Teleterm::Bench::Better::Higher);
                }
            }
        }
    }
    if (xterm.speeds.empty()) {
        std::printf("\nxterm.js: skipped, %s\n", qPrintable(xterm.note));
        return 0;
    }
    std::printf("\n%s\n", qPrintable(xterm.note));
    for (const auto &[rows, frames] : xterm.domFrames) {
        std::printf("xterm.js's DOM renderer drew %.0f frames a run at %d rows (median): it rendered as it parsed\n", median(frames), rows);
    }
    std::printf("Teleterm Screen / xterm.js with its DOM renderer, best runs of this run (xterm.js by wall clock):\n");
    for (int rows : rowCounts) {
        const auto dom = xterm.speeds.find({QByteArray("dom"), rows});
        const auto headless = xterm.speeds.find({QByteArray("headless"), rows});
        if (!teleterm.contains(rows) || dom == xterm.speeds.end() || headless == xterm.speeds.end()) {
            continue;
        }
        std::printf("  %d x %d: %.2fx by Teleterm's CPU time, %.2fx wall clock to wall clock (against @xterm/headless: %.2fx, %.2fx)\n",
                    rows,
                    Columns,
                    teleterm[rows].cpu / best(dom->second),
                    teleterm[rows].wall / best(dom->second),
                    teleterm[rows].cpu / best(headless->second),
                    teleterm[rows].wall / best(headless->second));
    }
    return 0;
}
