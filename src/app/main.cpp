#include "appengine.h"
#include "applogging.h"
#include "daemonclient.h"
#include "filelog.h"
#include "paths.h"
#include "ptyhostclient.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"teleterm"_s);
    QGuiApplication::setApplicationDisplayName(u"Teleterm"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(TELETERM_VERSION));
    QGuiApplication::setOrganizationName(u"Teleterm"_s);
    QGuiApplication::setDesktopFileName(u"teleterm"_s);

    // The user's language, from the translations compiled into the window (translations/).
    QTranslator translator;
    if (translator.load(QLocale(), u"teleterm"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(&translator);
    }

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
    parser.addOptions({insecure, caFile});
    parser.process(app);

    const Teleterm::Paths::PrivateDir stateDir = Teleterm::Paths::ensurePrivateDirectory(Teleterm::Paths::stateDirectory());
    if (stateDir.ok()) {
        const QString error = Teleterm::installFileLog(stateDir.path + "/window.log"_L1);
        if (!error.isEmpty()) {
            qWarning().noquote() << error;
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
    }
    daemon.start();
    return app.exec();
}
