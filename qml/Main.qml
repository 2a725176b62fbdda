pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Teleterm.Models
import Teleterm.Ui

ApplicationWindow {
    id: window

    width: 1180
    height: 760
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: qsTr("Teleterm")
    color: Theme.background
    // Popups and menus take their direction and formats from the window's locale.
    locale: Qt.locale(Localization.localeName)

    palette {
        window: Theme.background
        windowText: Theme.text
        base: Theme.surface
        text: Theme.text
        button: Theme.surface
        buttonText: Theme.text
        highlight: Theme.accent
        highlightedText: Theme.accentText
        placeholderText: Theme.textMuted
        mid: Theme.border
        dark: Theme.border
        light: Theme.hover
        midlight: Theme.hover
        toolTipBase: Theme.surface
        toolTipText: Theme.text

        disabled {
            windowText: Theme.textMuted
            text: Theme.textMuted
            buttonText: Theme.textMuted
            button: Theme.hover
        }
    }

    AppShell {
        anchors.fill: parent
        keepsWorkspace: true
    }
}
