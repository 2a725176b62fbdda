pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Ui

// A cluster in the sidebar: a dot for its state, its name, and who is logged in; a leaf sits under
// its root. Click opens its resources; right-click or long-press offers log in and out. Expanded
// (the arrow), it shows its first servers and databases under it. From the keyboard: Enter or
// Space opens, the Menu key or Shift+F10 offers, Right and Left expand and fold.
ItemDelegate {
    id: row

    required property string uri
    required property string name
    required property bool connected
    required property bool leaf
    required property bool expired
    required property bool unreachable
    required property string userName
    required property var validUntil
    property bool current: false
    property bool expanded: false

    signal activated
    signal loginRequested
    signal logoutRequested(bool remove)
    signal resourcesRequested(string kind, string search)

    // The cluster's own line; the tree, when shown, is below it.
    readonly property real lineHeight: Math.max(Theme.touchTarget, column.implicitHeight + Theme.spacing)

    implicitHeight: lineHeight + bottomPadding
    topPadding: 0
    bottomPadding: tree.visible ? tree.implicitHeight : 0
    leftPadding: leaf ? Theme.padding * 2 : Theme.padding
    rightPadding: Theme.padding
    hoverEnabled: true
    highlighted: current
    // The keyboard's only: a click opens the cluster and leaves the focus where it was.
    focusPolicy: Qt.TabFocus

    Accessible.name: name + ", " + status.text

    onClicked: activated()
    // Where the finger is: a touch does not move the mouse pointer the menu would open at.
    onPressAndHold: menu.popup(row, row.pressX, row.pressY)
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    Keys.onRightPressed: event => {
        event.accepted = connected;
        if (connected)
            expanded = true;
    }
    Keys.onLeftPressed: event => {
        event.accepted = expanded;
        expanded = false;
    }
    Keys.onPressed: event => menu.openOnMenuKey(event, row, row.lineHeight)

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: menu.popup()
    }

    // Highlight and hover on the cluster's line, not on the tree under it.
    background: Item {
        Rectangle {
            width: parent.width
            height: row.lineHeight
            color: row.highlighted ? Theme.selected : lineHover.hovered ? Theme.hover : Theme.none
            border.width: row.activeFocus ? Theme.focusWidth : 0
            border.color: Theme.focusRing

            HoverHandler {
                id: lineHover
            }
        }
    }

    // The first servers and databases; the cluster is asked only while expanded. (Not a Loader:
    // Qt 6.4 cannot instantiate a bound component in a delegate through one.)
    ClusterTree {
        id: tree

        x: 0
        y: row.lineHeight
        width: row.width
        visible: row.expanded && row.connected
        clusterUri: visible ? row.uri : ""
        onResourcesRequested: (kind, search) => row.resourcesRequested(kind, search)
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        Rectangle {
            objectName: "stateDot"
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: Theme.statusDot
            implicitHeight: Theme.statusDot
            radius: Theme.statusDot / 2
            color: row.unreachable || row.expired ? Theme.pending : row.connected ? Theme.success : Theme.none
            border.width: row.connected || row.expired ? 0 : Theme.focusWidth
            border.color: Theme.textMuted
            Accessible.role: Accessible.Indicator
            Accessible.name: row.unreachable ? qsTr("Offline") : row.expired ? qsTr("Session expired") : row.connected ? qsTr("Logged in") : qsTr("Not logged in")
            Accessible.description: qsTr("Green: logged in; amber: the session expired or the cluster does not answer; a hollow ring: not logged in")
        }

        ColumnLayout {
            id: column

            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: row.name
                // Names are mostly Latin: aligned with the layout, not their own direction.
                horizontalAlignment: Text.AlignLeft
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: !row.leaf
                elide: Text.ElideRight
            }

            Label {
                id: status

                Layout.fillWidth: true
                text: row.unreachable ? qsTr("offline: trying again") : row.connected ? (row.leaf ? qsTr("leaf cluster") : qsTr("%1 · %2").arg(row.userName).arg(Format.expiry(row.validUntil))) : row.expired ? qsTr("session expired: log in again") : qsTr("not logged in")
                color: row.expired || row.unreachable ? Theme.pending : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }

        ToolButton {
            id: expand

            objectName: "expandCluster"
            Layout.alignment: Qt.AlignTop
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            visible: row.connected
            text: row.expanded ? "▾" : "▸"
            font.pixelSize: Theme.fontBody
            // The row's Right and Left do this from the keyboard; one stop per cluster is enough.
            focusPolicy: Qt.NoFocus
            Accessible.name: row.expanded ? qsTr("Hide the servers and databases of %1").arg(row.name) : qsTr("Show the servers and databases of %1").arg(row.name)
            onClicked: row.expanded = !row.expanded

            background: Rectangle {
                radius: Theme.radius
                color: expand.hovered || expand.pressed ? Theme.hover : Theme.none
                border.width: expand.visualFocus ? Theme.focusWidth : 0
                border.color: Theme.focusRing
            }
        }
    }

    ItemMenu {
        id: menu

        objectName: "clusterMenu"

        MenuItem {
            text: row.connected ? qsTr("Log in again…") : qsTr("Log in…")
            enabled: !row.leaf
            onTriggered: row.loginRequested()
        }
        MenuItem {
            text: qsTr("Log out")
            enabled: !row.leaf && row.userName.length > 0
            onTriggered: row.logoutRequested(false)
        }
        MenuSeparator {}
        MenuItem {
            text: qsTr("Remove cluster")
            enabled: !row.leaf
            onTriggered: row.logoutRequested(true)
        }
    }
}
