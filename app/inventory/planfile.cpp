#include "planfile.h"

#include "columncatalog.h"
#include "phonenumbering.h"
#include "tokenvalue.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace numdesk {

namespace {

bool isNone(const QString &text)
{
    return text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
}

// A cell a spreadsheet-safe export wrote as "'+1…" reads as "+1…".
QString unguarded(const QString &cell)
{
    const QString text = cell.trimmed();
    if (text.size() > 1 && text.at(0) == QLatin1Char('\'') &&
        QStringLiteral("=+-@\t\r").contains(text.at(1)))
        return text.mid(1);
    return text;
}

} // namespace

QChar PlanFile::detectSeparator(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QString header = end < 0 ? text : text.left(end);
    const qsizetype commas = header.count(QLatin1Char(','));
    const qsizetype semicolons = header.count(QLatin1Char(';'));
    const qsizetype tabs = header.count(QLatin1Char('\t'));
    if (tabs > commas && tabs >= semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

std::optional<QList<PlanFile::Record>> PlanFile::records(const QString &text, QChar separator,
                                                         QString *error)
{
    QList<Record> out;
    Record record;
    QString cell;
    int line = 1;
    record.line = 1;
    bool quoted = false;      // inside a quoted cell
    bool cellStarted = false; // the record has a cell begun (even an empty one)
    int quoteLine = 0;
    const qsizetype size = text.size();
    auto endRecord = [&] {
        record.cells.append(cell);
        cell.clear();
        // A line with nothing on it is no record.
        if (!(record.cells.size() == 1 && record.cells.first().isEmpty() && !cellStarted))
            out.append(record);
        record = Record();
        cellStarted = false;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    cell.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            cell.clear();
            quoted = true;
            cellStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            record.cells.append(cell);
            cell.clear();
            cellStarted = true;
        } else if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // CRLF: the LF ends the record
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            record.line = line;
        } else {
            cell.append(c);
            if (!c.isSpace())
                cellStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = tr("The quote opened on line %1 is never closed.").arg(quoteLine);
        return std::nullopt;
    }
    if (cellStarted || !cell.isEmpty() || !record.cells.isEmpty())
        endRecord();
    return out;
}

QString PlanFile::columnKey(const QString &header)
{
    const QString text = header.trimmed();
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("id"), QStringLiteral("id")},
        {QStringLiteral("number"), QStringLiteral("number")},
        {QStringLiteral("offer"), QStringLiteral("offer_id")},
        {QStringLiteral("offer_id"), QStringLiteral("offer_id")},
        {QStringLiteral("traffic_source"), QStringLiteral("traffic_source_id")},
        {QStringLiteral("traffic_source_id"), QStringLiteral("traffic_source_id")},
        {QStringLiteral("ring_pool"), QStringLiteral("ring_pool_id")},
        {QStringLiteral("ring_pool_id"), QStringLiteral("ring_pool_id")},
        {QStringLiteral("pool"), QStringLiteral("ring_pool_id")},
        {QStringLiteral("token_values"), QStringLiteral("token_values")},
        {QStringLiteral("action"), QStringLiteral("action")},
    };
    const QString lower = text.toLower();
    if (aliases.contains(lower))
        return aliases.value(lower);
    // The table's column labels, as an export with labels writes them (translated or not).
    for (const QString &key : {QStringLiteral("id"), QStringLiteral("number"),
                               QStringLiteral("offer_id"), QStringLiteral("traffic_source_id"),
                               QStringLiteral("ring_pool_id"), QStringLiteral("token_values")}) {
        if (columns::label(key).compare(text, Qt::CaseInsensitive) == 0)
            return key;
    }
    static const QHash<QString, QString> english = {
        {QStringLiteral("offer"), QStringLiteral("offer_id")},
        {QStringLiteral("traffic source"), QStringLiteral("traffic_source_id")},
        {QStringLiteral("number pool"), QStringLiteral("ring_pool_id")},
        {QStringLiteral("token values"), QStringLiteral("token_values")},
    };
    return english.value(lower);
}

PlanReference PlanFile::readReference(const QString &text)
{
    static const QRegularExpression id(QStringLiteral("^#?([1-9][0-9]{0,17})$"));
    PlanReference reference;
    const QString cell = text.trimmed();
    if (cell.isEmpty())
        return reference;
    if (isNone(cell)) {
        reference.kind = PlanReference::Kind::Clear;
        return reference;
    }
    const QRegularExpressionMatch match = id.match(cell);
    if (match.hasMatch()) {
        reference.kind = PlanReference::Kind::Id;
        reference.id = match.captured(1).toLongLong();
        return reference;
    }
    reference.kind = PlanReference::Kind::Name;
    reference.name = cell;
    return reference;
}

