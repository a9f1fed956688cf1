#pragma once

#include <QString>

#include <optional>

namespace numdesk::sandbox {

// An offer, traffic source, number pool or provider configuration: the pickers' id → name.
struct LookupRecord
{
    qint64 id = 0;
    QString name;
    qint64 createdAt = 0;                      // UTC ms since the epoch
    std::optional<qint64> userTrafficSourceId; // traffic sources only
    QString provider;                          // provider configurations only: "twilio", …

    bool operator==(const LookupRecord &o) const
    {
        return id == o.id && name == o.name && createdAt == o.createdAt &&
               userTrafficSourceId == o.userTrafficSourceId && provider == o.provider;
    }
};

} // namespace numdesk::sandbox
