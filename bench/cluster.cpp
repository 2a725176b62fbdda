// The window with a logged-in cluster, measured the way a user meets it, and a cluster of 100,000
// servers.
//
//   first resources   spawn of teleterm, whose workspace shows the sandbox's resources, until the
//                     first page is in its model (the window logs "first resources at")
//   PSS, one cluster  window + daemon + PTY host, the cluster's resources shown, idle
//   PSS, ten tabs     the same with ten terminal tabs, each holding 10,000 lines of scrollback;
//                     beside it (--xterm-js DRIVER) Chromium with ten xterm.js terminals as full
//   at scale          the window in this process on a sandbox listing --servers N (100,000)
//                     servers: its first page, scrolled to the end, a search, a label; its PSS
//                     with the first page and with every row
//
// Each part runs in scratch runtime, state and config directories of its own (ScratchRuntime,
// as the tests do), so the user's own daemon is untouched; the sandbox runs without PostgreSQL.
#include "appengine.h"
#include "daemonclient.h"
#include "finditem.h"
#include "heldxterm.h"
#include "lsoutput.h"
#include "measure.h"
#include "ptyhostclient.h"
#include "resourcesmodel.h"
#include "sandboxprocess.h"
#include "scratchruntime.h"
#include "summary.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Teleterm::Bench;
using Teleterm::Test::program;
using Teleterm::Test::SandboxProcess;
using Teleterm::Test::ScratchRuntime;

namespace
{

constexpr int Tabs = 10;
constexpr int ScrollbackLines = 10000;

void row(const char *what, double value, const char *unit, const QString &note = {})
{
    std::printf("| %-40s | %10.1f | %-4s | %s\n", what, value, unit, qPrintable(note));
}

// The sandbox without PostgreSQL (nothing here connects to a database, and initdb is slow).
bool startSandbox(SandboxProcess &sandbox, const ScratchRuntime &runtime, const QStringList &arguments)
{
    return sandbox.start(runtime.root() + "/sandbox"_L1, QJsonObject{{u"postgres"_s, QJsonObject{{u"enabled"_s, false}}}}, arguments);
}

// Adds the sandbox with teleterm-cli and logs in as alice (every resource) with her one-time
// code, as a user at a shell would; the CLI starts the daemon in the scratch runtime directory.
// Answers the cluster's URI, or empty with the reason in `why`.
QString logIn(const SandboxProcess &sandbox, QString *why)
{
    const QStringList cli{u"--ca-file"_s, sandbox.webCa()};
    const QString name = sandbox.ready().value(u"cluster"_s).toString();
    const auto added = Teleterm::Test::run(program(u"teleterm-cli"_s), cli + QStringList{u"add"_s, sandbox.proxy()});
    const QByteArray password = sandbox.user(u"alice"_s).value(u"password"_s).toString().toUtf8();
    const auto login = Teleterm::Test::run(program(u"teleterm-cli"_s),
                                           cli + QStringList{u"login"_s, name, u"--user"_s, u"alice"_s, u"--otp"_s, sandbox.otp(u"alice"_s)},
                                           password);
    const auto clusters = Teleterm::Test::run(program(u"teleterm-cli"_s), {u"clusters"_s, u"--json"_s});
    if (added.exitCode != 0 || login.exitCode != 0 || clusters.exitCode != 0) {
        *why = QString::fromUtf8(QByteArray(added.err + login.err + clusters.err).trimmed());
        return {};
    }
    return QJsonDocument::fromJson(clusters.out).array().at(0).toObject().value(u"uri"_s).toString();
}

// The window's tabs for its next start: the cluster's resources in front, then `terminals`.
void writeWorkspace(const ScratchRuntime &runtime, const QString &cluster, const QJsonArray &terminals = {})
{
    QJsonArray tabs{QJsonObject{{u"kind"_s, u"resources"_s}, {u"cluster"_s, cluster}, {u"title"_s, cluster.section(u'/', -1)}, {u"workspace"_s, cluster}}};
    for (const QJsonValue &terminal : terminals) {
        tabs.append(terminal);
    }
    QDir().mkpath(runtime.stateDir());
    QFile file(runtime.stateDir() + "/workspace.json"_L1);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"current"_s, 0}, {u"workspace"_s, cluster}, {u"tabs"_s, tabs}}).toJson());
    }
}

