#pragma once

#include "csvrecordformatter.h"
#include "pagedqueryreader.h"

#include <QLocale>
#include <QMap>
#include <QString>
#include <QTimeZone>

namespace numdesk {

// What the user chose in Edit > Preferences. A plain value: PreferencesStore reads and writes
// it, the Preferences dialog edits it, Workspace applies it. Every number is kept within its
// limits by normalized().
struct Preferences
{
    enum class Language
    {
        System, // follow the system's language
        English,
        German,
        Spanish
    };

    // Table
    int pageSize = 100;       // rows per list request
    int requestsInFlight = 4; // list requests the table sends at once
    QString timeZone;         // Rails zone name ("Eastern Time (US & Canada)"); empty: UTC
    QString dateFormat = defaultDateFormat(); // QDateTime format of the table's timestamps
    // Network
    int requestTimeoutSeconds = 30; // without a byte from the server
    int callTimeLimitSeconds = 120; // one call in all: retries, waits and a slow body included
    bool http2 = true;
    // Export defaults
    CsvRecordFormatter::HeaderStyle exportHeader = CsvRecordFormatter::HeaderStyle::Keys;
    bool exportSpreadsheetSafe = false;
    bool exportByteOrderMark = false;
    int exportParallelPages = PagedQueryReader::kDefaultParallel;
    // Interface
    Language language = Language::System;
    // Numbers typed without a country code are read as numbers of this country (ISO 3166
    // alpha-2), and its numbers are shown in their national form; the US when none is set.
    QString defaultCountry = defaultCountryCode();
    // Inventory (issue 15): snapshots kept per profile, and what a number costs a month by
    // country and kind ("US/local", "GB/toll_free" → price); empty: counts only, no cost.
    int snapshotsKept = 30;
    QMap<QString, double> monthlyPrices;
    // A snapshot once a day, when the window opens (none taken yet that day): on the built-in
    // sandbox by default, on a TrackDrive account only when asked for.
    bool dailySnapshotOnSandbox = true;
    bool dailySnapshotOnAccounts = false;

    static constexpr int kMinPageSize = 10;
    static constexpr int kMaxPageSize = 1000;
    static constexpr int kMinRequestsInFlight = 1;
    static constexpr int kMaxRequestsInFlight = 8;
    static constexpr int kMinTimeoutSeconds = 5;
    static constexpr int kMaxTimeoutSeconds = 300;
    static constexpr int kMinCallTimeLimitSeconds = 5;
    static constexpr int kMaxCallTimeLimitSeconds = 3600;
    static constexpr int kMinParallelPages = 1;
    static constexpr int kMaxParallelPages = 8;
    static constexpr int kMinSnapshotsKept = 1;
    static constexpr int kMaxSnapshotsKept = 1000;

    static QString defaultDateFormat() { return QStringLiteral("yyyy-MM-dd HH:mm"); }
    static QString defaultCountryCode() { return QStringLiteral("US"); }

    // Whether normalized() checks the default country against libphonenumber now, or leaves
    // that to the caller (ByCaller: the country is only trimmed and put in capitals; pass it
    // through supportedCountry before use). The check loads libphonenumber's metadata for every
    // region, ~10 ms: numdesk-cli leaves it to the commands that read a number.
    enum class CountryCheck
    {
        Now,
        ByCaller
    };

    // The same preferences with every number within its limits, an unknown time zone replaced
    // by UTC (empty), a blank date format by the default and a country libphonenumber does not
    // know by the US.
    Preferences normalized(CountryCheck check = CountryCheck::Now) const;
    // `code` trimmed and in capitals when libphonenumber knows that region; the US otherwise.
    static QString supportedCountry(const QString &code);

    // The zone dates are shown and read in (UTC for an empty or unknown name).
    QTimeZone displayZone() const;
    // Whether the window takes a snapshot a day on the sandbox (true) or an account (false).
    bool dailySnapshot(bool onSandbox) const
    {
        return onSandbox ? dailySnapshotOnSandbox : dailySnapshotOnAccounts;
    }
    // The time zone name as the API and the filter bar take it ("UTC" for empty).
    QString apiTimeZoneName() const;
    // The locale whose translation the interface loads (the system's for Language::System).
    QLocale uiLocale() const;
    // "system", "en", "de", "es": the stored form.
    static QString languageKey(Language language);
    static Language languageFromKey(const QString &key); // System for anything unknown
    // Whether going from `before` to `after` changes something that applies only after a
    // restart (today: the language).
    static bool needsRestart(const Preferences &before, const Preferences &after);

    bool operator==(const Preferences &o) const;
    bool operator!=(const Preferences &o) const { return !(*this == o); }
};

} // namespace numdesk
