#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace numdesk {

// The filters of GET /api/v1/phone_numbers, each mapped to the seed's parameter.
struct NumberFilter
{
    QString fulltext;                              // fulltext
    QString number;                                // number
    std::optional<qint64> offerId;                 // offer_id
    std::optional<qint64> trafficSourceId;         // traffic_source_id
    std::optional<qint64> providerConfigurationId; // provider_configuration_id
    std::optional<qint64> ringPoolId;              // ring_pool_id
    QDateTime createdFrom;                         // created_at_from
    QDateTime createdTo;                           // created_at_to
    QDateTime lastCallFrom;                        // last_call_at_from
    QDateTime lastCallTo;                          // last_call_at_to
    // time_zone: the API's name for the zone ("Eastern Time (US & Canada)", "UTC", an IANA id).
    // Date filters are written in this zone, so what the user picked is what the server reads.
    QString timeZone;

    bool isEmpty() const; // no filter that narrows the result (the time zone alone does not)
    // The filter's query parameters, in the seed's names and a fixed order; values unencoded.
    QList<QPair<QString, QString>> queryItems() const;

    bool operator==(const NumberFilter &o) const;
    bool operator!=(const NumberFilter &o) const { return !(*this == o); }
};

} // namespace numdesk
