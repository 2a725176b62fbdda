#pragma once

#include <functional>

namespace Teleterm
{

// Turns SIGTERM, SIGINT and SIGHUP into a call of `onSignal(signalNumber)` on the thread that runs
// the main event loop (through a self-pipe), so that a service can shut down cleanly instead of dying
// mid-write. Call once, after the QCoreApplication exists.
void onTerminationSignal(std::function<void(int)> onSignal);

} // namespace Teleterm
