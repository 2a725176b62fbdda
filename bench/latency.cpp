// Latency from a key press to its glyph on the screen, inside one window as a user meets it: a
// TerminalView in a QQuickWindow, its session a PtySession on a PTY of a real teleterm-ptyhost
// (this build's, in a runtime directory of its own) that runs `stty raw -echo; cat`. Every key
// comes back as exactly one glyph, echoed by a program the way a shell's line editor echoes it.
//
//   key → output     from QTest::keyClick on the window until the PTY's output carrying the glyph
//                    reaches the GUI thread (PtySession::output) and the view has taken it in
//   output → frame   from there until QQuickWindow::frameSwapped of the first frame synchronised
//                    after it, the first that can hold the glyph
//   key → glyph      the two together: what the user waits for
//
// The keys go 20 ms apart, each once the one before is on the screen, so no two share a frame.
// Milliseconds of the wall clock. The window's frame interval, printed with them, bounds the
// last stage from below.
#include "measure.h"
#include "ptyhostclient.h"
#include "ptysession.h"
#include "scratchhost.h"
#include "summary.h"
#include "terminalview.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QProcess>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using Teleterm::Terminal::Position;
using Teleterm::Terminal::TerminalView;
using Clock = std::chrono::steady_clock;

namespace
{

constexpr int DefaultKeys = 200;
constexpr int WarmupKeys = 10; // typed first, not counted: the glyph cache and the stream warm up
constexpr int KeyGapMs = 20;
constexpr int KeyTimeoutMs = 2000;
constexpr int SetupTimeoutMs = 10000;
constexpr int FrameSampleMs = 1000;

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// Runs the event loop until `done` holds (looked at every 5 ms) or `timeoutMs` pass.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

// Runs the event loop for `ms` milliseconds.
void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// One key's way to the screen.
struct Sample {
    double toOutput = 0; // key → its glyph's output taken in by the view
    double toFrame = 0; // that → the frame holding it swapped
};

// Follows one key at a time from keyClick to the frame that shows its glyph. The GUI thread moves
// it from Sent to Fed when the glyph is in the view's screen at the expected place; the render
// thread (the GUI thread under the basic render loop) from Fed to Synced when a frame has been
// synchronised after that, and from Synced to Shown when that frame is swapped.
class KeyProbe
{
public:
    KeyProbe(QQuickWindow &window, TerminalView &view, Teleterm::Terminal::Session &session)
        : m_view(view)
    {
        // After the view's own connection (setSession made it): the view has fed the bytes.
        QObject::connect(&session, &Teleterm::Terminal::Session::output, &m_context, [this](const QByteArray &) {
            if (m_stage.load() == Sent && glyphIsThere()) {
                m_fed = Clock::now();
                m_stage.store(Fed);
            }
        });
        QObject::connect(
            &window,
            &QQuickWindow::afterSynchronizing,
            &m_context,
            [this] {
                if (m_stage.load() == Fed) {
                    m_stage.store(Synced);
                }
            },
            Qt::DirectConnection);
        QObject::connect(
            &window,
            &QQuickWindow::frameSwapped,
            &m_context,
            [this] {
                if (m_stage.load() == Synced) {
                    m_shown = Clock::now();
                    m_stage.store(Shown);
                    QMetaObject::invokeMethod(
                        &m_context,
                        [this] {
                            if (m_waiting) {
                                m_waiting->quit();
                            }
                        },
                        Qt::QueuedConnection);
                }
            },
            Qt::DirectConnection);
    }

