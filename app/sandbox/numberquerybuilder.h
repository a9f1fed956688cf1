#pragma once

#include "numberfilter.h"

#include <QString>
#include <QVariantList>

namespace numdesk::sandbox {

// Turns a NumberFilter into SQL over the `numbers` table. Every clause keeps the literal
// "deleted_at IS NULL" so that SQLite can use the partial indexes of the live rows.
class NumberQueryBuilder
{
public:
    explicit NumberQueryBuilder(const NumberFilter &filter);

    // "deleted_at IS NULL AND offer_id = ? AND …"
    QString whereClause() const { return m_where; }
    QVariantList bindings() const { return m_bindings; }

    // SELECT COUNT(*) of the matching live rows.
    QString countSql() const;
    // The rows of one page in id order; bind bindings() then limit and offset. The ids are
    // picked first (offset walks a narrow index, not the table), then their rows are read.
    QString pageSql() const;

private:
    void add(const QString &clause, const QVariant &value);

    QString m_where;
    QVariantList m_bindings;
};

} // namespace numdesk::sandbox
