#include "documentsmodel.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using Teleterm::Models::DocumentsModel;
using Teleterm::Models::Workspace;

class TestDocumentsModel : public QObject
{
    Q_OBJECT

    // The model's tabs as their uris, in order, to compare whole states at once.
    static QStringList uris(const DocumentsModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row) {
            result << model.data(model.index(row), DocumentsModel::UriRole).toString();
        }
        return result;
    }

    // Three kinds of tab in a chosen order, the terminal current: what a workspace holds.
    static void fill(DocumentsModel *model)
    {
        model->openResources(u"/clusters/teleport.example.com"_s, u"teleport.example.com"_s);
        model->openTerminal(u"zsh"_s,
                            u"pty-1"_s,
                            {{u"program"_s, u"/bin/zsh"_s}, {u"args"_s, QStringList{u"-l"_s}}, {u"tag"_s, u"shell"_s}, {u"title"_s, u"zsh"_s}},
                            u"/srv/app"_s);
        model->openWelcome();
        QVERIFY(model->move(2, 0));
        model->setCurrentIndex(2);
    }

private Q_SLOTS:
    void openInsertsAfterCurrent()
    {
        DocumentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.currentIndex(), -1);
        QCOMPARE(model.openWelcome(), 0);
        QCOMPARE(model.openWelcome(), 1);
        QCOMPARE(model.openWelcome(), 2);
        const QStringList three = uris(model);
        QCOMPARE(three.size(), 3);
        QCOMPARE(QSet<QString>(three.cbegin(), three.cend()).size(), 3); // every tab has its own uri
        model.setCurrentIndex(0);
        QCOMPARE(model.openWelcome(), 1);
        QCOMPARE(model.currentIndex(), 1);
        QCOMPARE(uris(model).at(0), three.at(0));
        QCOMPARE(uris(model).at(2), three.at(1));
        QCOMPARE(model.data(model.index(0), DocumentsModel::KindRole).value<DocumentsModel::Kind>(), DocumentsModel::Kind::Welcome);
        QVERIFY(!model.data(model.index(0), DocumentsModel::TitleRole).toString().isEmpty());
    }

    // One settings tab per workspace: asked again, it comes to the front; it survives a restart.
    void theSettingsTabIsOneAndComesBack()
    {
        DocumentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.openWelcome();
        const int settings = model.openSettings();
        QCOMPARE(settings, 1);
        QCOMPARE(model.data(model.index(settings), DocumentsModel::KindRole).value<DocumentsModel::Kind>(), DocumentsModel::Kind::Settings);
        QVERIFY(!model.data(model.index(settings), DocumentsModel::TitleRole).toString().isEmpty());
        model.setCurrentIndex(0);
        QCOMPARE(model.openSettings(), settings);
        QCOMPARE(model.currentIndex(), settings);
        QCOMPARE(model.count(), 2);

        DocumentsModel after;
        after.restoreSnapshot(model.snapshot());
        QCOMPARE(after.count(), 2);
        QCOMPARE(after.data(after.index(1), DocumentsModel::KindRole).value<DocumentsModel::Kind>(), DocumentsModel::Kind::Settings);
        QCOMPARE(after.openSettings(), 1);
        QCOMPARE(after.count(), 2);
    }

    void aClusterHasOneResourcesTab()
    {
        DocumentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.openWelcome();
        QCOMPARE(model.openResources(u"/clusters/a.example"_s, u"a"_s), 1);
        QCOMPARE(model.data(model.index(1), DocumentsModel::TitleRole).toString(), u"a"_s);
        QCOMPARE(model.data(model.index(1), DocumentsModel::KindRole).value<DocumentsModel::Kind>(), DocumentsModel::Kind::Resources);
        QCOMPARE(model.openResources(u"/clusters/a.example/leaves/l"_s, u"l"_s), 2);
        model.setCurrentIndex(0);
        // Opening it again shows the tab already open.
        QCOMPARE(model.openResources(u"/clusters/a.example"_s, u"a"_s), 1);
        QCOMPARE(model.count(), 3);
        QCOMPARE(model.currentIndex(), 1);
        QCOMPARE(model.data(model.index(1), DocumentsModel::FilterRole).toMap().value(u"revision"_s).toInt(), 0);
        // Asked for its databases (from the sidebar): the same tab, told what to show.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.openResources(u"/clusters/a.example"_s, u"a"_s, u"database"_s, u"pg"_s), 1);
        QCOMPARE(changed.count(), 1);
        const QVariantMap filter = model.data(model.index(1), DocumentsModel::FilterRole).toMap();
        QCOMPARE(filter.value(u"kind"_s).toString(), u"database"_s);
        QCOMPARE(filter.value(u"search"_s).toString(), u"pg"_s);
        QCOMPARE(filter.value(u"revision"_s).toInt(), 1);
        // A cluster that goes takes its leaves' tabs with it; the start page stays.
        model.closeCluster(u"/clusters/a.example"_s);
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.data(model.index(0), DocumentsModel::KindRole).value<DocumentsModel::Kind>(), DocumentsModel::Kind::Welcome);
    }

    void closeKeepsOrPassesCurrent()
    {
        DocumentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 4; ++i) {
            model.openWelcome();
        }
        const QStringList before = uris(model);
        model.setCurrentIndex(2);
        QSignalSpy currentSpy(&model, &DocumentsModel::currentIndexChanged);

        model.close(0); // a tab left of the current one: the same tab stays current
        QCOMPARE(model.currentIndex(), 1);
        QCOMPARE(uris(model).at(model.currentIndex()), before.at(2));

        model.close(1); // the current one: its right-hand neighbour takes over
        QCOMPARE(uris(model), QStringList({before.at(1), before.at(3)}));
        QCOMPARE(model.currentIndex(), 1);
        QVERIFY(currentSpy.count() >= 2);

        model.close(1); // the last one: the left neighbour
        QCOMPARE(model.currentIndex(), 0);
        model.close(7); // no such row: nothing happens
        QCOMPARE(model.count(), 1);
        model.close(0);
        QCOMPARE(model.count(), 0);
        QCOMPARE(model.currentIndex(), -1);
    }

    void closeOthersAndToTheRight()
    {
        DocumentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 5; ++i) {
            model.openWelcome();
        }
        const QStringList before = uris(model);
        model.closeToTheRight(2);
        QCOMPARE(uris(model), before.mid(0, 3));
        QCOMPARE(model.currentIndex(), 2);
        model.closeOthers(1);
        QCOMPARE(uris(model), QStringList{before.at(1)});
        QCOMPARE(model.currentIndex(), 0);
    }

    void moveKeepsCurrentTab()
    {
        DocumentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 4; ++i) {
            model.openWelcome();
        }
        const QStringList before = uris(model); // a b c d
        model.setCurrentIndex(1); // b

        QVERIFY(model.move(0, 3)); // b c d a
        QCOMPARE(uris(model), QStringList({before[1], before[2], before[3], before[0]}));
        QCOMPARE(model.currentIndex(), 0);

        QVERIFY(model.move(3, 0)); // a b c d
        QCOMPARE(uris(model), before);
        QCOMPARE(model.currentIndex(), 1);

        QVERIFY(model.move(1, 2)); // a c b d: the current tab itself moves
        QCOMPARE(model.currentIndex(), 2);
        QCOMPARE(uris(model).at(2), before[1]);

        QVERIFY(!model.move(1, 1));
        QVERIFY(!model.move(-1, 2));
        QVERIFY(!model.move(0, 4));
    }

    void aSnapshotRestoresTheTabsInOrder()
    {
        DocumentsModel before;
        fill(&before);
        const QJsonObject snapshot = before.snapshot();

        DocumentsModel after;
        QAbstractItemModelTester tester(&after, QAbstractItemModelTester::FailureReportingMode::QtTest);
        after.openWelcome(); // whatever was there goes
        after.restoreSnapshot(snapshot);
        QCOMPARE(after.count(), 3);
        QCOMPARE(after.currentIndex(), 2);
        const auto kind = [&](int row) {
            return after.data(after.index(row), DocumentsModel::KindRole).value<DocumentsModel::Kind>();
        };
        QCOMPARE(kind(0), DocumentsModel::Kind::Welcome);
        QCOMPARE(kind(1), DocumentsModel::Kind::Resources);
        QCOMPARE(after.data(after.index(1), DocumentsModel::UriRole).toString(), u"/clusters/teleport.example.com"_s);
        QCOMPARE(kind(2), DocumentsModel::Kind::Terminal);
        // A terminal comes back without its PTY: the host is asked whether it still has it.
        QCOMPARE(after.data(after.index(2), DocumentsModel::PtyIdRole).toString(), QString());
        QCOMPARE(after.data(after.index(2), DocumentsModel::SavedPtyIdRole).toString(), u"pty-1"_s);
        QCOMPARE(after.data(after.index(2), DocumentsModel::CwdRole).toString(), u"/srv/app"_s);
        QCOMPARE(after.data(after.index(2), DocumentsModel::LaunchRole).toMap().value(u"args"_s).toStringList(), QStringList{u"-l"_s});
        QCOMPARE(after.rowOfPty(QString()), -1);
        after.setPty(2, u"pty-2"_s, u"started again"_s);
        QCOMPARE(after.rowOfPty(u"pty-2"_s), 2);
        QCOMPARE(after.data(after.index(2), DocumentsModel::NoticeRole).toString(), u"started again"_s);
        after.clearNotice(2);
        QVERIFY(after.data(after.index(2), DocumentsModel::NoticeRole).toString().isEmpty());
        // Uris stay unique after a restore.
        after.openWelcome();
        const QStringList four = uris(after);
        QCOMPARE(QSet<QString>(four.cbegin(), four.cend()).size(), 4);
    }

    void aDamagedSnapshotKeepsWhatItCanRead()
    {
        const QByteArray json =
            "{\"version\": 1, \"current\": 7, \"tabs\": ["
            "{\"kind\": \"resources\", \"cluster\": \"not-a-cluster-uri\"},"
            "{\"kind\": \"hologram\"},"
            "{\"kind\": \"terminal\", \"title\": \"lost\"},"
            "42,"
            "{\"kind\": \"resources\", \"cluster\": \"/clusters/a\", \"title\": \"a\"}]}";
        DocumentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.restoreSnapshot(QJsonDocument::fromJson(json).object());
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.currentIndex(), 0); // clamped to the tabs there are
        QCOMPARE(model.data(model.index(0), DocumentsModel::TitleRole).toString(), u"a"_s);
    }

    void theWorkspaceFileIsPrivateAndRestored()
    {
        QTemporaryDir scratch;
        const QString path = scratch.path() + "/state/workspace.json"_L1;
        {
            DocumentsModel documents;
            Workspace workspace;
            workspace.setDocuments(&documents);
            workspace.setPath(path);
            fill(&documents);
            // Written a moment after the changes, without being asked.
            QTRY_VERIFY(QFile::exists(path));
            QCOMPARE(QFile::permissions(path) & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser), QFile::Permissions());
            struct stat dir {
            };
            QCOMPARE(::stat(QFile::encodeName(scratch.path() + "/state"_L1).constData(), &dir), 0);
            QCOMPARE(dir.st_mode & 0777, 0700u);
            documents.close(0); // closed just before the window goes: still saved
        }
        DocumentsModel documents;
        Workspace workspace;
        workspace.setDocuments(&documents);
        workspace.setPath(path);
        QVERIFY(workspace.restore());
        QCOMPARE(documents.count(), 2);
        QCOMPARE(documents.data(documents.index(0), DocumentsModel::KindRole).value<DocumentsModel::Kind>(), DocumentsModel::Kind::Resources);
        QCOMPARE(documents.currentIndex(), 1);

        // No file: nothing to restore, and nothing written until something changes.
        Workspace empty;
        DocumentsModel none;
        empty.setDocuments(&none);
        empty.setPath(scratch.path() + "/other/workspace.json"_L1);
        QVERIFY(!empty.restore());
        QVERIFY(empty.error().isEmpty());
    }

    void aDamagedWorkspaceFileIsKeptAside()
    {
        QTemporaryDir scratch;
        const QString path = scratch.path() + "/workspace.json"_L1;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\": 1, \"tabs\": [{\"kind\": \"welc"); // cut short, as by a crash of another writer
        file.close();
        DocumentsModel documents;
        documents.openWelcome();
        Workspace workspace;
        workspace.setDocuments(&documents);
        workspace.setPath(path);
        QVERIFY(!workspace.restore());
        QCOMPARE(documents.count(), 1); // untouched
        QVERIFY2(workspace.error().contains(path + ".damaged"_L1), qPrintable(workspace.error()));
        QVERIFY(QFile::exists(path + ".damaged"_L1));
        QVERIFY(!QFile::exists(path));
        // A file from a later version is not guessed at either.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\": 2, \"tabs\": []}");
        file.close();
        QVERIFY(!workspace.restore());
        QVERIFY(workspace.error().contains(u"version"_s));
    }

    void aBackgroundTabAsksForAttentionUntilShown()
    {
        DocumentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.openWelcome();
        model.openWelcome();
        const auto attention = [&](int row) {
            return model.data(model.index(row), DocumentsModel::AttentionRole).toBool();
        };
        model.requestAttention(1); // the current tab is being looked at already
        QVERIFY(!attention(1));
        model.requestAttention(0);
        QVERIFY(attention(0));
        QVERIFY(model.move(0, 1)); // it keeps asking where it goes
        QVERIFY(attention(1));
        model.setCurrentIndex(1);
        QVERIFY(!attention(1));
    }

    void tabsBelongToTheirClustersWorkspace()
    {
        DocumentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto title = [&](int row) {
            return model.data(model.index(row), DocumentsModel::TitleRole).toString();
        };
        // The current workspace's tabs, in order, as the tab bar shows them.
        const auto shownTitles = [&] {
            QStringList titles;
            for (int row = 0; row < model.count(); ++row) {
                if (model.positionOf(row) >= 0) {
                    // Positions count the shown tabs from 0, in order.
                    titles << (model.positionOf(row) == titles.size() ? title(row) : u"(out of place)"_s);
                }
            }
            return titles;
        };
        // Before any cluster: the workspace of none. The first cluster's takes its tabs in.
        model.openWelcome();
        QCOMPARE(model.workspace(), QString());
        model.openResources(u"/clusters/a"_s, u"a"_s);
        QCOMPARE(model.workspace(), u"/clusters/a"_s);
        QCOMPARE(model.workspaceCount(), 2);
        model.openTerminal(u"shell in a"_s, u"pty-a"_s);
        QCOMPARE(shownTitles(), (QStringList{u"Welcome"_s, u"a"_s, u"shell in a"_s}));

        // Another cluster: its own workspace, with only its tabs shown.
        QSignalSpy switched(&model, &DocumentsModel::workspaceChanged);
        model.openResources(u"/clusters/b/leaves/leaf"_s, u"leaf"_s);
        QCOMPARE(switched.count(), 1);
        QCOMPARE(model.workspace(), u"/clusters/b"_s);
        model.openTerminal(u"shell in b"_s, u"pty-b"_s);
        model.openWelcome();
        QCOMPARE(shownTitles(), (QStringList{u"leaf"_s, u"shell in b"_s, u"Welcome"_s}));
        QCOMPARE(model.count(), 6);

        // Back to a: its tab in front is the one left there.
        model.setWorkspace(u"/clusters/a"_s);
        QCOMPARE(title(model.currentIndex()), u"shell in a"_s);
        // Neighbours are the workspace's: cycling wraps inside it, moving skips the others.
        model.cycle(1);
        QCOMPARE(title(model.currentIndex()), u"Welcome"_s);
        QCOMPARE(model.data(model.index(model.currentIndex()), DocumentsModel::WorkspaceRole).toString(), u"/clusters/a"_s);
        model.activatePosition(8); // past the end: the last
        QCOMPARE(title(model.currentIndex()), u"shell in a"_s);
        QVERIFY(model.moveBy(model.currentIndex(), -1));
        QCOMPARE(shownTitles(), (QStringList{u"Welcome"_s, u"shell in a"_s, u"a"_s}));
        QVERIFY(!model.moveBy(model.rowOfUri(u"/docs/1"_s), -1)); // the first of a's tabs
        // A terminal of the other workspace, shown from here, brings its workspace.
        model.setCurrentIndex(model.rowOfPty(u"pty-b"_s));
        QCOMPARE(model.workspace(), u"/clusters/b"_s);

        // Close others stays inside the workspace.
        model.closeOthers(model.currentIndex());
        QCOMPARE(shownTitles(), QStringList{u"shell in b"_s});
        QCOMPARE(model.count(), 4);
        // Closing the last tab of a workspace leaves it empty, not another's tab in front.
        model.close(model.currentIndex());
        QCOMPARE(model.workspaceCount(), 0);
        QCOMPARE(model.currentIndex(), -1);
        QCOMPARE(shownTitles(), QStringList());

        // A root cluster that goes: its resources tab closes, its terminals wait in the workspace
        // of none for the next cluster shown.
        model.setWorkspace(u"/clusters/a"_s);
        model.closeCluster(u"/clusters/a"_s);
        QCOMPARE(model.workspace(), QString());
        QCOMPARE(shownTitles(), (QStringList{u"Welcome"_s, u"shell in a"_s}));
        model.openResources(u"/clusters/c"_s, u"c"_s);
        QCOMPARE(model.workspaceCount(), 3);
    }

    void workspacesComeBackFromASnapshot()
    {
        DocumentsModel before;
        before.openResources(u"/clusters/a"_s, u"a"_s);
        before.openTerminal(u"shell in a"_s, u"pty-a"_s);
        before.openResources(u"/clusters/b"_s, u"b"_s);
        before.openTerminal(u"shell in b"_s, u"pty-b"_s);
        before.setCurrentIndex(2); // b's resources in front of b

        DocumentsModel after;
        after.restoreSnapshot(before.snapshot());
        QCOMPARE(after.workspace(), u"/clusters/b"_s);
        QCOMPARE(after.workspaceCount(), 2);
        QCOMPARE(after.data(after.index(after.currentIndex()), DocumentsModel::TitleRole).toString(), u"b"_s);
        after.setWorkspace(u"/clusters/a"_s);
        QCOMPARE(after.data(after.index(after.currentIndex()), DocumentsModel::SavedPtyIdRole).toString(), u"pty-a"_s);
    }

    void aGatewayHasOneTabInItsClustersWorkspace()
    {
        DocumentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.openResources(u"/clusters/a"_s, u"a"_s);
        model.openResources(u"/clusters/b"_s, u"b"_s);
        QVariantMap gateway{{u"uri"_s, u"/gateways/7"_s},
                            {u"targetUri"_s, u"/clusters/a/leaves/l/dbs/pg"_s},
                            {u"targetName"_s, u"pg"_s},
                            {u"targetUser"_s, u"alice"_s},
                            {u"localPort"_s, u"54321"_s},
                            {u"targetSubresourceName"_s, QString()},
                            {u"cliCommand"_s, u"psql"_s}};
        // Opened from b's workspace, it goes to a's: its database is in a leaf of a.
        const int row = model.openGateway(gateway);
        QCOMPARE(model.workspace(), u"/clusters/a"_s);
        QCOMPARE(model.currentIndex(), row);
        QCOMPARE(model.currentUri(), u"/gateways/7"_s);
        QCOMPARE(model.data(model.index(row), DocumentsModel::KindRole).value<DocumentsModel::Kind>(), DocumentsModel::Kind::Gateway);
        QCOMPARE(model.data(model.index(row), DocumentsModel::TitleRole).toString(), u"pg as alice"_s);
        QCOMPARE(model.data(model.index(row), DocumentsModel::LaunchRole).toMap().value(u"localPort"_s).toString(), u"54321"_s);
        QVERIFY(!model.data(model.index(row), DocumentsModel::LaunchRole).toMap().contains(u"cliCommand"_s));
        // Asked again (from the sidebar): the same tab.
        model.setCurrentIndex(0);
        QCOMPARE(model.openGateway(gateway), row);
        QCOMPARE(model.count(), 3);
        // Not a gateway's uri: nothing.
        QCOMPARE(model.openGateway({{u"uri"_s, u"/clusters/a"_s}}), -1);

        // Its port changed: the tab keeps the new one; created again: the tab follows the new uri.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        gateway[u"localPort"_s] = u"60000"_s;
        model.setGateway(u"/gateways/7"_s, gateway);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(row), DocumentsModel::LaunchRole).toMap().value(u"localPort"_s).toString(), u"60000"_s);
        model.setGateway(u"/gateways/7"_s, gateway); // nothing new
        QCOMPARE(changed.count(), 1);
        gateway[u"uri"_s] = u"/gateways/8"_s;
        model.setGateway(u"/gateways/7"_s, gateway);
        QCOMPARE(model.rowOfUri(u"/gateways/8"_s), row);
        QCOMPARE(model.rowOfUri(u"/gateways/7"_s), -1);

        // It comes back from the workspace file, with what it takes to create it again.
        DocumentsModel after;
        QAbstractItemModelTester afterTester(&after, QAbstractItemModelTester::FailureReportingMode::QtTest);
        after.restoreSnapshot(model.snapshot());
        QCOMPARE(after.count(), 3);
        const int restored = after.rowOfUri(u"/gateways/8"_s);
        QVERIFY(restored >= 0);
        QCOMPARE(after.currentIndex(), restored);
        QCOMPARE(after.workspace(), u"/clusters/a"_s);
        QCOMPARE(after.data(after.index(restored), DocumentsModel::TitleRole).toString(), u"pg as alice"_s);
        const QVariantMap launch = after.data(after.index(restored), DocumentsModel::LaunchRole).toMap();
        QCOMPARE(launch.value(u"targetUri"_s).toString(), u"/clusters/a/leaves/l/dbs/pg"_s);
        QCOMPARE(launch.value(u"localPort"_s).toString(), u"60000"_s);
        QCOMPARE(launch.value(u"targetUser"_s).toString(), u"alice"_s);

        // A damaged entry (no gateway uri) is left out.
        QJsonObject snapshot = model.snapshot();
        QJsonArray tabs = snapshot.value("tabs"_L1).toArray();
        QJsonObject broken = tabs.at(restored).toObject();
        broken["gateway"_L1] = u"/clusters/a"_s;
        tabs.replace(restored, broken);
        snapshot["tabs"_L1] = tabs;
        after.restoreSnapshot(snapshot);
        QCOMPARE(after.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDocumentsModel)
#include "tst_documentsmodel.moc"
