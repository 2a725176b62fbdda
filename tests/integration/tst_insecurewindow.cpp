// --insecure, as the window shows it: a daemon started that way puts a warning across the window
// while it is the window's daemon; asked for while a daemon that verifies certificates already runs, the
// window says that --insecure had no effect. Real daemons in a scratch runtime.
#include "appengine.h"
#include "daemonclient.h"
#include "finditem.h"
#include "scratchruntime.h"

#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QTest>

using namespace Qt::StringLiterals;
using Teleterm::Backend::DaemonClient;
using Teleterm::Test::program;
using Teleterm::Test::ScratchRuntime;

class TestInsecureWindow : public QObject
{
    Q_OBJECT

    // The shell as the window shows it, against the DaemonClient made last.
    static std::unique_ptr<QQuickView> shell()
    {
        auto view = std::make_unique<QQuickView>();
        Teleterm::App::prepareEngine(*view->engine());
        view->setResizeMode(QQuickView::SizeRootObjectToView);
        view->resize(1100, 700);
        view->setSource(QUrl(u"qrc:/qt/qml/Teleterm/Ui/AppShell.qml"_s));
        return view;
    }

    static QQuickItem *named(QQuickView &view, const char *name)
    {
        return view.rootObject() ? Teleterm::Test::findItem(view.rootObject(), QString::fromLatin1(name)) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Teleterm::App::prepareQuickControls();
    }

    void aDaemonStartedInsecureIsShown()
    {
        ScratchRuntime scratch;
        QVERIFY(scratch.isValid());
        DaemonClient daemon({.program = program(u"teleterm-daemon"_s), .socketPath = {}, .insecure = true, .caFile = {}});
        daemon.start();
        QTRY_VERIFY_WITH_TIMEOUT(daemon.isConnected(), 15000);
        QVERIFY(daemon.insecure());

        const auto view = shell();
        QCOMPARE(view->status(), QQuickView::Ready);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QQuickItem *banner = named(*view, "insecureBanner");
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->property("text").toString().contains("not verified"_L1));
        QVERIFY(!named(*view, "insecureIgnoredBanner")->isVisible());
    }

    void insecureAskedOfAVerifyingDaemonSaysItHadNoEffect()
    {
        ScratchRuntime scratch;
        QVERIFY(scratch.isValid());
        {
            // A daemon that verifies, as a first window would have left running.
            DaemonClient first({.program = program(u"teleterm-daemon"_s), .socketPath = {}, .insecure = false, .caFile = {}});
            first.start();
            QTRY_VERIFY_WITH_TIMEOUT(first.isConnected(), 15000);
        }
        DaemonClient daemon({.program = program(u"teleterm-daemon"_s), .socketPath = {}, .insecure = true, .caFile = {}});
        daemon.start();
        QTRY_VERIFY_WITH_TIMEOUT(daemon.isConnected(), 15000);
        QVERIFY(!daemon.insecure());

        const auto view = shell();
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QTRY_VERIFY(named(*view, "insecureIgnoredBanner")->isVisible());
        QVERIFY(!named(*view, "insecureBanner")->isVisible());
        QVERIFY(named(*view, "insecureIgnoredBanner")->property("text").toString().contains(QString::number(daemon.pid())));
    }
};

QTEST_MAIN(TestInsecureWindow)
#include "tst_insecurewindow.moc"
