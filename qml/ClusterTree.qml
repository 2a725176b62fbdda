pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Models
import Teleterm.Ui

// Under a cluster in the sidebar: its first servers and databases, each a tap away in the
// cluster's resources tab, and a way to all of them.
ColumnLayout {
    id: tree

    required property string clusterUri

    // Show the cluster's resources of `kind`, searched for `search` (empty: all of them).
    signal resourcesRequested(string kind, string search)

    spacing: 0

    Repeater {
        model: [{
                "kind": "server",
                "title": qsTr("Servers"),
                "all": qsTr("All servers…")
            }, {
                "kind": "database",
                "title": qsTr("Databases"),
                "all": qsTr("All databases…")
            }]

        delegate: ColumnLayout {
            id: group

            required property var modelData

            Layout.fillWidth: true
            spacing: 0

            ResourcesModel {
                id: firstFew

                clusterUri: tree.clusterUri
                kinds: [group.modelData.kind]
                pageSize: Theme.sidebarTreeRows
            }

            Label {
                Layout.leftMargin: Theme.padding * 2 + Theme.statusDot
                Layout.topMargin: Theme.spacing / 2
                text: group.modelData.title
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.bold: true
                Accessible.role: Accessible.Heading
            }

            Repeater {
                model: firstFew

                delegate: ItemDelegate {
                    id: entry

                    required property string name
                    required property string displayName

                    objectName: "treeResource"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    leftPadding: Theme.padding * 2 + Theme.statusDot + Theme.spacing
                    rightPadding: Theme.padding
                    hoverEnabled: true
                    focusPolicy: Qt.TabFocus
                    opacity: firstFew.offline ? Theme.staleOpacity : 1
                    Accessible.name: group.modelData.title + ": " + displayName
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()

                    contentItem: Label {
                        text: entry.displayName
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: Rectangle {
                        color: entry.hovered ? Theme.hover : Theme.none
                        border.width: entry.activeFocus ? Theme.focusWidth : 0
                        border.color: Theme.focusRing
                    }
                    onClicked: tree.resourcesRequested(group.modelData.kind, name)
                }
            }

            // All of them, or why there are none.
            ItemDelegate {
                id: more

                objectName: "treeMore"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                leftPadding: Theme.padding * 2 + Theme.statusDot + Theme.spacing
                rightPadding: Theme.padding
                hoverEnabled: true
                focusPolicy: Qt.TabFocus
                enabled: firstFew.count > 0
                Accessible.name: contentItem.text
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()

                contentItem: Label {
                    text: firstFew.loading && firstFew.count === 0 ? qsTr("Listing…") : firstFew.error.length > 0 && firstFew.count === 0 ? qsTr("Not available now") : firstFew.count === 0 ? qsTr("None you can reach") : group.modelData.all
                    color: firstFew.count > 0 ? Theme.accent : Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    color: more.hovered && more.enabled ? Theme.hover : Theme.none
                    border.width: more.activeFocus ? Theme.focusWidth : 0
                    border.color: Theme.focusRing
                }
                onClicked: tree.resourcesRequested(group.modelData.kind, "")
            }
        }
    }
}
