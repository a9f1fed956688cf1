#include "numberfilterindex.h"

#include <QtAlgorithms>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>
#include <tuple>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace numdesk::sandbox {

namespace {

// Below this an arena is not worth compacting; above the limit offsets would not fit 32 bits.
constexpr qsizetype kCompactFloor = 1 << 20;
constexpr qsizetype kArenaLimit = qsizetype(std::numeric_limits<quint32>::max());

} // namespace

quint32 NumberFilterIndex::TextColumn::append(qint32 owner, const QByteArray &text)
{
    segmentStart.append(quint32(arena.size()));
    segmentOwner.append(owner);
    arena.append(text);
    for (const char c : text)
        ++byteCount[uchar(c)];
    return quint32(segmentStart.size() - 1);
}

void NumberFilterIndex::TextColumn::shiftOwnersFrom(qint32 row)
{
    for (qint32 &owner : segmentOwner) {
        if (owner >= row)
            ++owner;
    }
}

std::string_view NumberFilterIndex::TextColumn::text(quint32 segment) const
{
    const qsizetype next = qsizetype(segment) + 1;
    const quint32 start = segmentStart.at(segment);
    const quint32 end = next < segmentStart.size() ? segmentStart.at(next) : quint32(arena.size());
    return std::string_view(arena.constData() + start, std::size_t(end - start));
}

void NumberFilterIndex::TextColumn::disown(qint32 owner, quint32 segment)
{
    if (segment == kNone || segmentOwner.at(segment) != owner)
        return;
    segmentOwner[segment] = -1;
    const std::string_view bytes = text(segment);
    ownerless += qsizetype(bytes.size());
    // Its bytes no longer count towards choosing the rarest ones of a needle.
    for (const char c : bytes)
        --byteCount[uchar(c)];
}

quint32 NumberFilterIndex::CodedColumn::code(qint64 value)
{
    const auto found = codeOf.constFind(value);
    if (found != codeOf.cend())
        return *found;
    const auto next = quint32(values.size());
    values.append(value);
    codeOf.insert(value, next);
    return next;
}

std::optional<quint32> NumberFilterIndex::CodedColumn::find(qint64 value) const
{
    const auto found = codeOf.constFind(value);
    return found == codeOf.cend() ? std::nullopt : std::optional<quint32>(*found);
}

QList<qint32> NumberFilterIndex::TextColumn::ownersContaining(const QByteArray &needle) const
{
    QList<qint32> owners;
    const qsizetype m = needle.size();
    const qsizetype n = arena.size();
    if (m == 0 || m > n)
        return owners;
    // Candidates are the starts where the needle's two rarest bytes are in place; the rest of
    // the arena is skipped 16 bytes at a time (or by memchr), and only candidates are compared
    // in full. The texts are mostly digits: one rare byte alone still stops too often.
    qsizetype k1 = 0;
    for (qsizetype j = 1; j < m; ++j) {
        if (byteCount[uchar(needle.at(j))] < byteCount[uchar(needle.at(k1))])
            k1 = j;
    }
    qsizetype k2 = k1;
    for (qsizetype j = 0; j < m; ++j) {
        if (j != k1 &&
            (k2 == k1 || byteCount[uchar(needle.at(j))] < byteCount[uchar(needle.at(k2))]))
            k2 = j;
    }
    const char c1 = needle.at(k1);
    const char c2 = needle.at(k2);
    const char *base = arena.constData();
    const qsizetype lastStart = n - m;
    auto nextCandidate = [&](qsizetype at) -> qsizetype {
#if defined(__SSE2__)
        const __m128i v1 = _mm_set1_epi8(c1);
        const __m128i v2 = _mm_set1_epi8(c2);
        while (at + 15 <= lastStart) {
            const auto *p1 = reinterpret_cast<const __m128i *>(base + at + k1);
            const auto *p2 = reinterpret_cast<const __m128i *>(base + at + k2);
            const int mask = _mm_movemask_epi8(_mm_and_si128(
                _mm_cmpeq_epi8(_mm_loadu_si128(p1), v1), _mm_cmpeq_epi8(_mm_loadu_si128(p2), v2)));
            if (mask)
                return at + qCountTrailingZeroBits(quint32(mask));
            at += 16;
        }
#else
        while (at <= lastStart) {
            const void *found = std::memchr(base + at + k1, c1, std::size_t(lastStart - at + 1));
            if (!found)
                return -1;
            at = qsizetype(static_cast<const char *>(found) - base) - k1;
            if (base[at + k2] == c2)
                return at;
            ++at;
        }
#endif
        for (; at <= lastStart; ++at) {
            if (base[at + k1] == c1 && base[at + k2] == c2)
                return at;
        }
        return -1;
    };

    const qsizetype segments = segmentStart.size();
    qsizetype segment = 0;
    qsizetype at = nextCandidate(0);
    while (at >= 0) {
        while (segment + 1 < segments && segmentStart.at(segment + 1) <= at)
            ++segment;
        const qsizetype end = segment + 1 < segments ? segmentStart.at(segment + 1) : n;
        if (at + m > end || std::memcmp(base + at, needle.constData(), std::size_t(m)) != 0) {
            at = nextCandidate(at + 1);
            continue;
        }
        if (segmentOwner.at(segment) >= 0)
            owners.append(segmentOwner.at(segment));
        at = nextCandidate(end); // one hit per text is enough
    }
    // Replaced texts sit at the end of the arena, out of id order.
    std::sort(owners.begin(), owners.end());
    return owners;
}

