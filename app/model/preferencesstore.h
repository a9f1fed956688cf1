#pragma once

#include "preferences.h"

#include <memory>

class QSettings;

namespace numdesk {

// Reads and writes Preferences in QSettings (organization "NumbersDesk", application
// "numdesk"): group "preferences" (pageSize, requestsInFlight, timeZone, dateFormat,
// requestTimeoutSeconds, http2, language, defaultCountry) and group "export" (header,
// spreadsheetSafe, byteOrderMark, parallel — the key the Export dialog already reads). What is
// missing or out of range reads as the default or the nearest limit.
class PreferencesStore
{
public:
    // Uses the application's settings.
    PreferencesStore();
    // Uses `settings` (not owned), e.g. an INI file in a test.
    explicit PreferencesStore(QSettings *settings);
    ~PreferencesStore();

    Preferences load(Preferences::CountryCheck check = Preferences::CountryCheck::Now) const;
    // Writes `preferences.normalized()`; false when the settings could not be written.
    bool save(const Preferences &preferences);

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};

} // namespace numdesk
