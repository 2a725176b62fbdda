#pragma once

#include <QString>

namespace Teleterm::Paths
{

// A directory only its owner may enter, as a socket's home must be.
struct PrivateDir {
    QString path;
    QString error; // empty when the directory is ready
    [[nodiscard]] bool ok() const
    {
        return error.isEmpty();
    }
};

// $XDG_RUNTIME_DIR/teleterm, or <temp>/teleterm-<uid> when XDG_RUNTIME_DIR is unset or unusable.
[[nodiscard]] QString runtimeDirectory();
// $XDG_STATE_HOME/teleterm, or ~/.local/state/teleterm: logs and other state worth keeping.
[[nodiscard]] QString stateDirectory();

// $XDG_DATA_HOME/teleterm, or ~/.local/share/teleterm: what the user would miss if it were lost
// (profiles, keys). The daemon keeps its profiles in tsh/ under it unless told otherwise.
[[nodiscard]] QString dataDirectory();

// Creates `path` (and its parents) if needed and makes sure it is a real directory owned by this
// user with mode 0700, tightening the mode of one we own. Refuses a symlink or another user's directory.
[[nodiscard]] PrivateDir ensurePrivateDirectory(const QString &path);

[[nodiscard]] QString daemonSocketPath();
[[nodiscard]] QString ptyHostSocketPath();

// The longest path a Unix socket address can hold (sun_path less its terminating NUL).
[[nodiscard]] int maxSocketPathLength();

} // namespace Teleterm::Paths