void NumberFilterIndex::clear()
{
    *this = NumberFilterIndex();
}

void NumberFilterIndex::reserve(qsizetype rows)
{
    for (QList<qint64> *column : {&m_ids, &m_createdAt, &m_lastCallAt})
        column->reserve(rows);
    for (CodedColumn *column :
         {&m_offerId, &m_trafficSourceId, &m_providerConfigurationId, &m_ringPoolId})
        column->codes.reserve(rows);
    for (QList<quint32> *column : {&m_textSegment, &m_digitsSegment})
        column->reserve(rows);
    m_flags.reserve(rows);
    for (TextColumn *text : {&m_text, &m_digits}) {
        text->segmentStart.reserve(rows);
        text->segmentOwner.reserve(rows);
    }
}

qsizetype NumberFilterIndex::rowOf(qint64 id) const
{
    return std::distance(m_ids.cbegin(), std::lower_bound(m_ids.cbegin(), m_ids.cend(), id));
}

void NumberFilterIndex::put(const Row &row)
{
    ++m_generation;
    compactIfWorthIt(row.searchText.size() + row.digits.size());
    const qsizetype i = rowOf(row.id);
    if (i < m_ids.size() && m_ids.at(i) == row.id) {
        m_text.disown(qint32(i), m_textSegment.at(i));
        m_digits.disown(qint32(i), m_digitsSegment.at(i));
        if (m_flags.at(i) & Live)
            --m_liveCount;
    } else {
        // Loading in id order, and purchases (the next id), append; a hand-picked id below
        // others is inserted, and the rows after it move down one.
        if (i < m_ids.size()) {
            m_text.shiftOwnersFrom(qint32(i));
            m_digits.shiftOwnersFrom(qint32(i));
        }
        m_ids.insert(i, row.id);
        m_flags.insert(i, 0);
        for (QList<qint64> *column : {&m_createdAt, &m_lastCallAt})
            column->insert(i, 0);
        for (CodedColumn *column :
             {&m_offerId, &m_trafficSourceId, &m_providerConfigurationId, &m_ringPoolId})
            column->codes.insert(i, 0);
        for (QList<quint32> *column : {&m_textSegment, &m_digitsSegment})
            column->insert(i, TextColumn::kNone);
    }
    quint8 flags = Live;
    if (row.lastCallAt)
        flags |= HasLastCall;
    if (row.trafficSourceId)
        flags |= HasTrafficSource;
    if (row.ringPoolId)
        flags |= HasRingPool;
    m_flags[i] = flags;
    m_createdAt[i] = row.createdAt;
    m_lastCallAt[i] = row.lastCallAt.value_or(0);
    m_offerId.codes[i] = m_offerId.code(row.offerId);
    m_trafficSourceId.codes[i] = m_trafficSourceId.code(row.trafficSourceId.value_or(0));
    m_providerConfigurationId.codes[i] =
        m_providerConfigurationId.code(row.providerConfigurationId);
    m_ringPoolId.codes[i] = m_ringPoolId.code(row.ringPoolId.value_or(0));
    m_textSegment[i] = m_text.append(qint32(i), row.searchText);
    m_digitsSegment[i] = m_digits.append(qint32(i), row.digits);
    ++m_liveCount;
}

void NumberFilterIndex::remove(qint64 id)
{
    const qsizetype i = rowOf(id);
    if (i >= m_ids.size() || m_ids.at(i) != id || !(m_flags.at(i) & Live))
        return;
    ++m_generation;
    m_flags[i] = quint8(m_flags.at(i) & ~Live);
    m_text.disown(qint32(i), m_textSegment.at(i));
    m_digits.disown(qint32(i), m_digitsSegment.at(i));
    m_textSegment[i] = TextColumn::kNone;
    m_digitsSegment[i] = TextColumn::kNone;
    --m_liveCount;
}

