pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Teleterm.Ui

// The menu of an item (a cluster, a gateway, a resource, a tab, a terminal): at the pointer for a
// right click or a long press; from the keyboard (the Menu key or Shift+F10 on the item that has
// the focus) at the item, with its first entry current, so that the arrows start there and a
// screen reader says it. When it closes, Qt gives the focus back to the item.
Menu {
    id: menu

    // Opened from the keyboard, until it closes.
    property bool fromKeyboard: false

    // Whether a key press asks for an item's menu: the Menu key, or Shift+F10.
    function isMenuKey(event: var): bool {
        return event.key === Qt.Key_Menu || (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier) !== 0);
    }

    // Opens at (x, y) of `target`, the way the keyboard opens it; closes again when it offers
    // nothing. (Its entries show as visible only once it is open.)
    function openFromKeyboard(target: Item, x: real, y: real) {
        fromKeyboard = true;
        popup(target, x, y);
        for (let i = 0; i < count; ++i) {
            const entry = itemAt(i);
            if (entry instanceof MenuItem && entry.enabled && entry.visible) {
                currentIndex = i;
                return;
            }
        }
        close();
    }

    // For Keys.onPressed of `target`: the Menu key or Shift+F10 open the menu under it.
    function openOnMenuKey(event: var, target: Item, y: real) {
        if (!isMenuKey(event))
            return;
        openFromKeyboard(target, 0, y);
        event.accepted = true;
    }

    // The current entry as a selected row, not a hover: the keyboard's place must show, in high
    // contrast too.
    palette.light: Theme.selected

    onClosed: fromKeyboard = false
}
