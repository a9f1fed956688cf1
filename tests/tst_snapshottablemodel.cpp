// SnapshotTableModel (issue 15's snapshot view): a snapshot's rows as a table, scoped to an
// Insights group or idle bucket, filtered and sorted on a worker thread; checked against orders
// and counts worked out here from the snapshot's rows.
#include "cellformatter.h"
#include "columncatalog.h"
#include "inventoryinsights.h"
#include "snapshotstore.h"
#include "snapshottablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace numdesk;

namespace {

const QDateTime kTakenAt = QDateTime(QDate(2026, 12, 3), QTime(14, 2), QTimeZone::utc());

// Offers 100..104 (104 has no name), pools, calls from 0 to 400 days before the snapshot, every
// seventh number never called, countries US and GB, every ninth without one.
PhoneNumber makeNumber(qint64 id)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("name"), QStringLiteral("Line %1").arg(id));
    json.insert(QStringLiteral("number"),
                QStringLiteral("+1415555%1").arg((id * 37) % 10000, 4, 10, QLatin1Char('0')));
    json.insert(QStringLiteral("offer_id"), 100 + id % 5);
    json.insert(QStringLiteral("ring_pool_id"), 40 + id % 3);
    if (id % 7 != 0) {
        json.insert(QStringLiteral("last_call_at"),
                    kTakenAt.addDays(-((id * 13) % 400)).toString(Qt::ISODateWithMs));
    }
    if (id % 9 != 0) // some without a country
        json.insert(QStringLiteral("country"),
                    id % 4 == 0 ? QStringLiteral("GB") : QStringLiteral("US"));
    json.insert(QStringLiteral("created_at"), QStringLiteral("2025-01-02T03:04:05.678-05:00"));
    return *PhoneNumber::fromJson(json);
}

SnapshotNames names()
{
    SnapshotNames names;
    // Named so that the name order is not the id order.
    names[QStringLiteral("offer_id")] = {{100, QStringLiteral("Solar")},
                                         {101, QStringLiteral("auto insurance")},
                                         {102, QStringLiteral("Medicare")},
                                         {103, QStringLiteral("Debt 10")}};
    names[QStringLiteral("ring_pool_id")] = {{40, QStringLiteral("East")},
                                             {41, QStringLiteral("West")}};
    return names;
}

struct Fixture
{
    QTemporaryDir dir;
    QString path;
    qint64 snapshot = 0;
    QList<PhoneNumber> rows;

    bool make(int count)
    {
        path = dir.filePath(QStringLiteral("s.sqlite"));
        SnapshotStore store;
        if (!store.open(path))
            return false;
        // Two snapshots: the view reads the one it is given.
        for (int round = 0; round < 2; ++round) {
            const std::optional<qint64> id = store.begin(kTakenAt.addDays(round - 1));
            if (!id)
                return false;
            QList<PhoneNumber> set;
            for (int i = 1; i <= count - round * 5; ++i)
                set.append(makeNumber(i));
            if (!store.addRows(*id, set) || !store.setNames(*id, names()) ||
                !store.finish(*id, true, 30))
                return false;
            if (round == 1) {
                snapshot = *id;
                rows = set;
            }
        }
        return true;
    }
};

bool waitResolved(SnapshotTableModel &model)
{
    if (!model.isLoading())
        return true;
    QSignalSpy resolved(&model, &SnapshotTableModel::resolved);
    return resolved.wait(30000);
}

QList<qint64> shownIds(const SnapshotTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(SnapshotTableModel::RecordIdRole).toLongLong());
    return ids;
}

