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

    QString error;
    const SandboxStore::StoredPage page =
        m_store.listStoredNumbers(filter, params.offset(), params.perPage, &error);
    if (!error.isEmpty())
        return ApiResponse::error(500, error);
    const QStringList columns =
        params.columns.isEmpty() ? RecordSerializer::numberColumns() : params.columns;
    CsvWriter header;
    header.addRow(columns);
    // The cells straight from the JSON writer's values (no QJsonObject per record), as the JSON
    // page is written: a CSV page once cost ~5 × a JSON page.
    QByteArray body = header.data();
    body.reserve(page.rows.size() * 600 + body.size());
    NumberJsonWriter writer;
    const QList<int> fields = NumberJsonWriter::fieldsOf(columns);
    for (const StoredNumberRow &row : page.rows)
        writer.writeCsvRow(row, fields, body);
    ApiResponse response =
        ApiResponse::text(200, QByteArrayLiteral("text/csv; charset=utf-8"), body);
    response.headers.append({QByteArrayLiteral("Content-Disposition"),
                             QByteArrayLiteral("attachment; filename=\"phone_numbers.csv\"")});
    return response;
}

ApiResponse NumberReadHandler::jsonPage(const ListParameters &params,
                                        const NumberFilter &filter) const
{
    QString error;
    const SandboxStore::StoredPage page =
        m_store.listStoredNumbers(filter, params.offset(), params.perPage, &error);
    if (!error.isEmpty())
        return ApiResponse::error(500, error);
    // Written as bytes rather than through QJsonObject (see NumberJsonWriter); the envelope's
    // keys in QJsonObject's order: "metadata" before "numbers".
    QByteArray body;
    body.reserve(page.rows.size() * 900 + 200);
    if (params.root) {
        body.append("{\"metadata\":");
        body.append(QJsonDocument(params.metadata(page.totalCount)).toJson(QJsonDocument::Compact));
        body.append(",\"numbers\":");
    }
    body.append('[');
    NumberJsonWriter writer(params.columns);
    for (qsizetype i = 0; i < page.rows.size(); ++i) {
        if (i > 0)
            body.append(',');
        writer.write(page.rows.at(i), body);
    }
    body.append(']');
    if (params.root)
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
