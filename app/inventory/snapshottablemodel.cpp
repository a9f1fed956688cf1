#include "snapshottablemodel.h"

#include "columncatalog.h"
#include "simdpagedecoder.h"

#include <QCollator>
#include <QPromise>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>
#include <memory>
#include <numeric>
#include <vector>

namespace numdesk {

namespace {

constexpr qsizetype kChunkRows = 20000; // row versions handed over at a time

// What a row sorts by: missing first, then its value (a number, a time, the rank of a name, or
// the index of the text's collation key among its part's texts); the number id breaks ties.
// Plain data, so that a million of them move and sort as bytes.
struct SortEntry
{
    qint64 versionId = 0;
    qint64 numberId = 0;
    qint64 value = 0;
    bool missing = false;
};

QString fold(const QString &text)
{
    return text.toCaseFolded();
}

} // namespace

// What one thread read of a snapshot: the sort entries of its rows in scope, in number order,
// and what their values index.
struct SnapshotTableModel::Part
{
    QList<SortEntry> entries;
    QStringList names;             // a name column: the names met
    QList<QCollatorSortKey> texts; // a text column: the collation keys of the texts met
    QString error;
};

SnapshotTableModel::SnapshotTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_blocks(kCachedBlocks)
{
    m_formatter.setNames(&m_names);
    setColumns(columns::defaultVisible());
}

SnapshotTableModel::~SnapshotTableModel()
{
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

bool SnapshotTableModel::open(const QString &storePath, qint64 snapshot, const Scope &scope,
                              QString *error)
{
    QString why;
    if (m_path != storePath && !m_store.open(storePath, &why)) {
        m_error = why;
        if (error)
            *error = why;
        return false;
    }
    m_path = storePath;
    const std::optional<SnapshotInfo> info = m_store.info(snapshot);
    if (!info) {
        m_error = tr("Snapshot %1 is not in the store (pruned since?).").arg(snapshot);
        if (error)
            *error = m_error;
        return false;
    }
    m_info = *info;
    m_names = m_store.names(snapshot);
    m_scope = scope;
    restart();
    return true;
}

void SnapshotTableModel::setColumns(const QStringList &keys)
{
    const QString sortKey = m_sortColumn >= 0 ? m_columns.value(m_sortColumn) : QString();
    beginResetModel();
    m_columns = keys;
    m_kinds.clear();
    for (const QString &key : keys)
        m_kinds.append(columns::kind(key));
    m_sortColumn = sortKey.isEmpty() ? -1 : int(m_columns.indexOf(sortKey));
    endResetModel();
}

void SnapshotTableModel::setDisplayTimeZone(const QTimeZone &zone)
{
    m_formatter.setTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone());
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void SnapshotTableModel::setHomeRegion(const QString &region)
{
    m_formatter.setHomeRegion(region);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void SnapshotTableModel::setFilterText(const QString &text)
{
    if (text.trimmed() == m_filterText)
        return;
    m_filterText = text.trimmed();
    if (!m_path.isEmpty())
        restart();
}

void SnapshotTableModel::setReadParts(int parts, qint64 fewestRows)
{
    m_readParts = qMax(0, parts);
    m_fewestRowsPerPart = qMax<qint64>(1, fewestRows);
}

void SnapshotTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= m_columns.size())
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_path.isEmpty())
        restart();
}