std::optional<QStringList> PlanFile::readTokenValues(const QString &text, QString *error)
{
    QStringList out;
    if (isNone(text.trimmed()))
        return out;
    const QStringList entries = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QString trimmed = entry.trimmed();
        if (trimmed.isEmpty())
            continue;
        QString reason;
        const std::optional<TokenValue> token = TokenValue::parse(trimmed, &reason);
        if (!token) {
            if (error)
                //: "'Geo:800': the key may only contain a-z, 0-9 and _ (found 'G')"
                *error = tr("'%1': %2").arg(trimmed, reason);
            return std::nullopt;
        }
        out.append(token->toString());
    }
    return out;
}

PlanFile::Parsed PlanFile::readFile(const QString &path, const QString &defaultCountry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Parsed parsed;
        parsed.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return parsed;
    }
    return read(file.readAll(), defaultCountry);
}

PlanFile::Parsed PlanFile::read(const QByteArray &bytes, const QString &defaultCountry)
{
    Parsed parsed;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QString text = QString::fromUtf8(data);
    if (text.contains(QChar::ReplacementCharacter) && !data.contains("\xEF\xBF\xBD")) {
        parsed.error = tr("The file is not UTF-8 text.");
        return parsed;
    }
    parsed.separator = detectSeparator(text);
    QString error;
    const std::optional<QList<Record>> records = PlanFile::records(text, parsed.separator, &error);
    if (!records) {
        parsed.error = error;
        return parsed;
    }
    if (records->isEmpty()) {
        parsed.error = tr("The file is empty: a plan needs a header row.");
        return parsed;
    }
    // Column index of each key the plan reads.
    QHash<QString, int> column;
    const QStringList header = records->first().cells;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = columnKey(header.at(i));
        if (!key.isEmpty() && !column.contains(key))
            column.insert(key, i);
    }
    if (!column.contains(QStringLiteral("id")) && !column.contains(QStringLiteral("number"))) {
        parsed.error = tr("The header names neither an id nor a number column (found: %1).")
                           .arg(header.join(QStringLiteral(", ")));
        return parsed;
    }
    auto cellOf = [&column](const Record &record, const char *key) {
        const int index = column.value(QLatin1String(key), -1);
        return index >= 0 ? unguarded(record.cells.value(index)) : QString();
    };
    for (qsizetype r = 1; r < records->size(); ++r) {
        const Record &record = records->at(r);
        PlanRow row;
        row.line = record.line;
        auto invalid = [&row](const char *key, const QString &why) {
            if (!row.invalidReason.isEmpty())
                return;
            row.invalidColumn = QLatin1String(key);
            row.invalidReason = why;
        };
        const QString id = cellOf(record, "id");
        const QString number = cellOf(record, "number");
        if (!id.isEmpty()) {
            static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,17}$"));
            if (digits.match(id).hasMatch())
                row.id = id;
            else
                invalid("id", tr("'%1' is not an id (a positive whole number).").arg(id));
        }
        row.numberText = number;
        if (!number.isEmpty()) {
            const PhoneNumbering::Parsed read = PhoneNumbering::parse(number, defaultCountry);
            if (read.ok())
                row.number = read.e164();
            else if (row.id.isEmpty())
                invalid("number", read.reason);
        }
        if (id.isEmpty() && number.isEmpty())
            invalid("id", tr("The row names no number: its id and number cells are empty."));

        const QString action = cellOf(record, "action").toLower();
        if (action == QLatin1String("unrent"))
            row.action = PlanRow::Action::Unrent;
        else if (!action.isEmpty() && action != QLatin1String("update"))
            invalid("action", tr("'%1' is no action: use update or unrent.").arg(action));

        row.offer = readReference(cellOf(record, "offer_id"));
        if (row.offer.kind == PlanReference::Kind::Clear)
            invalid("offer_id", tr("A number cannot be without an offer: 'none' is refused."));
        row.trafficSource = readReference(cellOf(record, "traffic_source_id"));
        row.ringPool = readReference(cellOf(record, "ring_pool_id"));
        const QString tokens = cellOf(record, "token_values");
        if (!tokens.isEmpty()) {
            QString why;
            const std::optional<QStringList> values = readTokenValues(tokens, &why);
            if (!values)
                invalid("token_values", why);
            else if (values->isEmpty())
                row.tokenValues = std::optional<QStringList>();
            else
                row.tokenValues = std::optional<QStringList>(*values);
        }
        parsed.rows.append(row);
    }
    return parsed;
}

} // namespace numdesk
