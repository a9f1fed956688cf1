#include "preferences.h"

#include "apidates.h"
#include "phonenumbering.h"

#include <algorithm>

namespace numdesk {

QString Preferences::supportedCountry(const QString &code)
{
    const QString country = code.trimmed().toUpper();
    return PhoneNumbering::isSupportedRegion(country) ? country : defaultCountryCode();
}

Preferences Preferences::normalized(CountryCheck check) const
{
    Preferences p = *this;
    p.pageSize = std::clamp(p.pageSize, kMinPageSize, kMaxPageSize);
    p.requestsInFlight = std::clamp(p.requestsInFlight, kMinRequestsInFlight, kMaxRequestsInFlight);
    p.requestTimeoutSeconds =
        std::clamp(p.requestTimeoutSeconds, kMinTimeoutSeconds, kMaxTimeoutSeconds);
    p.callTimeLimitSeconds =
        std::clamp(p.callTimeLimitSeconds, kMinCallTimeLimitSeconds, kMaxCallTimeLimitSeconds);
    p.exportParallelPages = std::clamp(p.exportParallelPages, kMinParallelPages, kMaxParallelPages);
    p.snapshotsKept = std::clamp(p.snapshotsKept, kMinSnapshotsKept, kMaxSnapshotsKept);
    for (auto it = p.monthlyPrices.begin(); it != p.monthlyPrices.end();) {
        if (!(it.value() >= 0.0) || it.key().trimmed().isEmpty())
            it = p.monthlyPrices.erase(it);
        else
            ++it;
    }
    p.timeZone = p.timeZone.trimmed();
    if (p.timeZone == QLatin1String("UTC") || !dates::zoneForApiName(p.timeZone).isValid())
        p.timeZone.clear();
    if (p.dateFormat.trimmed().isEmpty())
        p.dateFormat = defaultDateFormat();
    p.defaultCountry = check == CountryCheck::Now ? supportedCountry(p.defaultCountry)
                                                  : p.defaultCountry.trimmed().toUpper();
    return p;
}

QTimeZone Preferences::displayZone() const
{
    const QTimeZone zone = dates::zoneForApiName(apiTimeZoneName());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString Preferences::apiTimeZoneName() const
{
    return timeZone.isEmpty() ? QStringLiteral("UTC") : timeZone;
}

QLocale Preferences::uiLocale() const
{
    switch (language) {
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::German:
        return QLocale(QLocale::German, QLocale::Germany);
    case Language::Spanish:
        return QLocale(QLocale::Spanish, QLocale::Spain);
    case Language::System:
        break;
    }
    return QLocale::system();
}

QString Preferences::languageKey(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::German:
        return QStringLiteral("de");
    case Language::Spanish:
        return QStringLiteral("es");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

Preferences::Language Preferences::languageFromKey(const QString &key)
{
    for (const Language language : {Language::English, Language::German, Language::Spanish}) {
        if (key == languageKey(language))
            return language;
    }
    return Language::System;
}

bool Preferences::needsRestart(const Preferences &before, const Preferences &after)
{
    return before.language != after.language;
}

bool Preferences::operator==(const Preferences &o) const
{
    return pageSize == o.pageSize && requestsInFlight == o.requestsInFlight &&
           timeZone == o.timeZone && dateFormat == o.dateFormat &&
           requestTimeoutSeconds == o.requestTimeoutSeconds &&
           callTimeLimitSeconds == o.callTimeLimitSeconds && http2 == o.http2 &&
           exportHeader == o.exportHeader && exportSpreadsheetSafe == o.exportSpreadsheetSafe &&
           exportByteOrderMark == o.exportByteOrderMark &&
           exportParallelPages == o.exportParallelPages && language == o.language &&
           defaultCountry == o.defaultCountry && snapshotsKept == o.snapshotsKept &&
           monthlyPrices == o.monthlyPrices && dailySnapshotOnSandbox == o.dailySnapshotOnSandbox &&
           dailySnapshotOnAccounts == o.dailySnapshotOnAccounts;
}

} // namespace numdesk
