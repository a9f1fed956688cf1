#pragma once

#include "journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace numdesk {

// One batch of the journal: the actions one ActionRunner run sent (a plan applied, an undo, a
// bulk or single edit, a purchase, unrents), with what became of them.
struct BatchSummary
{
    QString id;
    QDateTime time; // when its first action was sent (UTC)
    QString account;
    QString server;
    QString kind;              // "apply", "undo", "update", "unrent", "purchase", "mixed"
    QMap<QString, int> counts; // by JournalEntry::stateKey: "succeeded": 212, "failed": 1
    QList<int> entries;        // indexes into Journal::entries(), in the order sent

    int total() const { return int(entries.size()); }
    // {"id", "time", "account", "kind", "counts": {…}}
    QJsonObject toJson() const;
};

// The batches a journal holds, newest first. Actions journalled before batches existed (no
// batch id) belong to none.
class BatchHistory
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::BatchHistory)

public:
    static QList<BatchSummary> of(const Journal &journal);
    // The batch with `id` (a unique prefix of it is enough); nullopt when none or several.
    static std::optional<BatchSummary> find(const Journal &journal, const QString &id);
};

} // namespace numdesk
