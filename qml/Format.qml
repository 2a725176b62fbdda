pragma Singleton

import QtQuick
import Teleterm.Models

// How times read in the window's language: "expires in 3 hours", and dates and times as the
// window's locale writes them. `now` moves on every 30 s, so that what is relative stays true.
QtObject {
    id: format

    property date now: new Date()

    readonly property Timer clock: Timer {
        interval: 30000
        running: true
        repeat: true
        onTriggered: format.now = new Date()
    }

    // The locale in force (depending on Localization, so that a binding follows a change of
    // language).
    function locale(): var {
        return Qt.locale(Localization.localeName);
    }

    // A service's message where it stands alone: the services word their messages to follow a
    // lead-in of the window's ("nothing accepts…"), so its first letter is capitalized here. A
    // script without capitals is left as it is.
    function sentence(text: string): string {
        return text.length > 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text;
    }

    function valid(time: var): bool {
        return time instanceof Date && !isNaN(time.getTime()) && time.getTime() > 0;
    }

    function time(time: var): string {
        return valid(time) ? time.toLocaleTimeString(locale(), Locale.ShortFormat) : "";
    }

    function dateTime(time: var): string {
        return valid(time) ? time.toLocaleString(locale(), Locale.ShortFormat) : "";
    }

    // When a session or a certificate ends, from now: "expires in 3 hours", "expired 5 minutes
    // ago". Whole units, rounded down, so that it never promises more time than is left.
    function expiry(time: var): string {
        if (!valid(time))
            return "";
        const seconds = Math.round((time.getTime() - now.getTime()) / 1000);
        const left = Math.abs(seconds);
        const minutes = Math.floor(left / 60);
        const hours = Math.floor(left / 3600);
        const days = Math.floor(left / 86400);
        if (seconds >= 0) {
            if (minutes < 1)
                return qsTr("expires in less than a minute");
            if (hours < 1)
                return qsTr("expires in %Ln minute(s)", "", minutes);
            if (days < 2)
                return qsTr("expires in %Ln hour(s)", "", hours);
            return qsTr("expires in %Ln day(s)", "", days);
        }
        if (minutes < 1)
            return qsTr("expired just now");
        if (hours < 1)
            return qsTr("expired %Ln minute(s) ago", "", minutes);
        if (days < 2)
            return qsTr("expired %Ln hour(s) ago", "", hours);
        return qsTr("expired %Ln day(s) ago", "", days);
    }
}
