// Start-up and footprint of the window and the daemon, measured from outside the way a user
// meets them: from the moment a process is spawned.
//
//   daemon cold start   spawn of teleterm-daemon until its first answer to GetHealth
//   health round trip   one GetHealth call over the Unix socket, daemon already running
//   window first frame  spawn of teleterm until its first frame reaches the screen
//   window connected    spawn of teleterm until it is talking to the daemon (already running)
//   PSS                 proportional set size (/proc/PID/smaps_rollup) of window + daemon, idle
//
// Each run uses its own runtime and state directories, so the user's own daemon is untouched.
#include "localchannel.h"
#include "teleterm/v1/daemon.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace
{

QString program(const char *name)
{
    return QStringLiteral(TELETERM_BIN_DIR) + u'/' + QString::fromLatin1(name);
}

bool healthy(teleterm::v1::DaemonService::Stub &stub, std::chrono::milliseconds timeout = 200ms)
{
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + timeout);
    teleterm::v1::Health health;
    return stub.GetHealth(&context, {}, &health).ok();
}

struct Stats {
    double median = 0, p99 = 0, min = 0, max = 0;
};

Stats stats(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return values[std::min(values.size() - 1, size_t(q * double(values.size() - 1) + 0.5))];
    };
    return {at(0.5), at(0.99), values.front(), values.back()};
}