    // Types `key` into the window, its glyph expected at `at`, and waits until a frame shows it.
    std::optional<Sample> type(char key, Position at)
    {
        m_key = QChar::fromLatin1(key);
        m_at = at;
        m_sent = Clock::now();
        m_stage.store(Sent);
        QTest::keyClick(m_view.window(), key);
        if (m_stage.load() != Shown) {
            QEventLoop loop;
            m_waiting = &loop;
            QTimer::singleShot(KeyTimeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
            m_waiting = nullptr;
        }
        const Stage reached = Stage(m_stage.exchange(Idle));
        if (reached != Shown) {
            return std::nullopt;
        }
        return Sample{msBetween(m_sent, m_fed), msBetween(m_fed, m_shown)};
    }

    // What the row of the glyph expected last reads, to tell why it did not come.
    [[nodiscard]] QString expectedRow() const
    {
        return m_view.screen().text({m_at.line, 0}, {m_at.line, m_view.columns()});
    }

private:
    enum Stage { Idle, Sent, Fed, Synced, Shown };

    [[nodiscard]] bool glyphIsThere() const
    {
        const Teleterm::Terminal::Screen &screen = m_view.screen();
        return m_view.scrollOffset() == 0 && m_at.line >= screen.historySize() && screen.text(m_at, {m_at.line, m_at.column + 1}) == QString(m_key);
    }

    TerminalView &m_view;
    QObject m_context;
    QEventLoop *m_waiting = nullptr;
    QChar m_key;
    Position m_at;
    std::atomic<int> m_stage = Idle;
    Clock::time_point m_sent;
    Clock::time_point m_fed;
    Clock::time_point m_shown; // written by the render thread before it moves the stage to Shown
};

// What the window renders with, read on the render thread at its next frame.
struct Renderer {
    bool threaded = false;
    QString api;
    QString glRenderer;
};

Renderer rendererOf(QQuickWindow &window)
{
    auto found = std::make_shared<Renderer>();
    auto done = std::make_shared<std::atomic<bool>>(false);
    QObject context;
    QThread *gui = QThread::currentThread();
    QObject::connect(
        &window,
        &QQuickWindow::beforeRendering,
        &context,
        [&window, found, done, gui] {
            if (done->load()) {
                return;
            }
            found->threaded = QThread::currentThread() != gui;
            const QSGRendererInterface *renderer = window.rendererInterface();
            switch (renderer ? renderer->graphicsApi() : QSGRendererInterface::Unknown) {
            case QSGRendererInterface::Software:
                found->api = u"software"_s;
                break;
            case QSGRendererInterface::OpenGL:
                found->api = u"OpenGL"_s;
                if (QOpenGLContext *gl = QOpenGLContext::currentContext()) {
                    found->glRenderer = QString::fromLatin1(reinterpret_cast<const char *>(gl->functions()->glGetString(GL_RENDERER)));
                }
                break;
            case QSGRendererInterface::Vulkan:
                found->api = u"Vulkan"_s;
                break;
            default:
                found->api = u"other"_s;
                break;
            }
            done->store(true);
        },
        Qt::DirectConnection);
    window.update();
    spinUntil(
        [&] {
            return done->load();
        },
        SetupTimeoutMs);
    return *found;
}

// The intervals between frames when the window renders one after another as fast as it is let:
// its vsync where there is one.
std::vector<double> frameIntervals(QQuickWindow &window)
{
    struct Swaps {
        std::mutex mutex;
        std::vector<Clock::time_point> at;
    };
    auto swaps = std::make_shared<Swaps>();
    QObject context;
    QObject::connect(
        &window,
        &QQuickWindow::frameSwapped,
        &context,
        [&window, swaps] {
            {
                const std::lock_guard lock(swaps->mutex);
                swaps->at.push_back(Clock::now());
            }
            QMetaObject::invokeMethod(&window, &QQuickWindow::update, Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    window.update();
    pause(FrameSampleMs);
    QObject::disconnect(&window, &QQuickWindow::frameSwapped, &context, nullptr);
    const std::lock_guard lock(swaps->mutex);
    std::vector<double> intervals;
    for (size_t i = 1; i < swaps->at.size(); ++i) {
        intervals.push_back(msBetween(swaps->at[i - 1], swaps->at[i]));
    }
    return intervals;
}

void row(const char *what, const std::vector<double> &values)
{
    if (values.empty()) {
        return;
    }
    const Teleterm::Bench::Stats s = Teleterm::Bench::stats(values);
    // printf pads bytes, and an arrow is three of them: pad the characters.
    const QString name = QString::fromUtf8(what);
    const QByteArray padded = (name + QString(std::max<qsizetype>(0, 32 - name.size()), u' ')).toUtf8();
    std::printf("| %s | %7.2f | %7.2f | %7.2f | %7.2f | %5zu |\n", padded.constData(), s.median, s.p90, s.p99, s.max, values.size());
}

} // namespace

int main(int argc, char **argv)
{
    // The window's own runtime and state directories are the host's scratch ones too: nothing of
    // the user's is looked at or written.
    Bench::ScratchHost host;
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(host.runtimeDirectory()));
    qputenv("XDG_STATE_HOME", QFile::encodeName(host.stateDirectory()));
    QGuiApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int keys = qEnvironmentVariableIntValue("BENCH_KEYS") > 0 ? qEnvironmentVariableIntValue("BENCH_KEYS") : DefaultKeys;

    if (!host.start()) {
        std::printf("bench_latency: skipped, teleterm-ptyhost did not start or listen:\n%s\n", host.errorTail().constData());
        return 0;
    }
    Teleterm::Backend::PtyHostClient client({Bench::ScratchHost::program(), host.socketPath()});
    client.start();
    if (!spinUntil(
            [&] {
                return client.isReady();
            },
            SetupTimeoutMs)) {
        std::printf("bench_latency: skipped, the PTY host did not answer: %s\n", qPrintable(client.lastError()));
        return 0;
    }

    QQuickWindow window;
    window.setTitle(u"bench_latency"_s);
    window.resize(800, 480);
    auto *view = new TerminalView(window.contentItem());
    view->setSize(window.size());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window, SetupTimeoutMs)) {
        std::printf("bench_latency: skipped, the window was never exposed (platform %s)\n", qPrintable(QGuiApplication::platformName()));
        return 0;
    }
    view->forceActiveFocus();

