#pragma once

#include "pagedqueryreader.h"
#include "snapshotstore.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

namespace numdesk {

class ApiClient;

// What taking a snapshot did.
struct SnapshotResult
{
    enum class Outcome
    {
        Completed,
        Cancelled,
        Failed
    };
    Outcome outcome = Outcome::Completed;
    qint64 id = 0; // the snapshot; 0 when none was kept
    qint64 count = 0;
    QDateTime takenAt; // UTC
    bool verified = false;
    QString message; // why it failed; empty otherwise
};

// Takes one snapshot: every number of the account, all columns, read by the export's reader
// (PagedQueryReader: one verified state of the set) and written to a SnapshotStore page by page.
// Rows the final read no longer holds are dropped; a read that could not be verified is kept and
// marked so. Cancelled or failed: nothing is kept. Runs on the caller's thread's event loop; the
// pages are written by a thread of the job's own, with a connection of its own to the store's
// file, while the next pages are read (writing costs more than reading: on the caller's thread
// it held the replies up, and in the window it held up the GUI).
class SnapshotJob : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int parallel = PagedQueryReader::kDefaultParallel; // as the export reads
        int keep = 30; // snapshots kept after this one (Preferences::snapshotsKept)
        // Rows read and not yet written past which the reader is held (about 1.5 KB each
        // while queued); tests set it small.
        qsizetype queuedRows = 50000;
        SnapshotNames names;
    };

    // `store` (not owned, open) must outlive the job.
    SnapshotJob(ApiClient *client, SnapshotStore *store, Options options,
                QObject *parent = nullptr);
    ~SnapshotJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const SnapshotResult &result() const { return m_result; }

signals:
    void progressChanged(qint64 rowsDone, qint64 total); // total -1 when unknown
    void finished(const numdesk::SnapshotResult &result);

private:
    class Writer;
    void onRows(const QList<PhoneNumber> &rows);
    void onRoom(); // the writer caught up: the reader may read on
    void onWritten(bool ok, const QString &error, bool last);
    void stopWriter();
    void onReaderFinished(const PagedQueryReader::Outcome &outcome);
    void finish(SnapshotResult::Outcome outcome, const QString &message = {});

    ApiClient *m_client;
    SnapshotStore *m_store;
    Options m_options;
    PagedQueryReader *m_reader = nullptr;
    std::optional<qint64> m_snapshot;
    QThread *m_writerThread = nullptr; // the Writer lives and dies there
    Writer *m_writer = nullptr;
    std::optional<PagedQueryReader::Outcome> m_readOutcome; // the read ended, the writes not yet
    SnapshotResult m_result;
    bool m_running = false;
};

} // namespace numdesk
