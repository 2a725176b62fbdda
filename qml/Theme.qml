pragma Singleton

import QtQuick
import Teleterm.Models

// Every colour, size and font of Teleterm's views. Nothing outside this file names a colour.
QtObject {
    id: theme

    // "system", "light", "dark" or "high-contrast", as the settings file says (docs/settings.md).
    property string mode: Settings.theme
    // White on black with a yellow accent, thicker borders and focus rings.
    property bool highContrast: mode === "high-contrast"
    // Light or dark; "system" follows the platform's palette, live.
    property bool dark: highContrast || mode === "dark" || (mode === "system" && systemPalette.window.hslLightness < 0.5)

    // A colour for each look: light, dark and high contrast.
    function pick(light: color, darkColor: color, contrast: color): color {
        return highContrast ? contrast : dark ? darkColor : light;
    }

    readonly property SystemPalette systemPalette: SystemPalette {
        colorGroup: SystemPalette.Active
    }

    readonly property color background: pick("#f6f7f9", "#16181d", "#000000")
    readonly property color surface: pick("#ffffff", "#1d2027", "#000000")
    readonly property color sidebar: pick("#eceff3", "#111318", "#000000")
    readonly property color border: pick("#d8dce2", "#2d323c", "#ffffff")
    readonly property color text: pick("#1b1f24", "#e8eaed", "#ffffff")
    readonly property color textMuted: pick("#5b6470", "#9aa3ae", "#e0e0e0")
    readonly property color accent: pick("#512fc9", "#a08bff", "#ffd400")
    readonly property color accentText: pick("#ffffff", "#120c2b", "#000000")
    readonly property color hover: pick("#e2e6ec", "#262a33", "#262626")
    readonly property color chip: pick("#e4e8ee", "#2a2f39", "#1a1a1a")
    readonly property color selected: pick("#ddd6f8", "#2c2650", "#4d4000")
    readonly property color focusRing: accent
    readonly property color none: "transparent"
    readonly property color success: pick("#1b8a4a", "#3ecf8e", "#3dff9a")
    readonly property color pending: pick("#b7791f", "#f2c14e", "#ffd400")
    readonly property color danger: pick("#b3261e", "#ff8f99", "#ff7b7b")
    readonly property color warningBackground: pick("#fff3cd", "#3a2f10", "#000000")
    readonly property color warningText: pick("#5c4300", "#ffd66b", "#ffd400")
    readonly property color errorBackground: pick("#fde8ea", "#3d1619", "#000000")
    readonly property color errorText: pick("#7f1d1d", "#ffb3ba", "#ff9b9b")
    readonly property color infoBackground: pick("#e6f0ff", "#1c2a44", "#000000")
    readonly property color infoText: pick("#123a7a", "#b8d2ff", "#9ccfff")

    // The terminal: its own palette, following light and dark.
    readonly property color terminalBackground: pick("#fbfbfc", "#101216", "#000000")
    readonly property color terminalForeground: pick("#1f2329", "#d8dde6", "#ffffff")
    readonly property color terminalSelection: pick("#b9d3f7", "#34507a", "#1f5fd0")
    readonly property color terminalCursor: pick("#5b3cc4", "#a58cff", "#ffd400")
    readonly property color terminalMatch: pick("#f5d77a", "#8a6d1f", "#8a7000")
    readonly property color terminalMatchOther: pick("#f8e9bb", "#4d3f1a", "#4d4000")
    readonly property color terminalBell: pick("#1f2329", "#d8dde6", "#ffffff") // drawn at a quarter of its opacity
    readonly property var terminalAnsi: dark ? ["#1b1e24", "#f0716f", "#7fd18b", "#e8c468", "#76a8f5", "#c792ea", "#5fd0d3", "#c9ced8", "#5b6270", "#ff8e8c", "#9de6a8", "#f5d98a", "#9cc2ff", "#ddb0f5", "#86e3e6", "#ffffff"] : ["#1f2329", "#c2312f", "#217a3a", "#8a6100", "#1f5fbf", "#8031a7", "#0e7c86", "#c5cad3", "#5b6270", "#e0443f", "#2c9a4b", "#a67a00", "#2f74dd", "#9a46c4", "#12939e", "#ffffff"]
    readonly property int terminalFontSize: 14

    readonly property int spacing: 8
    readonly property int padding: 16
    readonly property int radius: 6
    readonly property int borderWidth: highContrast ? 2 : 1
    readonly property int focusWidth: highContrast ? 3 : 2
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
