#pragma once

#include "phonenumber.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace numdesk {

// What a list's `metadata` told; nothing is guaranteed (api-notes.md).
struct PageMeta
{
    std::optional<qint64> totalCount;
    std::optional<int> totalPages;
    std::optional<int> perPage;    // the page size the server used
    std::optional<int> perPageCap; // the largest page size it allows, when it says
    QJsonObject raw;

    bool operator==(const PageMeta &o) const
    {
        return totalCount == o.totalCount && totalPages == o.totalPages && perPage == o.perPage &&
               perPageCap == o.perPageCap && raw == o.raw;
    }
};

struct NumberPage
{
    QList<PhoneNumber> numbers;
    PageMeta meta;
};

// One entry of a picker list (offer, traffic source, number pool, provider configuration).
struct LookupItem
{
    qint64 id = 0;
    QString name;
    QString label; // what a picker shows: the name, or "<user_traffic_source_id> - <name>"

    bool operator==(const LookupItem &o) const
    {
        return id == o.id && name == o.name && label == o.label;
    }
};

struct LookupPage
{
    QList<LookupItem> items;
    PageMeta meta;
};

// The answer to an unrent: the record with deleted_at set, or nothing when a retried DELETE
// found the number already gone (404 after a retry counts as done).
struct UnrentOutcome
{
    std::optional<PhoneNumber> record;
    bool alreadyGone = false;
};

} // namespace numdesk
