#include "filteroptions.h"

#include "apidates.h"
#include "columncatalog.h"
#include "phonenumbering.h"

namespace numdesk::cli {

namespace {

struct IdOption
{
    const char *name;
    std::optional<qint64> NumberFilter::*field;
};

const IdOption idOptions[] = {
    {"offer", &NumberFilter::offerId},
    {"traffic-source", &NumberFilter::trafficSourceId},
    {"provider", &NumberFilter::providerConfigurationId},
    {"pool", &NumberFilter::ringPoolId},
};

struct DateOption
{
    const char *name;
    QDateTime NumberFilter::*field;
};

const DateOption dateOptions[] = {
    {"created-from", &NumberFilter::createdFrom},
    {"created-to", &NumberFilter::createdTo},
    {"last-call-from", &NumberFilter::lastCallFrom},
    {"last-call-to", &NumberFilter::lastCallTo},
};

} // namespace

void FilterOptions::add(QCommandLineParser &parser)
{
    const QString id = tr("ID");
    const QString date = tr("DATE");
    parser.addOptions({
        {QStringLiteral("fulltext"), tr("Numbers matching this text anywhere."), tr("TEXT")},
        {QStringLiteral("number"),
         tr("The phone number in any written form (+441224980000, \"(212) 669-9604\"; without "
            "a country code in the default country of Preferences, the US when none is set)."),
         tr("NUMBER")},
        {QStringLiteral("offer"), tr("Numbers of this offer."), id},
        {QStringLiteral("traffic-source"), tr("Numbers of this traffic source."), id},
        {QStringLiteral("provider"), tr("Numbers of this provider configuration."), id},
        {QStringLiteral("pool"), tr("Numbers of this number pool."), id},
        {QStringLiteral("created-from"), tr("Created at or after DATE."), date},
        {QStringLiteral("created-to"), tr("Created at or before DATE."), date},
        {QStringLiteral("last-call-from"), tr("Last called at or after DATE."), date},
        {QStringLiteral("last-call-to"), tr("Last called at or before DATE."), date},
        {QStringLiteral("time-zone"),
         tr("Read dates without an offset in this zone (\"UTC\", \"Europe/Berlin\", "
            "\"Eastern Time (US & Canada)\")."),
         tr("ZONE")},
    });
}

bool FilterOptions::read(const QCommandLineParser &parser,
                         const std::function<QString()> &defaultCountry, NumberFilter *filter,
                         QString *error)
{
    filter->fulltext = parser.value(QStringLiteral("fulltext"));
    filter->number.clear();
    if (parser.isSet(QStringLiteral("number"))) {
        const PhoneNumbering::Parsed number =
            PhoneNumbering::parse(parser.value(QStringLiteral("number")), defaultCountry());
        if (!number.ok()) {
            *error = tr("--number: %1").arg(number.reason);
            return false;
        }
        filter->number = number.e164();
    }
    for (const IdOption &option : idOptions) {
        const QString name = QString::fromLatin1(option.name);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const qint64 value = parser.value(name).trimmed().toLongLong(&ok);
        if (!ok || value <= 0) {
            *error = tr("--%1 needs a positive whole number (found '%2').")
                         .arg(name, parser.value(name));
            return false;
        }
        filter->*option.field = value;
    }
    QTimeZone zone;
    if (parser.isSet(QStringLiteral("time-zone"))) {
        filter->timeZone = parser.value(QStringLiteral("time-zone")).trimmed();
        zone = dates::zoneForApiName(filter->timeZone);
        if (!zone.isValid()) {
            *error = tr("--time-zone: '%1' is not a time zone (use UTC, an IANA id such as "
                        "Europe/Berlin, or a TrackDrive name such as \"Eastern Time (US & "
                        "Canada)\").")
                         .arg(filter->timeZone);
            return false;
        }
    }
    for (const DateOption &option : dateOptions) {
        const QString name = QString::fromLatin1(option.name);
        if (!parser.isSet(name))
            continue;
        QString reason;
        const QDateTime value = dates::parseDate(parser.value(name), zone, &reason);
        if (!value.isValid()) {
            *error = tr("--%1: %2").arg(name, reason);
            return false;
        }
        filter->*option.field = value;
    }
    // A range that ends before it starts matches nothing: refuse it rather than send it.
    for (int i = 0; i + 1 < int(std::size(dateOptions)); i += 2) {
        const QDateTime &from = filter->*dateOptions[i].field;
        const QDateTime &to = filter->*dateOptions[i + 1].field;
        if (from.isValid() && to.isValid() && from > to) {
            *error = tr("--%1 (%2) is after --%3 (%4): the range would match nothing.")
                         .arg(QString::fromLatin1(dateOptions[i].name),
                              dates::formatFilterDate(from, zone),
                              QString::fromLatin1(dateOptions[i + 1].name),
                              dates::formatFilterDate(to, zone));
            return false;
        }
    }
    return true;
}

bool FilterOptions::readColumns(const QString &text, QStringList *columns, QString *error)
{
    columns->clear();
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString key = part.trimmed();
        if (key.isEmpty())
            continue;
        if (!columns::isKnown(key)) {
            *error = tr("--columns: '%1' is not a column (use any of: %2).")
                         .arg(key, columns::all().join(QStringLiteral(",")));
            return false;
        }
        if (!columns->contains(key))
            columns->append(key);
    }
    if (columns->isEmpty()) {
        *error = tr("--columns needs at least one column key.");
        return false;
    }
    return true;
}

} // namespace numdesk::cli
