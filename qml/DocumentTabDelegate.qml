pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Models
import Teleterm.Ui

// One tab: its title, a close button, and the tab menu on right-click or long-press. Dragged
// sideways with the mouse, or by touch after a long press (a quick swipe scrolls the tabs), it
// takes the place of the tab it is over; flicked up off the bar by touch, it closes. From the
// keyboard, the current tab is the row's one stop: the Menu key or Shift+F10 opens its menu,
// Delete closes it (the tab bar moves between tabs).
AbstractButton {
    id: tab

    required property int index
    required property string title
    required property string uri
    required property int kind
    required property bool attention
    property bool current: false
    // Whether the tab is of the current workspace; the others' take no room.
    property bool shown: true
    property bool first: false
    property bool last: false

    signal activated
    signal closeRequested
    signal closeOthersRequested
    signal closeToTheRightRequested
    signal duplicateRequested
    // Put this tab at `to` (a drag).
    signal moveRequested(int to)
    // Move this tab one place among the shown ones (Move Left/Right).
    signal stepRequested(int step)
    // Show the first tab (Home) or the last (End).
    signal endRequested(bool last)

    implicitWidth: Math.min(Theme.tabMaxWidth, contentItem.implicitWidth + leftPadding + rightPadding)
    width: shown ? implicitWidth : 0
    visible: shown
    leftPadding: Theme.padding
    rightPadding: Theme.spacing / 2
    hoverEnabled: true
    // The current tab is the row's stop (and the focused one stays one until the focus has moved
    // on: Qt keeps an item that has the focus in the Tab chain).
    focusPolicy: current || activeFocus ? Qt.TabFocus : Qt.NoFocus
    checkable: false
    text: title

    objectName: "documentTab"
    Accessible.role: Accessible.PageTab
    Accessible.name: attention ? qsTr("%1 (wants attention)").arg(title) : title
    Accessible.selected: current

    // Its menu is open from the keyboard: what it does next, the keyboard asked for.
    readonly property bool keyboardMenu: menu.fromKeyboard

    Keys.onDeletePressed: closeRequested()
    Keys.onReturnPressed: activated()
    Keys.onEnterPressed: activated()
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Home || event.key === Qt.Key_End) {
            tab.endRequested(event.key === Qt.Key_End);
            event.accepted = true;
        } else {
            menu.openOnMenuKey(event, tab, tab.height);
        }
    }

    // Held down: a drag now moves the tab (the tab row stops scrolling); let go without moving,
    // and the tab menu opens.
    property bool held: false
    property bool movedWhileHeld: false

    function hold() {
        held = true;
        movedWhileHeld = false;
        tab.ListView.view.interactive = false;
    }
    function letGo() {
        if (!held)
            return;
        held = false;
        tab.ListView.view.interactive = true;
        // Where the finger is, not where the mouse pointer was last (a touch does not move it).
        if (!movedWhileHeld)
            menu.popup(tab, tab.pressX, tab.pressY);
    }
    // The tab under `position` (in this tab's coordinates) takes this tab.
    function reorderTo(position) {
        const list = tab.ListView.view;
        const at = tab.mapToItem(list.contentItem, position.x, tab.height / 2);
        const to = list.indexAt(at.x, at.y);
        if (to >= 0 && to !== tab.index) {
            movedWhileHeld = true;
            tab.moveRequested(to);
        }
    }

    onClicked: activated()
    onPressAndHold: hold()
    onReleased: letGo()
    onCanceled: {
        // A drag took the press over: it ends the hold when it ends.
        if (!touchReorder.active && !mouseReorder.active)
            letGo();
    }

    // Lifted by a swipe up: the tab follows the finger out of the bar, fading, until let go.
    opacity: 1 + swipeAway.lift / tab.height / 2
    transform: Translate {
        y: swipeAway.lift
    }

    background: Rectangle {
        color: tab.current ? Theme.background : tab.hovered ? Theme.hover : Theme.none
        border.width: tab.activeFocus ? Theme.focusWidth : 0
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

        // Rang the bell while in the background.
        Rectangle {
            objectName: "attentionMark"
            visible: tab.attention
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: Theme.statusDot
            implicitHeight: Theme.statusDot
            radius: width / 2
            color: Theme.accent
            Accessible.role: Accessible.Indicator
            Accessible.name: qsTr("Wants attention")
            Accessible.description: qsTr("The terminal in this tab rang its bell while in the background")
        }

        Label {
            Layout.fillWidth: true
            text: tab.title
            color: tab.current ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
        }

        // A finger's size to hit, drawn smaller inside it.
        ToolButton {
            objectName: "closeButton"
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            topInset: Theme.spacing / 2
            bottomInset: Theme.spacing / 2
            leftInset: Theme.spacing / 2
            rightInset: Theme.spacing / 2
            text: "×"
            font.pixelSize: Theme.fontTitle
            // The tab's Delete (and its menu) close it from the keyboard: one stop per tab row.
            focusPolicy: Qt.NoFocus
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
        id: mouseReorder

        acceptedDevices: PointerDevice.Mouse | PointerDevice.TouchPad | PointerDevice.Stylus
        target: null
        yAxis.enabled: false
        onCentroidChanged: {
            if (active)
                tab.reorderTo(centroid.position);
        }
        onActiveChanged: {
            if (!active)
                tab.letGo();
        }
    }

    // By touch, only after a long press: before it, a sideways swipe scrolls the row of tabs.
    DragHandler {
        id: touchReorder

        acceptedDevices: PointerDevice.TouchScreen
        target: null
        xAxis.enabled: tab.held
        yAxis.enabled: false
        onCentroidChanged: {
            if (active)
                tab.reorderTo(centroid.position);
        }
        onActiveChanged: {
            if (!active)
                tab.letGo();
        }
    }

    // Flicked up off the bar, the tab closes, as a tablet's app switcher closes the card thrown
    // up. It cannot happen by accident: only a drag that sets off upward moves the tab (a sideways
    // one scrolls the tabs, a long press reorders them), the tab follows the finger and fades so
    // that the user sees what is about to happen, and it closes only once the finger has taken it
    // its whole height up, out of the bar; let go before that and it is back in its place. Down
    // does nothing: that way lies the page, where fingers drag all the time.
    DragHandler {
        id: swipeAway

        // How far up the tab is now (negative), while lifted.
        readonly property real lift: active ? Math.min(0, activeTranslation.y) : 0
        property real liftAtRelease: 0

        acceptedDevices: PointerDevice.TouchScreen
        enabled: !tab.held
        target: null
        xAxis.enabled: false
        // Once the tab follows the finger, the row of tabs may not take the drag over to scroll.
        grabPermissions: PointerHandler.CanTakeOverFromItems | PointerHandler.CanTakeOverFromHandlersOfDifferentType
        onTranslationChanged: {
            if (active)
                liftAtRelease = lift;
        }
        onActiveChanged: {
            if (!active && liftAtRelease <= -tab.height)
                tab.closeRequested();
            liftAtRelease = 0;
        }
    }

    ItemMenu {
        id: menu

        objectName: "tabMenu"

        MenuItem {
            objectName: "duplicateTab"
            text: qsTr("Duplicate")
            visible: tab.kind === DocumentsModel.Terminal
            height: visible ? implicitHeight : 0
            onTriggered: tab.duplicateRequested()
        }
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
            enabled: !tab.first
            onTriggered: tab.stepRequested(-1)
        }
        MenuItem {
            text: qsTr("Move Right")
            enabled: !tab.last
            onTriggered: tab.stepRequested(1)
        }
    }
}
