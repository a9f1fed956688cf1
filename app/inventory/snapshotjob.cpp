#include "snapshotjob.h"

#include "apiclient.h"

namespace numdesk {

SnapshotJob::SnapshotJob(ApiClient *client, SnapshotStore *store, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_options(std::move(options))
{}

SnapshotJob::~SnapshotJob()
{
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
    if (!m_running || m_store->addRows(*m_snapshot, rows))
        return;
    const QString error = m_store->lastError();
    disconnect(m_reader, nullptr, this, nullptr);
    m_reader->cancel();
    finish(SnapshotResult::Outcome::Failed, error);
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

void SnapshotJob::finish(SnapshotResult::Outcome outcome, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
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
