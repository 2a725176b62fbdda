import QtQuick
import QtQuick.VirtualKeyboard

// Qt Virtual Keyboard's panel, for a window that types through it (QT_IM_MODULE=qtvirtualkeyboard).
// Main.qml loads it only then: the window needs this module in no other case, and starts without
// it installed.
InputPanel {
    objectName: "inputPanel"
    // Along the bottom of the window while it is wanted, just below it otherwise. It places itself
    // (not the loader): the place it tells Qt it has (Qt.inputMethod.keyboardRectangle) follows
    // its own position only.
    y: active ? Window.height - height : Window.height
    width: Window.width
}
