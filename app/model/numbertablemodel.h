#pragma once

#include "apiclient.h"
#include "apierror.h"
#include "cellformatter.h"
#include "lookupcache.h"
#include "numberfilter.h"
#include "pagestore.h"
#include "phonenumber.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>

#include <optional>

namespace numdesk {

// One query's phone numbers as a paging table. The row count is metadata.total_count; the pages
// a view shows are fetched when data() first asks for one of their rows (row r is in API page
// r / pageSize + 1), so a jump to any row costs one request. Without a total it falls back to
// canFetchMore()/fetchMore(), growing page by page until a short page. Columns are keys.
//
// Fetch scheduling: data() only queues the page (no request, no signal); a zero-timer sends the
// queued pages on the next event-loop turn, most recently wanted first, at most
// maxRequestsInFlight at a time, never a page that is in flight, loaded or failed. Replies of an
// older query (setFilter, refresh, a column change needing more data) are dropped by a
// generation number, and their calls cancelled. Past maxCachedRows (in whole pages, two at
// least) the least recently used pages are evicted (never the ones used in the latest turn,
// never while loadAll() keeps all).
// A failed page is not requested again until retryFailedPages() or refresh().
class NumberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // QVariant of the JSON value as the API sent it
        RecordIdRole,                    // qint64 id of the row's number (invalid when not loaded)
        LoadedRole,                      // bool
        ColumnKeyRole                    // on headerData: the column key
    };
    struct Options
    {
        int pageSize = 100;
        int maxRequestsInFlight = 4;
        // Rows kept in memory when the view moves on: about 2 KB each, so 20,000 rows (500
        // screens) cost some 45 MiB whatever the page size.
        int maxCachedRows = 20000;
    };

    NumberTableModel(ApiClient *client, LookupCache *lookups, QObject *parent = nullptr);
    ~NumberTableModel() override;

    void setOptions(const Options &options); // takes effect with the next query
    Options options() const;
    // Preferences that apply now. A new page size re-pages the current query: the row count
    // and the view's place stay, loaded pages are dropped and the rows on show are fetched
    // again in pages of the new size (when every row is already in memory nothing is fetched;
    // the size applies from the next query). A new cap on requests in flight applies from the
    // next request sent; requests already in flight are not cancelled.
    void setPageSize(int pageSize);
    void setMaxRequestsInFlight(int maxRequestsInFlight);
    void setFilter(const NumberFilter &filter); // new query: reset, new generation, fetch
    NumberFilter filter() const;
    // Visible column keys in order. The `columns` parameter asks only for these plus "id" (and
    // "human_number" when "number" is shown, to show it readable). A change that needs no column
    // the loaded pages lack keeps the rows; otherwise the rows stay and their data is fetched
    // again (new generation). Rows are never reset by a column change.
    void setColumns(const QStringList &keys);
    QStringList columns() const;
    QStringList requestedColumns() const;           // the `columns` parameter sent with each page
    void setDisplayTimeZone(const QTimeZone &zone); // dates shown in this zone
    QTimeZone displayTimeZone() const;
    void setDateFormat(const QString &format); // default "yyyy-MM-dd HH:mm"
    // The country whose numbers the number column shows in their national form (the others
    // in the international one) when the server's human_number is missing or does not fit.
    void setHomeRegion(const QString &region);
    QString homeRegion() const;
    QString dateFormat() const;
    void refresh(); // same query again, nothing kept
    bool isLoading() const;
    qint64 total() const;          // metadata.total_count, -1 when unknown
    qint64 loadedRowCount() const; // rows whose data is in memory
    bool isFullyLoaded() const;    // every row is in memory
    int requestsInFlight() const;
    int effectivePageSize() const; // the page size in use (the server may cap the asked one)
    std::optional<PhoneNumber> numberAt(int row) const; // nullopt when not loaded
    int rowOfId(qint64 id) const;                       // -1 when not loaded
    void loadAll(); // fetch every page (for sorting), keep them (no eviction while fully loaded)
    bool isLoadingAll() const { return m_loadAll; }
    // In-place updates used by the buy/edit/unrent actions (keep selection and scroll position):
    void updateNumber(const PhoneNumber &number); // dataChanged on its row when loaded
    // A bought number: inserted where the id order puts it (at the end when it is the newest)
    // and total + 1. The caller decides whether it matches the filter.
    void insertNumber(const PhoneNumber &number);
    void removeNumberById(qint64 id); // unrented: beginRemoveRows/endRemoveRows, total - 1

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Only when isFullyLoaded(); otherwise emits sortNeedsFullLoad and changes nothing.
    // A column of -1 restores the server's order.
    void sort(int column, Qt::SortOrder order) override;
    bool isSorted() const;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    void retryFailedPages(); // requests again the pages whose request failed

