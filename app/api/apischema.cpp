#include "apischema.h"

#include <QCoreApplication>
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

// The purchase countries' names as QLocale gives them (in English), for lupdate: countryName()
// looks up the translation of QLocale's name in this context, so other countries stay English.
[[maybe_unused]] constexpr const char *kPurchaseCountryNames[] = {
    QT_TRANSLATE_NOOP("numdesk::countries", "Argentina"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Austria"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Australia"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Belgium"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Bulgaria"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Bahrain"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Brazil"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Canada"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Switzerland"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Chile"),
    QT_TRANSLATE_NOOP("numdesk::countries", "China"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Colombia"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Cyprus"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Czechia"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Germany"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Denmark"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Dominican Republic"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Estonia"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Spain"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Finland"),
    QT_TRANSLATE_NOOP("numdesk::countries", "France"),
    QT_TRANSLATE_NOOP("numdesk::countries", "United Kingdom"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Georgia"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Greece"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Hong Kong"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Croatia"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Hungary"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Indonesia"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Ireland"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Israel"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Italy"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Japan"),
    QT_TRANSLATE_NOOP("numdesk::countries", "South Korea"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Lithuania"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Luxembourg"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Latvia"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Malta"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Mexico"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Malaysia"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Netherlands"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Norway"),
    QT_TRANSLATE_NOOP("numdesk::countries", "New Zealand"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Panama"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Peru"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Philippines"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Pakistan"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Poland"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Puerto Rico"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Portugal"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Romania"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Russia"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Sweden"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Singapore"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Slovenia"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Slovakia"),
    QT_TRANSLATE_NOOP("numdesk::countries", "El Salvador"),
    QT_TRANSLATE_NOOP("numdesk::countries", "Turkey"),
    QT_TRANSLATE_NOOP("numdesk::countries", "United States"),
    QT_TRANSLATE_NOOP("numdesk::countries", "South Africa"),
};

QString countryName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QCoreApplication::translate("numdesk::countries",
                                       QLocale::territoryToString(territory).toUtf8().constData());
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
