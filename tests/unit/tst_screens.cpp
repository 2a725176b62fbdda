// The main views as a person sees them, in light, dark and Arabic (right to left), compared with
// reference images (tests/data/screens/*.png) within a tolerance: a changed layout, colour or
// text fails, a pixel of antialiasing does not. Rendered offscreen by Qt Quick's software
// renderer, with Debian's fonts, so that every machine draws the same.
//
// After a deliberate change of a view, look at the new images (build/screenshots/screens/) and
// take them as the references: TELETERM_UPDATE_SCREENS=1 ./bin/tst_screens
#include "appengine.h"
#include "daemonclient.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QStyleHints>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

const QString References = QStringLiteral(TELETERM_SOURCE_DIR "/tests/data/screens");
const QString Output = QStringLiteral(TELETERM_SCREENSHOT_DIR "/screens");

// A pixel differs when one of its channels differs by more than this.
constexpr int ChannelTolerance = 48;
// A view differs when more than this share of its pixels do.
constexpr double PixelTolerance = 0.0005;

// The pixels of `actual` that differ from `expected`, and an image of them (red on grey).
qsizetype compareImages(const QImage &actual, const QImage &expected, QImage *diff)
{
    *diff = QImage(actual.size(), QImage::Format_RGB32);
    qsizetype differing = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(actual.constScanLine(y));
        const auto *e = reinterpret_cast<const QRgb *>(expected.constScanLine(y));
        auto *d = reinterpret_cast<QRgb *>(diff->scanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int delta = std::max({std::abs(qRed(a[x]) - qRed(e[x])), std::abs(qGreen(a[x]) - qGreen(e[x])), std::abs(qBlue(a[x]) - qBlue(e[x]))});
            const bool differs = delta > ChannelTolerance;
            differing += differs ? 1 : 0;
            const int grey = qGray(e[x]) / 3 + 160;
            d[x] = differs ? qRgb(255, 0, 0) : qRgb(grey, grey, grey);
        }
    }
    return differing;
}

} // namespace

class TestScreens : public QObject
{
    Q_OBJECT

    std::unique_ptr<Teleterm::Backend::DaemonClient> m_daemon;
    QString m_scratch;

private Q_SLOTS:
    void initTestCase()
    {
        // Fixed paths: the settings view names its file, and the image must not depend on a
        // random directory's name.
        m_scratch = u"/tmp/teleterm-screens-%1"_s.arg(QString::fromLocal8Bit(qgetenv("USER").isEmpty() ? "user" : qgetenv("USER")));
        QDir(m_scratch).removeRecursively();
        QVERIFY(QDir().mkpath(m_scratch + "/config"_L1));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_scratch + "/config"_L1));
        qputenv("LANG", "C.UTF-8");
        Teleterm::App::prepareQuickControls();
        // A text cursor that does not blink: it is in every image, or in none.
        QGuiApplication::styleHints()->setCursorFlashTime(0);
        // Never started: the shell shows a daemon that is not running yet, always the same.
        m_daemon = std::make_unique<Teleterm::Backend::DaemonClient>(Teleterm::Backend::DaemonClient::Options{
            .program = m_scratch + "/teleterm-daemon"_L1,
            .socketPath = m_scratch + "/daemon.sock"_L1,
            .insecure = false,
            .caFile = {},
        });
        QVERIFY(QDir().mkpath(Output));
    }

    void cleanupTestCase()
    {
        m_daemon.reset();
        QDir(m_scratch).removeRecursively();
    }

    void viewMatchesItsReference_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("language");
        for (const char *view : {"shell", "settings", "gateway"}) {
            QTest::addRow("%s-light", view) << QString::fromLatin1(view) << u"light"_s << u"en"_s;
            QTest::addRow("%s-dark", view) << QString::fromLatin1(view) << u"dark"_s << u"en"_s;
            QTest::addRow("%s-arabic", view) << QString::fromLatin1(view) << u"light"_s << u"ar"_s;
        }
    }

    void viewMatchesItsReference()
    {
        QFETCH(QString, view);
        QFETCH(QString, theme);
        QFETCH(QString, language);
        const QString name = QString::fromLatin1(QTest::currentDataTag());

        // The theme and language as the settings file gives them, as a user's would.
        QFile settings(m_scratch + "/config/teleterm/settings.json"_L1);
        QVERIFY(QDir().mkpath(m_scratch + "/config/teleterm"_L1));
        QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
        settings.write(u"{\"appearance\": {\"theme\": \"%1\", \"language\": \"%2\"}}"_s.arg(theme, language).toUtf8());
        settings.close();

        QQuickView window;
        Teleterm::App::prepareEngine(*window.engine());
        window.setInitialProperties({{u"view"_s, view}});
        window.setSource(QUrl::fromLocalFile(References + "/Screen.qml"_L1));
        QVERIFY2(window.status() == QQuickView::Ready, qPrintable(window.errors().isEmpty() ? QString() : window.errors().constFirst().toString()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Let bindings, layouts and the first frames settle.
        QTest::qWait(400);
        const QImage actual = window.grabWindow().convertToFormat(QImage::Format_RGB32);
        QVERIFY(!actual.isNull());
        QVERIFY(actual.save(Output + u'/' + name + ".png"_L1));

        const QString reference = References + u'/' + name + ".png"_L1;
        if (qEnvironmentVariableIntValue("TELETERM_UPDATE_SCREENS") == 1) {
            QVERIFY(actual.save(reference));
            qInfo().noquote() << "reference written:" << reference;
            return;
        }
        const QImage expected = QImage(reference).convertToFormat(QImage::Format_RGB32);
        QVERIFY2(!expected.isNull(), qPrintable(u"no reference image %1 (TELETERM_UPDATE_SCREENS=1 writes it)"_s.arg(reference)));
        QCOMPARE(actual.size(), expected.size());
        QImage diff;
        const qsizetype differing = compareImages(actual, expected, &diff);
        const double share = double(differing) / double(actual.width() * actual.height());
        if (share > PixelTolerance) {
            diff.save(Output + u'/' + name + "-diff.png"_L1);
        }
        QVERIFY2(share <= PixelTolerance,
                 qPrintable(u"%1: %2 pixels (%3%) differ from the reference; see %4/%1.png and %1-diff.png"_s.arg(name)
                                .arg(differing)
                                .arg(share * 100, 0, 'f', 2)
                                .arg(Output)));
    }
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
