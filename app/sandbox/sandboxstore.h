#pragma once

#include "lookuprecord.h"
#include "numberfilter.h"
#include "numberfilterindex.h"
#include "numberrecord.h"
#include "storednumberrow.h"

#include <apischema.h>

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QReadWriteLock>
#include <QString>

#include <functional>
#include <optional>

class QReadLocker;
class QSqlDatabase;
class QSqlQuery;
class QThread;

namespace numdesk::sandbox {

// The sandbox's SQLite store: numbers (soft-deleted rows stay) and the four lookup tables.
// Each store has its own uniquely named QSqlDatabase connection, removed on destruction.
// Number lists are filtered by an in-memory NumberFilterIndex that every write here keeps
// current; so the store assumes it is the only writer of its file while open.
//
// Threads: everything runs on the thread that opened the store, except listNumbers,
// listStoredNumbers and readStoredNumbers, which any thread may call at the same time when
// supportsConcurrentReads() (a file, not ":memory:"): a thread of its own reads through a read-only
// connection of its own. A lock keeps each page consistent: a write holds it exclusively from its
// SQL statement until the filter index agrees, and a page holds it shared from choosing its ids
// until its rows are read, so a page never mixes a row's old filter values with its new row.
class SandboxStore
{
    Q_DECLARE_TR_FUNCTIONS(SandboxStore)

public:
    template<class Row> struct Page
    {
        QList<Row> rows;
        qint64 totalCount = 0;
    };
    using NumberPage = Page<NumberRecord>;
    // The same page as stored rows, for writing JSON straight from the stored bytes.
    using StoredPage = Page<StoredNumberRow>;

    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // Opens (or creates) the file; an empty path opens a private in-memory database.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return m_open; }
    // True when other threads may list numbers (they need a connection of their own, so the
    // data must be in a file).
    bool supportsConcurrentReads() const;
    QString connectionName() const { return m_connectionName; }

    // True when a previous generation ran to its end (the file can be reused as it is).
    bool hasCompleteData() const;
    // Drops everything and creates empty tables (no indexes yet: they are built after a load).
    bool resetSchema(QString *error = nullptr);
    // Bulk loading: fast pragmas and one transaction; finishBulkLoad builds the indexes,
    // restores safe pragmas and marks the data complete.
    bool beginBulkLoad(QString *error = nullptr);
    bool finishBulkLoad(QString *error = nullptr);
    void abortBulkLoad();

    // Live (not deleted) numbers; cached, kept current by insertNumber and softDelete.
    qint64 liveCount() const { return m_liveCount; }
    qint64 maxNumberId() const;

    bool insertLookup(schema::LookupKind kind, const LookupRecord &record,
                      QString *error = nullptr);
    bool lookupExists(schema::LookupKind kind, qint64 id) const;
    // One page of a lookup list in id order; `fulltext` matches the name, case-insensitively.
    QList<LookupRecord> listLookups(schema::LookupKind kind, const QString &fulltext, int offset,
                                    int limit, qint64 *totalCount, QString *error = nullptr) const;

    // A live number by internal id ("20590") or full number ("+18005002562").
    std::optional<NumberRecord> findLive(const QString &idOrNumber) const;
    std::optional<NumberRecord> findById(qint64 id) const;
    bool digitsTaken(const QString &digits) const;
    NumberPage listNumbers(const NumberFilter &filter, int offset, int limit,
                           QString *error = nullptr) const;
    StoredPage listStoredNumbers(const NumberFilter &filter, int offset, int limit,
                                 QString *error = nullptr) const;
    // The same page handed to `row` one stored row at a time, in id order, as it is read: its
    // texts point into SQLite's buffers, so a row is valid during its call only (a list page
    // writes it out and keeps nothing: no copy of each text). `totalCount` is the filter's
    // total. False, with `error`, when the page could not be read (some rows may have been
    // handed over by then).
    bool readStoredNumbers(const NumberFilter &filter, int offset, int limit, qint64 *totalCount,
                           const std::function<void(const StoredNumberRow &)> &row,
                           QString *error = nullptr) const;

    // Inserts and assigns record.id when it is 0.
    bool insertNumber(NumberRecord &record, QString *error = nullptr);
    bool updateNumber(const NumberRecord &record, QString *error = nullptr);
    bool softDelete(qint64 id, qint64 whenMs, QString *error = nullptr);

private:
    bool exec(const QString &sql, QString *error) const;
    // A store written before numbers.checksum existed gets the column, filled in.
    bool addStoredChecksums(QString *error);
    // The connection of the calling thread: the store's own on the thread that opened it, a
    // read-only one made on first use on any other.
    QSqlDatabase database() const;
    // With `lock` (shared) held: loads the filter index if a failed write left it stale, under
    // the exclusive lock, and returns with the shared lock held again.
    bool loadIndexWhileReading(QReadLocker &lock, QString *error) const;
    void refreshLiveCount();
    // Loads the filter index from the table unless it is current already.
    bool ensureFilterIndex(QString *error) const;
    // Brings the filter index in line with the stored row `id` after a write.
    void refreshFilterIndex(qint64 id);
    // The ids of a page (and the total) from the filter index.
    bool selectPage(const NumberFilter &filter, int offset, int limit,
                    NumberFilterIndex::Selection *selection, QString *error) const;
    // Runs "SELECT <columns> FROM numbers" over the ids, in id order.
    bool queryRows(QSqlQuery &query, const QString &columns, const QList<qint64> &ids,
                   QString *error) const;

    QString m_connectionName;
    QString m_path;
    QThread *m_ownerThread = nullptr;
    bool m_open = false;
    mutable QReadWriteLock m_lock;
    mutable QMutex m_readerConnectionsMutex;
    mutable QStringList m_readerConnections;
    qint64 m_liveCount = 0;
    // A cache of the table, filled on first use: hence mutable.
    mutable NumberFilterIndex m_filterIndex;
    mutable bool m_filterIndexReady = false;
};

} // namespace numdesk::sandbox
