import QtQuick
import QtQuick.Controls
import Teleterm.Models
import Teleterm.Ui

// One of the window's views with fixed contents, for tst_screens' reference images.
Pane {
    id: screen

    // "shell" (the sidebar and the start page), "settings" or "gateway".
    property string view: "shell"

    width: 1000
    height: 680
    padding: 0
    // As the window lays itself out (AppShell), and with its palette (Main.qml).
    LayoutMirroring.enabled: Localization.rightToLeft
    LayoutMirroring.childrenInherit: true
    palette {
        window: Theme.background
        windowText: Theme.text
        base: Theme.surface
        text: Theme.text
        button: Theme.surface
        buttonText: Theme.text
        highlight: Theme.accent
        highlightedText: Theme.accentText
        placeholderText: Theme.textMuted
        mid: Theme.border
        dark: Theme.border
        light: Theme.hover
        midlight: Theme.hover
        toolTipBase: Theme.surface
        toolTipText: Theme.text

        disabled {
            windowText: Theme.textMuted
            text: Theme.textMuted
            buttonText: Theme.textMuted
            button: Theme.hover
        }
    }

    background: Rectangle {
        color: Theme.background
    }

    contentItem: Loader {
        sourceComponent: screen.view === "settings" ? settings : screen.view === "gateway" ? gateway : shell
    }

    Component {
        id: shell

        AppShell {}
    }

    Component {
        id: settings

        SettingsPage {}
    }

    Component {
        id: gateway

        GatewayPage {
            clusterName: "teleport.example.com"
            gateway: ({
                    "uri": "/gateways/3",
                    "targetName": "orders-postgres",
                    "targetUri": "/clusters/teleport.example.com/dbs/orders-postgres",
                    "targetUser": "alice",
                    "localAddress": "127.0.0.1",
                    "localPort": "54321",
                    "protocol": "postgres",
                    "cliCommand": "psql \"postgres://alice@localhost:54321/orders\"",
                    "targetSubresourceName": "orders",
                    "gatewayState": GatewaysModel.Listening,
                    "openConnections": 2,
                    "totalConnections": 15,
                    "lastError": "",
                    "lastErrorTime": new Date(NaN),
                    "certificateValidUntil": new Date(NaN),
                    "clusterUri": "/clusters/teleport.example.com",
                    "operationError": "",
                    "busy": false
                })
        }
    }
}
