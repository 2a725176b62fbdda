// Start-up and footprint of the window and the daemon, measured from outside the way a user
// meets them: from the moment a process is spawned.
//
//   daemon cold start   spawn of teleterm-daemon until its first answer to GetHealth
//   health round trip   one GetHealth call over the Unix socket, daemon already running
//   window first frame  spawn of teleterm until its first frame reaches the screen
//   window connected    spawn of teleterm until it is talking to the daemon (already running)
//   PSS                 proportional set size (/proc/PID/smaps_rollup) of window + daemon, idle
//
// Beside them, the references: a bare Qt Quick Controls window (bench_barewindow, the platform's
// floor) and, with --xterm-js DRIVER, headless Chromium showing one xterm.js terminal (the floor
// of Teleport Connect's renderer): their first frames and their memory.
//
// Each run uses its own runtime and state directories, so the user's own daemon is untouched.
#include "heldxterm.h"
#include "localchannel.h"
#include "measure.h"
#include "summary.h"
#include "teleterm/v1/daemon.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using namespace Teleterm::Bench;

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

void row(const char *what, const Stats &s, const char *unit, int runs)
{
    std::printf("| %-28s | %9.1f | %9.1f | %9.1f | %9.1f | %-4s | %5d |\n", what, s.median, s.p99, s.min, s.max, unit, runs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption xtermJs(u"xterm-js"_s,
                                     u"Also measure headless Chromium with one xterm.js terminal, with this driver (bench/xterm/run.mjs)."_s,
                                     u"DRIVER"_s);
    parser.addOption(xtermJs);
    parser.process(app);
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
            pss.push_back(pssMiB({window.processId(), daemon.processId()}));
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

    // The platform's floor: a bare Qt Quick Controls window, started and measured the same way.
    std::vector<double> bareFrame, barePss;
    for (int i = 0; i < runs; ++i) {
        QProcess bare;
        const qint64 spawned = QDateTime::currentMSecsSinceEpoch();
        bare.start(program("bench_barewindow"), {});
        QByteArray said;
        while (!said.contains('\n') && bare.waitForReadyRead(20000)) {
            said += bare.readAllStandardOutput();
        }
        if (const auto frame = epochIn(QString::fromUtf8(said))) {
            bareFrame.push_back(double(*frame - spawned));
        }
        if (i == 0) {
            QThread::sleep(2); // idle, as the window above
            barePss.push_back(pssMiB({bare.processId()}));
        }
        bare.terminate();
        bare.waitForFinished(5000);
    }
    if (!bareFrame.empty()) {
        row("bare Qt window first frame", stats(bareFrame), "ms", int(bareFrame.size()));
        row("PSS bare Qt window, idle", stats(barePss), "MiB", 1);
    }

    // The floor of Teleport Connect's renderer: headless Chromium with one xterm.js terminal.
    std::vector<double> xtermFrame, xtermPss;
    QString xtermSkipped = parser.isSet(xtermJs) ? QString() : u"no --xterm-js DRIVER"_s;
    size_t xtermProcesses = 0;
    for (int i = 0; i < runs && xtermSkipped.isEmpty(); ++i) {
        HeldXterm xterm;
        if (!xterm.start(parser.value(xtermJs), 1, {}, 60000, &xtermSkipped)) {
            break;
        }
        xtermFrame.push_back(xterm.firstFrameMs());
        if (i == 0) {
            QThread::sleep(2);
            xtermPss.push_back(xterm.pss());
            xtermProcesses = xterm.processCount();
        }
    }
    if (!xtermFrame.empty()) {
        row("Chromium xterm.js 1st frame", stats(xtermFrame), "ms", int(xtermFrame.size()));
        row("PSS Chromium xterm.js, idle", stats(xtermPss), "MiB", 1);
    }
    std::printf("\nplatform: %s, Qt Quick backend: %s\n",
                qEnvironmentVariable("QT_QPA_PLATFORM", u"(default)"_s).toUtf8().constData(),
                qEnvironmentVariable("QT_QUICK_BACKEND", u"(default)"_s).toUtf8().constData());
    if (!xtermSkipped.isEmpty()) {
        std::printf("Chromium with xterm.js: skipped, %s\n", qPrintable(xtermSkipped));
    } else {
        std::printf("Chromium with xterm.js: PSS summed over its %zu processes; first frame from spawning Chromium to the frame after the terminal opened\n",
                    xtermProcesses);
    }

    // The headline figures, for bench/run's table.
    if (!cold.empty()) {
        summarize("start.daemon", u"start-up: daemon, spawn to first answer"_s, stats(cold).median, "ms", Better::Lower);
    }
    if (!bareFrame.empty()) {
        summarize("ref.bare.frame", u"reference: bare Qt Quick window, spawn to first frame"_s, stats(bareFrame).median, "ms", Better::Lower);
        summarize("ref.bare.pss", u"reference: bare Qt Quick window, PSS idle"_s, barePss.front(), "MiB", Better::Lower);
    }
    if (!xtermFrame.empty()) {
        summarize("ref.xterm.frame", u"reference: Chromium + xterm.js page, spawn to first frame"_s, stats(xtermFrame).median, "ms", Better::Lower);
        summarize("ref.xterm.pss",
                  u"reference: Chromium + one xterm.js terminal, PSS idle (%1 processes)"_s.arg(xtermProcesses),
                  xtermPss.front(),
                  "MiB",
                  Better::Lower);
    }
    if (!firstFrame.empty()) {
        summarize("start.frame",
                  u"start-up: window, spawn to first frame"_s,
                  stats(firstFrame).median,
                  "ms",
                  Better::Lower,
                  {u"ref.xterm.frame"_s, u"ref.bare.frame"_s});
    }
    if (!pss.empty()) {
        summarize("memory.bare",
                  u"memory: window + daemon, PSS idle, no cluster"_s,
                  pss.front(),
                  "MiB",
                  Better::Lower,
                  {u"ref.xterm.pss"_s, u"ref.bare.pss"_s});
    }
    daemon.terminate();
    daemon.waitForFinished(5000);
    // The windows started a PTY host, which outlives them by design.
    stopService(scratch.path() + "/run/teleterm/ptyhost.sock.lock"_L1);
    return 0;
}
