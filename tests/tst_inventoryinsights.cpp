// InventoryInsights: groups cover every number exactly once, idle and never-called boundaries,
// names, cost from monthly prices; a stored snapshot counted from its facets gives the same
// report as its rows counted one by one.
#include "inventoryinsights.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace numdesk;

namespace {

const QDateTime kTakenAt =
    QDateTime::fromString(QStringLiteral("2026-12-03T12:00:00.000Z"), Qt::ISODateWithMs);

PhoneNumber number(qint64 id, const QString &e164, const QString &country,
                   std::optional<qint64> offer, const QString &lastCallAt)
{
    PhoneNumber n;
    n.id = id;
    n.number = e164;
    n.country = country;
    n.offerId = offer;
    n.lastCallAt = lastCallAt;
    n.createdAt = QStringLiteral("2025-0%1-10T08:00:00.000-05:00").arg(1 + id % 3);
    return n;
}

// Ten numbers: US local and toll-free, GB local; three never called.
QList<PhoneNumber> sample()
{
    return {
        number(1, QStringLiteral("+14155550101"), QStringLiteral("US"), 100,
               QStringLiteral("2026-12-01T10:00:00.000-05:00")),                         // recent
        number(2, QStringLiteral("+14155550102"), QStringLiteral("US"), 100, QString()), // never
        number(3, QStringLiteral("+18005002562"), QStringLiteral("US"), 100,
               QStringLiteral("2025-11-01T10:00:00.000-05:00")), // a year: idle
        number(4, QStringLiteral("+18005002563"), QStringLiteral("US"), 101, QString()), // never
        number(5, QStringLiteral("+441224980000"), QStringLiteral("GB"), 101,
               QStringLiteral("2026-09-01T10:00:00.000+00:00")), // 93 days: idle at 90
        number(6, QStringLiteral("+441224980001"), QStringLiteral("GB"), std::nullopt,
               QStringLiteral("2026-11-30T10:00:00.000+00:00")),
        number(7, QStringLiteral("+14155550107"), QStringLiteral("US"), std::nullopt, QString()),
        number(8, QStringLiteral("+14155550108"), QStringLiteral("US"), 102,
               QStringLiteral("2026-12-03T11:00:00.000Z")),
        number(9, QStringLiteral("+14155550109"), QStringLiteral("US"), 102,
               QStringLiteral("2027-01-01T00:00:00.000Z")), // in the future: not idle
        number(10, QStringLiteral("+14155550110"), QStringLiteral("US"), 102,
               QStringLiteral("not a date")), // unreadable: not idle
    };
}

// The sample as records the API sent (every key present), so that the store keeps every field.
QList<PhoneNumber> storable()
{
    QList<PhoneNumber> rows = sample();
    for (PhoneNumber &row : rows) {
        for (int i = 0; !PhoneNumber::fieldKey(i).isEmpty(); ++i)
            row.present |= 1u << i;
        row = *PhoneNumber::fromJson(row.toJson());
    }
    return rows;
}

} // namespace

class TestInventoryInsights : public QObject
{
    Q_OBJECT

private slots:
    void shouldCoverEveryNumberExactlyOnceInEveryDimension_data()
    {
        QTest::addColumn<QString>("by");
        for (const QString &key : InventoryInsights::dimensionKeys())
            QTest::newRow(qPrintable(key)) << key;
    }

    void shouldCoverEveryNumberExactlyOnceInEveryDimension()
    {
        QFETCH(QString, by);
        const auto dimension = InventoryInsights::dimensionFromKey(by);
        QVERIFY(dimension);
        const QList<PhoneNumber> rows = sample();
        const InsightReport report = InventoryInsights::compute(rows, kTakenAt, *dimension, 90);
        QCOMPARE(report.total, rows.size());
        qint64 count = 0;
        qint64 idle = 0;
        qint64 never = 0;
        QSet<QString> keys;
        for (const InsightGroup &group : report.groups) {
            QVERIFY2(!keys.contains(group.key), qPrintable(group.key));
            keys.insert(group.key);
            count += group.count;
            idle += group.idle;
            never += group.neverCalled;
        }
        QCOMPARE(count, report.total);
        QCOMPARE(idle, report.idle);
        QCOMPARE(never, report.neverCalled);
        // Each number is in the group of its own key, counted independently.
        for (const InsightGroup &group : report.groups) {
            const auto inGroup = std::count_if(rows.cbegin(), rows.cend(), [&](const auto &n) {
                return InventoryInsights::groupKey(n, *dimension) == group.key;
            });
            QCOMPARE(group.count, qint64(inGroup));
        }
    }

