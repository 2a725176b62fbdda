#include "terminalview.h"

#include <QDir>
#include <QFile>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQuickTest/quicktest.h>

using namespace Qt::StringLiterals;
using namespace Teleterm::Terminal;

namespace
{

// The terminal's colours of Theme.qml, light and dark, for the pictures.
struct Colours {
    const char *name;
    QColor foreground, background, match;
};
const Colours Light{"light", QColor(0x1f2329), QColor(0xfbfbfc), QColor(0xf5d77a)};
const Colours Dark{"dark", QColor(0xd8dde6), QColor(0x101216), QColor(0x8a6d1f)};

QByteArray numberedLines(int from, int to, const char *word)
{
    QByteArray out;
    for (int i = from; i < to; ++i) {
        out += "line " + QByteArray::number(i) + ' ' + word + "\r\n";
    }
    return out;
}

// How many pixels of the picture are `color`.
int pixelsOf(const QImage &image, QColor color)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            count += (line[x] & 0xffffff) == (color.rgb() & 0xffffff);
        }
    }
    return count;
}

} // namespace

class TestTerminalView : public QObject
{
    Q_OBJECT

    // A view in a window, 80x24 or so, shown (offscreen in the tests).
    struct Shown {
        QQuickWindow window;
        TerminalView *view = new TerminalView(window.contentItem());
        Shown()
        {
            window.resize(720, 420);
            view->setSize(window.size());
            window.show();
        }
    };

private Q_SLOTS:
    // What a screen reader is told: output that scrolls is the rows that left and the new text,
    // not the screen again; typing is the characters typed.
    void screenReadersHearWhatChanged()
    {
        using Change = TerminalView::TextChange;
        const auto check = [](const Change &change, const QString &away, int position, const QString &removed, const QString &inserted) {
            QCOMPARE(change.scrolledAway, away);
            QCOMPARE(change.position, position);
            QCOMPARE(change.removed, removed);
            QCOMPARE(change.inserted, inserted);
        };
        // Typing at the prompt.
        check(TerminalView::textChange(u"a\nb\n$ ec"_s, u"a\nb\n$ echo"_s), {}, 8, {}, u"ho"_s);
        // Output with the screen full: two rows scroll away, two come.
        check(TerminalView::textChange(u"r1\nr2\nr3\nr4\nr5\n$ ls"_s, u"r3\nr4\nr5\n$ ls\nfile\n$"_s), u"r1\nr2\n"_s, 13, {}, u"\nfile\n$"_s);
        // The screen cleared.
        check(TerminalView::textChange(u"x\ny\nz"_s, u"\n\n"_s), {}, 0, u"x\ny\nz"_s, u"\n\n"_s);
        // The first text read.
        check(TerminalView::textChange({}, u"hello"_s), {}, 0, {}, u"hello"_s);
    }

    void everyMatchFound()
    {
        Shown shown;
        TerminalView &view = *shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
        view.feed(numberedLines(0, 100, "word"));
        view.feed("the NEEDLE, a Needle and a needle\r\n");
        view.feed(numberedLines(100, 105, "needle"));
        QSignalSpy matches(&view, &TerminalView::matchesChanged);

        view.setSearchText(u"needle"_s); // case-insensitive
        QCOMPARE(view.matchCount(), 8);
        QCOMPARE(matches.count(), 1);
        // The view shows the bottom: the first match at or below its top is current.
        QCOMPARE(view.currentMatch(), 1);
        QCOMPARE(view.matches().front(), (Match{{100, 4}, {100, 10}})); // the 101st line: "the NEEDLE"
        QCOMPARE(view.matches()[1], (Match{{100, 14}, {100, 20}}));
        QCOMPARE(view.matches()[7], (Match{{105, 9}, {105, 15}})); // "line 104 needle"
        QCOMPARE(view.scrollOffset(), 0);

        QVERIFY(view.findNext());
        QCOMPARE(view.currentMatch(), 2);
        QVERIFY(view.findPrevious());
        QVERIFY(view.findPrevious()); // round to the newest
        QCOMPARE(view.currentMatch(), 8);
        QVERIFY(view.find(u"needle"_s, false)); // the same text: the next one
        QCOMPARE(view.currentMatch(), 1);

        // Far up in the history: the view scrolls to it.
        view.setSearchText(u"line 3 "_s);
        QCOMPARE(view.matchCount(), 1);
        QCOMPARE(view.currentMatch(), 1);
        QVERIFY(view.scrollOffset() > 0);
        QVERIFY(view.visibleText().contains(u"line 3 word"_s));

        view.setSearchText(u"nothing like it"_s);
        QCOMPARE(view.matchCount(), 0);
        QCOMPARE(view.currentMatch(), 0);
        QVERIFY(!view.findNext());
        QVERIFY(!view.find(u"nothing like it"_s, true));

        view.clearSearch();
        QCOMPARE(view.matchCount(), 0);
        QCOMPARE(view.searchText(), QString());
    }

