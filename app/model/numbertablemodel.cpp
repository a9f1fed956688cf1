#include "numbertablemodel.h"

#include "apischema.h"
#include "rowsorter.h"

#include <algorithm>
#include <limits>

namespace numdesk {

namespace {

// Wanted pages waiting for a free request slot; older wishes beyond this are forgotten (the view
// asks again for what it still shows when it repaints).
constexpr int kMaxQueuedPages = 64;

} // namespace

NumberTableModel::NumberTableModel(ApiClient *client, LookupCache *lookups, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_lookups(lookups)
    , m_columns(columns::defaultVisible())
{
    for (const QString &key : std::as_const(m_columns))
        m_kinds.append(columns::kind(key));
    m_requestColumns = requestColumnsFor(m_columns);
    m_formatter.setLookups(lookups);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &NumberTableModel::flushQueue);
    if (lookups) {
        connect(lookups, &LookupCache::changed, this, &NumberTableModel::onLookupsChanged);
        connect(lookups, &QObject::destroyed, this, [this] { m_formatter.setLookups(nullptr); });
    }
    m_store.reset(m_pageSize);
}

NumberTableModel::~NumberTableModel()
{
    cancelInFlight();
}

void NumberTableModel::setOptions(const Options &options)
{
    m_options.pageSize = qMax(1, options.pageSize);
    m_options.maxRequestsInFlight = qMax(1, options.maxRequestsInFlight);
    m_options.maxCachedRows = qMax(1, options.maxCachedRows);
    evictPages();
    scheduleFlush();
}

NumberTableModel::Options NumberTableModel::options() const
{
    return m_options;
}

void NumberTableModel::setPageSize(int pageSize)
{
    pageSize = qMax(1, pageSize);
    if (pageSize == m_options.pageSize)
        return;
    m_options.pageSize = pageSize;
    if (m_active && !isFullyLoaded() && pageSize != m_pageSize)
        repage(pageSize);
}

void NumberTableModel::setMaxRequestsInFlight(int maxRequestsInFlight)
{
    m_options.maxRequestsInFlight = qMax(1, maxRequestsInFlight);
    scheduleFlush();
}

void NumberTableModel::repage(int pageSize)
{
    // As for a column change: the rows stay (row count, selection, scroll position), their data
    // is fetched again; the rows on show ask for their pages when the view repaints.
    clearSort();
    cancelInFlight();
    ++m_generation;
    m_queue.clear();
    m_failed.clear();
    m_pageSize = pageSize;
    m_store.reset(m_pageSize);
    m_loadAllCursor = 0;
    if (m_firstReplyPending || m_rowCount == 0)
        wantPage(0);
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    updateStatus();
}

void NumberTableModel::setFilter(const NumberFilter &filter)
{
    m_filter = filter;
    startQuery();
}

NumberFilter NumberTableModel::filter() const
{
    return m_filter;
}

void NumberTableModel::refresh()
{
    startQuery();
}

QStringList NumberTableModel::columns() const
{
    return m_columns;
}

QStringList NumberTableModel::requestedColumns() const
{
    return m_requestColumns;
}

void NumberTableModel::setDisplayTimeZone(const QTimeZone &zone)
{
    m_formatter.setTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone());
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_kinds.at(c) == columns::Kind::Timestamp)
            emitColumnChanged(c);
    }
}

QTimeZone NumberTableModel::displayTimeZone() const
{
    return m_formatter.timeZone();
}

void NumberTableModel::setDateFormat(const QString &format)
{
    m_formatter.setDateFormat(format.isEmpty() ? QStringLiteral("yyyy-MM-dd HH:mm") : format);
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_kinds.at(c) == columns::Kind::Timestamp)
            emitColumnChanged(c);
    }
}

QString NumberTableModel::dateFormat() const
{
    return m_formatter.dateFormat();
}

void NumberTableModel::setHomeRegion(const QString &region)
{
    if (region == m_formatter.homeRegion())
        return;
    m_formatter.setHomeRegion(region);
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_kinds.at(c) == columns::Kind::Number)
            emitColumnChanged(c);
    }
}

QString NumberTableModel::homeRegion() const
{
    return m_formatter.homeRegion();
}