// The order the live table's CellFormatter gives, ties by id.
QList<qint64> expectedOrder(QList<PhoneNumber> rows, const QString &key, Qt::SortOrder order)
{
    CellFormatter formatter;
    const SnapshotNames n = names();
    formatter.setNames(&n);
    const columns::Kind kind = columns::kind(key);
    std::stable_sort(rows.begin(), rows.end(), [&](const PhoneNumber &a, const PhoneNumber &b) {
        int c = formatter.compare(a, b, key, kind);
        if (c == 0)
            return *a.id < *b.id;
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QList<qint64> ids;
    for (const PhoneNumber &row : rows)
        ids.append(*row.id);
    return ids;
}

// Read by one thread, or in three parts at once.
void readParts()
{
    QTest::addColumn<int>("parts");
    QTest::newRow("one part") << 1;
    QTest::newRow("three parts") << 3;
}

} // namespace

class tst_SnapshotTableModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowTheWholeSnapshotInNumberOrderWithItsNames()
    {
        Fixture f;
        QVERIFY(f.make(600));
        SnapshotTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns({"number", "offer_id", "ring_pool_id", "last_call_at"});
        QString error;
        QVERIFY2(model.open(f.path, f.snapshot, {}, &error), qPrintable(error));
        QVERIFY(waitResolved(model));
        QCOMPARE(model.rowCount(), 595);
        QCOMPARE(model.info().count, 595);
        QList<qint64> ids;
        for (const PhoneNumber &row : f.rows)
            ids.append(*row.id);
        QCOMPARE(shownIds(model), ids);
        // The snapshot's own names; an id without one reads "#id".
        const int row101 = int(ids.indexOf(101));
        QCOMPARE(model.index(row101, 1).data().toString(), QStringLiteral("auto insurance"));
        QCOMPARE(model.index(int(ids.indexOf(104)), 1).data().toString(), QStringLiteral("#104"));
        QCOMPARE(model.numberAt(row101)->name, QStringLiteral("Line 101"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), columns::label("offer_id"));
    }

    void shouldSortOnAnyColumnAsTheLiveTableDoes_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<int>("parts"); // read by one thread, or by three at once
        for (const char *key :
             {"offer_id", "ring_pool_id", "number", "last_call_at", "name", "country"}) {
            for (const int parts : {1, 3}) {
                QTest::addRow("%s ascending, %d part(s)", key, parts)
                    << QString::fromLatin1(key) << Qt::AscendingOrder << parts;
                QTest::addRow("%s descending, %d part(s)", key, parts)
                    << QString::fromLatin1(key) << Qt::DescendingOrder << parts;
            }
        }
    }

    void shouldSortOnAnyColumnAsTheLiveTableDoes()
    {
        QFETCH(QString, key);
        QFETCH(Qt::SortOrder, order);
        QFETCH(int, parts);
        Fixture f;
        QVERIFY(f.make(600));
        SnapshotTableModel model;
        model.setReadParts(parts, 50);
        model.setColumns({"number", "name", "offer_id", "ring_pool_id", "last_call_at", "country"});
        QVERIFY(model.open(f.path, f.snapshot));
        model.sort(int(model.columns().indexOf(key)), order);
        QVERIFY(waitResolved(model));
        QCOMPARE(shownIds(model), expectedOrder(f.rows, key, order));
    }

    void shouldShowTheIdleNumbersOfOneGroupAsInsightsCountThem_data() { readParts(); }

    void shouldShowTheIdleNumbersOfOneGroupAsInsightsCountThem()
    {
        QFETCH(int, parts);
        Fixture f;
        QVERIFY(f.make(600));
        SnapshotTableModel model;
        model.setReadParts(parts, 50);
        SnapshotScope scope;
        scope.by = InventoryInsights::Dimension::Offer;
        scope.key = QStringLiteral("103");
        scope.idleDays = 90;
        QVERIFY(model.open(f.path, f.snapshot, scope));
        QVERIFY(waitResolved(model));
        const InsightReport report = InventoryInsights::compute(
            f.rows, kTakenAt, InventoryInsights::Dimension::Offer, 90, names());
        const auto group = std::find_if(report.groups.cbegin(), report.groups.cend(),
                                        [](const InsightGroup &g) { return g.key == "103"; });
        QVERIFY(group != report.groups.cend());
        QVERIFY(group->idle > 10);
        QCOMPARE(model.rowCount(), int(group->idle));
        // Counted here from the dates: no call, or the last one more than 90 days before.
        QList<qint64> expected;
        for (const PhoneNumber &row : std::as_const(f.rows)) {
            if (row.offerId == 103 &&
                (row.lastCallAt.isEmpty() ||
                 QDateTime::fromString(row.lastCallAt, Qt::ISODateWithMs) < kTakenAt.addDays(-90)))
                expected.append(*row.id);
        }
        QCOMPARE(shownIds(model), expected);

        // The none group of a dimension: numbers without a pool.
        SnapshotScope none;
        none.by = InventoryInsights::Dimension::RingPool;
        none.key = QStringLiteral("");
        QVERIFY(model.open(f.path, f.snapshot, none));
        QVERIFY(waitResolved(model));
        QCOMPARE(model.rowCount(), 0); // every number has a pool here
        SnapshotScope pool;
        pool.by = InventoryInsights::Dimension::RingPool;
        pool.key = QStringLiteral("42");
        QVERIFY(model.open(f.path, f.snapshot, pool));
        QVERIFY(waitResolved(model));
        QCOMPARE(model.rowCount(), 198); // ids 2, 5, … 593 of 1..595
    }

    void shouldFilterByNameNumberOrTypedDigits_data() { readParts(); }

    void shouldFilterByNameNumberOrTypedDigits()
    {
        QFETCH(int, parts);
        Fixture f;
        QVERIFY(f.make(600));
        SnapshotTableModel model;
        model.setReadParts(parts, 50);
        QVERIFY(model.open(f.path, f.snapshot));
        QVERIFY(waitResolved(model));
        model.setFilterText(QStringLiteral("AUTO ins")); // offer 101's name
        QVERIFY(waitResolved(model));
        QCOMPARE(model.rowCount(), 119);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.numberAt(row)->offerId, 101);
        const PhoneNumber &some = f.rows.at(41);
        // As people type it: spaces, dashes and brackets.
        const QString typed = QStringLiteral("555-%1").arg(some.number.right(4));
        model.setFilterText(typed);
        QVERIFY(waitResolved(model));
        QVERIFY(shownIds(model).contains(*some.id));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.numberAt(row)->number.endsWith(some.number.right(4)));
        model.setFilterText(QStringLiteral("no such thing"));
        QVERIFY(waitResolved(model));
        QCOMPARE(model.rowCount(), 0);
        model.setFilterText(QString());
        QVERIFY(waitResolved(model));
        QCOMPARE(model.rowCount(), 595);
    }

    void shouldEndWithTheLastOrderAskedForWhenAskedAgainMeanwhile()
    {
        Fixture f;
        QVERIFY(f.make(3000));
        SnapshotTableModel model;
        model.setColumns({"number", "offer_id", "last_call_at"});
        QVERIFY(model.open(f.path, f.snapshot));
        model.sort(1, Qt::AscendingOrder); // cancelled by the next ones
        model.sort(2, Qt::DescendingOrder);
        model.sort(0, Qt::AscendingOrder);
        QVERIFY(waitResolved(model));
        QCOMPARE(model.rowCount(), 2995);
        QCOMPARE(shownIds(model), expectedOrder(f.rows, "number", Qt::AscendingOrder));
        model.sort(-1, Qt::AscendingOrder);
        QVERIFY(waitResolved(model));
        QCOMPARE(shownIds(model).first(), 1);
    }

    void shouldSayWhenTheSnapshotIsGone()
    {
        Fixture f;
        QVERIFY(f.make(10));
        SnapshotTableModel model;
        QString error;
        QVERIFY(!model.open(f.path, 999, {}, &error));
        QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SnapshotTableModel)
#include "tst_snapshottablemodel.moc"
