#pragma once

#include "apierror.h"
#include "batchhistory.h"
#include "planpreviewrow.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace numdesk {

class ApiCall;
class ApiClient;
class Journal;
class LookupCache;

// What undoing a batch would do, read afresh: for each number the batch changed, the values it
// had before (from the journal) and the values the batch set. Each number is read again; one
// that still has the values the batch set is a Change back to the values before; one that has
// the values before already is Already; one that someone changed since is ChangedSince and is
// left alone; one no longer in the account is NotFound. Unrents cannot be undone: they are
// NotUndoable rows with the offer, source, pool and token values the number had (for
// re-buying), named from the lookups when they can be read (by id when not). The rows' actions
// (PlanPreview::actionsFor) journal the values they replace, so an undo can be undone too.
class UndoPlan : public QObject
{
    Q_OBJECT

public:
    // `lookups` (may be null) names the offers, sources and pools of the unrents.
    UndoPlan(ApiClient *client, const Journal *journal, LookupCache *lookups,
             QObject *parent = nullptr);
    ~UndoPlan() override;

    // False with why when the journal holds no such batch (a unique prefix of an id is enough),
    // or when it was made on another account than the client's.
    bool start(const QString &batchId, QString *error = nullptr);
    const BatchSummary &batch() const { return m_batch; }
    bool isRunning() const { return m_running; }
    const std::optional<ApiError> &error() const { return m_error; }
    const QList<PlanPreviewRow> &rows() const { return m_rows; }

signals:
    void finished();

private:
    struct Target
    {
        QString target;
        QString label;
        QJsonObject before; // first value before, per key
        QJsonObject after;  // last value set, per key
        int row = -1;       // its row in m_rows
    };
    void pump();
    void onRead(int index, const Result<PhoneNumber> &result);
    void fail(const ApiError &error);
    void describeUnrents();

    ApiClient *m_client;
    const Journal *m_journal;
    QPointer<LookupCache> m_lookups;
    BatchSummary m_batch;
    QList<PlanPreviewRow> m_rows;
    QSet<int> m_unknownUnrents; // rows: unrents whose answer never came
    QList<Target> m_targets;
    int m_next = 0;
    QHash<int, QPointer<ApiCall>> m_inFlight;
    std::optional<ApiError> m_error;
    bool m_running = false;
    bool m_waitingForLookups = false;
};

} // namespace numdesk
