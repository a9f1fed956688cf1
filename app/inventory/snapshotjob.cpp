#include "snapshotjob.h"

#include "apiclient.h"

#include <QFuture>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace numdesk {

// Writes the pages of one snapshot on its own thread, with its own connection to the store's
// file (opened there, closed there). Each page is first prepared on the thread pool (encoded,
// checksummed, its facets worked out: SnapshotStore::prepare), so this thread only runs SQLite.
// The pages queued while it writes go in one transaction, up to kWriteRows rows: each commit
// writes every database page it changed once more, and the checksum index changes all over
// with every page of rows. When more than `queuedRows` rows wait, post() says so and the job
// holds its reader until the writer has caught up to half of that (a first snapshot of a large
// account can be read faster than it is written, and its rows would pile up in memory); the
// job's thread, the window's, never waits. stop() drops what is queued and ends the transaction
// being written at its next page, so the job stopping the writer waits for one page at most.
class SnapshotJob::Writer : public QObject
{
public:
    // 10,000 rows a transaction. Measured on 100,000 new rows at 20 ms latency, with the pages
    // prepared on the pool: the writer ended 0.27 s after the reader at 2,500 a transaction,
    // 0.13 s at 10,000 (with QSqlQuery before: 8.5 s in all at 1,000, 3.0–3.4 s from 2,500 to
    // 20,000).
    static constexpr qsizetype kWriteRows = 10000;
    // 40 MB of log between copies into the file: a first snapshot of 100,000 numbers synced
    // the two files 45 times (0.37 s) at SQLite's default of 1,000 pages.
    static constexpr int kCheckpointPages = 10000;
    // Room for a transaction's new pages (10,000 rows of ~1 KB, their index and members): at
    // SQLite's default of 2,000 KiB the cache filled and spilled pages to the log mid-way.
    static constexpr int kCacheKiB = 32768;

    Writer(SnapshotJob *job, QString path, qint64 snapshot, qsizetype queuedRows)
        : m_job(job)
        , m_path(std::move(path))
        , m_snapshot(snapshot)
        , m_queuedRowsMax(qMax<qsizetype>(1, queuedRows))
    {}

    // On the job's thread: `rows` to write after those queued; `last`: no more will come.
    // False when more than the most rows to queue are waiting: hold the reader until the
    // writer calls the job's onRoom().
    bool post(const QList<PhoneNumber> &rows, bool last)
    {
        QMutexLocker locker(&m_lock);
        if (!rows.isEmpty() && !m_stopped && !m_failed) {
            m_queue.append(QtConcurrent::run(&SnapshotStore::prepare, rows));
            m_queueSizes.append(rows.size());
            m_queuedRows += rows.size();
        }
        m_last = m_last || last;
        scheduleDrain();
        if (m_queuedRows > m_queuedRowsMax)
            m_jobHeld = true; // until drain() tells the job there is room
        return !m_jobHeld;
    }

    // On the job's thread: what is queued is dropped, and nothing more is written.
    void stop()
    {
        QMutexLocker locker(&m_lock);
        m_stopped = true;
        m_cancel.store(true);
        m_queue.clear(); // pages being prepared are dropped when ready
        m_queueSizes.clear();
        m_queuedRows = 0;
    }

    // On the writer's thread: its connection closed, then its thread ends.
    void close()
    {
        m_store.reset();
        QThread::currentThread()->quit();
    }

private:
    void scheduleDrain() // m_lock held
    {
        if (m_drainQueued || m_stopped)
            return;
        m_drainQueued = true;
        QMetaObject::invokeMethod(this, &Writer::drain, Qt::QueuedConnection);
    }

