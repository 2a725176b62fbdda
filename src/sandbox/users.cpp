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

} // namespace

bool UserStore::loadOrCreate(const QString &path, const QString &defaultLogin, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        const QJsonArray users{QJsonObject{
            {u"name"_s, u"alice"_s},
            {u"password"_s, base32Encode(randomBytes(10)).toLower()},
            {u"totp_secret"_s, QString::fromLatin1(randomBytes(20).toBase64())},
            {u"roles"_s, QJsonArray{u"access"_s}},
            {u"logins"_s, QJsonArray{defaultLogin}},
            {u"db_users"_s, QJsonArray{u"alice"_s}},
        }};
        if (!writePrivateFile(path, QJsonDocument(QJsonObject{{u"users"_s, users}}).toJson(), error)) {
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
    return true;
}

QStringList UserStore::loginsOf(const QString &name) const
{
    for (const SandboxUser &user : m_users) {
        if (user.name == name) {
            return user.logins;
        }
    }
    return {};
}

UserStore::Verdict UserStore::authenticate(const QString &name, const QString &password, const QString &otp, const QDateTime &now)
{
    // One message for every wrong credential, as Teleport gives: it tells an attacker nothing.
    static const QString invalid = u"invalid username, password or second factor"_s;
    const std::lock_guard lock(m_mutex);
    const auto user = std::find_if(m_users.cbegin(), m_users.cend(), [&](const SandboxUser &candidate) {
        return candidate.name == name;
    });
    if (user == m_users.cend()) {
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
    return {&*user, {}};
}

} // namespace Teleterm::Sandbox
