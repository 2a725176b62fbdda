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
}
