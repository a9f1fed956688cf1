#pragma once

#include "phonenumber.h"

#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace numdesk {

// The rows of one query that are in memory, kept by page: row r lives in slot r % pageSize of
// page r / pageSize (0-based; the API's page number is one more). A page is a fixed array of
// pageSize cells; a slot may be empty (a short last page, or a hole left by a local insert or
// removal that shifted the rows after it). Each page carries a use stamp for LRU eviction.
// Plain data: no signals, no network.
class PageStore
{
public:
    struct Page
    {
        std::vector<std::optional<PhoneNumber>> cells;
        int present = 0;
        mutable quint64 lastUsed = 0;
        // True when the page's content came from the server as a whole; false when a local
        // shift left holes that a fetch of the page would fill.
        bool settled = true;
    };

    void reset(int pageSize);
    int pageSize() const { return m_pageSize; }
    int pageOf(qint64 row) const { return int(row / m_pageSize); }

    // The record in `row`, or nullptr when it is not in memory.
    const PhoneNumber *row(qint64 row) const;
    PhoneNumber *row(qint64 row);
    // row(), and marks its page as used at `stamp` (for LRU eviction).
    const PhoneNumber *useRow(qint64 row, quint64 stamp) const;
    const Page *page(int index) const;
    Page *page(int index);
    bool hasPage(int index) const { return m_pages.contains(index); }
    int pageCount() const { return int(m_pages.size()); }
    QList<int> pageIndexes() const { return m_pages.keys(); }
    qint64 loadedRows() const { return m_loadedRows; }

    // Replaces page `index` with `rows` (at most pageSize; the rest of the page is empty).
    void setPage(int index, const QList<PhoneNumber> &rows, quint64 stamp);
    void removePage(int index);
    // Drops every row at or after `rowCount`.
    void truncate(qint64 rowCount);
    // Inserts a record at `row`; every row from there moves down by one.
    void insertRow(qint64 row, const PhoneNumber &number, quint64 stamp);
    // Removes `row` (loaded or not); every row after it moves up by one.
    void removeRow(qint64 row);

    // The loaded row whose record has this id, or -1. Linear in the loaded rows.
    qint64 findId(qint64 id) const;
    // For an id not in memory, where the server's id order puts it: the first loaded row whose
    // id is larger, or -1 when no loaded row has a larger id.
    qint64 firstRowWithIdAbove(qint64 id) const;

    // The least recently used page whose stamp is below `protectFrom`, or -1.
    int leastRecentlyUsed(quint64 protectFrom) const;

private:
    Page &ensurePage(int index, quint64 stamp);
    void recount(Page &page);
    void dropIfEmpty(int index);

    QHash<int, Page> m_pages;
    int m_pageSize = 100;
    qint64 m_loadedRows = 0;
};

} // namespace numdesk
