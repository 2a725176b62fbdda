pragma Singleton

import QtQuick

// Every colour, size and font of Teleterm's views. Nothing outside this file names a colour.
QtObject {
    id: theme

    // Light or dark. Follows the platform's palette until settings arrive to choose.
    property bool dark: systemPalette.window.hslLightness < 0.5

    readonly property SystemPalette systemPalette: SystemPalette {
        colorGroup: SystemPalette.Active
    }

    readonly property color background: dark ? "#16181d" : "#f6f7f9"
    readonly property color surface: dark ? "#1d2027" : "#ffffff"
    readonly property color sidebar: dark ? "#111318" : "#eceff3"
    readonly property color border: dark ? "#2d323c" : "#d8dce2"
    readonly property color text: dark ? "#e8eaed" : "#1b1f24"
    readonly property color textMuted: dark ? "#9aa3ae" : "#5b6470"
    readonly property color accent: dark ? "#a08bff" : "#512fc9"
    readonly property color accentText: dark ? "#120c2b" : "#ffffff"
    readonly property color hover: dark ? "#262a33" : "#e2e6ec"
    readonly property color chip: dark ? "#2a2f39" : "#e4e8ee"
    readonly property color selected: dark ? "#2c2650" : "#ddd6f8"
    readonly property color focusRing: accent
    readonly property color none: "transparent"
    readonly property color success: dark ? "#3ecf8e" : "#1b8a4a"
    readonly property color pending: dark ? "#f2c14e" : "#b7791f"
    readonly property color danger: dark ? "#ff8f99" : "#b3261e"
    readonly property color warningBackground: dark ? "#3a2f10" : "#fff3cd"
    readonly property color warningText: dark ? "#ffd66b" : "#5c4300"
    readonly property color errorBackground: dark ? "#3d1619" : "#fde8ea"
    readonly property color errorText: dark ? "#ffb3ba" : "#7f1d1d"
    readonly property color infoBackground: dark ? "#1c2a44" : "#e6f0ff"
    readonly property color infoText: dark ? "#b8d2ff" : "#123a7a"

    readonly property int spacing: 8
    readonly property int padding: 16
    readonly property int radius: 6
    readonly property int borderWidth: 1
    readonly property int focusWidth: 2
    readonly property int statusDot: 10
    readonly property int chipHeight: 24
    readonly property int kindColumnWidth: 84
    // Smallest side of anything a finger must hit.
    readonly property int touchTarget: 40
    readonly property int sidebarWidth: 264
    // Servers (and databases) shown under an expanded cluster in the sidebar.
    readonly property int sidebarTreeRows: 5
    readonly property int tabHeight: 40
    readonly property int tabMaxWidth: 220
    readonly property int contentMaxWidth: 560
    // Rows shown from an earlier listing while their cluster does not answer.
    readonly property real staleOpacity: 0.55

    readonly property string monospaceFont: "monospace"
    readonly property int fontSmall: 12
    readonly property int fontBody: 14
    readonly property int fontTitle: 18
    readonly property int fontHeading: 26
}
