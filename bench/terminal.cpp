// Throughput of the terminal's model on coloured `ls -l` output, and what its scrollback costs.
//
//   libvterm screen     libvterm's own screen layer (what the terminal issue measured at ~15 MB/s)
//   libvterm state      libvterm's parser and state with callbacks that do nothing: the ceiling
//   Teleterm Screen     our screen model on libvterm's state layer, scrollback on
//   scrollback memory   10,000 lines of that output, from the model's own accounting and as the
//                       growth of the process's resident set
//
// The output is generated (the same bytes every run) and fed in 16 KiB chunks, as a PTY delivers
// it. MB is 10^6 bytes, a second is one of the thread's CPU time.
#include "screen.h"

#include <vterm.h>

#include <QByteArray>
#include <QFile>
#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <random>
#include <unistd.h>
#include <vector>

using namespace Teleterm::Terminal;

namespace
{

constexpr qsizetype InputBytes = 32 * 1024 * 1024;
constexpr qsizetype ChunkBytes = 16 * 1024;
constexpr int Columns = 120;

// Lines as GNU ls -l --color prints them: permissions, links, owner, size, date, a name
// coloured by type (directories bold blue, executables bold green, links bold cyan, archives
// bold red), ending in CR LF as the PTY's line discipline turns them.
QByteArray lsOutput(qsizetype bytes)
{
    std::mt19937 random(20261125);
    const auto pick = [&](int n) {
        return int(random() % uint32_t(n));
    };
    static const char *words[] = {"build", "src", "README", "main", "config", "notes", "backup", "release", "data", "test", "module", "cache"};
    static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    QByteArray out;
    out.reserve(bytes + 256);
    char line[256];
    while (out.size() < bytes) {
        const int type = pick(10);
        const char *permissions = type < 3 ? "drwxr-xr-x" : type < 5 ? "-rwxr-xr-x" : type == 5 ? "lrwxrwxrwx" : "-rw-r--r--";
        const char *colour = type < 3 ? "\x1b[01;34m" : type < 5 ? "\x1b[01;32m" : type == 5 ? "\x1b[01;36m" : type == 6 ? "\x1b[01;31m" : "";
        const char *suffix = type == 6 ? ".tar.gz" : type >= 7 ? ".txt" : "";
        const int length = std::snprintf(line,
                                         sizeof line,
                                         "%s %2d %-8s %-8s %9d %s %2d %02d:%02d %s%s_%d%s\x1b[0m\r\n",
                                         permissions,
                                         1 + pick(20),
                                         "alice",
                                         pick(3) ? "staff" : "wheel",
                                         pick(1 << 24),
                                         months[pick(12)],
                                         1 + pick(28),
                                         pick(24),
                                         pick(60),
                                         colour,
                                         words[pick(std::size(words))],
                                         pick(1000),
                                         suffix);
        out.append(line, length);
    }
    out.truncate(bytes);
    return out;
}

// Seconds of CPU time this thread has used: unlike the wall clock, it does not count the time
// other processes on a shared machine had the core.
double threadSeconds()
{
    timespec now;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double megabytesPerSecond(const QByteArray &input, const std::function<void(const char *, size_t)> &feed)
{
    const double start = threadSeconds();
    for (qsizetype at = 0; at < input.size(); at += ChunkBytes) {
        feed(input.constData() + at, size_t(std::min(ChunkBytes, input.size() - at)));
    }
    return double(input.size()) / 1e6 / (threadSeconds() - start);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The best of `runs` (on a shared machine, slower runs also measure the neighbours' use of the
// caches) and the median.
void row(const char *what, int rows, int runs, const std::function<double()> &run)
{
    std::vector<double> speeds;
    for (int i = 0; i < runs; ++i) {
        speeds.push_back(run());
    }
    std::printf("| %-22s | %4d x %d | %8.1f | %8.1f | %4d |\n", what, rows, Columns, *std::max_element(speeds.begin(), speeds.end()), median(speeds), runs);
}

double vtermScreen(const QByteArray &input, int rows)
{
    VTerm *vterm = vterm_new(rows, Columns);
    vterm_set_utf8(vterm, 1);
    VTermScreen *screen = vterm_obtain_screen(vterm);
    vterm_screen_reset(screen, 1);
    const double speed = megabytesPerSecond(input, [&](const char *bytes, size_t length) {
        vterm_input_write(vterm, bytes, length);
    });
    vterm_free(vterm);
    return speed;
}

double vtermState(const QByteArray &input, int rows)
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
    const double speed = megabytesPerSecond(input, [&](const char *bytes, size_t length) {
        vterm_input_write(vterm, bytes, length);
    });
    vterm_free(vterm);
    return speed;
}

double teletermScreen(const QByteArray &input, int rows)
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

} // namespace

int main(int argc, char **argv)
{
    // One model only when named (for a profiler): libvterm-screen, libvterm-state or teleterm.
    const QByteArray only = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const int runs = qEnvironmentVariableIntValue("BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("BENCH_RUNS") : 3;
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QByteArray input = lsOutput(InputBytes);
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
            "scrollback of %d lines: %.2f MiB counted (%.0f bytes a line; %zu bytes a cell), "
            "whole model %.2f MiB, resident set grew %.2f MiB\n\n",
            screen.historySize(),
            double(counted) / (1 << 20),
            double(counted) / screen.historySize(),
            sizeof(Cell),
            double(screen.memoryUsage()) / (1 << 20),
            double(after - before) / (1 << 20));
    }
    std::printf("| %-22s | %-10s | %8s | %8s | %4s |\n", "model", "screen", "best MB/s", "med MB/s", "runs");
    std::printf("| %-22s | %-10s | %8s | %8s | %4s |\n", "---", "---", "---", "---", "---");
    for (int rows : {40, 80}) {
        if (!only.isEmpty() && only != "libvterm-screen") {
            break;
        }
        row("libvterm screen", rows, runs, [&] {
            return vtermScreen(input, rows);
        });
    }
    for (int rows : {40, 80}) {
        if (!only.isEmpty() && only != "libvterm-state") {
            break;
        }
        row("libvterm state (no-op)", rows, runs, [&] {
            return vtermState(input, rows);
        });
    }
    for (int rows : {40, 80}) {
        if (!only.isEmpty() && only != "teleterm") {
            break;
        }
        row("Teleterm Screen", rows, runs, [&] {
            return teletermScreen(input, rows);
        });
    }
    return 0;
}
