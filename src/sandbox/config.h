#pragma once

#include "teleportroles.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Teleterm::Sandbox
{

using Teleterm::LabelSelector;

// The kinds of resource a cluster lists, by the role field that selects them.
enum class ResourceKind {
    Node,
    Database,
    KubeCluster,
    App,
};

// A role's allow rules: what its holders see and reach, and as whom. Logins and database users may
// name the user's traits as Teleport's templates do: "{{internal.logins}}", "{{internal.db_users}}".
struct RoleSpec {
    QStringList logins;
    QStringList databaseUsers;
    QStringList databaseNames;
    LabelSelector nodeLabels;
    LabelSelector databaseLabels;
    LabelSelector kubernetesLabels;
    LabelSelector appLabels;
    // options.max_session_ttl: certificates last at most this long (0: the cluster's default).
    qint64 maxSessionTtlSeconds = 0;

    [[nodiscard]] const LabelSelector &labelsFor(ResourceKind kind) const;
};

struct UserSpec {
    QString name;
    QStringList roles;
    QHash<QString, QStringList> traits; // "logins", "db_users"
    QString password; // empty: a random one, kept in the data directory
};

// A database, Kubernetes cluster or app that the cluster lists. Only the PostgreSQL database the
// sandbox runs can be connected to; the others exist in listings alone.
struct ListedResourceSpec {
    QString name;
    QString description;
    QHash<QString, QString> labels;
    QString protocol; // databases: postgres, mysql, ...
    QString uri; // databases and apps
    QString publicAddress; // apps
};

// What lives in a leaf cluster behind the root: resources that exist in listings only.
struct LeafSpec {
    QString name;
    int listedServers = 0;
    QList<ListedResourceSpec> databases;
    QList<ListedResourceSpec> kubeClusters;
    QList<ListedResourceSpec> apps;
};

// Everything `--config FILE` can set (src/sandbox/README.md documents the JSON); the defaults are
// what the sandbox runs without a file.
struct SandboxConfig {
    QString clusterName = QStringLiteral("sandbox");
    int nodes = 2; // real sshd processes
    int listedServers = 0; // servers that exist in listings only, for scale
    bool postgres = true; // run the real PostgreSQL behind the database route
    QString postgresName = QStringLiteral("demo-postgres"); // its name as a Teleport database
    QHash<QString, QString> postgresLabels;
    QList<ListedResourceSpec> databases; // listed-only databases besides PostgreSQL
    QList<ListedResourceSpec> kubeClusters;
    QList<ListedResourceSpec> apps;
    QHash<QString, RoleSpec> roles;
    QList<UserSpec> users;
    QList<LeafSpec> leaves;

    // The configuration without a file: users alice (role "access": everything) and bob (role
    // "dev": what is labelled env=dev), two Kubernetes clusters and two apps.
    [[nodiscard]] static SandboxConfig defaults();
    // Reads FILE over the defaults: keys it sets replace them, keys it omits keep them.
    [[nodiscard]] static bool load(const QString &path, SandboxConfig *config, QString *error);
};

} // namespace Teleterm::Sandbox