void SnapshotTableModel::restart()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
        // Its thread ends at the next row it looks at; the watcher goes with the future.
        QFutureWatcher<Chunk> *old = m_watcher.release();
        old->setParent(this);
        connect(old, &QFutureWatcher<Chunk>::finished, old, &QObject::deleteLater);
        if (old->isFinished())
            old->deleteLater();
    }
    beginResetModel();
    m_versions.clear();
    m_blocks.clear();
    m_error.clear();
    endResetModel();

    Query query;
    query.path = m_path;
    query.snapshot = m_info.id;
    query.count = m_info.count;
    query.parts = m_readParts > 0 ? m_readParts : qBound(1, QThread::idealThreadCount(), 8);
    query.fewestRowsPerPart = m_fewestRowsPerPart;
    query.takenAt = m_info.takenAt;
    query.scope = m_scope;
    query.filterText = fold(m_filterText);
    query.sortKey = m_sortColumn >= 0 ? m_columns.at(m_sortColumn) : QString();
    query.sortOrder = m_sortOrder;
    query.names = m_names;
    query.zone = m_formatter.timeZone();
    query.homeRegion = m_formatter.homeRegion();

    m_watcher = std::make_unique<QFutureWatcher<Chunk>>();
    connect(m_watcher.get(), &QFutureWatcher<Chunk>::resultReadyAt, this,
            &SnapshotTableModel::onChunk);
    connect(m_watcher.get(), &QFutureWatcher<Chunk>::finished, this,
            &SnapshotTableModel::onResolved);
    m_watcher->setFuture(QtConcurrent::run(&SnapshotTableModel::resolveRows, query));
    emit loadingChanged(true);
}

void SnapshotTableModel::onChunk(int index)
{
    const Chunk chunk = m_watcher->resultAt(index);
    if (!chunk.error.isEmpty())
        m_error = chunk.error;
    if (chunk.versions.isEmpty())
        return;
    const int first = int(m_versions.size());
    beginInsertRows({}, first, first + int(chunk.versions.size()) - 1);
    m_versions.append(chunk.versions);
    endInsertRows();
}

void SnapshotTableModel::onResolved()
{
    m_watcher.reset();
    emit loadingChanged(false);
    if (!m_error.isEmpty())
        emit errorOccurred(m_error);
    emit resolved(int(m_versions.size()));
}

bool SnapshotTableModel::inScope(const PhoneNumber &number, const Scope &scope,
                                 const QDateTime &takenAt)
{
    if (!scope.numbers.isEmpty() && (!number.id || !scope.numbers.contains(*number.id)))
        return false;
    if (scope.by && InventoryInsights::groupKey(number, *scope.by) != scope.key)
        return false;
    if (scope.neverCalled && !InventoryInsights::isNeverCalled(number))
        return false;
    return scope.idleDays <= 0 || InventoryInsights::isIdle(number, takenAt, scope.idleDays);
}

bool SnapshotTableModel::matches(const PhoneNumber &number, const QString &foldedText,
                                 const SnapshotNames &names)
{
    if (foldedText.isEmpty())
        return true;
    const auto has = [&foldedText](const QString &value) {
        return !value.isEmpty() && value.contains(foldedText, Qt::CaseInsensitive);
    };
    if (has(number.number) || has(number.humanNumber) || has(number.name) ||
        has(number.description) || has(number.externalRecordId) ||
        has(number.tokenValues.join(QLatin1Char(' '))))
        return true;
    // Typed digits match however the number is written ("800 555" in "+18005551234").
    QString digits;
    for (const QChar c : foldedText) {
        if (c.isDigit())
            digits += c;
        else if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('(') &&
                 c != QLatin1Char(')') && c != QLatin1Char('.') && c != QLatin1Char('+')) {
            digits.clear();
            break;
        }
    }
    if (!digits.isEmpty() && number.number.contains(digits))
        return true;
    const std::pair<const char *, std::optional<qint64>> references[] = {
        {"offer_id", number.offerId},
        {"traffic_source_id", number.trafficSourceId},
        {"ring_pool_id", number.ringPoolId},
        {"provider_configuration_id", number.providerConfigurationId}};
    for (const auto &[key, id] : references) {
        if (id && has(names.value(QLatin1String(key)).value(*id)))
            return true;
    }
    return false;
}

