#include "batchhistory.h"

#include <QHash>

#include <algorithm>

namespace numdesk {

QJsonObject BatchSummary::toJson() const
{
    QJsonObject countsJson;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        countsJson.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("account"), account},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("counts"), countsJson},
    };
}

QList<BatchSummary> BatchHistory::of(const Journal &journal)
{
    QList<BatchSummary> batches;
    QHash<QString, int> index;
    const QList<JournalEntry> &entries = journal.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const JournalEntry &entry = entries.at(i);
        if (entry.batch.isEmpty())
            continue;
        int at = index.value(entry.batch, -1);
        if (at < 0) {
            at = int(batches.size());
            index.insert(entry.batch, at);
            BatchSummary batch;
            batch.id = entry.batch;
            batch.time = entry.sentAt;
            batch.account = entry.account;
            batch.server = entry.server;
            batch.kind = entry.batchKind;
            batches.append(batch);
        }
        BatchSummary &batch = batches[at];
        batch.entries.append(i);
        ++batch.counts[JournalEntry::stateKey(entry.state)];
    }
    std::stable_sort(batches.begin(), batches.end(),
                     [](const BatchSummary &a, const BatchSummary &b) { return a.time > b.time; });
    return batches;
}

std::optional<BatchSummary> BatchHistory::find(const Journal &journal, const QString &id)
{
    const QString wanted = id.trimmed().toLower();
    if (wanted.isEmpty())
        return std::nullopt;
    std::optional<BatchSummary> found;
    for (const BatchSummary &batch : of(journal)) {
        if (batch.id == wanted)
            return batch;
        if (batch.id.startsWith(wanted)) {
            if (found)
                return std::nullopt;
            found = batch;
        }
    }
    return found;
}

} // namespace numdesk
