pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Models
import Teleterm.Ui

// Logs in to a cluster: user, password and, when the cluster asks, the code from the
// authenticator app. Errors show inline; the password and code leave the fields once sent.
Dialog {
    id: dialog

    property string clusterUri
    property string clusterName
    // Why the dialog came up by itself (an expired session), shown above the fields.
    property string notice
    // Opened by the daemon's asking (RELOGIN_REQUIRED), not by the user.
    property bool relogin: false
    // The user typed into it since it opened.
    property bool touched: false
    readonly property bool busy: form.busy

    signal loggedIn(string clusterUri)

    function openFor(uri: string, name: string, user: string, why: string) {
        notice = why;
        relogin = false;
        touched = false;
        clusterUri = uri;
        clusterName = name;
        form.clusterUri = uri;
        userField.text = user;
        password.text = "";
        otp.text = "";
        open();
        (user.length > 0 ? password : userField).forceActiveFocus();
    }

    modal: true
    // Centred in the window, or in what an on-screen keyboard leaves of it: the fields stay in
    // sight above the keyboard.
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(0, (parent.height - OnScreenKeyboard.height - height) / 2) : 0
    width: Math.min(parent ? parent.width - 2 * Theme.padding : 400, 400)
    padding: Theme.padding
    title: qsTr("Log in to %1").arg(clusterName)
    closePolicy: form.busy ? Popup.NoAutoClose : Popup.CloseOnEscape | Popup.CloseOnPressOutside

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    header: Label {
        padding: Theme.padding
        bottomPadding: 0
        text: dialog.title
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.bold: true
        elide: Text.ElideRight
    }

    LoginForm {
        id: form

        onLoggedIn: uri => {
            password.text = "";
            otp.text = "";
            dialog.close();
            dialog.loggedIn(uri);
        }
    }

    function submit() {
        const secret = password.text;
        const code = otp.text;
        password.text = "";
        otp.text = "";
        form.submit(userField.text, secret, code);
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Label {
            objectName: "loginNotice"
            Layout.fillWidth: true
            visible: dialog.notice.length > 0
            text: dialog.notice
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
            color: Theme.warningText
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        Label {
            text: qsTr("User")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        TextField {
            id: userField

            objectName: "loginUser"
            onTextEdited: dialog.touched = true
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            enabled: !form.busy
            Accessible.name: qsTr("User")
            onAccepted: password.forceActiveFocus()
        }
        Label {
            text: qsTr("Password")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        TextField {
            id: password

            objectName: "loginPassword"
            onTextEdited: dialog.touched = true
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            enabled: !form.busy
            Accessible.name: qsTr("Password")
            // Qt 6.4 says no name for a password field (Accessible.name reads empty while it is
            // one) and makes the placeholder its description: the word reaches a screen reader so.
            placeholderText: qsTr("Password")
            onAccepted: form.wantsOtp ? otp.forceActiveFocus() : dialog.submit()
        }
        Label {
            visible: form.wantsOtp
            text: qsTr("Code from your authenticator app")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        TextField {
            id: otp

            objectName: "loginOtp"
            onTextEdited: dialog.touched = true
            Layout.fillWidth: true
            visible: form.wantsOtp
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
            maximumLength: 8
            enabled: !form.busy
            Accessible.name: qsTr("One-time code")
            onAccepted: dialog.submit()
        }
        Label {
            objectName: "loginError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Format.sentence(form.failure)
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            spacing: Theme.spacing

            BusyIndicator {
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                running: form.busy
                visible: form.busy
            }
            Item {
                Layout.fillWidth: true
            }
            SecondaryButton {
                text: qsTr("Cancel")
                enabled: !form.busy
                onClicked: dialog.close()
            }
            PrimaryButton {
                objectName: "loginButton"
                text: qsTr("Log in")
                enabled: !form.busy && form.localAuthEnabled
                onClicked: dialog.submit()
            }
        }
    }
}
