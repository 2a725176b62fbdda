#pragma once

#include <QString>

namespace Teleterm
{

// Sends every Qt log message (all categories) to `path` as well as to stderr, one line each:
// "2026-11-25T12:00:00.123Z info teleterm.daemon: message". The file is created 0600; a file over
// `maxBytes` is moved to `path.1` at start-up. Returns an error text, empty on success; on error the
// messages still go to stderr.
QString installFileLog(const QString &path, qint64 maxBytes = 8 * 1024 * 1024);

} // namespace Teleterm
