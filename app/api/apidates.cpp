#include "apidates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace numdesk::dates {

namespace {

QString offsetText(int offsetSeconds, bool withColon)
{
    const QChar sign = offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = std::abs(offsetSeconds) / 60;
    const QString hh = QStringLiteral("%1").arg(minutes / 60, 2, 10, QLatin1Char('0'));
    const QString mm = QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return sign + hh + (withColon ? QStringLiteral(":") : QString()) + mm;
}

QDateTime inZone(const QDateTime &dateTime, const QTimeZone &zone)
{
    return zone.isValid() ? dateTime.toTimeZone(zone) : dateTime;
}

} // namespace

QString formatFilterDate(const QDateTime &dateTime, const QTimeZone &zone)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = inZone(dateTime, zone);
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) +
           offsetText(local.offsetFromUtc(), false);
}

QString formatRecordTimestamp(const QDateTime &dateTime, const QTimeZone &zone)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = inZone(dateTime, zone);
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           offsetText(local.offsetFromUtc(), true);
}

QDateTime parseDate(const QString &text, const QTimeZone &zone, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)"
        R"(\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$)"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    auto fail = [error, &text](const char *reason) {
        if (error)
            *error = QCoreApplication::translate("numdesk::dates", reason).arg(text.trimmed());
        return QDateTime();
    };
    if (!m.hasMatch())
        return fail(QT_TRANSLATE_NOOP(
            "numdesk::dates",
            "'%1' is not a date (use YYYY-MM-DD HH:MM:SS +HHMM, ISO 8601 or YYYY-MM-DD)"));

    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return fail(QT_TRANSLATE_NOOP("numdesk::dates", "'%1' names a day that does not exist"));
    int msec = 0;
    if (m.hasCaptured(7))
        msec = m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(m.hasCaptured(4) ? m.captured(4).toInt() : 0,
                     m.hasCaptured(5) ? m.captured(5).toInt() : 0,
                     m.hasCaptured(6) ? m.captured(6).toInt() : 0, msec);
    if (!time.isValid())
        return fail(
            QT_TRANSLATE_NOOP("numdesk::dates", "'%1' has a time of day that does not exist"));

    const QString offset = m.captured(8);
    if (offset.isEmpty()) {
        const QTimeZone readIn = zone.isValid() ? zone : QTimeZone::utc();
        return QDateTime(date, time, readIn);
    }
    if (offset == QLatin1String("Z") || offset == QLatin1String("UTC"))
        return QDateTime(date, time, QTimeZone::utc());
    QString digits = offset.mid(1);
    digits.remove(QLatin1Char(':'));
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
    // UTC-12:00 to UTC+14:00 exist; QTimeZone takes up to ±14:00 and is invalid past that.
    if (hours > 14 || minutes > 59 || hours * 60 + minutes > 14 * 60)
        return fail(
            QT_TRANSLATE_NOOP("numdesk::dates", "'%1' has an offset from UTC that does not exist"));
    const int seconds =
        (hours * 3600 + minutes * 60) * (offset.startsWith(QLatin1Char('-')) ? -1 : 1);
    return QDateTime(date, time, QTimeZone(seconds));
}