qint64 pssKiB(qint64 pid)
{
    QFile rollup(u"/proc/%1/smaps_rollup"_s.arg(pid));
    if (!rollup.open(QIODevice::ReadOnly)) {
        return -1;
    }
    static const QRegularExpression pss(u"^Pss:\\s+(\\d+) kB"_s, QRegularExpression::MultilineOption);
    const auto match = pss.match(QString::fromLatin1(rollup.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// Waits for a log line holding `marker` and returns the epoch milliseconds it reports (for the
// window's "first frame at N ms") or the line's own timestamp.
std::optional<qint64> waitForLogLine(const QString &log, const QString &marker, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    static const QRegularExpression epoch(u"at (\\d+) ms since the epoch"_s);
    while (clock.elapsed() < timeoutMs) {
        QFile file(log);
        if (file.open(QIODevice::ReadOnly)) {
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (const QString &line : lines) {
                if (!line.contains(marker)) {
                    continue;
                }
                if (const auto match = epoch.match(line); match.hasMatch()) {
                    return match.captured(1).toLongLong();
                }
                return QDateTime::fromString(line.section(u' ', 0, 0), Qt::ISODateWithMs).toMSecsSinceEpoch();
            }
        }
        QThread::msleep(2);
    }
    return std::nullopt;
}

// Stops the service whose lock file is `lockPath` (its pid is the file's content) and waits until
// it is gone, so that the next one started is not refused as a second instance. Only that pid:
// nobody else's daemon on the machine is touched.
void stopService(const QString &lockPath)
{
    QFile lock(lockPath);
    const qint64 pid = lock.open(QIODevice::ReadOnly) ? lock.readAll().trimmed().toLongLong() : 0;
    if (pid <= 0 || ::kill(pid_t(pid), SIGTERM) != 0) {
        return;
    }
    QElapsedTimer clock;
    clock.start();
    // A process whose parent has died may stay a zombie here (nothing reaps it): gone enough.
    const auto alive = [pid] {
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        return close > 0 && close + 2 < line.size() && line.at(close + 2) != 'Z';
    };
    while (alive() && clock.elapsed() < 10000) {
        QThread::msleep(5);
    }
    if (alive()) {
        ::kill(pid_t(pid), SIGKILL);
    }
}

void row(const char *what, const Stats &s, const char *unit, int runs)
{
    std::printf("| %-28s | %9.1f | %9.1f | %9.1f | %9.1f | %-4s | %5d |\n", what, s.median, s.p99, s.min, s.max, unit, runs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = qEnvironmentVariableIntValue("BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("BENCH_RUNS") : 10;

    QTemporaryDir scratch(QDir::tempPath() + "/ttb-XXXXXX"_L1);
    QDir(scratch.path()).mkpath(u"run"_s);
    QFile::setPermissions(scratch.path() + "/run"_L1, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(scratch.path() + "/run"_L1));
    qputenv("XDG_STATE_HOME", QFile::encodeName(scratch.path() + "/state"_L1));
    const QString socket = scratch.path() + "/run/teleterm/daemon.sock"_L1;
    const QString windowLog = scratch.path() + "/state/teleterm/window.log"_L1;
    auto channel = Teleterm::makeLocalChannel(socket);
    auto stub = teleterm::v1::DaemonService::NewStub(channel);

    std::printf("| %-28s | %9s | %9s | %9s | %9s | %-4s | %5s |\n", "figure", "median", "p99", "min", "max", "unit", "runs");
    std::printf("|%s|%s|%s|%s|%s|%s|%s|\n", "------------------------------", "-----------", "-----------", "-----------", "-----------", "------", "-------");

    std::vector<double> cold;
    for (int i = 0; i < runs; ++i) {
        QProcess daemon;
        QElapsedTimer clock;
        clock.start();
        daemon.start(program("teleterm-daemon"), {});
        // A fresh channel for every attempt: a channel that has failed waits out its reconnect
        // backoff, and that wait is not the daemon's.
        while (!healthy(*teleterm::v1::DaemonService::NewStub(Teleterm::makeLocalChannel(socket))) && clock.elapsed() < 10000) {
            QThread::usleep(500);
        }
        cold.push_back(double(clock.nsecsElapsed()) / 1e6);
        daemon.terminate();
        daemon.waitForFinished(5000);
    }
    row("daemon cold start", stats(cold), "ms", runs);

    // The window when no daemon runs: it has to start one.
    std::vector<double> coldWindow;
    for (int i = 0; i < runs; ++i) {
        QFile::remove(windowLog);
        QProcess window;
        const qint64 spawned = QDateTime::currentMSecsSinceEpoch();
        window.start(program("teleterm"), {});
        if (const auto linked = waitForLogLine(windowLog, u"connected to teleterm-daemon"_s, 20000)) {
            coldWindow.push_back(double(*linked - spawned));
        }
        window.terminate();
        window.waitForFinished(5000);
        // The daemon the window started outlives it; stop it for the next run, and wait until it
        // has let go of its lock (a daemon started while it shuts down would be refused).
        stopService(socket + ".lock"_L1);
    }

    QProcess daemon;
    daemon.start(program("teleterm-daemon"), {});
    {
        QElapsedTimer clock;
        clock.start();
        while (!healthy(*stub) && clock.elapsed() < 20000) {
            QThread::msleep(1);
        }
        if (!healthy(*stub)) {
            std::printf("\nteleterm-daemon did not answer GetHealth within 20 s: no health or window figures\n");
            stopService(scratch.path() + "/run/teleterm/ptyhost.sock.lock"_L1);
            return 0;
        }
    }
    std::vector<double> trips;
    for (int i = 0; i < 2000; ++i) {
        QElapsedTimer clock;
        clock.start();
        healthy(*stub, 2000ms);
        trips.push_back(double(clock.nsecsElapsed()) / 1e3);
    }
    row("health round trip", stats(trips), "us", 2000);

    std::vector<double> firstFrame, connected, pss;
    for (int i = 0; i < runs; ++i) {
        QFile::remove(windowLog);
        QProcess window;
        const qint64 spawned = QDateTime::currentMSecsSinceEpoch();
        window.start(program("teleterm"), {});
        const auto frame = waitForLogLine(windowLog, u"first frame at"_s, 20000);
        const auto linked = waitForLogLine(windowLog, u"connected to teleterm-daemon"_s, 20000);
        if (frame) {
            firstFrame.push_back(double(*frame - spawned));
        }
        if (linked) {
            connected.push_back(double(*linked - spawned));
        }
        if (i == 0) {
            QThread::sleep(2); // idle
            QCoreApplication::processEvents();
            pss.push_back(double(pssKiB(window.processId()) + pssKiB(daemon.processId())) / 1024.0);
        }
        window.terminate();
        window.waitForFinished(5000);
    }
    if (!firstFrame.empty()) {
        row("window first frame", stats(firstFrame), "ms", int(firstFrame.size()));
    }
    if (!connected.empty()) {
        row("window connected to daemon", stats(connected), "ms", int(connected.size()));
    }
    if (!coldWindow.empty()) {
        row("window started a daemon", stats(coldWindow), "ms", int(coldWindow.size()));
    }
    if (!pss.empty()) {
        row("PSS window + daemon, idle", stats(pss), "MiB", 1);
    }
    std::printf("\nplatform: %s, Qt Quick backend: %s\n",
                qEnvironmentVariable("QT_QPA_PLATFORM", u"(default)"_s).toUtf8().constData(),
                qEnvironmentVariable("QT_QUICK_BACKEND", u"(default)"_s).toUtf8().constData());
    daemon.terminate();
    daemon.waitForFinished(5000);
    // The windows started a PTY host, which outlives them by design.
    stopService(scratch.path() + "/run/teleterm/ptyhost.sock.lock"_L1);
    return 0;
}
