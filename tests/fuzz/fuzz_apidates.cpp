// Dates as users and scripts type them and as the server sends them: "2016-01-01 12:25:15 -0500",
// ISO 8601 with or without offset and milliseconds, "YYYY-MM-DD". The first byte picks the zone a
// date without an offset is read in. A date that parses is the date that was typed, and both of
// our written forms read back as the same instant.
#include "apidates.h"
#include "fuzzsupport.h"

using namespace numdesk;
using numdesk::fuzz::check;

namespace {

QTimeZone zoneFor(uint8_t selector)
{
    switch (selector % 4) {
    case 0:
        return {};
    case 1:
        return QTimeZone::utc();
    case 2:
        return QTimeZone(-5 * 3600);
    default:
        return QTimeZone(13 * 3600 + 45 * 60);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QTimeZone zone = zoneFor(data[0]);
    const QString text = fuzz::text(data + 1, size - 1);
    QString error;
    const QDateTime parsed = dates::parseDate(text, zone, &error);
    if (!parsed.isValid()) {
        check(!error.isEmpty(), "a refused date must say why", text);
        return 0;
    }
    // Read in its own offset (fixed zones only here: no gaps), the date is the one typed.
    const QString typed = text.trimmed();
    check(parsed.toString(QStringLiteral("yyyy-MM-dd")) == typed.left(10),
          "the parsed day must be the typed day", text);
    if (typed.size() >= 16 && (typed.at(10) == u'T' || typed.at(10) == u' ') &&
        typed.at(13) == u':') // a time follows ("2016-01-05 -0500" is a date and an offset)
        check(parsed.toString(QStringLiteral("HH:mm")) == typed.mid(11, 5),
              "the parsed time must be the typed time", text);

    const QString record = dates::formatRecordTimestamp(parsed);
    const QDateTime fromRecord = dates::parseDate(record, zone);
    check(fromRecord.isValid() && fromRecord == parsed,
          "the record form must read back as the same instant",
          text + QStringLiteral(" -> ") + record);
    check(dates::formatRecordTimestamp(fromRecord) == record, "the record form is stable", record);

    const QString filter = dates::formatFilterDate(parsed);
    const QDateTime fromFilter = dates::parseDate(filter, zone);
    const QDateTime wholeSeconds = parsed.addMSecs(-parsed.time().msec());
    check(fromFilter.isValid() && fromFilter == wholeSeconds,
          "the filter form must read back as the same second",
          text + QStringLiteral(" -> ") + filter);
    return 0;
}
