import QtQuick
import QtTest
import Teleterm.Models
import Teleterm.Ui
import "../qml/TestUtils.js" as Utils

// The real window under QT_IM_MODULE=qtvirtualkeyboard (tests/CMakeLists.txt sets it, under Xvfb):
// a tap on a field brings Qt Virtual Keyboard's panel up along the bottom, the window makes room
// above it, the field typed into stays in sight above it, and the keys type into it, in a dialog
// too. Pictures of it, light and dark, go to the build's screenshots/.
TestCase {
    id: testCase

    name: "VirtualKeyboard"
    when: windowShown

    Component {
        id: mainComponent

        Main {}
    }

    // The window's topmost item (the overlay and the content are under it).
    function rootOf(window: var): Item {
        let item = window.contentItem;
        while (item.parent)
            item = item.parent;
        return item;
    }

    // The panel, once the window has loaded it.
    function panelOf(window: var): Item {
        const loader = Utils.findNamed(rootOf(window), "keyboardLoader");
        verify(loader);
        tryCompare(loader, "status", Loader.Ready);
        return loader.item;
    }

    // A finger's tap in the middle of `item`.
    function tap(item: Item) {
        const touch = touchEvent(item);
        touch.press(0, item, item.width / 2, item.height / 2).commit();
        touch.release(0, item, item.width / 2, item.height / 2).commit();
    }

    // Once the keyboard is up: `item` shows whole above it.
    function verifyAboveTheKeyboard(window: var, panel: Item, item: Item) {
        tryVerify(() => panel.active && OnScreenKeyboard.height > 0, 15000, "the keyboard comes up");
        const top = window.height - OnScreenKeyboard.height;
        fuzzyCompare(panel.mapToItem(null, 0, 0).y, top, 1);
        tryVerify(() => item.mapToItem(null, 0, item.height).y <= top, 10000, item.objectName + " ends at " + item.mapToItem(null, 0, item.height).y + ", the keyboard starts at " + top);
        verify(item.mapToItem(null, 0, 0).y >= 0);
    }

    // A tap on `field`: it takes the focus, the keyboard comes up, and the field shows above it.
    function tapToType(window: var, panel: Item, field: Item) {
        tap(field);
        tryVerify(() => field.activeFocus);
        verifyAboveTheKeyboard(window, panel, field);
    }

    // The key of the keyboard that types `key`.
    function keyOf(panel: Item, key: int): Item {
        const find = parent => {
            for (let i = 0; i < parent.children.length; ++i) {
                const child = parent.children[i];
                if (child.visible && child.key === key && child.width > 0)
                    return child;
                const found = find(child);
                if (found)
                    return found;
            }
            return null;
        };
        const found = find(panel);
        verify(found, "a key for " + key);
        return found;
    }

    function shoot(window: var, name: string) {
        waitForRendering(window.contentItem);
        grabImage(rootOf(window)).save(screenshotDirectory + "/keyboard-" + name + ".png");
    }

    function test_aFieldTypedIntoStaysAboveTheKeyboard_data() {
        return [{
                "tag": "light",
                "mode": "light"
            }, {
                "tag": "dark",
                "mode": "dark"
            }];
    }

    function test_aFieldTypedIntoStaysAboveTheKeyboard(data) {
        verify(OnScreenKeyboard.builtIn);
        Theme.mode = data.mode;
        const window = createTemporaryObject(mainComponent, testCase, {"width": 1180, "height": 760});
        verify(waitForRendering(window.contentItem));
        // In front of the suite's own window: the focus, and so the keyboard, are the window's
        // in front.
        window.requestActivate();
        tryVerify(() => window.active);
        const shell = Utils.findNamed(window.contentItem, "appShell");
        const panel = panelOf(window);
        verify(!panel.active);
        compare(OnScreenKeyboard.height, 0);
        compare(shell.height, window.height);

        // The start page's address (in a new tab: the window keeps the last test's tabs): the
        // window makes room, the page is as tall as what is left.
        shell.documents.openWelcome();
        const address = Utils.findVisibleNamed(shell, "proxyAddressField");
        tapToType(window, panel, address);
        fuzzyCompare(shell.height, window.height - OnScreenKeyboard.height, 1);
        mouseClick(keyOf(panel, Qt.Key_T));
        mouseClick(keyOf(panel, Qt.Key_E));
        tryCompare(address, "text", "te");
        shoot(window, "welcome-" + data.mode);

        // The login dialog, a popup over the window: above the keyboard too; a key pressed on the
        // keyboard types into it rather than closing it as a press outside it would.
        const login = shell.loginDialog;
        login.openFor("/clusters/sandbox", "sandbox", "alice", "");
        tryVerify(() => login.opened);
        const password = Utils.findNamed(login.contentItem, "loginPassword");
        tapToType(window, panel, password);
        verifyAboveTheKeyboard(window, panel, Utils.findNamed(login.contentItem, "loginButton"));
        mouseClick(keyOf(panel, Qt.Key_X));
        tryCompare(password, "text", "x");
        verify(login.opened);
        shoot(window, "login-" + data.mode);
        login.close();
        tryVerify(() => !login.opened);

        // A cluster's resources: the search field, at the top.
        shell.documents.openResources("/clusters/sandbox", "sandbox");
        tryVerify(() => Utils.findVisibleNamed(shell, "resourceSearch") !== null);
        const search = Utils.findVisibleNamed(shell, "resourceSearch");
        tapToType(window, panel, search);

        // Put away: the window has its whole height again.
        Qt.inputMethod.hide();
        tryVerify(() => !panel.active && OnScreenKeyboard.height === 0);
        tryCompare(shell, "height", window.height);
        Theme.mode = Qt.binding(() => Settings.theme);
    }
}
