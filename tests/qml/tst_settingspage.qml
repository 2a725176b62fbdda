import QtQuick
import QtTest
import Teleterm.Models
import Teleterm.Ui
import "TestUtils.js" as Utils

// The settings view changes the settings (and so the file) and follows them.
TestCase {
    id: testCase

    name: "SettingsPage"
    visible: true
    when: windowShown
    width: 1000
    height: 2400

    Component {
        id: pageComponent

        SettingsPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function init() {
        for (const action of Settings.actions)
            Settings.resetShortcut(action);
        Settings.theme = "system";
        Settings.language = "en";
        Settings.terminalPalette = "theme";
    }

    function cleanup() {
        init();
    }

    function row(page: Item, action: string): Item {
        const found = Utils.findNamed(page, "shortcut_" + action);
        verify(found, action);
        return found;
    }

    // Chooses the entry of a ComboBox whose value is `value`, as a person does with the keyboard.
    function choose(combo: Item, value: string) {
        const index = combo.choices.findIndex(entry => entry.value === value);
        verify(index >= 0, value);
        combo.forceActiveFocus();
        combo.currentIndex = index;
        combo.activated(index);
    }

    function test_choicesChangeTheSettings() {
        const page = createTemporaryObject(pageComponent, testCase);
        choose(Utils.findNamed(page, "themeChoice"), "dark");
        compare(Settings.theme, "dark");
        verify(Theme.dark);
        choose(Utils.findNamed(page, "paletteChoice"), "solarized-light");
        compare(Settings.terminalPalette, "solarized-light");
        compare(Utils.findNamed(page, "palettePreview").color, Theme.terminalPalettes["solarized-light"].background);
        const copy = Utils.findNamed(page, "copyOnSelect");
        const was = Settings.copyOnSelect;
        mouseClick(copy);
        compare(Settings.copyOnSelect, !was);
        mouseClick(copy);
        // The file changed by hand: the view follows.
        Settings.theme = "high-contrast";
        compare(Utils.findNamed(page, "themeChoice").currentValue, "high-contrast");
    }

    function test_theLanguageChangesTheViewAtOnce() {
        const page = createTemporaryObject(pageComponent, testCase);
        const language = Utils.findNamed(page, "languageChoice");
        const names = language.choices.map(entry => entry.text);
        verify(names.indexOf("Deutsch") >= 0, names);
        verify(names.indexOf("日本語") >= 0, names);
        verify(names.indexOf("العربية") >= 0, names);
        choose(language, "de");
        compare(Settings.language, "de", JSON.stringify(language.choices));
        compare(Localization.uiLanguage, "de");
        compare(page.actionName("newTab"), "Neuer Tab");
        compare(Utils.findNamed(row(page, "closeTab"), "changeShortcut").text, "Ändern…");
    }

    function test_aShortcutIsTypedCheckedAndReset() {
        const page = createTemporaryObject(pageComponent, testCase);
        const newTab = row(page, "newTab");
        mouseClick(Utils.findNamed(newTab, "changeShortcut"));
        compare(page.capturing, "newTab");
        // A modifier alone is not a shortcut yet; the combination is.
        keyPress(Qt.Key_Control, Qt.ControlModifier);
        compare(page.capturing, "newTab");
        keyClick(Qt.Key_N, Qt.ControlModifier | Qt.AltModifier);
        compare(Settings.shortcuts.newTab, ["Ctrl+Alt+N"]);
        compare(page.capturing, "");
        verify(Utils.findNamed(newTab, "resetShortcut").enabled);

        // Another action's keys: refused, with the reason.
        mouseClick(Utils.findNamed(newTab, "changeShortcut"));
        keyClick(Qt.Key_W, Qt.ControlModifier | Qt.ShiftModifier);
        compare(Settings.shortcuts.newTab, ["Ctrl+Alt+N"]);
        verify(page.captureError.indexOf("Close the tab") >= 0, page.captureError);
        // Esc: nothing changes.
        keyClick(Qt.Key_Escape);
        compare(page.capturing, "");
        compare(Settings.shortcuts.newTab, ["Ctrl+Alt+N"]);

        mouseClick(Utils.findNamed(newTab, "clearShortcut"));
        compare(Settings.shortcuts.newTab, []);
        compare(Utils.findNamed(newTab, "keys").text, "None");
        mouseClick(Utils.findNamed(newTab, "resetShortcut"));
        compare(Settings.shortcuts.newTab, ["Ctrl+Shift+T"]);
        verify(!Utils.findNamed(newTab, "resetShortcut").enabled);
    }

    function test_sizesAreKept() {
        const page = createTemporaryObject(pageComponent, testCase);
        const size = Utils.findNamed(page, "fontSize");
        size.forceActiveFocus();
        const before = size.value;
        keyClick(Qt.Key_Up);
        compare(Settings.terminalFontSize, before + 1);
        const scrollback = Utils.findNamed(page, "scrollback");
        scrollback.forceActiveFocus();
        keyClick(Qt.Key_Up);
        compare(Settings.scrollbackLines, 11000);
        keyClick(Qt.Key_Down);
        compare(Settings.scrollbackLines, 10000);
        size.forceActiveFocus();
        keyClick(Qt.Key_Down);
        compare(Settings.terminalFontSize, before);
    }
}
