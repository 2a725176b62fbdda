import QtQuick
import QtTest
import Teleterm.Backend
import Teleterm.Models
import Teleterm.Ui
import "TestUtils.js" as Utils

TestCase {
    id: testCase

    name: "AppShell"
    // A TestCase is invisible by default; the components under test must be seen to be clicked.
    visible: true
    when: windowShown
    width: 1100
    height: 700

    Component {
        id: shellComponent

        AppShell {
            width: testCase.width
            height: testCase.height
        }
    }

    function test_startsOnTheWelcomePage() {
        const shell = createTemporaryObject(shellComponent, testCase);
        compare(shell.documents.count, 1);
        tryVerify(() => Utils.findNamed(shell, "welcomePage") !== null && Utils.findNamed(shell, "welcomePage").visible);
        verify(Utils.findNamed(shell, "sidebar").visible);
        verify(!Utils.findNamed(shell, "emptyTabsPage").visible);
    }

    function test_daemonStateIsShown() {
        const shell = createTemporaryObject(shellComponent, testCase);
        // The suite's DaemonClient is never started.
        compare(DaemonClient.state, DaemonClient.Idle);
        const label = Utils.findNamed(shell, "statusLabel");
        compare(label.text, DaemonClient.statusText);
        verify(label.text.length > 0);
        verify(!Utils.findNamed(shell, "insecureBanner").visible);
        verify(!Utils.findNamed(shell, "daemonBanner").visible);
    }

    function test_closingEveryTabShowsTheEmptyPage() {
        const shell = createTemporaryObject(shellComponent, testCase);
        shell.documents.close(0);
        compare(shell.documents.count, 0);
        const empty = Utils.findNamed(shell, "emptyTabsPage");
        verify(empty.visible);
        keySequence("Ctrl+Shift+T");
        compare(shell.documents.count, 1);
        verify(!empty.visible);
    }

    function test_tabShortcuts() {
        const shell = createTemporaryObject(shellComponent, testCase);
        keySequence("Ctrl+Shift+T");
        keySequence("Ctrl+Shift+T");
        compare(shell.documents.count, 3);
        compare(shell.documents.currentIndex, 2);
        keySequence("Ctrl+Tab");
        compare(shell.documents.currentIndex, 0);
        keySequence("Ctrl+Shift+Tab");
        compare(shell.documents.currentIndex, 2);
        keySequence("Ctrl+Shift+W");
        compare(shell.documents.count, 2);
    }

    function test_shortcutsFollowTheSettings() {
        const shell = createTemporaryObject(shellComponent, testCase);
        const before = shell.documents.count;
        verify(Settings.setShortcut("newTab", ["Ctrl+Alt+N"]));
        keySequence("Ctrl+Alt+N");
        compare(shell.documents.count, before + 1);
        keySequence("Ctrl+Shift+T"); // no longer bound
        compare(shell.documents.count, before + 1);
        Settings.resetShortcut("newTab");
        keySequence("Ctrl+Shift+T");
        compare(shell.documents.count, before + 2);
    }

    function test_aReloginRequestOpensTheLoginDialogOnce() {
        const shell = createTemporaryObject(shellComponent, testCase);
        const login = shell.loginDialog;
        verify(!login.opened);
        DaemonClient.reloginRequired("/clusters/sandbox", "A connection to demo-postgres waits for you to log in again.", "/gateways/1");
        tryVerify(() => login.opened);
        compare(login.clusterUri, "/clusters/sandbox");
        compare(login.clusterName, "sandbox");
        compare(login.notice, "A connection to demo-postgres waits for you to log in again.");
        // One at a time: a second request does not replace the first.
        DaemonClient.reloginRequired("/clusters/other", "Another.", "");
        compare(login.clusterUri, "/clusters/sandbox");
        compare(login.notice, "A connection to demo-postgres waits for you to log in again.");
        // Settled for another cluster: nothing; for this one, untouched: it goes.
        DaemonClient.reloginSettled("/clusters/other");
        verify(login.opened);
        DaemonClient.reloginSettled("/clusters/sandbox");
        tryVerify(() => !login.opened);

        // The user started typing: it stays.
        DaemonClient.reloginRequired("/clusters/sandbox", "Again.", "");
        tryVerify(() => login.opened);
        const user = Utils.findNamed(login.contentItem, "loginUser");
        user.forceActiveFocus();
        keyClick(Qt.Key_A);
        verify(login.touched);
        DaemonClient.reloginSettled("/clusters/sandbox");
        wait(50);
        verify(login.opened);
        login.close();
        tryVerify(() => !login.opened);
    }

    function test_aReloginRequestTakesOverTheExpiredSessionsDialog() {
        const shell = createTemporaryObject(shellComponent, testCase);
        const login = shell.loginDialog;
        // The session expired: the dialog asks by itself (not for the daemon's waiting).
        login.openFor("/clusters/sandbox", "sandbox", "dave", "Your session on sandbox has expired.");
        tryVerify(() => login.opened);
        verify(!login.relogin);
        DaemonClient.reloginRequired("/clusters/sandbox", "A connection waits for you to log in again.", "/gateways/2");
        compare(login.notice, "A connection waits for you to log in again.");
        verify(login.relogin);
        DaemonClient.reloginSettled("/clusters/sandbox");
        tryVerify(() => !login.opened);
    }

    function test_notificationsShowUntilDismissed() {
        const shell = createTemporaryObject(shellComponent, testCase);
        DaemonClient.notification("A connection to demo-postgres was refused: the proxy does not answer.", "/clusters/sandbox", "/gateways/1");
        tryVerify(() => Utils.findNamed(shell, "notificationBanner") !== null);
        const banner = Utils.findNamed(shell, "notificationBanner");
        verify(banner.visible);
        compare(banner.text, "A connection to demo-postgres was refused: the proxy does not answer.");
        // The same again is one banner; there are never more than three.
        DaemonClient.notification("A connection to demo-postgres was refused: the proxy does not answer.", "", "");
        compare(shell.notifications.count, 1);
        for (let i = 0; i < 5; ++i)
            DaemonClient.notification("Notification " + i, "", "");
        compare(shell.notifications.count, 3);
        compare(shell.notifications.get(2).message, "Notification 4");
        for (let left = 3; left > 0; --left) {
            const shown = Utils.findNamed(shell, "notificationBanner");
            verify(shown.visible);
            const action = Utils.findNamed(shown, "bannerAction");
            // Clicked where it is once the banners just added are laid out.
            tryVerify(() => action.width > 0 && shown.width > 0);
            wait(50);
            mouseClick(action);
            tryCompare(shell.notifications, "count", left - 1);
        }
    }

    function test_theGatewaysSectionSaysHowToGetOne() {
        const shell = createTemporaryObject(shellComponent, testCase);
        const section = Utils.findNamed(shell, "gatewaysSection");
        verify(section.visible);
        compare(shell.gateways.count, 0);
        verify(Utils.findNamed(section, "emptyText").visible);
    }

    // The focus goes with the tab in front into its page; with every tab closed, to the empty
    // page's button; Ctrl+Shift+E takes it to the sidebar, a tab's shortcut back into the page.
    function test_theFocusFollowsTheTabs() {
        const shell = createTemporaryObject(shellComponent, testCase);
        tryVerify(() => Utils.findVisibleNamed(shell, "proxyAddressField") !== null && Utils.findVisibleNamed(shell, "proxyAddressField").activeFocus);
        keySequence("Ctrl+Shift+W");
        compare(shell.documents.count, 0);
        const open = Utils.findNamed(shell, "openTabButton");
        tryVerify(() => open.activeFocus);
        keyClick(Qt.Key_Space);
        compare(shell.documents.count, 1);
        tryVerify(() => Utils.findVisibleNamed(shell, "proxyAddressField") !== null && Utils.findVisibleNamed(shell, "proxyAddressField").activeFocus);
        // No cluster yet: the sidebar's first stop.
        keySequence("Ctrl+Shift+E");
        tryVerify(() => Utils.findNamed(shell, "addClusterSidebarButton").activeFocus);
        keySequence("Alt+1");
        tryVerify(() => Utils.findVisibleNamed(shell, "proxyAddressField").activeFocus);
    }
}
