// The benchmarks' terminal output: coloured `ls -l` lines, generated the same every run, so that
// every model and every program is measured on identical bytes.
#pragma once

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <iterator>
#include <random>

namespace Teleterm::Bench
{

// Lines as GNU ls -l --color prints them: permissions, links, owner, size, date, a name
// coloured by type (directories bold blue, executables bold green, links bold cyan, archives
// bold red), ending in CR LF as the PTY's line discipline turns them.
inline QByteArray lsOutput(qsizetype bytes)
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

} // namespace Teleterm::Bench
