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
    // Exactly this number (E.164, one a SearchNumbers answer offered); empty: any number of
    // the country. The server answers 422 on requested_number when it is taken meanwhile.
    QString requestedNumber;

    bool operator==(const PurchaseNumber &o) const
    {
        return providerConfigurationId == o.providerConfigurationId && offerId == o.offerId &&
               tollFree == o.tollFree && country == o.country &&
               trafficSourceId == o.trafficSourceId && ringPoolId == o.ringPoolId &&
               tokenValues == o.tokenValues && requestedNumber == o.requestedNumber;
    }
};

// GET /api/v1/phone_numbers/search: numbers that can be bought (api-notes.md, "Search for
// available numbers").
struct SearchNumbers
{
    QString country; // country (ISO 3166 alpha-2)
    bool tollFree = false;
    QString prefix;   // prefix: an area code or leading digits; empty: any
    QString contains; // query: digits the number contains; empty: any
    // limit: how many to offer at most. Not documented: sent only when set, and the answer is
    // cut to it in any case.
    std::optional<int> limit;

    bool operator==(const SearchNumbers &o) const
    {
        return country == o.country && tollFree == o.tollFree && prefix == o.prefix &&
               contains == o.contains && limit == o.limit;
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
