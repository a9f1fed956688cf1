#pragma once

#include "command.h"
#include "snapshotstore.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace numdesk::cli {

// What the inventory commands (snapshot, snapshots, insights, diff, idle) share: the profile's
// snapshot store, which snapshot a command means, and how a snapshot is named.
class InventoryAccess
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::InventoryAccess)

public:
    // Opens the store of the context's profile; false and the reason when it cannot be opened.
    static bool open(const CommandContext &context, SnapshotStore *store, QString *error);
    // The snapshot `id`, or the latest when none is given; nullopt and the reason when there
    // is no such snapshot (unknown id, or none taken yet).
    static std::optional<SnapshotInfo> pick(const SnapshotStore &store, std::optional<qint64> id,
                                            QString *error);
    // "Snapshot 3 of 2026-12-03T14:02:11.000Z: 700 numbers" (+ ", not verified …").
    static QString describe(const SnapshotInfo &info);
    // The snapshot time as printed: ISO 8601 in UTC with milliseconds.
    static QString timeText(const QDateTime &time);
    // --idle-days: a whole number of days, 0 or more (at most 36500).
    static std::optional<int> readDays(const QString &text, QString *error);
    // --snapshot, --from, --to: a snapshot id.
    static std::optional<qint64> readSnapshotId(const QString &option, const QString &text,
                                                QString *error);
};

} // namespace numdesk::cli