    // On the writer's thread: writes the next rows queued. Tells the job when there is room
    // again, when rows could not be written, and once the last rows are in.
    void drain()
    {
        QList<QFuture<QList<SnapshotStore::PreparedRow>>> pages;
        qsizetype rows = 0;
        bool last = false;
        {
            QMutexLocker locker(&m_lock);
            m_drainQueued = false;
            if (m_stopped || m_failed)
                return;
            while (!m_queue.isEmpty() && (rows == 0 || rows + m_queueSizes.first() <= kWriteRows)) {
                rows += m_queueSizes.takeFirst();
                pages.append(m_queue.takeFirst());
            }
            m_queuedRows -= rows;
            last = m_last && m_queue.isEmpty();
            if (!m_queue.isEmpty())
                scheduleDrain();
            if (m_jobHeld && m_queuedRows <= m_queuedRowsMax / 2) {
                m_jobHeld = false; // the reader reads again while these rows are written
                QMetaObject::invokeMethod(
                    m_job, [job = m_job] { job->onRoom(); }, Qt::QueuedConnection);
            }
        }
        QString error;
        bool failed = false;
        if (!m_store) {
            m_store = std::make_unique<SnapshotStore>();
            failed = !m_store->open(m_path, &error) ||
                     !m_store->setCheckpointPages(kCheckpointPages) ||
                     !m_store->setCacheKiB(kCacheKiB);
            if (failed && error.isEmpty())
                error = m_store->lastError();
        }
        QList<QList<SnapshotStore::PreparedRow>> prepared;
        for (const auto &page : std::as_const(pages))
            prepared.append(page.result()); // runs it here when the pool has not started it
        if (!failed && rows > 0 && !m_store->addPrepared(m_snapshot, prepared, &m_cancel)) {
            failed = true;
            error = m_store->lastError();
        }
        // The last rows are in: what this connection logged is copied into the file here,
        // before the job hears of it, not by the job's next commit on the GUI thread. A failed
        // copy loses nothing (SQLite copies it later).
        if (!failed && last)
            m_store->checkpoint();
        if (failed) {
            QMutexLocker locker(&m_lock);
            m_failed = true;
            m_queue.clear();
            m_queueSizes.clear();
            m_queuedRows = 0;
        }
        if (failed || last) {
            const bool ok = !failed;
            QMetaObject::invokeMethod(
                m_job, [job = m_job, ok, error, last] { job->onWritten(ok, error, last); },
                Qt::QueuedConnection);
        }
    }

    SnapshotJob *m_job;
    QString m_path;
    qint64 m_snapshot;
    const qsizetype m_queuedRowsMax;
    std::unique_ptr<SnapshotStore> m_store;
    QMutex m_lock;                                             // guards the members below
    QList<QFuture<QList<SnapshotStore::PreparedRow>>> m_queue; // pages, in the reader's order
    QList<qsizetype> m_queueSizes;                             // rows of each page
    qsizetype m_queuedRows = 0;
    bool m_jobHeld = false; // post() told the job to hold its reader
    bool m_last = false;
    bool m_drainQueued = false;
    bool m_stopped = false;
    bool m_failed = false;
    std::atomic<bool> m_cancel{false}; // set by stop(): addPrepared ends at its next page
};

SnapshotJob::SnapshotJob(ApiClient *client, SnapshotStore *store, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_options(std::move(options))
{}

SnapshotJob::~SnapshotJob()
{
    stopWriter();
    if (m_running && m_snapshot)
        m_store->discard(*m_snapshot);
}

void SnapshotJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = SnapshotResult();
    m_result.takenAt = QDateTime::currentDateTimeUtc();
    m_snapshot = m_store->begin(m_result.takenAt);
    if (!m_snapshot) {
        finish(SnapshotResult::Outcome::Failed, m_store->lastError());
        return;
    }
    m_writerThread = new QThread(this);
    m_writerThread->setObjectName(QStringLiteral("numdesk-snapshot-writer"));
    m_writer = new Writer(this, m_store->path(), *m_snapshot, m_options.queuedRows);
    m_writer->moveToThread(m_writerThread);
    m_writerThread->start();
    PagedQueryReader::Options read;
    read.parallel = m_options.parallel;
    read.startTime = m_result.takenAt;
    // No columns: every column the server sends.
    m_reader = new PagedQueryReader(m_client, read, this);
    connect(m_reader, &PagedQueryReader::rowsReady, this, &SnapshotJob::onRows);
    connect(m_reader, &PagedQueryReader::progressChanged, this, &SnapshotJob::progressChanged);
    connect(m_reader, &PagedQueryReader::finished, this, &SnapshotJob::onReaderFinished);
    m_reader->start();
}

