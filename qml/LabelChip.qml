pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Teleterm.Ui

// A label of a resource, "name=value"; an active one is part of the filter.
AbstractButton {
    id: chip

    property bool active: false
    property bool removable: false

    // Drawn a chip's height, hit at a finger's: the insets leave the rest of the target clear.
    implicitHeight: Theme.touchTarget
    implicitWidth: text.length > 0 ? Math.max(Theme.touchTarget, label.implicitWidth + leftPadding + rightPadding) : 0
    topInset: (Theme.touchTarget - Theme.chipHeight) / 2
    bottomInset: (Theme.touchTarget - Theme.chipHeight) / 2
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    hoverEnabled: true
    // The keyboard's only (see FocusRing): a tap filters and leaves the focus where it was.
    focusPolicy: Qt.TabFocus
    Accessible.name: active ? qsTr("Stop filtering by %1").arg(text) : qsTr("Filter by %1").arg(text)

    contentItem: Label {
        id: label

        text: chip.removable ? chip.text + "  ×" : chip.text
        color: chip.active ? Theme.accentText : Theme.text
        font.pixelSize: Theme.fontSmall
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    background: Rectangle {
        radius: height / 2
        color: chip.active ? Theme.accent : chip.hovered ? Theme.hover : Theme.chip
    }

    // Apart from the chip: an active one is filled with the accent colour, the ring's.
    FocusRing {
        gap: Theme.focusWidth
        radius: height / 2
    }
}
