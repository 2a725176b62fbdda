// teleterm-ptyhost over its real socket: PTYs with their programs, arguments, environment and
// directory; resizing; exit codes and start errors; a window that goes away and comes back to
// its PTYs' recent output; killing a PTY; back-pressure from a client that does not read; and a
// SIGTERM that leaves no program behind.
#include "catalogue.h"
#include "localchannel.h"
#include "scratchruntime.h"

#include "ptyhost/v1/ptyhost.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Teleterm::Test;
using namespace std::chrono_literals;

namespace
{

using Stub = ptyhost::v1::PtyHostService::Stub;

std::chrono::system_clock::time_point deadline()
{
    return std::chrono::system_clock::now() + 10s;
}

// Whether the kernel still has the process, zombie or not: a zombie would mean nobody reaped it.
bool processExists(qint64 pid)
{
    return pid > 0 && QFile::exists(u"/proc/%1"_s.arg(pid));
}

// The resident memory of a process, in KiB.
qint64 residentKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

// The first child of a process, 0 when it has none.
qint64 childOf(qint64 pid)
{
    QFile children(u"/proc/%1/task/%1/children"_s.arg(pid));
    if (!children.open(QIODevice::ReadOnly)) {
        return 0;
    }
    return children.readAll().simplified().split(' ').value(0).toLongLong();
}

// One ManagePtyProcess stream, as a window would hold it: a thread reads the host's events into
// what the test inspects; the test writes keystrokes and sizes.
class Terminal
{
    static grpc::ClientContext *naming(grpc::ClientContext *context, const QString &language)
    {
        if (!language.isEmpty()) {
            context->AddMetadata("accept-language", language.toStdString());
        }
        return context;
    }

public:
    // `language`: the one the stream names, in which the host says why a program did not start.
    Terminal(const std::shared_ptr<grpc::Channel> &channel, const std::string &id, quint32 columns = 80, quint32 rows = 24, const QString &language = {})
        : m_stub(ptyhost::v1::PtyHostService::NewStub(channel))
        , m_stream(m_stub->ManagePtyProcess(naming(&m_context, language)))
    {
        ptyhost::v1::PtyClientEvent start;
        start.mutable_start()->set_id(id);
        start.mutable_start()->set_columns(columns);
        start.mutable_start()->set_rows(rows);
        m_stream->Write(start);
        m_reader = std::thread([this] {
            readEvents();
        });
    }
    ~Terminal()
    {
        cancel();
    }
    Terminal(const Terminal &) = delete;
    Terminal &operator=(const Terminal &) = delete;

    // False once the stream is gone.
    bool write(const QByteArray &bytes)
    {
        ptyhost::v1::PtyClientEvent event;
        event.mutable_data()->set_data(bytes.toStdString());
        return m_stream->Write(event);
    }
    void resize(quint32 columns, quint32 rows)
    {
        ptyhost::v1::PtyClientEvent event;
        event.mutable_resize()->set_columns(columns);
        event.mutable_resize()->set_rows(rows);
        m_stream->Write(event);
    }
    // Drops the stream as a window that dies would.
    void cancel()
    {
        m_context.TryCancel();
        if (m_reader.joinable()) {
            m_pausedReading = false;
            m_reader.join();
        }
    }
    // While paused, the stream's messages are not read: the client is slow.
    void setReadingPaused(bool paused)
    {
        m_pausedReading = paused;
    }

    [[nodiscard]] bool waitForOutput(const QByteArray &text, int timeoutMs = 10000)
    {
        const bool seen = QTest::qWaitFor(
            [&] {
                return output().contains(text);
            },
            timeoutMs);
        if (!seen) {
            qWarning() << "never saw" << text << "in" << output().right(2000);
        }
        return seen;
    }
    [[nodiscard]] bool waitForEnd(int timeoutMs = 10000)
    {
        return QTest::qWaitFor(
            [&] {
                return ended();
            },
            timeoutMs);
    }

