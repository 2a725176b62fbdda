pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Backend
import Teleterm.Terminal
import Teleterm.Ui

// A terminal tab: the PTY's session and the view that draws it, the search (Ctrl+Shift+F), a menu
// on right click or long press, pinch to zoom, and what became of the program when it ends.
Item {
    id: page

    required property string ptyId
    property bool current: false

    signal terminalTitleChanged(string title)

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
            actionText: ptySession.state === PtySession.Failed ? qsTr("Try again") : ""
            onActionTriggered: ptySession.reattach()
        }

        // Search in the scrollback.
        Rectangle {
            Layout.fillWidth: true
            visible: searchField.visible
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
                    visible: false
                    placeholderText: qsTr("Find in the terminal")
                    selectByMouse: true
                    font.pixelSize: Theme.fontBody
                    property bool found: true
                    color: found ? Theme.text : Theme.errorText
                    onTextChanged: found = terminal.find(text, false)
                    Keys.onReturnPressed: event => found = terminal.find(text, event.modifiers & Qt.ShiftModifier)
                    Keys.onEscapePressed: {
                        visible = false;
                        terminal.clearSelection();
                        terminal.scrollToBottom();
                        terminal.forceActiveFocus();
                    }
                }
                ToolButton {
                    text: "↑"
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Previous match")
                    onClicked: searchField.found = terminal.find(searchField.text, true)
                }
                ToolButton {
                    text: "↓"
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Next match")
                    onClicked: searchField.found = terminal.find(searchField.text, false)
                }
                ToolButton {
                    text: "✕"
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Close the search")
                    onClicked: {
                        searchField.visible = false;
                        terminal.forceActiveFocus();
                    }
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
                fontFamily: Theme.monospaceFont
                fontPixelSize: Theme.terminalFontSize
                foreground: Theme.terminalForeground
                background: Theme.terminalBackground
                selectionColor: Theme.terminalSelection
                cursorColor: Theme.terminalCursor
                matchColor: Theme.terminalMatch
                ansiColors: Theme.terminalAnsi
                Accessible.role: Accessible.Terminal
                Accessible.name: qsTr("Terminal: %1").arg(title)
                onTitleChanged: page.terminalTitleChanged(title)
                onSearchRequested: {
                    searchField.visible = true;
                    searchField.forceActiveFocus();
                    searchField.selectAll();
                }

                // Pinch to zoom, as on a touch screen.
                PinchHandler {
                    property real startSize: Theme.terminalFontSize

                    target: null
                    onActiveChanged: {
                        if (active)
                            startSize = terminal.fontPixelSize;
                    }
                    onActiveScaleChanged: terminal.fontPixelSize = startSize * activeScale
                }
                // Right click, or a long press: the menu.
                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: menu.popup()
                }
                TapHandler {
                    acceptedDevices: PointerDevice.TouchScreen
                    onLongPressed: menu.popup()
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

    Menu {
        id: menu

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
            onTriggered: terminal.searchRequested()
        }
    }
}
