pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Ui

// One tab: its title, a close button, and the tab menu on right-click or long-press. Dragged
// sideways, it takes the place of the tab it is over.
AbstractButton {
    id: tab

    required property int index
    required property string title
    required property string uri
    property bool current: false

    signal activated
    signal closeRequested
    signal closeOthersRequested
    signal closeToTheRightRequested
    // Put this tab at `to` (a drag, or Move left/right).
    signal moveRequested(int to)

    implicitWidth: Math.min(Theme.tabMaxWidth, contentItem.implicitWidth + leftPadding + rightPadding)
    leftPadding: Theme.padding
    rightPadding: Theme.spacing / 2
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    checkable: false
    text: title

    Accessible.role: Accessible.PageTab
    Accessible.name: title
    Accessible.selected: current

    onClicked: activated()
    onPressAndHold: menu.popup()

    background: Rectangle {
        color: tab.current ? Theme.background : tab.hovered ? Theme.hover : Theme.none
        border.width: tab.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing

        Rectangle {
            visible: tab.current
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            height: Theme.focusWidth
            color: Theme.accent
        }

        Rectangle {
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            width: Theme.borderWidth
            color: Theme.border
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacing / 2

        Label {
            Layout.fillWidth: true
            text: tab.title
            color: tab.current ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
        }

        ToolButton {
            objectName: "closeButton"
            Layout.preferredWidth: Theme.touchTarget - Theme.spacing
            Layout.preferredHeight: Theme.touchTarget - Theme.spacing
            text: "×"
            font.pixelSize: Theme.fontTitle
            Accessible.name: qsTr("Close tab %1").arg(tab.title)
            onClicked: tab.closeRequested()

            background: Rectangle {
                radius: Theme.radius
                color: parent.down ? Theme.selected : parent.hovered ? Theme.hover : Theme.none
            }
        }
    }

    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: menu.popup()
    }

    TapHandler {
        acceptedButtons: Qt.MiddleButton
        onTapped: tab.closeRequested()
    }

    // Drag to reorder: the tab moves live to the place under the pointer.
    DragHandler {
        id: reorder

        target: null
        yAxis.enabled: false
        onCentroidChanged: {
            if (!active)
                return;
            const list = tab.ListView.view;
            const at = tab.mapToItem(list.contentItem, centroid.position.x, tab.height / 2);
            const to = list.indexAt(at.x, at.y);
            if (to >= 0 && to !== tab.index)
                tab.moveRequested(to);
        }
    }

    Menu {
        id: menu

        MenuItem {
            text: qsTr("Close")
            onTriggered: tab.closeRequested()
        }
        MenuItem {
            text: qsTr("Close Others")
            onTriggered: tab.closeOthersRequested()
        }
        MenuItem {
            text: qsTr("Close to the Right")
            onTriggered: tab.closeToTheRightRequested()
        }
        MenuSeparator {}
        MenuItem {
            text: qsTr("Move Left")
            enabled: tab.index > 0
            onTriggered: tab.moveRequested(tab.index - 1)
        }
        MenuItem {
            text: qsTr("Move Right")
            enabled: tab.index < tab.ListView.view.count - 1
            onTriggered: tab.moveRequested(tab.index + 1)
        }
    }
}
