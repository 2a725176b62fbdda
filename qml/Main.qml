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
        objectName: "appShell"
        anchors.fill: parent
        // Above an on-screen keyboard while it shows: the field typed into, or a terminal's
        // prompt, stays in sight.
        anchors.bottomMargin: OnScreenKeyboard.height
        keepsWorkspace: true
    }

    // Qt Virtual Keyboard's panel along the bottom, when the window types through it: loaded only
    // then (its module is a recommendation of the package, not a dependency). Over the dialogs and
    // their dimming (popups stand at z 0), since it types into them too.
    Loader {
        objectName: "keyboardLoader"
        parent: Overlay.overlay
        z: 1000
        active: OnScreenKeyboard.builtIn
        source: "KeyboardPanel.qml"
    }
}
