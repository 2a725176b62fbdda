pragma Singleton

import QtQuick
import Teleterm.Models

// Every colour, size and font of Teleterm's views. Nothing outside this file names a colour.
QtObject {
    id: theme

    // "system", "light", "dark" or "high-contrast", as the settings file says (docs/settings.md).
    property string mode: Settings.theme
    // White on black with a yellow accent, thicker borders and focus rings; with "system", when
    // the desktop asks for high contrast.
    property bool highContrast: mode === "high-contrast" || (mode === "system" && SystemAppearance.highContrast)
    // Light or dark; "system" follows the desktop's preference (the XDG portal's colour scheme),
    // else the platform's palette, live.
    property bool dark: highContrast || mode === "dark" || (mode === "system" && (SystemAppearance.colorScheme === SystemAppearance.Dark || (SystemAppearance.colorScheme === SystemAppearance.NoPreference && systemPalette.window.hslLightness < 0.5)))

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

    // The terminal's palettes. "theme" (the default of Settings.terminalPalette) takes the one
    // that matches the window's look; the others can be chosen apart from it.
    readonly property var terminalPalettes: ({
            "light": {
                "background": "#fbfbfc",
                "foreground": "#1f2329",
                "selection": "#b9d3f7",
                "cursor": "#5b3cc4",
                "match": "#f5d77a",
                "otherMatch": "#f8e9bb",
                "ansi": ["#1f2329", "#c2312f", "#217a3a", "#8a6100", "#1f5fbf", "#8031a7", "#0e7c86", "#c5cad3", "#5b6270", "#e0443f", "#2c9a4b", "#a67a00", "#2f74dd", "#9a46c4", "#12939e", "#ffffff"]
            },
            "dark": {
                "background": "#101216",
                "foreground": "#d8dde6",
                "selection": "#34507a",
                "cursor": "#a58cff",
                "match": "#8a6d1f",
                "otherMatch": "#4d3f1a",
                "ansi": ["#1b1e24", "#f0716f", "#7fd18b", "#e8c468", "#76a8f5", "#c792ea", "#5fd0d3", "#c9ced8", "#5b6270", "#ff8e8c", "#9de6a8", "#f5d98a", "#9cc2ff", "#ddb0f5", "#86e3e6", "#ffffff"]
            },
            "high-contrast": {
                "background": "#000000",
                "foreground": "#ffffff",
                "selection": "#1f5fd0",
                "cursor": "#ffd400",
                "match": "#8a7000",
                "otherMatch": "#4d4000",
                "ansi": ["#000000", "#ff6b6b", "#5cff7a", "#ffe14d", "#7fb2ff", "#ff8cff", "#5cf2ff", "#e6e6e6", "#8c8c8c", "#ff9494", "#8cffa2", "#fff08c", "#a8ccff", "#ffb3ff", "#99f7ff", "#ffffff"]
            },
            // Ethan Schoonover's Solarized, with its usual mapping onto the 16 ANSI colours.
            "solarized-light": {
                "background": "#fdf6e3",
                "foreground": "#586e75",
                "selection": "#eee8d5",
                "cursor": "#586e75",
                "match": "#f0d080",
                "otherMatch": "#f5e6b8",
                "ansi": ["#073642", "#dc322f", "#859900", "#b58900", "#268bd2", "#d33682", "#2aa198", "#eee8d5", "#002b36", "#cb4b16", "#586e75", "#657b83", "#839496", "#6c71c4", "#93a1a1", "#fdf6e3"]
            },
            "solarized-dark": {
                "background": "#002b36",
                "foreground": "#93a1a1",
                "selection": "#0a4a5c",
                "cursor": "#93a1a1",
                "match": "#7a5f00",
                "otherMatch": "#3f3a10",
                "ansi": ["#073642", "#dc322f", "#859900", "#b58900", "#268bd2", "#d33682", "#2aa198", "#eee8d5", "#002b36", "#cb4b16", "#586e75", "#657b83", "#839496", "#6c71c4", "#93a1a1", "#fdf6e3"]
            }
        })
    readonly property string terminalPaletteName: Settings.terminalPalette !== "theme" && terminalPalettes[Settings.terminalPalette] ? Settings.terminalPalette : highContrast ? "high-contrast" : dark ? "dark" : "light"
    readonly property var terminalPalette: terminalPalettes[terminalPaletteName]
    readonly property color terminalBackground: terminalPalette.background
    readonly property color terminalForeground: terminalPalette.foreground
    readonly property color terminalSelection: terminalPalette.selection
    readonly property color terminalCursor: terminalPalette.cursor
    readonly property color terminalMatch: terminalPalette.match
    readonly property color terminalMatchOther: terminalPalette.otherMatch
    readonly property color terminalBell: terminalPalette.foreground // drawn at a quarter of its opacity
    readonly property var terminalAnsi: terminalPalette.ansi
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
