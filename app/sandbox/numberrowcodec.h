#pragma once

#include "numberrecord.h"
#include "storednumberrow.h"

#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace numdesk {
class SqliteStatement;
}

namespace numdesk::sandbox {

// Maps a NumberRecord to the columns of the `numbers` table and back, in one fixed order.
class NumberRowCodec
{
public:
    // The stored columns in order, starting with id; digits and search_text are derived.
    static const QStringList &columns();
    // "id, name, number, …" for SELECT and INSERT.
    static QString columnList();
    // The values of columns() for a record (id bound as NULL when it is 0: SQLite assigns it),
    // its checksum included (NULL with the id: the id is part of what it sums).
    static QVariantList values(const NumberRecord &record);
    // Reads a row selected with columnList().
    static NumberRecord read(const QSqlQuery &query);
    // The columns a list page writes (StoredNumberRow's), for SELECT.
    static QString storedColumnList();
    // Reads a row selected with storedColumnList(), through SQLite's own interface with no
    // QVariant in between (a list page reads 250 rows of 26 columns). Its texts are SQLite's
    // bytes, not copied: valid until the statement steps on (owned() copies them).
    static StoredNumberRow readStored(const SqliteStatement &statement);
    // The row with texts of its own.
    static StoredNumberRow owned(const StoredNumberRow &row);
    // The row a record is stored as (no checksum: values() computes it from this).
    static StoredNumberRow stored(const NumberRecord &record);
    // The lower-cased text fulltext searches: name, number and human number.
    static QString searchText(const NumberRecord &record);
};

} // namespace numdesk::sandbox