    [[nodiscard]] QByteArray output() const
    {
        std::lock_guard lock(m_mutex);
        return m_output;
    }
    [[nodiscard]] qint64 outputSize() const
    {
        std::lock_guard lock(m_mutex);
        return m_outputSize;
    }
    [[nodiscard]] std::optional<ptyhost::v1::PtyEventOpen> open() const
    {
        std::lock_guard lock(m_mutex);
        return m_open;
    }
    [[nodiscard]] std::optional<ptyhost::v1::PtyEventExit> exit() const
    {
        std::lock_guard lock(m_mutex);
        return m_exit;
    }
    // The output that had arrived when the exit did.
    [[nodiscard]] QByteArray outputBeforeExit() const
    {
        std::lock_guard lock(m_mutex);
        return m_outputBeforeExit;
    }
    [[nodiscard]] QString startError() const
    {
        std::lock_guard lock(m_mutex);
        return m_startError;
    }
    [[nodiscard]] std::optional<ptyhost::v1::PtyEventResize> lastResize() const
    {
        std::lock_guard lock(m_mutex);
        return m_resize;
    }
    [[nodiscard]] bool ended() const
    {
        std::lock_guard lock(m_mutex);
        return m_ended;
    }
    [[nodiscard]] grpc::StatusCode endStatus() const
    {
        std::lock_guard lock(m_mutex);
        return m_status.error_code();
    }
    [[nodiscard]] QString endMessage() const
    {
        std::lock_guard lock(m_mutex);
        return QString::fromStdString(m_status.error_message());
    }

private:
    void readEvents()
    {
        ptyhost::v1::PtyServerEvent event;
        for (;;) {
            while (m_pausedReading) {
                std::this_thread::sleep_for(10ms);
            }
            if (!m_stream->Read(&event)) {
                break;
            }
            std::lock_guard lock(m_mutex);
            if (event.has_open()) {
                m_open = event.open();
                m_output.append(QByteArray::fromStdString(event.open().replay()));
            } else if (event.has_data()) {
                m_outputSize += qint64(event.data().data().size());
                // Keeps the tail only: the flood tests send hundreds of megabytes.
                m_output.append(QByteArray::fromStdString(event.data().data()));
                if (m_output.size() > 4 * 1024 * 1024) {
                    m_output = m_output.right(1024 * 1024);
                }
            } else if (event.has_exit()) {
                m_exit = event.exit();
                m_outputBeforeExit = m_output;
            } else if (event.has_start_error()) {
                m_startError = QString::fromStdString(event.start_error().message());
            } else if (event.has_resize()) {
                m_resize = event.resize();
            }
        }
        const grpc::Status status = m_stream->Finish();
        std::lock_guard lock(m_mutex);
        m_status = status;
        m_ended = true;
    }

    std::unique_ptr<Stub> m_stub;
    grpc::ClientContext m_context;
    std::unique_ptr<grpc::ClientReaderWriter<ptyhost::v1::PtyClientEvent, ptyhost::v1::PtyServerEvent>> m_stream;
    std::thread m_reader;
    std::atomic<bool> m_pausedReading = false;

    mutable std::mutex m_mutex;
    QByteArray m_output;
    qint64 m_outputSize = 0;
    QByteArray m_outputBeforeExit;
    std::optional<ptyhost::v1::PtyEventOpen> m_open;
    std::optional<ptyhost::v1::PtyEventExit> m_exit;
    std::optional<ptyhost::v1::PtyEventResize> m_resize;
    QString m_startError;
    bool m_ended = false;
    grpc::Status m_status;
};

} // namespace

