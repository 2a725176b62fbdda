pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Models
import Teleterm.Ui

// One server, database, Kubernetes cluster or app: what it is, where, its labels (tap one to
// filter by it) and, for servers and databases, Connect, whose menu a long press or a right click
// on the row opens too. From the keyboard (the list gives the row the focus), Enter or Space is
// Connect, and the Menu key or Shift+F10 offers the same logins and the label filters.
ItemDelegate {
    id: row

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

    // Connect's choices, at (x, y) of `at`: under the button, or where the row was long-pressed
    // or right-clicked; from the keyboard, with the first entry selected. Nothing for a row that
    // cannot be connected to.
    function offerConnect(at: Item, x: real, y: real, fromKeyboard: bool) {
        if (!connect.visible || !connect.enabled)
            return;
        if (row.kind === "database") {
            // Asked again each time: the roles may have changed since.
            databaseUsers.databaseUri = "";
            databaseUsers.databaseUri = row.uri;
        }
        if (fromKeyboard)
            choices.openFromKeyboard(at, x, y);
        else
            choices.popup(at, x, y);
    }

    onPressAndHold: offerConnect(row, pressX, pressY, false)

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: row.offerConnect(row, point.position.x, point.position.y, false)
    }

    Keys.onPressed: event => {
        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space) {
            if (connect.visible && connect.enabled)
                row.offerConnect(connect, connect.width - choices.width, connect.height, true);
            else
                menu.openFromKeyboard(row, Theme.padding, row.height);
            event.accepted = true;
        } else {
            menu.openOnMenuKey(event, row, row.height);
        }
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
            onClicked: row.offerConnect(connect, connect.width - choices.width, connect.height, false)

            DatabaseUsers {
                id: databaseUsers
            }

            // A server's logins, or the users the roles allow on a database (asked of the cluster).
            ItemMenu {
                id: choices

                objectName: "connectMenu"

                MenuItem {
                    visible: row.kind === "database" && (databaseUsers.loading || databaseUsers.error.length > 0 || databaseUsers.users.length === 0)
                    height: visible ? implicitHeight : 0
                    enabled: false
                    text: databaseUsers.loading ? qsTr("Asking the cluster…") : databaseUsers.error.length > 0 ? databaseUsers.error : qsTr("Your roles allow no database user here")
                }

                Repeater {
                    model: row.kind === "database" ? databaseUsers.users : row.logins

                    delegate: MenuItem {
                        required property string modelData

                        objectName: "connectChoice"
                        text: modelData
                        onTriggered: row.connectRequested(modelData)
                    }
                }

                MenuItem {
                    objectName: "connectOtherUser"
                    visible: row.kind === "database"
                    height: visible ? implicitHeight : 0
                    text: qsTr("Another user…")
                    onTriggered: row.connectRequested("")
                }
            }
        }
    }

    // The row's menu (the Menu key, Shift+F10): Connect as each login (a database asks its
    // users of the cluster, as Connect does), and a filter for each label.
    ItemMenu {
        id: menu

        objectName: "resourceMenu"

        Repeater {
            model: row.kind === "server" ? row.logins : []

            delegate: MenuItem {
                required property string modelData

                objectName: "resourceMenuLogin"
                text: qsTr("Connect as %1").arg(modelData)
                onTriggered: row.connectRequested(modelData)
            }
        }
        MenuItem {
            objectName: "resourceMenuConnect"
            visible: row.kind === "database"
            height: visible ? implicitHeight : 0
            text: qsTr("Connect…")
            onTriggered: row.openConnect(true)
        }
        MenuSeparator {
            visible: (row.kind === "server" || row.kind === "database") && row.labels.length > 0
            height: visible ? implicitHeight : 0
        }
        Repeater {
            model: row.labels

            delegate: MenuItem {
                required property string modelData

                objectName: "resourceMenuLabel"
                text: row.activeLabels.indexOf(modelData) >= 0 ? qsTr("Stop filtering by %1").arg(modelData) : qsTr("Filter by %1").arg(modelData)
                onTriggered: row.labelToggled(modelData)
            }
        }
    }
}