void NumberFilterIndex::compactIfWorthIt(qsizetype incoming)
{
    for (const TextColumn *column : {&m_text, &m_digits}) {
        const qsizetype size = column->arena.size();
        if ((size > kCompactFloor && column->ownerless * 2 > size) ||
            size + incoming > kArenaLimit) {
            compact();
            return;
        }
    }
}

void NumberFilterIndex::compact()
{
    for (auto [column, segments] :
         {std::pair{&m_text, &m_textSegment}, std::pair{&m_digits, &m_digitsSegment}}) {
        TextColumn compacted;
        compacted.arena.reserve(column->arena.size() - column->ownerless);
        compacted.segmentStart.reserve(m_ids.size());
        compacted.segmentOwner.reserve(m_ids.size());
        for (qsizetype i = 0; i < m_ids.size(); ++i) {
            if (!(m_flags.at(i) & Live)) {
                (*segments)[i] = TextColumn::kNone; // an unrented number's text is gone
                continue;
            }
            const std::string_view text = column->text(segments->at(i));
            (*segments)[i] = compacted.append(
                qint32(i), QByteArray::fromRawData(text.data(), qsizetype(text.size())));
        }
        *column = std::move(compacted);
    }
}

bool NumberFilterIndex::textMatches(qsizetype i, const QByteArray &text,
                                    const QByteArray &digits) const
{
    const std::string_view needle(text.constData(), std::size_t(text.size()));
    if (m_text.text(m_textSegment.at(i)).find(needle) != std::string_view::npos)
        return true;
    return !digits.isEmpty() &&
           m_digits.text(m_digitsSegment.at(i))
                   .find(std::string_view(digits.constData(), std::size_t(digits.size()))) !=
               std::string_view::npos;
}

NumberFilterIndex::Selection NumberFilterIndex::select(const NumberFilter &f, qint64 offset,
                                                       qint64 limit,
                                                       std::optional<qint64> onlyId) const
{
    Selection selection;
    qsizetype first = 0;
    qsizetype last = m_ids.size();
    if (onlyId) {
        first = rowOf(*onlyId);
        if (first == last || m_ids.at(first) != *onlyId)
            return selection;
        last = first + 1;
    } else if (f.isEmpty() && m_liveCount == m_ids.size()) {
        // Nothing unrented yet: the page is a slice.
        selection.totalCount = m_liveCount;
        if (offset < m_liveCount)
            selection.ids = m_ids.mid(offset, qMin(limit, m_liveCount - offset));
        return selection;
    } else {
        const std::shared_ptr<const Matches> matches = matchesOf(f);
        selection.totalCount = matches->total;
        if (offset >= matches->total || limit <= 0)
            return selection;
        // The block that holds the offset-th match, then on from its first row.
        const auto block =
            std::upper_bound(matches->before.cbegin(), matches->before.cend(), offset) - 1;
        qint64 count = *block;
        const qsizetype rows = qsizetype(matches->match.size());
        for (qsizetype i = (block - matches->before.cbegin()) * Matches::kBlock;
             i < rows && selection.ids.size() < limit; ++i) {
            if (!matches->match[std::size_t(i)])
                continue;
            if (count >= offset)
                selection.ids.append(m_ids.at(i));
            ++count;
        }
        return selection;
    }

    const std::vector<quint8> match = matchRows(f, first, last);
    qint64 count = 0;
    for (qsizetype i = 0; i < last - first; ++i) {
        if (!match[std::size_t(i)])
            continue;
        if (count >= offset && count - offset < limit)
            selection.ids.append(m_ids.at(first + i));
        ++count;
    }
    selection.totalCount = count;
    return selection;
}

std::shared_ptr<const NumberFilterIndex::Matches>
NumberFilterIndex::matchesOf(const NumberFilter &filter) const
{
    {
        const QMutexLocker locker(&m_cache->mutex);
        if (m_cache->matches && m_cache->generation == m_generation && m_cache->filter == filter)
            return m_cache->matches;
    }
    // Worked out without the lock: another thread may page another filter meanwhile.
    auto matches = std::make_shared<Matches>();
    matches->match = matchRows(filter, 0, m_ids.size());
    const qsizetype rows = qsizetype(matches->match.size());
    matches->before.reserve(std::size_t(rows / Matches::kBlock + 1));
    for (qsizetype i = 0; i < rows; ++i) {
        if (i % Matches::kBlock == 0)
            matches->before.push_back(matches->total);
        matches->total += matches->match[std::size_t(i)];
    }
    if (matches->before.empty())
        matches->before.push_back(0);
    const QMutexLocker locker(&m_cache->mutex);
    m_cache->generation = m_generation;
    m_cache->filter = filter;
    m_cache->matches = matches;
    return matches;
}

