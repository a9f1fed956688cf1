#include "lookuphandler.h"

#include "listparameters.h"
#include "recordserializer.h"
#include "sandboxstore.h"

#include <apidates.h>

#include <QJsonArray>
#include <QTimeZone>

namespace numdesk::sandbox {

namespace {

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = qAbs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

LookupHandler::LookupHandler(const SandboxStore &store, int perPageCap)
    : m_store(store)
    , m_perPageCap(perPageCap)
{}

ApiResponse LookupHandler::list(schema::LookupKind kind, const QueryItems &query) const
{
    FieldErrors errors;
    const ListParameters params =
        ListParameters::parse(query, m_perPageCap, RecordSerializer::lookupColumns(kind), errors);
    if (!errors.isEmpty())
        return ApiResponse::errors(422, errors);
    qint64 total = 0;
    QString error;
    const QList<LookupRecord> records =
        m_store.listLookups(kind, RawQueryParser::value(query, QStringLiteral("fulltext")),
                            params.offset(), params.perPage, &total, &error);
    if (!error.isEmpty())
        return ApiResponse::error(500, error);
    QJsonArray array;
    for (const LookupRecord &record : records)
        array.append(RecordSerializer::lookupObject(kind, record, params.columns));
    if (!params.root)
        return ApiResponse::json(200, array);
    return ApiResponse::json(200,
                             QJsonObject{{schema::lookupRootKey(kind), array},
                                         {QStringLiteral("metadata"), params.metadata(total)}});
}

ApiResponse LookupHandler::timeZones(const QueryItems &query, const QDateTime &now)
{
    bool given = false;
    const QString rootText = RawQueryParser::value(query, QStringLiteral("root"), &given);
    const std::optional<bool> root = given ? ListParameters::parseBoolean(rootText) : true;
    if (!root)
        return ApiResponse::errors(422,
                                   {{QStringLiteral("root"), {ListParameters::booleanMessage()}}});
    QJsonArray zones;
    for (const dates::NamedTimeZone &named : dates::railsTimeZones()) {
        const QTimeZone zone(named.ianaId);
        const int offset = zone.isValid() ? zone.offsetFromUtc(now) : 0;
        zones.append(QJsonObject{{QStringLiteral("name"), named.name},
                                 {QStringLiteral("iana_id"), QString::fromLatin1(named.ianaId)},
                                 {QStringLiteral("utc_offset"), offsetText(offset)},
                                 {QStringLiteral("utc_offset_seconds"), offset}});
    }
    if (!*root)
        return ApiResponse::json(200, zones);
    return ApiResponse::json(
        200, QJsonObject{{QStringLiteral("time_zones"), zones},
                         {QStringLiteral("metadata"),
                          QJsonObject{{QStringLiteral("total_count"), zones.size()}}}});
}

} // namespace numdesk::sandbox
