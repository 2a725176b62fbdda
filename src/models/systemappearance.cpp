#include "systemappearance.h"

#include "modelslogging.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

using namespace Qt::StringLiterals;

namespace Teleterm::Models
{

namespace
{

const QString Service = u"org.freedesktop.portal.Desktop"_s;
const QString Path = u"/org/freedesktop/portal/desktop"_s;
const QString Interface = u"org.freedesktop.portal.Settings"_s;
const QString Appearance = u"org.freedesktop.appearance"_s;
const QString ColorSchemeKey = u"color-scheme"_s;
const QString ContrastKey = u"contrast"_s;

// Read() answers a variant holding the value's variant (the portal's older signature); ReadOne()
// and the signal give the value's variant. Either way, down to the value.
QVariant unwrap(QVariant value)
{
    for (int depth = 0; depth < 3 && value.metaType() == QMetaType::fromType<QDBusVariant>(); ++depth) {
        value = value.value<QDBusVariant>().variant();
    }
    return value;
}

} // namespace

SystemAppearance::SystemAppearance(const QDBusConnection &bus)
    : m_bus(bus)
{
    if (!m_bus.isConnected()) {
        qCInfo(TELETERM_MODELS) << "no session bus: the theme follows the platform's palette";
        return;
    }
    if (!m_bus.connect(Service, Path, Interface, u"SettingChanged"_s, this, SLOT(settingChanged(QDBusMessage)))) {
        qCWarning(TELETERM_MODELS).noquote() << "desktop portal: cannot follow its changes:" << m_bus.lastError().message();
    }
    read(ColorSchemeKey);
    read(ContrastKey);
}

SystemAppearance *SystemAppearance::create(QQmlEngine *, QJSEngine *)
{
    return new SystemAppearance(QDBusConnection::sessionBus()); // owned by the engine
}

void SystemAppearance::read(const QString &key)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, u"Read"_s);
    call << Appearance << key;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, key] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *watcher;
        if (reply.isError()) {
            // No portal, or one without this key: nothing to follow.
            qCInfo(TELETERM_MODELS).noquote() << "desktop portal: no" << key << "-" << reply.error().message();
            return;
        }
        if (!m_available) {
            m_available = true;
            Q_EMIT changed();
        }
        apply(key, reply.value().variant());
    });
}

void SystemAppearance::settingChanged(const QDBusMessage &message)
{
    // (namespace, key, value): a slot with those three as parameters does not connect in Qt 6.4,
    // so the message is read here.
    const QVariantList arguments = message.arguments();
    if (arguments.size() != 3) {
        return;
    }
    const QString group = arguments.at(0).toString();
    const QString key = arguments.at(1).toString();
    if (group == Appearance && (key == ColorSchemeKey || key == ContrastKey)) {
        m_available = true;
        apply(key, arguments.at(2));
    }
}

void SystemAppearance::apply(const QString &key, const QVariant &given)
{
    const QVariant value = unwrap(given);
    bool isNumber = false;
    const uint number = value.toUInt(&isNumber);
    if (!isNumber || value.metaType() == QMetaType::fromType<QString>()) {
        qCWarning(TELETERM_MODELS).noquote() << "desktop portal:" << key << "is not a number:" << value.metaType().name() << value.toString();
        return;
    }
    if (key == ColorSchemeKey) {
        const ColorScheme scheme = number == Dark ? Dark : number == Light ? Light : NoPreference;
        if (scheme != m_colorScheme) {
            m_colorScheme = scheme;
            qCInfo(TELETERM_MODELS) << "desktop colour scheme:" << scheme;
            Q_EMIT changed();
        }
    } else if (key == ContrastKey) {
        const bool high = number == 1;
        if (high != m_highContrast) {
            m_highContrast = high;
            qCInfo(TELETERM_MODELS) << "desktop high contrast:" << high;
            Q_EMIT changed();
        }
    }
}

} // namespace Teleterm::Models
