#pragma once

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
    QStringList logins; // the OS accounts the user may log in to nodes as
    QStringList databaseUsers;
};

// The sandbox's local users, their roles, and Teleport's rules for logging in: password and a
// TOTP code (each code usable once), locked for a while after too many failures. Kept in
// users.json (0600) in the data directory, made on first start with two users: alice (role
// "access": every node) and bob (role "dev": nodes labelled env=dev only).
//
// A role's `node_labels` is Teleport's allow.node_labels: label name to allowed values, where
// {"*": ["*"]} allows every node. A user may reach a node when one of the user's roles allows it.
class UserStore
{
public:
    // Teleport's defaults (lib/defaults: MaxLoginAttempts, AccountLockInterval).
    static constexpr int MaxLoginAttempts = 5;
    static constexpr int LockMinutes = 20;

    [[nodiscard]] bool loadOrCreate(const QString &path, const QString &defaultLogin, QString *error);
    [[nodiscard]] QList<SandboxUser> users() const
    {
        return m_users;
    }
    // The logins a user's roles allow; empty for an unknown user.
    [[nodiscard]] QStringList loginsOf(const QString &user) const;
    // Whether one of the user's roles allows a node with these labels.
    [[nodiscard]] bool mayReach(const QString &user, const QHash<QString, QString> &nodeLabels) const;

    struct Verdict {
        const SandboxUser *user = nullptr; // set when the credentials are good
        QString error; // Teleport's words for a refusal
    };
    // Checks user, password and OTP code at `now`. Thread-safe.
    [[nodiscard]] Verdict authenticate(const QString &user, const QString &password, const QString &otp, const QDateTime &now);

private:
    [[nodiscard]] const SandboxUser *find(const QString &name) const;

    QList<SandboxUser> m_users;
    QHash<QString, QHash<QString, QStringList>> m_nodeLabels; // role -> label -> allowed values
    std::mutex m_mutex;
    QHash<QString, QList<QDateTime>> m_failures; // recent failed attempts per user
    QHash<QString, QDateTime> m_lockedUntil;
    QHash<QString, qint64> m_lastTotpStep; // the step of the last code accepted, per user
};

} // namespace Teleterm::Sandbox
