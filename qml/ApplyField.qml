pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Ui

// A value that can be changed: a field showing `value` and an Apply button. What the user types
// stays until `value` becomes it (the change went through) or the user applies something else;
// Enter applies too.
RowLayout {
    id: field

    property string value
    property alias placeholderText: input.placeholderText
    property alias inputMethodHints: input.inputMethodHints
    property alias validator: input.validator
    property string accessibleName
    // A change is under way: nothing to apply meanwhile.
    property bool busy: false
    property real fieldWidth: -1
    readonly property alias text: input.text
    readonly property bool edited: input.edited

    signal applied(string text)

    function apply() {
        if (!applyButton.enabled)
            return;
        field.applied(input.text.trim());
    }

    // Forget what was typed: show the value again.
    function reset() {
        input.edited = false;
        input.text = field.value;
    }

    spacing: Theme.spacing

    onValueChanged: {
        if (!input.edited || input.text.trim() === field.value)
            field.reset();
    }
    Component.onCompleted: input.text = field.value

    TextField {
        id: input

        property bool edited: false

        objectName: "applyInput"
        Layout.fillWidth: field.fieldWidth < 0
        Layout.preferredWidth: field.fieldWidth < 0 ? -1 : field.fieldWidth
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        selectByMouse: true
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        Accessible.name: field.accessibleName
        onTextEdited: edited = true
        onAccepted: field.apply()
        Keys.onEscapePressed: field.reset()
    }

    SecondaryButton {
        id: applyButton

        objectName: "applyButton"
        text: qsTr("Apply")
        enabled: !field.busy && input.edited && input.text.trim() !== field.value
        Accessible.name: qsTr("Apply %1").arg(field.accessibleName)
        onClicked: field.apply()
    }
}
