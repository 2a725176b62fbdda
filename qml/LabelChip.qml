pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Teleterm.Ui

// A label of a resource, "name=value"; an active one is part of the filter.
AbstractButton {
    id: chip

    property bool active: false
    property bool removable: false

    implicitHeight: Theme.chipHeight
    implicitWidth: text.length > 0 ? label.implicitWidth + leftPadding + rightPadding : 0
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
