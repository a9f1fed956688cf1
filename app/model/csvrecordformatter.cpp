#include "csvrecordformatter.h"

#include "apidates.h"
#include "columncatalog.h"

namespace numdesk {

CsvRecordFormatter::CsvRecordFormatter(QStringList columns, QTimeZone displayZone)
    : m_columns(std::move(columns))
    , m_zone(std::move(displayZone))
{
    for (const QString &key : std::as_const(m_columns)) {
        m_kinds.append(columns::kind(key));
        m_isTimestamp.append(columns::kind(key) == columns::Kind::Timestamp);
        m_fields.append(PhoneNumber::fieldIndex(QLatin1String(key.toLatin1())));
    }
}

void CsvRecordFormatter::setNames(const LookupCache *lookups)
{
    m_names = lookups != nullptr;
    m_shown.setLookups(lookups);
}

QStringList CsvRecordFormatter::header(HeaderStyle style) const
{
    if (style == HeaderStyle::Keys)
        return m_columns;
    QStringList labels;
    for (const QString &key : m_columns)
        labels.append(columns::label(key));
    return labels;
}

QString CsvRecordFormatter::convertTimestamp(const QString &text, const QTimeZone &zone)
{
    if (text.isEmpty() || !zone.isValid())
        return text;
    const QDateTime instant = dates::parseDate(text);
    if (!instant.isValid())
        return text;
    return dates::formatRecordTimestamp(instant, zone);
}

QString CsvRecordFormatter::cell(const PhoneNumber &number, const QString &key) const
{
    const columns::Kind kind = columns::kind(key);
    if (m_names && (kind == columns::Kind::Reference || kind == columns::Kind::Country))
        return m_shown.display(number, key, kind);
    const QString text = number.text(key);
    if (m_zone.isValid() && kind == columns::Kind::Timestamp)
        return convertTimestamp(text, m_zone);
    return text;
}

QStringList CsvRecordFormatter::cells(const PhoneNumber &number) const
{
    QStringList out;
    out.reserve(m_columns.size());
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const columns::Kind kind = m_kinds.at(i);
        if (m_names && (kind == columns::Kind::Reference || kind == columns::Kind::Country)) {
            out.append(m_shown.display(number, m_columns.at(i), kind));
            continue;
        }
        const QString text = number.text(m_columns.at(i));
        out.append(m_isTimestamp.at(i) && m_zone.isValid() ? convertTimestamp(text, m_zone) : text);
    }
    return out;
}

void CsvRecordFormatter::appendRow(const PhoneNumber &number, const CsvRowWriter &writer,
                                   QByteArray *out, qint64 *nulsDropped) const
{
    constexpr qint64 kExact = 9007199254740992LL; // 2^53: PhoneNumber::text's integer range
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const bool first = i == 0;
        const int field = m_fields.at(i);
        const columns::Kind kind = m_kinds.at(i);
        const bool named =
            m_names && (kind == columns::Kind::Reference || kind == columns::Kind::Country);
        const bool converted = m_isTimestamp.at(i) && m_zone.isValid();
        if (field >= 0 && !named && !converted) {
            switch (PhoneNumber::fieldKind(field)) {
            case PhoneNumber::FieldKind::Integer: {
                const std::optional<qint64> &value = *number.integerField(field);
                if (!value) {
                    writer.appendCell(out, QStringView(), first);
                    continue;
                }
                if (*value >= -kExact && *value <= kExact) {
                    writer.appendCell(out, *value, first);
                    continue;
                }
                break; // written as PhoneNumber::text writes it
            }
            case PhoneNumber::FieldKind::Text:
                writer.appendCell(out, *number.textField(field), first, nulsDropped);
                continue;
            case PhoneNumber::FieldKind::Tokens:
                break;
            }
        }
        const QString text = named       ? m_shown.display(number, m_columns.at(i), kind)
                             : converted ? convertTimestamp(number.text(m_columns.at(i)), m_zone)
                                         : number.text(m_columns.at(i));
        writer.appendCell(out, text, first, nulsDropped);
    }
    CsvRowWriter::endRow(out);
}

} // namespace numdesk
