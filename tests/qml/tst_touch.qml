import QtQuick
import QtTest
import Teleterm.Models
import Teleterm.Ui
import "TestUtils.js" as Utils

// Teleterm by touch alone, as on a tablet: every menu a right click opens comes with a long press
// too, where the finger is; the terminal pinches to zoom and scrolls its history under a finger;
// the tab bar scrolls and closes a tab flicked up off it; whatever a finger must hit is a finger's
// size and shows without a mouse hovering over it.
TestCase {
    id: testCase

    name: "Touch"
    visible: true
    when: windowShown
    width: 1000
    height: 700

    Component {
        id: clusterComponent

        ClusterDelegate {
            width: 300
            uri: "/clusters/sandbox"
            name: "sandbox"
            connected: true
            leaf: false
            expired: false
            unreachable: false
            userName: "alice"
            validUntil: new Date(Date.now() + 3600 * 1000)
        }
    }

    Component {
        id: gatewayComponent

        GatewayDelegate {
            width: 300
            uri: "/gateways/1"
            targetName: "demo-postgres"
            targetUser: "alice"
            localAddress: "127.0.0.1"
            localPort: "54321"
            targetSubresourceName: ""
            gatewayState: GatewaysModel.Listening
            openConnections: 0
            lastError: ""
        }
    }

    Component {
        id: resourceComponent

        ResourceDelegate {
            width: 800
            index: 0
            uri: "/clusters/sandbox/servers/node-1"
            kind: "server"
            name: "node-1"
            displayName: "node-1"
            address: "127.0.0.1:3022"
            description: ""
            protocol: ""
            publicAddress: ""
            labels: ["env=dev", "a=b"]
            logins: ["root", "alice"]
        }
    }

    Component {
        id: barComponent

        DocumentTabBar {
            y: 200
            width: 700
            documents: DocumentsModel {}
        }
    }

    Component {
        id: terminalComponent

        TerminalPage {
            width: 720
            height: 480
            ptyId: ""
        }
    }

    // A finger held on `item` at (x, y) until the long press, then lifted.
    function longPress(item: Item, x: real, y: real) {
        const touch = touchEvent(item);
        touch.press(0, item, x, y).commit();
        wait(Qt.styleHints.mousePressAndHoldInterval + 200);
        touch.release(0, item, x, y).commit();
    }

    // A finger from (x, y) of `item` to (x + dx, y + dy) in `steps` moves, `ms` apart; it rests
    // `rest` ms before it leaves (0: it leaves moving).
    function swipe(item: Item, x: real, y: real, dx: real, dy: real, steps: int, ms: int, rest: int) {
        const touch = touchEvent(item);
        touch.press(0, item, x, y).commit();
        for (let step = 1; step <= steps; ++step) {
            wait(ms);
            touch.move(0, item, x + dx * step / steps, y + dy * step / steps).commit();
        }
        if (rest > 0)
            wait(rest);
        touch.release(0, item, x + dx, y + dy).commit();
    }

    // The menu opened at the finger: where the long press was, in its parent's coordinates.
    function verifyMenuAt(menu: var, parentItem: Item, x: real, y: real) {
        tryVerify(() => menu.opened, 2000, menu.objectName + " opens");
        compare(menu.parent, parentItem);
        fuzzyCompare(menu.x, x, 1);
        fuzzyCompare(menu.y, y, 1);
        menu.close();
        tryVerify(() => !menu.visible);
    }

    function test_longPressOpensTheClustersMenu() {
        const row = createTemporaryObject(clusterComponent, testCase, {"x": 20, "y": 20});
        const menu = Utils.findObjectNamed(row, "clusterMenu");
        verify(!menu.opened);
        longPress(row, 60, row.lineHeight / 2);
        verifyMenuAt(menu, row, 60, row.lineHeight / 2);
    }

    function test_longPressOpensTheGatewaysMenu() {
        const row = createTemporaryObject(gatewayComponent, testCase, {"x": 20, "y": 20});
        const menu = Utils.findObjectNamed(row, "gatewayMenu");
        longPress(row, 80, row.height / 2);
        verifyMenuAt(menu, row, 80, row.height / 2);
    }

    // A long press (or a right click) on a server's row offers what its Connect button does,
    // there, and the label filters.
    function test_longPressOnAResourceOffersConnect() {
        const row = createTemporaryObject(resourceComponent, testCase, {"x": 20, "y": 20});
        const menu = Utils.findObjectNamed(row, "resourceMenu");
        longPress(row, 300, row.height / 2);
        tryVerify(() => menu.opened);
        const entries = [];
        for (let i = 0; i < menu.count; ++i) {
            const entry = menu.itemAt(i);
            if (entry.objectName === "connectChoice" || entry.objectName === "resourceMenuLabel")
                entries.push(entry.text);
        }
        compare(entries, ["Connect as root", "Connect as alice", "Filter by env=dev", "Filter by a=b"]);
        verifyMenuAt(menu, row, 300, row.height / 2);

        mouseClick(row, 300, row.height / 2, Qt.RightButton);
        verifyMenuAt(menu, row, 300, row.height / 2);
    }

    // A Kubernetes cluster has no Connect: its row's menu filters by its labels only.
    function test_aKubernetesClusterHasNoConnectMenu() {
        const row = createTemporaryObject(resourceComponent, testCase, {"x": 20, "y": 20, "kind": "kube", "logins": []});
        const menu = Utils.findObjectNamed(row, "resourceMenu");
        longPress(row, 300, row.height / 2);
        tryVerify(() => menu.opened);
        for (let i = 0; i < menu.count; ++i)
            verify(menu.itemAt(i).objectName !== "connectChoice");
        menu.close();
        const none = createTemporaryObject(resourceComponent, testCase, {"x": 20, "y": 20, "kind": "kube", "logins": [], "labels": []});
        const empty = Utils.findObjectNamed(none, "resourceMenu");
        longPress(none, 300, none.height / 2);
        wait(100);
        verify(!empty.opened);
    }

    function test_longPressOpensTheTabsMenu() {
        const bar = createTemporaryObject(barComponent, testCase);
        bar.documents.openWelcome();
        bar.documents.openWelcome();
        const list = Utils.findNamed(bar, "tabs");
        tryVerify(() => list.count === 2 && list.width > 0 && list.width === list.contentWidth);
        const tab = list.itemAtIndex(1);
        const menu = Utils.findObjectNamed(tab, "tabMenu");
        longPress(tab, 20, tab.height / 2);
        verifyMenuAt(menu, tab, 20, tab.height / 2);
        compare(bar.documents.count, 2); // a long press alone neither closes nor moves
    }

    function test_longPressOpensTheTerminalsMenu() {
        const page = createTemporaryObject(terminalComponent, testCase);
        const menu = Utils.findObjectNamed(page, "terminalMenu");
        tryVerify(() => page.view.rows > 0);
        longPress(page.view, 200, 150);
        verifyMenuAt(menu, page.view, 200, 150);
    }

    // Two fingers apart or together, from (x ± gap / 2, y) to (x ± (gap + by) / 2, y).
    function pinch(item: Item, x: real, y: real, gap: real, by: real) {
        const touch = touchEvent(item);
        touch.press(0, item, x - gap / 2, y).press(1, item, x + gap / 2, y).commit();
        const steps = 10;
        for (let step = 1; step <= steps; ++step) {
            wait(10);
            const half = (gap + by * step / steps) / 2;
            touch.move(0, item, x - half, y).move(1, item, x + half, y).commit();
        }
        const end = (gap + by) / 2;
        touch.release(0, item, x - end, y).release(1, item, x + end, y).commit();
    }

    function test_pinchZoomsTheTerminalWithinItsBounds() {
        const page = createTemporaryObject(terminalComponent, testCase);
        const view = page.view;
        tryVerify(() => view.rows > 0);
        const start = view.fontPixelSize;
        compare(start, Settings.terminalFontSize > 0 ? Settings.terminalFontSize : Theme.terminalFontSize);
        const columns = view.columns;

        pinch(view, 360, 200, 100, 100); // twice as far apart
        tryVerify(() => view.fontPixelSize >= start + 4, 2000, "the font grew: " + view.fontPixelSize);
        verify(view.fontPixelSize <= start * 2 + 1);
        verify(view.columns < columns); // the grid follows

        pinch(view, 360, 200, 40, 600); // far apart: at most the largest size
        tryCompare(view, "fontPixelSize", 72);
        pinch(view, 360, 200, 640, -620); // all the way together: at least the smallest
        tryCompare(view, "fontPixelSize", 6);

        // A zoom for the moment, as Ctrl+Minus: Ctrl+0 is back to the size the settings give.
        view.resetZoom();
        compare(view.fontPixelSize, start);
        // One finger does not zoom.
        swipe(view, 360, 100, 200, 0, 10, 10, 0);
        compare(view.fontPixelSize, start);
    }

    // The terminal's lines, numbered; the last ones show.
    function fill(view: var, lines: int) {
        let text = "";
        for (let i = 0; i < lines; ++i)
            text += "line " + i + "\r\n";
        view.feed(text);
        tryCompare(view, "historySize", lines + 1 - view.rows);
    }

    function test_aFingerScrollsTheTerminalsHistoryAndDoesNotSelect() {
        const page = createTemporaryObject(terminalComponent, testCase);
        const view = page.view;
        tryVerify(() => view.rows > 0);
        fill(view, 300);
        compare(view.scrollOffset, 0);
        // Down by about ten lines, resting before it leaves: as many older lines show, and the
        // history stops with the finger.
        swipe(view, 300, 50, 0, 200, 20, 30, 200);
        const scrolled = view.scrollOffset;
        verify(scrolled >= 8 && scrolled <= 14, "scrolled " + scrolled);
        verify(!view.hasSelection);
        wait(200);
        compare(view.scrollOffset, scrolled);
        verify(!view.flicking);

        // Flicked up from further up the history: it glides on towards the newest lines after
        // the finger left, and stops at them.
        view.scrollOffset = 30;
        swipe(view, 300, 300, 0, -200, 5, 10, 0);
        const atRelease = view.scrollOffset;
        verify(view.flicking);
        tryVerify(() => !view.flicking, 5000);
        verify(atRelease > 12 && atRelease < 26, "at " + atRelease + " when the finger left");
        compare(view.scrollOffset, 0);
        verify(!view.hasSelection);

        // The mouse still selects.
        mousePress(view, 10, 10);
        mouseMove(view, 200, 60);
        mouseRelease(view, 200, 60);
        verify(view.hasSelection);
        compare(view.scrollOffset, 0);
    }

    // The uris of the tabs, in their order.
    function uris(documents: var): var {
        const out = [];
        for (let row = 0; row < documents.count; ++row)
            out.push(documents.data(documents.index(row, 0), DocumentsModel.UriRole));
        return out;
    }

    function test_aSwipeScrollsTheTabs() {
        const bar = createTemporaryObject(barComponent, testCase);
        for (let i = 0; i < 12; ++i)
            bar.documents.openWelcome();
        const list = Utils.findNamed(bar, "tabs");
        tryVerify(() => list.count === 12 && list.width > 0 && list.contentWidth > list.width * 1.5);
        const before = uris(bar.documents);
        // The newest tab is current, and in sight.
        compare(bar.documents.currentIndex, 11);
        const last = list.itemAtIndex(11);
        tryVerify(() => last.x + last.width <= list.contentX + list.width + 1);
        list.positionViewAtBeginning();
        compare(list.contentX, 0);

        swipe(list, list.width - 20, list.height / 2, -400, 0, 8, 15, 0);
        tryVerify(() => !list.moving);
        verify(list.contentX > 200, "scrolled to " + list.contentX);
        compare(uris(bar.documents), before); // nothing closed or moved
        compare(bar.documents.currentIndex, 11);
    }

    function test_aTabFlickedUpOffTheBarCloses() {
        const bar = createTemporaryObject(barComponent, testCase);
        for (let i = 0; i < 3; ++i)
            bar.documents.openWelcome();
        const list = Utils.findNamed(bar, "tabs");
        tryVerify(() => list.count === 3 && list.width > 0 && list.width === list.contentWidth);
        const before = uris(bar.documents);
        const tab = list.itemAtIndex(1);
        // Where the finger starts, in the bar's coordinates: the tab moves under it.
        const start = tab.mapToItem(bar, 30, tab.height / 2);

        // Not far enough: it comes back.
        swipe(bar, start.x, start.y, 0, -tab.height * 0.9, 6, 15, 0);
        compare(uris(bar.documents), before);
        compare(bar.documents.currentIndex, 2);
        tryCompare(tab, "opacity", 1);
        // Down: nothing.
        swipe(bar, start.x, start.y, 0, tab.height * 2, 6, 15, 0);
        compare(uris(bar.documents), before);
        // Sideways, and a little up: none closes.
        swipe(bar, start.x, start.y, 200, -tab.height / 3, 8, 15, 0);
        compare(uris(bar.documents), before);

        // Up, off the bar by its height: the tab fades as it goes, and closes.
        const touch = touchEvent(bar);
        touch.press(0, bar, start.x, start.y).commit();
        for (let step = 1; step <= 8; ++step) {
            wait(15);
            touch.move(0, bar, start.x, start.y - tab.height * 1.2 * step / 8).commit();
        }
        verify(tab.opacity < 1);
        touch.release(0, bar, start.x, start.y - tab.height * 1.2).commit();
        tryCompare(bar.documents, "count", 2);
        compare(uris(bar.documents), [before[0], before[2]]);
    }

    function verifyFingerSized(item: Item, what: string) {
        verify(item.visible, what + " shows");
        verify(item.width >= Theme.touchTarget && item.height >= Theme.touchTarget, what + " is " + item.width + "x" + item.height);
    }

    // No mouse has been over any of these: what a finger must hit shows anyway, and is a finger's size.
    function test_touchTargetsShowWithoutHover() {
        const bar = createTemporaryObject(barComponent, testCase);
        bar.documents.openWelcome();
        bar.documents.openWelcome();
        const list = Utils.findNamed(bar, "tabs");
        tryVerify(() => list.count === 2 && list.width === list.contentWidth);
        for (let i = 0; i < 2; ++i) {
            verify(!list.itemAtIndex(i).hovered);
            verifyFingerSized(Utils.findNamed(list.itemAtIndex(i), "closeButton"), "tab " + i + "'s close button");
        }
        verifyFingerSized(Utils.findNamed(bar, "newTabButton"), "new tab");
        verifyFingerSized(Utils.findNamed(bar, "newTerminalButton"), "new terminal");

        const row = createTemporaryObject(resourceComponent, testCase, {"x": 20, "y": 300});
        verify(!row.hovered);
        verifyFingerSized(Utils.findNamed(row, "connectButton"), "Connect");
        const chip = Utils.findNamed(row, "labelChip");
        verifyFingerSized(chip, "a label");
        // A short label is still a finger wide; the chip is drawn smaller inside its target.
        verify(chip.background.height < chip.height);

        const cluster = createTemporaryObject(clusterComponent, testCase, {"x": 20, "y": 500});
        verifyFingerSized(Utils.findNamed(cluster, "expandCluster"), "expand");
        verify(cluster.lineHeight >= Theme.touchTarget);
    }

    // A tap on a label chip's target, outside the chip drawn, still filters by it.
    function test_aChipIsHitAroundWhatIsDrawn() {
        const row = createTemporaryObject(resourceComponent, testCase, {"x": 20, "y": 20});
        const chip = Utils.findNamed(row, "labelChip");
        const toggled = [];
        row.labelToggled.connect(label => toggled.push(label));
        const touch = touchEvent(chip);
        touch.press(0, chip, chip.width / 2, 2).commit();
        touch.release(0, chip, chip.width / 2, 2).commit();
        compare(toggled, [chip.text]);
    }
}
