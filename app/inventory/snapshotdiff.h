#pragma once

#include "phonenumber.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace numdesk {

// One line of what changed between two snapshots.
struct SnapshotChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    qint64 id = 0;
    QString number;
    Kind kind = Kind::Changed;
    QString field;     // the column key ("offer_id"); empty for added and removed
    QJsonValue before; // as the API sends it (ids as ids); null for added and removed
    QJsonValue after;

    bool operator==(const SnapshotChange &o) const;
};

// What changed between two snapshots: numbers added, removed, and for a number in both, one
// change per field that differs among the fields people change (comparedFields()). Rows are
// matched by id; the result is in id order, fields in comparedFields() order. Pure computation:
// give it all rows of both snapshots, or only those that differ (SnapshotStore::differingRows),
// the answer is the same.
class SnapshotDiff
{
public:
    // offer_id, traffic_source_id, ring_pool_id, provider_configuration_id, token_values, name,
    // description, external_record_id.
    static QStringList comparedFields();
    static QList<SnapshotChange> compute(QList<PhoneNumber> from, QList<PhoneNumber> to);
    static QString kindKey(SnapshotChange::Kind kind); // "added", "removed", "changed"
    // A value as one CSV cell: text as it is, numbers in decimal, token values "k:v; k:v".
    static QString cellText(const QJsonValue &value);
    // The changes as CSV (cli.md): a header `id,number,change,field,before,after`, then a row
    // per change.
    static QByteArray toCsv(const QList<SnapshotChange> &changes);
};

} // namespace numdesk
