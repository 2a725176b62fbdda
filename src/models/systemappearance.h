#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace Teleterm::Models
{

// The desktop's own preferences for how applications look, as the XDG desktop portal tells them
// (org.freedesktop.portal.Settings, namespace org.freedesktop.appearance): a dark or light colour
// scheme and high contrast, read once and then followed as the desktop changes them. Desktops
// without the portal leave NoPreference, and the theme falls back on the platform's palette. The
// calls are asynchronous: the window never waits on the bus.
class SystemAppearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(ColorScheme colorScheme READ colorScheme NOTIFY changed)
    Q_PROPERTY(bool highContrast READ highContrast NOTIFY changed)
    // Whether a portal answered at all.
    Q_PROPERTY(bool available READ available NOTIFY changed)

public:
    // The portal's values.
    enum ColorScheme {
        NoPreference = 0,
        Dark = 1,
        Light = 2,
    };
    Q_ENUM(ColorScheme)

    // On `bus` (the session bus by default; a test's own bus in the tests).
    explicit SystemAppearance(const QDBusConnection &bus);
    static SystemAppearance *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] ColorScheme colorScheme() const
    {
        return m_colorScheme;
    }
    [[nodiscard]] bool highContrast() const
    {
        return m_highContrast;
    }
    [[nodiscard]] bool available() const
    {
        return m_available;
    }

Q_SIGNALS:
    void changed();

private Q_SLOTS:
    void settingChanged(const QDBusMessage &message);

private:
    void read(const QString &key);
    void apply(const QString &key, const QVariant &value);

    QDBusConnection m_bus;
    ColorScheme m_colorScheme = NoPreference;
    bool m_highContrast = false;
    bool m_available = false;
};

} // namespace Teleterm::Models