bool NumberTableModel::isLoading() const
{
    return !m_inFlight.isEmpty() || !m_queue.isEmpty();
}

qint64 NumberTableModel::total() const
{
    return m_total.value_or(-1);
}

qint64 NumberTableModel::loadedRowCount() const
{
    return m_store.loadedRows();
}

bool NumberTableModel::isFullyLoaded() const
{
    if (!m_active || m_firstReplyPending || (!m_total && !m_endReached))
        return false;
    return m_store.loadedRows() >= m_rowCount;
}

int NumberTableModel::requestsInFlight() const
{
    return int(m_inFlight.size());
}

int NumberTableModel::effectivePageSize() const
{
    return m_pageSize;
}

// --- query lifecycle -----------------------------------------------------------------------

void NumberTableModel::startQuery()
{
    beginResetModel();
    cancelInFlight();
    ++m_generation;
    m_queue.clear();
    m_failed.clear();
    m_order.clear();
    m_sortKey.clear();
    m_sortOrder = Qt::AscendingOrder;
    m_pageSize = m_options.pageSize;
    m_store.reset(m_pageSize);
    m_rowCount = 0;
    m_total.reset();
    m_endReached = false;
    m_loadAll = false;
    m_loadAllCursor = 0;
    m_requestColumns = requestColumnsFor(m_columns);
    m_heldColumns = QSet<QString>(m_requestColumns.cbegin(), m_requestColumns.cend());
    m_active = true;
    m_firstReplyPending = true;
    endResetModel();
    wantPage(0);
    updateStatus();
}

