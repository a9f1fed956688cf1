#pragma once

#include "cellformatter.h"
#include "columncatalog.h"
#include "pagestore.h"

#include <QList>
#include <QString>

namespace numdesk {

// The order of a fully loaded PageStore by one column (CellFormatter::compare: numbers
// numerically, timestamps chronologically, offers, sources, pools, providers and countries by
// the name shown, text case-insensitively in the locale's order).
// Ties keep the server's order, in either direction.
class RowSorter
{
public:
    RowSorter(const PageStore &store, const CellFormatter &formatter, QString key,
              columns::Kind kind);

    // Storage rows 0 … rowCount - 1 in view order. Rows not in memory go last.
    QList<qint64> sortedRows(qint64 rowCount, Qt::SortOrder order) const;
    // Where `number` goes among `order` (view row -> storage row) so that it stays sorted.
    int insertPosition(const QList<qint64> &order, const PhoneNumber &number,
                       Qt::SortOrder sortOrder) const;

private:
    const PageStore &m_store;
    const CellFormatter &m_formatter;
    QString m_key;
    columns::Kind m_kind;
};

} // namespace numdesk
