pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Backend
import Teleterm.Models
import Teleterm.Ui

// The application shell: the sidebar on the leading side, the tabs and their content beside it,
// and the banners that tell the state of the daemon.
Rectangle {
    id: shell

    readonly property alias documents: documents
    readonly property alias gateways: gateways
    readonly property alias notifications: notifications
    readonly property alias loginDialog: login
    // Whether the tabs are kept in the workspace file across restarts (the real window's do;
    // a test's or a preview's do not).
    property bool keepsWorkspace: false

    color: Theme.background
    // Right-to-left languages lay the whole window out from the right (the terminal's cells stay
    // as the program writes them).
    LayoutMirroring.enabled: Localization.rightToLeft
    LayoutMirroring.childrenInherit: true

    DocumentsModel {
        id: documents
    }

    // The tabs of the last run come back, or a new user sees the start page.
    Workspace {
        id: workspace

        documents: documents
        path: shell.keepsWorkspace ? defaultPath : ""
        Component.onCompleted: {
            if (restore())
                clusters.shownFirst = true; // the user's own tabs, not the first cluster's
            else
                documents.openWelcome();
        }
    }

    ClustersModel {
        id: clusters

        // The first time the clusters are known: a user with clusters sees the first one's
        // resources rather than the start page.
        property bool shownFirst: false

        onCountChanged: {
            if (!shownFirst && count > 0) {
                shownFirst = true;
                const first = get(data(index(0, 0), ClustersModel.UriRole));
                if (documents.count === 1 && documents.data(documents.index(0, 0), DocumentsModel.KindRole) === DocumentsModel.Welcome)
                    documents.close(0);
                documents.openResources(first.uri, first.name);
            }
        }
    }

    // The daemon's gateways, for the sidebar, the gateway tabs and the resources' Connect.
    GatewaysModel {
        id: gateways

        // A gateway closed from anywhere takes its tab along.
        onRemoved: uri => {
            const row = documents.rowOfUri(uri);
            if (row >= 0)
                documents.close(row);
        }
    }

    // What went wrong out of the user's sight (a gateway's connection refused): a banner each,
    // until dismissed; the oldest go when there are too many.
    ListModel {
        id: notifications
    }

    function notify(message: string) {
        for (let i = 0; i < notifications.count; ++i) {
            if (notifications.get(i).message === message)
                notifications.remove(i);
        }
        notifications.append({
            "message": message
        });
        while (notifications.count > 3)
            notifications.remove(0);
    }

    // Asks to log in to a cluster again for what waits on it (a gateway's new connection), with
    // the daemon's reason; one dialog at a time.
    function relogin(clusterUri: string, message: string) {
        const root = clusterUri.split("/leaves/")[0];
        if (login.opened) {
            // Already asking for this cluster (its session expired): that dialog answers this too.
            if (login.clusterUri === root && !login.touched && !login.busy) {
                if (message.length > 0)
                    login.notice = message;
                login.relogin = true;
            }
            return;
        }
        const cluster = clusters.get(root);
        const name = cluster.name !== undefined ? cluster.name : root.split("/").pop();
        login.openFor(root, name, cluster.userName !== undefined ? cluster.userName : "", message.length > 0 ? message : qsTr("Log in to %1 again to go on.").arg(name));
        login.relogin = true;
    }

    // A session that expires while the window is open: ask to log in again, once at a time.
    Connections {
        target: DaemonClient

        function onReloginRequired(clusterUri, message, gatewayUri) {
            shell.relogin(clusterUri, message);
        }
        // The wait is over (logged in elsewhere, or given up): a dialog the user has not
        // started on goes away.
        function onReloginSettled(clusterUri) {
            if (login.opened && login.relogin && login.clusterUri === clusterUri.split("/leaves/")[0] && !login.touched && !login.busy)
                login.close();
        }
        function onNotification(message, clusterUri, gatewayUri) {
            shell.notify(message);
        }
    }

    Connections {
        target: DaemonClient

        function onClusterEvent(kind, clusterUri, validUntil) {
            if (kind !== DaemonClient.CertificateExpired || login.opened)
                return;
            const cluster = clusters.get(clusterUri);
            if (cluster.name === undefined)
                return;
            login.openFor(clusterUri, cluster.name, cluster.userName, qsTr("Your session on %1 has expired. Log in again to go on.").arg(cluster.name));
        }
    }

    LoginDialog {
        id: login

        objectName: "loginDialog"
        parent: Overlay.overlay
        onLoggedIn: uri => {
            clusters.refresh();
            documents.openResources(uri, clusterName);
            area.loggedIn(uri);
        }
        // Back where the focus was; or, when that went while the dialog was up (the start page a
        // new cluster replaces), into the tab in front.
        onClosed: Qt.callLater(shell.focusFollowsTab)
    }

    Terminals {
        id: terminals

        documents: documents
    }

    // Whether `item` is `ancestor` or inside it.
    function holds(ancestor: Item, item: Item): bool {
        for (let at = item; at; at = at.parent) {
            if (at === ancestor)
                return true;
        }
        return false;
    }

    // The focus follows the tab in front into its page when it was in a page, was lost with a
    // closed tab, or the tab is new; it stays where the user is on purpose: the sidebar, the tab
    // bar's current tab, a dialog or a menu.
    property int tabsSeen: 0
    function focusFollowsTab() {
        const opened = documents.count > tabsSeen;
        tabsSeen = documents.count;
        const focused = Window.activeFocusItem;
        const lost = !focused || (!holds(shell, focused) && !holds(Overlay.overlay, focused));
        const onAnotherTab = holds(tabBar, focused) && focused.current === false;
        if (opened || lost || onAnotherTab || holds(area, focused))
            area.focusCurrentPage();
    }

    // The tab shortcuts go to a tab and into it, from wherever the focus was (a page shows once
    // the layout has caught up).
    function showTabPage() {
        Qt.callLater(area.focusCurrentPage);
    }

    Connections {
        target: documents

        function onCurrentIndexChanged() {
            Qt.callLater(shell.focusFollowsTab);
        }
    }

    // The shortcuts, as the settings file sets them (docs/settings.md); Teleport Connect's by default.
    Shortcut {
        sequences: Settings.shortcuts.newTab
        onActivated: documents.openWelcome()
    }
    Shortcut {
        sequences: Settings.shortcuts.openSettings
        onActivated: documents.openSettings()
    }
    Shortcut {
        sequences: Settings.shortcuts.newTerminal
        onActivated: terminals.openShell()
    }
    Shortcut {
        sequences: Settings.shortcuts.closeTab
        onActivated: documents.close(documents.currentIndex)
    }
    // The current tab one place left or right, as a drag would.
    Shortcut {
        sequences: Settings.shortcuts.moveTabLeft
        onActivated: documents.moveBy(documents.currentIndex, -1)
    }
    Shortcut {
        sequences: Settings.shortcuts.moveTabRight
        onActivated: documents.moveBy(documents.currentIndex, 1)
    }
    // The workspace's tab N.
    Repeater {
        model: 9

        delegate: Item {
            id: slot

            required property int index

            Shortcut {
                sequences: Settings.shortcuts["tab" + (slot.index + 1)]
                onActivated: {
                    documents.activatePosition(slot.index);
                    shell.showTabPage();
                }
            }
        }
    }
    Shortcut {
        sequences: Settings.shortcuts.nextTab
        onActivated: {
            documents.cycle(1);
            shell.showTabPage();
        }
    }
    Shortcut {
        sequences: Settings.shortcuts.previousTab
        onActivated: {
            documents.cycle(-1);
            shell.showTabPage();
        }
    }
    // The keyboard's way out of a terminal (which keeps every other key) to the rest of the window.
    Shortcut {
        sequences: Settings.shortcuts.focusSidebar
        onActivated: sidebar.focusCurrent()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            id: sidebar

            objectName: "sidebar"
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.sidebarWidth
            clusters: clusters
            // The cluster of the tab in front, else the workspace's.
            currentClusterUri: documents.currentUri.startsWith("/clusters/") ? documents.currentUri : documents.workspace
            currentUri: documents.currentUri
            gateways: gateways
            // What the sidebar opens, it opens to use: the focus goes into the page.
            onGatewayActivated: uri => {
                documents.openGateway(gateways.get(uri));
                shell.showTabPage();
            }
            onClusterActivated: (uri, name) => {
                documents.openResources(uri, name);
                shell.showTabPage();
            }
            onResourcesRequested: (uri, name, kind, search) => {
                documents.openResources(uri, name, kind, search);
                shell.showTabPage();
            }
            onLoginRequested: (uri, name, user) => login.openFor(uri, name, user, "")
            onAddClusterRequested: documents.openWelcome()
            onSettingsRequested: documents.openSettings()
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

            Banner {
                objectName: "terminalsBanner"
                Layout.fillWidth: true
                kind: Banner.Kind.Warning
                visible: text.length > 0
                text: terminals.error.length > 0 ? terminals.error : workspace.error.length > 0 ? workspace.error : Settings.error
                actionText: qsTr("OK")
                onActionTriggered: {
                    terminals.clearError();
                    workspace.clearError();
                }
            }

            Repeater {
                model: notifications

                delegate: Banner {
                    required property string message
                    required property int index

                    objectName: "notificationBanner"
                    Layout.fillWidth: true
                    kind: Banner.Kind.Warning
                    text: message
                    actionText: qsTr("Dismiss")
                    onActionTriggered: notifications.remove(index)
                }
            }

            DocumentTabBar {
                id: tabBar

                objectName: "tabBar"
                Layout.fillWidth: true
                documents: documents
                onTerminalRequested: terminals.openShell()
                onDuplicateRequested: row => terminals.duplicate(row)
            }

            DocumentArea {
                id: area

                objectName: "documentArea"
                Layout.fillWidth: true
                Layout.fillHeight: true
                documents: documents
                clusters: clusters
                terminals: terminals
                gateways: gateways
                onLoginRequested: (uri, name) => {
                    clusters.refresh(); // a cluster just added shows in the sidebar at once
                    const root = uri.split("/leaves/")[0];
                    const cluster = clusters.get(root);
                    login.openFor(root, cluster.name !== undefined ? cluster.name : name, cluster.userName !== undefined ? cluster.userName : "", "");
                }
            }
        }
    }
}
