pragma ComponentBehavior: Bound

import QtQuick
import Teleterm.Ui

// Keeps the field being typed into in sight inside `flickable`: when it takes the focus, and when
// the flickable gets shorter under it (an on-screen keyboard came up and the window made room).
Item {
    id: follower

    required property Flickable flickable

    // Scrolls just enough for the focused item, if it is in the flickable, to show whole.
    function reveal() {
        const content = flickable.contentItem;
        const focused = flickable.Window.activeFocusItem;
        let inside = false;
        for (let item = focused; item && !inside; item = item.parent)
            inside = item === content;
        if (!inside)
            return;
        const area = focused.mapToItem(content, 0, 0, focused.width, focused.height);
        let y = flickable.contentY;
        if (area.y + area.height + Theme.spacing > y + flickable.height)
            y = area.y + area.height + Theme.spacing - flickable.height;
        if (area.y - Theme.spacing < y)
            y = area.y - Theme.spacing;
        flickable.contentY = Math.max(0, Math.min(y, flickable.contentHeight - flickable.height));
    }

    Connections {
        target: follower.flickable.Window

        function onActiveFocusItemChanged() {
            follower.reveal();
        }
    }

    Connections {
        target: follower.flickable

        function onHeightChanged() {
            follower.reveal();
        }
    }
}
