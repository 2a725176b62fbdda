// Not "pragma ComponentBehavior: Bound": Qt 6.4 refuses to let a Loader in a delegate instantiate
// a bound component.
import QtQuick
import QtQuick.Layouts
import Teleterm.Models
import Teleterm.Ui

// The content of the current tab; every tab keeps its page (and its state) while another is shown.
Item {
    id: area

    required property DocumentsModel documents
    required property ClustersModel clusters
    required property Terminals terminals
    required property GatewaysModel gateways

    signal loginRequested(string clusterUri, string clusterName)
    signal loggedIn(string clusterUri)

    // Gives the focus to the page in front: where it was in the page (each page's Loader is a focus
    // scope, and remembers), else to the field the page starts in; with no tab, to the empty page's
    // button.
    function focusCurrentPage() {
        if (area.documents.workspaceCount === 0) {
            empty.forceActiveFocus();
            return;
        }
        const page = pages.itemAt(area.documents.currentIndex);
        if (page)
            page.forceActiveFocus();
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: area.documents.currentIndex
        visible: area.documents.workspaceCount > 0

        Repeater {
            id: pages

            model: area.documents

            // A Loader is a focus scope: the page keeps where its focus was while another shows.
            delegate: Loader {
                id: page

                // Every page keeps the area's size, shown or not: a terminal in the background
                // keeps its grid (and its program keeps running into it).
                width: area.width
                height: area.height

                required property int kind
                required property string uri
                required property string title
                required property var filter
                required property string ptyId
                required property string notice
                required property var launch
                required property int index

                sourceComponent: {
                    switch (kind) {
                    case DocumentsModel.Welcome:
                        return welcome;
                    case DocumentsModel.Resources:
                        return resourcesPage;
                    case DocumentsModel.Terminal:
                        return terminalPage;
                    case DocumentsModel.Gateway:
                        return gatewayPage;
                    case DocumentsModel.Settings:
                        return settingsPage;
                    }
                    return null;
                }

                Component {
                    id: settingsPage

                    SettingsPage {
                        objectName: "settingsPage"
                    }
                }

                Component {
                    id: welcome

                    WelcomePage {
                        objectName: "welcomePage"
                        onClusterAdded: (uri, name) => area.loginRequested(uri, name)
                    }
                }

                Component {
                    id: terminalPage

                    ColumnLayout {
                        spacing: 0

                        // What happened to this tab while the window was away (started again).
                        Banner {
                            objectName: "terminalNotice"
                            Layout.fillWidth: true
                            // A tab without a PTY can start its program again; one with a
                            // PTY only has news to dismiss.
                            readonly property bool canStart: page.ptyId.length === 0 && page.launch.program !== undefined
                            visible: page.notice.length > 0
                            text: page.notice
                            actionText: canStart ? (page.launch.tag === "ssh" ? qsTr("Connect again") : qsTr("Start again")) : qsTr("OK")
                            onActionTriggered: {
                                if (canStart)
                                    area.terminals.startAgain(page.index);
                                else
                                    area.documents.clearNotice(page.index);
                            }
                        }

                        TerminalPage {
                            objectName: "terminalPage"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            ptyId: page.ptyId
                            current: area.documents.currentIndex === page.index
                            restartText: page.launch.program === undefined ? "" : page.launch.tag === "ssh" ? qsTr("Connect again") : qsTr("Start again")
                            onTerminalTitleChanged: title => area.documents.setTitle(page.index, title)
                            onRestartRequested: area.terminals.startAgain(page.index)
                            // A terminal in the background that rings: its tab shows it.
                            onBell: {
                                if (!current)
                                    area.documents.requestAttention(page.index);
                            }
                        }
                    }
                }

                Component {
                    id: gatewayPage

                    GatewayPage {
                        id: gatewayView

                        // The request that creates the gateway again, while it runs.
                        property int request: -1

                        objectName: "gatewayPage"
                        gateway: area.gateways.revision >= 0 ? area.gateways.get(page.uri) : ({})
                        gone: area.gateways.loaded && gateway.uri === undefined
                        launch: page.launch
                        clusterName: {
                            const cluster = area.clusters.revision >= 0 ? area.clusters.get(clusterUri) : ({});
                            return cluster.name !== undefined ? cluster.name : clusterUri.split("/").pop();
                        }
                        // The tab remembers the port and database name, to create it again with.
                        onGatewayChanged: {
                            if (gateway.uri !== undefined)
                                area.documents.setGateway(page.uri, gateway);
                        }
                        onPortApplied: port => area.gateways.setPort(page.uri, port)
                        onDatabaseNameApplied: name => area.gateways.setDatabaseName(page.uri, name)
                        onCopyRequested: area.gateways.copyCommand(page.uri)
                        onTerminalRequested: area.terminals.openCommand(gateway.cliCommand.split(" ")[0] + " · " + gateway.targetName, gateway.cliCommand)
                        onRemoveRequested: area.gateways.remove(page.uri)
                        onCloseTabRequested: area.documents.close(page.index)
                        onRecreateRequested: anyPort => {
                            creating = true;
                            createError = "";
                            request = area.gateways.create(launch.targetUri, launch.targetUser, anyPort ? "" : launch.localPort, launch.targetSubresourceName);
                        }

                        Connections {
                            target: area.gateways

                            function onCreated(request, uri) {
                                if (request !== gatewayView.request)
                                    return;
                                gatewayView.request = -1;
                                gatewayView.creating = false;
                                area.documents.setGateway(page.uri, area.gateways.get(uri));
                            }
                            function onCreateFailed(request, error) {
                                if (request !== gatewayView.request)
                                    return;
                                gatewayView.request = -1;
                                gatewayView.creating = false;
                                gatewayView.createError = error;
                            }
                        }
                    }
                }

                Component {
                    id: resourcesPage

                    ResourcesPage {
                        id: resourcesView

                        objectName: "resourcesPage"
                        gateways: area.gateways
                        onGatewayOpened: uri => area.documents.openGateway(area.gateways.get(uri))
                        clusterUri: page.uri
                        clusterName: page.title
                        filter: page.filter
                        cluster: area.clusters.revision >= 0 ? area.clusters.get(page.uri.split("/leaves/")[0]) : ({})
                        onLogoutRequested: area.clusters.logout(page.uri.split("/leaves/")[0], false)
                        onLoginRequested: area.loginRequested(page.uri, page.title)
                        onSshRequested: (login, server) => area.terminals.openSsh(page.title, login, server, resourcesView.cluster.proxyHost !== undefined ? resourcesView.cluster.proxyHost : "")
                        // The sidebar shows what this view learns about the cluster's reachability.
                        onOfflineChanged: area.clusters.setReachable(page.uri, !offline)
                        Component.onDestruction: area.clusters.setReachable(page.uri, true)

                        Connections {
                            target: area
                            // A login anywhere may be this cluster's: list again what needed it.
                            function onLoggedIn(clusterUri) {
                                if (page.uri === clusterUri || page.uri.startsWith(clusterUri + "/leaves/"))
                                    resourcesView.resources.reload();
                            }
                        }
                    }
                }
            }
        }
    }

    EmptyTabsPage {
        id: empty

        objectName: "emptyTabsPage"
        anchors.fill: parent
        visible: area.documents.workspaceCount === 0
        onOpenRequested: area.documents.openWelcome()
    }
}
