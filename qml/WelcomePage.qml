pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Models
import Teleterm.Ui

// The start page; for a user with no cluster yet, the first-run form that adds one by the
// address of its proxy.
Flickable {
    id: page

    signal clusterAdded(string uri, string name)

    contentWidth: width
    contentHeight: Math.max(height, column.implicitHeight + 2 * Theme.padding)
    boundsBehavior: Flickable.DragOverBounds
    clip: true

    // The address being typed stays above an on-screen keyboard.
    FocusInSight {
        flickable: page
    }

    AddClusterForm {
        id: form

        onAdded: (uri, name) => page.clusterAdded(uri, name)
    }

    ColumnLayout {
        id: column

        width: Math.min(page.width - 2 * Theme.padding, Theme.contentMaxWidth)
        x: (page.width - width) / 2
        y: Math.max(Theme.padding, (page.height - implicitHeight) / 3)
        spacing: Theme.padding

        Label {
            Layout.fillWidth: true
            text: qsTr("Connect to a Teleport cluster")
            color: Theme.text
            font.pixelSize: Theme.fontHeading
            font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Enter the address of your cluster's proxy: the one you open in a browser or pass to tsh --proxy.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        TextField {
            id: address

            objectName: "proxyAddressField"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("teleport.example.com:443")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            selectByMouse: true
            // The page starts here, but with an on-screen keyboard only once tapped: a keyboard that
            // pops up by itself would cover half the page.
            focus: !OnScreenKeyboard.builtIn
            Accessible.name: qsTr("Proxy address")
            enabled: !form.busy
            onTextChanged: form.address = text
            onAccepted: submit.clicked()
        }

        Label {
            objectName: "addressError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: form.error
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            BusyIndicator {
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                running: form.busy
                visible: form.busy
            }
            Label {
                Layout.fillWidth: true
                visible: form.busy
                text: qsTr("Asking %1…").arg(form.hostPort)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
            Item {
                Layout.fillWidth: !form.busy
            }
            PrimaryButton {
                id: submit

                objectName: "addClusterButton"
                enabled: form.acceptable && !form.busy
                text: qsTr("Add cluster")
                onClicked: form.submit()
            }
        }

        Banner {
            objectName: "addClusterFailure"
            Layout.fillWidth: true
            visible: form.failure.length > 0
            kind: Banner.Kind.Error
            radius: Theme.radius
            text: Format.sentence(form.failure)
        }
    }
}
