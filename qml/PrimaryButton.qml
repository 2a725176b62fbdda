pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Teleterm.Ui

// The one button of a form that moves the user forward, in the accent colour.
Button {
    id: button

    implicitHeight: Theme.touchTarget
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    font.pixelSize: Theme.fontBody
    font.bold: true
    // The keyboard's only (see FocusRing).
    focusPolicy: Qt.TabFocus

    contentItem: Text {
        text: button.text
        font: button.font
        color: button.enabled ? Theme.accentText : Theme.textMuted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: Theme.radius
        color: !button.enabled ? Theme.hover : button.down ? Qt.darker(Theme.accent, 1.15) : button.hovered ? Qt.lighter(Theme.accent, 1.1) : Theme.accent
    }

    // Around the button, apart from it: on the accent colour, a ring of the accent colour would not show.
    FocusRing {
        gap: Theme.focusWidth
    }
}
