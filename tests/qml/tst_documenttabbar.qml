import QtQuick
import QtTest
import Teleterm.Models
import Teleterm.Ui
import "TestUtils.js" as Utils

TestCase {
    id: testCase

    name: "DocumentTabBar"
    // A TestCase is invisible by default; the components under test must be seen to be clicked.
    visible: true
    when: windowShown
    width: 900
    height: 100

    Component {
        id: barComponent

        DocumentTabBar {
            width: testCase.width
            documents: DocumentsModel {}
        }
    }

    // The tab list, once it has `count` tabs laid out side by side.
    function tabs(bar: Item, count: int): ListView {
        const list = Utils.findNamed(bar, "tabs");
        tryCompare(list, "count", count);
        tryVerify(() => list.width > 0 && list.width === list.contentWidth, 1000, "the tabs are laid out");
        return list;
    }

    function test_newTabButtonOpensTabs() {
        const bar = createTemporaryObject(barComponent, testCase);
        compare(bar.documents.count, 0);
        mouseClick(Utils.findNamed(bar, "newTabButton"));
        mouseClick(Utils.findNamed(bar, "newTabButton"));
        compare(bar.documents.count, 2);
        compare(bar.documents.currentIndex, 1);
        const list = tabs(bar, 2);
        verify(list.itemAtIndex(0).width >= Theme.touchTarget);
        verify(list.itemAtIndex(0).height >= Theme.touchTarget);
    }

    function test_clickSelectsAndCloseButtonCloses() {
        const bar = createTemporaryObject(barComponent, testCase);
        bar.documents.openWelcome();
        bar.documents.openWelcome();
        bar.documents.openWelcome();
        const list = tabs(bar, 3);
        mouseClick(list.itemAtIndex(0));
        compare(bar.documents.currentIndex, 0);
        verify(list.itemAtIndex(0).current);
        verify(!list.itemAtIndex(1).current);

        mouseClick(Utils.findNamed(list.itemAtIndex(1), "closeButton"));
        compare(bar.documents.count, 2);
        compare(bar.documents.currentIndex, 0);
    }

    function test_middleClickCloses() {
        const bar = createTemporaryObject(barComponent, testCase);
        bar.documents.openWelcome();
        bar.documents.openWelcome();
        const list = tabs(bar, 2);
        mouseClick(list.itemAtIndex(1), 10, 10, Qt.MiddleButton);
        compare(bar.documents.count, 1);
    }

    function test_dragReorders() {
        const bar = createTemporaryObject(barComponent, testCase);
        for (let i = 0; i < 3; ++i)
            bar.documents.openWelcome();
        const list = tabs(bar, 3);
        const first = bar.documents.data(bar.documents.index(0, 0), DocumentsModel.UriRole);
        const dragged = list.itemAtIndex(0);
        const target = list.itemAtIndex(2);
        // Press on the first tab, move over the third, in steps as a hand would (in the list's
        // coordinates: the tab itself moves under the pointer).
        const start = dragged.mapToItem(list, 10, dragged.height / 2);
        const end = target.mapToItem(list, target.width / 2, target.height / 2);
        mousePress(list, start.x, start.y);
        for (let step = 1; step <= 10; ++step)
            mouseMove(list, start.x + (end.x - start.x) * step / 10, start.y);
        mouseRelease(list, end.x, end.y);
        tryCompare(bar.documents, "count", 3);
        compare(bar.documents.data(bar.documents.index(2, 0), DocumentsModel.UriRole), first);
    }

    function uris(bar) {
        return [0, 1, 2].map(row => bar.documents.data(bar.documents.index(row, 0), DocumentsModel.UriRole));
    }

    // A touch on the first tab: pressed, held until the long press or not, then slid over the third.
    function touchDrag(list, holdFirst) {
        const dragged = list.itemAtIndex(0);
        const target = list.itemAtIndex(2);
        const start = dragged.mapToItem(list, 10, dragged.height / 2);
        const end = target.mapToItem(list, target.width / 2, target.height / 2);
        const touch = touchEvent(list);
        touch.press(0, list, start.x, start.y).commit();
        if (holdFirst)
            wait(Qt.styleHints.mousePressAndHoldInterval + 300);
        for (let step = 1; step <= 10; ++step) {
            touch.move(0, list, start.x + (end.x - start.x) * step / 10, start.y).commit();
            wait(10);
        }
        touch.release(0, list, end.x, end.y).commit();
    }

    function test_longPressThenDragReordersByTouch() {
        const bar = createTemporaryObject(barComponent, testCase);
        for (let i = 0; i < 3; ++i)
            bar.documents.openWelcome();
        const list = tabs(bar, 3);
        const before = uris(bar);
        touchDrag(list, true);
        // The tab that was first is last now; the row scrolls again.
        tryCompare(bar.documents, "count", 3);
        compare(uris(bar), [before[1], before[2], before[0]]);
        verify(list.interactive);
    }

    function test_aQuickSwipeDoesNotReorder() {
        const bar = createTemporaryObject(barComponent, testCase);
        for (let i = 0; i < 3; ++i)
            bar.documents.openWelcome();
        const list = tabs(bar, 3);
        const before = uris(bar);
        touchDrag(list, false);
        compare(uris(bar), before);
        verify(list.interactive);
    }

    // The titles of the tabs shown, left to right.
    function shownTitles(list) {
        const shown = [];
        for (let row = 0; row < list.count; ++row) {
            const tab = list.itemAtIndex(row);
            if (tab && tab.visible && tab.width > 0)
                shown.push({x: tab.x, title: tab.title});
        }
        return shown.sort((a, b) => a.x - b.x).map(tab => tab.title);
    }

    function test_onlyTheCurrentWorkspacesTabsShow() {
        const bar = createTemporaryObject(barComponent, testCase);
        bar.documents.openResources("/clusters/a", "a");
        bar.documents.openWelcome();
        bar.documents.openResources("/clusters/b", "b");
        const list = Utils.findNamed(bar, "tabs");
        tryCompare(list, "count", 3);
        tryVerify(() => shownTitles(list).length === 1);
        compare(shownTitles(list), ["b"]);
        bar.documents.workspace = "/clusters/a";
        tryVerify(() => shownTitles(list).length === 2);
        compare(shownTitles(list), ["a", "Welcome"]);
        // The first shown tab cannot move left; the last cannot move right.
        compare(list.itemAtIndex(0).first, true);
        compare(list.itemAtIndex(1).last, true);
    }

    // From the keyboard the row of tabs is one stop, the current tab: the arrows, Home and End show
    // another tab and take the focus along; Delete closes the tab and leaves the focus on the next.
    function test_theKeyboardMovesAlongTheTabs() {
        const bar = createTemporaryObject(barComponent, testCase);
        for (let i = 0; i < 3; ++i)
            bar.documents.openWelcome();
        const list = tabs(bar, 3);
        compare(bar.documents.currentIndex, 2);
        verify(list.itemAtIndex(2).activeFocusOnTab);
        verify(!list.itemAtIndex(0).activeFocusOnTab);
        list.itemAtIndex(2).forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Left);
        compare(bar.documents.currentIndex, 1);
        tryVerify(() => list.itemAtIndex(1).activeFocus);
        // The tab left behind is no stop any more.
        verify(!list.itemAtIndex(2).activeFocusOnTab);
        keyClick(Qt.Key_Home);
        compare(bar.documents.currentIndex, 0);
        tryVerify(() => list.itemAtIndex(0).activeFocus);
        keyClick(Qt.Key_Left); // round to the last
        compare(bar.documents.currentIndex, 2);
        keyClick(Qt.Key_Right); // and back to the first
        compare(bar.documents.currentIndex, 0);
        keyClick(Qt.Key_End);
        compare(bar.documents.currentIndex, 2);
        tryVerify(() => list.itemAtIndex(2).activeFocus);
        keyClick(Qt.Key_Delete);
        compare(bar.documents.count, 2);
        tryVerify(() => {
            const tab = list.itemAtIndex(bar.documents.currentIndex);
            return tab !== null && tab.activeFocus;
        });
    }

    // The Menu key and Shift+F10 open the focused tab's menu, its first entry current; Close there
    // leaves the focus on the tab in front.
    function test_theMenuKeyOpensTheTabMenu() {
        const bar = createTemporaryObject(barComponent, testCase);
        bar.documents.openWelcome();
        bar.documents.openWelcome();
        const list = tabs(bar, 2);
        list.itemAtIndex(1).forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_F10, Qt.ShiftModifier);
        // A start page has nothing to duplicate: Close comes first.
        tryVerify(() => testCase.Window.activeFocusItem && testCase.Window.activeFocusItem.text === "Close");
        keyClick(Qt.Key_Escape);
        list.itemAtIndex(1).forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Menu);
        tryVerify(() => testCase.Window.activeFocusItem && testCase.Window.activeFocusItem.text === "Close");
        keyClick(Qt.Key_Return);
        compare(bar.documents.count, 1);
        tryVerify(() => list.itemAtIndex(0) !== null && list.itemAtIndex(0).activeFocus);
    }
}