    void shouldCountByOfferWithNames()
    {
        const SnapshotNames names{
            {QStringLiteral("offer_id"),
             {{100, QStringLiteral("Auto Insurance")}, {101, QStringLiteral("Debt Relief")}}}};
        const InsightReport report = InventoryInsights::compute(
            sample(), kTakenAt, InventoryInsights::Dimension::Offer, 90, names);
        QCOMPARE(report.total, 10);
        QCOMPARE(report.neverCalled, 3);
        QCOMPARE(report.idle, 5); // 3 never called, #3 a year ago, #5 93 days ago
        QCOMPARE(report.groups.size(), 4);
        QCOMPARE(report.groups[0].key, QStringLiteral("100")); // 3 numbers, before 102 by key
        QCOMPARE(report.groups[0].name, QStringLiteral("Auto Insurance"));
        QCOMPARE(report.groups[0].count, 3);
        QCOMPARE(report.groups[0].idle, 2);
        QCOMPARE(report.groups[0].neverCalled, 1);
        QCOMPARE(report.groups[1].key, QStringLiteral("102"));
        QCOMPARE(report.groups[1].name, QStringLiteral("#102")); // no name known
        QCOMPARE(report.groups[1].idle, 0);
        const InsightGroup none = report.groups[2]; // 2 numbers, before 101 by key
        QCOMPARE(none.key, QString());              // no offer
        QCOMPARE(none.name, QString());
        QCOMPARE(none.count, 2);
        QVERIFY(!report.monthlyCost); // no prices
        QVERIFY(!none.monthlyCost);
    }

    void shouldTellIdleAtItsBoundaries()
    {
        PhoneNumber n;
        n.lastCallAt = QString();
        QVERIFY(InventoryInsights::isNeverCalled(n));
        QVERIFY(InventoryInsights::isIdle(n, kTakenAt, 30));
        // Exactly 30 days before the snapshot: not older than 30 days.
        n.lastCallAt = QStringLiteral("2026-11-03T12:00:00.000Z");
        QVERIFY(!InventoryInsights::isIdle(n, kTakenAt, 30));
        QVERIFY(!InventoryInsights::isNeverCalled(n));
        // One millisecond earlier (written in another offset): idle.
        n.lastCallAt = QStringLiteral("2026-11-03T06:59:59.999-05:00");
        QVERIFY(InventoryInsights::isIdle(n, kTakenAt, 30));
        // After the snapshot time.
        n.lastCallAt = QStringLiteral("2026-12-04T00:00:00.000Z");
        QVERIFY(!InventoryInsights::isIdle(n, kTakenAt, 0));
        // 0 days: any call before the snapshot time is idle.
        n.lastCallAt = QStringLiteral("2026-12-03T11:59:59.000Z");
        QVERIFY(InventoryInsights::isIdle(n, kTakenAt, 0));
    }

    void shouldCountByTypeAndCountry()
    {
        const InsightReport byType =
            InventoryInsights::compute(sample(), kTakenAt, InventoryInsights::Dimension::Type, 90);
        QCOMPARE(byType.groups.size(), 2);
        QCOMPARE(byType.groups[0].key, QStringLiteral("local"));
        QCOMPARE(byType.groups[0].count, 8);
        QCOMPARE(byType.groups[1].key, QStringLiteral("toll_free"));
        QCOMPARE(byType.groups[1].count, 2);
        QCOMPARE(byType.groups[1].idle, 2);
        const InsightReport byCountry = InventoryInsights::compute(
            sample(), kTakenAt, InventoryInsights::Dimension::Country, 90);
        QCOMPARE(byCountry.groups[0].key, QStringLiteral("US"));
        QCOMPARE(byCountry.groups[0].name, QStringLiteral("United States"));
        QCOMPARE(byCountry.groups[1].key, QStringLiteral("GB"));
        QCOMPARE(byCountry.groups[1].count, 2);
    }

    void shouldCostNumbersByCountryAndKind()
    {
        const MonthlyPrices prices{{QStringLiteral("US/local"), 1.0},
                                   {QStringLiteral("US/toll_free"), 2.5}};
        const InsightReport report = InventoryInsights::compute(
            sample(), kTakenAt, InventoryInsights::Dimension::Country, 90, {}, prices);
        // US: 6 local at 1.00 and 2 toll-free at 2.50; GB has no price.
        QCOMPARE(report.monthlyCost, std::optional<double>(11.0));
        // Idle US: #2 and #7 local, #3 and #4 toll-free.
        QCOMPARE(report.idleMonthlyCost, std::optional<double>(7.0));
        QCOMPARE(report.groups[0].monthlyCost, std::optional<double>(11.0));
        QVERIFY(!report.groups[1].monthlyCost); // GB: no price
        QVERIFY(!report.groups[1].idleMonthlyCost);

        const InsightReport byOffer = InventoryInsights::compute(
            sample(), kTakenAt, InventoryInsights::Dimension::Offer, 90, {}, prices);
        QCOMPARE(byOffer.groups[1].key, QStringLiteral("102")); // three recent US locals
        QCOMPARE(byOffer.groups[1].monthlyCost, std::optional<double>(3.0));
        QCOMPARE(byOffer.groups[1].idleMonthlyCost, std::optional<double>(0.0));
    }

