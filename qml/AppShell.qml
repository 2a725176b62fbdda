pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Teleterm.Backend
import Teleterm.Models
import Teleterm.Ui

// The application shell: the sidebar on the leading side, the tabs and their content beside it,
// and the banners that tell the state of the daemon.
Rectangle {
    id: shell

    readonly property alias documents: documents

    color: Theme.background

    DocumentsModel {
        id: documents

        Component.onCompleted: openWelcome()
    }

    Shortcut {
        sequences: ["Ctrl+Shift+T"]
        onActivated: documents.openWelcome()
    }
    Shortcut {
        sequences: ["Ctrl+Shift+W"]
        onActivated: documents.close(documents.currentIndex)
    }
    Shortcut {
        sequences: ["Ctrl+Tab"]
        onActivated: documents.currentIndex = (documents.currentIndex + 1) % Math.max(1, documents.count)
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Tab", "Ctrl+Backtab"]
        onActivated: documents.currentIndex = (documents.currentIndex + documents.count - 1) % Math.max(1, documents.count)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            objectName: "sidebar"
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.sidebarWidth
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Banner {
                objectName: "insecureBanner"
                Layout.fillWidth: true
                kind: Banner.Kind.Warning
                visible: DaemonClient.insecure
                text: qsTr("Insecure mode: proxies' TLS certificates and host names are not verified. Use it only with development clusters.")
            }

            Banner {
                objectName: "insecureIgnoredBanner"
                Layout.fillWidth: true
                kind: Banner.Kind.Info
                visible: DaemonClient.insecureRequested && !DaemonClient.insecure && DaemonClient.state === DaemonClient.Connected
                text: qsTr("--insecure has no effect: a daemon that verifies certificates was already running (pid %1). Stop it to start one in insecure mode.").arg(DaemonClient.pid)
            }

            Banner {
                objectName: "daemonBanner"
                Layout.fillWidth: true
                kind: DaemonClient.state === DaemonClient.Failed ? Banner.Kind.Error : Banner.Kind.Info
                visible: DaemonClient.state === DaemonClient.Failed || (DaemonClient.state === DaemonClient.Starting && DaemonClient.restarts > 0)
                text: DaemonClient.lastError.length > 0 ? DaemonClient.statusText + " — " + DaemonClient.lastError : DaemonClient.statusText
                actionText: DaemonClient.state === DaemonClient.Failed ? qsTr("Retry now") : ""
                onActionTriggered: DaemonClient.retryNow()
            }

            DocumentTabBar {
                objectName: "tabBar"
                Layout.fillWidth: true
                documents: documents
            }

            DocumentArea {
                objectName: "documentArea"
                Layout.fillWidth: true
                Layout.fillHeight: true
                documents: documents
            }
        }
    }
}
