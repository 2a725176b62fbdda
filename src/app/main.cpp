#include "appengine.h"
#include "applogging.h"
#include "daemonclient.h"
#include "filelog.h"
#include "localization.h"
#include "paths.h"
#include "ptyhostclient.h"
#include "settings.h"
#include "singleinstance.h"
#include "termination.h"
#include "windowgeometry.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QShortcut>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"teleterm"_s);
    QGuiApplication::setApplicationDisplayName(u"Teleterm"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(TELETERM_VERSION));
    QGuiApplication::setOrganizationName(u"Teleterm"_s);
    // The application id: the desktop entry's and the icon's name (data/), and the window's app id
    // on Wayland, so that the desktop shows the window under its entry and icon.
    QGuiApplication::setDesktopFileName(u"dev.teleterm.Teleterm"_s);
    // The icon drawn at a few sizes into the executable (data/CMakeLists.txt): for X11, where
    // the window brings its own.
    QIcon icon;
    for (const QString &size : QDir(u":/icons"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        icon.addFile(u":/icons/%1/dev.teleterm.Teleterm.png"_s.arg(size));
    }
    QGuiApplication::setWindowIcon(icon);

    // The user's language, as the settings file says, so that even --help speaks it; the window
    // follows the setting from then on (Localization).
    Teleterm::Models::Localization::install(Teleterm::Models::Settings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Teleterm: a native desktop client for Teleport clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption insecure(
        u"insecure"_s,
        QCoreApplication::translate("main", "Do not verify proxies' TLS certificates and host names (development clusters only)."));
    const QCommandLineOption caFile(
        u"ca-file"_s,
        QCoreApplication::translate("main", "Trust the CA certificates in FILE for proxies' web certificates (passed to a daemon this starts)."),
        u"FILE"_s);
    const QCommandLineOption development(
        u"dev"_s,
        QCoreApplication::translate("main", "Development mode: F6 restarts the window and the daemon (the terminals live on). Also TELETERM_DEV=1."));
    parser.addOptions({insecure, caFile, development});
    parser.process(app);

    const Teleterm::Paths::PrivateDir stateDir = Teleterm::Paths::ensurePrivateDirectory(Teleterm::Paths::stateDirectory());
    if (stateDir.ok()) {
        const QString error = Teleterm::installFileLog(stateDir.path + "/window.log"_L1);
        if (!error.isEmpty()) {
            qWarning().noquote() << error;
        }
    }

    // One window: a second launch brings the first to the front instead.
    Teleterm::App::SingleInstance instance;
    {
        QString message;
        const qint64 replacing = qEnvironmentVariableIntValue("TELETERM_REPLACES");
        qunsetenv("TELETERM_REPLACES"); // not for the programs the window starts
        switch (instance.claim(replacing, &message)) {
        case Teleterm::App::SingleInstance::Claim::First:
            if (!message.isEmpty()) {
                qCWarning(TELETERM_APP).noquote() << message;
            }
            break;
        case Teleterm::App::SingleInstance::Claim::Raised:
            qCInfo(TELETERM_APP).noquote() << message;
            return 0;
        case Teleterm::App::SingleInstance::Claim::Failed:
            qCCritical(TELETERM_APP).noquote() << message;
            std::fprintf(stderr, "teleterm: %s\n", qPrintable(message));
            return 1;
        }
    }

    Teleterm::Backend::DaemonClient daemon({.program = {}, .socketPath = {}, .insecure = parser.isSet(insecure), .caFile = parser.value(caFile)});
    // The terminals live in the PTY host: started (or found) at once, so that they come back.
    Teleterm::Backend::PtyHostClient ptyHost({});
    ptyHost.start();

    Teleterm::App::prepareQuickControls();
    QQmlApplicationEngine engine;
    Teleterm::App::prepareEngine(engine);
    QObject::connect(
        &engine,
        &QQmlApplicationEngine::objectCreationFailed,
        &app,
        [] {
            QCoreApplication::exit(1);
        },
        Qt::QueuedConnection);
    engine.load(Teleterm::App::mainQml());
    if (auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst())) {
        // For bench/: when the window first reached the screen, as wall-clock time.
        QObject::connect(
            window,
            &QQuickWindow::frameSwapped,
            &app,
            [] {
                qCInfo(TELETERM_APP).noquote() << "first frame at" << QDateTime::currentMSecsSinceEpoch() << "ms since the epoch";
            },
            Qt::SingleShotConnection);
        // Where the last window was; kept again when this one quits.
        if (stateDir.ok()) {
            const QString geometry = stateDir.path + "/window.json"_L1;
            Teleterm::App::restoreGeometry(window, geometry);
            QObject::connect(&app, &QCoreApplication::aboutToQuit, window, [window, geometry] {
                Teleterm::App::saveGeometry(window, geometry);
            });
        }
        QObject::connect(&instance, &Teleterm::App::SingleInstance::raiseRequested, window, [window] {
            qCInfo(TELETERM_APP) << "raised by another launch";
            window->setWindowStates(window->windowStates() & ~Qt::WindowMinimized);
            window->show();
            window->raise();
            window->requestActivate();
            window->alert(0);
        });
    }
    if (parser.isSet(development) || qEnvironmentVariableIntValue("TELETERM_DEV") == 1) {
        // F6: a new window and a new daemon from the binaries as they are now; the PTY host and
        // its terminals stay, and the new window finds them.
        auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QWindow *>(engine.rootObjects().constFirst());
        auto *restart = window ? new QShortcut(QKeySequence(Qt::Key_F6), window) : nullptr;
        if (restart) {
            restart->setContext(Qt::ApplicationShortcut);
            QObject::connect(restart, &QShortcut::activated, &app, [&daemon, window, restart] {
                qCInfo(TELETERM_APP) << "F6: restarting the window and the daemon";
                restart->setEnabled(false);
                // The new window reads the tabs as they are now.
                if (auto *workspace = window->findChild<Teleterm::Models::Workspace *>()) {
                    workspace->saveNow();
                }
                const auto daemonPid = pid_t(daemon.pid());
                if (daemonPid > 0) {
                    ::kill(daemonPid, SIGTERM);
                }
                // The new window starts once the old daemon has let go of its socket (else the new
                // daemon would find it still serving and step aside), or after 5 s at most.
                auto *wait = new QTimer(window);
                wait->setInterval(50);
                const QDeadlineTimer deadline(5000);
                QObject::connect(wait, &QTimer::timeout, window, [wait, daemonPid, deadline] {
                    if (daemonPid > 0 && ::kill(daemonPid, 0) == 0 && !deadline.hasExpired()) {
                        return;
                    }
                    wait->stop();
                    QStringList arguments = QCoreApplication::arguments();
                    arguments.removeFirst();
                    // The new window waits for this one to quit, then becomes the one window.
                    QProcess successor;
                    successor.setProgram(QCoreApplication::applicationFilePath());
                    successor.setArguments(arguments);
                    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
                    environment.insert(u"TELETERM_REPLACES"_s, QString::number(QCoreApplication::applicationPid()));
                    successor.setProcessEnvironment(environment);
                    if (!successor.startDetached()) {
                        qCWarning(TELETERM_APP) << "F6: could not start" << QCoreApplication::applicationFilePath();
                        return;
                    }
                    QCoreApplication::quit();
                });
                wait->start();
            });
        }
    }
    // A session that ends (SIGTERM, SIGHUP) or Ctrl+C: quit as the window's close button does,
    // so that the tabs and the window's place are kept.
    Teleterm::onTerminationSignal([](int) {
        QCoreApplication::quit();
    });
    daemon.start();
    return app.exec();
}