void SnapshotTableModel::readPart(const Query &query, int parts, qint64 firstKey, qint64 lastKey,
                                  const QPromise<Chunk> &promise, Part *part)
{
    SnapshotStore store;
    if (!store.open(query.path, &part->error))
        return;
    CellFormatter formatter;
    formatter.setNames(&query.names);
    formatter.setTimeZone(query.zone);
    formatter.setHomeRegion(query.homeRegion);
    const columns::Kind kind = columns::kind(query.sortKey);
    const bool sorted = !query.sortKey.isEmpty();
    const QCollator collator = formatter.collator(); // the live table's order, this thread's own
    QHash<QString, qint64> nameIndex; // the names met, for a name column: name → index
    // A name is worked out once for each id or country code met, not for each row (that was
    // ~half of a sort by offer): what the row's name is an index of (-1: none).
    QHash<qint64, qint64> indexOfId;
    QHash<QString, qint64> indexOfCode;
    const auto indexOfName = [&](const QString &name) -> qint64 {
        if (name.isEmpty())
            return -1;
        const qint64 index = *nameIndex.insert(name, nameIndex.value(name, nameIndex.size()));
        if (index == part->names.size())
            part->names.append(name);
        return index;
    };
    // Sorting every row needs the number's id and the sorted column only: the rest of each
    // record is skipped unread.
    const QByteArray sortKey = query.sortKey.toLatin1();
    const int sortField = PhoneNumber::fieldIndex(QLatin1String(sortKey));
    const bool whole = query.scope == Scope() && query.filterText.isEmpty();
    const quint32 fields =
        whole && sortField >= 0
            ? (1u << PhoneNumber::fieldIndex(QLatin1String("id"))) | (1u << sortField)
            : SimdPageDecoder::kAllFields;
    if (whole)
        part->entries.reserve(query.count / parts);
    const bool read = store.forEachVersion(
        query.snapshot, true,
        [&](qint64 version, const QByteArray &data) {
            if (promise.isCanceled())
                return false;
            const std::optional<PhoneNumber> number = SnapshotStore::decode(data, fields);
            if (!number || !inScope(*number, query.scope, query.takenAt) ||
                !matches(*number, query.filterText, query.names))
                return true;
            SortEntry entry;
            entry.versionId = version;
            entry.numberId = number->id.value_or(0);
            if (sorted) {
                switch (kind) {
                case columns::Kind::Reference:
                case columns::Kind::Country: {
                    // CellFormatter::display's name of a reference depends on its id only, and
                    // a country's on its code: worked out on the first row with each.
                    const auto cachedIndex = [&](auto &cache, const auto &key) {
                        const auto known = cache.constFind(key);
                        return known != cache.cend()
                                   ? *known
                                   : *cache.insert(key, indexOfName(formatter.display(
                                                            *number, query.sortKey, kind)));
                    };
                    qint64 index = -1;
                    if (kind == columns::Kind::Reference) {
                        if (const std::optional<qint64> id =
                                CellFormatter::integerValue(*number, query.sortKey))
                            index = cachedIndex(indexOfId, *id);
                    } else if (!number->country.isEmpty()) {
                        index = cachedIndex(indexOfCode, number->country);
                    }
                    entry.missing = index < 0;
                    entry.value = qMax<qint64>(index, 0);
                    break;
                }
                case columns::Kind::Integer: {
                    const std::optional<qint64> value =
                        CellFormatter::integerValue(*number, query.sortKey);
                    entry.missing = !value;
                    entry.value = value.value_or(0);
                    break;
                }
                case columns::Kind::Timestamp: {
                    const std::optional<qint64> value =
                        CellFormatter::parseTimestampMs(number->text(query.sortKey));
                    entry.missing = !value;
                    entry.value = value.value_or(0);
                    break;
                }
                case columns::Kind::Number:
                case columns::Kind::Text:
                case columns::Kind::Tokens: {
                    const QString text = number->text(query.sortKey);
                    entry.missing = text.isEmpty();
                    if (!entry.missing) {
                        entry.value = part->texts.size();
                        part->texts.append(collator.sortKey(text));
                    }
                    break;
                }
                }
            }
            part->entries.append(std::move(entry));
            return true;
        },
        firstKey, lastKey);
    if (!read)
        part->error = store.lastError();
}

