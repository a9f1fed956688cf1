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

void InventoryInsights::add(const PhoneNumber &number)
{
    InsightReport &report = m_report;
    const QString key = groupKey(number, m_by);
    auto found = m_indexOf.constFind(key);
    if (found == m_indexOf.cend()) {
        found = m_indexOf.insert(key, report.groups.size());
        InsightGroup group;
        group.key = key;
        group.name = groupName(key, m_by, m_names);
        report.groups.append(group);
    }
    InsightGroup &group = report.groups[*found];
    // isIdle(number, m_takenAt, m_idleDays), with the threshold worked out once.
    const bool never = isNeverCalled(number);
    bool idle = never;
    if (!never) {
        const QDateTime lastCall = QDateTime::fromString(number.lastCallAt, Qt::ISODateWithMs);
        idle = lastCall.isValid() && lastCall < m_idleBefore;
    }
    std::optional<double> price;
    // Only a number of a priced country is told local or toll-free (libphonenumber's time).
    if (m_pricedCountries.contains(number.country.toUpper())) {
        const auto it = m_prices.constFind(priceKey(number.country, isTollFree(number)));
        if (it != m_prices.cend())
            price = *it;
    }
    ++report.total;
    ++group.count;
    addCost(&report.monthlyCost, price);
    addCost(&group.monthlyCost, price);
    // A priced number that is not idle makes the idle cost 0 rather than unknown.
    const std::optional<double> idlePrice =
        idle ? price : (price ? std::optional<double>(0.0) : std::nullopt);
    addCost(&report.idleMonthlyCost, idlePrice);
    addCost(&group.idleMonthlyCost, idlePrice);
    if (idle) {
        ++report.idle;
        ++group.idle;
    }
    if (never) {
        ++report.neverCalled;
        ++group.neverCalled;
    }
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
