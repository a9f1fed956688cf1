#include "batchprinter.h"

#include "csvrowwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace numdesk::cli {

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("none");
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &entry : value.toArray())
            parts.append(entry.toString());
        return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral("; "));
    }
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

QString BatchPrinter::changesText(const PlanPreviewRow &row)
{
    if (row.action == PlanRow::Action::Unrent && row.rowClass == PlanPreviewRow::Class::Change)
        return tr("unrent");
    QStringList parts;
    for (const PlanPreviewRow::Change &change : row.changes) {
        //: "offer_id: 11 → 12"
        parts.append(
            tr("%1: %2 → %3").arg(change.field, valueText(change.before), valueText(change.after)));
    }
    return parts.join(QStringLiteral(", "));
}

QByteArray BatchPrinter::preview(const QList<PlanPreviewRow> &rows, OutputFormatter::Format format)
{
    if (format == OutputFormatter::Format::Json) {
        QJsonArray array;
        for (const PlanPreviewRow &row : rows)
            array.append(row.toJson());
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    const QStringList header{QStringLiteral("row"),     QStringLiteral("id"),
                             QStringLiteral("number"),  QStringLiteral("class"),
                             QStringLiteral("changes"), QStringLiteral("reason")};
    QList<QStringList> table;
    for (const PlanPreviewRow &row : rows) {
        table.append({row.line > 0 ? QString::number(row.line) : QString(),
                      row.id ? QString::number(*row.id) : QString(),
                      row.number.isEmpty() ? row.reference : row.number,
                      PlanPreviewRow::classKey(row.rowClass), changesText(row), row.reason});
    }
    if (format == OutputFormatter::Format::Csv) {
        const CsvRowWriter writer;
        QByteArray out = writer.encodeRow(header);
        for (const QStringList &cells : std::as_const(table))
            out += writer.encodeRow(cells);
        return out;
    }
    table.prepend({tr("Row"), tr("ID"), tr("Number"), tr("Class"), tr("Changes"), tr("Reason")});
    return OutputFormatter::textTable(table);
}

QByteArray BatchPrinter::batches(const QList<BatchSummary> &batches, OutputFormatter::Format format)
{
    if (format == OutputFormatter::Format::Json) {
        QJsonArray array;
        for (const BatchSummary &batch : batches)
            array.append(batch.toJson());
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    QList<QStringList> table;
    table.append({tr("Batch"), tr("Time"), tr("Account"), tr("Kind"), tr("Actions"),
                  tr("Succeeded"), tr("Failed"), tr("Unknown")});
    for (const BatchSummary &batch : batches) {
        const int unknown = batch.counts.value(QStringLiteral("unknown")) +
                            batch.counts.value(QStringLiteral("no-outcome")) +
                            batch.counts.value(QStringLiteral("in-flight"));
        table.append({batch.id, batch.time.toUTC().toString(Qt::ISODate), batch.account, batch.kind,
                      QString::number(batch.total()),
                      QString::number(batch.counts.value(QStringLiteral("succeeded"))),
                      QString::number(batch.counts.value(QStringLiteral("failed"))),
                      QString::number(unknown)});
    }
    return OutputFormatter::textTable(table);
}

} // namespace numdesk::cli
