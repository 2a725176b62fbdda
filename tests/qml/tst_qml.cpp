// Qt Quick Test suite for Teleterm.Ui's components (tests/qml/tst_*.qml; tst_virtualkeyboard runs
// tests/keyboard/ with the same set-up).
#include "appengine.h"
#include "daemonclient.h"

#include <QDir>
#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>

using namespace Qt::StringLiterals;

class Setup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    std::unique_ptr<Teleterm::Backend::DaemonClient> m_daemon;

public Q_SLOTS:
    void applicationAvailable()
    {
        Teleterm::App::prepareQuickControls();
        // The settings the components read are the suite's own, never the user's.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_scratch.path() + "/config"_L1));
        // And so are the state files (the workspace of a test that makes the whole window).
        qputenv("XDG_STATE_HOME", QFile::encodeName(m_scratch.path() + "/state"_L1));
        // The components read the DaemonClient singleton; this one is never started, so the
        // suite neither needs nor disturbs a daemon.
        m_daemon = std::make_unique<Teleterm::Backend::DaemonClient>(Teleterm::Backend::DaemonClient::Options{
            .program = m_scratch.path() + "/teleterm-daemon"_L1,
            .socketPath = m_scratch.path() + "/daemon.sock"_L1,
            .insecure = false,
            .caFile = {},
        });
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        Teleterm::App::prepareEngine(*engine);
        // Where a test saves its pictures, for a person to look at: QML reads neither the
        // environment nor the build's definitions.
        QDir().mkpath(QStringLiteral(TELETERM_SCREENSHOT_DIR));
        engine->rootContext()->setContextProperty(u"screenshotDirectory"_s, QStringLiteral(TELETERM_SCREENSHOT_DIR));
    }

    void cleanupTestCase()
    {
        m_daemon.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(teleterm_qml, Setup)
#include "tst_qml.moc"