class TestPtyHost : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScratchRuntime> m_runtime;
    std::unique_ptr<QProcess> m_host;
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<Stub> m_stub;

    [[nodiscard]] QString socket() const
    {
        return m_runtime->runtimeDir() + "/ptyhost.sock"_L1;
    }

    // A fresh channel and stub, as a window that restarted would have.
    void reconnect()
    {
        m_channel = Teleterm::makeLocalChannel(socket());
        m_stub = ptyhost::v1::PtyHostService::NewStub(m_channel);
    }

    struct Created {
        grpc::Status status;
        std::string id;
    };
    Created create(const QString &path,
                   const QStringList &args,
                   const QMap<QString, QString> &env = {},
                   const QByteArray &initialMessage = {},
                   const QString &cwd = {},
                   const QString &language = {})
    {
        ptyhost::v1::CreatePtyProcessRequest request;
        request.set_path(path.toStdString());
        for (const QString &arg : args) {
            request.add_args(arg.toStdString());
        }
        // A prompt that no test's output can be confused with, and no user's shell startup file.
        (*request.mutable_env())["PS1"] = "$ ";
        (*request.mutable_env())["ENV"] = "";
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            (*request.mutable_env())[it.key().toStdString()] = it.value().toStdString();
        }
        request.set_cwd(cwd.toStdString());
        request.set_initial_message(initialMessage.toStdString());
        request.set_columns(80);
        request.set_rows(24);
        request.set_title("a title");
        request.set_tag("tab-1");
        grpc::ClientContext context;
        context.set_deadline(deadline());
        ptyhost::v1::PtyId response;
        Created created;
        created.status = m_stub->CreatePtyProcess(&context, request, &response);
        created.id = response.id();
        return created;
    }

    std::optional<ptyhost::v1::PtyProcessInfo> find(const std::string &id)
    {
        grpc::ClientContext context;
        context.set_deadline(deadline());
        ptyhost::v1::ListPtyProcessesResponse response;
        const grpc::Status status = m_stub->ListPtyProcesses(&context, {}, &response);
        if (!status.ok()) {
            qWarning() << "ListPtyProcesses:" << status.error_message().c_str();
            return std::nullopt;
        }
        for (const auto &process : response.processes()) {
            if (process.id() == id) {
                return process;
            }
        }
        return std::nullopt;
    }

    grpc::Status kill(const std::string &id)
    {
        grpc::ClientContext context;
        context.set_deadline(deadline());
        ptyhost::v1::PtyId request;
        request.set_id(id);
        ptyhost::v1::KillPtyProcessResponse response;
        return m_stub->KillPtyProcess(&context, request, &response);
    }

    QString cwd(const std::string &id)
    {
        grpc::ClientContext context;
        context.set_deadline(deadline());
        ptyhost::v1::PtyId request;
        request.set_id(id);
        ptyhost::v1::PtyCwd response;
        const grpc::Status status = m_stub->GetCwd(&context, request, &response);
        return status.ok() ? QString::fromStdString(response.cwd()) : u"error: "_s + QString::fromStdString(status.error_message());
    }

    // An interactive shell in a new PTY, attached.
    std::unique_ptr<Terminal> shell(std::string *id, const QMap<QString, QString> &env = {}, const QString &cwd = {})
    {
        const Created created = create(u"/bin/sh"_s, {}, env, {}, cwd);
        if (!created.status.ok()) {
            qWarning() << "CreatePtyProcess:" << created.status.error_message().c_str();
            return nullptr;
        }
        *id = created.id;
        auto terminal = std::make_unique<Terminal>(m_channel, created.id);
        if (!terminal->waitForOutput("$ ")) {
            return nullptr;
        }
        return terminal;
    }

