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

    // The terminal: its own palette, following light and dark.
    readonly property color terminalBackground: dark ? "#101216" : "#fbfbfc"
    readonly property color terminalForeground: dark ? "#d8dde6" : "#1f2329"
    readonly property color terminalSelection: dark ? "#34507a" : "#b9d3f7"
    readonly property color terminalCursor: dark ? "#a58cff" : "#5b3cc4"
    readonly property color terminalMatch: dark ? "#8a6d1f" : "#f5d77a"
    readonly property color terminalMatchOther: dark ? "#4d3f1a" : "#f8e9bb"
    readonly property color terminalBell: dark ? "#d8dde6" : "#1f2329" // drawn at a quarter of its opacity
    readonly property var terminalAnsi: dark ? ["#1b1e24", "#f0716f", "#7fd18b", "#e8c468", "#76a8f5", "#c792ea", "#5fd0d3", "#c9ced8", "#5b6270", "#ff8e8c", "#9de6a8", "#f5d98a", "#9cc2ff", "#ddb0f5", "#86e3e6", "#ffffff"] : ["#1f2329", "#c2312f", "#217a3a", "#8a6100", "#1f5fbf", "#8031a7", "#0e7c86", "#c5cad3", "#5b6270", "#e0443f", "#2c9a4b", "#a67a00", "#2f74dd", "#9a46c4", "#12939e", "#ffffff"]
    readonly property int terminalFontSize: 14

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
    // A page of settings and facts (a gateway's), and its labels' column.
    readonly property int pageMaxWidth: 760
    readonly property int formLabelWidth: 148
    readonly property int portFieldWidth: 120
    // Rows shown from an earlier listing while their cluster does not answer.
    readonly property real staleOpacity: 0.55

    readonly property string monospaceFont: "monospace"
    readonly property int fontSmall: 12
    readonly property int fontBody: 14
    readonly property int fontTitle: 18
    readonly property int fontHeading: 26
}
