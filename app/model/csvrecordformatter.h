#pragma once

#include "cellformatter.h"
#include "csvrowwriter.h"
#include "phonenumber.h"

#include <QStringList>
#include <QTimeZone>

namespace numdesk {

// Turns phone numbers into the cells of an export: only the chosen columns, in the chosen
// order; null as an empty cell; token values as "key:value" joined with "; "; timestamps
// exactly as the API sent them, or converted to a display time zone (same ISO 8601 form with
// milliseconds and offset) when one is given. With names (setNames), offer, traffic source,
// pool and provider ids and country codes are written as the table shows them.
class CsvRecordFormatter
{
public:
    enum class HeaderStyle
    {
        Keys,
        Labels
    };

    explicit CsvRecordFormatter(QStringList columns, QTimeZone displayZone = {});

    const QStringList &columns() const { return m_columns; }
    QStringList header(HeaderStyle style) const;
    // Id columns as their names and the country as its name, exactly as the table shows them
    // ("#102" for an id without a name); null: as the API sent them.
    void setNames(const LookupCache *lookups);
    QStringList cells(const PhoneNumber &number) const;
    QString cell(const PhoneNumber &number, const QString &key) const;
    // The record as one CSV row appended to `out`: the same bytes as
    // writer.encodeRow(cells(number)), without the list of cells (an export's rows).
    void appendRow(const PhoneNumber &number, const CsvRowWriter &writer, QByteArray *out,
                   qint64 *nulsDropped = nullptr) const;

    // A server timestamp shown in `zone`; the text itself when it is not a date or the zone is
    // invalid.
    static QString convertTimestamp(const QString &text, const QTimeZone &zone);

private:
    QStringList m_columns;
    QList<bool> m_isTimestamp;
    QList<columns::Kind> m_kinds;
    QList<int> m_fields; // PhoneNumber's field index of each column, -1 for other keys
    QTimeZone m_zone;
    bool m_names = false;
    CellFormatter m_shown;
};

} // namespace numdesk
