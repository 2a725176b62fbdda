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

QStringList toStrings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        out << item.toString();
    }
    return out;
}

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

// "access" reaches every node, "dev" the nodes labelled env=dev.
QJsonObject defaultRoles()
{
    return {
        {u"access"_s, QJsonObject{{u"node_labels"_s, QJsonObject{{u"*"_s, QJsonArray{u"*"_s}}}}}},
        {u"dev"_s, QJsonObject{{u"node_labels"_s, QJsonObject{{u"env"_s, QJsonArray{u"dev"_s}}}}}},
    };
}

} // namespace

bool UserStore::loadOrCreate(const QString &path, const QString &defaultLogin, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        const auto newUser = [&](const QString &name, const QString &role) {
            return QJsonObject{
                {u"name"_s, name},
                {u"password"_s, base32Encode(randomBytes(10)).toLower()},
                {u"totp_secret"_s, QString::fromLatin1(randomBytes(20).toBase64())},
                {u"roles"_s, QJsonArray{role}},
                {u"logins"_s, QJsonArray{defaultLogin}},
                {u"db_users"_s, QJsonArray{name}},
            };
        };
        const QJsonArray users{newUser(u"alice"_s, u"access"_s), newUser(u"bob"_s, u"dev"_s)};
        if (!writePrivateFile(path, QJsonDocument(QJsonObject{{u"users"_s, users}, {u"roles"_s, defaultRoles()}}).toJson(), error)) {
            return false;
        }
    }
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
    for (const QJsonValue &value : users) {
        const QJsonObject user = value.toObject();
        m_users.append({user.value(u"name"_s).toString(),
                        user.value(u"password"_s).toString(),
                        QByteArray::fromBase64(user.value(u"totp_secret"_s).toString().toLatin1()),
                        toStrings(user.value(u"roles"_s)),
                        toStrings(user.value(u"logins"_s)),
                        toStrings(user.value(u"db_users"_s))});
    }
    if (m_users.isEmpty()) {
        *error = u"%1 defines no users"_s.arg(path);
        return false;
    }
    // A users.json from before roles were written down gets the built-in ones.
    const QJsonObject roles = document.object().contains(u"roles"_s) ? document.object().value(u"roles"_s).toObject() : defaultRoles();
    for (auto role = roles.constBegin(); role != roles.constEnd(); ++role) {
        const QJsonObject labels = role.value().toObject().value(u"node_labels"_s).toObject();
        QHash<QString, QStringList> &allowed = m_nodeLabels[role.key()];
        for (auto label = labels.constBegin(); label != labels.constEnd(); ++label) {
            allowed.insert(label.key(), toStrings(label.value()));
        }
    }
    return true;
}

const SandboxUser *UserStore::find(const QString &name) const
{
    const auto user = std::find_if(m_users.cbegin(), m_users.cend(), [&](const SandboxUser &candidate) {
        return candidate.name == name;
    });
    return user == m_users.cend() ? nullptr : &*user;
}

bool UserStore::mayReach(const QString &name, const QHash<QString, QString> &nodeLabels) const
{
    const SandboxUser *user = find(name);
    if (!user) {
        return false;
    }
    return std::any_of(user->roles.cbegin(), user->roles.cend(), [&](const QString &role) {
        const auto allowed = m_nodeLabels.constFind(role);
        if (allowed == m_nodeLabels.cend() || allowed->isEmpty()) {
            return false; // a role without node_labels reaches no node, as in Teleport
        }
        for (auto label = allowed->cbegin(); label != allowed->cend(); ++label) {
            if (label.key() == u'*' && label.value().contains(u"*"_s)) {
                continue;
            }
            const auto value = nodeLabels.constFind(label.key());
            if (value == nodeLabels.cend() || !(label.value().contains(*value) || label.value().contains(u"*"_s))) {
                return false;
            }
        }
        return true;
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