std::vector<quint8> NumberFilterIndex::matchRows(const NumberFilter &f, qsizetype first,
                                                 qsizetype last) const
{

    // One pass per filter over its own column, each simple enough for the compiler to
    // vectorise, narrows `match`; the texts are searched last, among what is left.
    const qsizetype rows = last - first;
    std::vector<quint8> match(std::size_t(rows), 0);
    quint8 *matched = match.data();
    const quint8 required =
        quint8(Live | (f.lastCallFrom || f.lastCallTo ? HasLastCall : 0) |
               (f.trafficSourceId ? HasTrafficSource : 0) | (f.ringPoolId ? HasRingPool : 0));
    const quint8 *flags = m_flags.constData() + first;
    for (qsizetype i = 0; i < rows; ++i)
        matched[i] = quint8((flags[i] & required) == required);
    // NULL matches no filter: the flags above took those rows out already.
    auto narrow = [&](const QList<qint64> &column, auto keep) {
        const qint64 *values = column.constData() + first;
        for (qsizetype i = 0; i < rows; ++i)
            matched[i] &= quint8(keep(values[i]));
    };
    if (const auto from = f.createdFrom)
        narrow(m_createdAt, [from = *from](qint64 v) { return v >= from; });
    if (const auto to = f.createdTo)
        narrow(m_createdAt, [to = *to](qint64 v) { return v <= to; });
    if (const auto from = f.lastCallFrom)
        narrow(m_lastCallAt, [from = *from](qint64 v) { return v >= from; });
    if (const auto to = f.lastCallTo)
        narrow(m_lastCallAt, [to = *to](qint64 v) { return v <= to; });
    // A lookup id no number has matches none.
    auto narrowTo = [&](const CodedColumn &column, qint64 wanted) {
        const std::optional<quint32> code = column.find(wanted);
        const quint32 *codes = column.codes.constData() + first;
        for (qsizetype i = 0; i < rows; ++i)
            matched[i] &= quint8(code && codes[i] == *code);
    };
    if (const auto offer = f.offerId)
        narrowTo(m_offerId, *offer);
    if (const auto source = f.trafficSourceId)
        narrowTo(m_trafficSourceId, *source);
    if (const auto provider = f.providerConfigurationId)
        narrowTo(m_providerConfigurationId, *provider);
    if (const auto pool = f.ringPoolId)
        narrowTo(m_ringPoolId, *pool);
    if (!f.numberDigits.isEmpty()) {
        const QByteArray exact = f.numberDigits.toUtf8();
        const std::string_view wanted(exact.constData(), std::size_t(exact.size()));
        for (qsizetype i = 0; i < rows; ++i) {
            if (matched[i])
                matched[i] = quint8(m_digits.text(m_digitsSegment.at(first + i)) == wanted);
        }
    }

    if (!f.fulltext.isEmpty()) {
        const QByteArray text = f.fulltext.toUtf8();
        const QByteArray digits = f.fulltextDigits.toUtf8();
        // A search of the whole arena costs about one read of it; a search per row costs more
        // per row, so it only pays when the other filters left few rows.
        const auto candidates = std::count(match.cbegin(), match.cend(), quint8(1));
        if (candidates > rows / 8) {
            QList<qint32> hits = m_text.ownersContaining(text);
            if (!digits.isEmpty()) {
                const QList<qint32> digitHits = m_digits.ownersContaining(digits);
                QList<qint32> both;
                both.reserve(hits.size() + digitHits.size());
                std::set_union(hits.cbegin(), hits.cend(), digitHits.cbegin(), digitHits.cend(),
                               std::back_inserter(both));
                hits = std::move(both);
            }
            qsizetype nextHit = 0;
            for (qsizetype i = 0; i < rows; ++i) {
                const qsizetype row = first + i;
                while (nextHit < hits.size() && hits.at(nextHit) < row)
                    ++nextHit;
                matched[i] &= quint8(nextHit < hits.size() && hits.at(nextHit) == row);
            }
        } else {
            for (qsizetype i = 0; i < rows; ++i) {
                if (matched[i])
                    matched[i] = quint8(textMatches(first + i, text, digits));
            }
        }
    }

    return match;
}

} // namespace numdesk::sandbox
