#pragma once

#include "numberfilter.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>

#include <array>
#include <limits>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace numdesk::sandbox {

// The filterable columns of the live numbers, kept in memory in id order. SQLite answers a
// filtered page of a million rows in hundreds of milliseconds (it uses one index per query,
// counts by walking rows, and instr() reads every row); one pass over these compact arrays
// gives the exact total and the ids of any page in a few milliseconds. SandboxStore keeps it
// in step with every write; the rows themselves are still read from SQLite by id.
class NumberFilterIndex
{
public:
    // One live number as the filters see it; the texts are the stored search_text and digits.
    struct Row
    {
        qint64 id = 0;
        qint64 createdAt = 0;
        std::optional<qint64> lastCallAt;
        qint64 offerId = 0;
        std::optional<qint64> trafficSourceId;
        qint64 providerConfigurationId = 0;
        std::optional<qint64> ringPoolId;
        QByteArray searchText; // UTF-8
        QByteArray digits;
    };

    struct Selection
    {
        qint64 totalCount = 0;
        QList<qint64> ids; // of the requested page, ascending
    };

    void clear();
    void reserve(qsizetype rows);
    // Adds the row, or replaces the one with the same id.
    void put(const Row &row);
    // The number is no longer live (soft-deleted); unknown ids are ignored.
    void remove(qint64 id);
    qint64 liveCount() const { return m_liveCount; }

    // The same rows, order and total as "WHERE deleted_at IS NULL AND <filter> ORDER BY id
    // LIMIT limit OFFSET offset" over the numbers table. `onlyId`: the caller knows the one
    // row that can match (SQL's unique index on digits finds an exact number at once).
    Selection select(const NumberFilter &filter, qint64 offset, qint64 limit,
                     std::optional<qint64> onlyId = std::nullopt) const;

    // Bytes the texts take, replaced ones included (for tests and benchmarks).
    qsizetype textBytes() const { return m_text.arena.size() + m_digits.arena.size(); }

private:
    // Texts of all rows back to back, so that a substring search runs over one buffer.
    // A replaced text stays behind as an ownerless segment until compact() drops them.
    // Offsets are 32-bit: compact() runs before an arena could outgrow them.
    struct TextColumn
    {
        QByteArray arena;
        QList<quint32> segmentStart; // ascending
        QList<qint32> segmentOwner;  // the owner's row, or -1 once replaced
        std::array<qint64, 256> byteCount{};
        qsizetype ownerless = 0; // bytes of replaced texts

        static constexpr quint32 kNone = std::numeric_limits<quint32>::max(); // no segment

        // The new segment's index.
        quint32 append(qint32 owner, const QByteArray &text);
        // The text of a segment: it runs to the next segment's start (segments lie back to
        // back), so a row needs only its segment's index, not a start and a size.
        std::string_view text(quint32 segment) const;
        // The segment is no longer the owner's (a replaced or unrented text); kNone is ignored.
        void disown(qint32 owner, quint32 segment);
        // A row was inserted at `row`: the owners from there on moved down one.
        void shiftOwnersFrom(qint32 row);
        // Rows of the owners whose text contains the needle, ascending.
        QList<qint32> ownersContaining(const QByteArray &needle) const;
    };

    // A lookup id column: 32-bit codes into the distinct ids (a few hundred offers, pools, ...
    // against a million numbers), 4 bytes a number instead of 8 whatever the ids.
    struct CodedColumn
    {
        QList<quint32> codes;
        QList<qint64> values;
        QHash<qint64, quint32> codeOf;

        quint32 code(qint64 value);
        std::optional<quint32> find(qint64 value) const;
    };

    enum Flag : quint8
    {
        Live = 1,
        HasLastCall = 2,
        HasTrafficSource = 4,
        HasRingPool = 8,
    };

    // Which rows of [first, last) the filter matches (1) or not (0).
    std::vector<quint8> matchRows(const NumberFilter &filter, qsizetype first,
                                  qsizetype last) const;
    // The rows a filter matched, kept for its next page: an export pages through one filter
    // (its pin is a created_at range), and every page would otherwise scan every row again.
    // Blocks of kBlock rows with the matches before each, so a page starts without a count.
    struct Matches
    {
        static constexpr qsizetype kBlock = 1024;
        std::vector<quint8> match;
        std::vector<qint64> before; // matches in the rows before block b
        qint64 total = 0;
    };
    // The last filter's matches while no write came since (any thread; select() runs on
    // several at once under the store's shared lock, writes under its exclusive one).
    struct MatchCache
    {
        QMutex mutex;
        quint64 generation = 0;
        NumberFilter filter;
        std::shared_ptr<const Matches> matches;
    };
    std::shared_ptr<const Matches> matchesOf(const NumberFilter &filter) const;

    qsizetype rowOf(qint64 id) const;
    bool textMatches(qsizetype index, const QByteArray &text, const QByteArray &digits) const;
    // Rebuilds both arenas from the live texts, in id order, when replaced texts fill half of
    // one or it would outgrow 32-bit offsets.
    void compactIfWorthIt(qsizetype incoming);
    void compact();

    QList<qint64> m_ids; // ascending; every column below is indexed like it
    QList<quint8> m_flags;
    QList<qint64> m_createdAt;
    QList<qint64> m_lastCallAt;
    CodedColumn m_offerId;
    CodedColumn m_trafficSourceId;
    CodedColumn m_providerConfigurationId;
    CodedColumn m_ringPoolId;
    QList<quint32> m_textSegment; // each row's segment of m_text (kNone once unrented)
    QList<quint32> m_digitsSegment;
    TextColumn m_text;
    TextColumn m_digits;
    qint64 m_liveCount = 0;
    quint64 m_generation = 0; // grows with every change of the rows: older matches are stale
    std::unique_ptr<MatchCache> m_cache = std::make_unique<MatchCache>();
};

} // namespace numdesk::sandbox
