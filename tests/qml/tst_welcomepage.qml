import QtQuick
import QtTest
import Teleterm.Ui
import "TestUtils.js" as Utils

TestCase {
    id: testCase

    name: "WelcomePage"
    // A TestCase is invisible by default; the components under test must be seen to be clicked.
    visible: true
    when: windowShown
    width: 800
    height: 600

    Component {
        id: pageComponent

        WelcomePage {
            width: testCase.width
            height: testCase.height
        }
    }

    // Types the address: all but its last character set at once, the last one as a key press.
    function typeAddress(page: Item, text: string) {
        const field = Utils.findNamed(page, "proxyAddressField");
        field.forceActiveFocus();
        field.text = text.slice(0, -1);
        field.cursorPosition = field.text.length;
        keyClick(text.slice(-1));
        compare(field.text, text);
        return field;
    }

    function test_emptyFieldSaysNothingAndCannotSubmit() {
        const page = createTemporaryObject(pageComponent, testCase);
        const error = Utils.findNamed(page, "addressError");
        const button = Utils.findNamed(page, "addClusterButton");
        verify(!error.visible);
        verify(!button.enabled);
    }

    function test_badAddressIsExplained() {
        const page = createTemporaryObject(pageComponent, testCase);
        typeAddress(page, "http://teleport.example.com");
        const error = Utils.findNamed(page, "addressError");
        tryVerify(() => error.visible);
        verify(error.text.indexOf("http://") >= 0, error.text);
        verify(!Utils.findNamed(page, "addClusterButton").enabled);
    }

    function test_goodAddressCanBeSubmitted() {
        const page = createTemporaryObject(pageComponent, testCase);
        const field = typeAddress(page, "teleport.example.com:3080");
        const button = Utils.findNamed(page, "addClusterButton");
        tryVerify(() => button.enabled);
        verify(!Utils.findNamed(page, "addressError").visible);
        const notice = Utils.findNamed(page, "notAvailableNotice");
        verify(!notice.visible);
        mouseClick(button);
        verify(notice.visible);
        verify(notice.text.indexOf("teleport.example.com:3080") >= 0, notice.text);
        // Editing the address again hides the answer to the previous one.
        mouseClick(field);
        keyClick(Qt.Key_End);
        keyClick(Qt.Key_Backspace);
        compare(field.text, "teleport.example.com:308");
        verify(!notice.visible);
    }

    function test_enterSubmits() {
        const page = createTemporaryObject(pageComponent, testCase);
        typeAddress(page, "proxy.corp");
        keyClick(Qt.Key_Return);
        verify(Utils.findNamed(page, "notAvailableNotice").visible);
    }
}
