#pragma once

#include "phonenumber.h"
#include "snapshotstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace numdesk {

// Monthly prices the user entered: key "<country>/local" or "<country>/toll_free" ("US/local").
using MonthlyPrices = QMap<QString, double>;

// One group of a snapshot's numbers.
struct InsightGroup
{
    QString key;  // the id or code; empty for numbers without one
    QString name; // what people read ("Auto Insurance", "Germany", "Toll-free"); "" for none
    qint64 count = 0;
    qint64 idle = 0; // never called included
    qint64 neverCalled = 0;
    std::optional<double> monthlyCost;     // null when no number of the group has a price
    std::optional<double> idleMonthlyCost; // what its idle numbers cost

    bool operator==(const InsightGroup &o) const;
};

struct InsightReport
{
    qint64 total = 0;
    qint64 idle = 0;
    qint64 neverCalled = 0;
    std::optional<double> monthlyCost;
    std::optional<double> idleMonthlyCost;
    QList<InsightGroup> groups; // every number in exactly one group; most numbers first
};

// Insights are pure computation over a snapshot's rows: counts by a dimension with names, idle
// numbers and what they cost.
//  - Idle: last_call_at missing, or older than `idleDays` days before the snapshot time (a call
//    exactly `idleDays` days before is not idle, nor is one after the snapshot time). Never
//    called: last_call_at missing. A last_call_at that is not a date counts as a call (a number
//    is never called idle on a value it cannot read).
//  - Cost: the monthly price of the number's country and kind (local or toll-free, told by the
//    number itself through libphonenumber), summed over the numbers that have one.
class InventoryInsights
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::InventoryInsights)

public:
    enum class Dimension
    {
        Offer,
        TrafficSource,
        RingPool,
        Provider,
        Country,
        Type,        // local / toll-free
        CreatedMonth // "2026-03", as the server wrote created_at
    };

    // "offer", "traffic_source", "ring_pool", "provider", "country", "type", "created_month".
    static QString dimensionKey(Dimension dimension);
    static std::optional<Dimension> dimensionFromKey(const QString &key);
    static QStringList dimensionKeys();

    static InsightReport compute(const QList<PhoneNumber> &rows, const QDateTime &takenAt,
                                 Dimension by, int idleDays, const SnapshotNames &names = {},
                                 const MonthlyPrices &prices = {});

    // The same, a row at a time (SnapshotStore::forEachRow: memory stays flat).
    InventoryInsights(QDateTime takenAt, Dimension by, int idleDays, SnapshotNames names = {},
                      MonthlyPrices prices = {});
    void add(const PhoneNumber &number);
    InsightReport report() const;

    // The report of a stored snapshot, counted from its facets (SnapshotStore::countFacets)
    // rather than its records: the same report as add() over every row (tst_inventoryinsights
    // holds the two equal), at a fraction of the time. Costs are price × count per country and
    // kind. Null and `error` set when the store cannot be read.
    static std::optional<InsightReport>
    ofSnapshot(SnapshotStore *store, const SnapshotInfo &snapshot, Dimension by, int idleDays,
               const MonthlyPrices &prices,
               QString *error = nullptr); // groups sorted: most numbers first, then by key

    static bool isNeverCalled(const PhoneNumber &number);
    static bool isIdle(const PhoneNumber &number, const QDateTime &takenAt, int idleDays);
    static bool isTollFree(const PhoneNumber &number);
    static QString priceKey(const QString &country, bool tollFree);
    // The group a number falls in, and the group's name.
    static QString groupKey(const PhoneNumber &number, Dimension by);
    static QString groupName(const QString &key, Dimension by, const SnapshotNames &names);

private:
    std::optional<double> priceOf(const QString &country, bool tollFree) const;
    void count(const QString &key, std::optional<double> price, qint64 numbers, qint64 idle,
               qint64 neverCalled);

    QDateTime m_takenAt;
    Dimension m_by;
    int m_idleDays;
    SnapshotNames m_names;
    MonthlyPrices m_prices;
    QDateTime m_idleBefore; // a last call before this is idle
    QSet<QString> m_pricedCountries;
    InsightReport m_report;
    QHash<QString, qsizetype> m_indexOf; // group key → index in m_report.groups
};

} // namespace numdesk
