#pragma once

#include <QByteArray>
#include <QString>

namespace Teleterm
{

// Writes `data` to `path` through a temporary file in the same directory, created 0600 by
// mkostemp (so that no one else can ever open it, not even for a moment), synced, then renamed
// over `path`: a full disk or a crash leaves the previous file whole. The file ends 0600. False
// with `error` (naming the path and the reason) when anything fails; the temporary is removed.
[[nodiscard]] bool writeAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace Teleterm
