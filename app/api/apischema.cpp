#include "apischema.h"

#include <QLocale>

namespace numdesk::schema {

QStringList seedColumns()
{
    static const QStringList columns = {
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("number"),
        QStringLiteral("offer_id"),
        QStringLiteral("traffic_source_id"),
        QStringLiteral("provider_configuration_id"),
        QStringLiteral("ring_pool_id"),
        QStringLiteral("provider_auth_key"),
        QStringLiteral("last_call_at"),
        QStringLiteral("token_values"),
        QStringLiteral("country"),
        QStringLiteral("area_code_id"),
        QStringLiteral("optimizer_displayed_at"),
        QStringLiteral("optimizer_tokens_changed_at"),
        QStringLiteral("created_at"),
        QStringLiteral("plain_number"),
        QStringLiteral("extension"),
        QStringLiteral("checksum"),
        QStringLiteral("human_number"),
    };
    return columns;
}

QStringList newerColumns()
{
    static const QStringList columns = {
        QStringLiteral("legacy_id"),
        QStringLiteral("type"),
        QStringLiteral("uuid"),
        QStringLiteral("updated_at"),
        QStringLiteral("deleted_at"),
        QStringLiteral("user_updated_at"),
        QStringLiteral("external_record_id"),
        QStringLiteral("description"),
    };
    return columns;
}

QStringList allColumns()
{
    return seedColumns() + newerColumns();
}

bool isSeedColumn(const QString &key)
{
    return seedColumns().contains(key);
}

QStringList purchaseCountries()
{
    static const QStringList countries =
        QStringLiteral("AR AT AU BE BG BH BR CA CH CL CN CO CY CZ DE DK DO EE ES FI FR GB GE GR HK "
                       "HR HU ID IE IL "
                       "IT JP KR LT LU LV MT MX MY NL NO NZ PA PE PH PK PL PR PT RO RU SE SG SI SK "
                       "SV TR US ZA")
            .split(QLatin1Char(' '));
    return countries;
}

bool isPurchaseCountry(const QString &code)
{
    return purchaseCountries().contains(code);
}

QString countryName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QLocale::territoryToString(territory);
}

QString lookupPath(LookupKind kind)
{
    switch (kind) {
    case LookupKind::Offers:
        return QStringLiteral("offers");
    case LookupKind::TrafficSources:
        return QStringLiteral("traffic_sources");
    case LookupKind::RingPools:
        return QStringLiteral("ring_pools");
    case LookupKind::ProviderConfigurations:
        return QStringLiteral("provider_configurations");
    }
    return {};
}

QString lookupRootKey(LookupKind kind)
{
    return lookupPath(kind);
}

QString numberForeignKey(LookupKind kind)
{
    switch (kind) {
    case LookupKind::Offers:
        return QStringLiteral("offer_id");
    case LookupKind::TrafficSources:
        return QStringLiteral("traffic_source_id");
    case LookupKind::RingPools:
        return QStringLiteral("ring_pool_id");
    case LookupKind::ProviderConfigurations:
        return QStringLiteral("provider_configuration_id");
    }
    return {};
}

QList<LookupKind> allLookupKinds()
{
    return {LookupKind::Offers, LookupKind::TrafficSources, LookupKind::RingPools,
            LookupKind::ProviderConfigurations};
}

bool isValidTokenKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace numdesk::schema
