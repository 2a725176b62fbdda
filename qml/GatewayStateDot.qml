pragma ComponentBehavior: Bound

import QtQuick
import Teleterm.Models
import Teleterm.Ui

// A gateway's state at a glance: listening (green), waiting for a login (amber), not listening
// (red); an outline before its state is known.
Rectangle {
    id: dot

    property int gatewayState: GatewaysModel.Unknown

    implicitWidth: Theme.statusDot
    implicitHeight: Theme.statusDot
    radius: Theme.statusDot / 2
    color: gatewayState === GatewaysModel.Listening ? Theme.success : gatewayState === GatewaysModel.WaitingForLogin ? Theme.pending : gatewayState === GatewaysModel.NotListening ? Theme.danger : Theme.none
    border.width: gatewayState === GatewaysModel.Unknown ? Theme.focusWidth : 0
    border.color: Theme.textMuted
    Accessible.role: Accessible.Indicator
    Accessible.name: gatewayState === GatewaysModel.Listening ? qsTr("Listening") : gatewayState === GatewaysModel.WaitingForLogin ? qsTr("Waiting for a login") : gatewayState === GatewaysModel.NotListening ? qsTr("Not listening") : qsTr("Starting")
    Accessible.description: qsTr("Green: listening; amber: a connection waits for a login; red: not listening; a hollow ring: starting")
}