    // Output while searching: matches are found again before the next frame, in the new lines and
    // on the screen only, and come out the same as a search from scratch; those in lines that left
    // the scrollback go, and the current match stays on its text.
    void matchesFollowOutput()
    {
        Shown shown;
        TerminalView &view = *shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
        view.setScrollbackLines(50);
        view.feed(numberedLines(0, 40, "needle"));
        view.setSearchText(u"needle"_s);
        QCOMPARE(view.matchCount(), 40);
        QVERIFY(view.findPrevious());
        QVERIFY(view.findPrevious());
        const int current = view.currentMatch();

        view.feed(numberedLines(40, 45, "needle"));
        QVERIFY(QQuickTest::qIsPolishScheduled(&view));
        QVERIFY(QQuickTest::qWaitForPolish(&view));
        QCOMPARE(view.matchCount(), 45);
        QCOMPARE(view.currentMatch(), current);

        // Rewritten in place, as a full-screen program does: a match goes from the first row; on the
        // third, one comes where the other goes.
        view.feed("\x1b[1;1Hno match here\x1b[K\x1b[3;5Hneedle!");
        QVERIFY(QQuickTest::qWaitForPolish(&view));
        const std::vector<Match> incremental = view.matches();
        QCOMPARE(view.matchCount(), 44);
        view.clearSearch();
        view.setSearchText(u"needle"_s);
        QCOMPARE(view.matches(), incremental);

        // Past the scrollback's 50 lines: the oldest matches go with their lines.
        view.feed(numberedLines(45, 120, "needle"));
        QVERIFY(QQuickTest::qWaitForPolish(&view));
        const std::vector<Match> after = view.matches();
        view.clearSearch();
        view.setSearchText(u"needle"_s);
        QCOMPARE(view.matches(), after);
        QCOMPARE(view.screen().historySize(), 50);
        QCOMPARE(qsizetype(view.matchCount()), view.screen().text({0, 0}, {view.screen().historyLineCount(), 0}).count(u"needle"_s));
    }

    // The current match keeps its text as lines scroll into the history and the oldest leave it.
    void currentMatchStaysPut()
    {
        Shown shown;
        TerminalView &view = *shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
        view.setScrollbackLines(30);
        view.feed(numberedLines(0, 40, "needle"));
        view.setSearchText(u"needle"_s);
        QVERIFY(view.findNext());
        const int line = view.matches()[size_t(view.currentMatch() - 1)].start.line;
        const QString whole = view.screen().text({line, 0}, {line + 1, 0});
        view.feed(numberedLines(40, 45, "needle"));
        QVERIFY(QQuickTest::qWaitForPolish(&view));
        const Position start = view.matches()[size_t(view.currentMatch() - 1)].start;
        QCOMPARE(view.screen().text({start.line, 0}, {start.line + 1, 0}), whole);
    }