    void shouldCountAStoredSnapshotFromItsFacetsAsFromItsRows_data()
    {
        QTest::addColumn<int>("parts");
        QTest::newRow("one run") << 1;
        QTest::newRow("three runs at once") << 3;
    }

    // The facets path (ofSnapshot) against the row-by-row oracle, for every dimension, idle
    // threshold and price list, counted in one run or in three at once; an 11th number with a
    // second version in a later snapshot.
    void shouldCountAStoredSnapshotFromItsFacetsAsFromItsRows()
    {
        QFETCH(int, parts);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SnapshotStore store;
        store.setReadParts(parts, 2);
        QVERIFY2(store.open(dir.filePath(QStringLiteral("s.sqlite"))),
                 qPrintable(store.lastError()));
        QList<PhoneNumber> rows = storable();
        const std::optional<qint64> first = store.begin(kTakenAt.addDays(-1));
        QVERIFY(first);
        QVERIFY(store.addRows(*first, rows));
        QVERIFY(store.finish(*first, true, 30));
        rows[0].offerId = 101; // a new version of #1 in the second snapshot
        rows[0].lastCallAt.clear();
        const std::optional<qint64> second = store.begin(kTakenAt);
        QVERIFY(second);
        QVERIFY(store.addRows(*second, rows));
        QVERIFY(store.finish(*second, true, 30));
        const SnapshotInfo info = *store.info(*second);

        const QList<MonthlyPrices> priceLists = {
            {},
            {{QStringLiteral("US/local"), 1.25}, {QStringLiteral("US/toll_free"), 2.5}},
            {{QStringLiteral("gb/local"), 0.75}}, // a key in lower case is not a price of GB
            {{QStringLiteral("GB/local"), 0.75}, {QStringLiteral("US/toll_free"), 4.0}},
        };
        int compared = 0;
        for (const QString &key : InventoryInsights::dimensionKeys()) {
            const auto by = *InventoryInsights::dimensionFromKey(key);
            for (const int idleDays : {0, 30, 90, 400}) {
                for (const MonthlyPrices &prices : priceLists) {
                    const InsightReport expected =
                        InventoryInsights::compute(rows, info.takenAt, by, idleDays, {}, prices);
                    QString error;
                    const std::optional<InsightReport> counted =
                        InventoryInsights::ofSnapshot(&store, info, by, idleDays, prices, &error);
                    QVERIFY2(counted, qPrintable(error));
                    const QByteArray where = key.toLatin1() + " idle " +
                                             QByteArray::number(idleDays) + " prices " +
                                             QByteArray::number(prices.size());
                    QVERIFY2(counted->groups == expected.groups, where.constData());
                    QVERIFY2(counted->total == expected.total && counted->idle == expected.idle &&
                                 counted->neverCalled == expected.neverCalled &&
                                 counted->monthlyCost == expected.monthlyCost &&
                                 counted->idleMonthlyCost == expected.idleMonthlyCost,
                             where.constData());
                    ++compared;
                }
            }
        }
        QCOMPARE(compared, 7 * 4 * 4);
        // The first snapshot still counts its own version of #1.
        const InsightReport before = *InventoryInsights::ofSnapshot(
            &store, *store.info(*first), InventoryInsights::Dimension::Offer, 90, {});
        QCOMPARE(before.groups, InventoryInsights::compute(storable(), kTakenAt.addDays(-1),
                                                           InventoryInsights::Dimension::Offer, 90)
                                    .groups);
    }

    // A store written before facets existed: its versions get their facets on the first count.
    void shouldGiveAStoreWithoutFacetsItsFacetsOnTheFirstCount()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        qint64 id = 0;
        {
            SnapshotStore store;
            QVERIFY(store.open(path));
            id = *store.begin(kTakenAt);
            QVERIFY(store.addRows(id, storable()));
            QVERIFY(store.finish(id, true, 30));
        }
        {
            // As an older build left it: no facet rows, no mark.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DELETE FROM facets")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 0")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        SnapshotStore store;
        QVERIFY(store.open(path));
        const MonthlyPrices prices{{QStringLiteral("US/local"), 1.0},
                                   {QStringLiteral("US/toll_free"), 2.5}};
        const std::optional<InsightReport> counted = InventoryInsights::ofSnapshot(
            &store, *store.info(id), InventoryInsights::Dimension::Offer, 90, prices);
        QVERIFY2(counted, qPrintable(store.lastError()));
        QCOMPARE(counted->total, 10);
        QCOMPARE(counted->groups,
                 InventoryInsights::compute(storable(), kTakenAt,
                                            InventoryInsights::Dimension::Offer, 90, {}, prices)
                     .groups);
    }
};

QTEST_GUILESS_MAIN(TestInventoryInsights)
#include "tst_inventoryinsights.moc"
