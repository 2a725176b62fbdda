#include "users.h"

#include "certauthority.h"
#include "totp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace Teleterm::Sandbox
{

namespace
{

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, '\0');
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return x.size() == y.size() && CRYPTO_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

} // namespace

bool UserStore::loadOrCreate(const QString &path, const SandboxConfig &config, const QString &defaultLogin, QString *error)
{
    // The secrets file: {"users": [{"name", "password", "totp_secret" (base64)}]}.
    QJsonObject stored;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read %1"_s.arg(path);
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = u"%1 is not valid JSON: %2"_s.arg(path, parseError.errorString());
            return false;
        }
        const QJsonArray users = document.object().value(u"users"_s).toArray();
        for (const QJsonValue &user : users) {
            stored.insert(user.toObject().value(u"name"_s).toString(), user);
        }
        file.close();
    }

    m_roles = config.roles;
    bool changed = false;
    QJsonArray secrets;
    for (const UserSpec &spec : config.users) {
        QJsonObject secret = stored.value(spec.name).toObject();
        if (secret.isEmpty()) {
            secret = {
                {u"name"_s, spec.name},
                {u"password"_s, base32Encode(randomBytes(10)).toLower()},
                {u"totp_secret"_s, QString::fromLatin1(randomBytes(20).toBase64())},
            };
            changed = true;
        }
        if (!spec.password.isEmpty() && secret.value(u"password"_s).toString() != spec.password) {
            secret.insert(u"password"_s, spec.password);
            changed = true;
        }
        secrets.append(secret);

        QHash<QString, QStringList> traits = spec.traits;
        if (!traits.contains(u"logins"_s)) {
            traits.insert(u"logins"_s, {defaultLogin});
        }
        SandboxUser user{spec.name,
                         secret.value(u"password"_s).toString(),
                         QByteArray::fromBase64(secret.value(u"totp_secret"_s).toString().toLatin1()),
                         spec.roles,
                         traits,
                         {},
                         {},
                         {}};
        for (const QString &roleName : spec.roles) {
            const RoleSpec role = m_roles.value(roleName);
            user.logins << expandTraits(role.logins, traits);
            user.databaseUsers << expandTraits(role.databaseUsers, traits);
            user.databaseNames << role.databaseNames;
            if (role.maxSessionTtlSeconds > 0 && (user.maxSessionTtlSeconds == 0 || role.maxSessionTtlSeconds < user.maxSessionTtlSeconds)) {
                user.maxSessionTtlSeconds = role.maxSessionTtlSeconds;
            }
        }
        user.logins.removeDuplicates();
        user.databaseUsers.removeDuplicates();
        user.databaseNames.removeDuplicates();
        m_users.append(user);
    }
    if (m_users.isEmpty()) {
        *error = u"the configuration defines no users"_s;
        return false;
    }
    return !changed || writePrivateFile(path, QJsonDocument(QJsonObject{{u"users"_s, secrets}}).toJson(), error);
}

const SandboxUser *UserStore::find(const QString &name) const
{
    const auto user = std::find_if(m_users.cbegin(), m_users.cend(), [&](const SandboxUser &candidate) {
        return candidate.name == name;
    });
    return user == m_users.cend() ? nullptr : &*user;
}

bool UserStore::mayAccess(const QString &name, ResourceKind kind, const QHash<QString, QString> &labels) const
{
    const SandboxUser *user = find(name);
    if (!user) {
        return false;
    }
    return std::any_of(user->roles.cbegin(), user->roles.cend(), [&](const QString &role) {
        const auto spec = m_roles.constFind(role);
        // A role without labels for a kind reaches nothing of it, as in Teleport.
        return spec != m_roles.cend() && labelsMatch(spec->labelsFor(kind), labels);
    });
}

QStringList UserStore::loginsOf(const QString &name) const
{
    const SandboxUser *user = find(name);
    return user ? user->logins : QStringList();
}

UserStore::Verdict UserStore::authenticate(const QString &name, const QString &password, const QString &otp, const QDateTime &now)
{
    // One message for every wrong credential, as Teleport gives: it tells an attacker nothing.
    static const QString invalid = u"invalid username, password or second factor"_s;
    const std::lock_guard lock(m_mutex);
    const SandboxUser *user = find(name);
    if (!user) {
        return {nullptr, invalid};
    }
    if (m_lockedUntil.value(name) > now) {
        return {nullptr, u"too many incorrect attempts, please try again later"_s};
    }

    bool good = sameSecret(password, user->password);
    const qint64 step = now.toSecsSinceEpoch() / 30;
    qint64 acceptedStep = -1;
    if (good) {
        good = false;
        for (const qint64 candidate : {step - 1, step, step + 1}) { // a step of clock skew either way
            if (sameSecret(otp, totpCode(user->totpSecret, candidate)) && candidate > m_lastTotpStep.value(name, -1)) {
                acceptedStep = candidate;
                good = true;
                break;
            }
        }
    }
    if (!good) {
        QList<QDateTime> &failures = m_failures[name];
        failures.append(now);
        failures.removeIf([&](const QDateTime &at) {
            return at.secsTo(now) > LockMinutes * 60;
        });
        if (failures.size() >= MaxLoginAttempts) {
            m_lockedUntil.insert(name, now.addSecs(LockMinutes * 60));
            failures.clear();
            return {nullptr, u"too many incorrect attempts, please try again later"_s};
        }
        return {nullptr, invalid};
    }
    m_failures.remove(name);
    m_lastTotpStep.insert(name, acceptedStep);
    return {user, {}};
}

} // namespace Teleterm::Sandbox
