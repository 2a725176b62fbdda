#pragma once

#include <QUrl>

class QQmlEngine;

namespace Teleterm::App
{

// The Quick Controls style and the import path every Teleterm engine uses. Call before creating
// the engine's first component.
void prepareEngine(QQmlEngine &engine);
// Once, before any QML engine exists.
void prepareQuickControls();
// The window's root component.
[[nodiscard]] QUrl mainQml();

} // namespace Teleterm::App
