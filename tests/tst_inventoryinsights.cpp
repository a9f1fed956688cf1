// InventoryInsights: groups cover every number exactly once, idle and never-called boundaries,
// names, cost from monthly prices.
#include "inventoryinsights.h"

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
};

QTEST_GUILESS_MAIN(TestInventoryInsights)
#include "tst_inventoryinsights.moc"
