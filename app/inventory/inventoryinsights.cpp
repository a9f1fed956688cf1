#include "inventoryinsights.h"

#include "apidates.h"
#include "phonenumbering.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace numdesk {

namespace {

struct DimensionInfo
{
    InventoryInsights::Dimension dimension;
    const char *key;
    const char *column; // the record's column key
};

constexpr DimensionInfo kDimensions[] = {
    {InventoryInsights::Dimension::Offer, "offer", "offer_id"},
    {InventoryInsights::Dimension::TrafficSource, "traffic_source", "traffic_source_id"},
    {InventoryInsights::Dimension::RingPool, "ring_pool", "ring_pool_id"},
    {InventoryInsights::Dimension::Provider, "provider", "provider_configuration_id"},
    {InventoryInsights::Dimension::Country, "country", "country"},
    {InventoryInsights::Dimension::Type, "type", ""},
    {InventoryInsights::Dimension::CreatedMonth, "created_month", ""},
};

const DimensionInfo &infoOf(InventoryInsights::Dimension dimension)
{
    for (const DimensionInfo &info : kDimensions) {
        if (info.dimension == dimension)
            return info;
    }
    return kDimensions[0];
}

void addCost(std::optional<double> *sum, std::optional<double> price)
{
    if (price)
        *sum = sum->value_or(0.0) + *price;
}

} // namespace

bool InsightGroup::operator==(const InsightGroup &o) const
{
    return key == o.key && name == o.name && count == o.count && idle == o.idle &&
           neverCalled == o.neverCalled && monthlyCost == o.monthlyCost &&
           idleMonthlyCost == o.idleMonthlyCost;
}

QString InventoryInsights::dimensionKey(Dimension dimension)
{
    return QString::fromLatin1(infoOf(dimension).key);
}

std::optional<InventoryInsights::Dimension> InventoryInsights::dimensionFromKey(const QString &key)
{
    for (const DimensionInfo &info : kDimensions) {
        if (key == QLatin1String(info.key))
            return info.dimension;
    }
    return std::nullopt;
}

QStringList InventoryInsights::dimensionKeys()
{
    QStringList keys;
    for (const DimensionInfo &info : kDimensions)
        keys << QString::fromLatin1(info.key);
    return keys;
}

bool InventoryInsights::isNeverCalled(const PhoneNumber &number)
{
    return number.lastCallAt.isEmpty();
}

bool InventoryInsights::isIdle(const PhoneNumber &number, const QDateTime &takenAt, int idleDays)
{
    if (isNeverCalled(number))
        return true;
    const QDateTime lastCall = QDateTime::fromString(number.lastCallAt, Qt::ISODateWithMs);
    if (!lastCall.isValid())
        return false;
    return lastCall < takenAt.addDays(-idleDays);
}

bool InventoryInsights::isTollFree(const PhoneNumber &number)
{
    return PhoneNumbering::isTollFree(number.number);
}

QString InventoryInsights::priceKey(const QString &country, bool tollFree)
{
    return country.toUpper() + (tollFree ? QStringLiteral("/toll_free") : QStringLiteral("/local"));
}

QString InventoryInsights::groupKey(const PhoneNumber &number, Dimension by)
{
    switch (by) {
    case Dimension::Type:
        return isTollFree(number) ? QStringLiteral("toll_free") : QStringLiteral("local");
    case Dimension::CreatedMonth:
        return number.createdAt.left(7);
    default:
        return number.text(QString::fromLatin1(infoOf(by).column));
    }
}

QString InventoryInsights::groupName(const QString &key, Dimension by, const SnapshotNames &names)
{
    if (key.isEmpty())
        return QString();
    switch (by) {
    case Dimension::Type:
        return key == QLatin1String("toll_free") ? tr("Toll-free") : tr("Local");
    case Dimension::CreatedMonth:
        return key;
    case Dimension::Country: {
        const QLocale::Territory territory = QLocale::codeToTerritory(key);
        return territory == QLocale::AnyTerritory ? key : QLocale::territoryToString(territory);
    }
    default: {
        bool ok = false;
        const qint64 id = key.toLongLong(&ok);
        const QString name = names.value(QString::fromLatin1(infoOf(by).column)).value(id);
        //: a number pool (or offer, …) whose name is not known: "#42"
        return name.isEmpty() ? tr("#%1").arg(key) : name;
    }
    }
}

