#pragma once

#include <QObject>

#include <functional>

namespace Teleterm::Backend
{

// Runs `then` each time the application's language changes (a translator installed or removed),
// for as long as `context` lives: texts that C++ translates when they are read must be read again.
void whenLanguageChanges(QObject *context, std::function<void()> then);

} // namespace Teleterm::Backend
