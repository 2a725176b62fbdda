pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Models
import Teleterm.Ui

// A gateway's tab: what it connects to, where it listens (the port can change), the database
// name its command line names, the command ready to copy or to run in a terminal, and how it is
// doing. When the daemon no longer has the gateway, the tab says so and offers to create it again.
Item {
    id: page

    // The gateway as GatewaysModel.get() describes it; {} when the daemon does not list it.
    property var gateway: ({})
    // The daemon was asked and has no such gateway.
    property bool gone: false
    // What the tab remembers of it: {targetUri, targetName, targetUser, localPort, targetSubresourceName}.
    property var launch: ({})
    // Creating it again is under way, or failed.
    property bool creating: false
    property string createError

    signal portApplied(string port)
    signal databaseNameApplied(string name)
    signal copyRequested
    signal terminalRequested
    signal removeRequested
    signal recreateRequested(bool anyPort)
    signal closeTabRequested

    readonly property bool known: gateway.uri !== undefined
    readonly property string targetName: known ? gateway.targetName : (launch.targetName || "")
    readonly property string targetUser: known ? gateway.targetUser : (launch.targetUser || "")
    // The database's cluster, by the name the clusters list gives it (else the last part of its uri).
    readonly property string clusterUri: known ? gateway.clusterUri : (launch.targetUri || "").split("/dbs/")[0]
    property string clusterName: clusterUri.split("/").pop()
    // Which change was asked last ("port" or "databaseName"): its error shows beside it.
    property string lastApplied
    readonly property int gatewayState: known ? gateway.gatewayState : GatewaysModel.Unknown
    readonly property string address: known ? (gateway.localAddress.length > 0 ? gateway.localAddress : "127.0.0.1") : "127.0.0.1"

    Flickable {
        id: flick

        objectName: "gatewayFlickable"
        anchors.fill: parent
        contentWidth: width
        contentHeight: content.implicitHeight + 2 * Theme.padding
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        // The port or database name being typed stays above an on-screen keyboard.
        FocusInSight {
            flickable: flick
        }

        ColumnLayout {
            id: content

            // Anchored, so that a right-to-left window puts it on the right.
            anchors.left: parent.left
            anchors.leftMargin: Theme.padding
            y: Theme.padding
            width: Math.min(flick.width - 2 * Theme.padding, Theme.pageMaxWidth)
            spacing: Theme.spacing

            // What it connects to.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                GatewayStateDot {
                    objectName: "gatewayPageDot"
                    Layout.alignment: Qt.AlignVCenter
                    gatewayState: page.gatewayState
                    visible: !page.gone
                }
                Label {
                    objectName: "gatewayTitle"
                    Layout.fillWidth: true
                    text: page.targetName
                    // Names are mostly Latin: aligned with the layout, not their own direction.
                    horizontalAlignment: Text.AlignLeft
                    color: Theme.text
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                }
            }
            Label {
                objectName: "gatewayTarget"
                Layout.fillWidth: true
                text: page.known && page.gateway.protocol.length > 0 ? qsTr("Database gateway · %1 · %2 as %3").arg(page.gateway.protocol).arg(page.clusterName).arg(page.targetUser) : qsTr("Database gateway · %1 as %2").arg(page.clusterName).arg(page.targetUser)
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }

            // The daemon no longer has it.
            Rectangle {
                objectName: "gatewayGone"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: page.gone
                implicitHeight: goneColumn.implicitHeight + 2 * Theme.padding
                radius: Theme.radius
                color: Theme.warningBackground
                Accessible.role: Accessible.AlertMessage
                Accessible.name: goneText.text

                ColumnLayout {
                    id: goneColumn

                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.spacing

                    Label {
                        id: goneText

                        Layout.fillWidth: true
                        text: qsTr("This gateway is gone: it was closed, or the daemon no longer has it.")
                        color: Theme.warningText
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "gatewayCreateError"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: Format.sentence(page.createError)
                        color: Theme.danger
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        spacing: Theme.spacing

                        PrimaryButton {
                            objectName: "recreateGateway"
                            enabled: !page.creating && (page.launch.targetUri || "").length > 0
                            // Its port taken meanwhile: any free one.
                            text: page.createError.length > 0 ? qsTr("Create it on another port") : (page.launch.localPort || "").length > 0 ? qsTr("Create it again on port %1").arg(page.launch.localPort) : qsTr("Create it again")
                            onClicked: page.recreateRequested(page.createError.length > 0)
                        }
                        SecondaryButton {
                            objectName: "closeGoneTab"
                            text: qsTr("Close tab")
                            onClicked: page.closeTabRequested()
                        }
                        BusyIndicator {
                            implicitWidth: Theme.touchTarget
                            implicitHeight: Theme.touchTarget
                            running: page.creating
                            visible: page.creating
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: page.known

                // How it is doing.
                Label {
                    objectName: "gatewayState"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    text: !page.known ? "" : page.gatewayState === GatewaysModel.Listening ? qsTr("Listening on %1:%2").arg(page.address).arg(page.gateway.localPort) : page.gatewayState === GatewaysModel.WaitingForLogin ? qsTr("A connection waits for you to log in to %1 again").arg(page.clusterName) : page.gatewayState === GatewaysModel.NotListening ? qsTr("Not listening on %1:%2").arg(page.address).arg(page.gateway.localPort) : qsTr("Starting…")
                    color: page.gatewayState === GatewaysModel.NotListening ? Theme.danger : page.gatewayState === GatewaysModel.WaitingForLogin ? Theme.pending : Theme.text
                    font.pixelSize: Theme.fontTitle
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "gatewayConnections"
                    Layout.fillWidth: true
                    text: !page.known ? "" : qsTr("%Ln connection(s) open", "", page.gateway.openConnections) + " · " + qsTr("%Ln in total", "", page.gateway.totalConnections) + (Format.valid(page.gateway.certificateValidUntil) ? " · " + qsTr("certificate %1 (%2)").arg(Format.expiry(page.gateway.certificateValidUntil)).arg(Format.dateTime(page.gateway.certificateValidUntil)) : "")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "gatewayLastError"
                    Layout.fillWidth: true
                    visible: page.known && page.gateway.lastError.length > 0
                    text: !visible ? "" : Format.valid(page.gateway.lastErrorTime) ? qsTr("Last error, at %1: %2").arg(Format.dateTime(page.gateway.lastErrorTime)).arg(page.gateway.lastError) : qsTr("Last error: %1").arg(page.gateway.lastError)
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }

                // Where it listens, and what the command line names.
                GridLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.padding
                    columns: 2
                    columnSpacing: Theme.padding
                    rowSpacing: Theme.spacing

                    Label {
                        Layout.preferredWidth: Theme.formLabelWidth
                        text: qsTr("Address")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontBody
                    }
                    Label {
                        objectName: "gatewayAddress"
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget
                        verticalAlignment: Text.AlignVCenter
                        text: page.address
                        color: Theme.text
                        font.family: Theme.monospaceFont
                        font.pixelSize: Theme.fontBody
                        Accessible.name: qsTr("Address: %1").arg(text)
                    }

                    Label {
                        Layout.preferredWidth: Theme.formLabelWidth
                        text: qsTr("Port")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontBody
                    }
                    ApplyField {
                        objectName: "gatewayPort"
                        Layout.fillWidth: true
                        fieldWidth: Theme.portFieldWidth
                        value: page.known ? page.gateway.localPort : ""
                        busy: page.known && page.gateway.busy
                        accessibleName: qsTr("Port")
                        inputMethodHints: Qt.ImhDigitsOnly
                        onApplied: text => {
                            page.lastApplied = "port";
                            page.portApplied(text);
                        }
                    }

                    Item {
                        Layout.preferredWidth: Theme.formLabelWidth
                        visible: portError.visible
                    }
                    Label {
                        id: portError

                        objectName: "gatewayOperationError"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: page.known && page.lastApplied === "port" ? Format.sentence(page.gateway.operationError) : ""
                        color: Theme.danger
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }

                    Label {
                        Layout.preferredWidth: Theme.formLabelWidth
                        text: qsTr("Database name")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontBody
                    }
                    ApplyField {
                        objectName: "gatewayDatabaseName"
                        Layout.fillWidth: true
                        value: page.known ? page.gateway.targetSubresourceName : ""
                        busy: page.known && page.gateway.busy
                        placeholderText: qsTr("the server's default")
                        accessibleName: qsTr("Database name")
                        onApplied: text => {
                            page.lastApplied = "databaseName";
                            page.databaseNameApplied(text);
                        }
                    }

                    Item {
                        Layout.preferredWidth: Theme.formLabelWidth
                        visible: operationError.visible
                    }
                    Label {
                        id: operationError

                        objectName: "gatewayOperationError"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: page.known && page.lastApplied !== "port" ? Format.sentence(page.gateway.operationError) : ""
                        color: Theme.danger
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                }

                // The command, ready to copy or to run.
                Label {
                    Layout.topMargin: Theme.padding
                    text: qsTr("Connect with")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    TextField {
                        objectName: "gatewayCommand"
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget
                        // What the tab is for: the focus starts here, ready for Ctrl+C or Tab to Copy.
                        focus: true
                        readOnly: true
                        selectByMouse: true
                        text: page.known ? page.gateway.cliCommand : ""
                        font.family: Theme.monospaceFont
                        font.pixelSize: Theme.fontBody
                        Accessible.name: qsTr("Command line")
                    }
                    SecondaryButton {
                        objectName: "copyGatewayCommand"
                        text: qsTr("Copy")
                        Accessible.name: qsTr("Copy the command line")
                        onClicked: page.copyRequested()
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    spacing: Theme.spacing

                    PrimaryButton {
                        objectName: "openGatewayTerminal"
                        text: qsTr("Open in terminal")
                        enabled: page.known && page.gateway.cliCommand.length > 0
                        onClicked: page.terminalRequested()
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    SecondaryButton {
                        objectName: "removeGateway"
                        text: qsTr("Close gateway")
                        enabled: page.known && !page.gateway.busy
                        Accessible.name: qsTr("Close the gateway to %1").arg(page.targetName)
                        onClicked: page.removeRequested()
                    }
                }
            }
        }
    }
}
