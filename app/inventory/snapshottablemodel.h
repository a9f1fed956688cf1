#pragma once

#include "cellformatter.h"
#include "inventoryinsights.h"
#include "snapshotstore.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QFutureWatcher>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace numdesk {

// Which rows of the snapshot show.
struct SnapshotScope
{
    std::optional<InventoryInsights::Dimension> by; // a group of the Insights
    QString key;                                    // its key ("" for the none group)
    int idleDays = 0;                               // > 0: only the numbers idle at this many days
    bool neverCalled = false;                       // only the numbers never called
    QSet<qint64> numbers;                           // not empty: only these number ids
    bool operator==(const SnapshotScope &o) const
    {
        return by == o.by && key == o.key && idleDays == o.idleDays &&
               neverCalled == o.neverCalled && numbers == o.numbers;
    }
};

// One snapshot as a table (issue 15's snapshot view): its rows, or the part an Insights group,
// an idle bucket or a list of numbers picks, filtered by text and sorted at once on any column,
// names included (the snapshot's own names, as they were when it was taken).
//
// The rows are never all in memory. Which rows show, in which order, is worked out on a worker
// thread (a store connection of its own) as a list of row versions, handed over in chunks as it
// is ready: the whole snapshot in number order reads ids only, so its first rows come at once.
// The rows on show are read from the store in blocks of kBlockRows and kept in a cache of
// kCachedBlocks blocks. A new scope, filter or sort cancels the work in hand.
class SnapshotTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RecordIdRole = Qt::UserRole + 2, // as NumberTableModel's: the number's id (qint64)
        LoadedRole,                      // always true: every row can be read
        ColumnKeyRole                    // on headerData: the column key
    };

    using Scope = SnapshotScope;

    static constexpr int kBlockRows = 128;
    static constexpr int kCachedBlocks = 64;

    explicit SnapshotTableModel(QObject *parent = nullptr);
    ~SnapshotTableModel() override;

    // Opens snapshot `snapshot` of the store at `storePath` and reads it with `scope`.
    bool open(const QString &storePath, qint64 snapshot, const Scope &scope = {},
              QString *error = nullptr);
    const SnapshotInfo &info() const { return m_info; }
    const SnapshotNames &names() const { return m_names; }
    const Scope &scope() const { return m_scope; }

    void setColumns(const QStringList &keys);
    QStringList columns() const { return m_columns; }
    void setDisplayTimeZone(const QTimeZone &zone);
    void setHomeRegion(const QString &region);
    // Rows whose number, name, description, token values or offer, source, pool or provider
    // name hold `text` (case-insensitive); empty: every row of the scope.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    // From open() or a change until every row of the result is handed over.
    bool isLoading() const { return bool(m_watcher); }
    std::optional<PhoneNumber> numberAt(int row) const;
    // The row versions in the order shown (what a test or a benchmark checks).
    const QList<qint64> &versionIds() const { return m_versions; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // A column of -1: number order (the store's).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // A sort or a filter reads the snapshot in up to `parts` runs at once, one thread each, of
    // at least `fewestRows` rows (by default as many as the cores, up to 8, of 100,000 rows):
    // the tests read small snapshots in parts with it. Takes effect at the next read.
    void setReadParts(int parts, qint64 fewestRows);

    // Whether `number` is in `scope` of a snapshot taken at `takenAt`, and matches `text`.
    static bool inScope(const PhoneNumber &number, const Scope &scope, const QDateTime &takenAt);
    static bool matches(const PhoneNumber &number, const QString &foldedText,
                        const SnapshotNames &names);

signals:
    void loadingChanged(bool loading);
    // Every row of the result is in (rowCount() holds them all).
    void resolved(int rows);
    void errorOccurred(const QString &message);

private:
    struct Query
    {
        QString path;
        qint64 snapshot = 0;
        qint64 count = 0; // its rows
        int parts = 1;    // read in up to this many runs at once
        qint64 fewestRowsPerPart = 0;
        QDateTime takenAt;
        Scope scope;
        QString filterText;
        QString sortKey; // empty: number order
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        SnapshotNames names;
        QTimeZone zone;
        QString homeRegion;
    };
    // A chunk of row versions in order; the last one carries an error when the read failed.
    struct Chunk
    {
        QList<qint64> versions;
        QString error;
    };
    struct Part;
    static void resolveRows(QPromise<Chunk> &promise, const Query &query);
    static void readPart(const Query &query, int parts, qint64 firstKey, qint64 lastKey,
                         const QPromise<Chunk> &promise, Part *part);
    void restart();
    void onChunk(int index);
    void onResolved();
    const QList<PhoneNumber> *block(int blockIndex) const;

    SnapshotStore m_store;
    QString m_path;
    SnapshotInfo m_info;
    SnapshotNames m_names;
    Scope m_scope;
    QStringList m_columns;
    QList<columns::Kind> m_kinds;
    QString m_filterText;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_readParts = 0; // 0: the cores
    qint64 m_fewestRowsPerPart = 100000;
    CellFormatter m_formatter;
    QList<qint64> m_versions;
    std::unique_ptr<QFutureWatcher<Chunk>> m_watcher;
    mutable QCache<int, QList<PhoneNumber>> m_blocks;
    QString m_error;
};

} // namespace numdesk

Q_DECLARE_METATYPE(numdesk::SnapshotScope)
