#include "pagestore.h"

#include <algorithm>
#include <limits>

namespace numdesk {

void PageStore::reset(int pageSize)
{
    m_pages.clear();
    m_pageSize = qMax(1, pageSize);
    m_loadedRows = 0;
}

const PhoneNumber *PageStore::row(qint64 row) const
{
    if (row < 0)
        return nullptr;
    const auto it = m_pages.constFind(pageOf(row));
    if (it == m_pages.cend())
        return nullptr;
    const std::optional<PhoneNumber> &slot = it->cells[size_t(row % m_pageSize)];
    return slot ? &*slot : nullptr;
}

const PhoneNumber *PageStore::useRow(qint64 row, quint64 stamp) const
{
    if (row < 0)
        return nullptr;
    const auto it = m_pages.constFind(pageOf(row));
    if (it == m_pages.cend())
        return nullptr;
    it->lastUsed = stamp;
    const std::optional<PhoneNumber> &slot = it->cells[size_t(row % m_pageSize)];
    return slot ? &*slot : nullptr;
}

PhoneNumber *PageStore::row(qint64 row)
{
    if (row < 0)
        return nullptr;
    const auto it = m_pages.find(pageOf(row));
    if (it == m_pages.end())
        return nullptr;
    std::optional<PhoneNumber> &slot = it->cells[size_t(row % m_pageSize)];
    return slot ? &*slot : nullptr;
}

const PageStore::Page *PageStore::page(int index) const
{
    const auto it = m_pages.constFind(index);
    return it == m_pages.cend() ? nullptr : &*it;
}

PageStore::Page *PageStore::page(int index)
{
    const auto it = m_pages.find(index);
    return it == m_pages.end() ? nullptr : &*it;
}

PageStore::Page &PageStore::ensurePage(int index, quint64 stamp)
{
    auto it = m_pages.find(index);
    if (it == m_pages.end()) {
        Page page;
        page.cells.resize(size_t(m_pageSize));
        page.lastUsed = stamp;
        it = m_pages.insert(index, std::move(page));
    }
    return *it;
}

void PageStore::recount(Page &page)
{
    const int before = page.present;
    page.present = int(std::count_if(page.cells.cbegin(), page.cells.cend(),
                                     [](const auto &slot) { return slot.has_value(); }));
    m_loadedRows += page.present - before;
}

void PageStore::dropIfEmpty(int index)
{
    const auto it = m_pages.find(index);
    if (it != m_pages.end() && it->present == 0)
        m_pages.erase(it);
}

void PageStore::setPage(int index, const QList<PhoneNumber> &rows, quint64 stamp)
{
    Page &page = ensurePage(index, stamp);
    const qsizetype count = qMin<qsizetype>(rows.size(), m_pageSize);
    for (qsizetype i = 0; i < m_pageSize; ++i) {
        if (i < count)
            page.cells[size_t(i)] = rows.at(i);
        else
            page.cells[size_t(i)].reset();
    }
    page.lastUsed = stamp;
    page.settled = true;
    recount(page);
}

void PageStore::removePage(int index)
{
    const auto it = m_pages.find(index);
    if (it == m_pages.end())
        return;
    m_loadedRows -= it->present;
    m_pages.erase(it);
}

void PageStore::truncate(qint64 rowCount)
{
    const QList<int> indexes = m_pages.keys();
    for (const int index : indexes) {
        const qint64 first = qint64(index) * m_pageSize;
        if (first >= rowCount) {
            removePage(index);
        } else if (first + m_pageSize > rowCount) {
            Page &page = m_pages[index];
            for (qint64 r = rowCount; r < first + m_pageSize; ++r)
                page.cells[size_t(r - first)].reset();
            recount(page);
            dropIfEmpty(index);
        }
    }
}

void PageStore::insertRow(qint64 row, const PhoneNumber &number, quint64 stamp)
{
    const int startPage = pageOf(row);
    QList<int> indexes;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it.key() >= startPage)
            indexes.append(it.key());
    }
    // From the last page down, so that the row a page pushes out lands in an already shifted
    // (hence empty) first slot of the next page.
    std::sort(indexes.begin(), indexes.end(), std::greater<int>());
    for (const int index : std::as_const(indexes)) {
        Page &page = m_pages[index];
        std::optional<PhoneNumber> carry = std::move(page.cells.back());
        const size_t first = index == startPage ? size_t(row % m_pageSize) : 0;
        std::move_backward(page.cells.begin() + qsizetype(first), page.cells.end() - 1,
                           page.cells.end());
        page.cells[first].reset();
        page.settled = false;
        recount(page);
        if (carry) {
            Page &next = ensurePage(index + 1, page.lastUsed);
            next.cells.front() = std::move(carry);
            next.settled = false;
            recount(next);
        }
    }
    Page &target = ensurePage(startPage, stamp);
    target.cells[size_t(row % m_pageSize)] = number;
    recount(target);
    for (const int index : std::as_const(indexes))
        dropIfEmpty(index);
}

void PageStore::removeRow(qint64 row)
{
    const int startPage = pageOf(row);
    QList<int> indexes;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it.key() >= startPage)
            indexes.append(it.key());
        // A missing page before a loaded one receives that page's first row.
        if (it.key() - 1 >= startPage && !m_pages.contains(it.key() - 1))
            indexes.append(it.key() - 1);
    }
    std::sort(indexes.begin(), indexes.end());
    for (const int index : std::as_const(indexes)) {
        Page &page = ensurePage(index, 0);
        const size_t first = index == startPage ? size_t(row % m_pageSize) : 0;
        page.cells[first].reset();
        std::move(page.cells.begin() + qsizetype(first) + 1, page.cells.end(),
                  page.cells.begin() + qsizetype(first));
        page.cells.back().reset();
        if (Page *next = this->page(index + 1)) {
            page.cells.back() = std::move(next->cells.front());
            next->cells.front().reset();
            recount(*next);
            if (page.lastUsed == 0)
                page.lastUsed = next->lastUsed;
        }
        page.settled = false;
        recount(page);
    }
    for (const int index : std::as_const(indexes))
        dropIfEmpty(index);
}

qint64 PageStore::findId(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const auto &cells = it->cells;
        for (size_t i = 0; i < cells.size(); ++i) {
            if (cells[i] && cells[i]->id == id)
                return qint64(it.key()) * m_pageSize + qint64(i);
        }
    }
    return -1;
}

qint64 PageStore::firstRowWithIdAbove(qint64 id) const
{
    qint64 best = -1;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const auto &cells = it->cells;
        for (size_t i = 0; i < cells.size(); ++i) {
            if (cells[i] && cells[i]->id && *cells[i]->id > id) {
                const qint64 row = qint64(it.key()) * m_pageSize + qint64(i);
                if (best < 0 || row < best)
                    best = row;
                break; // rows of a page are in id order: the rest are larger still
            }
        }
    }
    return best;
}

int PageStore::leastRecentlyUsed(quint64 protectFrom) const
{
    int found = -1;
    quint64 oldest = std::numeric_limits<quint64>::max();
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it->lastUsed < protectFrom && it->lastUsed < oldest) {
            oldest = it->lastUsed;
            found = it.key();
        }
    }
    return found;
}

} // namespace numdesk
