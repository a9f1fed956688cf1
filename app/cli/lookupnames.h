#pragma once

#include "apischema.h"

#include <QStringList>

#include <memory>

namespace numdesk {
class ApiClient;
class LookupCache;
} // namespace numdesk

namespace numdesk::cli {

// The names of the offers, traffic sources, pools and providers a table prints, read before it
// is printed: only the lists its columns need, each to its end. A list that cannot be read
// leaves its ids as they are (the reason goes to stderr from the caller).
class LookupNames
{
public:
    // The lookups for `columnKeys` (all four when empty), loaded; the lists that failed are
    // named in `failed`.
    static std::unique_ptr<LookupCache> load(ApiClient *client, const QStringList &columnKeys,
                                             QStringList *failed);
    // `raw` (an id) as "Name" when known, else as it is.
    static QString name(const LookupCache *lookups, const QString &key, const QString &raw);
};

} // namespace numdesk::cli
