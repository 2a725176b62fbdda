// The desktop's colour scheme and contrast, read from the XDG desktop portal over a real D-Bus
// daemon (a private one). No desktop runs here, so the portal's Settings interface is served by
// this test, as xdg-desktop-portal serves it: Read() answers the value wrapped twice, unknown keys
// are an error, and changes come as SettingChanged signals.
#include "systemappearance.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Teleterm::Models::SystemAppearance;

namespace
{

const QString PortalService = u"org.freedesktop.portal.Desktop"_s;
const QString PortalPath = u"/org/freedesktop/portal/desktop"_s;
const QString SettingsInterface = u"org.freedesktop.portal.Settings"_s;
const QString AppearanceGroup = u"org.freedesktop.appearance"_s;

} // namespace

// The portal's org.freedesktop.portal.Settings, holding what the test sets.
class Portal : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    QVariantMap values; // key in org.freedesktop.appearance -> value

public Q_SLOTS:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        if (group != AppearanceGroup || !values.contains(key)) {
            sendErrorReply(u"org.freedesktop.portal.Error.NotFound"_s, u"Requested setting not found"_s);
            return {};
        }
        return QDBusVariant(QVariant::fromValue(QDBusVariant(values.value(key))));
    }
};

class TestSystemAppearance : public QObject
{
    Q_OBJECT

    QProcess m_bus;
    QString m_address;

    // A connection of its own to the test's bus.
    QDBusConnection connect(const QString &name) const
    {
        return QDBusConnection::connectToBus(m_address, name);
    }

    // Says on the bus, as the portal does, that a setting changed.
    static bool announce(QDBusConnection &bus, const QString &key, const QVariant &value)
    {
        QDBusMessage signal = QDBusMessage::createSignal(PortalPath, SettingsInterface, u"SettingChanged"_s);
        signal << AppearanceGroup << key << QVariant::fromValue(QDBusVariant(value));
        return bus.send(signal);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY2(m_bus.waitForStarted(10000), "dbus-daemon (Debian's dbus-daemon package) did not start");
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(m_address.startsWith("unix:"_L1));
    }

    void cleanupTestCase()
    {
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }

    void followsTheDesktop()
    {
        QDBusConnection portalBus = connect(u"portal"_s);
        QVERIFY(portalBus.isConnected());
        Portal portal;
        portal.values = {{u"color-scheme"_s, 1u}, {u"contrast"_s, 0u}};
        QVERIFY(portalBus.registerObject(PortalPath, &portal, QDBusConnection::ExportAllSlots));
        QVERIFY(portalBus.registerService(PortalService));

        SystemAppearance appearance(connect(u"window"_s));
        QTRY_VERIFY(appearance.available());
        QTRY_COMPARE(appearance.colorScheme(), SystemAppearance::Dark);
        QVERIFY(!appearance.highContrast());

        // The desktop changes its mind, and the window follows without asking again.
        QSignalSpy changed(&appearance, &SystemAppearance::changed);
        QVERIFY(announce(portalBus, u"color-scheme"_s, 2u));
        QTRY_COMPARE(appearance.colorScheme(), SystemAppearance::Light);
        QVERIFY(announce(portalBus, u"contrast"_s, 1u));
        QTRY_VERIFY(appearance.highContrast());
        QVERIFY(announce(portalBus, u"color-scheme"_s, 0u));
        QTRY_COMPARE(appearance.colorScheme(), SystemAppearance::NoPreference);
        QCOMPARE(changed.size(), 3);
        // Another group's setting is none of its business.
        QDBusMessage other = QDBusMessage::createSignal(PortalPath, SettingsInterface, u"SettingChanged"_s);
        other << u"org.gnome.desktop.interface"_s << u"color-scheme"_s << QVariant::fromValue(QDBusVariant(1u));
        QVERIFY(portalBus.send(other));
        QTest::qWait(300);
        QCOMPARE(appearance.colorScheme(), SystemAppearance::NoPreference);

        // Gone from the bus before the next case.
        QVERIFY(portalBus.unregisterService(PortalService));
        portalBus.unregisterObject(PortalPath);
    }

    // A desktop without the portal: nothing to follow, and nothing waits for it.
    void noPortal()
    {
        SystemAppearance appearance(connect(u"alone"_s));
        QSignalSpy changed(&appearance, &SystemAppearance::changed);
        QTest::qWait(500);
        QVERIFY(!appearance.available());
        QCOMPARE(appearance.colorScheme(), SystemAppearance::NoPreference);
        QCOMPARE(changed.size(), 0);
    }

    // A portal that answers nonsense: ignored, with a line in the log, and no harm done.
    void garbledAnswers()
    {
        QDBusConnection portalBus = connect(u"garbled"_s);
        Portal portal;
        portal.values = {{u"color-scheme"_s, u"dark"_s}, {u"contrast"_s, QStringList{u"x"_s}}};
        QVERIFY(portalBus.registerObject(PortalPath, &portal, QDBusConnection::ExportAllSlots));
        QVERIFY(portalBus.registerService(PortalService));
        SystemAppearance appearance(connect(u"reader"_s));
        QTRY_VERIFY(appearance.available());
        QTest::qWait(200);
        QCOMPARE(appearance.colorScheme(), SystemAppearance::NoPreference);
        QVERIFY(!appearance.highContrast());
        // A later, sane signal still counts.
        QVERIFY(announce(portalBus, u"color-scheme"_s, 1u));
        QTRY_COMPARE(appearance.colorScheme(), SystemAppearance::Dark);
        QVERIFY(portalBus.unregisterService(PortalService));
        portalBus.unregisterObject(PortalPath);
    }
};

QTEST_GUILESS_MAIN(TestSystemAppearance)
#include "tst_systemappearance.moc"
