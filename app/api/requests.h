#pragma once

#include "apischema.h"
#include "numberfilter.h"

#include <QString>
#include <QStringList>

#include <optional>

// The typed requests of the API; RequestBuilder turns each into a QNetworkRequest.
namespace numdesk {

enum class ListFormat
{
    Json,
    Csv
};

// GET /api/v1/phone_numbers[.csv]
struct ListNumbers
{
    NumberFilter filter;
    int page = 1;
    int perPage = schema::kDefaultPerPage;
    QStringList columns; // empty: every column the server gives
    bool root = true;    // false: a bare array without metadata
    ListFormat format = ListFormat::Json;
};

// GET /api/v1/phone_numbers/:id — `id` is the internal id or the full number with its '+'.
struct ShowNumber
{
    QString id;
};

// POST /api/v1/phone_numbers
struct PurchaseNumber
{
    qint64 providerConfigurationId = 0;
    qint64 offerId = 0;
    bool tollFree = false;
    QString country;
    std::optional<qint64> trafficSourceId;
    std::optional<qint64> ringPoolId;
    std::optional<QStringList> tokenValues; // nullopt: not sent

    bool operator==(const PurchaseNumber &o) const
    {
        return providerConfigurationId == o.providerConfigurationId && offerId == o.offerId &&
               tollFree == o.tollFree && country == o.country &&
               trafficSourceId == o.trafficSourceId && ringPoolId == o.ringPoolId &&
               tokenValues == o.tokenValues;
    }
};

// What a PUT changes. The outer optional says whether the field is sent at all; the inner one
// (where the API allows it) sends null, which unassigns the pool or traffic source or clears the
// token values.
struct NumberChanges
{
    std::optional<qint64> offerId;
    std::optional<std::optional<qint64>> trafficSourceId;
    std::optional<std::optional<qint64>> ringPoolId;
    std::optional<std::optional<QStringList>> tokenValues;

    bool isEmpty() const { return !offerId && !trafficSourceId && !ringPoolId && !tokenValues; }
    bool operator==(const NumberChanges &o) const
    {
        return offerId == o.offerId && trafficSourceId == o.trafficSourceId &&
               ringPoolId == o.ringPoolId && tokenValues == o.tokenValues;
    }
};

// PUT /api/v1/phone_numbers/:id
struct UpdateNumber
{
    QString id;
    NumberChanges changes;
};

// DELETE /api/v1/phone_numbers/:id ("unrent")
struct UnrentNumber
{
    QString id;
};

// GET /api/v1/offers | traffic_sources | ring_pools | provider_configurations
struct ListLookups
{
    schema::LookupKind kind = schema::LookupKind::Offers;
    int page = 1;
    int perPage = 250;
    QString fulltext;
};

// GET /api/v1/collections/time_zone
struct ListTimeZones
{};

} // namespace numdesk
