#include "documentsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Teleterm::Models::DocumentsModel;

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
};

QTEST_GUILESS_MAIN(TestDocumentsModel)
#include "tst_documentsmodel.moc"
