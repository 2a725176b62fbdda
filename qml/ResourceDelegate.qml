pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Models
import Teleterm.Ui

// One server, database, Kubernetes cluster or app: what it is, where, its labels (tap one to
// filter by it) and, for servers and databases, Connect. The row's menu (a right click, a long
// press, or from the keyboard the Menu key or Shift+F10) offers Connect's logins and the label
// filters; Enter or Space (the list gives the row the focus) is Connect.
ItemDelegate {
    id: row

    required property int index
    required property string uri
    required property string kind
    required property string name
    required property string displayName
    required property string address
    required property string description
    required property string protocol
    required property string publicAddress
    required property var labels
    required property var logins
    property var activeLabels: []
    // The resources are not confirmed by the cluster now (it does not answer).
    property bool stale: false

    signal labelToggled(string label)
    // A server's login, or a database's user, chosen in Connect's menu; "" for a database user
    // to be typed.
    signal connectRequested(string login)

    hoverEnabled: true
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing

    Accessible.name: kindName.text + " " + displayName
    Accessible.description: [details.text, row.labels.length > 0 ? qsTr("labels: %1").arg(row.labels.join(", ")) : ""].filter(part => part.length > 0).join("; ")
    opacity: stale ? Theme.staleOpacity : 1

    // Opens `menu` at (x, y) of `at`: under the Connect button, or where the row was long-pressed
    // or right-clicked; from the keyboard, with its first entry current. Nothing when it has
    // nothing to offer.
    function offer(menu: ResourceMenu, at: Item, x: real, y: real, fromKeyboard: bool) {
        if (!menu.offers)
            return;
        if (row.kind === "database") {
            // Asked again each time: the roles may have changed since.
            databaseUsers.databaseUri = "";
            databaseUsers.databaseUri = row.uri;
        }
        if (fromKeyboard)
            menu.openFromKeyboard(at, x, y);
        else
            menu.popup(at, x, y);
    }

    onPressAndHold: offer(menu, row, pressX, pressY, false)

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: row.offer(menu, row, point.position.x, point.position.y, false)
    }

    // Enter or Space is Connect, or the row's menu where there is no Connect; the Menu key or
    // Shift+F10 is the row's menu.
    Keys.onPressed: event => {
        const activates = event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space;
        if (activates && connect.visible && connect.enabled)
            row.offer(choices, connect, connect.width - choices.width, connect.height, true);
        else if (activates || menu.isMenuKey(event))
            row.offer(menu, row, Theme.padding, row.height, true);
        else
            return;
        event.accepted = true;
    }

    DatabaseUsers {
        id: databaseUsers
    }

    // The row's menu.
    ResourceMenu {
        id: menu

        objectName: "resourceMenu"
        withLabels: true
        kind: row.kind
        logins: row.logins
        labels: row.labels
        activeLabels: row.activeLabels
        users: databaseUsers
        onConnectRequested: login => row.connectRequested(login)
        onLabelToggled: label => row.labelToggled(label)
    }

    background: Rectangle {
        color: row.hovered ? Theme.hover : Theme.none
        border.width: row.activeFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: Theme.borderWidth
            color: Theme.border
        }
    }

    contentItem: RowLayout {
        spacing: Theme.padding

        Label {
            id: kindName

            Layout.preferredWidth: Theme.kindColumnWidth
            Layout.alignment: Qt.AlignTop
            text: row.kind === "server" ? qsTr("Server") : row.kind === "database" ? qsTr("Database") : row.kind === "kube" ? qsTr("Kubernetes") : qsTr("App")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            font.bold: true
            topPadding: 2
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2

            Label {
                Layout.fillWidth: true
                text: row.displayName
                // Names are mostly Latin: aligned with the layout, not their own direction.
                horizontalAlignment: Text.AlignLeft
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                elide: Text.ElideRight
            }

            Label {
                id: details

                Layout.fillWidth: true
                visible: text.length > 0
                text: [row.protocol, row.publicAddress.length > 0 ? row.publicAddress : row.address, row.description].filter(part => part.length > 0).join(" · ")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                visible: row.labels.length > 0

                Repeater {
                    model: row.labels

                    delegate: LabelChip {
                        required property string modelData

                        objectName: "labelChip"
                        // The row's menu filters by its labels from the keyboard: one stop per row.
                        focusPolicy: Qt.NoFocus
                        text: modelData
                        active: row.activeLabels.indexOf(modelData) >= 0
                        onClicked: row.labelToggled(modelData)
                    }
                }
            }
        }

        SecondaryButton {
            id: connect

            objectName: "connectButton"
            Layout.alignment: Qt.AlignVCenter
            visible: row.kind === "server" || row.kind === "database"
            enabled: row.kind === "database" || row.logins.length > 0
            // The row's Enter is Connect from the keyboard: one stop per row.
            focusPolicy: Qt.NoFocus
            text: qsTr("Connect")
            Accessible.name: qsTr("Connect to %1").arg(row.displayName)
            onClicked: row.offer(choices, connect, connect.width - choices.width, connect.height, false)

            // Under the button: Connect's choices alone.
            ResourceMenu {
                id: choices

                objectName: "connectMenu"
                kind: row.kind
                logins: row.logins
                labels: row.labels
                activeLabels: row.activeLabels
                users: databaseUsers
                onConnectRequested: login => row.connectRequested(login)
            }
        }
    }
}
