pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Models
import Teleterm.Ui

// A cluster's servers, databases, Kubernetes clusters and apps: search, a kind filter, label
// filters (tap a label to add it), and a list that fetches more as it scrolls. The focus starts in
// the search; Down goes on to the list, where the arrows move and Enter connects.
Item {
    id: page

    required property string clusterUri
    required property string clusterName
    // The root cluster's row of the clusters model: who is logged in, with which roles, until when.
    property var cluster: ({})
    // What to show when asked from elsewhere: {kind, search, revision} (see DocumentsModel).
    property var filter: ({})
    readonly property var kindNames: ["", "server", "database", "kube", "app"]

    signal loginRequested
    // Open a terminal: ssh LOGIN@SERVER in this cluster.
    signal sshRequested(string login, string server)
    signal logoutRequested

    // The model, for tests and for the shell (to reload after a login).
    readonly property alias resources: resourceModel
    // The cluster does not answer (what is shown is from before).
    readonly property bool offline: resourceModel.offline

    function applyFilter() {
        if (!filter || !filter.revision)
            return;
        kinds.currentIndex = Math.max(0, kindNames.indexOf(filter.kind));
        search.text = filter.search;
    }

    onFilterChanged: applyFilter()
    Component.onCompleted: applyFilter()

    ResourcesModel {
        id: resourceModel

        clusterUri: page.clusterUri
        pageSize: 100
    }

    // The gateways: Connect on a database as a user creates one (or finds the one there is).
    property GatewaysModel gateways: null
    // The request creating a gateway from here, while it runs.
    property int gatewayRequest: -1
    property string gatewayError

    // A gateway to the database is ready: show its tab.
    signal gatewayOpened(string uri)

    function connectDatabase(databaseUri: string, user: string) {
        if (!gateways)
            return;
        gatewayError = "";
        gatewayRequest = gateways.create(databaseUri, user, "", "");
    }

    Connections {
        target: page.gateways

        function onCreated(request, uri) {
            if (request !== page.gatewayRequest)
                return;
            page.gatewayRequest = -1;
            page.gatewayOpened(uri);
        }
        function onCreateFailed(request, error) {
            if (request !== page.gatewayRequest)
                return;
            page.gatewayRequest = -1;
            page.gatewayError = error;
        }
    }

    // A database user of the user's choosing (the cluster may list none).
    Popup {
        id: userPrompt

        property string databaseUri
        property string databaseName

        function ask(uri: string, name: string) {
            databaseUri = uri;
            databaseName = name;
            userField.text = "";
            open();
            userField.forceActiveFocus();
        }
        function accept() {
            if (userField.text.trim().length === 0)
                return;
            close();
            page.connectDatabase(databaseUri, userField.text.trim());
        }

        objectName: "databaseUserPrompt"
        // Centred in the window, or in what an on-screen keyboard leaves of it: the field stays
        // in sight above the keyboard.
        parent: Overlay.overlay
        x: parent ? (parent.width - width) / 2 : 0
        y: parent ? Math.max(0, (parent.height - OnScreenKeyboard.height - height) / 2) : 0
        width: Math.min(page.width - 2 * Theme.padding, Theme.contentMaxWidth)
        padding: Theme.padding
        modal: true

        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.width: Theme.borderWidth
            border.color: Theme.border
        }

        contentItem: ColumnLayout {
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("Connect to %1 as which database user?").arg(userPrompt.databaseName)
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                TextField {
                    id: userField

                    objectName: "databaseUserField"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Database user")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    Accessible.name: qsTr("Database user")
                    onAccepted: userPrompt.accept()
                }
                PrimaryButton {
                    objectName: "databaseUserConnect"
                    text: qsTr("Connect")
                    enabled: userField.text.trim().length > 0
                    onClicked: userPrompt.accept()
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // The toolbar: search, kinds, active label filters.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: toolbar.implicitHeight + 2 * Theme.spacing
            color: Theme.surface

            ColumnLayout {
                id: toolbar

                anchors.fill: parent
                anchors.margins: Theme.spacing
                anchors.leftMargin: Theme.padding
                anchors.rightMargin: Theme.padding
                spacing: Theme.spacing

                // Who the user is here: name, roles, and how long the session lasts.
                RowLayout {
                    objectName: "sessionRow"
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: page.cluster.userName !== undefined && page.cluster.userName.length > 0

                    Label {
                        objectName: "sessionText"
                        Layout.fillWidth: true
                        text: page.cluster.connected ? qsTr("%1 as %2 · roles: %3 · session %4 (%5)").arg(page.clusterName).arg(page.cluster.userName).arg((page.cluster.roles || []).join(", ")).arg(Format.expiry(page.cluster.validUntil)).arg(Format.dateTime(page.cluster.validUntil)) : qsTr("%1: the session of %2 has expired").arg(page.clusterName).arg(page.cluster.userName)
                        color: page.cluster.connected ? Theme.textMuted : Theme.pending
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                    Button {
                        objectName: "sessionButton"
                        flat: true
                        implicitHeight: Theme.touchTarget
                        font.pixelSize: Theme.fontSmall
                        focusPolicy: Qt.TabFocus
                        text: page.cluster.connected ? qsTr("Log out") : qsTr("Log in")
                        Accessible.name: page.cluster.connected ? qsTr("Log out of %1").arg(page.clusterName) : qsTr("Log in to %1").arg(page.clusterName)
                        onClicked: page.cluster.connected ? page.logoutRequested() : page.loginRequested()

                        FocusRing {}
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    TextField {
                        id: search

                        objectName: "resourceSearch"
                        Layout.fillWidth: true
                        Layout.maximumWidth: Theme.contentMaxWidth
                        implicitHeight: Theme.touchTarget
                        font.pixelSize: Theme.fontBody
                        placeholderText: qsTr("Search %1 by name, address or label").arg(page.clusterName)
                        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                        selectByMouse: true
                        // The page starts here, but with an on-screen keyboard only once tapped: a keyboard that
                        // pops up by itself would cover half the page.
                        focus: !OnScreenKeyboard.builtIn
                        Accessible.name: qsTr("Search resources")
                        Accessible.searchEdit: true
                        onTextChanged: resourceModel.search = text
                        Keys.onDownPressed: event => {
                            event.accepted = list.count > 0;
                            if (list.count > 0)
                                list.forceActiveFocus(Qt.TabFocusReason);
                        }
                    }

                    ComboBox {
                        id: sort

                        objectName: "sortField"
                        implicitHeight: Theme.touchTarget
                        font.pixelSize: Theme.fontSmall
                        textRole: "text"
                        valueRole: "field"
                        model: [{
                                "text": qsTr("By name"),
                                "field": "name"
                            }, {
                                "text": qsTr("By kind"),
                                "field": "kind"
                            }, {
                                "text": qsTr("By address"),
                                "field": "address"
                            }]
                        Accessible.name: qsTr("Sort")
                        onActivated: resourceModel.sortField = currentValue

                        // What is chosen, as words: Basic's is a disabled text field, which a
                        // screen reader would read as a nameless one.
                        contentItem: Label {
                            leftPadding: Theme.spacing
                            text: sort.displayText
                            color: Theme.text
                            font: sort.font
                            verticalAlignment: Text.AlignVCenter
                            elide: Text.ElideRight
                        }
                        // Drawn, not Basic's picture: text follows the theme.
                        indicator: Label {
                            x: sort.mirrored ? sort.leftPadding / 2 : sort.width - width - sort.rightPadding / 2
                            y: (sort.height - height) / 2
                            text: "▾"
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontBody
                        }
                    }
                    ToolButton {
                        objectName: "sortDirection"
                        implicitHeight: Theme.touchTarget
                        implicitWidth: Theme.touchTarget
                        focusPolicy: Qt.TabFocus
                        text: resourceModel.sortDescending ? "↓" : "↑"
                        Accessible.name: resourceModel.sortDescending ? qsTr("Descending; sort ascending") : qsTr("Ascending; sort descending")
                        onClicked: resourceModel.sortDescending = !resourceModel.sortDescending

                        FocusRing {}
                    }

                    TabBar {
                        id: kinds

                        objectName: "kindFilter"
                        Layout.alignment: Qt.AlignVCenter
                        Accessible.name: qsTr("Kinds of resources")
                        onCurrentIndexChanged: resourceModel.kinds = currentIndex > 0 ? [page.kindNames[currentIndex]] : []

                        background: Rectangle {
                            color: Theme.none
                        }

                        Repeater {
                            model: [qsTr("All"), qsTr("Servers"), qsTr("Databases"), qsTr("Kubernetes"), qsTr("Apps")]

                            delegate: TabButton {
                                id: kindButton

                                required property string modelData

                                text: modelData
                                implicitHeight: Theme.touchTarget
                                width: Math.max(Theme.touchTarget, implicitWidth)
                                font.pixelSize: Theme.fontSmall
                                // One stop for the kinds, the chosen one: Left and Right choose another
                                // (and take the focus along: until then, the focused one stays a stop).
                                focusPolicy: checked || activeFocus ? Qt.TabFocus : Qt.NoFocus

                                contentItem: Label {
                                    text: kindButton.text
                                    color: kindButton.checked ? Theme.accent : Theme.textMuted
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: kindButton.checked
                                    horizontalAlignment: Text.AlignHCenter
                                    verticalAlignment: Text.AlignVCenter
                                }
                                background: Rectangle {
                                    color: kindButton.hovered ? Theme.hover : Theme.none
                                    border.width: kindButton.activeFocus ? Theme.focusWidth : 0
                                    border.color: Theme.focusRing

                                    Rectangle {
                                        anchors.bottom: parent.bottom
                                        width: parent.width
                                        height: Theme.focusWidth
                                        color: kindButton.checked ? Theme.accent : Theme.none
                                    }
                                }
                            }
                        }
                    }
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    visible: resourceModel.labels.length > 0

                    Label {
                        text: qsTr("Filtered by")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        height: Theme.touchTarget // beside the chips, which are a finger's height
                        verticalAlignment: Text.AlignVCenter
                    }

                    Repeater {
                        model: resourceModel.labels

                        delegate: LabelChip {
                            required property string modelData

                            objectName: "activeLabel"
                            text: modelData
                            active: true
                            removable: true
                            onClicked: resourceModel.toggleLabel(modelData)
                        }
                    }
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

        Banner {
            objectName: "resourcesError"
            Layout.fillWidth: true
            visible: resourceModel.error.length > 0
            kind: resourceModel.needsLogin ? Banner.Kind.Info : resourceModel.offline ? Banner.Kind.Warning : Banner.Kind.Error
            text: resourceModel.needsLogin ? qsTr("Log in to %1 to see its servers, databases, Kubernetes clusters and apps.").arg(page.clusterName) : !resourceModel.offline ? Format.sentence(resourceModel.error) : resourceModel.count > 0 ? qsTr("Offline: %1. Showing what was listed at %2; trying again by itself.").arg(resourceModel.error).arg(Format.time(resourceModel.listedAt)) : qsTr("Offline: %1. Trying again by itself.").arg(resourceModel.error)
            actionText: resourceModel.needsLogin ? qsTr("Log in") : qsTr("Try now")
            onActionTriggered: resourceModel.needsLogin ? page.loginRequested() : resourceModel.retry()
        }

        Banner {
            objectName: "gatewayError"
            Layout.fillWidth: true
            visible: page.gatewayError.length > 0
            kind: Banner.Kind.Error
            text: qsTr("The gateway could not be opened: %1").arg(page.gatewayError)
            actionText: qsTr("Dismiss")
            onActionTriggered: page.gatewayError = ""
        }

        Banner {
            objectName: "gatewayOpening"
            Layout.fillWidth: true
            visible: page.gatewayRequest >= 0
            text: qsTr("Opening a gateway…")
        }

        ListView {
            id: list

            objectName: "resourceList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: resourceModel
            boundsBehavior: Flickable.DragOverBounds
            // Rows scrolled out are kept for rows scrolled in: creating each anew took most of a
            // page's time at 100,000 servers. Qt 6.4's delegate model asks for the next page
            // (fetchMore) only when it creates the last row's delegate anew, never when it takes
            // one from the pool: a reused last row asks itself (below).
            reuseItems: true
            ScrollBar.vertical: ScrollBar {}
            // One stop for the whole list: Up and Down move in it, and Up from the first row goes
            // back to the search.
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Resources of %1").arg(page.clusterName)
            Keys.onUpPressed: event => {
                event.accepted = currentIndex <= 0;
                if (currentIndex <= 0)
                    search.forceActiveFocus(Qt.BacktabFocusReason);
            }

            delegate: ResourceDelegate {
                width: list.width
                ListView.onReused: {
                    if (index === list.count - 1)
                        resourceModel.fetchNextPage();
                }
                activeLabels: resourceModel.labels
                stale: resourceModel.offline
                onLabelToggled: label => resourceModel.toggleLabel(label)
                onConnectRequested: login => {
                    if (kind !== "database")
                        page.sshRequested(login, displayName);
                    else if (login.length > 0)
                        page.connectDatabase(uri, login);
                    else
                        userPrompt.ask(uri, displayName);
                }
            }
        }

        // Where the listing stands: loading, how many, or that nothing matches. (Not the list's
        // footer: Qt 6.4 cannot make a ListView's footer in a file with bound components.)
        Item {
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget

            BusyIndicator {
                anchors.centerIn: parent
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                running: resourceModel.loading
                visible: resourceModel.loading
            }
            Label {
                objectName: "resourceCount"
                anchors.centerIn: parent
                visible: !resourceModel.loading && resourceModel.error.length === 0
                text: resourceModel.count === 0 ? (search.text.length > 0 || resourceModel.labels.length > 0 ? qsTr("Nothing matches.") : qsTr("Nothing to show.")) : resourceModel.complete ? qsTr("%Ln resource(s)", "", resourceModel.count) : qsTr("%Ln shown; scroll for more", "", resourceModel.count)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
