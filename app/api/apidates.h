#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace numdesk::dates {

// The filter form of the API: "2016-01-01 12:25:15 -0500", written in `zone` (the instant is
// converted there first). Without a valid zone the date's own offset is written.
QString formatFilterDate(const QDateTime &dateTime, const QTimeZone &zone = {});

// The record form the service sends: ISO 8601 with milliseconds and offset,
// "2023-12-11T11:49:32.495-05:00".
QString formatRecordTimestamp(const QDateTime &dateTime, const QTimeZone &zone = {});

// Reads a date given by a user, a script or the server: "YYYY-MM-DD HH:MM:SS ±HHMM",
// ISO 8601 (with or without offset, with or without milliseconds), or a plain "YYYY-MM-DD".
// A date without an offset is read in `zone` (UTC when the zone is invalid); a plain date is
// its midnight. Returns an invalid QDateTime and a reason in `error` when the text is not a date.
QDateTime parseDate(const QString &text, const QTimeZone &zone = {}, QString *error = nullptr);

// A time zone as the service names it (Rails' ActiveSupport names) with its IANA id.
struct NamedTimeZone
{
    QString name;      // "Eastern Time (US & Canada)"
    QByteArray ianaId; // "America/New_York"
    bool operator==(const NamedTimeZone &o) const { return name == o.name && ianaId == o.ianaId; }
};

// The zones Rails knows, in ActiveSupport::TimeZone::MAPPING order.
const QList<NamedTimeZone> &railsTimeZones();

// The zone for a name the API uses: a Rails name ("Pacific Time (US & Canada)"), an IANA id
// ("Europe/Berlin") or "UTC". Invalid QTimeZone when neither is known.
QTimeZone zoneForApiName(const QString &name);

} // namespace numdesk::dates
