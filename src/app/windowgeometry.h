#pragma once

#include <QString>

class QWindow;

namespace Teleterm::App
{

// The window's place and size, kept in $XDG_STATE_HOME/teleterm/window.json (0600, written
// atomically) when the window quits, and given back to the next window: where it was when that
// place is still on a screen, at most the screen's size, maximized when it was.
void restoreGeometry(QWindow *window, const QString &path);
void saveGeometry(const QWindow *window, const QString &path);

} // namespace Teleterm::App
