#pragma once

#include <QString>

#include <optional>

namespace numdesk::sandbox {

// The filters of GET phone_numbers, already validated; all combine with AND.
// Dates are UTC ms since the epoch, both ends inclusive.
struct NumberFilter
{
    std::optional<qint64> createdFrom;
    std::optional<qint64> createdTo;
    std::optional<qint64> lastCallFrom;
    std::optional<qint64> lastCallTo;
    QString fulltext;       // lower-cased, trimmed; empty = no filter
    QString fulltextDigits; // digits of fulltext when it looks like a phone number, else empty
    QString numberDigits;   // equality on all digits of the number; empty = no filter
    std::optional<qint64> offerId;
    std::optional<qint64> trafficSourceId;
    std::optional<qint64> providerConfigurationId;
    std::optional<qint64> ringPoolId;

    bool isEmpty() const
    {
        return !createdFrom && !createdTo && !lastCallFrom && !lastCallTo && fulltext.isEmpty() &&
               numberDigits.isEmpty() && !offerId && !trafficSourceId && !providerConfigurationId &&
               !ringPoolId;
    }
    bool operator==(const NumberFilter &o) const
    {
        return createdFrom == o.createdFrom && createdTo == o.createdTo &&
               lastCallFrom == o.lastCallFrom && lastCallTo == o.lastCallTo &&
               fulltext == o.fulltext && fulltextDigits == o.fulltextDigits &&
               numberDigits == o.numberDigits && offerId == o.offerId &&
               trafficSourceId == o.trafficSourceId &&
               providerConfigurationId == o.providerConfigurationId && ringPoolId == o.ringPoolId;
    }
};

} // namespace numdesk::sandbox
