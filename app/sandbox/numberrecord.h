#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace numdesk::sandbox {

// One phone number as the sandbox stores it. Timestamps are UTC milliseconds since the epoch;
// an empty optional is JSON null.
struct NumberRecord
{
    qint64 id = 0;
    QString name;
    QString number;      // E.164, "+18005002562"
    QString humanNumber; // "(800) 500-2562"
    QString country;     // ISO 3166 alpha-2
    bool tollFree = false;
    qint64 offerId = 0;
    std::optional<qint64> trafficSourceId;
    qint64 providerConfigurationId = 0;
    std::optional<qint64> ringPoolId;
    QString providerAuthKey;
    QStringList tokenValues; // "key:value" entries
    std::optional<qint64> areaCodeId;
    QString extension; // empty = null
    std::optional<qint64> lastCallAt;
    std::optional<qint64> optimizerDisplayedAt;
    std::optional<qint64> optimizerTokensChangedAt;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> userUpdatedAt;
    std::optional<qint64> deletedAt;
    std::optional<qint64> legacyId;
    QString type; // "PhoneNumber"
    QString uuid;
    QString externalRecordId; // empty = null
    QString description;      // empty = null
    bool deletePrevention = false;

    bool operator==(const NumberRecord &o) const;
    bool operator!=(const NumberRecord &o) const { return !(*this == o); }
};

inline bool NumberRecord::operator==(const NumberRecord &o) const
{
    return id == o.id && name == o.name && number == o.number && humanNumber == o.humanNumber &&
           country == o.country && tollFree == o.tollFree && offerId == o.offerId &&
           trafficSourceId == o.trafficSourceId &&
           providerConfigurationId == o.providerConfigurationId && ringPoolId == o.ringPoolId &&
           providerAuthKey == o.providerAuthKey && tokenValues == o.tokenValues &&
           areaCodeId == o.areaCodeId && extension == o.extension && lastCallAt == o.lastCallAt &&
           optimizerDisplayedAt == o.optimizerDisplayedAt &&
           optimizerTokensChangedAt == o.optimizerTokensChangedAt && createdAt == o.createdAt &&
           updatedAt == o.updatedAt && userUpdatedAt == o.userUpdatedAt &&
           deletedAt == o.deletedAt && legacyId == o.legacyId && type == o.type && uuid == o.uuid &&
           externalRecordId == o.externalRecordId && description == o.description &&
           deletePrevention == o.deletePrevention;
}

} // namespace numdesk::sandbox
