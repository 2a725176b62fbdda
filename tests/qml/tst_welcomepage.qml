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
        // No daemon answers in this suite: the form says so, in words, and stays usable.
        const failure = Utils.findNamed(page, "addClusterFailure");
        verify(!failure.visible);
        mouseClick(button);
        tryVerify(() => failure.visible, 15000);
        verify(failure.text.indexOf("Nothing answers") >= 0, failure.text);
        tryVerify(() => button.enabled);
        // Editing the address again clears the answer about the previous one.
        mouseClick(field);
        keyClick(Qt.Key_End);
        keyClick(Qt.Key_Backspace);
        compare(field.text, "teleport.example.com:308");
        verify(!failure.visible);
    }

    function test_enterSubmits() {
        const page = createTemporaryObject(pageComponent, testCase);
        typeAddress(page, "proxy.corp");
        keyClick(Qt.Key_Return);
        tryVerify(() => Utils.findNamed(page, "addClusterFailure").visible, 15000);
    }
}
