#pragma once

#include <QByteArray>

#include <optional>

namespace numdesk::sandbox {

// One row of the numbers table as SQLite holds it: texts as their stored UTF-8 bytes (empty
// for NULL), integers as they are. List pages are written to JSON straight from these, which
// saves a conversion to UTF-16 and back for every text of every row (see NumberJsonWriter).
// A row read for a page borrows SQLite's bytes; NumberRowCodec::owned copies each text (a new
// text field goes there too).
struct StoredNumberRow
{
    qint64 id = 0;
    QByteArray name;
    QByteArray number;
    QByteArray humanNumber;
    QByteArray country;
    qint64 offerId = 0;
    std::optional<qint64> trafficSourceId;
    qint64 providerConfigurationId = 0;
    std::optional<qint64> ringPoolId;
    QByteArray providerAuthKey;
    QByteArray tokenValues; // the stored JSON array text
    std::optional<qint64> areaCodeId;
    QByteArray extension;
    std::optional<qint64> lastCallAt;
    std::optional<qint64> optimizerDisplayedAt;
    std::optional<qint64> optimizerTokensChangedAt;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> userUpdatedAt;
    std::optional<qint64> deletedAt;
    std::optional<qint64> legacyId;
    QByteArray type;
    QByteArray uuid;
    QByteArray externalRecordId;
    QByteArray description;
    bool deletePrevention = false;
    // The record's checksum as stored with it (32 hex digits); empty when none is stored.
    QByteArray checksum;
};

} // namespace numdesk::sandbox