InsightReport InventoryInsights::compute(const QList<PhoneNumber> &rows, const QDateTime &takenAt,
                                         Dimension by, int idleDays, const SnapshotNames &names,
                                         const MonthlyPrices &prices)
{
    InventoryInsights insights(takenAt, by, idleDays, names, prices);
    for (const PhoneNumber &number : rows)
        insights.add(number);
    return insights.report();
}

InventoryInsights::InventoryInsights(QDateTime takenAt, Dimension by, int idleDays,
                                     SnapshotNames names, MonthlyPrices prices)
    : m_takenAt(std::move(takenAt))
    , m_by(by)
    , m_idleDays(idleDays)
    , m_names(std::move(names))
    , m_prices(std::move(prices))
    , m_idleBefore(m_takenAt.addDays(-idleDays))
{
    for (auto it = m_prices.cbegin(); it != m_prices.cend(); ++it)
        m_pricedCountries.insert(it.key().section(QLatin1Char('/'), 0, 0));
}

std::optional<double> InventoryInsights::priceOf(const QString &country, bool tollFree) const
{
    const auto it = m_prices.constFind(priceKey(country, tollFree));
    return it == m_prices.cend() ? std::nullopt : std::optional<double>(*it);
}

void InventoryInsights::add(const PhoneNumber &number)
{
    // isIdle(number, m_takenAt, m_idleDays), with the threshold worked out once.
    const bool never = isNeverCalled(number);
    bool idle = never;
    if (!never) {
        const QDateTime lastCall = QDateTime::fromString(number.lastCallAt, Qt::ISODateWithMs);
        idle = lastCall.isValid() && lastCall < m_idleBefore;
    }
    std::optional<double> price;
    // Only a number of a priced country is told local or toll-free (libphonenumber's time).
    if (m_pricedCountries.contains(number.country.toUpper()))
        price = priceOf(number.country, isTollFree(number));
    count(groupKey(number, m_by), price, 1, idle ? 1 : 0, never ? 1 : 0);
}

void InventoryInsights::count(const QString &key, std::optional<double> price, qint64 numbers,
                              qint64 idle, qint64 neverCalled)
{
    InsightReport &report = m_report;
    auto found = m_indexOf.constFind(key);
    if (found == m_indexOf.cend()) {
        found = m_indexOf.insert(key, report.groups.size());
        InsightGroup group;
        group.key = key;
        group.name = groupName(key, m_by, m_names);
        report.groups.append(group);
    }
    InsightGroup &group = report.groups[*found];
    report.total += numbers;
    group.count += numbers;
    const std::optional<double> cost =
        price ? std::optional<double>(*price * double(numbers)) : std::nullopt;
    addCost(&report.monthlyCost, cost);
    addCost(&group.monthlyCost, cost);
    // Priced numbers that are not idle make the idle cost 0 rather than unknown.
    const std::optional<double> idleCost =
        price ? std::optional<double>(*price * double(idle)) : std::nullopt;
    addCost(&report.idleMonthlyCost, idleCost);
    addCost(&group.idleMonthlyCost, idleCost);
    report.idle += idle;
    group.idle += idle;
    report.neverCalled += neverCalled;
    group.neverCalled += neverCalled;
}

std::optional<InsightReport>
InventoryInsights::ofSnapshot(SnapshotStore *store, const SnapshotInfo &snapshot, Dimension by,
                              int idleDays, const MonthlyPrices &prices, QString *error)
{
    InventoryInsights insights(snapshot.takenAt, by, idleDays, store->names(snapshot.id), prices);
    const QString facet = by == Dimension::Type ? QStringLiteral("toll_free") : dimensionKey(by);
    // Split by country and kind only when a price needs it.
    const bool byKind = !insights.m_pricedCountries.isEmpty();
    QList<FacetCount> counts;
    if (!store->countFacets(snapshot.id, facet, insights.m_idleBefore, byKind, &counts)) {
        if (error)
            *error = store->lastError();
        return std::nullopt;
    }
    for (const FacetCount &c : counts) {
        std::optional<double> price;
        if (c.tollFree && insights.m_pricedCountries.contains(c.country.toUpper()))
            price = insights.priceOf(c.country, *c.tollFree);
        insights.count(c.key, price, c.count, c.idle, c.neverCalled);
    }
    return insights.report();
}

InsightReport InventoryInsights::report() const
{
    InsightReport report = m_report;
    std::sort(report.groups.begin(), report.groups.end(),
              [](const InsightGroup &a, const InsightGroup &b) {
                  if (a.count != b.count)
                      return a.count > b.count;
                  return a.key < b.key;
              });
    return report;
}

} // namespace numdesk