void SnapshotTableModel::resolveRows(QPromise<Chunk> &promise, const Query &query)
{
    SnapshotStore store;
    QString error;
    if (!store.open(query.path, &error)) {
        promise.addResult(Chunk{{}, error});
        return;
    }
    const bool whole = query.scope == Scope() && query.filterText.isEmpty();
    if (whole && query.sortKey.isEmpty()) {
        // Ids only, in the store's order: the first rows show at once.
        QList<qint64> chunk;
        chunk.reserve(kChunkRows);
        const bool read =
            store.forEachVersion(query.snapshot, false, [&](qint64 version, const QByteArray &) {
                if (promise.isCanceled())
                    return false;
                chunk.append(version);
                if (chunk.size() == kChunkRows) {
                    promise.addResult(Chunk{chunk, {}});
                    chunk.clear();
                }
                return true;
            });
        promise.addResult(Chunk{chunk, read ? QString() : store.lastError()});
        return;
    }

    // The rows are read in parts of about equal length in number order, each by its own thread
    // with its own connection, decoder and collator: decoding every record is what a sort of a
    // large snapshot waits for. Only the sort entries of the rows stay.
    const int parts =
        int(qBound<qint64>(1, query.count / query.fewestRowsPerPart, qint64(query.parts)));
    const QList<qint64> cuts =
        parts > 1 ? store.splitNumberKeys(query.snapshot, query.count, parts) : QList<qint64>();
    QList<Part> read(cuts.size() + 1);
    std::vector<std::unique_ptr<QThread>> threads;
    for (qsizetype i = 1; i < read.size(); ++i) {
        const qint64 first = cuts.at(i - 1);
        const qint64 last = i < cuts.size() ? cuts.at(i) - 1 : std::numeric_limits<qint64>::max();
        threads.emplace_back(QThread::create([&, i, first, last] {
            readPart(query, int(read.size()), first, last, promise, &read[i]);
        }));
        threads.back()->start();
    }
    readPart(query, int(read.size()), std::numeric_limits<qint64>::min(),
             cuts.isEmpty() ? std::numeric_limits<qint64>::max() : cuts.first() - 1, promise,
             &read[0]);
    for (const std::unique_ptr<QThread> &thread : threads)
        thread->wait();
    if (promise.isCanceled())
        return;
    for (const Part &part : std::as_const(read)) {
        if (!part.error.isEmpty()) {
            promise.addResult(Chunk{{}, part.error});
            return;
        }
    }

    const columns::Kind kind = columns::kind(query.sortKey);
    const bool sorted = !query.sortKey.isEmpty();
    const bool byName = kind == columns::Kind::Reference || kind == columns::Kind::Country;
    const bool byText = kind == columns::Kind::Number || kind == columns::Kind::Text ||
                        kind == columns::Kind::Tokens;
    // The parts in number order, their names and texts in one index each: a part's index →
    // the whole's.
    QList<SortEntry> entries;
    qsizetype total = 0;
    for (const Part &part : std::as_const(read))
        total += part.entries.size();
    entries.reserve(total);
    QStringList distinct;
    QHash<QString, qint64> nameIndex;
    QList<QCollatorSortKey> texts;
    for (Part &part : read) {
        if (byName) {
            QList<qint64> global;
            for (const QString &name : std::as_const(part.names)) {
                global.append(*nameIndex.insert(name, nameIndex.value(name, nameIndex.size())));
                if (global.last() == distinct.size())
                    distinct.append(name);
            }
            for (SortEntry &entry : part.entries) {
                if (!entry.missing)
                    entry.value = global.at(entry.value);
            }
        } else if (byText && !texts.isEmpty()) {
            for (SortEntry &entry : part.entries) {
                if (!entry.missing)
                    entry.value += texts.size();
            }
        }
        texts.append(std::move(part.texts));
        entries.append(part.entries);
        part = Part();
    }
    if (sorted) {
        if (byName) {
            // The names in the collator's order (as the live table sorts them): index → rank.
            const QCollator collator = CellFormatter().collator();
            QList<qint64> order(distinct.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
                return collator.compare(distinct.at(a), distinct.at(b)) < 0;
            });
            QList<qint64> rank(order.size());
            for (qsizetype i = 0; i < order.size(); ++i)
                rank[order.at(i)] = i;
            for (SortEntry &entry : entries) {
                if (!entry.missing)
                    entry.value = rank.at(entry.value);
            }
        }
        const bool descending = query.sortOrder == Qt::DescendingOrder;
        const auto less = [descending, byText, &texts](const SortEntry &a, const SortEntry &b) {
            int c = int(!a.missing) - int(!b.missing);
            if (c == 0 && !a.missing) {
                if (byText)
                    c = texts.at(a.value).compare(texts.at(b.value));
                else
                    c = a.value < b.value ? -1 : (a.value > b.value ? 1 : 0);
            }
            if (c == 0)
                return a.numberId < b.numberId;
            return descending ? c > 0 : c < 0;
        };
        const auto begin = entries.begin(); // detached here, before a second thread reads it
        const auto end = entries.end();
        if (parts > 1) {
            // The halves sorted at once, then merged: on one core the sort of a million
            // entries was a quarter of a sort by a text column.
            const auto middle = begin + (end - begin) / 2;
            const std::unique_ptr<QThread> other(
                QThread::create([begin, middle, &less] { std::stable_sort(begin, middle, less); }));
            other->start();
            std::stable_sort(middle, end, less);
            other->wait();
            std::inplace_merge(begin, middle, end, less);
        } else {
            std::stable_sort(begin, end, less);
        }
    }
    QList<qint64> chunk;
    chunk.reserve(qMin<qsizetype>(kChunkRows, entries.size()));
    for (const SortEntry &entry : std::as_const(entries)) {
        chunk.append(entry.versionId);
        if (chunk.size() == kChunkRows) {
            if (promise.isCanceled())
                return;
            promise.addResult(Chunk{chunk, {}});
            chunk.clear();
        }
    }
    promise.addResult(Chunk{chunk, {}});
}

