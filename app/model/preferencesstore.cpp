#include "preferencesstore.h"

#include <QSettings>

namespace numdesk {

namespace {

QString key(const char *group, const char *name)
{
    return QLatin1String(group) + QLatin1Char('/') + QLatin1String(name);
}

QString headerKey(CsvRecordFormatter::HeaderStyle style)
{
    return style == CsvRecordFormatter::HeaderStyle::Labels ? QStringLiteral("labels")
                                                            : QStringLiteral("keys");
}

int intValue(const QSettings &settings, const QString &name, int fallback)
{
    bool ok = false;
    const int value = settings.value(name, fallback).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

PreferencesStore::PreferencesStore()
    : m_owned(std::make_unique<QSettings>(QStringLiteral("NumbersDesk"), QStringLiteral("numdesk")))
    , m_settings(m_owned.get())
{}

PreferencesStore::PreferencesStore(QSettings *settings)
    : m_settings(settings)
{}

PreferencesStore::~PreferencesStore() = default;

Preferences PreferencesStore::load(Preferences::CountryCheck check) const
{
    const QSettings &s = *m_settings;
    const Preferences d;
    Preferences p;
    p.pageSize = intValue(s, key("preferences", "pageSize"), d.pageSize);
    p.requestsInFlight = intValue(s, key("preferences", "requestsInFlight"), d.requestsInFlight);
    p.timeZone = s.value(key("preferences", "timeZone"), d.timeZone).toString();
    p.dateFormat = s.value(key("preferences", "dateFormat"), d.dateFormat).toString();
    p.requestTimeoutSeconds =
        intValue(s, key("preferences", "requestTimeoutSeconds"), d.requestTimeoutSeconds);
    p.callTimeLimitSeconds =
        intValue(s, key("preferences", "callTimeLimitSeconds"), d.callTimeLimitSeconds);
    p.http2 = s.value(key("preferences", "http2"), d.http2).toBool();
    p.language = Preferences::languageFromKey(s.value(key("preferences", "language")).toString());
    p.defaultCountry = s.value(key("preferences", "defaultCountry"), d.defaultCountry).toString();
    p.exportHeader = s.value(key("export", "header")).toString() == QLatin1String("labels")
                         ? CsvRecordFormatter::HeaderStyle::Labels
                         : CsvRecordFormatter::HeaderStyle::Keys;
    p.exportSpreadsheetSafe =
        s.value(key("export", "spreadsheetSafe"), d.exportSpreadsheetSafe).toBool();
    p.exportByteOrderMark = s.value(key("export", "byteOrderMark"), d.exportByteOrderMark).toBool();
    p.exportParallelPages = intValue(s, key("export", "parallel"), d.exportParallelPages);
    p.snapshotsKept = intValue(s, key("inventory", "snapshotsKept"), d.snapshotsKept);
    const QVariantMap prices = s.value(key("inventory", "monthlyPrices")).toMap();
    for (auto it = prices.cbegin(); it != prices.cend(); ++it) {
        bool ok = false;
        const double price = it.value().toDouble(&ok);
        if (ok)
            p.monthlyPrices.insert(it.key(), price);
    }
    p.dailySnapshotOnSandbox =
        s.value(key("inventory", "dailySnapshotOnSandbox"), d.dailySnapshotOnSandbox).toBool();
    p.dailySnapshotOnAccounts =
        s.value(key("inventory", "dailySnapshotOnAccounts"), d.dailySnapshotOnAccounts).toBool();
    return p.normalized(check);
}

bool PreferencesStore::save(const Preferences &preferences)
{
    const Preferences p = preferences.normalized();
    QSettings &s = *m_settings;
    s.setValue(key("preferences", "pageSize"), p.pageSize);
    s.setValue(key("preferences", "requestsInFlight"), p.requestsInFlight);
    s.setValue(key("preferences", "timeZone"), p.timeZone);
    s.setValue(key("preferences", "dateFormat"), p.dateFormat);
    s.setValue(key("preferences", "requestTimeoutSeconds"), p.requestTimeoutSeconds);
    s.setValue(key("preferences", "callTimeLimitSeconds"), p.callTimeLimitSeconds);
    s.setValue(key("preferences", "http2"), p.http2);
    s.setValue(key("preferences", "language"), Preferences::languageKey(p.language));
    s.setValue(key("preferences", "defaultCountry"), p.defaultCountry);
    s.setValue(key("export", "header"), headerKey(p.exportHeader));
    s.setValue(key("export", "spreadsheetSafe"), p.exportSpreadsheetSafe);
    s.setValue(key("export", "byteOrderMark"), p.exportByteOrderMark);
    s.setValue(key("export", "parallel"), p.exportParallelPages);
    s.setValue(key("inventory", "snapshotsKept"), p.snapshotsKept);
    QVariantMap prices;
    for (auto it = p.monthlyPrices.cbegin(); it != p.monthlyPrices.cend(); ++it)
        prices.insert(it.key(), it.value());
    s.setValue(key("inventory", "monthlyPrices"), prices);
    s.setValue(key("inventory", "dailySnapshotOnSandbox"), p.dailySnapshotOnSandbox);
    s.setValue(key("inventory", "dailySnapshotOnAccounts"), p.dailySnapshotOnAccounts);
    s.sync();
    return s.status() == QSettings::NoError;
}

} // namespace numdesk