private Q_SLOTS:
    void init()
    {
        m_runtime = std::make_unique<ScratchRuntime>();
        QVERIFY(m_runtime->isValid());
        m_host = std::make_unique<QProcess>();
        m_host->setProgram(program(u"teleterm-ptyhost"_s));
        m_host->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_host->start();
        QVERIFY(m_host->waitForStarted(5000));
        QVERIFY(waitForSocket(socket()));
        reconnect();
        QVERIFY(QTest::qWaitFor(
            [&] {
                grpc::ClientContext context;
                context.set_deadline(std::chrono::system_clock::now() + 1s);
                ptyhost::v1::Health health;
                return m_stub->GetHealth(&context, {}, &health).ok();
            },
            10000));
    }

    void cleanup()
    {
        // Whatever the checks below say, the next case starts from nothing of this one's.
        const auto reset = qScopeGuard([this] {
            m_host.reset();
            m_runtime.reset();
        });
        m_stub.reset();
        m_channel.reset();
        if (m_host && m_host->state() != QProcess::NotRunning) {
            m_host->terminate();
            // Generous: under the sanitizers, ending a flooded stream takes its time.
            if (!m_host->waitForFinished(60000)) {
                m_host->kill();
                m_host->waitForFinished(5000);
            }
            // A clean exit: under ASan this is also where a leak would show.
            QCOMPARE(m_host->exitStatus(), QProcess::NormalExit);
            QCOMPARE(m_host->exitCode(), 0);
        }
    }

    void shellGetsArgumentsEnvironmentAndDirectory()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const Created created = create(u"/bin/sh"_s, {u"-s"_s, u"first-arg"_s}, {{u"FOO"_s, u"from-the-env"_s}}, {}, directory.path());
        QVERIFY2(created.status.ok(), created.status.error_message().c_str());
        Terminal terminal(m_channel, created.id);
        QVERIFY(terminal.waitForOutput("$ "));
        QVERIFY(terminal.open().has_value());
        QVERIFY(!terminal.open()->reattached());
        QVERIFY(terminal.open()->pid() > 0);
        terminal.write("echo $FOO; pwd; echo arg=$1\n");
        QVERIFY(terminal.waitForOutput("from-the-env"));
        QVERIFY(terminal.waitForOutput(QFile::encodeName(directory.path())));
        QVERIFY(terminal.waitForOutput("arg=first-arg"));
        terminal.write("echo term=$TERM\n");
        QVERIFY(terminal.waitForOutput("term=xterm-256color"));

        const auto info = find(created.id);
        QVERIFY(info.has_value());
        QCOMPARE(info->path(), "/bin/sh");
        QCOMPARE(info->args_size(), 2);
        QCOMPARE(info->args(1), "first-arg");
        QCOMPARE(info->state(), ptyhost::v1::PtyProcessInfo::STATE_RUNNING);
        QCOMPARE(info->pid(), terminal.open()->pid());
        QCOMPARE(info->title(), "a title");
        QCOMPARE(info->tag(), "tab-1");
        QCOMPARE(info->cwd(), directory.path().toStdString());
        QVERIFY(info->attached());
        QVERIFY(qAbs(info->created_unix_ms() - QDateTime::currentMSecsSinceEpoch()) < 60000);
    }

    void programsGetNoneOfTheHostsDescriptors()
    {
        // ls's own descriptors: the terminal as 0, 1 and 2, and the directory it lists.
        const Created created = create(u"/bin/sh"_s, {u"-c"_s, u"exec ls /proc/self/fd"_s});
        QVERIFY(created.status.ok());
        Terminal terminal(m_channel, created.id);
        QTRY_VERIFY_WITH_TIMEOUT(terminal.exit().has_value(), 10000);
        const QList<QByteArray> descriptors = terminal.output().simplified().split(' ');
        QCOMPARE(descriptors, (QList<QByteArray>{"0", "1", "2", "3"}));
    }

    void resizeReachesTheProgram()
    {
        std::string id;
        auto terminal = shell(&id);
        QVERIFY(terminal);
        terminal->write("stty size\n");
        QVERIFY(terminal->waitForOutput("24 80"));
        terminal->resize(132, 43);
        QTRY_VERIFY_WITH_TIMEOUT(terminal->lastResize().has_value(), 10000);
        QCOMPARE(terminal->lastResize()->columns(), 132u);
        QCOMPARE(terminal->lastResize()->rows(), 43u);
        terminal->write("stty size\n");
        QVERIFY(terminal->waitForOutput("43 132"));
        QCOMPARE(find(id)->columns(), 132u);
    }

    void initialMessageRuns()
    {
        // The typed line shows $((6*7)); only running it prints 42.
        const Created created = create(u"/bin/sh"_s, {}, {}, "echo initial-$((6*7))\n");
        QVERIFY(created.status.ok());
        Terminal terminal(m_channel, created.id);
        QVERIFY(terminal.waitForOutput("initial-42"));
    }

    void exitCodeAndOutputBeforeIt()
    {
        const Created created = create(u"/bin/sh"_s, {u"-c"_s, u"echo last words; exit 7"_s});
        QVERIFY(created.status.ok());
        Terminal terminal(m_channel, created.id);
        QTRY_VERIFY_WITH_TIMEOUT(terminal.exit().has_value(), 10000);
        QCOMPARE(terminal.exit()->exit_code(), 7);
        QCOMPARE(terminal.exit()->signal(), 0);
        QVERIFY2(terminal.outputBeforeExit().contains("last words"), terminal.outputBeforeExit().constData());

        // Reaped at once (no zombie), and still listed and readable until it is killed.
        const qint64 pid = terminal.open()->pid();
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 5000);
        const auto info = find(created.id);
        QVERIFY(info.has_value());
        QCOMPARE(info->state(), ptyhost::v1::PtyProcessInfo::STATE_EXITED);
        QCOMPARE(info->exit().exit_code(), 7);
        terminal.cancel();
        Terminal again(m_channel, created.id);
        QTRY_VERIFY_WITH_TIMEOUT(again.exit().has_value(), 10000);
        QVERIFY(again.open()->reattached());
        QVERIFY(again.output().contains("last words"));
        QCOMPARE(again.exit()->exit_code(), 7);
    }

    void exitIsReportedWhileABackgroundJobHoldsTheTerminal()
    {
        // The terminal never reads as closed while the job holds it: the exit still comes, after
        // the output the program wrote.
        const Created created = create(u"/bin/sh"_s, {u"-c"_s, u"sleep 30 & echo background started; exit 3"_s});
        QVERIFY(created.status.ok());
        Terminal terminal(m_channel, created.id);
        QTRY_VERIFY_WITH_TIMEOUT(terminal.exit().has_value(), 10000);
        QCOMPARE(terminal.exit()->exit_code(), 3);
        QVERIFY(terminal.outputBeforeExit().contains("background started"));
    }

    void signalIsReported()
    {
        const Created created = create(u"/bin/sh"_s, {u"-c"_s, u"kill -TERM $$"_s});
        QVERIFY(created.status.ok());
        Terminal terminal(m_channel, created.id);
        QTRY_VERIFY_WITH_TIMEOUT(terminal.exit().has_value(), 10000);
        QCOMPARE(terminal.exit()->signal(), SIGTERM);
    }

    void missingProgramIsAStartError_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("cwd");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("error");
        QTest::newRow("absolute path") << u"/nonexistent/program"_s << QString() << QString()
                                       << u"cannot run /nonexistent/program: No such file or directory"_s;
        QTest::newRow("not in PATH") << u"teleterm-no-such-program"_s << QString() << QString() << u"cannot find teleterm-no-such-program in PATH"_s;
        QTest::newRow("missing directory") << u"/bin/sh"_s << u"/nonexistent/dir"_s << QString()
                                           << u"cannot change to the directory /nonexistent/dir: No such file or directory"_s;
        // Said in the language the stream names, from the window's catalogue.
        for (const QString &language : {u"de"_s, u"ja"_s, u"ar"_s}) {
            const QString said = serviceText(language, "cannot find %1 in PATH");
            QVERIFY(!said.isEmpty() && !said.contains(u"cannot find"_s));
            QTest::addRow("not in PATH, in %s", qPrintable(language))
                << u"teleterm-no-such-program"_s << QString() << language << said.arg(u"teleterm-no-such-program"_s);
        }
    }
    void missingProgramIsAStartError()
    {
        QFETCH(QString, path);
        QFETCH(QString, cwd);
        QFETCH(QString, language);
        QFETCH(QString, error);
        const Created created = create(path, {}, {}, {}, cwd);
        QVERIFY(created.status.ok());
        Terminal terminal(m_channel, created.id, 80, 24, language);
        QVERIFY(terminal.waitForEnd());
        QCOMPARE(terminal.startError(), error);
        QCOMPARE(terminal.endStatus(), grpc::StatusCode::OK);
        const auto info = find(created.id);
        QCOMPARE(info->state(), ptyhost::v1::PtyProcessInfo::STATE_START_FAILED);
        QCOMPARE(QString::fromStdString(info->start_error()), error);
        QVERIFY(kill(created.id).ok());
        QVERIFY(!find(created.id).has_value());
    }

    void unknownIdIsNotFound()
    {
        Terminal terminal(m_channel, "no-such-id");
        QVERIFY(terminal.waitForEnd());
        QCOMPARE(terminal.endStatus(), grpc::StatusCode::NOT_FOUND);
        QCOMPARE(kill("no-such-id").error_code(), grpc::StatusCode::NOT_FOUND);
    }

    void windowReattachesAndGetsTheReplay()
    {
        std::string id;
        auto first = shell(&id);
        QVERIFY(first);
        first->write("echo before-$((1+1))\n");
        QVERIFY(first->waitForOutput("before-2"));
        const qint64 pid = first->open()->pid();
        first->cancel(); // the window died
        QTRY_VERIFY_WITH_TIMEOUT(!find(id)->attached(), 10000);
        QVERIFY(processAlive(pid));

        reconnect(); // and started again, with a channel of its own
        const auto info = find(id);
        QVERIFY(info.has_value());
        QCOMPARE(info->state(), ptyhost::v1::PtyProcessInfo::STATE_RUNNING);
        QCOMPARE(info->pid(), pid);

        Terminal second(m_channel, id, 80, 24, u"de"_s);
        QTRY_VERIFY_WITH_TIMEOUT(second.open().has_value(), 10000);
        QVERIFY(second.open()->reattached());
        QCOMPARE(second.open()->pid(), pid);
        QVERIFY(QByteArray::fromStdString(second.open()->replay()).contains("before-2"));
        second.write("echo after-$((2+1))\n");
        QVERIFY(second.waitForOutput("after-3"));

        // A newer attach takes over; the older stream ends, told so in its own language.
        Terminal third(m_channel, id, 80, 24, u"ja"_s);
        QVERIFY(second.waitForEnd());
        QCOMPARE(second.endStatus(), grpc::StatusCode::ABORTED);
        const QString german = serviceText(u"de"_s, "another stream attached to this PTY");
        QVERIFY(!german.isEmpty());
        QCOMPARE(second.endMessage(), german);
        QVERIFY(third.waitForOutput("after-3"));
        third.write("echo third-$((3+1))\n");
        QVERIFY(third.waitForOutput("third-4"));
    }

    void killEndsThePty()
    {
        std::string id;
        auto terminal = shell(&id);
        QVERIFY(terminal);
        const qint64 pid = terminal->open()->pid();
        QVERIFY(kill(id).ok());
        QTRY_VERIFY_WITH_TIMEOUT(terminal->exit().has_value(), 10000);
        QCOMPARE(terminal->exit()->signal(), SIGHUP);
        QVERIFY(terminal->waitForEnd());
        QCOMPARE(terminal->endStatus(), grpc::StatusCode::OK);
        QVERIFY(!find(id).has_value());
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 5000);
    }

    void killOutlastsAProgramThatIgnoresHangUps()
    {
        // SIG_IGN survives exec: neither the shell nor its sleep hears the SIGHUP.
        const Created created = create(u"/bin/sh"_s, {u"-c"_s, u"trap '' HUP; echo ready; sleep 60; echo survived"_s});
        QVERIFY(created.status.ok());
        Terminal terminal(m_channel, created.id);
        QVERIFY(terminal.waitForOutput("ready"));
        const qint64 pid = terminal.open()->pid();
        qint64 sleeper = 0;
        QTRY_VERIFY_WITH_TIMEOUT((sleeper = childOf(pid)) > 0, 5000);
        QVERIFY(kill(created.id).ok());
        QTRY_VERIFY_WITH_TIMEOUT(terminal.exit().has_value(), 10000);
        QCOMPARE(terminal.exit()->signal(), SIGKILL);
        QVERIFY(!terminal.output().contains("survived"));
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(sleeper), 5000);
    }

    void currentDirectoryFollowsTheShell()
    {
        std::string id;
        auto terminal = shell(&id);
        QVERIFY(terminal);
        terminal->write("cd /tmp\n");
        QTRY_COMPARE_WITH_TIMEOUT(cwd(id), u"/tmp"_s, 10000);
        // A job in the foreground has a directory of its own; it is what the user sees.
        terminal->write("(cd /usr && exec sleep 30)\n");
        QTRY_COMPARE_WITH_TIMEOUT(cwd(id), u"/usr"_s, 10000);
        terminal->write("\x03"); // ^C
        QTRY_COMPARE_WITH_TIMEOUT(cwd(id), u"/tmp"_s, 10000);
    }

    void slowClientDoesNotGrowTheHost()
    {
        const qint64 hostPid = m_host->processId();
        // 400 MB of output; no terminal can hold that, and the host must not either.
        const Created created = create(u"/bin/sh"_s, {u"-c"_s, u"head -c 400000000 /dev/zero"_s});
        QVERIFY(created.status.ok());
        const qint64 before = residentKiB(hostPid);
        QVERIFY(before > 0);
        Terminal terminal(m_channel, created.id);
        terminal.setReadingPaused(true);
        qint64 peak = before;
        for (int i = 0; i < 30; ++i) {
            QTest::qWait(100);
            peak = qMax(peak, residentKiB(hostPid));
        }
        QVERIFY2(peak - before < 64 * 1024, qPrintable(u"the host grew by %1 KiB"_s.arg(peak - before)));
        // Held back, not dropped or finished: the program waits on its terminal.
        QCOMPARE(find(created.id)->state(), ptyhost::v1::PtyProcessInfo::STATE_RUNNING);

        // The client reads again: the output flows again.
        const qint64 received = terminal.outputSize();
        terminal.setReadingPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(terminal.outputSize() > received + 8 * 1024 * 1024, 30000);
        QVERIFY(residentKiB(hostPid) - before < 64 * 1024);
        QVERIFY(kill(created.id).ok());
    }

    void fastTypistDoesNotGrowTheHost()
    {
        const qint64 hostPid = m_host->processId();
        // A program that never reads its terminal, which holds only a few KiB of typing.
        const Created created = create(u"/bin/sh"_s, {u"-c"_s, u"stty raw -echo; echo ready; exec sleep 60"_s});
        QVERIFY(created.status.ok());
        Terminal terminal(m_channel, created.id);
        QVERIFY(terminal.waitForOutput("ready"));
        const qint64 before = residentKiB(hostPid);
        constexpr qint64 Offered = 400 * 1024 * 1024;
        std::atomic<qint64> sent = 0;
        std::thread typist([&] {
            const QByteArray chunk(256 * 1024, 'x');
            while (sent < Offered && terminal.write(chunk)) {
                sent += chunk.size();
            }
        });
        qint64 peak = before;
        for (int i = 0; i < 30; ++i) {
            QTest::qWait(100);
            peak = qMax(peak, residentKiB(hostPid));
        }
        const qint64 accepted = sent;
        terminal.cancel(); // unblocks the typist's write
        typist.join();
        QVERIFY2(peak - before < 64 * 1024, qPrintable(u"the host grew by %1 KiB"_s.arg(peak - before)));
        QVERIFY2(accepted < Offered, qPrintable(u"%1 bytes of typing were taken"_s.arg(accepted)));
        QCOMPARE(find(created.id)->state(), ptyhost::v1::PtyProcessInfo::STATE_RUNNING);
    }

    void sigtermLeavesNoProgramBehind()
    {
        std::string firstId;
        auto attached = shell(&firstId);
        QVERIFY(attached);
        const qint64 first = attached->open()->pid();
        std::string secondId;
        auto detached = shell(&secondId);
        QVERIFY(detached);
        const qint64 second = detached->open()->pid();
        detached->cancel();
        // A foreground job of its own process group.
        attached->write("sleep 300\n");
        qint64 job = 0;
        QTRY_VERIFY_WITH_TIMEOUT((job = childOf(first)) > 0, 5000);

        // And one that ignores hang-ups.
        const Created stubborn = create(u"/bin/sh"_s, {u"-c"_s, u"trap '' HUP; echo ready; exec sleep 60"_s});
        QVERIFY(stubborn.status.ok());
        auto stubbornTerminal = std::make_unique<Terminal>(m_channel, stubborn.id);
        QVERIFY(stubbornTerminal->waitForOutput("ready"));
        const qint64 third = stubbornTerminal->open()->pid();
        stubbornTerminal.reset();

        m_host->terminate();
        QVERIFY(m_host->waitForFinished(10000));
        QCOMPARE(m_host->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_host->exitCode(), 0);
        QVERIFY(attached->waitForEnd());
        QCOMPARE(attached->endStatus(), grpc::StatusCode::UNAVAILABLE);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(first), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(second), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(third), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(job), 5000);
    }
};

QTEST_GUILESS_MAIN(TestPtyHost)
#include "tst_ptyhost.moc"