void SnapshotJob::cancel()
{
    if (!m_running)
        return;
    if (m_reader && m_reader->isRunning())
        m_reader->cancel(); // ends in onReaderFinished
    else
        finish(SnapshotResult::Outcome::Cancelled);
}

void SnapshotJob::onRows(const QList<PhoneNumber> &rows)
{
    if (!m_running || !m_writer)
        return;
    if (!m_writer->post(rows, false))
        m_reader->setHeld(true); // until onRoom()
}

void SnapshotJob::onRoom()
{
    if (m_running && m_reader)
        m_reader->setHeld(false);
}

void SnapshotJob::onWritten(bool ok, const QString &error, bool last)
{
    if (!m_running)
        return;
    if (!ok) {
        if (m_reader->isRunning()) {
            disconnect(m_reader, nullptr, this, nullptr);
            m_reader->cancel();
        }
        finish(SnapshotResult::Outcome::Failed, error);
        return;
    }
    if (!last)
        return;
    // Every page is in: the rest on the job's own connection, the writer's closed first.
    stopWriter();
    // Empty unless verified: the rows that left the set while it was read.
    if (!m_store->dropRows(*m_snapshot, m_reader->leftKeys()) ||
        !m_store->setNames(*m_snapshot, m_options.names) ||
        !m_store->finish(*m_snapshot, m_result.verified, m_options.keep)) {
        finish(SnapshotResult::Outcome::Failed, m_store->lastError());
        return;
    }
    const std::optional<SnapshotInfo> info = m_store->info(*m_snapshot);
    m_result.id = *m_snapshot;
    m_result.count = info ? info->count : 0;
    m_snapshot.reset(); // kept
    finish(SnapshotResult::Outcome::Completed);
}

void SnapshotJob::stopWriter()
{
    if (!m_writer)
        return;
    Writer *writer = m_writer;
    writer->stop(); // the rows still queued are left: cancelled, failed or all written
    QMetaObject::invokeMethod(
        writer, [writer] { writer->close(); }, Qt::QueuedConnection);
    m_writerThread->wait();
    delete m_writer;
    delete m_writerThread;
    m_writer = nullptr;
    m_writerThread = nullptr;
}

void SnapshotJob::onReaderFinished(const PagedQueryReader::Outcome &outcome)
{
    if (!m_running)
        return;
    switch (outcome.state) {
    case PagedQueryReader::Outcome::State::Cancelled:
        finish(SnapshotResult::Outcome::Cancelled);
        return;
    case PagedQueryReader::Outcome::State::Failed:
        finish(SnapshotResult::Outcome::Failed,
               outcome.error ? outcome.error->fullText() : QString());
        return;
    case PagedQueryReader::Outcome::State::Completed:
        break;
    }
    m_result.verified = outcome.verified;
    // After the pages still being written: onWritten goes on.
    m_writer->post({}, true);
}

void SnapshotJob::finish(SnapshotResult::Outcome outcome, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    stopWriter(); // before the snapshot is discarded: no page is written after
    if (m_snapshot) {
        m_store->discard(*m_snapshot);
        m_snapshot.reset();
    }
    m_result.outcome = outcome;
    m_result.message = message;
    if (outcome != SnapshotResult::Outcome::Completed)
        m_result.verified = false;
    emit finished(m_result);
}

} // namespace numdesk
