#pragma once

#include <QString>

namespace Teleterm::Daemon
{

// Connect's URIs: /clusters/PROFILE, /clusters/PROFILE/leaves/LEAF, and a resource under either:
// .../servers/NAME, .../dbs/NAME, .../kubes/NAME, .../apps/NAME.
struct ClusterUri {
    QString profile; // the root's profile name (the web proxy's host)
    QString leaf; // empty for the root
    QString resourceKind; // servers, dbs, kubes, apps; empty for a cluster
    QString resourceName;

    [[nodiscard]] bool isValid() const
    {
        return !profile.isEmpty();
    }
    [[nodiscard]] QString clusterUri() const;
    [[nodiscard]] QString resourceUri(const QString &kind, const QString &name) const;

    // Invalid when `text` is not such a URI.
    [[nodiscard]] static ClusterUri parse(const QString &text);
    [[nodiscard]] static QString forRoot(const QString &profile);
    [[nodiscard]] static QString forLeaf(const QString &profile, const QString &leaf);
};

} // namespace Teleterm::Daemon
