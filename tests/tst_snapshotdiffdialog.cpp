// What Changed (issue 15): two snapshots compared in the window, grouped by offer with names,
// the latest two by default, and the CSV that `numdesk-cli diff` writes.
#include "dialogtesthelpers.h"
#include "snapshotdiffdialog.h"
#include "snapshotstore.h"

#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace numdesk;

namespace {

PhoneNumber number(qint64 id, qint64 offer, const QString &name)
{
    return PhoneNumber::fromJson(
               QJsonObject{{"id", id},
                           {"number", QStringLiteral("+1202555%1").arg(id, 4, 10, QChar('0'))},
                           {"offer_id", offer},
                           {"name", name}})
        .value();
}

} // namespace

class tst_SnapshotDiffDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    bool take(const QString &path, const QList<PhoneNumber> &rows, const QDateTime &at)
    {
        SnapshotStore store;
        if (!store.open(path))
            return false;
        const std::optional<qint64> id = store.begin(at);
        SnapshotNames names;
        names[QStringLiteral("offer_id")] = {{100, QStringLiteral("Auto Insurance")},
                                             {101, QStringLiteral("Home Solar")}};
        return id && store.addRows(*id, rows) && store.setNames(*id, names) &&
               store.finish(*id, true, 30);
    }

    static QStringList childTexts(const QStandardItemModel *model, int group)
    {
        QStringList rows;
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            QStringList cells;
            for (int column = 0; column < SnapshotDiffDialog::ColumnCount; ++column)
                cells << model->index(row, column, parent).data().toString();
            rows << cells.join(QStringLiteral(" | "));
        }
        return rows;
    }

private slots:
    void initTestCase() { QVERIFY(numdesk::test::installEnglishPlurals()); }

    void shouldGroupTheChangesOfTheLatestTwoByOfferAndExportThem()
    {
        const QString path = m_dir.filePath(QStringLiteral("three.sqlite"));
        const QDateTime monday = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        // The oldest snapshot differs from everything: the default must not compare with it.
        QVERIFY(take(path, {number(9, 100, "Old")}, monday));
        QVERIFY(take(path, {number(1, 100, "One"), number(2, 100, "Two"), number(3, 101, "Three")},
                     monday.addDays(1)));
        // Since: 1 moved to Home Solar, 2 unrented, 3 the same, 4 bought into Auto Insurance.
        QVERIFY(take(path, {number(1, 101, "One"), number(3, 101, "Three"), number(4, 100, "Four")},
                     monday.addDays(2)));

        SnapshotDiffDialog dialog(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!dialog.isComparing() && dialog.exportButton()->isEnabled());
        QCOMPARE(dialog.toCombo()->currentData().toLongLong(), 3);
        QCOMPARE(dialog.fromCombo()->currentData().toLongLong(), 2);
        QCOMPARE(dialog.summaryText(),
                 QStringLiteral("1 number added, 1 removed, 1 changed; 3 numbers in all."));

        const QStandardItemModel *model = dialog.changeModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, 0).data().toString(),
                 QStringLiteral("Auto Insurance (#100): 1 added, 1 removed, 0 changed"));
        QCOMPARE(childTexts(model, 0),
                 (QStringList{QStringLiteral("+12025550002 (id 2) | Removed |  |  | "),
                              QStringLiteral("+12025550004 (id 4) | Added |  |  | ")}));
        QCOMPARE(model->index(1, 0).data().toString(),
                 QStringLiteral("Home Solar (#101): 0 added, 0 removed, 1 changed"));
        QCOMPARE(childTexts(model, 1),
                 QStringList{QStringLiteral("+12025550001 (id 1) | Changed | Offer | "
                                            "Auto Insurance (#100) | Home Solar (#101)")});
        QVERIFY(test::saveScreenshot(&dialog, QStringLiteral("what-changed.png")));

        // A double-click asks for the snapshot view of those numbers: To holds the added one and
        // the group, From the removed one.
        QSignalSpy asked(&dialog, &SnapshotDiffDialog::snapshotViewRequested);
        QTreeView *tree = dialog.tree();
        const auto doubleClick = [&](const QModelIndex &index) {
            tree->scrollTo(index);
            const QPoint at = tree->visualRect(index).center();
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
            QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
        };
        doubleClick(model->index(0, 0, model->index(0, 0))); // 2, removed
        doubleClick(model->index(1, 0, model->index(0, 0))); // 4, added
        doubleClick(model->index(0, 0));                     // the Auto Insurance group
        QCOMPARE(asked.size(), 3);
        const auto scopeOf = [&](int i) { return asked.at(i).at(1).value<SnapshotScope>(); };
        QCOMPARE(asked.at(0).at(0).toLongLong(), 2);
        QCOMPARE(scopeOf(0).numbers, QSet<qint64>{2});
        QCOMPARE(asked.at(1).at(0).toLongLong(), 3);
        QCOMPARE(scopeOf(1).numbers, QSet<qint64>{4});
        QCOMPARE(asked.at(2).at(0).toLongLong(), 3);
        QCOMPARE(scopeOf(2).numbers, (QSet<qint64>{2, 4}));

        // The CSV is the CLI's (cli.md): a row per change, ids as ids.
        const QString csv = m_dir.filePath(QStringLiteral("changes.csv"));
        QString error;
        QVERIFY2(dialog.exportTo(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("id,number,change,field,before,after\r\n"
                                            "1,+12025550001,changed,offer_id,100,101\r\n"
                                            "2,+12025550002,removed,,,\r\n"
                                            "4,+12025550004,added,,,\r\n"));

        // Another pair: the oldest against the latest.
        dialog.fromCombo()->setCurrentIndex(dialog.fromCombo()->findData(1));
        QTRY_VERIFY(!dialog.isComparing() && dialog.exportButton()->isEnabled());
        QCOMPARE(dialog.summaryText(),
                 QStringLiteral("3 numbers added, 1 removed, 0 changed; 4 numbers in all."));
        // The same snapshot on both sides.
        dialog.toCombo()->setCurrentIndex(dialog.toCombo()->findData(1));
        QTRY_VERIFY(!dialog.isComparing() && dialog.exportButton()->isEnabled());
        QCOMPARE(dialog.summaryText(), QStringLiteral("Nothing changed between these snapshots."));
        QCOMPARE(model->rowCount(), 0);
    }

    void shouldSayThereIsNothingToCompareWithOneSnapshot()
    {
        const QString path = m_dir.filePath(QStringLiteral("one.sqlite"));
        QVERIFY(take(path, {number(1, 100, "One")}, QDateTime::currentDateTimeUtc()));
        SnapshotDiffDialog dialog(path);
        QVERIFY(!dialog.fromCombo()->isEnabled());
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY(dialog.summaryText().startsWith(QStringLiteral("There is nothing to compare yet")));
    }
};

QTEST_MAIN(tst_SnapshotDiffDialog)
#include "tst_snapshotdiffdialog.moc"
