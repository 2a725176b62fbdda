pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Models
import Teleterm.Ui

// The leading column: the app's name, the user's clusters and gateways, and the daemon's state.
Rectangle {
    id: sidebar

    required property ClustersModel clusters
    required property GatewaysModel gateways
    property string currentClusterUri
    // The uri of the tab in front (a gateway's, for a gateway tab).
    property string currentUri

    signal clusterActivated(string uri, string name)
    // A kind of resources (or one, by name) of a cluster, from the tree under it.
    signal resourcesRequested(string uri, string name, string kind, string search)
    signal loginRequested(string uri, string name, string user)
    signal addClusterRequested
    signal gatewayActivated(string uri)
    signal settingsRequested

    color: Theme.sidebar

    // Whether `item` is in the sidebar.
    function holds(item: Item): bool {
        for (let at = item; at; at = at.parent) {
            if (at === sidebar)
                return true;
        }
        return false;
    }

    // Up and Down go from row to row, as Shift+Tab and Tab do, and stop at the sidebar's ends.
    function step(forward: bool) {
        const focused = Window.activeFocusItem;
        const next = focused ? focused.nextItemInFocusChain(forward) : null;
        if (next && holds(next))
            next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason);
    }

    // The focusSidebar shortcut, from anywhere (a terminal too): the current cluster's row, else
    // the first row.
    function focusCurrent() {
        for (let i = 0; i < clusterRows.count; ++i) {
            const row = clusterRows.itemAt(i);
            if (row && row.current) {
                row.forceActiveFocus(Qt.ShortcutFocusReason);
                return;
            }
        }
        // The clusters come first (the settings' gear above them is a stop of its own).
        const first = clusterRows.count > 0 ? clusterRows.itemAt(0) : addCluster;
        if (first)
            first.forceActiveFocus(Qt.ShortcutFocusReason);
    }

    Keys.onUpPressed: step(false)
    Keys.onDownPressed: step(true)

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.padding
        spacing: Theme.padding

        RowLayout {
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.spacing
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Teleterm")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            ToolButton {
                objectName: "settingsButton"
                Layout.preferredWidth: Theme.touchTarget
                Layout.preferredHeight: Theme.touchTarget
                // A gear.
                text: "\u2699"
                font.pixelSize: Theme.fontTitle
                Accessible.name: qsTr("Settings")
                ToolTip.visible: hovered
                ToolTip.delay: 500
                ToolTip.text: Settings.shortcutTexts.openSettings ? qsTr("Settings (%1)").arg(Settings.shortcutTexts.openSettings) : qsTr("Settings")
                focusPolicy: Qt.TabFocus
                onClicked: sidebar.settingsRequested()

                FocusRing {}
            }
        }

        // The clusters and gateways, flicked through when there are more than the column holds
        // (an expanded cluster lists its first servers and databases too).
        Flickable {
            id: entries

            objectName: "sidebarEntries"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: sections.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            ScrollIndicator.vertical: ScrollIndicator {}

            ColumnLayout {
                id: sections

                width: entries.width
                spacing: Theme.padding

        SidebarSection {
            objectName: "clustersSection"
            Layout.fillWidth: true
            Layout.fillHeight: false
            title: qsTr("Clusters")
            emptyText: qsTr("No clusters yet. Add one to see its servers, databases, Kubernetes clusters and apps.")

            Repeater {
                id: clusterRows

                model: sidebar.clusters

                delegate: ClusterDelegate {
                    objectName: "clusterRow"
                    Layout.fillWidth: true
                    current: uri === sidebar.currentClusterUri
                    onActivated: sidebar.clusterActivated(uri, name)
                    onLoginRequested: sidebar.loginRequested(uri, name, userName)
                    onLogoutRequested: remove => sidebar.clusters.logout(uri, remove)
                    onResourcesRequested: (kind, search) => sidebar.resourcesRequested(uri, name, kind, search)
                }
            }
        }

        Button {
            id: addCluster

            objectName: "addClusterSidebarButton"
            Layout.leftMargin: Theme.padding
            implicitHeight: Theme.touchTarget
            flat: true
            focusPolicy: Qt.TabFocus
            text: qsTr("+ Add cluster")
            Accessible.name: qsTr("Add cluster")
            onClicked: sidebar.addClusterRequested()

            FocusRing {}
        }

        SidebarSection {
            objectName: "gatewaysSection"
            Layout.fillWidth: true
            Layout.fillHeight: false
            title: qsTr("Gateways")
            emptyText: qsTr("No database gateways open. Connect to a database to open one.")
            empty: sidebar.gateways.count === 0

            Repeater {
                model: sidebar.gateways

                delegate: GatewayDelegate {
                    objectName: "gatewayRow"
                    Layout.fillWidth: true
                    current: uri === sidebar.currentUri
                    onActivated: sidebar.gatewayActivated(uri)
                    onCopyRequested: sidebar.gateways.copyCommand(uri)
                    onRemoveRequested: sidebar.gateways.remove(uri)
                }
            }
        }
            }
        }

        DaemonStatus {
            objectName: "daemonStatus"
            Layout.fillWidth: true
        }
    }

    Rectangle {
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        width: Theme.borderWidth
        color: Theme.border
    }
}
