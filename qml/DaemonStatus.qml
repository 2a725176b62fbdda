pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Backend
import Teleterm.Ui

// The daemon's state at the foot of the sidebar: a coloured dot and words, with the details
// (version, process, log) in the tooltip, shown on hover and on the keyboard's focus alike.
ItemDelegate {
    id: status

    readonly property color dotColor: DaemonClient.state === DaemonClient.Connected ? Theme.success : DaemonClient.state === DaemonClient.Failed ? Theme.danger : Theme.pending

    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + 2 * Theme.spacing)
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    hoverEnabled: true
    focusPolicy: Qt.TabFocus

    ToolTip.visible: hovered || pressed || activeFocus
    ToolTip.delay: 500
    ToolTip.text: DaemonClient.state === DaemonClient.Connected ? qsTr("Socket: %1\nLog: %2").arg(DaemonClient.socketPath).arg(DaemonClient.logFile) : DaemonClient.lastError.length > 0 ? DaemonClient.lastError : DaemonClient.statusText

    // A press tries to reach the daemon again.
    Accessible.role: Accessible.Button
    Accessible.name: label.text
    Accessible.description: ToolTip.text
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        color: status.hovered ? Theme.hover : Theme.none
        border.width: status.activeFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing

        Rectangle {
            anchors.top: parent.top
            width: parent.width
            height: Theme.borderWidth
            color: Theme.border
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        Rectangle {
            objectName: "dot"
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: Theme.statusDot
            implicitHeight: Theme.statusDot
            radius: Theme.statusDot / 2
            color: status.dotColor
            Accessible.role: Accessible.Indicator
            Accessible.name: DaemonClient.state === DaemonClient.Connected ? qsTr("Connected") : DaemonClient.state === DaemonClient.Failed ? qsTr("Failed") : qsTr("Starting")
            Accessible.description: qsTr("Green: connected to the daemon; amber: starting it; red: it failed")
        }

        Label {
            id: label

            objectName: "statusLabel"
            Layout.fillWidth: true
            text: DaemonClient.statusText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            // Two lines where a language needs them (the pid must not be cut off).
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }

    onClicked: DaemonClient.retryNow()
}
