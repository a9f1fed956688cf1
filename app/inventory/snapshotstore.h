#pragma once

#include "phonenumber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>
#include <limits>
#include <optional>

namespace numdesk {

// One snapshot as listed: when it was taken, how many numbers it holds, and whether the read it
// came from was verified (an unverified one is kept, and said so wherever it is shown).
struct SnapshotInfo
{
    qint64 id = 0;
    QDateTime takenAt; // UTC
    qint64 count = 0;
    bool verified = false;

    bool operator==(const SnapshotInfo &o) const
    {
        return id == o.id && takenAt == o.takenAt && count == o.count && verified == o.verified;
    }
};

// A snapshot's numbers counted by one facet of their row versions (see SnapshotStore::countFacets).
struct FacetCount
{
    QString key;                  // the group key (InventoryInsights::groupKey)
    QString country;              // as the records have it
    std::optional<bool> tollFree; // known where it was asked for
    qint64 count = 0;
    qint64 idle = 0; // never called included
    qint64 neverCalled = 0;
};

// The names of the lookups when a snapshot was taken: column key ("offer_id", …) → id → name.
using SnapshotNames = QHash<QString, QHash<qint64, QString>>;

// The snapshots of one profile, in one SQLite file (QtSql, a connection of its own per object).
// Storage is shared between snapshots: each distinct record (its JSON as the API sent it) is one
// row version, found again by its checksum (64 bits of SHA-1), and a snapshot is a membership
// list (snapshot, number, version): a snapshot of an unchanged inventory adds one small
// membership row per number (tst_snapshotstore measures the bytes). Pruning keeps the newest
// snapshots whole and drops versions no snapshot refers to any more.
//
// Taking a snapshot: begin(), addRows() or addPrepared() as pages arrive (one transaction each),
// dropRows() for rows that left the set, then finish() (it becomes listed) or discard(). Snapshot
// ids are never reused.
class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::SnapshotStore)