void NumberTableModel::cancelInFlight()
{
    // Clear first: a cancelled call may report back while we are still here.
    const QList<QPointer<ApiCall>> calls = m_inFlight.values();
    m_inFlight.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

bool NumberTableModel::pageNeedsFetch(int page) const
{
    if (!m_active || page < 0 || m_inFlight.contains(page) || m_failed.contains(page))
        return false;
    // With a known total, nothing beyond the last row; without one, the next page is allowed
    // (fetchMore asks for it).
    if (page > 0 && qint64(page) * m_pageSize >= m_rowCount && (m_total || m_endReached))
        return false;
    const PageStore::Page *stored = m_store.page(page);
    return !stored || (!stored->settled && stored->present < expectedRows(page));
}

int NumberTableModel::expectedRows(int page) const
{
    return int(qBound(qint64(0), m_rowCount - qint64(page) * m_pageSize, qint64(m_pageSize)));
}

void NumberTableModel::wantPage(int page) const
{
    if (!m_queue.isEmpty() && m_queue.constLast() == page)
        return;
    if (!pageNeedsFetch(page))
        return;
    m_queue.removeOne(page);
    m_queue.append(page);
    if (m_queue.size() > kMaxQueuedPages)
        m_queue.removeFirst();
    scheduleFlush();
}

void NumberTableModel::scheduleFlush() const
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void NumberTableModel::flushQueue()
{
    // Pages used since the turn before this one are the ones on show: eviction spares them.
    m_turnStamp = m_previousFlushStamp;
    m_previousFlushStamp = m_useClock;
    while (m_inFlight.size() < m_options.maxRequestsInFlight && !m_queue.isEmpty()) {
        const int page = m_queue.takeLast();
        if (pageNeedsFetch(page))
            sendPage(page);
    }
    pumpLoadAll();
    updateStatus();
}

void NumberTableModel::sendPage(int page)
{
    ListNumbers request;
    request.filter = m_filter;
    request.page = page + 1;
    request.perPage = m_pageSize;
    request.columns = m_requestColumns;
    const int generation = m_generation;
    const int perPage = m_pageSize;
    // The callback always comes later (from the event loop), never from inside this call.
    m_inFlight.insert(page, m_client->listNumbers(request, this,
                                                  [this, generation, page,
                                                   perPage](const Result<NumberPage> &result) {
                                                      onPage(generation, page, perPage, result);
                                                  }));
    emit pageRequested(page);
}

void NumberTableModel::onPage(int generation, int page, int perPage,
                              const Result<NumberPage> &result)
{
    if (generation != m_generation || perPage != m_pageSize)
        return; // an older query's answer
    m_inFlight.remove(page);
    if (!result.ok()) {
        // Someone else's cancel (ApiClient::cancelAll): not a failure; the page may be asked
        // for again. Any other error marks the page failed until retryFailedPages().
        if (result.error().kind != ApiError::Kind::Cancelled) {
            m_failed.insert(page);
            emit errorOccurred(result.error());
        }
        scheduleFlush();
        updateStatus();
        return;
    }
    const NumberPage &data = result.value();
    const int serverPerPage = data.meta.perPage.value_or(perPage);
    if (serverPerPage > 0 && serverPerPage < perPage) {
        // The server caps per_page: from now on pages are of its size. This answer holds rows
        // [page * serverPerPage, …) of the new paging.
        adoptPageSize(serverPerPage);
        page = int(qint64(page) * perPage / serverPerPage);
    }
    storePage(page, data);
    scheduleFlush();
    updateStatus();
}

void NumberTableModel::adoptPageSize(int perPage)
{
    // Rows wanted under the old paging are wanted under the new one.
    QList<int> wanted = m_queue;
    wanted.append(m_inFlight.keys());
    cancelInFlight();
    ++m_generation;
    m_queue.clear();
    m_failed.clear();
    const int oldSize = m_pageSize;
    m_pageSize = perPage;
    m_store.reset(m_pageSize);
    m_loadAllCursor = 0;
    for (const int old : std::as_const(wanted)) {
        const qint64 first = qint64(old) * oldSize;
        for (qint64 r = first; r < first + oldSize; r += m_pageSize)
            wantPage(int(r / m_pageSize));
    }
}

void NumberTableModel::storePage(int page, const NumberPage &data)
{
    m_firstReplyPending = false;
    const qint64 first = qint64(page) * m_pageSize;
    const QList<PhoneNumber> &rows = data.numbers;
    if (data.meta.totalCount) {
        applyTotal(qMax<qint64>(0, *data.meta.totalCount));
    } else if (!m_total) {
        // No total: the rows grow page by page until a short page.
        const qint64 end = first + rows.size();
        if (rows.size() < m_pageSize)
            m_endReached = true;
        if (end > m_rowCount) {
            beginInsertRows({}, int(m_rowCount), int(end - 1));
            m_store.setPage(page, rows, ++m_useClock);
            m_rowCount = end;
            endInsertRows();
            evictPages();
            return;
        }
        if (m_endReached && end < m_rowCount && rows.size() > 0) {
            beginRemoveRows({}, int(end), int(m_rowCount - 1));
            m_store.truncate(end);
            m_rowCount = end;
            endRemoveRows();
        }
    }
    const int count = expectedRows(page);
    if (count <= 0)
        return;
    m_store.setPage(page, rows.mid(0, count), ++m_useClock);
    if (m_order.isEmpty()) {
        emit dataChanged(index(int(first), 0), index(int(first + count - 1), columnCount() - 1));
    } else if (m_rowCount > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    evictPages();
}

void NumberTableModel::applyTotal(qint64 total)
{
    const qint64 limit = std::numeric_limits<int>::max();
    total = qMin(total, limit);
    m_total = total;
    if (total > m_rowCount) {
        beginInsertRows({}, int(m_rowCount), int(total - 1));
        if (!m_order.isEmpty()) {
            for (qint64 r = m_rowCount; r < total; ++r)
                m_order.append(r);
        }
        m_rowCount = total;
        endInsertRows();
    } else if (total < m_rowCount) {
        clearSort();
        beginRemoveRows({}, int(total), int(m_rowCount - 1));
        m_store.truncate(total);
        m_rowCount = total;
        endRemoveRows();
    }
}

void NumberTableModel::evictPages()
{
    if (m_loadAll || !m_order.isEmpty())
        return;
    const int maxPages = qMax(2, m_options.maxCachedRows / qMax(1, m_pageSize));
    while (m_store.pageCount() > maxPages) {
        const int page = m_store.leastRecentlyUsed(m_turnStamp);
        if (page < 0)
            break; // everything left is on show
        m_store.removePage(page);
    }
}

void NumberTableModel::retryFailedPages()
{
    const QList<int> failed = m_failed.values();
    m_failed.clear();
    m_loadAllCursor = 0;
    for (const int page : failed)
        wantPage(page);
    updateStatus();
}

void NumberTableModel::loadAll()
{
    if (!m_active)
        return;
    m_loadAll = true;
    m_loadAllCursor = 0;
    scheduleFlush();
    updateStatus();
}

void NumberTableModel::pumpLoadAll()
{
    if (!m_loadAll || !m_active || m_firstReplyPending)
        return;
    const int pages = int((m_rowCount + m_pageSize - 1) / m_pageSize);
    while (m_inFlight.size() < m_options.maxRequestsInFlight && m_loadAllCursor < pages) {
        if (pageNeedsFetch(m_loadAllCursor))
            sendPage(m_loadAllCursor);
        ++m_loadAllCursor;
    }
    if (!m_total && !m_endReached && m_inFlight.size() < m_options.maxRequestsInFlight) {
        const int next = int(m_rowCount / m_pageSize);
        if (pageNeedsFetch(next))
            sendPage(next);
    }
}

void NumberTableModel::updateStatus()
{
    const bool loading = isLoading();
    const qint64 reportedTotal = total();
    const qint64 loaded = loadedRowCount();
    const bool fully = isFullyLoaded();
    if (reportedTotal != m_reportedTotal) {
        m_reportedTotal = reportedTotal;
        emit totalChanged(reportedTotal);
    }
    if (loaded != m_reportedLoaded) {
        m_reportedLoaded = loaded;
        emit loadedChanged(loaded);
        // Up to the end of the load (its last step included); a purchase into a sorted, fully
        // loaded table afterwards is no progress.
        if (m_loadAll && (!fully || !m_reportedFullyLoaded))
            emit loadAllProgress(loaded, m_total.value_or(m_rowCount));
    }
    if (fully != m_reportedFullyLoaded) {
        m_reportedFullyLoaded = fully;
        emit fullyLoadedChanged(fully);
    }
    if (loading != m_reportedLoading) {
        m_reportedLoading = loading;
        emit loadingChanged(loading);
    }
}

void NumberTableModel::onLookupsChanged(schema::LookupKind kind)
{
    const int column = int(m_columns.indexOf(schema::numberForeignKey(kind)));
    if (column >= 0)
        emitColumnChanged(column);
}

void NumberTableModel::emitColumnChanged(int column)
{
    if (rowCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

// --- QAbstractItemModel --------------------------------------------------------------------

int NumberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowCount);
}

int NumberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant NumberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    const columns::Kind kind = m_kinds.at(column);
    if (role == Qt::TextAlignmentRole)
        return CellFormatter::cellAlignment(kind);
    const qint64 row = storageRow(index.row());
    const PhoneNumber *number = m_store.useRow(row, ++m_useClock);
    if (!number) {
        if (role == Qt::DisplayRole) {
            // Queued only; the request goes out on the next event-loop turn.
            wantPage(m_store.pageOf(row));
            //: Placeholder of a table row whose data is on its way
            return column == 0 ? QVariant(tr("Loading…")) : QVariant();
        }
        return role == LoadedRole ? QVariant(false) : QVariant();
    }
    const QString &key = m_columns.at(column);
    if (role == RawValueRole)
        return number->value(key).toVariant();
    if (role == LoadedRole)
        return true;
    return m_formatter.cellData(*number, key, kind, role, RecordIdRole);
}

QVariant NumberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns.size())
            return {};
        return CellFormatter::headerData(m_columns.at(section), m_kinds.at(section), role,
                                         ColumnKeyRole);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> NumberTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, QByteArrayLiteral("rawValue"));
    names.insert(RecordIdRole, QByteArrayLiteral("recordId"));
    names.insert(LoadedRole, QByteArrayLiteral("loaded"));
    names.insert(ColumnKeyRole, QByteArrayLiteral("columnKey"));
    return names;
}

