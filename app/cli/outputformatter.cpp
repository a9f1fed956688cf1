#include "outputformatter.h"

#include "columncatalog.h"
#include "csvrecordformatter.h"
#include "csvrowwriter.h"
#include "lookupnames.h"
#include "terminal.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace numdesk::cli {

namespace {

// One line per cell, at most maxCellWidth() characters.
QString oneLine(const QString &text)
{
    QString cell = text;
    cell.replace(QLatin1Char('\r'), QLatin1Char(' '));
    cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return Terminal::visible(cell); // ESC, BEL, NUL… from the server as visible escapes
}

QString tableCell(const QString &text)
{
    QString cell = oneLine(text);
    if (cell.size() > OutputFormatter::maxCellWidth())
        cell = cell.left(OutputFormatter::maxCellWidth() - 1) + QChar(0x2026);
    return cell;
}

} // namespace

std::optional<OutputFormatter::Format> OutputFormatter::formatFromName(const QString &name)
{
    if (name == QLatin1String("table"))
        return Format::Table;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QStringList OutputFormatter::defaultColumns()
{
    return QStringList{QStringLiteral("id")} + columns::defaultVisible();
}

QByteArray OutputFormatter::list(const QList<PhoneNumber> &numbers, const QStringList &columns,
                                 Format format, const LookupCache *names)
{
    switch (format) {
    case Format::Table:
        return table(numbers, columns.isEmpty() ? defaultColumns() : columns, names);
    case Format::Csv:
        return csv(numbers, columns.isEmpty() ? defaultColumns() : columns);
    case Format::Json:
        return json(numbers, columns);
    }
    return {};
}

QByteArray OutputFormatter::table(const QList<PhoneNumber> &numbers, const QStringList &columns,
                                  const LookupCache *names)
{
    const CsvRecordFormatter formatter(columns);
    QList<QStringList> rows;
    rows.append(formatter.header(CsvRecordFormatter::HeaderStyle::Labels));
    for (const PhoneNumber &number : numbers) {
        QStringList cells = formatter.cells(number);
        for (qsizetype c = 0; names && c < cells.size(); ++c)
            cells[c] = LookupNames::name(names, columns.at(c), cells.at(c));
        rows.append(cells);
    }
    return textTable(rows);
}

QByteArray OutputFormatter::textTable(QList<QStringList> rows)
{
    QList<qsizetype> widths(rows.isEmpty() ? 0 : rows.first().size(), 0);
    for (QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            row[c] = tableCell(row.at(c));
            widths[c] = qMax(widths.at(c), row.at(c).size());
        }
    }
    QString out;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths.at(c)) : row.at(c);
        }
        out += line + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray OutputFormatter::csv(const QList<PhoneNumber> &numbers, const QStringList &columns)
{
    const CsvRecordFormatter formatter(columns);
    const CsvRowWriter writer;
    QByteArray out = writer.encodeRow(formatter.header(CsvRecordFormatter::HeaderStyle::Keys));
    for (const PhoneNumber &number : numbers)
        out += writer.encodeRow(formatter.cells(number));
    return out;
}

QByteArray OutputFormatter::json(const QList<PhoneNumber> &numbers, const QStringList &columns)
{
    QJsonArray array;
    for (const PhoneNumber &number : numbers) {
        if (columns.isEmpty()) {
            array.append(number.toJson());
            continue;
        }
        QJsonObject object;
        for (const QString &key : columns)
            object.insert(key, number.value(key));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray OutputFormatter::record(const PhoneNumber &number, const LookupCache *names)
{
    QStringList keys;
    for (const QString &key : columns::all()) {
        if (number.has(key))
            keys.append(key);
    }
    qsizetype width = 0;
    for (const QString &key : std::as_const(keys))
        width = qMax(width, columns::label(key).size() + 1);
    QString out;
    for (const QString &key : std::as_const(keys)) {
        const QString label = columns::label(key) + QLatin1Char(':');
        const QString raw = number.text(key);
        const QString name = LookupNames::name(names, key, raw);
        //: A named id in `show`: "Auto Insurance (#100)"
        const QString value = name != raw ? tr("%1 (#%2)").arg(name, raw) : raw;
        out +=
            label.leftJustified(width) + QStringLiteral("  ") + oneLine(value) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray OutputFormatter::recordJson(const PhoneNumber &number)
{
    return QJsonDocument(number.toJson()).toJson(QJsonDocument::Indented);
}

} // namespace numdesk::cli
