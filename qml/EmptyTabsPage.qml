pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Models
import Teleterm.Ui

// What the tab area shows once every tab is closed; the focus, given to it, goes to its button.
FocusScope {
    id: page

    signal openRequested

    ColumnLayout {
        anchors.centerIn: parent
        spacing: Theme.padding

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("No tabs open")
            color: Theme.textMuted
            font.pixelSize: Theme.fontTitle
        }

        Button {
            objectName: "openTabButton"
            Layout.alignment: Qt.AlignHCenter
            implicitHeight: Theme.touchTarget
            focus: true
            focusPolicy: Qt.TabFocus
            text: Settings.shortcutTexts.newTab ? qsTr("Open a new tab (%1)").arg(Settings.shortcutTexts.newTab) : qsTr("Open a new tab")
            onClicked: page.openRequested()

            FocusRing {}
        }
    }
}