bool NumberTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_active || m_firstReplyPending || m_total || m_endReached)
        return false;
    const int next = int(m_rowCount / m_pageSize);
    return !m_inFlight.contains(next) && !m_failed.contains(next) && !m_queue.contains(next);
}

void NumberTableModel::fetchMore(const QModelIndex &parent)
{
    // QAbstractItemModelTester (and views) call this from inside our own row signals.
    if (m_inFetchMore || !canFetchMore(parent))
        return;
    m_inFetchMore = true;
    wantPage(int(m_rowCount / m_pageSize));
    m_inFetchMore = false;
}

} // namespace numdesk

namespace numdesk {

// --- rows, sorting, columns ----------------------------------------------------------------

qint64 NumberTableModel::storageRow(int viewRow) const
{
    return m_order.isEmpty() ? viewRow : m_order.at(viewRow);
}

int NumberTableModel::viewRowOfStorage(qint64 storageRow) const
{
    return int(m_order.isEmpty() ? storageRow : m_order.indexOf(storageRow));
}

std::optional<PhoneNumber> NumberTableModel::numberAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const PhoneNumber *number = m_store.row(storageRow(row));
    return number ? std::optional<PhoneNumber>(*number) : std::nullopt;
}

int NumberTableModel::rowOfId(qint64 id) const
{
    const qint64 row = m_store.findId(id);
    return row < 0 ? -1 : viewRowOfStorage(row);
}