const QList<PhoneNumber> *SnapshotTableModel::block(int blockIndex) const
{
    if (QList<PhoneNumber> *cached = m_blocks.object(blockIndex))
        return cached;
    const qsizetype first = qsizetype(blockIndex) * kBlockRows;
    const QList<qint64> ids = m_versions.mid(first, kBlockRows);
    const QHash<qint64, PhoneNumber> records = m_store.records(ids);
    auto *rows = new QList<PhoneNumber>();
    rows->reserve(ids.size());
    for (const qint64 id : ids)
        rows->append(records.value(id)); // a version pruned since reads as an empty row
    m_blocks.insert(blockIndex, rows);
    return rows;
}

std::optional<PhoneNumber> SnapshotTableModel::numberAt(int row) const
{
    if (row < 0 || row >= m_versions.size())
        return std::nullopt;
    const QList<PhoneNumber> *rows = block(row / kBlockRows);
    const PhoneNumber &number = rows->at(row % kBlockRows);
    if (!number.id && number.number.isEmpty())
        return std::nullopt;
    return number;
}

int SnapshotTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int SnapshotTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SnapshotTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const columns::Kind kind = m_kinds.at(index.column());
    if (role == Qt::TextAlignmentRole)
        return CellFormatter::cellAlignment(kind);
    if (role == LoadedRole)
        return true;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole &&
        role != RecordIdRole)
        return {};
    const std::optional<PhoneNumber> number = numberAt(index.row());
    if (!number)
        return {};
    return m_formatter.cellData(*number, m_columns.at(index.column()), kind, role, RecordIdRole);
}

QVariant SnapshotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_columns.size())
        return CellFormatter::headerData(m_columns.at(section), m_kinds.at(section), role,
                                         ColumnKeyRole);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace numdesk
