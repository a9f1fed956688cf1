#pragma once

#include <QString>
#include <QStringList>

namespace numdesk {

// What the UI, the export and the CLI know about each column key of a phone number.
namespace columns {

enum class Kind
{
    Integer,   // id, area_code_id, legacy_id
    Reference, // offer_id, traffic_source_id, ring_pool_id, provider_configuration_id
    Text,
    Number,    // number, plain_number: E.164
    Timestamp, // ISO 8601 from the server
    Country,   // ISO 3166 alpha-2
    Tokens,    // token_values
};

Kind kind(const QString &key);
// The Title Case header label, translated ("Offer", "Last Call", "Token Values").
QString label(const QString &key);
// The columns a new window shows, in order.
QStringList defaultVisible();
// Every column key the API documents: the seed's, then the newer ones.
QStringList all();
bool isKnown(const QString &key);

} // namespace columns
} // namespace numdesk
