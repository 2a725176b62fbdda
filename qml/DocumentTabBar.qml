pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Models
import Teleterm.Ui

// The row of tabs over the document area (the current workspace's), with the buttons that open a
// new one. From the keyboard it is one stop, the current tab: Left and Right show the tab beside
// (Home and End the first and last), and the focus goes along.
Rectangle {
    id: bar

    required property DocumentsModel documents

    signal terminalRequested
    signal duplicateRequested(int row)

    implicitHeight: Theme.tabHeight + Theme.borderWidth
    color: Theme.sidebar

    // The focus to the current tab, once the list has caught up with the model.
    function focusCurrentTab() {
        tabs.forceLayout();
        const tab = tabs.itemAtIndex(bar.documents.currentIndex);
        if (tab)
            tab.forceActiveFocus(Qt.TabFocusReason);
    }

    // The tab `step` places away (round the ends), and the focus with it: the page shown takes the
    // focus on its way, and gives it back.
    function stepTab(step: int) {
        bar.documents.cycle(step);
        focusCurrentTab();
    }

    // The first tab (Home) or the last (End), and the focus with it.
    function showEndTab(last: bool) {
        bar.documents.activatePosition(last ? bar.documents.workspaceCount - 1 : 0);
        focusCurrentTab();
    }

    // A tab closed from the keyboard leaves the focus on the tab that takes its place.
    function closeTab(row: int, byKeyboard: bool) {
        bar.documents.close(row);
        if (byKeyboard)
            focusCurrentTab();
    }

    RowLayout {
        anchors.fill: parent
        anchors.bottomMargin: Theme.borderWidth
        spacing: 0

        ListView {
            id: tabs

            objectName: "tabs"
            // As wide as its tabs, or as the bar allows (then it scrolls).
            implicitWidth: contentWidth
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: contentWidth
            orientation: ListView.Horizontal
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            model: bar.documents
            currentIndex: bar.documents.currentIndex
            // The tab in front is in sight (a new one, one chosen by a shortcut), however far the
            // row was scrolled by a swipe.
            onCurrentIndexChanged: positionViewAtIndex(currentIndex, ListView.Contain)
            // The tabs' own keys move between the shown tabs (the list's would go through the
            // other workspaces' hidden ones, and undo the binding above).
            keyNavigationEnabled: false
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Tabs")

            // Every workspace's tabs are here, the other workspaces' hidden: a tab keeps its
            // delegate while it is dragged through the model's moves.
            delegate: DocumentTabDelegate {
                required property string workspace

                // Where it is among the shown tabs; the model's moves and workspaces change it.
                readonly property int position: bar.documents.workspaceCount >= 0 && bar.documents.workspace !== undefined && index >= 0 ? bar.documents.positionOf(index) : -1

                shown: workspace === bar.documents.workspace
                first: position === 0
                last: position === bar.documents.workspaceCount - 1
                height: tabs.height
                current: index === bar.documents.currentIndex
                onActivated: bar.documents.currentIndex = index
                onCloseRequested: bar.closeTab(index, activeFocus || keyboardMenu)
                onCloseOthersRequested: bar.documents.closeOthers(index)
                onCloseToTheRightRequested: bar.documents.closeToTheRight(index)
                onDuplicateRequested: bar.duplicateRequested(index)
                onMoveRequested: to => bar.documents.move(index, to)
                onStepRequested: step => bar.documents.moveBy(index, step)
                onEndRequested: last => bar.showEndTab(last)
                Keys.onLeftPressed: bar.stepTab(-1)
                Keys.onRightPressed: bar.stepTab(1)
            }
        }

        ToolButton {
            objectName: "newTabButton"
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            text: "+"
            font.pixelSize: Theme.fontTitle
            focusPolicy: Qt.TabFocus
            Accessible.name: qsTr("New tab")
            ToolTip.visible: hovered || activeFocus
            ToolTip.delay: 500
            ToolTip.text: Settings.shortcutTexts.newTab ? qsTr("New tab (%1)").arg(Settings.shortcutTexts.newTab) : qsTr("New tab")
            onClicked: bar.documents.openWelcome()

            FocusRing {}
        }

        ToolButton {
            objectName: "newTerminalButton"
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            // A prompt, drawn left to right in every language: the marks on both sides keep ">"
            // from turning into "<" in a right-to-left window.
            text: "\u200e>_\u200e"
            font.family: Theme.monospaceFont
            font.pixelSize: Theme.fontBody
            focusPolicy: Qt.TabFocus
            Accessible.name: qsTr("New terminal")
            ToolTip.visible: hovered || activeFocus
            ToolTip.delay: 500
            ToolTip.text: Settings.shortcutTexts.newTerminal ? qsTr("New terminal (%1)").arg(Settings.shortcutTexts.newTerminal) : qsTr("New terminal")
            onClicked: bar.terminalRequested()

            FocusRing {}
        }

        Item {
            Layout.fillWidth: true
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.borderWidth
        color: Theme.border
    }
}