    Teleterm::Backend::PtySession session;
    view->setSession(&session);
    Teleterm::Backend::PtySpec spec;
    spec.path = u"/bin/sh"_s;
    // Raw and without the line discipline's echo: cat writes each byte back as it comes, one glyph
    // a key. The marker says the terminal is in that mode before the first key.
    spec.args = {u"-c"_s, u"stty raw -echo && printf 'ready\\r\\n' && exec cat"_s};
    spec.rows = view->rows();
    spec.columns = view->columns();
    spec.title = u"bench_latency"_s;
    spec.tag = u"bench"_s;
    QString ptyId;
    QString createError;
    client.createPty(spec, &app, [&](const Teleterm::Backend::RpcResult<QString> &result) {
        if (result.ok()) {
            ptyId = *result.value;
        } else {
            createError = result.error.message.isEmpty() ? u"failed"_s : result.error.message;
        }
    });
    if (!spinUntil(
            [&] {
                return !ptyId.isEmpty() || !createError.isEmpty();
            },
            SetupTimeoutMs)
        || ptyId.isEmpty()) {
        std::printf("bench_latency: skipped, CreatePtyProcess: %s\n", qPrintable(createError.isEmpty() ? u"no answer"_s : createError));
        return 0;
    }
    session.setPtyId(ptyId);
    if (!spinUntil(
            [&] {
                return view->visibleText().contains("ready"_L1);
            },
            SetupTimeoutMs)) {
        std::printf("bench_latency: skipped, the PTY never said it was ready (session: %s)\n%s\n", qPrintable(session.error()), host.errorTail().constData());
        return 0;
    }

    const Renderer renderer = rendererOf(window);
    KeyProbe probe(window, *view, session);
    const Teleterm::Terminal::Screen &screen = view->screen();
    const Position start{screen.historySize() + screen.cursor().row, screen.cursor().column};
    const int columns = view->columns();
    static constexpr char Alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::vector<double> toOutput, toFrame, total;
    for (int i = 0; i < WarmupKeys + keys; ++i) {
        pause(KeyGapMs);
        const int cell = start.column + i;
        const char key = Alphabet[size_t(i) % (sizeof(Alphabet) - 1)];
        const std::optional<Sample> sample = probe.type(key, {start.line + cell / columns, cell % columns});
        if (!sample) {
            std::printf("key %d ('%c') did not reach the screen within %d ms; its row reads \"%s\". Stopped there.\n\n",
                        i + 1,
                        key,
                        KeyTimeoutMs,
                        qPrintable(probe.expectedRow()));
            break;
        }
        if (i >= WarmupKeys) {
            toOutput.push_back(sample->toOutput);
            toFrame.push_back(sample->toFrame);
            total.push_back(sample->toOutput + sample->toFrame);
        }
    }
    const std::vector<double> frames = frameIntervals(window);

    std::printf(
        "%d printable keys (after %d not counted) typed %d ms apart into a %d x %d TerminalView; its PTY in teleterm-ptyhost runs "
        "`stty raw -echo; cat`\n\n",
        keys,
        WarmupKeys,
        KeyGapMs,
        view->rows(),
        columns);
    std::printf("| %-32s | %7s | %7s | %7s | %7s | %5s |\n", "figure (ms)", "median", "p90", "p99", "max", "count");
    std::printf("| %-32s | %7s | %7s | %7s | %7s | %5s |\n", "---", "---", "---", "---", "---", "---");
    row("key → glyph on screen", total);
    row("  key → PTY output in the window", toOutput);
    row("  output → frame swapped", toFrame);
    row("frame interval, continuous", frames);
    if (total.empty()) {
        std::printf("\nno key reached the screen\n");
    } else {
        Teleterm::Bench::summarize("latency.key",
                                   u"terminal: key to glyph on screen, median"_s,
                                   Teleterm::Bench::stats(total).median,
                                   "ms",
                                   Teleterm::Bench::Better::Lower);
    }
    std::printf("\nplatform %s, Qt Quick backend %s (%s, %s render loop%s), screen refresh rate %.1f Hz\n",
                qPrintable(QGuiApplication::platformName()),
                qPrintable(qEnvironmentVariable("QT_QUICK_BACKEND", u"(default)"_s)),
                qPrintable(renderer.api.isEmpty() ? u"unknown API"_s : renderer.api),
                renderer.threaded ? "threaded" : "basic",
                renderer.glRenderer.isEmpty() ? "" : qPrintable(", "_L1 + renderer.glRenderer),
                window.screen() ? window.screen()->refreshRate() : 0.0);
    return 0;
}
