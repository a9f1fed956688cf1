#pragma once

#include "numberfilter.h"

#include <QByteArray>
#include <QList>

#include <array>
#include <optional>
#include <string_view>

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

private:
    // Texts of all rows back to back, so that a substring search runs over one buffer.
    // A replaced text stays behind as an ownerless segment.
    struct TextColumn
    {
        QByteArray arena;
        QList<qsizetype> segmentStart; // ascending
        QList<qint64> segmentOwner;    // number id, or -1 once replaced
        std::array<qint64, 256> byteCount{};

        qsizetype append(qint64 owner, const QByteArray &text);
        void disown(qint64 owner, qsizetype start);
        std::string_view at(qsizetype start, qsizetype size) const;
        // Ids of the owners whose text contains the needle, ascending.
        QList<qint64> ownersContaining(const QByteArray &needle) const;
    };

    enum Flag : quint8
    {
        Live = 1,
        HasLastCall = 2,
        HasTrafficSource = 4,
        HasRingPool = 8,
    };

    qsizetype rowOf(qint64 id) const;
    void setRow(qsizetype index, const Row &row);
    bool textMatches(qsizetype index, const QByteArray &text, const QByteArray &digits) const;

    QList<qint64> m_ids; // ascending; every column below is indexed like it
    QList<quint8> m_flags;
    QList<qint64> m_createdAt;
    QList<qint64> m_lastCallAt;
    QList<qint64> m_offerId;
    QList<qint64> m_trafficSourceId;
    QList<qint64> m_providerConfigurationId;
    QList<qint64> m_ringPoolId;
    QList<qsizetype> m_textStart;
    QList<qsizetype> m_textSize;
    QList<qsizetype> m_digitsStart;
    QList<qsizetype> m_digitsSize;
    TextColumn m_text;
    TextColumn m_digits;
    qint64 m_liveCount = 0;
};

} // namespace numdesk::sandbox
