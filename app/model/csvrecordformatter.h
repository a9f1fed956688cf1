#pragma once

#include "phonenumber.h"

#include <QStringList>
#include <QTimeZone>

namespace numdesk {

// Turns phone numbers into the cells of an export: only the chosen columns, in the chosen
// order; null as an empty cell; token values as "key:value" joined with "; "; timestamps
// exactly as the API sent them, or converted to a display time zone (same ISO 8601 form with
// milliseconds and offset) when one is given.
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
    QStringList cells(const PhoneNumber &number) const;
    QString cell(const PhoneNumber &number, const QString &key) const;

    // A server timestamp shown in `zone`; the text itself when it is not a date or the zone is
    // invalid.
    static QString convertTimestamp(const QString &text, const QTimeZone &zone);

private:
    QStringList m_columns;
    QList<bool> m_isTimestamp;
    QTimeZone m_zone;
};

} // namespace numdesk
