#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Teleterm
{

// Writes `data` to `path` through a temporary file in the same directory, created 0600 by
// mkostemp (so that no one else can ever open it, not even for a moment), synced, then renamed
// over `path`: a full disk or a crash leaves the previous file whole. The file ends 0600. False
// with `error` (naming the path and the reason) when anything fails; the temporary is removed.
[[nodiscard]] bool writeAtomically(const QString &path, const QByteArray &data, QString *error);

// Writes a set of files that belong together (a key and its certificates) so that a failure
// leaves the previous set whole: every file is first written and synced to a temporary, and only
// once all of them are does each replace its file. A full disk or a failed write therefore changes
// nothing; what can still mix the two sets is a crash during the renames, which take no space
// and no time to speak of.
[[nodiscard]] bool writeAllAtomically(const QList<std::pair<QString, QByteArray>> &files, QString *error);

} // namespace Teleterm