public:
    SnapshotStore();
    ~SnapshotStore();
    SnapshotStore(const SnapshotStore &) = delete;
    SnapshotStore &operator=(const SnapshotStore &) = delete;

    // The file of the profile known by `profileKey` ("sandbox:<database file>",
    // "profile:<name>", "url:<API base>") in the data folder's snapshots/ folder.
    static QString pathForProfile(const QString &profileKey);

    // Opens (creating when needed) the store at `path`; its folder is created.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString path() const { return m_path; }
    QString lastError() const { return m_error; }

    // The WAL pages after which a commit on this connection copies the log into the file
    // (SQLite's wal_autocheckpoint, 1,000 by default). Each copy syncs both files: the writer
    // of a first snapshot, which logs about 1 KB a number, copies less often.
    bool setCheckpointPages(int pages);
    // The pages this connection keeps in memory, in KiB (SQLite's cache_size; 2,000 KiB by
    // default). A transaction whose new pages do not fit writes them to the log more than once.
    bool setCacheKiB(int kib);
    // Copies what the log holds into the file now (as far as no reader still needs it).
    bool checkpoint();

    // Taking a snapshot.
    std::optional<qint64> begin(const QDateTime &takenAt);
    bool addRows(qint64 snapshot, const QList<PhoneNumber> &rows);
    // A row as the store keeps it, worked out from the record alone: any thread can prepare rows
    // while another writes them (SnapshotJob prepares its pages on the thread pool).
    struct PreparedRow
    {
        qint64 key = 0; // PagedQueryReader::keyOf
        qint64 checksum = 0;
        QByteArray data; // encode()
        // The facets of its version (see countFacets): group keys by offer, traffic source,
        // number pool, provider, country and created month, in UTF-8 (bit i of nullFacets set:
        // key i is null, stored as NULL); the last call in ms since the epoch, nullopt when
        // never called.
        QByteArray facets[6];
        quint8 nullFacets = 0;
        std::optional<qint64> lastCall;
    };
    // Rows without a key (neither id nor number) are left out, as the reader leaves them out.
    static QList<PreparedRow> prepare(const QList<PhoneNumber> &rows);
    // The rows of several pages in one transaction. When `cancel` becomes true (another thread
    // sets it) the transaction is rolled back at the next page and false returned.
    bool addPrepared(qint64 snapshot, const QList<QList<PreparedRow>> &pages,
                     const std::atomic<bool> *cancel = nullptr);
    bool dropRows(qint64 snapshot, const QSet<qint64> &numberKeys);
    bool setNames(qint64 snapshot, const SnapshotNames &names);
    // Lists the snapshot (its count from its rows), then keeps the newest `keep` snapshots.
    bool finish(qint64 snapshot, bool verified, int keep);
    bool discard(qint64 snapshot);

    // Finished snapshots, newest first.
    QList<SnapshotInfo> list() const;
    std::optional<SnapshotInfo> info(qint64 snapshot) const;
    std::optional<SnapshotInfo> latest() const;
    // Whether a snapshot a day is due at `now`: none was taken yet, or the latest was taken on
    // an earlier day (local time) than `now`.
    static bool dailyDue(const std::optional<SnapshotInfo> &latest, const QDateTime &now);
    // Every row of a snapshot in number order (ids ascending; keys of rows without id first).
    QList<PhoneNumber> rows(qint64 snapshot) const;
    bool forEachRow(qint64 snapshot, const std::function<void(const PhoneNumber &)> &visit) const;
    // The row versions of a snapshot in number order, with their stored record when `withData`
    // (else an empty array), which is valid during the visit only (the bytes are where SQLite
    // keeps them); `visit` returns false to stop (the answer is then still true).
    // Only rows whose number key is in [firstKey, lastKey] when given (a part of the snapshot
    // read by one thread, see splitNumberKeys).
    bool forEachVersion(qint64 snapshot, bool withData,
                        const std::function<bool(qint64 versionId, const QByteArray &data)> &visit,
                        qint64 firstKey = std::numeric_limits<qint64>::min(),
                        qint64 lastKey = std::numeric_limits<qint64>::max()) const;
    // Where to cut a snapshot of `count` rows into `parts` runs of about equal length in number
    // order: the first number key of every run but the first, ascending (fewer when the snapshot
    // has fewer rows than parts).
    QList<qint64> splitNumberKeys(qint64 snapshot, qint64 count, int parts) const;
    // The records of the given row versions (those that exist), by version id.
    QHash<qint64, PhoneNumber> records(const QList<qint64> &versionIds) const;
    // The rows of `from` whose record is not the same in `to` (changed, or missing from `to`),
    // and the other way round: what a diff needs, without reading unchanged rows.
    bool differingRows(qint64 from, qint64 to, QList<PhoneNumber> *fromRows,
                       QList<PhoneNumber> *toRows) const;
    SnapshotNames names(qint64 snapshot) const;

    // Facets: what Insights count a row version by, kept beside it (table `facets`) so that
    // counting a snapshot reads no record. Each version's group keys (InventoryInsights::groupKey
    // of every dimension but the kind), its last call in milliseconds since the epoch (null:
    // never called; a value that is not a date counts as a call that is never idle), and whether
    // the number is toll-free: libphonenumber's answer costs about 20 µs a number, so it is
    // worked out the first time a count needs it and then kept with the version (a daily
    // snapshot of a steady inventory adds few versions).
    // The facet keys: "offer", "traffic_source", "ring_pool", "provider", "country",
    // "created_month" and "toll_free" (group by kind: the key is "toll_free" or "local").
    static QStringList facetKeys();
    // Counts the numbers of `snapshot` by `facet`; idle: never called or last call before
    // `idleBefore`. Each count is split by country and kind when `byKind` is true (the kind of
    // every number of the snapshot is then worked out once), else its country is empty and its
    // kind unknown. Appends to `counts`, in no particular order.
    bool countFacets(qint64 snapshot, const QString &facet, const QDateTime &idleBefore,
                     bool byKind, QList<FacetCount> *counts);
    // A count reads the snapshot in up to `parts` runs at once, one thread and connection each,
    // of at least `fewestRows` rows (by default as many as the cores, up to 8, of 100,000
    // rows): the tests count small snapshots in runs with it.
    void setReadParts(int parts, qint64 fewestRows);

    // Keeps the newest `keep` finished snapshots and drops the rest, and snapshots begun over a
    // day ago and never finished (a run that crashed), then every row version no snapshot
    // refers to. Snapshots being taken are left alone.
    bool prune(int keep);
    qint64 versionCount() const;
    // The bytes the file holds (pages in use, free pages left out).
    qint64 bytesUsed() const;

    // The stored form of a record (compact JSON of the keys the API sent) and its checksum.
    static QByteArray encode(const PhoneNumber &number);
    static qint64 checksumOf(const QByteArray &encoded);
    // With `fields` (bits of PhoneNumber::fieldIndex), at least those columns are read (see
    // SimdPageDecoder::decodeRecord): for records the store wrote, which were whole when written.
    static std::optional<PhoneNumber> decode(const QByteArray &encoded,
                                             quint32 fields = 0xffffffffu);

private:
    bool exec(const QString &sql);
    bool ensureFacets();
    bool fillKinds(qint64 snapshot);
    // One run of countFacets: `sql` over the numbers with keys in [firstKey, lastKey].
    bool queryFacetCounts(const QString &sql, qint64 idleBeforeMs, qint64 snapshot, qint64 firstKey,
                          qint64 lastKey, QList<FacetCount> *counts) const;
    bool fail(const QString &what, const QString &why) const;

    QString m_connection;
    QString m_path;
    mutable QString m_error;
    int m_readParts = 0; // 0: the cores
    qint64 m_fewestRowsPerPart = 100000;
};

} // namespace numdesk
