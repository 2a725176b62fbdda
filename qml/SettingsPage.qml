pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Models
import Teleterm.Ui

// The settings view: the look, the language, the terminal and the keyboard shortcuts. Every change
// applies at once and is written to the settings file (docs/settings.md), which an editor can
// change too: the view follows the file.
Item {
    id: page

    // The action whose new key sequence is being typed, "" when none.
    property string capturing
    // Why the last typed sequence was not taken.
    property string captureError

    // The words for each action, in the window's language.
    function actionName(action: string): string {
        switch (action) {
        case "newTab":
            return qsTr("New tab");
        case "newTerminal":
            return qsTr("New local terminal");
        case "closeTab":
            return qsTr("Close the tab");
        case "nextTab":
            return qsTr("Next tab");
        case "previousTab":
            return qsTr("Previous tab");
        case "moveTabLeft":
            return qsTr("Move the tab back");
        case "moveTabRight":
            return qsTr("Move the tab forward");
        case "findInTerminal":
            return qsTr("Find in the terminal");
        case "openSettings":
            return qsTr("Open the settings");
        case "tab9":
            return qsTr("Go to the last tab");
        }
        if (action.startsWith("tab"))
            return qsTr("Go to tab %1").arg(action.substring(3));
        return action;
    }

    // The action that has `sequence` already, other than `action`; "" when none.
    function holderOf(sequence: string, action: string): string {
        for (const other of Settings.actions) {
            if (other !== action && (Settings.shortcuts[other] || []).indexOf(sequence) >= 0)
                return other;
        }
        return "";
    }

    function take(action: string, sequence: string) {
        const holder = holderOf(sequence, action);
        if (holder.length > 0) {
            captureError = qsTr("%1 is already the shortcut of “%2”.").arg(Settings.keysText([sequence])).arg(actionName(holder));
            return;
        }
        if (!Settings.setShortcut(action, [sequence])) {
            captureError = qsTr("%1 cannot be saved as a shortcut.").arg(Settings.keysText([sequence]));
            return;
        }
        captureError = "";
        capturing = "";
    }

    component SectionTitle: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.padding
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.bold: true
        Accessible.role: Accessible.Heading
    }

    // A setting's name on the leading side, its control beside it.
    component FieldLabel: Label {
        Layout.preferredWidth: Theme.formLabelWidth
        Layout.alignment: Qt.AlignVCenter
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }

    // A choice among named values: `choices` is [{value, text}].
    component Choice: ComboBox {
        id: choice

        property string value
        property var choices: []

        signal chosen(string value)

        Layout.fillWidth: true
        Layout.maximumWidth: Theme.contentMaxWidth
        implicitHeight: Theme.touchTarget
        model: choices
        textRole: "text"
        valueRole: "value"
        onActivated: index => chosen(choices[index].value)

        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: choice.visualFocus ? Theme.focusRing : Theme.border
            border.width: choice.visualFocus ? Theme.focusWidth : Theme.borderWidth
        }

        // What the settings say, again after each change there (the file may change under it).
        Binding on currentIndex {
            value: choice.choices.findIndex(entry => entry.value === choice.value)
        }
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentWidth: width
        contentHeight: content.implicitHeight + 2 * Theme.padding
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: content

            // Anchored, so that a right-to-left window puts it on the right.
            anchors.left: parent.left
            anchors.leftMargin: Theme.padding
            y: Theme.padding
            width: Math.min(flick.width - 2 * Theme.padding, Theme.pageMaxWidth)
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Settings")
                color: Theme.text
                font.pixelSize: Theme.fontHeading
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            Banner {
                objectName: "settingsError"
                Layout.fillWidth: true
                visible: Settings.error.length > 0
                text: Settings.error
            }

            SectionTitle {
                text: qsTr("Appearance")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.padding
                rowSpacing: Theme.spacing

                FieldLabel {
                    text: qsTr("Theme")
                }
                Choice {
                    objectName: "themeChoice"
                    Accessible.name: qsTr("Theme")
                    value: Settings.theme
                    choices: [
                        {
                            "value": "system",
                            "text": qsTr("Same as the system")
                        },
                        {
                            "value": "light",
                            "text": qsTr("Light")
                        },
                        {
                            "value": "dark",
                            "text": qsTr("Dark")
                        },
                        {
                            "value": "high-contrast",
                            "text": qsTr("High contrast")
                        }
                    ]
                    onChosen: value => Settings.theme = value
                }

                FieldLabel {
                    text: qsTr("Language")
                }
                Choice {
                    objectName: "languageChoice"
                    Accessible.name: qsTr("Language")
                    value: Settings.language
                    // Each language in its own words, so that a person can find theirs.
                    choices: Settings.languages.map(code => ({
                                "value": code,
                                "text": code === "system" ? Localization.systemName : Localization.nativeName(code)
                            }))
                    onChosen: value => Settings.language = value
                }
            }

            SectionTitle {
                text: qsTr("Terminal")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.padding
                rowSpacing: Theme.spacing

                FieldLabel {
                    text: qsTr("Font")
                }
                Choice {
                    objectName: "fontChoice"
                    Accessible.name: qsTr("Font")
                    value: Settings.terminalFontFamily
                    choices: [
                        {
                            "value": "",
                            "text": qsTr("The theme's (%1)").arg(Theme.monospaceFont)
                        }
                    ].concat(Settings.monospaceFamilies.map(family => ({
                                "value": family,
                                "text": family
                            })))
                    onChosen: value => Settings.terminalFontFamily = value
                }

                FieldLabel {
                    text: qsTr("Font size")
                }
                RowLayout {
                    spacing: Theme.spacing

                    SpinBox {
                        id: fontSize

                        objectName: "fontSize"
                        implicitHeight: Theme.touchTarget
                        from: Settings.minFontSize
                        to: Settings.maxFontSize
                        value: Settings.terminalFontSize > 0 ? Settings.terminalFontSize : Theme.terminalFontSize
                        editable: true
                        Accessible.name: qsTr("Font size, in pixels")
                        onValueModified: Settings.terminalFontSize = value
                    }
                    Label {
                        text: qsTr("pixels")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontBody
                    }
                }

                FieldLabel {
                    text: qsTr("Colours")
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    Choice {
                        objectName: "paletteChoice"
                        Accessible.name: qsTr("Terminal colours")
                        value: Settings.terminalPalette
                        choices: [
                            {
                                "value": "theme",
                                "text": qsTr("As the window looks")
                            },
                            {
                                "value": "light",
                                "text": qsTr("Light")
                            },
                            {
                                "value": "dark",
                                "text": qsTr("Dark")
                            },
                            {
                                "value": "high-contrast",
                                "text": qsTr("High contrast")
                            },
                            {
                                "value": "solarized-light",
                                "text": qsTr("Solarized light")
                            },
                            {
                                "value": "solarized-dark",
                                "text": qsTr("Solarized dark")
                            }
                        ]
                        onChosen: value => Settings.terminalPalette = value
                    }
                    // The palette at a glance: its text on its background, and its 16 colours.
                    Rectangle {
                        objectName: "palettePreview"
                        Layout.fillWidth: true
                        Layout.maximumWidth: Theme.contentMaxWidth
                        implicitHeight: preview.implicitHeight + 2 * Theme.spacing
                        radius: Theme.radius
                        color: Theme.terminalBackground
                        border.color: Theme.border
                        border.width: Theme.borderWidth
                        Accessible.ignored: true
                        // As a terminal shows them: left to right in every language.
                        LayoutMirroring.enabled: false
                        LayoutMirroring.childrenInherit: true

                        ColumnLayout {
                            id: preview

                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            spacing: Theme.spacing / 2

                            Label {
                                // The terminal's cells are never mirrored; nor is its sample.
                                text: "\u200e$ tsh ls" // untranslated: a command line
                                color: Theme.terminalForeground
                                font.family: Settings.terminalFontFamily.length > 0 ? Settings.terminalFontFamily : Theme.monospaceFont
                                font.pixelSize: fontSize.value
                            }
                            Row {
                                spacing: 2

                                Repeater {
                                    model: Theme.terminalAnsi

                                    Rectangle {
                                        required property color modelData

                                        width: Theme.chipHeight
                                        height: Theme.chipHeight / 2
                                        color: modelData
                                    }
                                }
                            }
                        }
                    }
                }

                FieldLabel {
                    text: qsTr("Scrollback")
                }
                RowLayout {
                    spacing: Theme.spacing

                    SpinBox {
                        objectName: "scrollback"
                        implicitHeight: Theme.touchTarget
                        implicitWidth: Theme.formLabelWidth + Theme.touchTarget
                        from: 0
                        to: Settings.maxScrollback
                        stepSize: 1000
                        value: Settings.scrollbackLines
                        editable: true
                        Accessible.name: qsTr("Scrollback, in lines")
                        onValueModified: Settings.scrollbackLines = value
                    }
                    Label {
                        text: qsTr("lines each terminal keeps")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontBody
                    }
                }

                FieldLabel {
                    text: qsTr("Selection")
                }
                Switch {
                    id: copySwitch

                    objectName: "copyOnSelect"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Copy what is selected")
                    checked: Settings.copyOnSelect
                    onToggled: Settings.copyOnSelect = checked

                    // Drawn in the theme's colours: Basic's track and knob nearly vanish in dark.
                    indicator: Rectangle {
                        implicitWidth: Theme.touchTarget
                        implicitHeight: Theme.chipHeight
                        x: copySwitch.mirrored ? copySwitch.width - width - copySwitch.rightPadding : copySwitch.leftPadding
                        y: (copySwitch.height - height) / 2
                        radius: height / 2
                        color: copySwitch.checked ? Theme.accent : Theme.chip
                        border.color: copySwitch.visualFocus ? Theme.focusRing : Theme.border
                        border.width: copySwitch.visualFocus ? Theme.focusWidth : Theme.borderWidth

                        Rectangle {
                            // At the end of the track when on, whichever way the window reads.
                            readonly property bool atEnd: copySwitch.checked !== copySwitch.mirrored

                            x: atEnd ? parent.width - width - 3 : 3
                            y: 3
                            width: parent.height - 6
                            height: width
                            radius: width / 2
                            color: copySwitch.checked ? Theme.accentText : Theme.textMuted
                        }
                    }
                }
            }

            SectionTitle {
                text: qsTr("Keyboard shortcuts")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Choose Change, then press the new keys. Esc cancels.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Repeater {
                model: Settings.actions

                RowLayout {
                    id: shortcutRow

                    required property string modelData
                    readonly property var sequences: Settings.shortcuts[modelData] || []
                    readonly property bool isDefault: JSON.stringify(sequences) === JSON.stringify(Settings.defaultShortcutMap[modelData] || [])
                    readonly property bool capturing: page.capturing === modelData

                    objectName: "shortcut_" + modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    Label {
                        Layout.preferredWidth: Theme.formLabelWidth + Theme.padding
                        text: page.actionName(shortcutRow.modelData)
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    // The keys, or while capturing, the place that takes the new ones.
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget
                        radius: Theme.radius
                        color: shortcutRow.capturing ? Theme.selected : Theme.surface
                        border.color: keys.activeFocus ? Theme.focusRing : Theme.border
                        border.width: keys.activeFocus ? Theme.focusWidth : Theme.borderWidth

                        Label {
                            id: keys

                            objectName: "keys"
                            anchors.fill: parent
                            anchors.leftMargin: Theme.spacing
                            anchors.rightMargin: Theme.spacing
                            verticalAlignment: Text.AlignVCenter
                            elide: Text.ElideRight
                            text: shortcutRow.capturing ? qsTr("Press the new keys…") : shortcutRow.sequences.length > 0 ? Settings.keysText(shortcutRow.sequences) : qsTr("None")
                            color: shortcutRow.capturing || shortcutRow.sequences.length === 0 ? Theme.textMuted : Theme.text
                            font.pixelSize: Theme.fontBody
                            Accessible.role: Accessible.StaticText
                            Accessible.name: page.actionName(shortcutRow.modelData) + ": " + text
                            focus: shortcutRow.capturing
                            // The keys typed here are the new shortcut, not an action of the window.
                            Keys.onShortcutOverride: event => event.accepted = shortcutRow.capturing
                            Keys.onPressed: event => {
                                if (!shortcutRow.capturing)
                                    return;
                                event.accepted = true;
                                if (event.key === Qt.Key_Escape && event.modifiers === Qt.NoModifier) {
                                    page.capturing = "";
                                    page.captureError = "";
                                    return;
                                }
                                const sequence = Settings.portableSequence(event.key, event.modifiers);
                                if (sequence.length > 0)
                                    page.take(shortcutRow.modelData, sequence);
                            }
                            onActiveFocusChanged: {
                                if (!activeFocus && shortcutRow.capturing)
                                    page.capturing = "";
                            }
                        }
                    }
                    SecondaryButton {
                        objectName: "changeShortcut"
                        text: qsTr("Change…")
                        Accessible.name: qsTr("Change the shortcut of “%1”").arg(page.actionName(shortcutRow.modelData))
                        onClicked: {
                            page.captureError = "";
                            page.capturing = shortcutRow.modelData;
                            keys.forceActiveFocus();
                        }
                    }
                    SecondaryButton {
                        objectName: "clearShortcut"
                        text: qsTr("Clear")
                        enabled: shortcutRow.sequences.length > 0
                        Accessible.name: qsTr("Clear the shortcut of “%1”").arg(page.actionName(shortcutRow.modelData))
                        onClicked: Settings.setShortcut(shortcutRow.modelData, [])
                    }
                    SecondaryButton {
                        objectName: "resetShortcut"
                        text: qsTr("Default")
                        enabled: !shortcutRow.isDefault
                        Accessible.name: qsTr("Restore the default shortcut of “%1”").arg(page.actionName(shortcutRow.modelData))
                        onClicked: Settings.resetShortcut(shortcutRow.modelData)
                    }
                }
            }
            Label {
                objectName: "captureError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.captureError
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.padding
                text: qsTr("Kept in %1; a change made there with an editor applies at once.").arg(Settings.path)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }
}
