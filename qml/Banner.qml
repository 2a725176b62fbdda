pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Ui

// A full-width notice above the content: a warning, an error or information, with an optional action.
Rectangle {
    id: banner

    enum Kind {
        Info,
        Warning,
        Error
    }

    property int kind: Banner.Kind.Info
    property alias text: label.text
    property string actionText: ""

    signal actionTriggered

    readonly property color foreground: kind === Banner.Kind.Error ? Theme.errorText : kind === Banner.Kind.Warning ? Theme.warningText : Theme.infoText

    implicitHeight: Math.max(Theme.touchTarget, row.implicitHeight + 2 * Theme.spacing)
    color: kind === Banner.Kind.Error ? Theme.errorBackground : kind === Banner.Kind.Warning ? Theme.warningBackground : Theme.infoBackground

    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.spacing

        Label {
            id: label

            Layout.fillWidth: true
            color: banner.foreground
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        Button {
            objectName: "bannerAction"
            visible: banner.actionText.length > 0
            text: banner.actionText
            implicitHeight: Theme.touchTarget
            focusPolicy: Qt.TabFocus
            // "OK" or "Dismiss" alone does not say what it answers.
            Accessible.description: banner.text
            onClicked: banner.actionTriggered()

            FocusRing {}
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.borderWidth
        color: Theme.border
    }
}