// The first `lines` lines of the benchmarks' coloured ls -l output, CR LF ended, in a file.
QString writeLines(const QString &path, int lines)
{
    const QByteArray all = lsOutput(qsizetype(lines) * 120);
    qsizetype end = 0;
    for (int i = 0; i < lines && end >= 0; ++i) {
        end = all.indexOf("\r\n", end);
        end = end < 0 ? end : end + 2;
    }
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(end < 0 ? all : all.left(end));
    }
    return path;
}

// Waits until the processes have used less than 30 ms of CPU in half a second (after at least
// two seconds, at most `timeoutMs`): the window has drawn, the host has passed on what it had.
void waitUntilIdle(const std::vector<qint64> &pids, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    const auto total = [&] {
        double sum = 0;
        for (const qint64 pid : pids) {
            sum += cpuSeconds(pid);
        }
        return sum;
    };
    double before = total();
    while (clock.elapsed() < timeoutMs) {
        QThread::msleep(500);
        const double now = total();
        if (clock.elapsed() >= 2000 && now - before < 0.03) {
            return;
        }
        before = now;
    }
}

// Processes below `root` whose command is `name`.
int countBelow(qint64 root, const QByteArray &name)
{
    int count = 0;
    for (const qint64 pid : processTree(root)) {
        QFile comm(u"/proc/%1/comm"_s.arg(pid));
        count += comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name ? 1 : 0;
    }
    return count;
}

// Runs the event loop until `done` holds, looked at whenever the model says something changed.
// QTest::qWaitFor sleeps 10 ms between looks: every page's round trip would count those naps.
bool waitForModel(Teleterm::Models::ResourcesModel *model, const std::function<bool()> &done, int timeoutMs)
{
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QObject scope;
    const auto look = [&] {
        if (done()) {
            loop.quit();
        }
    };
    QObject::connect(model, &Teleterm::Models::ResourcesModel::loadingChanged, &scope, look);
    QObject::connect(model, &Teleterm::Models::ResourcesModel::countChanged, &scope, look);
    QObject::connect(model, &Teleterm::Models::ResourcesModel::errorChanged, &scope, look);
    QTimer::singleShot(timeoutMs, &scope, [&] {
        loop.quit();
    });
    loop.exec();
    return done();
}

