#include "numberfilterparser.h"

#include "numberplan.h"

#include <apidates.h>

#include <QRegularExpression>

namespace numdesk::sandbox {

namespace {

void readDate(const QueryItems &query, const QString &key, const QTimeZone &zone,
              std::optional<qint64> &target, FieldErrors &errors)
{
    bool given = false;
    const QString text = RawQueryParser::value(query, key, &given);
    if (!given || text.trimmed().isEmpty())
        return;
    QString message;
    const QDateTime date = dates::parseDate(text, zone, &message);
    if (!date.isValid()) {
        errors[key].append(message);
        return;
    }
    target = date.toMSecsSinceEpoch();
}

void readId(const QueryItems &query, const QString &key, std::optional<qint64> &target,
            FieldErrors &errors)
{
    static const QRegularExpression decimal(QStringLiteral("^[0-9]{1,18}$"));
    bool given = false;
    const QString text = RawQueryParser::value(query, key, &given).trimmed();
    if (!given || text.isEmpty())
        return;
    if (!decimal.match(text).hasMatch()) {
        errors[key].append(NumberFilterParser::tr("must be a decimal number (got '%1')").arg(text));
        return;
    }
    target = text.toLongLong();
}

} // namespace

bool NumberFilterParser::looksLikePhoneNumber(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral("^[0-9+()\\-. ]*[0-9][0-9+()\\-. ]*$"));
    return phone.match(text).hasMatch();
}

NumberFilter NumberFilterParser::parse(const QueryItems &query, const QTimeZone &accountZone,
                                       FieldErrors &errors)
{
    NumberFilter filter;
    QTimeZone zone = accountZone.isValid() ? accountZone : QTimeZone::utc();
    bool given = false;
    const QString zoneName = RawQueryParser::value(query, QStringLiteral("time_zone"), &given);
    if (given && !zoneName.trimmed().isEmpty()) {
        const QTimeZone named = dates::zoneForApiName(zoneName);
        if (named.isValid())
            zone = named;
        else
            errors[QStringLiteral("time_zone")].append(
                tr("'%1' is not a known time zone (use a name of GET collections/time_zone, "
                   "an IANA id or UTC)")
                    .arg(zoneName));
    }
    readDate(query, QStringLiteral("created_at_from"), zone, filter.createdFrom, errors);
    readDate(query, QStringLiteral("created_at_to"), zone, filter.createdTo, errors);
    readDate(query, QStringLiteral("last_call_at_from"), zone, filter.lastCallFrom, errors);
    readDate(query, QStringLiteral("last_call_at_to"), zone, filter.lastCallTo, errors);

    const QString fulltext =
        RawQueryParser::value(query, QStringLiteral("fulltext")).trimmed().toLower();
    if (!fulltext.isEmpty()) {
        filter.fulltext = fulltext;
        if (looksLikePhoneNumber(fulltext))
            filter.fulltextDigits = NumberPlan::digitsOf(fulltext);
    }

    const QString number = RawQueryParser::value(query, QStringLiteral("number"), &given);
    if (given && !number.trimmed().isEmpty()) {
        filter.numberDigits = NumberPlan::digitsOf(number);
        if (filter.numberDigits.isEmpty())
            errors[QStringLiteral("number")].append(
                tr("must contain the digits of a phone number (got '%1')").arg(number));
    }
    readId(query, QStringLiteral("offer_id"), filter.offerId, errors);
    readId(query, QStringLiteral("traffic_source_id"), filter.trafficSourceId, errors);
    readId(query, QStringLiteral("provider_configuration_id"), filter.providerConfigurationId,
           errors);
    readId(query, QStringLiteral("ring_pool_id"), filter.ringPoolId, errors);
    return filter;
}

} // namespace numdesk::sandbox
