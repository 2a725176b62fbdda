pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Models
import Teleterm.Ui

// A gateway in the sidebar: a dot for its state, the database and user, and where it listens.
// Click opens its tab; right-click or long-press offers open, copy command and remove. From the
// keyboard: Enter or Space opens, the Menu key or Shift+F10 offers.
ItemDelegate {
    id: row

    required property string uri
    required property string targetName
    required property string targetUser
    required property string localAddress
    required property string localPort
    required property string targetSubresourceName
    required property int gatewayState
    required property int openConnections
    required property string lastError
    property bool current: false

    signal activated
    signal copyRequested
    signal removeRequested

    readonly property string address: (localAddress.length > 0 ? localAddress : "127.0.0.1") + ":" + localPort
    readonly property string stateText: gatewayState === GatewaysModel.Listening ? (openConnections > 0 ? qsTr("%Ln open", "connections open through a gateway", openConnections) : qsTr("listening")) : gatewayState === GatewaysModel.WaitingForLogin ? qsTr("log in again", "a gateway waits for the user to log in") : gatewayState === GatewaysModel.NotListening ? qsTr("not listening") : qsTr("starting…")

    implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + topPadding + bottomPadding)
    topPadding: Theme.spacing / 2
    bottomPadding: Theme.spacing / 2
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    hoverEnabled: true
    highlighted: current
    // The keyboard's only: a click opens the tab and leaves the focus where it was.
    focusPolicy: Qt.TabFocus

    Accessible.name: qsTr("Gateway to %1 as %2 on %3, %4").arg(targetName).arg(targetUser).arg(address).arg(stateText)

    onClicked: activated()
    // Where the finger is: a touch does not move the mouse pointer the menu would open at.
    onPressAndHold: menu.popup(row, row.pressX, row.pressY)
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    Keys.onPressed: event => menu.openOnMenuKey(event, row, row.height)

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: menu.popup()
    }

    background: Rectangle {
        color: row.highlighted ? Theme.selected : row.hovered ? Theme.hover : Theme.none
        border.width: row.activeFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        GatewayStateDot {
            objectName: "gatewayStateDot"
            Layout.alignment: Qt.AlignVCenter
            gatewayState: row.gatewayState
        }

        ColumnLayout {
            id: column

            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: qsTr("%1 as %2").arg(row.targetSubresourceName.length > 0 ? row.targetName + "/" + row.targetSubresourceName : row.targetName).arg(row.targetUser)
                color: Theme.text
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
            }

            Label {
                objectName: "gatewayAddress"
                Layout.fillWidth: true
                text: row.address + " · " + row.stateText
                color: row.gatewayState === GatewaysModel.NotListening ? Theme.danger : row.gatewayState === GatewaysModel.WaitingForLogin ? Theme.pending : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
    }

    ItemMenu {
        id: menu

        objectName: "gatewayMenu"

        MenuItem {
            objectName: "gatewayMenuOpen"
            text: qsTr("Open")
            onTriggered: row.activated()
        }
        MenuItem {
            objectName: "gatewayMenuCopy"
            text: qsTr("Copy command")
            onTriggered: row.copyRequested()
        }
        MenuSeparator {}
        MenuItem {
            objectName: "gatewayMenuRemove"
            text: qsTr("Close gateway")
            onTriggered: row.removeRequested()
        }
    }
}
