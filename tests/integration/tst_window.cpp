// The window, in this process, against the real daemon of this build: it starts the daemon, shows
// the first-run view, recovers when the daemon is killed, and looks like something in light and dark.
// Then the real `teleterm` executable finds the daemon that is already running.
#include "appengine.h"
#include "daemonclient.h"
#include "scratchruntime.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using Teleterm::Backend::DaemonClient;
using namespace Teleterm::Test;

namespace
{

// How much of the picture is its most common colour, and how many colours it has.
struct ColourCount {
    double dominantShare = 1.0;
    int distinct = 0;
};

ColourCount countColours(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            ++counts[image.pixel(x, y)];
        }
    }
    int dominant = 0;
    for (const int count : std::as_const(counts)) {
        dominant = std::max(dominant, count);
    }
    return {double(dominant) / double(image.width() * image.height()), int(counts.size())};
}

} // namespace

class TestWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScratchRuntime> m_runtime;
    std::unique_ptr<DaemonClient> m_daemon;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    // The visual tree is what counts (a control's contentItem need not be its QObject child).
    static QQuickItem *findItem(QQuickItem *parent, const QString &objectName)
    {
        const QList<QQuickItem *> children = parent->childItems();
        for (QQuickItem *child : children) {
            if (child->objectName() == objectName) {
                return child;
            }
            if (QQuickItem *found = findItem(child, objectName)) {
                return found;
            }
        }
        return nullptr;
    }

    QQuickItem *item(const char *objectName) const
    {
        QQuickItem *found = findItem(m_window->contentItem(), QString::fromLatin1(objectName));
        if (!found) {
            qWarning("no item named %s in the window", objectName);
        }
        return found;
    }

    QImage screenshot(const QString &name) const
    {
        const QImage image = m_window->grabWindow();
        const QString dir = QStringLiteral(TELETERM_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        image.save(dir + u'/' + name);
        return image;
    }

    // The window's Theme singleton, reached the way QML reaches it.
    QObject *theme() const
    {
        QQmlComponent component(m_engine.get());
        component.setData("import QtQml\nimport Teleterm.Ui\nQtObject { readonly property QtObject theme: Theme }", QUrl());
        const std::unique_ptr<QObject> probe(component.create());
        if (!probe) {
            qWarning() << component.errors();
            return nullptr;
        }
        return probe->property("theme").value<QObject *>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_runtime = std::make_unique<ScratchRuntime>();
        QVERIFY(m_runtime->isValid());
        Teleterm::App::prepareQuickControls();
        m_daemon = std::make_unique<DaemonClient>(DaemonClient::Options{.program = program(u"teleterm-daemon"_s), .socketPath = {}, .insecure = false});
        m_engine = std::make_unique<QQmlApplicationEngine>();
        Teleterm::App::prepareEngine(*m_engine);
        m_engine->load(Teleterm::App::mainQml());
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_daemon->start();
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_daemon.reset();
        m_runtime.reset(); // kills what the test left running
    }

    void startsTheDaemon()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon->state(), DaemonClient::State::Connected, 15000);
        const QString socket = m_runtime->runtimeDir() + "/daemon.sock"_L1;
        QCOMPARE(m_daemon->socketPath(), socket);
        QVERIFY(m_daemon->pid() > 0);
        QCOMPARE(lockHolder(socket), m_daemon->pid());
        QCOMPARE(m_daemon->version(), QStringLiteral(TELETERM_VERSION));
        QCOMPARE(m_daemon->restarts(), 0);
        QVERIFY(!m_daemon->insecure());
        QVERIFY(item("statusLabel"));
        QTRY_VERIFY(item("statusLabel")->property("text").toString().contains(QString::number(m_daemon->pid())));
    }

    void showsTheFirstRunView()
    {
        for (const char *name : {"welcomePage", "proxyAddressField", "addClusterButton", "sidebar", "tabBar", "insecureBanner", "daemonBanner"}) {
            QVERIFY2(item(name), name);
        }
        QVERIFY(item("welcomePage")->isVisible());
        QVERIFY(item("proxyAddressField")->isVisible());
        QVERIFY(item("addClusterButton")->isVisible());
        QVERIFY(!item("addClusterButton")->isEnabled()); // nothing typed yet
        QVERIFY(item("sidebar")->isVisible());
        QVERIFY(item("tabBar")->isVisible());
        QVERIFY(!item("insecureBanner")->isVisible());
        QVERIFY(!item("daemonBanner")->isVisible());
    }

    void screenshotsAreNotBlank()
    {
        QObject *themeObject = theme();
        QVERIFY(themeObject);
        for (const bool dark : {false, true}) {
            themeObject->setProperty("dark", dark);
            QTest::qWait(50);
            const QImage image = screenshot(dark ? u"window-dark.png"_s : u"window-light.png"_s);
            QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
            const ColourCount colours = countColours(image);
            QVERIFY2(colours.distinct > 16, qPrintable(u"only %1 colours"_s.arg(colours.distinct)));
            QVERIFY2(colours.dominantShare < 0.95, qPrintable(u"%1 of the window is one colour"_s.arg(colours.dominantShare)));
            // The content area's corner is the theme's background, light or dark as asked.
            const QColor corner = image.pixelColor(image.width() - 4, image.height() - 4);
            QCOMPARE(corner.lightnessF() < 0.5, dark);
        }
        themeObject->setProperty("dark", false);
    }

    void firstRunFormAnswersAValidAddress()
    {
        QQuickItem *field = item("proxyAddressField");
        QQuickItem *button = item("addClusterButton");
        QVERIFY(field && button);
        field->forceActiveFocus();
        for (const char key : QByteArrayView("teleport.example.com")) {
            QTest::keyClick(m_window, key);
        }
        QCOMPARE(field->property("text").toString(), u"teleport.example.com"_s);
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(m_window, Qt::LeftButton, {}, button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint());
        QTRY_VERIFY(item("notAvailableNotice")->isVisible());
        QVERIFY(item("notAvailableNotice")->property("text").toString().contains(u"teleport.example.com:443"_s));
        QObject *themeObject = theme();
        for (const bool dark : {false, true}) {
            themeObject->setProperty("dark", dark);
            QTest::qWait(50);
            screenshot(dark ? u"first-run-answered-dark.png"_s : u"first-run-answered-light.png"_s);
        }
        themeObject->setProperty("dark", false);
    }

    void recoversWhenTheDaemonIsKilled()
    {
        QCOMPARE(m_daemon->state(), DaemonClient::State::Connected);
        const qint64 old = m_daemon->pid();
        QList<DaemonClient::State> seen;
        connect(m_daemon.get(), &DaemonClient::stateChanged, this, [&] {
            seen << m_daemon->state();
        });

        QCOMPARE(::kill(pid_t(old), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon->state() == DaemonClient::State::Connected && m_daemon->pid() != old, 20000);
        QVERIFY2(seen.contains(DaemonClient::State::Starting), "the window went through restarting the daemon");
        QCOMPARE(m_daemon->restarts(), 1);
        QVERIFY2(m_daemon->lastError().contains(QString::number(old)), qPrintable(m_daemon->lastError()));
        QVERIFY(processAlive(m_daemon->pid()));
        // The same window carries on.
        QCOMPARE(m_engine->rootObjects().constFirst(), m_window);
        QVERIFY(item("welcomePage")->isVisible());
        QVERIFY(item("statusLabel"));
        QTRY_VERIFY(item("statusLabel")->property("text").toString().contains(QString::number(m_daemon->pid())));
        disconnect(m_daemon.get(), &DaemonClient::stateChanged, this, nullptr);
    }

    void reportsADaemonThatCannotStart()
    {
        ScratchRuntime elsewhere; // no daemon here, and the program does not exist
        DaemonClient broken({.program = m_runtime->root() + "/no-such-daemon"_L1, .socketPath = {}, .insecure = false});
        broken.start();
        QTRY_COMPARE_WITH_TIMEOUT(broken.state(), DaemonClient::State::Failed, 10000);
        QVERIFY2(broken.lastError().contains(u"no-such-daemon"_s), qPrintable(broken.lastError()));
        QVERIFY(!broken.statusText().isEmpty());
    }

    void theExecutableFindsTheRunningDaemon()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon->state(), DaemonClient::State::Connected, 15000);
        const qint64 running = m_daemon->pid();
        QProcess app;
        app.setProgram(program(u"teleterm"_s));
        app.setArguments({u"-platform"_s, u"offscreen"_s});
        app.start();
        QVERIFY(app.waitForStarted(5000));
        const QString log = m_runtime->stateDir() + "/window.log"_L1;
        const auto logText = [&log] {
            QFile file(log);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(logText().contains(u"connected to teleterm-daemon"_s), 15000);
        QVERIFY2(logText().contains(u"pid %1"_s.arg(running)), qPrintable(logText()));
        QVERIFY2(!logText().contains(u"started "_s), "no second daemon was started");
        QCOMPARE(app.state(), QProcess::Running);

        app.terminate();
        QVERIFY(app.waitForFinished(10000));
        // The daemon outlives the window that found it.
        QVERIFY(processAlive(running));
        QCOMPARE(m_daemon->pid(), running);
    }
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
