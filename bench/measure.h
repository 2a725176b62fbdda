#pragma once
// What the benchmarks that start processes share: a process's proportional set size (alone or with
// every process it started), the wall-clock time a program reports in its log, statistics of a
// series of runs, and stopping a service by its lock file. Header-only: each benchmark is one
// translation unit.

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <optional>
#include <unistd.h>
#include <vector>

namespace Teleterm::Bench
{

struct Stats {
    double median = 0, p90 = 0, p99 = 0, min = 0, max = 0;
};

inline Stats stats(std::vector<double> values)
{
    if (values.empty()) {
        return {};
    }
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return values[std::min(values.size() - 1, size_t(q * double(values.size() - 1) + 0.5))];
    };
    return {at(0.5), at(0.9), at(0.99), values.front(), values.back()};
}

// The proportional set size of one process (shared pages divided among the processes that map
// them, so that a sum over processes counts each page once), in KiB; -1 when it is gone.
inline qint64 pssKiB(qint64 pid)
{
    QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!rollup.open(QIODevice::ReadOnly)) {
        return -1;
    }
    static const QRegularExpression pss(QStringLiteral("^Pss:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
    const auto match = pss.match(QString::fromLatin1(rollup.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// The parent of a process, from /proc/PID/stat (whose second field, the name, may hold spaces).
inline qint64 parentOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 ? line.mid(close + 2).split(' ').value(1).toLongLong() : 0;
}

// User + system CPU seconds of a process so far, from /proc/PID/stat (fields 14 and 15).
inline double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray line = stat.readAll();
    // "pid (comm) state ...": counting starts after the name, which may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK)) : 0;
}

// A process and every process below it (Chromium's zygotes, renderers and utilities).
inline std::vector<qint64> processTree(qint64 root)
{
    std::vector<qint64> tree{root};
    std::vector<std::pair<qint64, qint64>> parents; // (pid, parent) of every process now
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (number) {
            parents.emplace_back(pid, parentOf(pid));
        }
    }
    for (size_t at = 0; at < tree.size(); ++at) {
        for (const auto &[pid, parent] : parents) {
            if (parent == tree[at]) {
                tree.push_back(pid);
            }
        }
    }
    return tree;
}

// PSS summed over processes, in MiB; processes already gone count nothing.
inline double pssMiB(const std::vector<qint64> &pids)
{
    qint64 total = 0;
    for (const qint64 pid : pids) {
        total += std::max<qint64>(0, pssKiB(pid));
    }
    return double(total) / 1024.0;
}

// The wall-clock time a program reports as "... at N ms since the epoch", in ms since the epoch.
inline std::optional<qint64> epochIn(const QString &text)
{
    static const QRegularExpression epoch(QStringLiteral("at (\\d+) ms since the epoch"));
    const auto match = epoch.match(text);
    return match.hasMatch() ? std::optional(match.captured(1).toLongLong()) : std::nullopt;
}

// Waits for a log line holding `marker` and returns the epoch milliseconds it reports ("first
// frame at N ms since the epoch") or the line's own timestamp.
inline std::optional<qint64> waitForLogLine(const QString &log, const QString &marker, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        QFile file(log);
        if (file.open(QIODevice::ReadOnly)) {
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (const QString &line : lines) {
                if (!line.contains(marker)) {
                    continue;
                }
                if (const auto at = epochIn(line)) {
                    return at;
                }
                return QDateTime::fromString(line.section(u' ', 0, 0), Qt::ISODateWithMs).toMSecsSinceEpoch();
            }
        }
        QThread::msleep(2);
    }
    return std::nullopt;
}

// Whether a process runs (a zombie, which nobody may reap here, does not).
inline bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && close + 2 < line.size() && line.at(close + 2) != 'Z';
}

// The pid a service's lock file names, 0 when none.
inline qint64 lockHolder(const QString &lockPath)
{
    QFile lock(lockPath);
    return lock.open(QIODevice::ReadOnly) ? lock.readAll().trimmed().toLongLong() : 0;
}

// Stops the service whose lock file is `lockPath` (its pid is the file's content) and waits until
// it is gone, so that the next one started is not refused as a second instance. Only that pid:
// nobody else's daemon on the machine is touched.
inline void stopService(const QString &lockPath)
{
    const qint64 pid = lockHolder(lockPath);
    if (pid <= 0 || ::kill(pid_t(pid), SIGTERM) != 0) {
        return;
    }
    QElapsedTimer clock;
    clock.start();
    while (alive(pid) && clock.elapsed() < 10000) {
        QThread::msleep(5);
    }
    if (alive(pid)) {
        ::kill(pid_t(pid), SIGKILL);
    }
}

} // namespace Teleterm::Bench
