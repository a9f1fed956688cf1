#include "inventoryaccess.h"

#include <QLocale>

namespace numdesk::cli {

bool InventoryAccess::open(const CommandContext &context, SnapshotStore *store, QString *error)
{
    if (context.snapshotStorePath.isEmpty()) {
        *error = tr("No snapshot store for this account.");
        return false;
    }
    return store->open(context.snapshotStorePath, error);
}

std::optional<SnapshotInfo> InventoryAccess::pick(const SnapshotStore &store,
                                                  std::optional<qint64> id, QString *error)
{
    if (id) {
        const std::optional<SnapshotInfo> info = store.info(*id);
        if (!info)
            *error = tr("There is no snapshot %1 for this account (see 'numdesk-cli snapshots').")
                         .arg(*id);
        return info;
    }
    const std::optional<SnapshotInfo> latest = store.latest();
    if (!latest)
        *error = tr("No snapshot of this account yet: take one with 'numdesk-cli snapshot'.");
    return latest;
}

QString InventoryAccess::timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString InventoryAccess::describe(const SnapshotInfo &info)
{
    //: "Snapshot 3 of 2026-12-03T14:02:11.000Z: 700 numbers"
    QString text = tr("Snapshot %1 of %2: %3 numbers")
                       .arg(info.id)
                       .arg(timeText(info.takenAt))
                       .arg(QLocale().toString(info.count));
    if (!info.verified)
        text += tr(", not verified (the numbers kept changing while it was read)");
    return text;
}

std::optional<int> InventoryAccess::readDays(const QString &text, QString *error)
{
    bool ok = false;
    const int days = text.trimmed().toInt(&ok);
    if (!ok || days < 0 || days > 36500) {
        *error =
            tr("--idle-days needs a whole number of days from 0 to 36500 (found '%1').").arg(text);
        return std::nullopt;
    }
    return days;
}

std::optional<qint64> InventoryAccess::readSnapshotId(const QString &option, const QString &text,
                                                      QString *error)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        *error =
            tr("--%1 needs a snapshot id, a positive whole number (found '%2').").arg(option, text);
        return std::nullopt;
    }
    return id;
}

} // namespace numdesk::cli