bool NumberTableModel::isSorted() const
{
    return !m_sortKey.isEmpty();
}

int NumberTableModel::sortColumn() const
{
    // The sort follows its column key: -1 when that column is hidden now.
    return m_sortKey.isEmpty() ? -1 : int(m_columns.indexOf(m_sortKey));
}

Qt::SortOrder NumberTableModel::sortOrder() const
{
    return m_sortOrder;
}

void NumberTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size()) {
        clearSort();
        return;
    }
    if (!isFullyLoaded()) {
        emit sortNeedsFullLoad(column, order);
        return;
    }
    const RowSorter sorter(m_store, m_formatter, m_columns.at(column), m_kinds.at(column));
    QList<qint64> sorted = sorter.sortedRows(m_rowCount, order);

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QList<qint64> storageOfFrom;
    storageOfFrom.reserve(from.size());
    for (const QModelIndex &index : from)
        storageOfFrom.append(storageRow(index.row()));
    m_order = std::move(sorted);
    m_sortKey = m_columns.at(column);
    m_sortOrder = order;
    std::vector<int> viewOf(size_t(m_order.size()));
    for (qsizetype v = 0; v < m_order.size(); ++v)
        viewOf[size_t(m_order.at(v))] = int(v);
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        to.append(index(viewOf[size_t(storageOfFrom.at(i))], from.at(i).column()));
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void NumberTableModel::clearSort()
{
    m_sortKey.clear();
    m_sortOrder = Qt::AscendingOrder;
    if (m_order.isEmpty())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(this->index(int(m_order.at(index.row())), index.column()));
    m_order.clear();
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QStringList NumberTableModel::requestColumnsFor(const QStringList &keys) const
{
    QStringList request;
    for (const QString &key : keys) {
        if (columns::isKnown(key) && !request.contains(key))
            request.append(key);
    }
    // The readable form of the number column comes from human_number.
    if (request.contains(QLatin1String("number")) &&
        !request.contains(QLatin1String("human_number")))
        request.append(QStringLiteral("human_number"));
    if (!request.contains(QLatin1String("id")))
        request.append(QStringLiteral("id"));
    return request;
}

void NumberTableModel::setColumns(const QStringList &keys)
{
    QStringList wanted;
    for (const QString &key : keys) {
        if (!key.isEmpty() && !wanted.contains(key))
            wanted.append(key);
    }
    if (wanted == m_columns)
        return;
    // Removed columns go first, then the kept ones move into their new order, then the new ones
    // come in: each step with its own signals, so views keep selection, scroll and widths.
    for (int c = int(m_columns.size()) - 1; c >= 0; --c) {
        if (!wanted.contains(m_columns.at(c))) {
            beginRemoveColumns({}, c, c);
            m_columns.removeAt(c);
            m_kinds.removeAt(c);
            endRemoveColumns();
        }
    }
    QStringList kept;
    for (const QString &key : std::as_const(wanted)) {
        if (m_columns.contains(key))
            kept.append(key);
    }
    if (kept != m_columns) {
        emit layoutAboutToBeChanged();
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from)
            to.append(this->index(index.row(), int(kept.indexOf(m_columns.at(index.column())))));
        m_columns = kept;
        m_kinds.clear();
        for (const QString &key : std::as_const(m_columns))
            m_kinds.append(columns::kind(key));
        changePersistentIndexList(from, to);
        emit layoutChanged();
    }
    for (int c = 0; c < wanted.size(); ++c) {
        if (c >= m_columns.size() || m_columns.at(c) != wanted.at(c)) {
            beginInsertColumns({}, c, c);
            m_columns.insert(c, wanted.at(c));
            m_kinds.insert(c, columns::kind(wanted.at(c)));
            endInsertColumns();
        }
    }

    const QStringList request = requestColumnsFor(m_columns);
    const bool needsData =
        m_active && !std::all_of(request.cbegin(), request.cend(), [this](const QString &key) {
            return m_heldColumns.contains(key);
        });
    m_requestColumns = request;
    m_heldColumns = QSet<QString>(request.cbegin(), request.cend());
    if (!needsData)
        return;
    // The loaded pages lack a column: the same rows are fetched again with it. The row count
    // stays, so the view keeps its place; the visible rows ask for their pages when repainted.
    clearSort();
    cancelInFlight();
    ++m_generation;
    m_queue.clear();
    m_failed.clear();
    m_store.reset(m_pageSize);
    m_loadAllCursor = 0;
    if (m_firstReplyPending || m_rowCount == 0)
        wantPage(0);
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    updateStatus();
}

