#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

// Plain facts of the TrackDrive phone-numbers API, shared by the client and the sandbox.
namespace numdesk::schema {

// The `columns` the seed lists for GET /api/v1/phone_numbers, in the seed's order.
QStringList seedColumns();
// The newer record fields api-notes.md names; the live service returns them, the seed does not.
QStringList newerColumns();
// seedColumns() followed by newerColumns().
QStringList allColumns();
bool isSeedColumn(const QString &key);

// The country codes the seed accepts for a purchase (ISO 3166 alpha-2), sorted.
QStringList purchaseCountries();
bool isPurchaseCountry(const QString &code);
// English name of a country code, from QLocale ("GB" -> "United Kingdom"); the code itself
// when QLocale does not know it.
QString countryName(const QString &code);

// The sibling resources that fill the pickers.
enum class LookupKind
{
    Offers,
    TrafficSources,
    RingPools,
    ProviderConfigurations
};
QString lookupPath(LookupKind kind);       // "offers", "traffic_sources", …
QString lookupRootKey(LookupKind kind);    // envelope root: "offers", "traffic_sources", …
QString numberForeignKey(LookupKind kind); // the phone number's key: "offer_id", …
QList<LookupKind> allLookupKinds();

// Token filter keys: [0-9a-z_]+ (api-notes.md, "Token filters").
bool isValidTokenKey(const QString &key);

inline constexpr int kDefaultPerPage = 25;

} // namespace numdesk::schema
