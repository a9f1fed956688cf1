#pragma once

#include "columncatalog.h"
#include "phonenumber.h"

#include <QCollator>
#include <QHash>
#include <QString>
#include <QTimeZone>
#include <QVariant>

#include <optional>

namespace numdesk {

class LookupCache;

// How a cell of the number table reads: display text, tooltip, raw values and sort order of
// one column key of a PhoneNumber. Shared by the table model and its sorting.
class CellFormatter
{
public:
    CellFormatter();

    void setLookups(const LookupCache *lookups) { m_lookups = lookups; }
    // Names to show before the lookups' (column key → id → name): a snapshot's, kept from when
    // it was taken. The caller keeps them alive.
    void setNames(const QHash<QString, QHash<qint64, QString>> *names) { m_names = names; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    const QTimeZone &timeZone() const { return m_zone; }
    void setDateFormat(const QString &format) { m_dateFormat = format; }
    const QString &dateFormat() const { return m_dateFormat; }
    // The number column: the server's human_number when it writes the number, else the number
    // in its national form for this country and its international form for any other.
    void setHomeRegion(const QString &region) { m_homeRegion = region; }
    const QString &homeRegion() const { return m_homeRegion; }

    QString display(const PhoneNumber &number, const QString &key, columns::Kind kind) const;
    QVariant toolTip(const PhoneNumber &number, const QString &key, columns::Kind kind) const;

    // The order of two records by one column: numbers numerically, timestamps chronologically,
    // offers, sources, pools, providers and countries by the name shown, text
    // case-insensitively in the locale's order; missing values first.
    // Negative, zero or positive.
    int compare(const PhoneNumber &a, const PhoneNumber &b, const QString &key,
                columns::Kind kind) const;
    const QCollator &collator() const { return m_collator; }
    // Case-insensitive, numbers by value ("2" before "10"), in the locale's order; the "C"
    // locale, which QCollator compares code point by code point, reads as English (the
    // pickers' lists).
    static QCollator naturalCollator();

    // "2023-12-11T11:49:32.495-05:00" (also "Z", "+0000", without milliseconds or seconds'
    // fraction) as milliseconds since the epoch, without allocating. nullopt when not ISO 8601.
    static std::optional<qint64> parseTimestampMs(const QString &text);
    static std::optional<qint64> integerValue(const PhoneNumber &number, const QString &key);
    // A table's horizontal header for column `key`: its label, its key (on `columnKeyRole`)
    // and integers aligned right. Shared by the live and the snapshot tables.
    static QVariant headerData(const QString &key, columns::Kind kind, int role, int columnKeyRole);
    // A table cell of column `key`: its alignment, display text, edit text (the plain value),
    // tooltip and, on `recordIdRole`, the number's id; an invalid QVariant for other roles.
    // Shared by the live and the snapshot tables.
    QVariant cellData(const PhoneNumber &number, const QString &key, columns::Kind kind, int role,
                      int recordIdRole) const;
    static QVariant cellAlignment(columns::Kind kind);

private:
    const LookupCache *m_lookups = nullptr;
    const QHash<QString, QHash<qint64, QString>> *m_names = nullptr;
    QTimeZone m_zone;
    QString m_dateFormat;
    QString m_homeRegion = QStringLiteral("US");
    QCollator m_collator;
};

} // namespace numdesk
