#include "rowsorter.h"

#include <QCollatorSortKey>

#include <algorithm>
#include <optional>
#include <vector>

namespace numdesk {

RowSorter::RowSorter(const PageStore &store, const CellFormatter &formatter, QString key,
                     columns::Kind kind)
    : m_store(store)
    , m_formatter(formatter)
    , m_key(std::move(key))
    , m_kind(kind)
{}

QList<qint64> RowSorter::sortedRows(qint64 rowCount, Qt::SortOrder order) const
{
    const size_t n = size_t(qMax<qint64>(0, rowCount));
    // Keys computed once per row: parsing or collating inside the comparison would repeat it
    // n log n times.
    enum class State : char
    {
        Missing,
        Empty,
        Value
    };
    std::vector<State> states(n, State::Missing);
    std::vector<qint64> numbers;
    std::vector<std::optional<QCollatorSortKey>> texts;
    const bool numeric = m_kind == columns::Kind::Integer || m_kind == columns::Kind::Timestamp;
    // Offers, sources, pools, providers and countries sort by the name the table shows.
    const bool shown = m_kind == columns::Kind::Reference || m_kind == columns::Kind::Country;
    if (numeric)
        numbers.resize(n);
    else
        texts.resize(n);
    for (size_t r = 0; r < n; ++r) {
        const PhoneNumber *number = m_store.row(qint64(r));
        if (!number)
            continue;
        if (numeric) {
            const std::optional<qint64> value =
                m_kind == columns::Kind::Timestamp
                    ? CellFormatter::parseTimestampMs(number->text(m_key))
                    : CellFormatter::integerValue(*number, m_key);
            states[r] = value ? State::Value : State::Empty;
            numbers[r] = value.value_or(0);
        } else {
            const QString text =
                shown ? m_formatter.display(*number, m_key, m_kind) : number->text(m_key);
            states[r] = text.isEmpty() ? State::Empty : State::Value;
            if (!text.isEmpty())
                texts[r] = m_formatter.collator().sortKey(text);
        }
    }
    // Negative, zero or positive, ascending: empty values first (as CellFormatter::compare).
    auto compare = [&](size_t a, size_t b) -> int {
        if (states[a] != State::Value || states[b] != State::Value)
            return int(states[a] == State::Value) - int(states[b] == State::Value);
        if (numeric)
            return numbers[a] < numbers[b] ? -1 : (numbers[a] > numbers[b] ? 1 : 0);
        return texts[a]->compare(*texts[b]);
    };
    std::vector<size_t> rows(n);
    for (size_t r = 0; r < n; ++r)
        rows[r] = r;
    const bool descending = order == Qt::DescendingOrder;
    std::stable_sort(rows.begin(), rows.end(), [&](size_t a, size_t b) {
        if (states[a] == State::Missing || states[b] == State::Missing)
            return states[a] != State::Missing && states[b] == State::Missing;
        const int c = compare(a, b);
        return descending ? c > 0 : c < 0;
    });
    QList<qint64> result;
    result.reserve(qsizetype(n));
    for (const size_t r : rows)
        result.append(qint64(r));
    return result;
}

int RowSorter::insertPosition(const QList<qint64> &order, const PhoneNumber &number,
                              Qt::SortOrder sortOrder) const
{
    // The first row that sorts after `number` (upper bound: equal keys keep arrival order).
    const auto it = std::upper_bound(
        order.cbegin(), order.cend(), number, [&](const PhoneNumber &value, qint64 row) {
            const PhoneNumber *other = m_store.row(row);
            if (!other)
                return true;
            const int c = m_formatter.compare(value, *other, m_key, m_kind);
            return sortOrder == Qt::DescendingOrder ? c > 0 : c < 0;
        });
    return int(it - order.cbegin());
}

} // namespace numdesk
