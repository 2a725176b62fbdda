// The resources tab of a cluster with more servers than a page: scrolled to its end, the list asks
// for the next page, again and again, until it holds every resource the cluster lists. The window
// in this process (its QML, models and daemon client), the real daemon, and a sandbox listing 250
// servers besides its other resources.
#include "daemonclient.h"
#include "finditem.h"
#include "ptyhostclient.h"
#include "resourcesmodel.h"
#include "sandboxprocess.h"
#include "scratchruntime.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Teleterm::Test;

namespace
{

constexpr int ListedServers = 250;

} // namespace

class TestResourceList : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScratchRuntime> m_runtime;
    SandboxProcess m_sandbox;
    std::unique_ptr<Teleterm::Backend::DaemonClient> m_daemon;
    std::unique_ptr<Teleterm::Backend::PtyHostClient> m_ptyHost;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QString m_cluster;
    int m_listed = 0; // every resource the cluster lists, by teleterm-cli

private Q_SLOTS:
    void initTestCase()
    {
        m_runtime = std::make_unique<ScratchRuntime>();
        QVERIFY(m_runtime->isValid());
        QVERIFY(m_sandbox.start(m_runtime->root() + "/sandbox"_L1,
                                QJsonObject{{u"postgres"_s, QJsonObject{{u"enabled"_s, false}}}},
                                {u"--nodes"_s, u"0"_s, u"--listed-servers"_s, QString::number(ListedServers)}));
        // Logged in at a shell, as a user may have; the CLI starts the daemon the window finds.
        const QStringList cli{u"--ca-file"_s, m_sandbox.webCa()};
        QCOMPARE(run(program(u"teleterm-cli"_s), cli + QStringList{u"add"_s, m_sandbox.proxy()}).exitCode, 0);
        const Run login = run(program(u"teleterm-cli"_s),
                              cli + QStringList{u"login"_s, u"sandbox"_s, u"--user"_s, u"alice"_s, u"--otp"_s, m_sandbox.otp(u"alice"_s)},
                              m_sandbox.user(u"alice"_s).value(u"password"_s).toString().toUtf8());
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const Run clusters = run(program(u"teleterm-cli"_s), {u"clusters"_s, u"--json"_s});
        m_cluster = QJsonDocument::fromJson(clusters.out).array().at(0).toObject().value(u"uri"_s).toString();
        QVERIFY2(!m_cluster.isEmpty(), clusters.out.constData());
        const Run listing = run(program(u"teleterm-cli"_s), {u"ls"_s, u"sandbox"_s, u"--limit"_s, u"1000"_s, u"--json"_s});
        m_listed = int(QJsonDocument::fromJson(listing.out).array().size());
        QVERIFY2(m_listed > ListedServers, listing.out.constData());

        // The window starts on the cluster's resources, from its workspace file.
        QDir().mkpath(m_runtime->stateDir());
        QFile workspace(m_runtime->stateDir() + "/workspace.json"_L1);
        QVERIFY(workspace.open(QIODevice::WriteOnly));
        const QJsonObject tab{{u"kind"_s, u"resources"_s}, {u"cluster"_s, m_cluster}, {u"title"_s, u"sandbox"_s}, {u"workspace"_s, m_cluster}};
        workspace.write(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"current"_s, 0}, {u"workspace"_s, m_cluster}, {u"tabs"_s, QJsonArray{tab}}}).toJson());
        workspace.close();

        m_daemon = daemonFor(m_sandbox);
        m_ptyHost = ptyHostClient();
        QVERIFY(loadWindow(m_engine) != nullptr);
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

    void scrolledToTheEndItListsEverything()
    {
        auto *window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QQuickItem *list = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((list = findItem(window->contentItem(), u"resourceList"_s)) != nullptr, 20000);
        auto *model = qobject_cast<Teleterm::Models::ResourcesModel *>(list->property("model").value<QObject *>());
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The first page (a view laid out late may have asked for more already).
        QTRY_VERIFY_WITH_TIMEOUT(list->property("count").toInt() >= model->pageSize(), 30000);
        // Each time the view reaches its end it asks for the next page.
        for (int pages = 1; !model->complete() && pages <= m_listed / model->pageSize() + 1; ++pages) {
            const int before = model->count();
            QMetaObject::invokeMethod(list, "positionViewAtEnd");
            QTRY_VERIFY2_WITH_TIMEOUT(model->count() > before || model->complete(),
                                      qPrintable(u"stopped at %1 rows of %2"_s.arg(model->count()).arg(m_listed)),
                                      30000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(model->complete(), 30000);
        QCOMPARE(model->count(), m_listed);
        QCOMPARE(list->property("count").toInt(), m_listed);
    }

    void aLabelClickedMidwayListsItsOwn()
    {
        auto *window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QQuickItem *list = findItem(window->contentItem(), u"resourceList"_s);
        QVERIFY(list);
        auto *model = qobject_cast<Teleterm::Models::ResourcesModel *>(list->property("model").value<QObject *>());
        QVERIFY(model);
        // A search typed and taken back, the view at the end of every row: the first page again,
        // more to come.
        QQuickItem *search = findItem(window->contentItem(), u"resourceSearch"_s);
        QVERIFY(search);
        search->setProperty("text", u"server-00001"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model->complete() && model->count() > 0, 30000);
        search->setProperty("text", QString());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return model->count() > 0 && !model->loading();
            },
            30000));
        QVERIFY(!model->complete());
        // A label clicked now lists what has it, from its own first page: not the next page of
        // the listing before, which the view at its end asks for as the old rows go.
        const Run listing = run(program(u"teleterm-cli"_s), {u"ls"_s, u"sandbox"_s, u"--labels"_s, u"env=dev"_s, u"--limit"_s, u"1000"_s, u"--json"_s});
        const int dev = int(QJsonDocument::fromJson(listing.out).array().size());
        QVERIFY2(dev > 0 && dev < model->pageSize(), listing.out.constData());
        model->toggleLabel(u"env=dev"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model->complete() || !model->error().isEmpty(), 30000);
        QVERIFY2(model->error().isEmpty(), qPrintable(model->error()));
        QCOMPARE(model->count(), dev);
        for (int row = 0; row < model->count(); ++row) {
            QVERIFY(model->data(model->index(row), Teleterm::Models::ResourcesModel::LabelsRole).toStringList().contains(u"env=dev"_s));
        }
    }
};

QTEST_MAIN(TestResourceList)
#include "tst_resourcelist.moc"