    // Matches are drawn: the current one in matchColor, the others in otherMatchColor; gone with
    // the search. With TELETERM_TERMINAL_SHOTS set, the pictures are saved there, light and dark.
    void highlightsDrawn_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::newRow("light") << 0;
        QTest::newRow("dark") << 1;
    }
    void highlightsDrawn()
    {
        QFETCH(int, scheme);
        const Colours &colours = scheme == 0 ? Light : Dark;
        Shown shown;
        TerminalView &view = *shown.view;
        view.setForeground(colours.foreground);
        view.setBackground(colours.background);
        view.setMatchColor(colours.match);
        QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
        view.feed("$ ls -l /var/log\r\n");
        view.feed("-rw-r--r-- 1 root root  1204 Nov 25 09:00 \x1b[1malternatives.log\x1b[m\r\n");
        view.feed("-rw-r--r-- 1 root root 41022 Nov 25 09:00 \x1b[34mapt\x1b[m/\r\n");
        view.feed("-rw-r----- 1 root adm  88213 Nov 25 09:05 auth.log\r\n");
        view.feed("-rw-r--r-- 1 root root 61440 Nov 25 09:00 btmp\r\n");
        view.feed("-rw-r--r-- 1 root root  9312 Nov 25 09:04 dpkg.log\r\n");
        view.feed("-rw-r----- 1 root adm  12080 Nov 25 09:05 syslog.LOG.1\r\n");
        view.feed("$ ");
        view.setSearchText(u"log"_s);
        QCOMPARE(view.matchCount(), 6); // "syslog.LOG.1" twice
        QVERIFY(view.findNext());
        QCOMPARE(view.currentMatch(), 2);

        QImage image = shown.window.grabWindow();
        const QColor other = view.otherMatchColor();
        QVERIFY(other != colours.match && other != colours.background);
        QVERIFY(pixelsOf(image, colours.match) > 0);
        QVERIFY(pixelsOf(image, other) > pixelsOf(image, colours.match)); // five others, one current
        if (const QString dir = qEnvironmentVariable("TELETERM_TERMINAL_SHOTS"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(image.save(dir + u"/search-%1.png"_s.arg(QString::fromLatin1(colours.name))));
        }

        view.clearSearch();
        image = shown.window.grabWindow();
        QCOMPARE(pixelsOf(image, colours.match), 0);
        QCOMPARE(pixelsOf(image, other), 0);
    }

    // A finger drags the history a line for each row's height it travels, and does not select; let
    // go while moving, the history glides on, slower and slower, until it stops (or reaches an end);
    // a finger on it stops it. A tap scrolls nothing.
    void touchScrollsTheHistory()
    {
        Shown shown;
        TerminalView &view = *shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
        view.feed(numberedLines(0, 1000, "word"));
        QCOMPARE(view.scrollOffset(), 0);
        QPointingDevice *finger = QTest::createTouchDevice();
        const qreal row = view.height() / view.rows(); // a little more than a line: the margin under the grid
        // `dy` down in `steps` moves `ms` apart; the finger rests `restMs` before it leaves.
        const auto drag = [&](QPoint from, int dy, int steps, int ms, int restMs = 0) {
            QTest::touchEvent(&shown.window, finger).press(0, from);
            for (int step = 1; step <= steps; ++step) {
                QTest::qWait(ms);
                QTest::touchEvent(&shown.window, finger).move(0, from + QPoint(0, dy * step / steps));
            }
            QTest::qWait(restMs);
            QTest::touchEvent(&shown.window, finger).release(0, from + QPoint(0, dy));
        };

        // Ten rows down, and a rest before the finger leaves: about ten older lines, and no glide.
        drag(QPoint(300, 40), int(10 * row), 20, 30, 200);
        const int dragged = view.scrollOffset();
        QVERIFY2(dragged >= 9 && dragged <= 11, qPrintable(QString::number(dragged)));
        QVERIFY(!view.hasSelection());
        QVERIFY(!view.isFlicking());
        QTest::qWait(100);
        QCOMPARE(view.scrollOffset(), dragged);

        // Quickly: it glides on after the finger left, then stops by itself.
        QSignalSpy flicking(&view, &TerminalView::flickingChanged);
        drag(QPoint(300, 40), int(10 * row), 5, 10);
        const int released = view.scrollOffset();
        QVERIFY(view.isFlicking());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isFlicking(), 5000);
        QCOMPARE(flicking.count(), 2);
        QVERIFY2(view.scrollOffset() > released, qPrintable(u"%1 after %2"_s.arg(view.scrollOffset()).arg(released)));
        QVERIFY(view.scrollOffset() < view.historySize());

        // A finger put down on a gliding history holds it there.
        drag(QPoint(300, 40), int(10 * row), 5, 10);
        QVERIFY(view.isFlicking());
        QTest::touchEvent(&shown.window, finger).press(0, QPoint(300, 200));
        QVERIFY(!view.isFlicking());
        const int held = view.scrollOffset();
        QTest::qWait(100);
        QTest::touchEvent(&shown.window, finger).release(0, QPoint(300, 200));
        QCOMPARE(view.scrollOffset(), held);
        QVERIFY(!view.isFlicking());

        // Flicked hard towards the newest lines from not far above them: it stops at the bottom.
        view.setScrollOffset(40);
        drag(QPoint(300, 380), -int(20 * row), 4, 10);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isFlicking(), 5000);
        QCOMPARE(view.scrollOffset(), 0);

        // Two fingers are a pinch's (the page's PinchHandler): the view leaves them alone.
        QTest::touchEvent(&shown.window, finger).press(0, QPoint(200, 200)).press(1, QPoint(400, 200));
        QTest::touchEvent(&shown.window, finger).move(0, QPoint(200, 100)).move(1, QPoint(400, 100));
        QTest::touchEvent(&shown.window, finger).release(0, QPoint(200, 100)).release(1, QPoint(400, 100));
        QCOMPARE(view.scrollOffset(), 0);
        QVERIFY(!view.hasSelection());
    }

    // A zoom (a pinch's zoomTo, Ctrl+Plus/Minus) stays within the bounds and lasts until Ctrl+0,
    // which is back to the size last set.
    void zoomIsBounded()
    {
        Shown shown;
        TerminalView &view = *shown.view;
        QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
        view.setFontPixelSize(16);
        const int columns = view.columns();
        view.zoomTo(24);
        QCOMPARE(view.fontPixelSize(), 24);
        QVERIFY(view.columns() < columns);
        view.zoomTo(500);
        QCOMPARE(view.fontPixelSize(), TerminalView::MaximumPixelSize);
        view.zoomIn();
        QCOMPARE(view.fontPixelSize(), TerminalView::MaximumPixelSize);
        view.zoomTo(1);
        QCOMPARE(view.fontPixelSize(), TerminalView::MinimumPixelSize);
        view.zoomOut();
        QCOMPARE(view.fontPixelSize(), TerminalView::MinimumPixelSize);
        view.resetZoom();
        QCOMPARE(view.fontPixelSize(), 16);
        QCOMPARE(view.columns(), columns);
    }

    // BEL flashes the view and is signalled, once for a write that rings a thousand times, and
    // again once the bell's interval has passed.
    void bell()
    {
        Shown shown;
        TerminalView &view = *shown.view;
        view.setBackground(Light.background);
        view.setBellColor(QColor(0x202020));
        QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
        QSignalSpy bells(&view, &TerminalView::bell);
        view.feed(QByteArray(1000, '\a'));
        QCOMPARE(bells.count(), 1);
        QVERIFY(view.isBellFlashing());
        // The flash is drawn over the whole view: the background shows nowhere.
        QImage image = shown.window.grabWindow();
        QCOMPARE(pixelsOf(image, Light.background), 0);
        if (const QString dir = qEnvironmentVariable("TELETERM_TERMINAL_SHOTS"); !dir.isEmpty()) {
            QVERIFY(image.save(dir + u"/bell.png"_s));
        }
        QTRY_VERIFY(!view.isBellFlashing());
        image = shown.window.grabWindow();
        QVERIFY(pixelsOf(image, Light.background) > image.width() * image.height() / 2);

        QTest::qWait(TerminalView::BellIntervalMs);
        view.feed("\a");
        QCOMPARE(bells.count(), 2);
        // BEL inside an OSC ends it: no bell.
        QTest::qWait(TerminalView::BellIntervalMs);
        view.feed("\x1b]0;title\a");
        QCOMPARE(bells.count(), 2);
    }
};

QTEST_MAIN(TestTerminalView)
#include "tst_terminalview.moc"
