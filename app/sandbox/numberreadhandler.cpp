#include "numberreadhandler.h"

#include "csvwriter.h"
#include "listparameters.h"
#include "numberfilterparser.h"
#include "numberjsonwriter.h"
#include "recordserializer.h"
#include "sandboxstore.h"

#include <QJsonDocument>

namespace numdesk::sandbox {

NumberReadHandler::NumberReadHandler(const SandboxStore &store, int perPageCap,
                                     const QTimeZone &accountZone)
    : m_store(store)
    , m_perPageCap(perPageCap)
    , m_accountZone(accountZone)
{}

ApiResponse NumberReadHandler::notFound()
{
    return ApiResponse::error(404, tr("Phone number not found"));
}

QString NumberReadHandler::stripFormat(const QString &id)
{
    if (id.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return id.chopped(5);
    return id;
}

ApiResponse NumberReadHandler::list(const QueryItems &query, Format format) const
{
    FieldErrors errors;
    const ListParameters params =
        ListParameters::parse(query, m_perPageCap, RecordSerializer::numberColumns(), errors);
    const NumberFilter filter = NumberFilterParser::parse(query, m_accountZone, errors);
    if (!errors.isEmpty())
        return ApiResponse::errors(422, errors);

    if (format == Format::Json)
        return jsonPage(params, filter);

    const QStringList columns =
        params.columns.isEmpty() ? RecordSerializer::numberColumns() : params.columns;
    CsvWriter header;
    header.addRow(columns);
    // The cells straight from the JSON writer's values (no QJsonObject per record), as the JSON
    // page is written, each row as it is read: a CSV page once cost ~5 × a JSON page.
    QByteArray body = header.data();
    body.reserve(params.perPage * 600 + body.size());
    NumberJsonWriter writer;
    const QList<int> fields = NumberJsonWriter::fieldsOf(columns);
    QString error;
    qint64 total = 0;
    if (!m_store.readStoredNumbers(
            filter, params.offset(), params.perPage, &total,
            [&](const StoredNumberRow &row) { writer.writeCsvRow(row, fields, body); }, &error))
        return ApiResponse::error(500, error);
    ApiResponse response =
        ApiResponse::text(200, QByteArrayLiteral("text/csv; charset=utf-8"), body);
    response.headers.append({QByteArrayLiteral("Content-Disposition"),
                             QByteArrayLiteral("attachment; filename=\"phone_numbers.csv\"")});
    return response;
}

ApiResponse NumberReadHandler::jsonPage(const ListParameters &params,
                                        const NumberFilter &filter) const
{
    // Written as bytes rather than through QJsonObject (see NumberJsonWriter), each row as it
    // is read. The envelope's keys in QJsonObject's order: "metadata" (with the total, known
    // once the page is read) before "numbers".
    QByteArray records;
    records.reserve(params.perPage * 900 + 2);
    records.append('[');
    NumberJsonWriter writer(params.columns);
    QString error;
    qint64 total = 0;
    if (!m_store.readStoredNumbers(
            filter, params.offset(), params.perPage, &total,
            [&](const StoredNumberRow &row) {
                if (records.size() > 1)
                    records.append(',');
                writer.write(row, records);
            },
            &error))
        return ApiResponse::error(500, error);
    records.append(']');
    if (!params.root)
        return ApiResponse::text(200, ApiResponse::jsonContentType(), records);
    const QByteArray metadata =
        QJsonDocument(params.metadata(total)).toJson(QJsonDocument::Compact);
    QByteArray body;
    body.reserve(records.size() + metadata.size() + 32);
    body.append("{\"metadata\":").append(metadata).append(",\"numbers\":").append(records);
    body.append('}');
    return ApiResponse::text(200, ApiResponse::jsonContentType(), body);
}

ApiResponse NumberReadHandler::show(const QString &id) const
{
    const auto record = m_store.findLive(stripFormat(id));
    if (!record)
        return notFound();
    return ApiResponse::json(200, RecordSerializer::singleEnvelope(*record, 200));
}

} // namespace numdesk::sandbox
