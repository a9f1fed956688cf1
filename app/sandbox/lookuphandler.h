#pragma once

#include "apiresponse.h"
#include "rawqueryparser.h"

#include <apischema.h>

#include <QCoreApplication>
#include <QDateTime>

namespace numdesk::sandbox {

class SandboxStore;

// GET offers, traffic_sources, ring_pools, provider_configurations (paged like the numbers:
// page, per_page, fulltext over the name, columns, root) and GET collections/time_zone.
class LookupHandler
{
    Q_DECLARE_TR_FUNCTIONS(LookupHandler)

public:
    LookupHandler(const SandboxStore &store, int perPageCap);

    ApiResponse list(schema::LookupKind kind, const QueryItems &query) const;

    // The Rails zones, in ActiveSupport's order, with their offset at `now`:
    //   {"time_zones":[{"name":"Eastern Time (US & Canada)","iana_id":"America/New_York",
    //                   "utc_offset":"-05:00","utc_offset_seconds":-18000}, …],
    //    "metadata":{"total_count":151}}
    // root=false gives the bare array.
    static ApiResponse timeZones(const QueryItems &query, const QDateTime &now);

private:
    const SandboxStore &m_store;
    int m_perPageCap;
};

} // namespace numdesk::sandbox
