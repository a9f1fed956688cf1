#pragma once

#include "apiresponse.h"
#include "rawqueryparser.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace numdesk::sandbox {

// The paging and shaping parameters every list endpoint shares: page, per_page, columns, root.
class ListParameters
{
    Q_DECLARE_TR_FUNCTIONS(ListParameters)

public:
    int page = 1;
    int perPage = 25; // as actually used (after the cap)
    int perPageCap = 250;
    QStringList columns; // empty = every column
    bool root = true;

    // Reads the parameters; bad values add a message per field to `errors`.
    static ListParameters parse(const QueryItems &query, int perPageCap,
                                const QStringList &allowedColumns, FieldErrors &errors);

    int offset() const { return (page - 1) * perPage; }
    // {"total_count":…,"total_pages":…,"page":…,"per_page":…,"per_page_cap":…}
    QJsonObject metadata(qint64 totalCount) const;

    // The seed's boolean words: 1, true, yes, on, 0, false, no, off (any case).
    static std::optional<bool> parseBoolean(const QString &text);
    static QString booleanMessage();
};

} // namespace numdesk::sandbox
