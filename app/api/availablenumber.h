#pragma once

#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace numdesk {

// One number GET phone_numbers/search offers for sale. The answer's shape is not documented;
// decode::availableNumbers reads every form api-notes.md expects into this.
struct AvailableNumber
{
    QString number;               // E.164: "number" or "phone_number", or the entry itself
    QString humanNumber;          // "human_number" or "friendly_name"; empty when not sent
    QString locality;             // "locality" or "city"
    QString region;               // "region" or "state"
    QString rateCenter;           // "rate_center"
    QString country;              // "country" or "iso_country"; empty when not sent
    std::optional<bool> tollFree; // "toll_free", when sent
    QJsonObject extra;            // every other key, as received

    // The number as the window shows it (PhoneNumbering::readable): the server's human form
    // when it writes this number, else the national form for `homeRegion`, international
    // otherwise.
    QString readable(const QString &homeRegion) const;
    // Where it is: the server's locality and region ("Aberdeen, Scotland"), or else what
    // libphonenumber's offline geocoder says, in the language of `locale`.
    QString place(const QLocale &locale = QLocale()) const;

    bool operator==(const AvailableNumber &o) const;
    bool operator!=(const AvailableNumber &o) const { return !(*this == o); }
};

} // namespace numdesk
