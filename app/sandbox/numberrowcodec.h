#pragma once

#include "numberrecord.h"
#include "storednumberrow.h"

#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace numdesk::sandbox {

// Maps a NumberRecord to the columns of the `numbers` table and back, in one fixed order.
class NumberRowCodec
{
public:
    // The stored columns in order, starting with id; digits and search_text are derived.
    static const QStringList &columns();
    // "id, name, number, …" for SELECT and INSERT.
    static QString columnList();
    // The values of columns() for a record (id bound as NULL when it is 0: SQLite assigns it).
    static QVariantList values(const NumberRecord &record);
    // Reads a row selected with columnList().
    static NumberRecord read(const QSqlQuery &query);
    // columnList() with the texts cast to BLOB, so that SQLite hands over its UTF-8 bytes.
    static QString storedColumnList();
    // Reads a row selected with storedColumnList().
    static StoredNumberRow readStored(const QSqlQuery &query);
    // The lower-cased text fulltext searches: name, number and human number.
    static QString searchText(const NumberRecord &record);
};

} // namespace numdesk::sandbox