signals:
    void loadingChanged(bool loading);
    void totalChanged(qint64 total);
    void loadedChanged(qint64 loaded);
    void errorOccurred(const numdesk::ApiError &error);
    void fullyLoadedChanged(bool fullyLoaded);
    void sortNeedsFullLoad(int column, Qt::SortOrder order);
    void loadAllProgress(qint64 loaded, qint64 total);
    void pageRequested(int page); // 0-based page index, when its request is sent

private:
    // Query lifecycle and fetching (numbertablemodel.cpp)
    void startQuery();
    void cancelInFlight();
    void wantPage(int page) const;
    void scheduleFlush() const;
    void flushQueue();
    void sendPage(int page);
    void onPage(int generation, int page, int perPage, const Result<NumberPage> &result);
    void storePage(int page, const NumberPage &data);
    void adoptPageSize(int perPage);
    void applyTotal(qint64 total);
    void evictPages();
    bool pageNeedsFetch(int page) const;
    int expectedRows(int page) const;
    void pumpLoadAll();
    void updateStatus();
    void repage(int pageSize);
    void onLookupsChanged(schema::LookupKind kind);
    void emitColumnChanged(int column);

    // Rows, sorting and columns
    qint64 storageRow(int viewRow) const;
    int viewRowOfStorage(qint64 storageRow) const;
    void clearSort();
    QStringList requestColumnsFor(const QStringList &keys) const;

    ApiClient *m_client;
    QPointer<LookupCache> m_lookups;
    Options m_options;
    NumberFilter m_filter;
    QStringList m_columns;
    QList<columns::Kind> m_kinds; // per visible column
    QStringList m_requestColumns; // the `columns` parameter of each page request
    QSet<QString> m_heldColumns;  // columns every loaded page holds
    CellFormatter m_formatter;

    PageStore m_store;
    int m_pageSize = 100;
    bool m_active = false; // a query was started
    int m_generation = 0;
    qint64 m_rowCount = 0;
    std::optional<qint64> m_total; // nullopt: the server gave no total (fall back to fetchMore)
    bool m_totalKnownFromServer = false;
    bool m_endReached = false; // no-total mode: a short page came
    bool m_firstReplyPending = false;

    QHash<int, QPointer<ApiCall>> m_inFlight;
    QSet<int> m_failed;
    mutable QList<int> m_queue; // wanted pages, most recently wanted last
    mutable QTimer m_flushTimer;
    mutable quint64 m_useClock = 0;
    quint64 m_turnStamp = 0; // pages used at or after this stamp are on show: not evicted
    quint64 m_previousFlushStamp = 0;
    bool m_inFetchMore = false;
    bool m_loadAll = false;
    int m_loadAllCursor = 0;

    // Sorting: view row -> storage row; empty when in the server's order.
    QList<qint64> m_order;
    QString m_sortKey; // empty: not sorted
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    // Last reported values, so that each signal fires on change only.
    bool m_reportedLoading = false;
    qint64 m_reportedTotal = -1;
    qint64 m_reportedLoaded = 0;
    bool m_reportedFullyLoaded = false;
};

} // namespace numdesk