// Milliseconds until the model's new query has its first answer (its first page of rows, or that
// nothing matches), counted from when it asked (past the search field's settling); -1 when the
// cluster refused or nothing came within a minute.
double untilFirstRows(Teleterm::Models::ResourcesModel *model, const std::function<void()> &change)
{
    QElapsedTimer asked;
    const auto connection = QObject::connect(model, &Teleterm::Models::ResourcesModel::loadingChanged, model, [&] {
        if (model->loading() && !asked.isValid()) {
            asked.start();
        }
    });
    change();
    const bool came = waitForModel(
        model,
        [&] {
            return asked.isValid() && !model->loading() && (model->count() > 0 || model->complete() || !model->error().isEmpty());
        },
        60000);
    QObject::disconnect(connection);
    return came && model->error().isEmpty() ? double(asked.nsecsElapsed()) / 1e6 : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption xtermJs(u"xterm-js"_s,
                                     u"Also measure Chromium with ten xterm.js terminals, with this driver (bench/xterm/run.mjs)."_s,
                                     u"DRIVER"_s);
    const QCommandLineOption servers(u"servers"_s, u"How many servers the cluster at scale lists (default 100000)."_s, u"N"_s, u"100000"_s);
    parser.addOptions({xtermJs, servers});
    parser.process(app);
    const int runs = qEnvironmentVariableIntValue("BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("BENCH_RUNS") : 10;
    const int serverCount = std::max(1, parser.value(servers).toInt());

    std::printf("| %-40s | %10s | %-4s | %s\n", "figure", "value", "unit", "note");
    std::printf("|%s|%s|%s|%s\n", "------------------------------------------", "------------", "------", "---");

    // Part one: the sandbox as `scripts/run` starts it (two real sshd nodes), in the real window.
    {
        auto runtime = std::make_unique<ScratchRuntime>();
        SandboxProcess sandbox;
        QString why;
        if (!startSandbox(sandbox, *runtime, {u"--nodes"_s, u"2"_s})) {
            std::printf("\nthe sandbox did not start: no cluster figures\n");
            return 0;
        }
        const QString cluster = logIn(sandbox, &why);
        if (cluster.isEmpty()) {
            std::printf("\nteleterm-cli could not log in to the sandbox (%s): no cluster figures\n", qPrintable(why));
            return 0;
        }
        const QString windowLog = runtime->stateDir() + "/window.log"_L1;
        const QString daemonLock = runtime->runtimeDir() + "/daemon.sock.lock"_L1;
        const QString hostLock = runtime->runtimeDir() + "/ptyhost.sock.lock"_L1;
        const auto services = [&](qint64 window) {
            return std::vector<qint64>{window, lockHolder(daemonLock), lockHolder(hostLock)};
        };

        std::vector<double> firstFrame, firstResources;
        double idle = 0;
        for (int i = 0; i < runs; ++i) {
            QFile::remove(windowLog);
            writeWorkspace(*runtime, cluster);
            QProcess window;
            const qint64 spawned = QDateTime::currentMSecsSinceEpoch();
            window.start(program(u"teleterm"_s), {});
            const auto frame = waitForLogLine(windowLog, u"first frame at"_s, 20000);
            const auto resources = waitForLogLine(windowLog, u"first resources at"_s, 20000);
            if (frame && resources) {
                firstFrame.push_back(double(*frame - spawned));
                firstResources.push_back(double(*resources - spawned));
            }
            if (i == 0) {
                waitUntilIdle(services(window.processId()), 20000);
                idle = pssMiB(services(window.processId()));
            }
            window.terminate();
            window.waitForFinished(10000);
        }
        if (firstResources.empty()) {
            std::printf("\nthe window never logged its first resources (see %s)\n", qPrintable(windowLog));
        } else {
            const Stats s = stats(firstResources);
            row("window first frame, logged in", stats(firstFrame).median, "ms", u"median of %1"_s.arg(firstFrame.size()));
            row("window first page of resources", s.median, "ms", u"median of %1, min %2, max %3"_s.arg(firstResources.size()).arg(s.min).arg(s.max));
            row("PSS window + daemon + host, one cluster", idle, "MiB", u"idle, the cluster's resources shown"_s);
            summarize("start.resources", u"start-up: window, spawn to first page of a cluster's resources"_s, s.median, "ms", Better::Lower);
            summarize("memory.cluster",
                      u"memory: window + daemon + PTY host, PSS idle, one cluster"_s,
                      idle,
                      "MiB",
                      Better::Lower,
                      {u"ref.xterm.pss"_s, u"ref.bare.pss"_s});
        }

        // Ten terminal tabs, each a shell that prints 10,000 lines and a screen more, then waits.
        const QString lines = writeLines(runtime->root() + "/lines.txt"_L1, ScrollbackLines + 100);
        QJsonArray terminals;
        for (int i = 0; i < Tabs; ++i) {
            const QString command = u"stty -onlcr; cat '%1'; exec sleep 100000"_s.arg(lines);
            terminals.append(QJsonObject{
                {u"kind"_s, u"terminal"_s},
                {u"title"_s, u"lines %1"_s.arg(i + 1)},
                {u"cwd"_s, runtime->root()},
                {u"launch"_s,
                 QJsonObject{{u"program"_s, u"/bin/sh"_s}, {u"args"_s, QJsonArray{u"-c"_s, command}}, {u"tag"_s, u"shell"_s}, {u"title"_s, u"lines"_s}}},
                {u"workspace"_s, cluster},
            });
        }
        writeWorkspace(*runtime, cluster, terminals);
        QProcess window;
        window.start(program(u"teleterm"_s), {});
        const bool printed = QTest::qWaitFor(
            [&] {
                return countBelow(lockHolder(hostLock), "sleep") >= Tabs; // every cat is done
            },
            60000);
        const int full = printed ? Tabs : countBelow(lockHolder(hostLock), "sleep");
        waitUntilIdle(services(window.processId()), 60000);
        const double tabs = pssMiB(services(window.processId()));
        window.terminate();
        window.waitForFinished(10000);
        stopService(hostLock); // with its ten PTYs, so that nothing later finds them
        if (full < Tabs) {
            std::printf("\nonly %d of %d terminal tabs printed their lines within a minute\n", full, Tabs);
        }
        row("PSS window + daemon + host, 10 full tabs", tabs, "MiB", u"%1 tabs of %2 lines of scrollback"_s.arg(full).arg(ScrollbackLines));

        // Beside it: Chromium with ten xterm.js terminals holding the same lines.
        QString skipped = parser.isSet(xtermJs) ? QString() : u"no --xterm-js DRIVER"_s;
        double xtermTabs = 0;
        if (skipped.isEmpty()) {
            HeldXterm xterm;
            if (xterm.start(parser.value(xtermJs), Tabs, lines, 300000, &skipped)) {
                QThread::sleep(2);
                xtermTabs = xterm.pss();
                row("PSS Chromium, 10 full xterm.js terminals", xtermTabs, "MiB", u"%1 processes"_s.arg(xterm.processCount()));
            }
        }
        if (!skipped.isEmpty()) {
            std::printf("Chromium with ten xterm.js terminals: skipped, %s\n", qPrintable(skipped));
        } else {
            summarize("ref.xterm.tabs", u"reference: Chromium + 10 xterm.js terminals of 10,000 lines, PSS"_s, xtermTabs, "MiB", Better::Lower);
        }
        if (full == Tabs) {
            summarize("memory.tabs",
                      u"memory: window + daemon + PTY host, 10 tabs of 10,000 lines, PSS"_s,
                      tabs,
                      "MiB",
                      Better::Lower,
                      {u"ref.xterm.tabs"_s, u"ref.bare.pss"_s});
        }
        sandbox.stop();
        runtime.reset(); // kills the daemon it holds
    }

    // Part two: the window in this process, on a cluster of many servers (listed by the sandbox's
    // control plane only). Its log goes to a file, not into the table.
    auto runtime = std::make_unique<ScratchRuntime>();
    SandboxProcess sandbox;
    QString why;
    if (!startSandbox(sandbox, *runtime, {u"--nodes"_s, u"0"_s, u"--listed-servers"_s, QString::number(serverCount), u"--cluster-name"_s, u"scale"_s})) {
        std::printf("\nthe sandbox with %d servers did not start: no figures at scale\n", serverCount);
        return 0;
    }
    const QString cluster = logIn(sandbox, &why);
    if (cluster.isEmpty()) {
        std::printf("\nteleterm-cli could not log in to the sandbox at scale (%s): no figures at scale\n", qPrintable(why));
        return 0;
    }
    writeWorkspace(*runtime, cluster);
    static QFile windowLog(runtime->root() + "/window.log"_L1);
    if (windowLog.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
            windowLog.write(message.toUtf8() + '\n');
        });
    }
    Teleterm::App::prepareQuickControls();
    auto daemon = std::make_unique<Teleterm::Backend::DaemonClient>(
        Teleterm::Backend::DaemonClient::Options{.program = program(u"teleterm-daemon"_s), .socketPath = {}, .insecure = false, .caFile = sandbox.webCa()});
    auto host = std::make_unique<Teleterm::Backend::PtyHostClient>(
        Teleterm::Backend::PtyHostClient::Options{.program = program(u"teleterm-ptyhost"_s), .socketPath = {}});
    auto engine = std::make_unique<QQmlApplicationEngine>();
    Teleterm::App::prepareEngine(*engine);

    QElapsedTimer clock;
    clock.start();
    engine->load(Teleterm::App::mainQml());
    daemon->start();
    host->start();
    auto *window = engine->rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
    QQuickItem *list = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            list = window ? Teleterm::Test::findItem(window->contentItem(), u"resourceList"_s) : nullptr;
            return list != nullptr;
        },
        20000);
    auto *model = shown ? qobject_cast<Teleterm::Models::ResourcesModel *>(list->property("model").value<QObject *>()) : nullptr;
    if (!model
        || !QTest::qWaitFor(
            [&] {
                return model->count() > 0;
            },
            60000)) {
        std::printf("\nthe window at scale showed no resources (its log: %s)\n", qPrintable(runtime->root() + "/window.log"_L1));
        return 0;
    }
    const double firstPage = double(clock.nsecsElapsed()) / 1e6;
    const int pageRows = model->count();
    QTest::qWait(1000);
    const double pssFirst = pssMiB({QCoreApplication::applicationPid()});

    // To the end, as a user dragging the scroll bar down would: the view at its end asks for the
    // next page each time one arrives.
    clock.restart();
    int pages = 0;
    while (!model->complete()) {
        const int before = model->count();
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        // Ten seconds without a new page: stalled.
        if (!waitForModel(
                model,
                [&] {
                    return model->count() > before && !model->loading();
                },
                10000)) {
            break;
        }
        ++pages;
    }
    const double toEnd = double(clock.nsecsElapsed()) / 1e6;
    const int rows = model->count();
    const bool reachedEnd = model->complete();
    QTest::qWait(1000);
    const double pssAll = pssMiB({QCoreApplication::applicationPid()});

    // A search term typed into the field (timed from the request, after the field's settling) and
    // a label clicked.
    QQuickItem *search = Teleterm::Test::findItem(window->contentItem(), u"resourceSearch"_s);
    const double searched = untilFirstRows(model, [&] {
        search->setProperty("text", u"server-0999"_s);
    });
    const int searchRows = model->count();
    const QString searchError = model->error();
    untilFirstRows(model, [&] {
        search->setProperty("text", QString());
    });
    const double labelled = untilFirstRows(model, [&] {
        model->toggleLabel(u"env=dev"_s);
    });

    row("at scale: servers listed", serverCount, "", u"the sandbox's control plane lists them; pages of %1"_s.arg(pageRows));
    row("at scale: start to first page", firstPage, "ms", u"in this process: QML loaded, daemon found, first page in the model"_s);
    row("at scale: scroll to the end",
        toEnd / 1000,
        "s",
        u"%1 rows, %2 ms a page%3"_s.arg(rows).arg(pages > 0 ? toEnd / pages : 0, 0, 'f', 1).arg(reachedEnd ? QString() : u" (stalled: not the end)"_s));
    row("at scale: search to first rows", searched, "ms", searched < 0 ? searchError : u"\"server-0999\": %1 rows in its first page"_s.arg(searchRows));
    row("at scale: label to first rows", labelled, "ms", labelled < 0 ? model->error() : u"env=dev: %1 rows in its first page"_s.arg(model->count()));
    row("at scale: PSS window, first page", pssFirst, "MiB");
    row("at scale: PSS window, every row", pssAll, "MiB", u"+%1 MiB for %2 rows"_s.arg(pssAll - pssFirst, 0, 'f', 1).arg(rows - pageRows));
    summarize("scale.first", u"at scale (%1 servers): start to first page"_s.arg(serverCount), firstPage, "ms", Better::Lower);
    if (reachedEnd) {
        summarize("scale.end", u"at scale: scroll to the end (every row)"_s, toEnd / 1000, "s", Better::Lower);
        summarize("scale.rows", u"at scale: PSS of the window's rows, all minus first page"_s, pssAll - pssFirst, "MiB", Better::Lower);
    }
    summarize("scale.search", u"at scale: search term to first rows"_s, searched, "ms", Better::Lower);
    summarize("scale.label", u"at scale: label filter to first rows"_s, labelled, "ms", Better::Lower);
    summarize("scale.pss", u"at scale: PSS of the window, every row loaded"_s, pssAll, "MiB", Better::Lower);

    engine.reset();
    host.reset();
    daemon.reset();
    sandbox.stop();
    runtime.reset();
    return 0;
}
