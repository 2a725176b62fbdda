#pragma once

// The window and the two services it talks to, made as main() makes them, for the suites that
// drive the window (tst_window, tst_window_relogin, tst_resourcelist). Header-only: only those
// suites link the window's library.

#include "appengine.h"
#include "daemonclient.h"
#include "ptyhostclient.h"
#include "sandboxprocess.h"
#include "scratchruntime.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTest>

#include <memory>

namespace Teleterm::Test
{

// A daemon client that starts this build's daemon, trusting the sandbox's web certificate by an
// explicit --ca-file, as a user would.
[[nodiscard]] inline std::unique_ptr<Backend::DaemonClient> daemonFor(const SandboxProcess &sandbox)
{
    using namespace Qt::StringLiterals;
    return std::make_unique<Backend::DaemonClient>(
        Backend::DaemonClient::Options{.program = program(u"teleterm-daemon"_s), .socketPath = {}, .insecure = false, .caFile = sandbox.webCa()});
}

// A PTY host client that starts this build's host.
[[nodiscard]] inline std::unique_ptr<Backend::PtyHostClient> ptyHostClient()
{
    using namespace Qt::StringLiterals;
    return std::make_unique<Backend::PtyHostClient>(Backend::PtyHostClient::Options{.program = program(u"teleterm-ptyhost"_s), .socketPath = {}});
}

// Makes `engine` anew with Main.qml loaded and waits until its window shows and is active, as a
// person's window is (the window's shortcuts work only in the active window). The window, or
// null with the test failed.
[[nodiscard]] inline QQuickWindow *loadWindow(std::unique_ptr<QQmlApplicationEngine> &engine)
{
    engine.reset();
    App::prepareQuickControls();
    engine = std::make_unique<QQmlApplicationEngine>();
    App::prepareEngine(*engine);
    engine->load(App::mainQml());
    auto *window = engine->rootObjects().size() == 1 ? qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst()) : nullptr;
    if (!window) {
        QTest::qFail("Main.qml did not load as one window", __FILE__, __LINE__);
        return nullptr;
    }
    if (!QTest::qWaitForWindowExposed(window)) {
        QTest::qFail("the window did not show", __FILE__, __LINE__);
        return nullptr;
    }
    window->requestActivate();
    if (!QTest::qWaitForWindowActive(window)) {
        QTest::qFail("the window did not become active", __FILE__, __LINE__);
        return nullptr;
    }
    return window;
}

} // namespace Teleterm::Test
