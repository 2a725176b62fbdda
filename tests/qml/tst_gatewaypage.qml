import QtQuick
import QtTest
import Teleterm.Models
import Teleterm.Ui
import "TestUtils.js" as Utils

TestCase {
    id: testCase

    name: "GatewayPage"
    visible: true
    when: windowShown
    width: 900
    height: 700

    readonly property var listening: ({
            "uri": "/gateways/3",
            "targetName": "demo-postgres",
            "targetUri": "/clusters/sandbox/dbs/demo-postgres",
            "targetUser": "alice",
            "localAddress": "127.0.0.1",
            "localPort": "54321",
            "protocol": "postgres",
            "cliCommand": "psql \"postgres://alice@localhost:54321/demo\"",
            "targetSubresourceName": "demo",
            "gatewayState": GatewaysModel.Listening,
            "openConnections": 2,
            "totalConnections": 5,
            "lastError": "",
            "lastErrorTime": new Date(NaN),
            "certificateValidUntil": new Date(Date.now() + 3600 * 1000),
            "clusterUri": "/clusters/sandbox",
            "operationError": "",
            "busy": false
        })

    Component {
        id: pageComponent

        GatewayPage {
            width: testCase.width
            height: testCase.height
        }
    }

    Component {
        id: fieldComponent

        ApplyField {
            width: 400
            value: "5432"
            accessibleName: "Port"
        }
    }

    SignalSpy {
        id: spy
    }

    function test_showsTheGateway() {
        const page = createTemporaryObject(pageComponent, testCase, {
            "gateway": testCase.listening
        });
        compare(Utils.findNamed(page, "gatewayTitle").text, "demo-postgres");
        verify(Utils.findNamed(page, "gatewayTarget").text.indexOf("sandbox as alice") >= 0);
        page.clusterName = "Sandbox cluster";
        verify(Utils.findNamed(page, "gatewayTarget").text.indexOf("Sandbox cluster as alice") >= 0);
        compare(Utils.findNamed(page, "gatewayState").text, "Listening on 127.0.0.1:54321");
        const connections = Utils.findNamed(page, "gatewayConnections").text;
        verify(connections.indexOf("2 connection") >= 0, connections);
        verify(connections.indexOf("5 in total") >= 0, connections);
        verify(connections.indexOf("certificate expires in") >= 0, connections);
        verify(!Utils.findNamed(page, "gatewayLastError").visible);
        verify(!Utils.findNamed(page, "gatewayGone").visible);
        compare(Utils.findNamed(page, "gatewayCommand").text, testCase.listening.cliCommand);
        compare(Utils.findNamed(Utils.findNamed(page, "gatewayPort"), "applyInput").text, "54321");
        compare(Utils.findNamed(Utils.findNamed(page, "gatewayDatabaseName"), "applyInput").text, "demo");
        verify(Utils.findNamed(page, "openGatewayTerminal").enabled);
    }

    // The field typed into shows whole, scrolled to if need be: when it takes the focus, and when
    // the page gets shorter under it, as when an on-screen keyboard comes up.
    function test_theFieldTypedIntoStaysInSight() {
        const page = createTemporaryObject(pageComponent, testCase, {
            "gateway": testCase.listening
        });
        const flick = Utils.findNamed(page, "gatewayFlickable");
        const input = Utils.findNamed(Utils.findNamed(page, "gatewayDatabaseName"), "applyInput");
        const shown = () => {
            const area = input.mapToItem(flick, 0, 0, input.width, input.height);
            return area.y >= 0 && area.y + area.height <= flick.height;
        };
        input.forceActiveFocus();
        verify(shown());
        compare(flick.contentY, 0);
        // The page shrinks to less than the field's place: it scrolls up to it.
        page.height = 200;
        tryVerify(shown);
        verify(flick.contentY > 0);
        // Scrolled away and focused again: back in sight.
        flick.contentY = 0;
        verify(!shown());
        input.focus = false;
        input.forceActiveFocus();
        tryVerify(shown);
        // Tall again: the whole page shows, from its top.
        page.height = testCase.height;
        compare(flick.contentY, 0);
    }

    function test_errorsShowInline() {
        const gateway = Object.assign({}, testCase.listening);
        gateway.gatewayState = GatewaysModel.NotListening;
        gateway.lastError = "the proxy refused the connection";
        gateway.lastErrorTime = new Date();
        gateway.operationError = "port 54322 is in use";
        const page = createTemporaryObject(pageComponent, testCase, {
            "gateway": gateway
        });
        verify(Utils.findNamed(page, "gatewayState").text.startsWith("Not listening"));
        const lastError = Utils.findNamed(page, "gatewayLastError");
        verify(lastError.visible);
        verify(lastError.text.indexOf("the proxy refused the connection") >= 0);
        // Beside the field that was applied: the port's, or the database name's; standing alone,
        // the daemon's words start with a capital.
        page.lastApplied = "port";
        const beside = Utils.findVisibleNamed(page, "gatewayOperationError");
        verify(beside !== null);
        compare(beside.text, "Port 54322 is in use");
        verify(beside.y < Utils.findNamed(page, "gatewayDatabaseName").y);
        page.lastApplied = "databaseName";
        const below = Utils.findVisibleNamed(page, "gatewayOperationError");
        verify(below !== null && below !== beside);
        compare(below.text, "Port 54322 is in use");
    }

    function test_buttonsAsk() {
        const page = createTemporaryObject(pageComponent, testCase, {
            "gateway": testCase.listening
        });
        spy.target = null;
        spy.signalName = "terminalRequested";
        spy.target = page;
        spy.clear();
        mouseClick(Utils.findNamed(page, "openGatewayTerminal"));
        compare(spy.count, 1);
        spy.signalName = "copyRequested";
        spy.clear();
        mouseClick(Utils.findNamed(page, "copyGatewayCommand"));
        compare(spy.count, 1);
        spy.signalName = "removeRequested";
        spy.clear();
        mouseClick(Utils.findNamed(page, "removeGateway"));
        compare(spy.count, 1);
        // A new port, by keyboard: typed, then Enter.
        spy.signalName = "portApplied";
        spy.clear();
        const port = Utils.findNamed(Utils.findNamed(page, "gatewayPort"), "applyInput");
        port.forceActiveFocus();
        port.selectAll();
        keyClick(Qt.Key_6);
        keyClick(Qt.Key_0);
        keyClick(Qt.Key_0);
        keyClick(Qt.Key_0);
        keyClick(Qt.Key_0);
        keyClick(Qt.Key_Return);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "60000");
    }

    function test_aGoneGatewayOffersToComeBack() {
        const page = createTemporaryObject(pageComponent, testCase, {
            "gone": true,
            "launch": {
                "targetUri": "/clusters/sandbox/dbs/demo-postgres",
                "targetName": "demo-postgres",
                "targetUser": "alice",
                "localPort": "54321",
                "targetSubresourceName": ""
            }
        });
        const gone = Utils.findNamed(page, "gatewayGone");
        verify(gone.visible);
        compare(Utils.findNamed(page, "gatewayTitle").text, "demo-postgres");
        const recreate = Utils.findNamed(page, "recreateGateway");
        compare(recreate.text, "Create it again on port 54321");
        spy.target = null;
        spy.signalName = "recreateRequested";
        spy.target = page;
        spy.clear();
        mouseClick(recreate);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], false);
        // The port was taken meanwhile: any free one, next time.
        page.createError = "port 54321 is in use";
        verify(Utils.findNamed(page, "gatewayCreateError").visible);
        compare(recreate.text, "Create it on another port");
        mouseClick(recreate);
        compare(spy.signalArguments[1][0], true);
        spy.signalName = "closeTabRequested";
        spy.clear();
        mouseClick(Utils.findNamed(page, "closeGoneTab"));
        compare(spy.count, 1);
    }

    function test_applyFieldKeepsWhatIsTypedUntilItTakes() {
        const field = createTemporaryObject(fieldComponent, testCase);
        const input = Utils.findNamed(field, "applyInput");
        const button = Utils.findNamed(field, "applyButton");
        compare(input.text, "5432");
        verify(!button.enabled); // nothing typed
        spy.target = null;
        spy.signalName = "applied";
        spy.target = field;
        spy.clear();
        input.forceActiveFocus();
        input.selectAll();
        keyClick(Qt.Key_8);
        keyClick(Qt.Key_0);
        verify(field.edited);
        verify(button.enabled);
        mouseClick(button);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "80");
        // Refused: the value stays, and so does what was typed.
        field.value = "5432";
        compare(input.text, "80");
        // Another value from elsewhere while typing: the typing stays.
        field.value = "6000";
        compare(input.text, "80");
        // It took: the field shows the value and is no longer edited.
        field.value = "80";
        verify(!field.edited);
        verify(!button.enabled);
        // Escape forgets the typing.
        input.forceActiveFocus();
        keyClick(Qt.Key_9);
        verify(field.edited);
        keyClick(Qt.Key_Escape);
        compare(input.text, "80");
        verify(!field.edited);
        // Busy: nothing to apply.
        field.busy = true;
        keyClick(Qt.Key_1);
        verify(!button.enabled);
    }
}
