#pragma once

#include "config.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <mutex>

namespace Teleterm::Sandbox
{

struct SandboxUser {
    QString name;
    QString password;
    QByteArray totpSecret;
    QStringList roles;
    QHash<QString, QStringList> traits; // "logins", "db_users", ...
    // What the user's roles allow, with the templates filled from the user's traits.
    QStringList logins; // the OS accounts the user may log in to nodes as
    QStringList databaseUsers;
    QStringList databaseNames;
    qint64 maxSessionTtlSeconds = 0; // the least of the roles' max_session_ttl; 0: none set
};

// The sandbox's local users, their roles, and Teleport's rules for logging in: password and a
// TOTP code (each code usable once), locked for a while after too many failures. Users and roles
// come from the configuration; their passwords and TOTP secrets are made on first start and kept
// in users.json (0600) in the data directory, so that they stay the same across restarts.
//
// A role's label selectors are Teleport's allow.node_labels, db_labels, kubernetes_labels and
// app_labels: label name to allowed values, where {"*": ["*"]} allows everything. A user may see
// and reach a resource when one of the user's roles allows it.
class UserStore
{
public:
    // Teleport's defaults (lib/defaults: MaxLoginAttempts, AccountLockInterval).
    static constexpr int MaxLoginAttempts = 5;
    static constexpr int LockMinutes = 20;

    // Reads (or makes) the secrets in `path` for the users of `config`; a user without a
    // "logins" trait logs in to nodes as `defaultLogin`.
    [[nodiscard]] bool loadOrCreate(const QString &path, const SandboxConfig &config, const QString &defaultLogin, QString *error);
    [[nodiscard]] QList<SandboxUser> users() const
    {
        return m_users;
    }
    [[nodiscard]] const QHash<QString, RoleSpec> &roles() const
    {
        return m_roles;
    }
    // The user by name; null for an unknown user.
    [[nodiscard]] const SandboxUser *find(const QString &name) const;
    // The logins a user's roles allow; empty for an unknown user.
    [[nodiscard]] QStringList loginsOf(const QString &user) const;
    // Whether one of the user's roles allows a resource of this kind with these labels.
    [[nodiscard]] bool mayAccess(const QString &user, ResourceKind kind, const QHash<QString, QString> &labels) const;
    [[nodiscard]] bool mayReach(const QString &user, const QHash<QString, QString> &nodeLabels) const
    {
        return mayAccess(user, ResourceKind::Node, nodeLabels);
    }

    struct Verdict {
        const SandboxUser *user = nullptr; // set when the credentials are good
        QString error; // Teleport's words for a refusal
    };
    // Checks user, password and OTP code at `now`. Thread-safe.
    [[nodiscard]] Verdict authenticate(const QString &user, const QString &password, const QString &otp, const QDateTime &now);

private:
    QList<SandboxUser> m_users;
    QHash<QString, RoleSpec> m_roles;
    std::mutex m_mutex;
    QHash<QString, QList<QDateTime>> m_failures; // recent failed attempts per user
    QHash<QString, QDateTime> m_lockedUntil;
    QHash<QString, qint64> m_lastTotpStep; // the step of the last code accepted, per user
};

} // namespace Teleterm::Sandbox