const QList<NamedTimeZone> &railsTimeZones()
{
    // ActiveSupport::TimeZone::MAPPING: the names a Rails service accepts in `time_zone`.
    static const QList<NamedTimeZone> zones = [] {
        static const char *const table[][2] = {
            {"International Date Line West", "Etc/GMT+12"},
            {"Midway Island", "Pacific/Midway"},
            {"American Samoa", "Pacific/Pago_Pago"},
            {"Hawaii", "Pacific/Honolulu"},
            {"Alaska", "America/Juneau"},
            {"Pacific Time (US & Canada)", "America/Los_Angeles"},
            {"Tijuana", "America/Tijuana"},
            {"Mountain Time (US & Canada)", "America/Denver"},
            {"Arizona", "America/Phoenix"},
            {"Chihuahua", "America/Chihuahua"},
            {"Mazatlan", "America/Mazatlan"},
            {"Central Time (US & Canada)", "America/Chicago"},
            {"Saskatchewan", "America/Regina"},
            {"Guadalajara", "America/Mexico_City"},
            {"Mexico City", "America/Mexico_City"},
            {"Monterrey", "America/Monterrey"},
            {"Central America", "America/Guatemala"},
            {"Eastern Time (US & Canada)", "America/New_York"},
            {"Indiana (East)", "America/Indiana/Indianapolis"},
            {"Bogota", "America/Bogota"},
            {"Lima", "America/Lima"},
            {"Quito", "America/Lima"},
            {"Atlantic Time (Canada)", "America/Halifax"},
            {"Caracas", "America/Caracas"},
            {"La Paz", "America/La_Paz"},
            {"Santiago", "America/Santiago"},
            {"Newfoundland", "America/St_Johns"},
            {"Brasilia", "America/Sao_Paulo"},
            {"Buenos Aires", "America/Argentina/Buenos_Aires"},
            {"Montevideo", "America/Montevideo"},
            {"Georgetown", "America/Guyana"},
            {"Puerto Rico", "America/Puerto_Rico"},
            {"Greenland", "America/Godthab"},
            {"Mid-Atlantic", "Atlantic/South_Georgia"},
            {"Azores", "Atlantic/Azores"},
            {"Cape Verde Is.", "Atlantic/Cape_Verde"},
            {"Dublin", "Europe/Dublin"},
            {"Edinburgh", "Europe/London"},
            {"Lisbon", "Europe/Lisbon"},
            {"London", "Europe/London"},
            {"Casablanca", "Africa/Casablanca"},
            {"Monrovia", "Africa/Monrovia"},
            {"UTC", "Etc/UTC"},
            {"Belgrade", "Europe/Belgrade"},
            {"Bratislava", "Europe/Bratislava"},
            {"Budapest", "Europe/Budapest"},
            {"Ljubljana", "Europe/Ljubljana"},
            {"Prague", "Europe/Prague"},
            {"Sarajevo", "Europe/Sarajevo"},
            {"Skopje", "Europe/Skopje"},
            {"Warsaw", "Europe/Warsaw"},
            {"Zagreb", "Europe/Zagreb"},
            {"Brussels", "Europe/Brussels"},
            {"Copenhagen", "Europe/Copenhagen"},
            {"Madrid", "Europe/Madrid"},
            {"Paris", "Europe/Paris"},
            {"Amsterdam", "Europe/Amsterdam"},
            {"Berlin", "Europe/Berlin"},
            {"Bern", "Europe/Zurich"},
            {"Zurich", "Europe/Zurich"},
            {"Rome", "Europe/Rome"},
            {"Stockholm", "Europe/Stockholm"},
            {"Vienna", "Europe/Vienna"},
            {"West Central Africa", "Africa/Algiers"},
            {"Bucharest", "Europe/Bucharest"},
            {"Cairo", "Africa/Cairo"},
            {"Helsinki", "Europe/Helsinki"},
            {"Kyiv", "Europe/Kiev"},
            {"Riga", "Europe/Riga"},
            {"Sofia", "Europe/Sofia"},
            {"Tallinn", "Europe/Tallinn"},
            {"Vilnius", "Europe/Vilnius"},
            {"Athens", "Europe/Athens"},
            {"Istanbul", "Europe/Istanbul"},
            {"Minsk", "Europe/Minsk"},
            {"Jerusalem", "Asia/Jerusalem"},
            {"Harare", "Africa/Harare"},
            {"Pretoria", "Africa/Johannesburg"},
            {"Kaliningrad", "Europe/Kaliningrad"},
            {"Moscow", "Europe/Moscow"},
            {"St. Petersburg", "Europe/Moscow"},
            {"Volgograd", "Europe/Volgograd"},
            {"Samara", "Europe/Samara"},
            {"Kuwait", "Asia/Kuwait"},
            {"Riyadh", "Asia/Riyadh"},
            {"Nairobi", "Africa/Nairobi"},
            {"Baghdad", "Asia/Baghdad"},
            {"Tehran", "Asia/Tehran"},
            {"Abu Dhabi", "Asia/Muscat"},
            {"Muscat", "Asia/Muscat"},
            {"Baku", "Asia/Baku"},
            {"Tbilisi", "Asia/Tbilisi"},
            {"Yerevan", "Asia/Yerevan"},
            {"Kabul", "Asia/Kabul"},
            {"Ekaterinburg", "Asia/Yekaterinburg"},
            {"Islamabad", "Asia/Karachi"},
            {"Karachi", "Asia/Karachi"},
            {"Tashkent", "Asia/Tashkent"},
            {"Chennai", "Asia/Kolkata"},
            {"Kolkata", "Asia/Kolkata"},
            {"Mumbai", "Asia/Kolkata"},
            {"New Delhi", "Asia/Kolkata"},
            {"Kathmandu", "Asia/Kathmandu"},
            {"Astana", "Asia/Dhaka"},
            {"Dhaka", "Asia/Dhaka"},
            {"Sri Jayawardenepura", "Asia/Colombo"},
            {"Almaty", "Asia/Almaty"},
            {"Novosibirsk", "Asia/Novosibirsk"},
            {"Rangoon", "Asia/Rangoon"},
            {"Bangkok", "Asia/Bangkok"},
            {"Hanoi", "Asia/Bangkok"},
            {"Jakarta", "Asia/Jakarta"},
            {"Krasnoyarsk", "Asia/Krasnoyarsk"},
            {"Beijing", "Asia/Shanghai"},
            {"Chongqing", "Asia/Chongqing"},
            {"Hong Kong", "Asia/Hong_Kong"},
            {"Urumqi", "Asia/Urumqi"},
            {"Kuala Lumpur", "Asia/Kuala_Lumpur"},
            {"Singapore", "Asia/Singapore"},
            {"Taipei", "Asia/Taipei"},
            {"Perth", "Australia/Perth"},
            {"Irkutsk", "Asia/Irkutsk"},
            {"Ulaanbaatar", "Asia/Ulaanbaatar"},
            {"Seoul", "Asia/Seoul"},
            {"Osaka", "Asia/Tokyo"},
            {"Sapporo", "Asia/Tokyo"},
            {"Tokyo", "Asia/Tokyo"},
            {"Yakutsk", "Asia/Yakutsk"},
            {"Darwin", "Australia/Darwin"},
            {"Adelaide", "Australia/Adelaide"},
            {"Canberra", "Australia/Melbourne"},
            {"Melbourne", "Australia/Melbourne"},
            {"Sydney", "Australia/Sydney"},
            {"Brisbane", "Australia/Brisbane"},
            {"Hobart", "Australia/Hobart"},
            {"Vladivostok", "Asia/Vladivostok"},
            {"Guam", "Pacific/Guam"},
            {"Port Moresby", "Pacific/Port_Moresby"},
            {"Magadan", "Asia/Magadan"},
            {"Srednekolymsk", "Asia/Srednekolymsk"},
            {"Solomon Is.", "Pacific/Guadalcanal"},
            {"New Caledonia", "Pacific/Noumea"},
            {"Fiji", "Pacific/Fiji"},
            {"Kamchatka", "Asia/Kamchatka"},
            {"Marshall Is.", "Pacific/Majuro"},
            {"Auckland", "Pacific/Auckland"},
            {"Wellington", "Pacific/Auckland"},
            {"Nuku'alofa", "Pacific/Tongatapu"},
            {"Tokelau Is.", "Pacific/Fakaofo"},
            {"Chatham Is.", "Pacific/Chatham"},
            {"Samoa", "Pacific/Apia"},
        };
        QList<NamedTimeZone> list;
        list.reserve(int(std::size(table)));
        for (const auto &row : table)
            list.append({QString::fromUtf8(row[0]), QByteArray(row[1])});
        return list;
    }();
    return zones;
}

QTimeZone zoneForApiName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 ||
        trimmed == QLatin1String("Etc/UTC"))
        return QTimeZone::utc();
    for (const NamedTimeZone &zone : railsTimeZones()) {
        if (zone.name == trimmed)
            return QTimeZone(zone.ianaId);
    }
    // availableTimeZoneIds() leaves out some real ids (such as "Etc/GMT+12"), while the
    // constructor also takes any POSIX TZ rule ("Atlantis" would be UTC): accept an id the
    // system lists, or an Area/Location id the constructor knows.
    const QByteArray iana = trimmed.toUtf8();
    if (QTimeZone::isTimeZoneIdAvailable(iana) || (iana.contains('/') && QTimeZone(iana).isValid()))
        return QTimeZone(iana);
    return {};
}

} // namespace numdesk::dates
