pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Backend
import Teleterm.Models
import Teleterm.Terminal
import Teleterm.Ui

// A terminal tab: the PTY's session and the view that draws it, the search (Ctrl+Shift+F) with
// every match highlighted, a menu on right click, long press or the Menu key, pinch to zoom, and
// what became of the program when it ends. The terminal keeps every other key for its program
// (Tab, Escape, Shift+F10 too); the window's shortcuts lead out of it (focusSidebar, nextTab).
Item {
    id: page

    required property string ptyId
    property bool current: false

    signal terminalTitleChanged(string title)
    // The program rang the bell (at most a few times a second): a tab in the background can show it.
    signal bell()
    // The program ended and the user asks for it again (the tab knows how: restartText says so).
    signal restartRequested
    // The words for starting the tab's program again ("Connect again"); empty when it cannot be.
    property string restartText: ""

    // Whether the search bar shows (Ctrl+Shift+F, or Find… in the menu).
    property bool searching: false

    // For tests: the view and its session.
    readonly property alias view: terminal
    readonly property alias session: ptySession

    onCurrentChanged: {
        if (current)
            terminal.forceActiveFocus();
    }

    PtySession {
        id: ptySession

        ptyId: page.ptyId
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Banner {
            objectName: "terminalState"
            Layout.fillWidth: true
            visible: ptySession.state === PtySession.Exited || ptySession.state === PtySession.Failed
            kind: ptySession.state === PtySession.Failed || ptySession.exitCode !== 0 ? Banner.Kind.Warning : Banner.Kind.Info
            text: ptySession.state === PtySession.Failed ? ptySession.error : ptySession.error.length > 0 ? qsTr("The program ended (%1).").arg(ptySession.error) : qsTr("The program ended with exit code %1.").arg(ptySession.exitCode)
            actionText: ptySession.state === PtySession.Failed ? qsTr("Try again") : page.restartText
            onActionTriggered: {
                if (ptySession.state === PtySession.Failed)
                    ptySession.reattach();
                else
                    page.restartRequested();
            }
        }

        // Search in the scrollback.
        Rectangle {
            Layout.fillWidth: true
            // The page's state, not the field's own visibility: that reads false while this hides it.
            visible: page.searching
            implicitHeight: searchRow.implicitHeight + Theme.spacing
            color: Theme.surface

            RowLayout {
                id: searchRow

                anchors.fill: parent
                anchors.leftMargin: Theme.padding
                anchors.rightMargin: Theme.padding
                spacing: Theme.spacing

                TextField {
                    id: searchField

                    objectName: "terminalSearch"
                    Layout.fillWidth: true
                    Layout.maximumWidth: Theme.contentMaxWidth
                    implicitHeight: Theme.touchTarget
                    placeholderText: qsTr("Find in the terminal")
                    selectByMouse: true
                    Accessible.name: qsTr("Find in the terminal")
                    Accessible.searchEdit: true
                    font.pixelSize: Theme.fontBody
                    readonly property bool found: text.length === 0 || terminal.matchCount > 0
                    color: found ? Theme.text : Theme.errorText
                    // Every match is highlighted as the text is typed; Enter goes to the next
                    // (newer) one, Shift+Enter to the previous.
                    onTextChanged: terminal.searchText = text
                    Keys.onReturnPressed: event => page.stepSearch((event.modifiers & Qt.ShiftModifier) !== 0)
                    Keys.onEnterPressed: event => page.stepSearch((event.modifiers & Qt.ShiftModifier) !== 0)
                    Keys.onEscapePressed: page.closeSearch()
                }
                Label {
                    objectName: "terminalSearchCount"
                    visible: searchField.text.length > 0
                    font.pixelSize: Theme.fontBody
                    color: searchField.found ? Theme.textMuted : Theme.errorText
                    //: Where the search is among its matches in the terminal: "3 of 17"
                    text: terminal.matchCount > 0 ? qsTr("%1 of %2").arg(terminal.currentMatch).arg(terminal.matchCount) : qsTr("No matches")
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                ToolButton {
                    objectName: "terminalSearchPrevious"
                    text: "↑"
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    enabled: terminal.matchCount > 0
                    focusPolicy: Qt.TabFocus
                    Accessible.name: qsTr("Previous match")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Previous match (Shift+Enter)")
                    onClicked: page.stepSearch(true)

                    FocusRing {}
                }
                ToolButton {
                    objectName: "terminalSearchNext"
                    text: "↓"
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    enabled: terminal.matchCount > 0
                    focusPolicy: Qt.TabFocus
                    Accessible.name: qsTr("Next match")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Next match (Enter)")
                    onClicked: page.stepSearch(false)

                    FocusRing {}
                }
                ToolButton {
                    text: "✕"
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    focusPolicy: Qt.TabFocus
                    Accessible.name: qsTr("Close the search")
                    onClicked: page.closeSearch()

                    FocusRing {}
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.terminalBackground

            TerminalView {
                id: terminal

                objectName: "terminalView"
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing / 2
                anchors.topMargin: Theme.spacing / 2
                anchors.rightMargin: scrollBar.width
                focus: true
                session: ptySession
                fontFamily: Settings.terminalFontFamily.length > 0 ? Settings.terminalFontFamily : Theme.monospaceFont
                fontPixelSize: Settings.terminalFontSize > 0 ? Settings.terminalFontSize : Theme.terminalFontSize
                scrollbackLines: Settings.scrollbackLines
                copyOnSelect: Settings.copyOnSelect
                foreground: Theme.terminalForeground
                background: Theme.terminalBackground
                selectionColor: Theme.terminalSelection
                cursorColor: Theme.terminalCursor
                matchColor: Theme.terminalMatch
                otherMatchColor: Theme.terminalMatchOther
                bellColor: Theme.terminalBell
                ansiColors: Theme.terminalAnsi
                // Text a screen reader reads (Qt Quick gives its text only to this role): the
                // visible rows, the cursor in them, and what output changes, as the view announces.
                Accessible.role: Accessible.EditableText
                Accessible.multiLine: true
                Accessible.name: qsTr("Terminal: %1").arg(title)
                onTitleChanged: page.terminalTitleChanged(title)
                onBell: page.bell()
                // The Menu key means nothing to programs; Shift+F10 is theirs.
                Keys.onMenuPressed: menu.openFromKeyboard(terminal, Theme.padding, Theme.padding)

                // Pinch to zoom, as on a touch screen: this tab's font for the moment, within the
                // view's bounds, as Ctrl+Plus/Minus zoom it (zoomTo leaves the size's binding to
                // the settings in place).
                PinchHandler {
                    property real startSize: Theme.terminalFontSize

                    objectName: "terminalPinch"
                    target: null
                    onActiveChanged: {
                        if (active)
                            startSize = terminal.fontPixelSize;
                    }
                    onActiveScaleChanged: terminal.zoomTo(startSize * activeScale)
                }
                // Right click, or a long press: the menu.
                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: menu.popup()
                }
                TapHandler {
                    acceptedDevices: PointerDevice.TouchScreen | PointerDevice.Stylus
                    // Where the finger is: a touch does not move the mouse pointer.
                    onLongPressed: menu.popup(terminal, point.position.x, point.position.y)
                }
            }

            // Where the view is in the history; drag it to scroll.
            ScrollBar {
                id: scrollBar

                anchors.top: parent.top
                anchors.bottom: parent.bottom
                anchors.right: parent.right
                orientation: Qt.Vertical
                size: terminal.rows / Math.max(1, terminal.rows + terminal.historySize)
                position: (terminal.historySize - terminal.scrollOffset) / Math.max(1, terminal.rows + terminal.historySize)
                policy: terminal.historySize > 0 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                onPositionChanged: {
                    if (pressed)
                        terminal.scrollOffset = Math.round(terminal.historySize - position * (terminal.rows + terminal.historySize));
                }
            }
        }
    }

    // The search (the findInTerminal shortcut of the settings, Ctrl+Shift+F by default): the last search,
    // highlighted again, ready to be typed over.
    function openSearch() {
        page.searching = true;
        terminal.searchText = searchField.text;
        searchField.forceActiveFocus();
        searchField.selectAll();
    }

    Shortcut {
        sequences: Settings.shortcuts.findInTerminal
        enabled: page.current
        onActivated: page.openSearch()
    }

    // The search field's Enter and arrows: to the previous match when `backwards`, else the next.
    function stepSearch(backwards: bool) {
        if (backwards)
            terminal.findPrevious();
        else
            terminal.findNext();
    }

    // Escape or ✕: the highlights go with the field.
    function closeSearch() {
        page.searching = false;
        terminal.clearSearch();
        terminal.scrollToBottom();
        terminal.forceActiveFocus();
    }

    ItemMenu {
        id: menu

        objectName: "terminalMenu"

        MenuItem {
            text: qsTr("Copy")
            enabled: terminal.hasSelection
            onTriggered: terminal.copy()
        }
        MenuItem {
            text: qsTr("Paste")
            onTriggered: terminal.paste()
        }
        MenuItem {
            text: qsTr("Select all")
            onTriggered: terminal.selectAll()
        }
        MenuSeparator {}
        MenuItem {
            text: qsTr("Find…")
            onTriggered: page.openSearch()
        }
    }
}
