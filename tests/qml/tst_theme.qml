import QtQuick
import QtTest
import Teleterm.Models
import Teleterm.Ui

TestCase {
    name: "Theme"

    // WCAG 2 relative luminance and contrast ratio.
    function luminance(c: color): real {
        const channel = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    }
    function contrast(a: color, b: color): real {
        const la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    function cleanup() {
        Theme.highContrast = false;
        Theme.dark = false;
    }

    function test_textIsReadable_data() {
        return [{ tag: "light", dark: false }, { tag: "dark", dark: true }];
    }
    function test_textIsReadable(data) {
        Theme.dark = data.dark;
        // WCAG AA: 4.5:1 for body text, 3:1 for large text and UI parts.
        verify(contrast(Theme.text, Theme.background) >= 4.5, "text on background");
        verify(contrast(Theme.text, Theme.surface) >= 4.5, "text on surface");
        verify(contrast(Theme.text, Theme.sidebar) >= 4.5, "text on sidebar");
        verify(contrast(Theme.textMuted, Theme.background) >= 4.5, "muted text on background");
        verify(contrast(Theme.textMuted, Theme.sidebar) >= 4.5, "muted text on sidebar");
        verify(contrast(Theme.accentText, Theme.accent) >= 4.5, "text on accent");
        verify(contrast(Theme.warningText, Theme.warningBackground) >= 4.5, "warning banner");
        verify(contrast(Theme.errorText, Theme.errorBackground) >= 4.5, "error banner");
        verify(contrast(Theme.infoText, Theme.infoBackground) >= 4.5, "info banner");
        verify(contrast(Theme.danger, Theme.background) >= 4.5, "error text on background");
        verify(contrast(Theme.focusRing, Theme.background) >= 3, "focus ring");
    }

    function test_highContrastIsStarker() {
        Theme.highContrast = true;
        // WCAG AAA: 7:1 for text, and borders and focus rings a person cannot miss.
        verify(contrast(Theme.text, Theme.background) >= 7, "text on background");
        verify(contrast(Theme.textMuted, Theme.background) >= 7, "muted text on background");
        verify(contrast(Theme.accentText, Theme.accent) >= 7, "text on accent");
        verify(contrast(Theme.border, Theme.background) >= 7, "borders");
        verify(contrast(Theme.focusRing, Theme.background) >= 7, "focus ring");
        verify(contrast(Theme.danger, Theme.background) >= 7, "error text");
        verify(contrast(Theme.terminalForeground, Theme.terminalBackground) >= 7, "terminal text");
        compare(Theme.borderWidth, 2);
        verify(Theme.focusWidth >= 3);
        Theme.highContrast = false;
        compare(Theme.borderWidth, 1);
    }

    function test_lightAndDarkDiffer() {
        Theme.dark = false;
        const light = luminance(Theme.background);
        Theme.dark = true;
        const dark = luminance(Theme.background);
        verify(light > 0.8, "light background is light: " + light);
        verify(dark < 0.1, "dark background is dark: " + dark);
    }

    // Every terminal palette is whole and readable; high contrast's at AAA.
    function test_terminalPalettesAreReadable() {
        const names = Settings.terminalPalettes.filter(name => name !== "theme");
        compare(names.length, Object.keys(Theme.terminalPalettes).length);
        for (const name of names) {
            const given = Theme.terminalPalettes[name];
            verify(given, name);
            // As colours (the palette holds their names).
            const palette = {
                foreground: Qt.lighter(given.foreground, 1),
                background: Qt.lighter(given.background, 1),
                cursor: Qt.lighter(given.cursor, 1),
                ansi: given.ansi
            };
            compare(palette.ansi.length, 16, name);
            const needed = name === "high-contrast" ? 7 : 4.5;
            verify(contrast(palette.foreground, palette.background) >= needed, name + " text: " + contrast(palette.foreground, palette.background));
            verify(contrast(palette.cursor, palette.background) >= 3, name + " cursor");
        }
    }

    // The terminal follows the window's look, unless a palette of its own is chosen.
    function test_terminalPaletteIsChosenApart() {
        Settings.terminalPalette = "theme";
        Theme.dark = false;
        compare(Theme.terminalPaletteName, "light");
        Theme.dark = true;
        compare(Theme.terminalPaletteName, "dark");
        Settings.terminalPalette = "solarized-light";
        compare(Theme.terminalPaletteName, "solarized-light");
        compare(Theme.terminalBackground, Theme.terminalPalettes["solarized-light"].background);
        verify(Theme.dark, "the window stays dark");
        Settings.terminalPalette = "theme";
        compare(Theme.terminalBackground, Theme.terminalPalettes.dark.background);
    }

    function test_touchTargets() {
        verify(Theme.touchTarget >= 40);
        verify(Theme.tabHeight >= Theme.touchTarget);
    }
}
