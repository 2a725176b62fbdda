pragma ComponentBehavior: Bound

import QtQuick
import Teleterm.Ui

// The keyboard's focus ring around the control it is put in, for the controls whose own look draws
// none (tool buttons, flat buttons) or one that would not show (a button filled with the accent
// colour, which is the ring's colour). Teleterm's buttons take the focus from the keyboard only
// (focusPolicy Qt.TabFocus): a focused one was reached by keyboard, and keeps its ring when a menu
// or dialog it opened gives the focus back (Qt's visualFocus forgets the keyboard then).
Rectangle {
    id: ring

    // Room between the control and the ring, for a control filled with the accent colour; without
    // it, the ring is the control's edge.
    property real gap: 0
    property bool shown: parent ? parent.activeFocus : false

    anchors.fill: parent
    anchors.margins: gap > 0 ? -(gap + border.width) : 0
    visible: shown
    color: Theme.none
    radius: gap > 0 ? Theme.radius + gap + border.width : 0
    border.width: Theme.focusWidth
    border.color: Theme.focusRing
}
