pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Teleterm.Ui

// A titled group of the sidebar; shows `emptyText` until it has entries.
ColumnLayout {
    id: section

    property string title
    property string emptyText
    default property alias entries: content.data
    // Whether to show `emptyText`: by default, while the section has no entries.
    property bool empty: content.children.length === 0

    spacing: Theme.spacing / 2

    Label {
        Layout.leftMargin: Theme.padding
        text: section.title.toLocaleUpperCase(Qt.locale())
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        font.bold: true
        font.letterSpacing: 0.6
        Accessible.role: Accessible.Heading
    }

    ColumnLayout {
        id: content

        Layout.fillWidth: true
        Layout.fillHeight: false // a nested layout fills by default; the section is as tall as its entries
        spacing: 0
        Accessible.role: Accessible.List
        Accessible.name: section.title
    }

    Label {
        objectName: "emptyText"
        Layout.fillWidth: true
        Layout.leftMargin: Theme.padding
        Layout.rightMargin: Theme.padding
        visible: section.empty
        text: section.emptyText
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
}
