pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Teleterm.Ui

// A button beside content (Connect, Cancel): outlined, so that it reads as a button on any surface.
Button {
    id: button

    implicitHeight: Theme.touchTarget
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    font.pixelSize: Theme.fontBody
    // The keyboard's only (see FocusRing).
    focusPolicy: Qt.TabFocus

    contentItem: Text {
        text: button.text
        font: button.font
        color: button.enabled ? Theme.accent : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: Theme.radius
        color: button.down ? Theme.selected : button.hovered ? Theme.hover : Theme.surface
        border.width: button.activeFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: button.activeFocus ? Theme.focusRing : Theme.border
    }
}