void NumberTableModel::updateNumber(const PhoneNumber &number)
{
    if (!number.id)
        return;
    const qint64 row = m_store.findId(*number.id);
    if (row < 0)
        return;
    *m_store.row(row) = number;
    const int view = viewRowOfStorage(row);
    if (view >= 0 && columnCount() > 0)
        emit dataChanged(index(view, 0), index(view, columnCount() - 1));
}

void NumberTableModel::insertNumber(const PhoneNumber &number)
{
    if (!m_active || m_firstReplyPending || !number.id)
        return;
    if (m_store.findId(*number.id) >= 0) {
        updateNumber(number);
        return;
    }
    // The server lists numbers in id order: before the first loaded row with a larger id, or at
    // the end. Without a total and before the last page, a later page will bring it.
    qint64 at = m_store.firstRowWithIdAbove(*number.id);
    if (at < 0) {
        if (!m_total && !m_endReached)
            return;
        at = m_rowCount;
    }
    int view = int(at);
    if (!m_order.isEmpty()) {
        const RowSorter sorter(m_store, m_formatter, m_sortKey, columns::kind(m_sortKey));
        view = sorter.insertPosition(m_order, number, m_sortOrder);
    }
    beginInsertRows({}, view, view);
    m_store.insertRow(at, number, ++m_useClock);
    if (!m_order.isEmpty()) {
        for (qint64 &row : m_order) {
            if (row >= at)
                ++row;
        }
        m_order.insert(view, at);
    }
    ++m_rowCount;
    if (m_total)
        m_total = *m_total + 1;
    endInsertRows();
    updateStatus();
}

void NumberTableModel::removeNumberById(qint64 id)
{
    if (!m_active)
        return;
    qint64 row = m_store.findId(id);
    if (row < 0) {
        // Not in memory. With a total, id order says it is among the unloaded rows just before
        // the first loaded row with a larger id (or at the end); if that row is loaded, the
        // number is not part of this result.
        if (!m_total)
            return;
        const qint64 above = m_store.firstRowWithIdAbove(id);
        row = (above >= 0 ? above : m_rowCount) - 1;
        if (row < 0 || m_store.row(row))
            return;
    }
    const int view = viewRowOfStorage(row);
    beginRemoveRows({}, view, view);
    m_store.removeRow(row);
    if (!m_order.isEmpty()) {
        m_order.removeAt(view);
        for (qint64 &other : m_order) {
            if (other > row)
                --other;
        }
    }
    --m_rowCount;
    if (m_total)
        m_total = *m_total - 1;
    endRemoveRows();
    updateStatus();
}

} // namespace numdesk
