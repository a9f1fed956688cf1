#include "numberfilter.h"

#include "apidates.h"

namespace numdesk {

bool NumberFilter::isEmpty() const
{
    return fulltext.trimmed().isEmpty() && number.trimmed().isEmpty() && !offerId &&
           !trafficSourceId && !providerConfigurationId && !ringPoolId && !createdFrom.isValid() &&
           !createdTo.isValid() && !lastCallFrom.isValid() && !lastCallTo.isValid();
}

QList<QPair<QString, QString>> NumberFilter::queryItems() const
{
    QList<QPair<QString, QString>> items;
    const QTimeZone zone = dates::zoneForApiName(timeZone);
    auto addText = [&items](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            items.append({QString::fromLatin1(key), value.trimmed()});
    };
    auto addId = [&items](const char *key, const std::optional<qint64> &value) {
        if (value)
            items.append({QString::fromLatin1(key), QString::number(*value)});
    };
    auto addDate = [&items, &zone](const char *key, const QDateTime &value) {
        if (value.isValid())
            items.append({QString::fromLatin1(key), dates::formatFilterDate(value, zone)});
    };
    addDate("created_at_from", createdFrom);
    addDate("created_at_to", createdTo);
    addDate("last_call_at_from", lastCallFrom);
    addDate("last_call_at_to", lastCallTo);
    addText("fulltext", fulltext);
    addText("time_zone", timeZone);
    addText("number", number);
    addId("offer_id", offerId);
    addId("traffic_source_id", trafficSourceId);
    addId("provider_configuration_id", providerConfigurationId);
    addId("ring_pool_id", ringPoolId);
    return items;
}

bool NumberFilter::operator==(const NumberFilter &o) const
{
    return fulltext == o.fulltext && number == o.number && offerId == o.offerId &&
           trafficSourceId == o.trafficSourceId &&
           providerConfigurationId == o.providerConfigurationId && ringPoolId == o.ringPoolId &&
           createdFrom == o.createdFrom && createdTo == o.createdTo &&
           lastCallFrom == o.lastCallFrom && lastCallTo == o.lastCallTo && timeZone == o.timeZone;
}

} // namespace numdesk
