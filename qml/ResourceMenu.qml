pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Teleterm.Models
import Teleterm.Ui

// What can be done with a resource. Connect's choices: a server's logins, or the users the roles
// allow on a database (as `users` has them from the cluster) and another user to type. With
// `withLabels`, the row's own menu (a right click, a long press, the Menu key or Shift+F10), it
// also filters by each label; under the Connect button it offers the choices alone.
ItemMenu {
    id: menu

    required property string kind
    required property var logins
    required property var labels
    required property var activeLabels
    required property DatabaseUsers users
    property bool withLabels: false

    readonly property bool connects: kind === "server" || kind === "database"
    // Whether it has anything to offer.
    readonly property bool offers: connects || (withLabels && labels.length > 0)

    signal connectRequested(string login)
    signal labelToggled(string label)

    MenuItem {
        visible: menu.kind === "database" && (menu.users.loading || menu.users.error.length > 0 || menu.users.users.length === 0)
        height: visible ? implicitHeight : 0
        enabled: false
        text: menu.users.loading ? qsTr("Asking the cluster…") : menu.users.error.length > 0 ? Format.sentence(menu.users.error) : qsTr("Your roles allow no database user here")
    }

    Repeater {
        model: menu.kind === "database" ? menu.users.users : menu.kind === "server" ? menu.logins : []

        // A row that leaves the list takes its menu before the menu's items, whose texts can then
        // be asked once more with `menu` read as null: they read it with `?.`.
        delegate: MenuItem {
            required property string modelData

            objectName: "connectChoice"
            text: menu?.withLabels ? qsTr("Connect as %1").arg(modelData) : modelData
            onTriggered: menu.connectRequested(modelData)
        }
    }

    MenuItem {
        objectName: "connectOtherUser"
        visible: menu.kind === "database"
        height: visible ? implicitHeight : 0
        text: qsTr("Another user…")
        onTriggered: menu.connectRequested("")
    }

    MenuSeparator {
        visible: menu.withLabels && menu.connects && menu.labels.length > 0
        height: visible ? implicitHeight : 0
    }

    Repeater {
        model: menu.withLabels ? menu.labels : []

        delegate: MenuItem {
            required property string modelData

            objectName: "resourceMenuLabel"
            text: (menu?.activeLabels ?? []).indexOf(modelData) >= 0 ? qsTr("Stop filtering by %1").arg(modelData) : qsTr("Filter by %1").arg(modelData)
            onTriggered: menu.labelToggled(modelData)
        }
    }
}
