// The window, in this process, against the real daemon of this build: it starts the daemon, shows
// the first-run view, recovers when the daemon is killed, and looks like something in light and dark.
// A screen reader finds a name for every control of every view, and the keyboard alone reaches
// every action. Then the real `teleterm` executable finds the daemon that is already running.
#include "catalogue.h"
#include "daemonclient.h"
#include "documentsmodel.h"
#include "paths.h"
#include "ptyhostclient.h"
#include "ptysession.h"
#include "sandboxprocess.h"
#include "scratchruntime.h"
#include "terminalview.h"
#include "windowfixture.h"

#include <QAccessible>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <csignal>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using Teleterm::Backend::DaemonClient;
using namespace Teleterm::Test;

namespace
{

// How much of the picture is its most common colour, and how many colours it has.
struct ColourCount {
    double dominantShare = 1.0;
    int distinct = 0;
};

ColourCount countColours(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            ++counts[image.pixel(x, y)];
        }
    }
    int dominant = 0;
    for (const int count : std::as_const(counts)) {
        dominant = std::max(dominant, count);
    }
    return {double(dominant) / double(image.width() * image.height()), int(counts.size())};
}

} // namespace

class TestWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScratchRuntime> m_runtime;
    SandboxProcess m_sandbox;
    std::unique_ptr<DaemonClient> m_daemon;
    std::unique_ptr<Teleterm::Backend::PtyHostClient> m_ptyHost;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    // The visual tree is what counts (a control's contentItem need not be its QObject child).
    static QQuickItem *findItem(QQuickItem *parent, const QString &objectName)
    {
        const QList<QQuickItem *> children = parent->childItems();
        for (QQuickItem *child : children) {
            if (child->objectName() == objectName) {
                return child;
            }
            if (QQuickItem *found = findItem(child, objectName)) {
                return found;
            }
        }
        return nullptr;
    }

    QQuickItem *item(const char *objectName) const
    {
        QQuickItem *found = findItem(m_window->contentItem(), QString::fromLatin1(objectName));
        if (!found) {
            qWarning("no item named %s in the window", objectName);
        }
        return found;
    }

    QImage screenshot(const QString &name) const
    {
        const QImage image = m_window->grabWindow();
        const QString dir = QStringLiteral(TELETERM_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        image.save(dir + u'/' + name);
        return image;
    }

    // NAME-light.png, NAME-dark.png and NAME-high-contrast.png; the window is left light.
    void screenshotsInBothThemes(const QString &name) const
    {
        QObject *themeObject = theme();
        QVERIFY(themeObject);
        for (const bool dark : {false, true}) {
            themeObject->setProperty("dark", dark);
            QTest::qWait(100);
            screenshot(name + (dark ? "-dark.png"_L1 : "-light.png"_L1));
        }
        themeObject->setProperty("highContrast", true);
        QTest::qWait(100);
        screenshot(name + "-high-contrast.png"_L1);
        themeObject->setProperty("highContrast", false);
        themeObject->setProperty("dark", false);
    }

    // One of the window's singletons, reached the way QML reaches it.
    QObject *singleton(const QByteArray &module, const QByteArray &name) const
    {
        QQmlComponent component(m_engine.get());
        component.setData("import QtQml\nimport " + module + "\nQtObject { readonly property QtObject it: " + name + " }", QUrl());
        const std::unique_ptr<QObject> probe(component.create());
        if (!probe) {
            qWarning() << component.errors();
            return nullptr;
        }
        return probe->property("it").value<QObject *>();
    }
    QObject *theme() const
    {
        return singleton("Teleterm.Ui", "Theme");
    }

    void typeInto(const char *objectName, const QString &text)
    {
        QQuickItem *field = item(objectName);
        QVERIFY(field);
        field->setProperty("text", QString());
        field->forceActiveFocus();
        for (const QChar c : text) {
            QTest::keyClick(m_window, c.toLatin1());
        }
        QCOMPARE(field->property("text").toString(), text);
    }
    void click(QQuickItem *target) const
    {
        QVERIFY(target);
        QTest::mouseClick(m_window, Qt::LeftButton, {}, target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint());
    }

    // Every item named so, depth first.
    static void findItems(QQuickItem *parent, const QString &objectName, QList<QQuickItem *> *found)
    {
        const QList<QQuickItem *> children = parent->childItems();
        for (QQuickItem *child : children) {
            if (child->objectName() == objectName) {
                found->append(child);
            }
            findItems(child, objectName, found);
        }
    }

    Teleterm::Models::DocumentsModel *documents() const
    {
        auto *model = m_window->findChild<Teleterm::Models::DocumentsModel *>();
        Q_ASSERT(model);
        return model;
    }

    // The tabs in order, each as what it shows: a cluster's uri, a terminal's PTY (as restored).
    QStringList tabKeys() const
    {
        using Teleterm::Models::DocumentsModel;
        QStringList keys;
        for (int row = 0; row < documents()->count(); ++row) {
            const QModelIndex index = documents()->index(row);
            switch (documents()->data(index, DocumentsModel::KindRole).value<DocumentsModel::Kind>()) {
            case DocumentsModel::Kind::Welcome:
                keys << u"welcome"_s;
                break;
            case DocumentsModel::Kind::Settings:
                keys << u"settings"_s;
                break;
            case DocumentsModel::Kind::Resources:
            case DocumentsModel::Kind::Gateway:
                keys << documents()->data(index, DocumentsModel::UriRole).toString();
                break;
            case DocumentsModel::Kind::Terminal: {
                const QString pty = documents()->data(index, DocumentsModel::PtyIdRole).toString();
                keys << u"pty "_s + (pty.isEmpty() ? documents()->data(index, DocumentsModel::SavedPtyIdRole).toString() : pty);
                break;
            }
            }
        }
        return keys;
    }

    // The first terminal tab that was opened as `tag` ("shell", "ssh"), -1 when none.
    int rowOfTerminal(const QString &tag) const
    {
        for (int row = 0; row < documents()->count(); ++row) {
            if (documents()->data(documents()->index(row), Teleterm::Models::DocumentsModel::LaunchRole).toMap().value(u"tag"_s) == tag) {
                return row;
            }
        }
        return -1;
    }

    // The notice over the terminal in front, if one shows.
    QQuickItem *noticeShown() const
    {
        QList<QQuickItem *> notices;
        findItems(m_window->contentItem(), u"terminalNotice"_s, &notices);
        const auto shown = std::find_if(notices.cbegin(), notices.cend(), [](QQuickItem *notice) {
            return notice->isVisible();
        });
        return shown == notices.cend() ? nullptr : *shown;
    }
    QString visibleNotice() const
    {
        return noticeShown() ? noticeShown()->property("text").toString() : QString();
    }
    // The buttons of the notice shown ("OK", "Start again", "Connect again").
    QList<QQuickItem *> noticeActions() const
    {
        QList<QQuickItem *> actions;
        findItems(noticeShown(), u"bannerAction"_s, &actions);
        return actions;
    }

    // The window goes (as on F6, or a crash) and a new one starts, with the same daemon and host.
    void restartWindow()
    {
        m_window = nullptr;
        QVERIFY((m_window = loadWindow(m_engine)) != nullptr);
    }

    // The first item so named that shows, under `parent` (the window's content when null).
    QQuickItem *visibleItem(const QString &objectName, QQuickItem *parent = nullptr) const
    {
        QList<QQuickItem *> found;
        findItems(parent ? parent : m_window->contentItem(), objectName, &found);
        const auto shown = std::find_if(found.cbegin(), found.cend(), [](QQuickItem *candidate) {
            return candidate->isVisible() && candidate->width() > 0;
        });
        return shown == found.cend() ? nullptr : *shown;
    }

    // Types into the input of an ApplyField (the gateway's port, its database name) and applies.
    void applyInField(QQuickItem *field, const QString &text)
    {
        QVERIFY(field);
        QQuickItem *input = findItem(field, u"applyInput"_s);
        QVERIFY(input);
        input->forceActiveFocus();
        QMetaObject::invokeMethod(input, "selectAll");
        for (const QChar c : text) {
            QTest::keyClick(m_window, c.toLatin1());
        }
        QCOMPARE(input->property("text").toString(), text);
        QQuickItem *apply = findItem(field, u"applyButton"_s);
        QTRY_VERIFY(apply->isEnabled());
        click(apply);
    }

    // A loopback port nothing listens on now.
    static QString freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? QString::number(probe.serverPort()) : QString();
    }

    // The gateway tab in front: its port as shown.
    QString shownPort() const
    {
        QQuickItem *page = visibleItem(u"gatewayPage"_s);
        QQuickItem *port = page ? findItem(page, u"gatewayPort"_s) : nullptr;
        QQuickItem *input = port ? findItem(port, u"applyInput"_s) : nullptr;
        return input ? input->property("text").toString() : QString();
    }

    QString shownText(const char *objectName, QQuickItem *parent = nullptr) const
    {
        QQuickItem *found = visibleItem(QString::fromLatin1(objectName), parent);
        return found ? found->property("text").toString() : QString();
    }

    // The sidebar alone, light and dark.
    void sidebarScreenshots(const QString &name) const
    {
        QObject *themeObject = theme();
        QVERIFY(themeObject);
        QQuickItem *sidebar = item("sidebar");
        QVERIFY(sidebar);
        const QRectF area = sidebar->mapRectToScene(QRectF(0, 0, sidebar->width(), sidebar->height()));
        const qreal ratio = m_window->devicePixelRatio();
        for (const bool dark : {false, true}) {
            themeObject->setProperty("dark", dark);
            QTest::qWait(100);
            const QImage image = m_window->grabWindow();
            const QString dir = QStringLiteral(TELETERM_SCREENSHOT_DIR);
            QDir().mkpath(dir);
            image.copy(QRectF(area.topLeft() * ratio, area.size() * ratio).toRect()).save(dir + u'/' + name + (dark ? "-dark.png"_L1 : "-light.png"_L1));
        }
        themeObject->setProperty("dark", false);
    }

    // What a screen reader finds in the window: the controls that show, each by its name.
    struct AccessibleTree {
        // Controls without a name: "Role Type 'objectName'" (of the item or its nearest named parent).
        QStringList unnamed;
        // Indicators (state dots) whose meaning is not told.
        QStringList undescribed;
        QStringList names;
    };

    // The roles of what a person acts on (or reads a state from): each needs a name.
    static bool needsName(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::PushButton: // and QAccessible::Button, its other name
        case QAccessible::ButtonMenu:
        case QAccessible::ButtonDropDown:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::MenuItem:
        case QAccessible::EditableText:
        case QAccessible::PageTab:
        case QAccessible::ListItem:
        case QAccessible::Row:
        case QAccessible::Indicator:
        case QAccessible::AlertMessage:
        case QAccessible::Terminal:
            return true;
        default:
            return false;
        }
    }

    // Qt's own scroll indicator (in a menu) says where the view is, not a state: it needs no name.
    static bool isScrollIndicator(QAccessibleInterface *interface)
    {
        return interface->object() && interface->object()->inherits("QQuickScrollIndicator");
    }

    static QString describeAccessible(QAccessibleInterface *interface)
    {
        const char *role = QMetaEnum::fromType<QAccessible::Role>().valueToKey(interface->role());
        QObject *object = interface->object();
        QString type = object ? QString::fromLatin1(object->metaObject()->className()) : u"?"_s;
        type = type.left(type.indexOf("_QMLTYPE_"_L1)); // a QML type's C++ class name ends so
        QString named;
        for (auto *at = qobject_cast<QQuickItem *>(object); at && named.isEmpty(); at = at->parentItem()) {
            named = at->objectName();
        }
        return u"%1 %2 '%3'"_s.arg(QString::fromLatin1(role ? role : "?"), type, named);
    }

    // The name a screen reader hears. A button without one of its own is named after its text by
    // Qt, but only once a screen reader is connected (QAccessible::isActive(), which takes the
    // AT-SPI bus a test machine does not run): until then, the text is the name, as Qt would make it.
    // Qt 6.4 says no name at all for a password field (its Accessible.name reads empty while
    // passwordEdit is set): the description (its placeholder) is all it can carry.
    static QString accessibleName(QAccessibleInterface *interface)
    {
        const QString name = interface->text(QAccessible::Name).trimmed();
        QObject *object = interface->object();
        if (name.isEmpty() && !QAccessible::isActive() && object && object->inherits("QQuickAbstractButton")) {
            return object->property("text").toString().trimmed();
        }
        if (name.isEmpty() && interface->state().passwordEdit) {
            return interface->text(QAccessible::Description).trimmed();
        }
        return name;
    }

    // Walks the window's accessibility tree (its popups too), as a screen reader does.
    AccessibleTree accessibleTree() const
    {
        QAccessible::setActive(true); // the controls make their accessible side
        AccessibleTree tree;
        const std::function<void(QAccessibleInterface *)> visit = [&](QAccessibleInterface *interface) {
            if (!interface || interface->state().invisible) {
                return;
            }
            const QAccessible::Role role = interface->role();
            const QString name = accessibleName(interface);
            if (!name.isEmpty()) {
                tree.names << name;
            } else if (needsName(role) && !isScrollIndicator(interface)) {
                tree.unnamed << describeAccessible(interface);
            }
            if (role == QAccessible::Indicator && interface->text(QAccessible::Description).trimmed().isEmpty() && !isScrollIndicator(interface)) {
                tree.undescribed << describeAccessible(interface);
            }
            for (int i = 0; i < interface->childCount(); ++i) {
                visit(interface->child(i));
            }
        };
        visit(QAccessible::queryAccessibleInterface(m_window));
        return tree;
    }

    // The tree of the view shown has a name for each control, and these among them.
    void verifyNamed(const QString &view, const QStringList &expected) const
    {
        const AccessibleTree tree = accessibleTree();
        QVERIFY2(tree.unnamed.isEmpty(), qPrintable(view + u": no name for "_s + tree.unnamed.join(u"; "_s)));
        QVERIFY2(tree.undescribed.isEmpty(), qPrintable(view + u": no description for "_s + tree.undescribed.join(u"; "_s)));
        for (const QString &name : expected) {
            QVERIFY2(tree.names.contains(name), qPrintable(u"%1: no control named '%2' among: %3"_s.arg(view, name, tree.names.join(u" | "_s))));
        }
    }

    QQuickItem *focused() const
    {
        return m_window->activeFocusItem();
    }
    QString focusedName() const
    {
        QQuickItem *item = focused();
        return item ? item->objectName() : QString();
    }
    // A property of what has the focus ("text" of a menu entry, "displayName" of a row), as a string.
    QString focusedProperty(const char *name) const
    {
        QQuickItem *item = focused();
        return item ? item->property(name).toString() : QString();
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_window, key, modifiers);
    }
    static QString accessibleName(QObject *object)
    {
        QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(object);
        return interface ? accessibleName(interface) : QString();
    }

    // The first cluster's resources, searched for demo-postgres, and its Connect menu opened.
    void openDemoPostgresConnectMenu()
    {
        QList<QQuickItem *> clusters;
        findItems(item("sidebar"), u"clusterRow"_s, &clusters);
        QVERIFY(!clusters.isEmpty());
        click(clusters.first());
        QTRY_VERIFY(item("resourceList") && item("resourceList")->isVisible());
        typeInto("resourceSearch", u"demo-postgres"_s);
        QTRY_COMPARE_WITH_TIMEOUT(item("resourceList")->property("count").toInt(), 1, 20000);
        QQuickItem *connect = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((connect = visibleItem(u"connectButton"_s, item("resourceList"))) != nullptr, 10000);
        click(connect);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_runtime = std::make_unique<ScratchRuntime>();
        QVERIFY(m_runtime->isValid());
        // A cluster to add: the sandbox.
        QVERIFY(m_sandbox.start(m_runtime->root() + "/sandbox"_L1));
        m_daemon = daemonFor(m_sandbox);
        m_ptyHost = ptyHostClient();
        QVERIFY((m_window = loadWindow(m_engine)) != nullptr);
        m_daemon->start();
        m_ptyHost->start();
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_ptyHost.reset();
        m_daemon.reset();
        m_sandbox.stop();
        m_runtime.reset(); // kills what the test left running
    }

    void startsTheDaemon()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon->state(), DaemonClient::State::Connected, 15000);
        const QString socket = m_runtime->runtimeDir() + "/daemon.sock"_L1;
        QCOMPARE(m_daemon->socketPath(), socket);
        QVERIFY(m_daemon->pid() > 0);
        QCOMPARE(lockHolder(socket), m_daemon->pid());
        QCOMPARE(m_daemon->version(), QStringLiteral(TELETERM_VERSION));
        QCOMPARE(m_daemon->restarts(), 0);
        QVERIFY(!m_daemon->insecure());
        QVERIFY(item("statusLabel"));
        QTRY_VERIFY(item("statusLabel")->property("text").toString().contains(QString::number(m_daemon->pid())));
    }

    void showsTheFirstRunView()
    {
        for (const char *name : {"welcomePage", "proxyAddressField", "addClusterButton", "sidebar", "tabBar", "insecureBanner", "daemonBanner"}) {
            QVERIFY2(item(name), name);
        }
        QVERIFY(item("welcomePage")->isVisible());
        QVERIFY(item("proxyAddressField")->isVisible());
        QVERIFY(item("addClusterButton")->isVisible());
        QVERIFY(!item("addClusterButton")->isEnabled()); // nothing typed yet
        QVERIFY(item("sidebar")->isVisible());
        QVERIFY(item("tabBar")->isVisible());
        QVERIFY(!item("insecureBanner")->isVisible());
        QVERIFY(!item("daemonBanner")->isVisible());
    }

    void screenshotsAreNotBlank()
    {
        QObject *themeObject = theme();
        QVERIFY(themeObject);
        for (const bool dark : {false, true}) {
            themeObject->setProperty("dark", dark);
            QTest::qWait(50);
            const QImage image = screenshot(dark ? u"window-dark.png"_s : u"window-light.png"_s);
            QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
            const ColourCount colours = countColours(image);
            QVERIFY2(colours.distinct > 16, qPrintable(u"only %1 colours"_s.arg(colours.distinct)));
            QVERIFY2(colours.dominantShare < 0.95, qPrintable(u"%1 of the window is one colour"_s.arg(colours.dominantShare)));
            // The content area's corner is the theme's background, light or dark as asked.
            const QColor corner = image.pixelColor(image.width() - 4, image.height() - 4);
            QCOMPARE(corner.lightnessF() < 0.5, dark);
        }
        themeObject->setProperty("dark", false);
    }

    void aProxyThatDoesNotAnswerIsExplained()
    {
        typeInto("proxyAddressField", u"127.0.0.1:1"_s);
        QTRY_VERIFY(item("addClusterButton")->isEnabled());
        click(item("addClusterButton"));
        QTRY_VERIFY_WITH_TIMEOUT(item("addClusterFailure")->isVisible(), 20000);
        QVERIFY2(item("addClusterFailure")->property("text").toString().contains(u"Nothing accepts connections at 127.0.0.1:1"_s),
                 qPrintable(item("addClusterFailure")->property("text").toString()));
        screenshotsInBothThemes(u"first-run-unreachable"_s);

        // In German, the daemon's reason is German too: the window names its language in every call.
        QObject *localization = singleton("Teleterm.Models", "Localization");
        QVERIFY(localization);
        const QVariant chosen = localization->property("language");
        const auto restore = qScopeGuard([&] {
            localization->setProperty("language", chosen);
        });
        // Asks again in `language`: the daemon's reason comes in it, standing alone (the daemon
        // words it to follow a lead-in), so with a capital where the script has them.
        const auto refusedIn = [&](const QString &language) {
            localization->setProperty("language", language);
            click(item("addClusterButton"));
            QString said = serviceText(language, "nothing accepts connections at %1").arg(u"127.0.0.1:1"_s);
            if (said.isEmpty()) {
                return false;
            }
            said[0] = said[0].toUpper();
            return QTest::qWaitFor(
                [&] {
                    return item("addClusterFailure")->property("text").toString().contains(said);
                },
                20000);
        };
        QVERIFY2(refusedIn(u"de"_s), qPrintable(item("addClusterFailure")->property("text").toString()));
        // What C++ translates as it is read follows too: the start page's tab, the daemon's status.
        const QString welcome = QCoreApplication::translate("Teleterm::Models::DocumentsModel", "Welcome", "the title of the start page's tab");
        const QString running =
            QCoreApplication::translate("Teleterm::Backend::DaemonClient", "Daemon %1 running (pid %2)").arg(m_daemon->version()).arg(m_daemon->pid());
        QVERIFY(welcome != "Welcome"_L1 && !running.contains("running"_L1));
        QCOMPARE(item("documentTab")->property("text").toString(), welcome);
        QCOMPARE(item("statusLabel")->property("text").toString(), running);
        screenshot(u"first-run-unreachable-german-light.png"_s);

        // Arabic, right to left, with the address kept left to right inside it.
        QVERIFY2(refusedIn(u"ar"_s), qPrintable(item("addClusterFailure")->property("text").toString()));
        screenshotsInBothThemes(u"first-run-unreachable-arabic"_s);
    }

    void recoversWhenTheDaemonIsKilled()
    {
        QCOMPARE(m_daemon->state(), DaemonClient::State::Connected);
        const qint64 old = m_daemon->pid();
        QList<DaemonClient::State> seen;
        connect(m_daemon.get(), &DaemonClient::stateChanged, this, [&] {
            seen << m_daemon->state();
        });

        QCOMPARE(::kill(pid_t(old), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon->state() == DaemonClient::State::Connected && m_daemon->pid() != old, 20000);
        QVERIFY2(seen.contains(DaemonClient::State::Starting), "the window went through restarting the daemon");
        QCOMPARE(m_daemon->restarts(), 1);
        QVERIFY2(m_daemon->lastError().contains(QString::number(old)), qPrintable(m_daemon->lastError()));
        QVERIFY(processAlive(m_daemon->pid()));
        // The same window carries on.
        QCOMPARE(m_engine->rootObjects().constFirst(), m_window);
        QVERIFY(item("welcomePage")->isVisible());
        QVERIFY(item("statusLabel"));
        QTRY_VERIFY(item("statusLabel")->property("text").toString().contains(QString::number(m_daemon->pid())));
        disconnect(m_daemon.get(), &DaemonClient::stateChanged, this, nullptr);
    }

    void addsTheSandboxAndLogsInThroughTheDialog()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon->state(), DaemonClient::State::Connected, 15000);
        typeInto("proxyAddressField", m_sandbox.proxy());
        click(item("addClusterButton"));
        // Added: the login dialog asks who the user is.
        QTRY_VERIFY_WITH_TIMEOUT(item("loginUser") && item("loginUser")->isVisible(), 20000);
        QTRY_VERIFY(item("loginOtp")->isVisible()); // the sandbox asks for a one-time code
        typeInto("loginUser", u"alice"_s);
        typeInto("loginPassword", m_sandbox.user(u"alice"_s).value(u"password"_s).toString());
        // A wrong code first: the dialog says why and stays.
        typeInto("loginOtp", u"000000"_s);
        click(item("loginButton"));
        QTRY_VERIFY_WITH_TIMEOUT(item("loginError")->isVisible(), 20000);
        QVERIFY2(item("loginError")->property("text").toString().contains(u"Invalid username, password or second factor"_s),
                 qPrintable(item("loginError")->property("text").toString()));
        QVERIFY(item("loginPassword")->property("text").toString().isEmpty()); // not kept once sent
        screenshot(u"login-refused-light.png"_s);
        typeInto("loginPassword", m_sandbox.user(u"alice"_s).value(u"password"_s).toString());
        typeInto("loginOtp", m_sandbox.otp(u"alice"_s, 1));
        click(item("loginButton"));

        // Logged in: the cluster's resources, every kind, and the cluster in the sidebar.
        QTRY_VERIFY_WITH_TIMEOUT(item("resourcesPage") && item("resourcesPage")->isVisible(), 20000);
        QQuickItem *list = item("resourceList");
        QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), 2 + 2 + 2 + 2, 20000); // servers, databases, kubes, apps
        QList<QQuickItem *> loginFields; // a closed dialog leaves the scene
        findItems(m_window->contentItem(), u"loginUser"_s, &loginFields);
        QVERIFY(loginFields.isEmpty() || !loginFields.first()->isVisible());
        QList<QQuickItem *> clusters;
        findItems(item("sidebar"), u"clusterRow"_s, &clusters);
        QCOMPARE(clusters.size(), 1);
        QTRY_VERIFY(clusters.first()->property("connected").toBool());
        // The start page went while the dialog was up: the focus goes on into the resources' search.
        QTRY_VERIFY(item("resourceSearch")->hasActiveFocus());
        screenshotsInBothThemes(u"resources"_s);
    }

    void filtersByALabel()
    {
        QList<QQuickItem *> chips;
        findItems(item("resourceList"), u"labelChip"_s, &chips);
        const auto dev = std::find_if(chips.cbegin(), chips.cend(), [](QQuickItem *chip) {
            return chip->property("text").toString() == "env=dev"_L1 && chip->isVisible();
        });
        QVERIFY(dev != chips.cend());
        click(*dev);
        // node-1, demo-postgres, kube-dev and wiki are env=dev; the filter shows as a chip.
        QTRY_COMPARE_WITH_TIMEOUT(item("resourceList")->property("count").toInt(), 4, 20000);
        QTRY_VERIFY(item("activeLabel") && item("activeLabel")->isVisible());
        QCOMPARE(item("activeLabel")->property("text").toString(), u"env=dev"_s);
        screenshot(u"resources-filtered-light.png"_s);
        // A search on top of it, applied by the cluster.
        typeInto("resourceSearch", u"node"_s);
        QTRY_COMPARE_WITH_TIMEOUT(item("resourceList")->property("count").toInt(), 1, 20000);
        // Tapping the active filter takes it away.
        typeInto("resourceSearch", QString());
        click(item("activeLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(item("resourceList")->property("count").toInt(), 8, 20000);
    }

    void offersTheDatabaseUsersTheRolesAllow()
    {
        QQuickItem *kinds = item("kindFilter");
        QVERIFY(kinds);
        kinds->setProperty("currentIndex", 2); // Databases
        // Whatever happens below, the next case starts from all kinds again.
        auto allKinds = qScopeGuard([&] {
            QTest::keyClick(m_window, Qt::Key_Escape);
            kinds->setProperty("currentIndex", 0);
        });
        QTRY_COMPARE_WITH_TIMEOUT(item("resourceList")->property("count").toInt(), 2, 20000);
        // The rows' delegates are laid out after the count changes, not with it.
        QQuickItem *connect = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QList<QQuickItem *> buttons;
                findItems(item("resourceList"), u"connectButton"_s, &buttons);
                const auto visible = std::find_if(buttons.cbegin(), buttons.cend(), [](QQuickItem *button) {
                    return button->isVisible() && button->isEnabled() && button->width() > 0;
                });
                connect = visible == buttons.cend() ? nullptr : *visible;
                return connect != nullptr;
            }(),
            10000);
        click(connect);
        // The users come from the cluster (alice's role: her own name and readonly).
        QStringList offered;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QList<QQuickItem *> choices;
                findItems(m_window->contentItem(), u"connectChoice"_s, &choices);
                offered.clear();
                for (QQuickItem *choice : std::as_const(choices)) {
                    if (choice->isVisible()) {
                        offered << choice->property("text").toString();
                    }
                }
                return !offered.isEmpty();
            }(),
            20000);
        QCOMPARE(offered, (QStringList{u"alice"_s, u"readonly"_s}));
        QTest::qWait(100);
        screenshot(u"database-users-light.png"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        kinds->setProperty("currentIndex", 0);
        allKinds.dismiss();
        QTRY_COMPARE_WITH_TIMEOUT(item("resourceList")->property("count").toInt(), 8, 20000);
    }

    void anOfflineClusterSaysSoAndRecoversByItself()
    {
        m_sandbox.stop();
        typeInto("resourceSearch", u"node"_s);
        QTRY_VERIFY_WITH_TIMEOUT(item("resourcesError") && item("resourcesError")->isVisible(), 30000);
        QVERIFY2(item("resourcesError")->property("text").toString().startsWith(u"Offline: "_s),
                 qPrintable(item("resourcesError")->property("text").toString()));
        // The sidebar says so too.
        QTRY_VERIFY(item("clusterRow")->property("unreachable").toBool());
        screenshotsInBothThemes(u"resources-offline"_s);
        // Back again: the listing comes without anyone pressing anything.
        QVERIFY(m_sandbox.restart());
        QTRY_VERIFY_WITH_TIMEOUT(!item("resourcesError")->isVisible(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(item("resourceList")->property("count").toInt(), 2, 20000);
        QVERIFY(!item("clusterRow")->property("unreachable").toBool());
        typeInto("resourceSearch", QString());
    }

    void theSidebarShowsAClustersServersAndDatabases()
    {
        QTRY_COMPARE_WITH_TIMEOUT(item("resourceList")->property("count").toInt(), 8, 20000);
        click(item("expandCluster"));
        // The sandbox's two servers and two databases; the listed-only servers come after.
        const auto shown = [this] {
            QList<QQuickItem *> entries;
            findItems(item("sidebar"), u"treeResource"_s, &entries);
            QStringList names;
            for (QQuickItem *entry : std::as_const(entries)) {
                if (entry->isVisible()) {
                    names << entry->property("displayName").toString();
                }
            }
            return names;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shown().contains(u"orders-mysql"_s) && shown().contains(u"node-1"_s), 20000);
        QVERIFY2(shown().contains(u"demo-postgres"_s), qPrintable(shown().join(u", "_s)));
        screenshotsInBothThemes(u"sidebar-tree"_s);

        // A database in the tree: the resources tab shows it, among the databases.
        QList<QQuickItem *> entries;
        findItems(item("sidebar"), u"treeResource"_s, &entries);
        const auto orders = std::find_if(entries.cbegin(), entries.cend(), [](QQuickItem *entry) {
            return entry->property("displayName").toString() == "orders-mysql"_L1;
        });
        QVERIFY(orders != entries.cend());
        click(*orders);
        QTRY_COMPARE(item("resourceSearch")->property("text").toString(), u"orders-mysql"_s);
        QCOMPARE(item("kindFilter")->property("currentIndex").toInt(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(item("resourceList")->property("count").toInt(), 1, 20000);
        typeInto("resourceSearch", QString());
        item("kindFilter")->setProperty("currentIndex", 0);
        click(item("expandCluster"));
        QTRY_VERIFY(shown().isEmpty());
    }

    // The terminal of the current tab, once it shows.
    Teleterm::Terminal::TerminalView *currentTerminal()
    {
        QList<QQuickItem *> views;
        findItems(m_window->contentItem(), u"terminalView"_s, &views);
        for (QQuickItem *view : std::as_const(views)) {
            if (view->isVisible()) {
                return qobject_cast<Teleterm::Terminal::TerminalView *>(view);
            }
        }
        return nullptr;
    }

    // This process's resident set, from /proc.
    static qint64 residentKiB()
    {
        QFile status(u"/proc/self/status"_s);
        if (!status.open(QIODevice::ReadOnly)) {
            return 0;
        }
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
            }
        }
        return 0;
    }

    // The environment of this user's first process whose command line holds `part`, as NUL-separated
    // VAR=value entries.
    static QByteArray environmentOfProcess(const QByteArray &part)
    {
        const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &pid : pids) {
            QFile commandLine(u"/proc/%1/cmdline"_s.arg(pid));
            if (pid.toLongLong() > 0 && commandLine.open(QIODevice::ReadOnly) && commandLine.readAll().contains(part)) {
                QFile environment(u"/proc/%1/environ"_s.arg(pid));
                if (environment.open(QIODevice::ReadOnly)) {
                    return environment.readAll();
                }
            }
        }
        return {};
    }

    void typeInTerminal(const QByteArray &keys)
    {
        for (const char c : keys) {
            if (c == '\n') {
                QTest::keyClick(m_window, Qt::Key_Return);
            } else {
                QTest::keyClick(m_window, c);
            }
        }
    }

    void aShellInATerminalTab()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_ptyHost->isReady(), 15000);
        click(item("newTerminalButton"));
        QTRY_VERIFY_WITH_TIMEOUT(currentTerminal() != nullptr, 15000);
        Teleterm::Terminal::TerminalView *terminal = currentTerminal();
        QTRY_VERIFY(terminal->hasActiveFocus());
        QTRY_VERIFY(terminal->rows() > 10 && terminal->columns() > 40);
        // A real shell, in a real PTY of the host: it reads what is typed and its output shows.
        QVERIFY(QDir().mkpath(m_runtime->root() + "/project"_L1));
        typeInTerminal("cd " + QFile::encodeName(m_runtime->root()) + "/project; echo teleterm-$((6*7)); tput cols\n");
        QTRY_VERIFY_WITH_TIMEOUT(terminal->visibleText().contains(u"teleterm-42"_s), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(terminal->visibleText().contains(QString::number(terminal->columns())), 15000);
        typeInTerminal("printf '\\033[1;32mgreen\\033[0m \\033[7minverse\\033[0m wide:\\344\\275\\240\\345\\245\\275\\n'\n");
        QTRY_VERIFY2_WITH_TIMEOUT(terminal->visibleText().contains(u"wide:你好"_s), qPrintable(terminal->visibleText()), 15000);
        screenshotsInBothThemes(u"terminal"_s);

        // Search (Ctrl+Shift+F): every match highlighted, the count beside the field.
        QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(item("terminalSearch") && item("terminalSearch")->hasActiveFocus());
        typeInTerminal("teleterm"); // into the field, which has the focus
        QTRY_VERIFY(terminal->property("matchCount").toInt() >= 2); // the command and its output
        screenshotsInBothThemes(u"terminal-search"_s);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(terminal->property("matchCount").toInt(), 0);
        QTRY_VERIFY(terminal->hasActiveFocus());
    }

    void sshToAServerInATerminalTab()
    {
        // From the resources tab: Connect on node-1, as the first login.
        QTRY_VERIFY(item("sidebar"));
        QList<QQuickItem *> clusters;
        findItems(item("sidebar"), u"clusterRow"_s, &clusters);
        QVERIFY(!clusters.isEmpty());
        click(clusters.first());
        QTRY_VERIFY(item("resourceList") && item("resourceList")->isVisible());
        typeInto("resourceSearch", u"node-1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(item("resourceList")->property("count").toInt(), 1, 20000);
        // The row's delegate is laid out after the count changes, not with it.
        QQuickItem *connect = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((connect = visibleItem(u"connectButton"_s, item("resourceList"))) != nullptr, 10000);
        click(connect);
        QQuickItem *choice = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QList<QQuickItem *> choices;
                findItems(m_window->contentItem(), u"connectChoice"_s, &choices);
                for (QQuickItem *candidate : std::as_const(choices)) {
                    if (candidate->isVisible()) {
                        choice = candidate;
                        return true;
                    }
                }
                return false;
            }(),
            10000);
        const QString login = choice->property("text").toString();
        click(choice);
        QTRY_VERIFY_WITH_TIMEOUT(currentTerminal() != nullptr, 15000);
        Teleterm::Terminal::TerminalView *terminal = currentTerminal();
        QTRY_VERIFY(terminal->hasActiveFocus());
        // OpenSSH through the proxy to the sandbox's sshd: a shell there runs what is typed.
        QTest::qWait(1500);
        typeInTerminal("echo ssh-$((6*7)) $(whoami)\n");
        QTRY_VERIFY2_WITH_TIMEOUT(terminal->visibleText().contains(u"ssh-42 "_s + login), qPrintable(terminal->visibleText()), 30000);
        screenshotsInBothThemes(u"terminal-ssh"_s);
        // Its OpenSSH runs with the cluster and its proxy in its environment, as under tsh.
        const QByteArray environment = environmentOfProcess(QByteArray("@node-1"));
        QVERIFY2(environment.contains("TELEPORT_CLUSTER=sandbox"), environment.constData());
        QVERIFY2(environment.contains("TELEPORT_PROXY=127.0.0.1:"), environment.constData());
        typeInTerminal("exit\n");
        // The program ended: the tab says so and stays readable.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QList<QQuickItem *> states;
                findItems(m_window->contentItem(), u"terminalState"_s, &states);
                return std::any_of(states.cbegin(), states.cend(), [](QQuickItem *state) {
                    return state->isVisible() && state->property("text").toString().contains(u"exit code 0"_s);
                });
            }(),
            20000);
        QVERIFY(terminal->visibleText().contains(u"ssh-42"_s));
        // The ended tab connects again at a word, in place.
        QList<QQuickItem *> actions;
        QList<QQuickItem *> states;
        findItems(m_window->contentItem(), u"terminalState"_s, &states);
        for (QQuickItem *state : std::as_const(states)) {
            if (state->isVisible()) {
                findItems(state, u"bannerAction"_s, &actions);
            }
        }
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first()->property("text").toString(), u"Connect again"_s);
        // Clicked where it is once the banner that just appeared has been laid out.
        QTRY_VERIFY(actions.first()->width() > 0 && actions.first()->height() > 0);
        QTest::qWait(200);
        click(actions.first());
        QTRY_VERIFY2_WITH_TIMEOUT(!actions.first()->isVisible(), qPrintable(terminal->visibleText()), 15000);
        terminal->forceActiveFocus(); // the banner's button had it
        QTRY_VERIFY(terminal->hasActiveFocus());
        QTest::qWait(1500);
        typeInTerminal("echo again-$((6*7))\n");
        QTRY_VERIFY2_WITH_TIMEOUT(terminal->visibleText().contains(u"again-42"_s), qPrintable(terminal->visibleText()), 30000);
        typeInTerminal("exit\n");
        QTRY_VERIFY_WITH_TIMEOUT(actions.first()->isVisible(), 20000);
    }

    void terminalsComeBackWhenTheWindowRestarts()
    {
        // The window goes (as on F6, or a crash); its shells live on in the PTY host.
        QList<QQuickItem *> pages;
        findItems(m_window->contentItem(), u"terminalPage"_s, &pages);
        QStringList ptys;
        for (QQuickItem *page : std::as_const(pages)) {
            ptys << page->property("ptyId").toString();
        }
        QCOMPARE(ptys.size(), 2); // the shell and the ssh session that ended
        const QStringList tabsBefore = tabKeys();
        // An order of the user's own: the first tab dragged, as by a hand, past the last.
        QList<QQuickItem *> tabs;
        findItems(item("tabBar"), u"documentTab"_s, &tabs);
        const auto tabAt = [&](int row) {
            const auto found = std::find_if(tabs.cbegin(), tabs.cend(), [row](QQuickItem *tab) {
                return tab->property("index").toInt() == row && tab->isVisible();
            });
            return found == tabs.cend() ? nullptr : *found;
        };
        QVERIFY(tabAt(0) && tabAt(documents()->count() - 1));
        const QPoint from = tabAt(0)->mapToScene(QPointF(12, tabAt(0)->height() / 2)).toPoint();
        QQuickItem *lastTab = tabAt(documents()->count() - 1);
        const QPoint to = lastTab->mapToScene(QPointF(lastTab->width() - 6, lastTab->height() / 2)).toPoint();
        QTest::mousePress(m_window, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 12; ++step) {
            QTest::mouseMove(m_window, from + (to - from) * step / 12);
            QTest::qWait(16);
        }
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, to);
        QTRY_COMPARE(tabKeys().last(), tabsBefore.first());
        const QStringList ordered = tabKeys();
        QVERIFY(ordered != tabsBefore);
        const int current = documents()->currentIndex();
        restartWindow();
        // They come back, in the order they had, the same one in front.
        QTRY_COMPARE_WITH_TIMEOUT(tabKeys(), ordered, 15000);
        QCOMPARE(documents()->currentIndex(), current);
        // The shell shows what it showed, and goes on.
        QStringList restored;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QList<QQuickItem *> now;
                findItems(m_window->contentItem(), u"terminalPage"_s, &now);
                restored.clear();
                for (QQuickItem *page : std::as_const(now)) {
                    restored << page->property("ptyId").toString();
                }
                // Each page gets its PTY once the host has said it still holds it.
                return QSet<QString>(restored.begin(), restored.end()) == QSet<QString>(ptys.begin(), ptys.end());
            }(),
            15000);
        Teleterm::Terminal::TerminalView *shell = nullptr;
        const auto shown = [&] {
            QList<QQuickItem *> views;
            findItems(m_window->contentItem(), u"terminalView"_s, &views);
            QStringList texts;
            for (QQuickItem *view : std::as_const(views)) {
                auto *terminal = qobject_cast<Teleterm::Terminal::TerminalView *>(view);
                texts << u"[%1x%2 %3] "_s.arg(terminal->rows()).arg(terminal->columns()).arg(view->width()) + terminal->visibleText().simplified();
            }
            return texts.join(u"\n---\n"_s);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(
            [&] {
                QList<QQuickItem *> views;
                findItems(m_window->contentItem(), u"terminalView"_s, &views);
                for (QQuickItem *view : std::as_const(views)) {
                    // In the background or in front, each has its size.
                    if (view->width() <= 0) {
                        return false;
                    }
                    auto *terminal = qobject_cast<Teleterm::Terminal::TerminalView *>(view);
                    if (terminal && terminal->visibleText().contains(u"teleterm-42"_s)) {
                        shell = terminal;
                        return true;
                    }
                }
                return false;
            }(),
            qPrintable(shown()),
            15000);
        shell->forceActiveFocus();
        typeInTerminal("echo back-$((40+2))\n");
        QTRY_VERIFY2_WITH_TIMEOUT(shell->visibleText().contains(u"back-42"_s), qPrintable(shell->visibleText()), 15000);
        QCOMPARE(tabKeys(), ordered);
    }

    void aShellStartsAgainWhereItWasWhenItsHostIsGone()
    {
        // The window learns where the shell is (leaving its tab is one moment it asks) and keeps
        // it in the workspace file.
        const QString project = m_runtime->root() + "/project"_L1;
        const QString workspace = m_runtime->stateDir() + "/workspace.json"_L1;
        const int shellRow = rowOfTerminal(u"shell"_s);
        QVERIFY(shellRow >= 0);
        documents()->setCurrentIndex(shellRow);
        documents()->setCurrentIndex(shellRow == 0 ? 1 : 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile file(workspace);
                return file.open(QIODevice::ReadOnly) && file.readAll().contains(QFile::encodeName(project));
            }(),
            15000);
        // The host goes with everything it held (as at the end of the user's session).
        const qint64 host = lockHolder(Teleterm::Paths::ptyHostSocketPath());
        QVERIFY(host > 0);
        QCOMPARE(::kill(pid_t(host), SIGKILL), 0);
        restartWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_ptyHost->isReady() && lockHolder(Teleterm::Paths::ptyHostSocketPath()) != host, 20000);
        // The shell is a new one, in the directory the old one was in, and the tab says so.
        using Teleterm::Models::DocumentsModel;
        const auto restarted = [this] {
            const int row = rowOfTerminal(u"shell"_s);
            return row >= 0 && !documents()->data(documents()->index(row), DocumentsModel::PtyIdRole).toString().isEmpty();
        };
        QTRY_VERIFY_WITH_TIMEOUT(restarted(), 15000);
        documents()->setCurrentIndex(rowOfTerminal(u"shell"_s));
        QTRY_VERIFY_WITH_TIMEOUT(currentTerminal() != nullptr, 15000);
        QTRY_VERIFY(visibleNotice().contains(u"started in "_s + project));
        QVERIFY(!item("terminalsBanner")->isVisible()); // a host that went away is no error to show
        Teleterm::Terminal::TerminalView *shell = currentTerminal();
        QTRY_VERIFY(shell && shell->hasActiveFocus());
        typeInTerminal("echo in-$(pwd)\n");
        QTRY_VERIFY2_WITH_TIMEOUT(shell->visibleText().contains(u"in-"_s + project), qPrintable(shell->visibleText()), 15000);
        screenshot(u"terminal-started-again-light.png"_s);
        QList<QQuickItem *> actions = noticeActions();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first()->property("text").toString(), u"OK"_s);
        click(actions.first());
        QTRY_VERIFY(visibleNotice().isEmpty());
        // The ssh session is not started again by itself: its tab offers to.
        const int ssh = rowOfTerminal(u"ssh"_s);
        QVERIFY(ssh >= 0);
        documents()->setCurrentIndex(ssh);
        QTRY_VERIFY(visibleNotice().contains(u"ended while Teleterm was closed"_s));
        QVERIFY(documents()->data(documents()->index(ssh), DocumentsModel::PtyIdRole).toString().isEmpty());
        actions = noticeActions();
        QCOMPARE(actions.first()->property("text").toString(), u"Connect again"_s);
        screenshot(u"terminal-session-ended-light.png"_s);
    }

    void duplicateOpensTheSameProgramWhereItIs()
    {
        // From the shell tab's menu (right click): a second shell, in the same directory.
        const int shellRow = rowOfTerminal(u"shell"_s);
        QVERIFY(shellRow >= 0);
        const int before = documents()->count();
        QList<QQuickItem *> tabs;
        findItems(item("tabBar"), u"documentTab"_s, &tabs);
        const auto shellTab = std::find_if(tabs.cbegin(), tabs.cend(), [&](QQuickItem *tab) {
            return tab->property("index").toInt() == shellRow;
        });
        QVERIFY(shellTab != tabs.cend());
        QTest::mouseClick(m_window, Qt::RightButton, {}, (*shellTab)->mapToScene(QPointF((*shellTab)->width() / 2, (*shellTab)->height() / 2)).toPoint());
        QQuickItem *duplicate = nullptr;
        QTRY_VERIFY((duplicate = item("duplicateTab")) && duplicate->isVisible());
        click(duplicate);
        QTRY_COMPARE_WITH_TIMEOUT(documents()->count(), before + 1, 15000);
        QCOMPARE(documents()->currentIndex(), shellRow + 1); // beside the one it copies
        using Teleterm::Models::DocumentsModel;
        QCOMPARE(documents()->data(documents()->index(shellRow + 1), DocumentsModel::LaunchRole).toMap().value(u"tag"_s).toString(), u"shell"_s);
        QTRY_VERIFY_WITH_TIMEOUT(currentTerminal() != nullptr, 15000);
        Teleterm::Terminal::TerminalView *copy = currentTerminal();
        QTRY_VERIFY(copy->hasActiveFocus());
        typeInTerminal("echo copy-in-$(pwd)\n");
        const QString project = m_runtime->root() + "/project"_L1;
        QTRY_VERIFY2_WITH_TIMEOUT(copy->visibleText().contains(u"copy-in-"_s + project), qPrintable(copy->visibleText()), 15000);

        // A terminal in the background that rings its bell marks its tab until it is shown.
        using Teleterm::Models::DocumentsModel;
        const int copyRow = documents()->currentIndex();
        typeInTerminal("sleep 1; printf '\\a'\n");
        documents()->setCurrentIndex(shellRow);
        QTRY_VERIFY_WITH_TIMEOUT(documents()->data(documents()->index(copyRow), DocumentsModel::AttentionRole).toBool(), 15000);
        QList<QQuickItem *> marks;
        findItems(item("tabBar"), u"attentionMark"_s, &marks);
        QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [](QQuickItem *mark) {
            return mark->isVisible();
        }));
        screenshot(u"tab-attention-light.png"_s);
        documents()->setCurrentIndex(copyRow);
        QVERIFY(!documents()->data(documents()->index(copyRow), DocumentsModel::AttentionRole).toBool());
    }

    void aFloodNeitherLosesTypingNorGrowsWithoutBound()
    {
        Teleterm::Terminal::TerminalView *terminal = currentTerminal();
        QVERIFY(terminal);
        terminal->forceActiveFocus();
        QTRY_VERIFY(terminal->hasActiveFocus());
        const qint64 before = residentKiB();
        // Seconds of `yes` as fast as the PTY goes; typed meanwhile, a line the shell runs after.
        typeInTerminal("timeout 4 yes teleterm-flood-line; echo flood-$((40+2))\n");
        QTest::qWait(1000);
        typeInTerminal("echo typed-during-$((6*7))\n");
        QTRY_VERIFY2_WITH_TIMEOUT(terminal->visibleText().contains(u"typed-during-42"_s), qPrintable(terminal->visibleText()), 60000);
        QVERIFY(terminal->visibleText().contains(u"flood-42"_s));
        // The scrollback kept its bound; the window's memory did not follow the flood.
        QVERIFY(terminal->historySize() <= terminal->scrollbackLines());
#if !defined(__SANITIZE_ADDRESS__)
        // (AddressSanitizer keeps freed memory in quarantine: no measure there.)
        QVERIFY2(residentKiB() - before < 200 * 1024, qPrintable(u"grew %1 KiB"_s.arg(residentKiB() - before)));
#endif
        Q_UNUSED(before);
    }

    void aTerminalDroppedWhileItsOutputWaitsLetsGoOfItsStream()
    {
        // A session with no view never takes its output: a chunk waits, and no read is pending.
        // Dropped then (as a window going away drops its pages), its stream must still end: the
        // window's teardown waits for every stream.
        std::optional<QString> id;
        Teleterm::Backend::PtySpec spec;
        spec.path = u"yes"_s;
        spec.rows = 24;
        spec.columns = 80;
        m_ptyHost->createPty(spec, this, [&](const Teleterm::Backend::RpcResult<QString> &created) {
            QVERIFY2(created.ok(), qPrintable(created.error.message));
            id = *created.value;
        });
        QTRY_VERIFY_WITH_TIMEOUT(id.has_value(), 15000);
        // The streams of the window's own terminals stay open; short calls (the host's health)
        // come and go: the fewest seen over a moment is what stays.
        std::size_t staying = m_ptyHost->calls().inFlight();
        for (int look = 0; look < 20; ++look) {
            QTest::qWait(25);
            staying = std::min(staying, m_ptyHost->calls().inFlight());
        }
        auto session = std::make_unique<Teleterm::Backend::PtySession>();
        QSignalSpy output(session.get(), &Teleterm::Backend::PtySession::output);
        session->setPtyId(*id);
        QTRY_VERIFY_WITH_TIMEOUT(output.count() > 0, 15000);
        QTest::qWait(200);
        QVERIFY(m_ptyHost->calls().inFlight() > staying); // the stream, waiting
        session.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_ptyHost->calls().inFlight(), staying, 10000);
        m_ptyHost->killPty(*id);
    }

    // The host killed under an open window: the tab in front says its terminal went with it and
    // offers to start it again; the new shell answers typing.
    void aTabSaysItsHostStoppedAndStartsAgain()
    {
        using Teleterm::Models::DocumentsModel;
        const int shell = rowOfTerminal(u"shell"_s);
        QVERIFY(shell >= 0);
        documents()->setCurrentIndex(shell);
        QTRY_VERIFY_WITH_TIMEOUT(currentTerminal() != nullptr, 15000);
        const QString before = documents()->data(documents()->index(shell), DocumentsModel::PtyIdRole).toString();
        QVERIFY(!before.isEmpty());
        const qint64 host = lockHolder(Teleterm::Paths::ptyHostSocketPath());
        QVERIFY(host > 0);
        QCOMPARE(::kill(pid_t(host), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(visibleNotice().contains(u"terminal host stopped"_s), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_ptyHost->isReady() && lockHolder(Teleterm::Paths::ptyHostSocketPath()) != host, 20000);
        screenshotsInBothThemes(u"terminal-host-stopped"_s);
        QList<QQuickItem *> actions = noticeActions();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first()->property("text").toString(), u"Start again"_s);
        click(actions.first());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QString now = documents()->data(documents()->index(rowOfTerminal(u"shell"_s)), DocumentsModel::PtyIdRole).toString();
                return !now.isEmpty() && now != before;
            }(),
            15000);
        QTRY_VERIFY(!visibleNotice().contains(u"terminal host stopped"_s));
        QTRY_VERIFY_WITH_TIMEOUT(currentTerminal() != nullptr, 15000);
        Teleterm::Terminal::TerminalView *terminal = currentTerminal();
        terminal->forceActiveFocus();
        QTRY_VERIFY(terminal->hasActiveFocus());
        typeInTerminal("echo again-$((6*7))\n");
        QTRY_VERIFY2_WITH_TIMEOUT(terminal->visibleText().contains(u"again-42"_s), qPrintable(terminal->visibleText()), 15000);
    }

    // A screen reader finds the terminal's text and where its cursor is, and once one listens
    // (the platform's bridge calls QAccessible::setActive), output is announced. (Qt passes the
    // events on only through a live AT-SPI bridge, which this machine has no bus for: the test
    // sees the view announce, and what a reader then asks the interface.)
    void aScreenReaderReadsTheTerminal()
    {
        Teleterm::Terminal::TerminalView *terminal = currentTerminal();
        QVERIFY(terminal);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(terminal);
        QVERIFY(accessible);
        QCOMPARE(accessible->role(), QAccessible::EditableText);
        QVERIFY(accessible->text(QAccessible::Name).startsWith(u"Terminal: "_s));
        QAccessibleTextInterface *text = accessible->textInterface();
        QVERIFY(text);

        QAccessible::setActive(true);
        const auto quiet = qScopeGuard([] {
            QAccessible::setActive(false);
        });
        QSignalSpy announced(terminal, &Teleterm::Terminal::TerminalView::accessibleTextChanged);
        terminal->forceActiveFocus();
        typeInTerminal("echo spoken-$((6*7))\n");
        QTRY_VERIFY_WITH_TIMEOUT(terminal->visibleText().contains(u"spoken-42"_s), 15000);
        QTRY_VERIFY(!announced.isEmpty());
        // What it reads is the screen; the cursor is on the prompt's line, after the output.
        QTRY_COMPARE(text->text(0, text->characterCount()), terminal->visibleText());
        // The shell writes its prompt a moment after the output: the cursor ends up after it.
        const auto beforeCursor = [&] {
            const QString screen = terminal->visibleText();
            const int cursor = text->cursorPosition();
            if (cursor <= screen.lastIndexOf(u"spoken-42"_s) || cursor > screen.size()) {
                return u"(cursor at %1 of %2)"_s.arg(cursor).arg(screen);
            }
            const qsizetype lineStart = screen.lastIndexOf(u'\n', cursor - 1) + 1;
            return screen.mid(lineStart, cursor - lineStart).trimmed();
        };
        QTRY_VERIFY2(beforeCursor().endsWith(u'#') || beforeCursor().endsWith(u'$'), qPrintable(beforeCursor()));
    }

    void connectsADatabaseThroughAGateway()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon->state(), DaemonClient::State::Connected, 15000);
        // No gateway yet: the sidebar says how to get one.
        QQuickItem *section = item("gatewaysSection");
        QVERIFY(section);
        QTRY_VERIFY(findItem(section, u"emptyText"_s)->isVisible());

        // From the resources tab: Connect on demo-postgres, as alice.
        openDemoPostgresConnectMenu();
        QVERIFY(!QTest::currentTestFailed());
        QQuickItem *alice = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QList<QQuickItem *> choices;
                findItems(m_window->contentItem(), u"connectChoice"_s, &choices);
                for (QQuickItem *choice : std::as_const(choices)) {
                    if (choice->isVisible() && choice->property("text").toString() == "alice"_L1) {
                        alice = choice;
                    }
                }
                return alice != nullptr;
            }(),
            20000);
        QTest::qWait(100);
        click(alice);

        // The gateway's tab: where it listens, and the command to connect with.
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(u"gatewayPage"_s) && !shownPort().isEmpty(), 40000);
        using Teleterm::Models::DocumentsModel;
        const QString uri = documents()->currentUri();
        QVERIFY2(uri.startsWith(u"/gateways/"_s), qPrintable(uri));
        QCOMPARE(documents()->data(documents()->index(documents()->currentIndex()), DocumentsModel::KindRole).value<DocumentsModel::Kind>(),
                 DocumentsModel::Kind::Gateway);
        const QString port = shownPort();
        QVERIFY2(port.toInt() >= 1024, qPrintable(port));
        const QString command = shownText("gatewayCommand");
        QVERIFY2(command.startsWith(u"psql "_s) && command.contains(port), qPrintable(command));
        QTRY_COMPARE(shownText("gatewayState"), u"Listening on 127.0.0.1:"_s + port);
        QCOMPARE(shownText("gatewayTitle"), u"demo-postgres"_s);

        // The sidebar lists it.
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = visibleItem(u"gatewayRow"_s)) != nullptr);
        QVERIFY(!findItem(section, u"emptyText"_s)->isVisible());
        QVERIFY2(shownText("gatewayAddress", row).startsWith(u"127.0.0.1:"_s + port), qPrintable(shownText("gatewayAddress", row)));
        QVERIFY(row->property("current").toBool());

        // psql through it: the tab counts the connection.
        const Run psql = run(u"/usr/bin/psql"_s,
                             {u"-X"_s,
                              u"-A"_s,
                              u"-t"_s,
                              u"-w"_s,
                              u"-d"_s,
                              u"host=127.0.0.1 port=%1 user=alice dbname=demo sslmode=disable connect_timeout=20"_s.arg(port),
                              u"-c"_s,
                              u"select current_user"_s});
        QVERIFY2(psql.exitCode == 0 && psql.out.trimmed() == "alice", QByteArray(psql.out + psql.err).constData());
        const QRegularExpression total(u"(\\d+) in total"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(total.match(shownText("gatewayConnections")).captured(1).toInt() >= 1, qPrintable(shownText("gatewayConnections")), 20000);
        screenshotsInBothThemes(u"gateway"_s);
        sidebarScreenshots(u"sidebar-gateways"_s);

        // Copied from the sidebar's menu, the command is on the clipboard.
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(m_window, Qt::RightButton, {}, row->mapToScene(QPointF(row->width() / 2, row->height() / 2)).toPoint());
        QQuickItem *copy = nullptr;
        QTRY_VERIFY((copy = visibleItem(u"gatewayMenuCopy"_s)) != nullptr);
        QTest::qWait(100);
        click(copy);
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), command);

        // Another port, applied from the tab.
        const QString newPort = freePort();
        applyInField(visibleItem(u"gatewayPort"_s), newPort);
        QTRY_COMPARE_WITH_TIMEOUT(shownText("gatewayState"), u"Listening on 127.0.0.1:"_s + newPort, 20000);
        QTRY_VERIFY(shownText("gatewayCommand").contains(newPort));
        QCOMPARE(shownPort(), newPort);
        QVERIFY(!visibleItem(u"gatewayOperationError"_s));

        // A port that is taken: the tab says why, and the gateway stays where it was.
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        applyInField(visibleItem(u"gatewayPort"_s), QString::number(taken.serverPort()));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(u"gatewayOperationError"_s), 20000);
        QVERIFY(!shownText("gatewayOperationError").isEmpty());
        QCOMPARE(shownText("gatewayState"), u"Listening on 127.0.0.1:"_s + newPort);
        QCOMPARE(shownPort(), QString::number(taken.serverPort())); // what was typed stays, to be fixed
        screenshot(u"gateway-port-in-use-light.png"_s);
        // Escape in the field forgets what was typed.
        findItem(visibleItem(u"gatewayPort"_s), u"applyInput"_s)->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_COMPARE(shownPort(), newPort);

        // The database name: the command names it.
        applyInField(visibleItem(u"gatewayDatabaseName"_s), u"postgres"_s);
        QTRY_VERIFY_WITH_TIMEOUT(shownText("gatewayCommand").contains(u"/postgres"_s), 20000);
        QTRY_VERIFY(!visibleItem(u"gatewayOperationError"_s));
        applyInField(visibleItem(u"gatewayDatabaseName"_s), u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(shownText("gatewayCommand").contains(u"/demo"_s), 20000);

        // Open in terminal: psql itself, in a terminal tab.
        click(visibleItem(u"openGatewayTerminal"_s));
        QTRY_VERIFY_WITH_TIMEOUT(currentTerminal() != nullptr, 15000);
        Teleterm::Terminal::TerminalView *terminal = currentTerminal();
        QTRY_VERIFY(terminal->hasActiveFocus());
        QTRY_VERIFY2_WITH_TIMEOUT(terminal->visibleText().contains(u"=>"_s), qPrintable(terminal->visibleText()), 30000);
        typeInTerminal("select 'via-' || current_user;\n");
        QTRY_VERIFY2_WITH_TIMEOUT(terminal->visibleText().contains(u"via-alice"_s), qPrintable(terminal->visibleText()), 30000);
        screenshot(u"gateway-psql-light.png"_s);
        typeInTerminal("\\q\n");
        // Back to the gateway's tab, from the sidebar.
        click(visibleItem(u"gatewayRow"_s));
        QTRY_COMPARE(documents()->currentUri(), uri);
        QTRY_VERIFY(visibleItem(u"gatewayPage"_s));
    }

    // Every control of every view (the gateway, terminal, resources and start tabs, the menus, the
    // login dialog) has a name a screen reader can say; the rows say what they are, the state dots
    // what they mean.
    void everyViewNamesItsControls()
    {
        using Teleterm::Models::DocumentsModel;
        const QString gatewayUri = documents()->currentUri();
        QVERIFY2(gatewayUri.startsWith(u"/gateways/"_s), qPrintable(gatewayUri));
        // The next case starts from the gateway's tab, in front.
        auto backToTheGateway = qScopeGuard([&] {
            documents()->setCurrentIndex(documents()->rowOfUri(gatewayUri));
        });

        QTRY_VERIFY(visibleItem(u"gatewayPage"_s) && !shownPort().isEmpty());
        // The pointer out of the way: a menu that opens under it takes its hover for the current entry.
        QTest::mouseMove(m_window, QPoint(m_window->width() - 2, m_window->height() - 2));
        const QString port = shownPort();
        verifyNamed(u"gateway tab"_s,
                    {u"Port"_s, u"Database name"_s, u"Command line"_s, u"Copy the command line"_s, u"Open in terminal"_s, u"Listening"_s, u"Tabs"_s});
        QVERIFY(!QTest::currentTestFailed());
        const QString gatewayName = accessibleName(visibleItem(u"gatewayRow"_s));
        QVERIFY2(gatewayName.startsWith(u"Gateway to demo-postgres as alice on 127.0.0.1:%1, "_s.arg(port)), qPrintable(gatewayName));
        // A cluster's row says its state as well as its name.
        QVERIFY2(accessibleName(item("clusterRow")).startsWith(u"sandbox, alice · expires in "_s), qPrintable(accessibleName(item("clusterRow"))));

        // A shell's tab, its search shown.
        documents()->setCurrentIndex(rowOfTerminal(u"shell"_s));
        QTRY_VERIFY_WITH_TIMEOUT(currentTerminal() && currentTerminal()->hasActiveFocus(), 15000);
        press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(visibleItem(u"terminalSearch"_s) && visibleItem(u"terminalSearch"_s)->hasActiveFocus());
        verifyNamed(u"terminal tab"_s, {u"Find in the terminal"_s, u"Next match"_s, u"Close the search"_s, u"New terminal"_s});
        QVERIFY(!QTest::currentTestFailed());
        press(Qt::Key_Escape);
        QTRY_VERIFY(currentTerminal()->hasActiveFocus());
        // Its menu, from the Menu key.
        press(Qt::Key_Menu);
        QTRY_COMPARE(focusedProperty("text"), u"Paste"_s); // Copy waits for a selection
        verifyNamed(u"terminal menu"_s, {u"Copy"_s, u"Select all"_s, u"Find…"_s});
        QVERIFY(!QTest::currentTestFailed());
        press(Qt::Key_Escape);
        QTRY_VERIFY(currentTerminal()->hasActiveFocus());

        // The cluster's resources (searched for demo-postgres), a row's menu open.
        int resourcesRow = -1;
        for (int row = 0; row < documents()->count(); ++row) {
            if (documents()->data(documents()->index(row), DocumentsModel::KindRole).value<DocumentsModel::Kind>() == DocumentsModel::Kind::Resources) {
                resourcesRow = row;
            }
        }
        QVERIFY(resourcesRow >= 0);
        documents()->setCurrentIndex(resourcesRow);
        QTRY_VERIFY(visibleItem(u"resourceSearch"_s) && visibleItem(u"resourceSearch"_s)->hasActiveFocus());
        QTRY_COMPARE_WITH_TIMEOUT(item("resourceList")->property("count").toInt(), 1, 20000);
        verifyNamed(u"resources tab"_s,
                    {u"Search resources"_s,
                     u"Sort"_s,
                     u"Kinds of resources"_s,
                     u"Servers"_s,
                     u"Database demo-postgres"_s,
                     u"Connect to demo-postgres"_s,
                     u"Log out of sandbox"_s});
        QVERIFY(!QTest::currentTestFailed());
        press(Qt::Key_Down);
        QTRY_COMPARE(focusedProperty("displayName"), u"demo-postgres"_s);
        // Its menu: the database users the roles allow (asked of the cluster), another user, and
        // the label filters; the first user current once the cluster answered.
        press(Qt::Key_Menu);
        QTRY_VERIFY(focusedName() == u"connectChoice"_s || focusedName() == u"connectOtherUser"_s);
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(u"connectChoice"_s) != nullptr, 15000);
        verifyNamed(u"resource menu"_s, {u"Another user…"_s, u"Filter by env=dev"_s});
        QVERIFY(!QTest::currentTestFailed());
        press(Qt::Key_Escape);
        QTRY_COMPARE(focusedProperty("displayName"), u"demo-postgres"_s);

        // The cluster's menu, from the sidebar (Shift+F10 there).
        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(focused(), item("clusterRow"));
        press(Qt::Key_F10, Qt::ShiftModifier);
        QTRY_COMPARE(focusedProperty("text"), u"Log in again…"_s);
        verifyNamed(u"cluster menu"_s, {u"Log out"_s, u"Remove cluster"_s, u"Logged in"_s});
        QVERIFY(!QTest::currentTestFailed());
        press(Qt::Key_Escape);
        QTRY_COMPARE(focused(), item("clusterRow"));
        // A menu takes the theme as it opens: one opened in each, its current entry plain to see.
        QObject *themeObject = theme();
        QVERIFY(themeObject);
        for (const char *look : {"light", "dark", "high-contrast"}) {
            themeObject->setProperty("dark", qstrcmp(look, "light") != 0);
            themeObject->setProperty("highContrast", qstrcmp(look, "high-contrast") == 0);
            press(Qt::Key_F10, Qt::ShiftModifier);
            QTRY_COMPARE(focusedProperty("text"), u"Log in again…"_s);
            QTest::qWait(100);
            screenshot(u"focus-cluster-menu-%1.png"_s.arg(QLatin1String(look)));
            press(Qt::Key_Escape);
            QTRY_COMPARE(focused(), item("clusterRow"));
        }
        themeObject->setProperty("highContrast", false);
        themeObject->setProperty("dark", false);

        // The login dialog it opens.
        press(Qt::Key_Menu);
        QTRY_COMPARE(focusedProperty("text"), u"Log in again…"_s);
        press(Qt::Key_Return);
        QTRY_VERIFY(item("loginPassword") && item("loginPassword")->hasActiveFocus());
        verifyNamed(u"login dialog"_s, {u"Log in to sandbox"_s, u"User"_s, u"Password"_s, u"One-time code"_s, u"Cancel"_s, u"Log in"_s});
        QVERIFY(!QTest::currentTestFailed());
        press(Qt::Key_Escape);
        QTRY_VERIFY(!item("loginPassword") || !item("loginPassword")->isVisible());

        // A start page.
        press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(visibleItem(u"proxyAddressField"_s) && visibleItem(u"proxyAddressField"_s)->hasActiveFocus());
        verifyNamed(u"start page"_s, {u"Proxy address"_s, u"Add cluster"_s, u"New tab"_s});
        QVERIFY(!QTest::currentTestFailed());
        press(Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!visibleItem(u"proxyAddressField"_s));
    }

    void aGatewayTabComesBackAfterARestart()
    {
        const QString uri = documents()->currentUri();
        QVERIFY(uri.startsWith(u"/gateways/"_s));
        const QString port = shownPort();
        restartWindow();
        QTRY_VERIFY_WITH_TIMEOUT(documents()->rowOfUri(uri) >= 0, 15000);
        documents()->setCurrentIndex(documents()->rowOfUri(uri));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(u"gatewayPage"_s) && shownPort() == port, 15000);
        QTRY_COMPARE(shownText("gatewayState"), u"Listening on 127.0.0.1:"_s + port);

        // The daemon lost it while the window was away: the tab says so, and makes it again.
        std::optional<Teleterm::Backend::RpcResult<bool>> removed;
        m_daemon->channel()->removeGateway(uri, this, [&](const Teleterm::Backend::RpcResult<bool> &result) {
            removed = result;
        });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
        QVERIFY2(removed->ok(), qPrintable(removed->error.message));
        restartWindow();
        QTRY_VERIFY_WITH_TIMEOUT(documents()->rowOfUri(uri) >= 0, 15000);
        documents()->setCurrentIndex(documents()->rowOfUri(uri));
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(u"gatewayGone"_s), 15000);
        QCOMPARE(shownText("gatewayTitle"), u"demo-postgres"_s);
        screenshotsInBothThemes(u"gateway-gone"_s);
        click(visibleItem(u"recreateGateway"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!visibleItem(u"gatewayGone"_s) && !shownPort().isEmpty(), 40000);
        QCOMPARE(shownPort(), port); // on the port it had
        const QString again = documents()->currentUri();
        QVERIFY(again.startsWith(u"/gateways/"_s));
        QTRY_COMPARE(shownText("gatewayState"), u"Listening on 127.0.0.1:"_s + port);

        // Closed from its tab: the tab and the sidebar's row go.
        const int tabs = documents()->count();
        click(visibleItem(u"removeGateway"_s));
        QTRY_COMPARE_WITH_TIMEOUT(documents()->count(), tabs - 1, 15000);
        QCOMPARE(documents()->rowOfUri(again), -1);
        QTRY_VERIFY(!visibleItem(u"gatewayRow"_s));
        QTRY_VERIFY(findItem(item("gatewaysSection"), u"emptyText"_s)->isVisible());
    }

    void aDatabaseUserTypedInAndClosedFromTheSidebar()
    {
        // Connect, "Another user…": a user the list does not offer, typed in.
        openDemoPostgresConnectMenu();
        QVERIFY(!QTest::currentTestFailed());
        QQuickItem *other = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((other = visibleItem(u"connectOtherUser"_s)) != nullptr, 20000);
        QTest::qWait(100);
        click(other);
        QTRY_VERIFY(visibleItem(u"databaseUserField"_s) && visibleItem(u"databaseUserField"_s)->hasActiveFocus());
        for (const char c : QByteArray("readonly")) {
            QTest::keyClick(m_window, c);
        }
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(u"gatewayPage"_s) && !shownPort().isEmpty(), 40000);
        QVERIFY2(visibleItem(u"gatewayTarget"_s)->property("text").toString().endsWith(u"sandbox as readonly"_s),
                 qPrintable(visibleItem(u"gatewayTarget"_s)->property("text").toString()));
        const QString uri = documents()->currentUri();

        // Closed from the sidebar's menu: the row and the tab go.
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = visibleItem(u"gatewayRow"_s)) != nullptr);
        QTest::mouseClick(m_window, Qt::RightButton, {}, row->mapToScene(QPointF(row->width() / 2, row->height() / 2)).toPoint());
        QQuickItem *remove = nullptr;
        QTRY_VERIFY((remove = visibleItem(u"gatewayMenuRemove"_s)) != nullptr);
        QTest::qWait(100);
        click(remove);
        QTRY_COMPARE_WITH_TIMEOUT(documents()->rowOfUri(uri), -1, 15000);
        QTRY_VERIFY(!visibleItem(u"gatewayRow"_s));

        typeInto("resourceSearch", QString());
    }

    // From the resources tab to an SSH session and back, through the tabs, a menu and the login
    // dialog, with keys alone: each key's effect is where the focus lands and what opens or closes.
    void theKeyboardAloneReachesEveryAction()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_ptyHost->isReady(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon->state(), DaemonClient::State::Connected, 15000);
        QAccessible::setActive(true); // for the rows' names
        QQuickItem *cluster = item("clusterRow");
        QVERIFY(cluster);
        // The pointer out of the way: a menu that opens under it takes its hover for the current entry.
        QTest::mouseMove(m_window, QPoint(m_window->width() - 2, m_window->height() - 2));

        // Out of wherever the focus is, to the sidebar's current cluster (Ctrl+Shift+E); Enter opens
        // its resources and puts the focus in their search.
        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(focused(), cluster);
        press(Qt::Key_Return);
        QQuickItem *search = nullptr;
        QTRY_VERIFY((search = visibleItem(u"resourceSearch"_s)) && search->hasActiveFocus());
        QVERIFY(documents()->currentUri().startsWith(u"/clusters/"_s));
        press(Qt::Key_A, Qt::ControlModifier);
        for (const char c : QByteArray("node-1")) {
            QTest::keyClick(m_window, c);
        }
        QTRY_COMPARE_WITH_TIMEOUT(item("resourceList")->property("count").toInt(), 1, 20000);

        // Down: the list, on its row; Up from the first row goes back to the search.
        press(Qt::Key_Down);
        QTRY_COMPARE(focusedProperty("displayName"), u"node-1"_s);
        QQuickItem *row = focused();
        QCOMPARE(accessibleName(row), u"Server node-1"_s);
        press(Qt::Key_Up);
        QTRY_VERIFY(search->hasActiveFocus());
        press(Qt::Key_Down);
        QTRY_COMPARE(focused(), row);
        screenshotsInBothThemes(u"focus-resource-row"_s);

        // The Menu key: the row's menu, Connect as its first login current; Enter opens the SSH tab.
        press(Qt::Key_Menu);
        QTRY_COMPARE(focusedName(), u"connectChoice"_s);
        const QString login = focused()->property("text").toString().section(u' ', 2);
        QVERIFY(!login.isEmpty());
        QTest::qWait(100);
        screenshot(u"focus-resource-menu-light.png"_s);
        const int tabs = documents()->count();
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(documents()->count(), tabs + 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(currentTerminal() != nullptr, 15000);
        Teleterm::Terminal::TerminalView *terminal = currentTerminal();
        QTRY_VERIFY(terminal->hasActiveFocus());
        const int sshRow = documents()->currentIndex();
        using Teleterm::Models::DocumentsModel;
        QCOMPARE(documents()->data(documents()->index(sshRow), DocumentsModel::LaunchRole).toMap().value(u"tag"_s).toString(), u"ssh"_s);
        const QString sshPty = documents()->data(documents()->index(sshRow), DocumentsModel::PtyIdRole).toString();
        QVERIFY(!sshPty.isEmpty());
        QTest::qWait(1500);
        typeInTerminal("echo keys-$((6*7)) $(whoami)\n");
        QTRY_VERIFY2_WITH_TIMEOUT(terminal->visibleText().contains(u"keys-42 "_s + login), qPrintable(terminal->visibleText()), 30000);
        // Tab is the program's (the shell completes "ech"), and the terminal keeps the focus.
        typeInTerminal("ech");
        press(Qt::Key_Tab);
        typeInTerminal("tab-$((6*7))\n");
        QTRY_VERIFY2_WITH_TIMEOUT(terminal->visibleText().contains(u"tab-42"_s), qPrintable(terminal->visibleText()), 30000);
        QVERIFY(terminal->hasActiveFocus());

        // Ctrl+Shift+E leads out of the terminal; Down and Up go along the sidebar.
        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(focused(), cluster);
        screenshotsInBothThemes(u"focus-sidebar-row"_s);
        press(Qt::Key_Down);
        QTRY_COMPARE(focusedName(), u"addClusterSidebarButton"_s);
        screenshot(u"focus-sidebar-button-light.png"_s);
        press(Qt::Key_Up);
        QTRY_COMPARE(focused(), cluster);

        // Tab goes on to the tab bar, whose one stop is the current tab: the SSH session's.
        for (int step = 0; step < 12 && focusedName() != "documentTab"_L1; ++step) {
            press(Qt::Key_Tab);
        }
        QCOMPARE(focusedName(), u"documentTab"_s);
        QCOMPARE(focused()->property("index").toInt(), sshRow);
        screenshotsInBothThemes(u"focus-tab"_s);
        // Left shows the tab before, the focus going along; Right comes back.
        press(Qt::Key_Left);
        QTRY_VERIFY(documents()->currentIndex() != sshRow);
        const int before = documents()->currentIndex();
        QTRY_COMPARE(focused() ? focused()->property("index").toInt() : -1, before);
        press(Qt::Key_Right);
        QTRY_COMPARE(documents()->currentIndex(), sshRow);
        QTRY_COMPARE(focused() ? focused()->property("index").toInt() : -1, sshRow);
        // Shift+F10: the tab's menu; Escape gives the focus back to the tab.
        press(Qt::Key_F10, Qt::ShiftModifier);
        QTRY_COMPARE(focusedName(), u"duplicateTab"_s);
        press(Qt::Key_Escape);
        QTRY_COMPARE(focusedName(), u"documentTab"_s);
        // Delete closes it; the focus stays in the tab bar, on the tab in front now.
        press(Qt::Key_Delete);
        QTRY_COMPARE(documents()->count(), tabs);
        QCOMPARE(documents()->rowOfPty(sshPty), -1);
        QTRY_COMPARE(focusedName(), u"documentTab"_s);
        QCOMPARE(focused()->property("index").toInt(), documents()->currentIndex());

        // The login dialog from the cluster's menu: the focus in its first empty field, Tab to its
        // buttons; Escape cancels and the focus is back on the cluster.
        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(focused(), cluster);
        press(Qt::Key_Menu);
        QTRY_COMPARE(focusedProperty("text"), u"Log in again…"_s);
        press(Qt::Key_Return);
        QTRY_VERIFY(item("loginPassword") && item("loginPassword")->hasActiveFocus());
        QCOMPARE(item("loginUser")->property("text").toString(), u"alice"_s);
        for (int step = 0; step < 4 && focusedName() != "loginButton"_L1; ++step) {
            press(Qt::Key_Tab);
        }
        QCOMPARE(focusedName(), u"loginButton"_s);
        screenshotsInBothThemes(u"focus-login-button"_s);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!item("loginPassword") || !item("loginPassword")->isVisible());
        QTRY_COMPARE(focused(), cluster);
        QCOMPARE(documents()->count(), tabs);
    }

    void reportsADaemonThatCannotStart()
    {
        ScratchRuntime elsewhere; // no daemon here, and the program does not exist
        DaemonClient broken({.program = m_runtime->root() + "/no-such-daemon"_L1, .socketPath = {}, .insecure = false, .caFile = {}});
        broken.start();
        QTRY_COMPARE_WITH_TIMEOUT(broken.state(), DaemonClient::State::Failed, 10000);
        QVERIFY2(broken.lastError().contains(u"no-such-daemon"_s), qPrintable(broken.lastError()));
        QVERIFY(!broken.statusText().isEmpty());
    }

    void theExecutableFindsTheRunningDaemon()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon->state(), DaemonClient::State::Connected, 15000);
        const qint64 running = m_daemon->pid();
        QProcess app;
        app.setProgram(program(u"teleterm"_s));
        app.setArguments({u"-platform"_s, u"offscreen"_s});
        app.start();
        QVERIFY(app.waitForStarted(5000));
        const QString log = m_runtime->stateDir() + "/window.log"_L1;
        const auto logText = [&log] {
            QFile file(log);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(logText().contains(u"connected to teleterm-daemon"_s), 15000);
        QVERIFY2(logText().contains(u"pid %1"_s.arg(running)), qPrintable(logText()));
        QVERIFY2(!logText().contains(u"started "_s), "no second daemon was started");
        QCOMPARE(app.state(), QProcess::Running);

        app.terminate();
        QVERIFY(app.waitForFinished(10000));
        // The daemon outlives the window that found it.
        QVERIFY(processAlive(running));
        QCOMPARE(m_daemon->pid(), running);
    }

    void theWindowComesBackWhereItWas()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon->state(), DaemonClient::State::Connected, 15000);
        const QString saved = m_runtime->stateDir() + "/window.json"_L1;
        const QString log = m_runtime->stateDir() + "/window.log"_L1;
        const auto logText = [&log] {
            QFile file(log);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        const auto launch = [](QProcess &app) {
            app.setProgram(program(u"teleterm"_s));
            app.setArguments({u"-platform"_s, u"offscreen"_s});
            app.start();
            return app.waitForStarted(5000);
        };
        QVERIFY(QDir().mkpath(m_runtime->stateDir()));
        {
            QFile file(saved);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("{\"x\": 30, \"y\": 40, \"width\": 760, \"height\": 500, \"maximized\": false}");
        }
        QProcess app;
        QVERIFY(launch(app));
        QTRY_VERIFY_WITH_TIMEOUT(logText().contains(u"window geometry 30,40 760x500 restored"_s), 15000);
        // SIGTERM (a session ending) quits as the close button does: the place is kept.
        QFile::remove(saved);
        app.terminate();
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(modeOf(saved), 0600);
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject kept = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(kept.value(u"width"_s).toInt(), 760);
        QCOMPARE(kept.value(u"height"_s).toInt(), 500);
        file.close();

        // A file that makes no sense: the window starts as it would without one.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"width\": \"wide\"");
        file.close();
        QProcess again;
        QVERIFY(launch(again));
        QTRY_VERIFY_WITH_TIMEOUT(logText().contains(u"no window geometry in"_s), 15000);
        again.terminate();
        QVERIFY(again.waitForFinished(10000));
        QCOMPARE(again.exitStatus(), QProcess::NormalExit);
    }

    void aSecondLaunchBringsTheFirstWindowToTheFront()
    {
        QProcess first;
        first.setProgram(program(u"teleterm"_s));
        first.setArguments({u"-platform"_s, u"offscreen"_s});
        first.start();
        QVERIFY(first.waitForStarted(5000));
        const QString log = m_runtime->stateDir() + "/window.log"_L1;
        const auto logText = [&log] {
            QFile file(log);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        const QString socket = m_runtime->runtimeDir() + "/window.sock"_L1;
        QTRY_VERIFY_WITH_TIMEOUT(lockHolder(socket) == first.processId(), 15000);
        QCOMPARE(modeOf(socket), 0600);

        // The second launch asks the first to come to the front, and leaves.
        const Run second = run(program(u"teleterm"_s), {u"-platform"_s, u"offscreen"_s}, {}, 20000);
        QCOMPARE(second.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(logText().contains(u"raised by another launch"_s), 10000);
        QVERIFY2(logText().contains(u"another Teleterm window (pid %1) is running"_s.arg(first.processId())), qPrintable(logText()));
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
