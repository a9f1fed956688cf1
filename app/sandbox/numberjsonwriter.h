#pragma once

#include "recordbuffer.h"
#include "storednumberrow.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QStringList>

#include <array>

namespace numdesk::sandbox {

// Writes number records as JSON bytes directly, for list pages: the very bytes that
// QJsonDocument(RecordSerializer::numberObject(record, columns)).toJson(Compact) gives (keys in
// QJsonObject's order, Qt's escapes, the md5 checksum over the compact content), at a fraction
// of the cost: a page of 250 records took about 18 ms to build as QJsonObjects, mostly in
// allocations, and that was the sandbox's whole list throughput. tst_sandboxnumberjsonwriter
// compares both byte for byte. Not thread-safe: use one writer per thread.
class NumberJsonWriter
{
public:
    // `columns` as numberObject() takes them: empty means every key; unknown keys are left out.
    explicit NumberJsonWriter(const QStringList &columns = {});

    // Appends the JSON object of `row` to `out`.
    void write(const StoredNumberRow &row, QByteArray &out);

    // The same values as CSV, for the .csv list: one row of the given fields (fieldsOf(columns),
    // in the columns' order), each cell what RecordSerializer::cellText gives for the record's
    // JSON value, quoted as CsvWriter quotes, CRLF at the end. A writer made with no columns
    // (every key) serves any field list. tst_sandboxnumberjsonwriter compares both ways.
    void writeCsvRow(const StoredNumberRow &row, const QList<int> &fields, QByteArray &out);
    // The fields of `columns` for writeCsvRow; -1 for a column no record has (an empty cell).
    static QList<int> fieldsOf(const QStringList &columns);

    // The record's checksum, 32 hex digits: the md5 of its JSON content (every key but the
    // checksum, compact), as RecordSerializer::recordChecksum gives it. Ignores row.checksum.
    static QByteArray checksumOf(const StoredNumberRow &row);

    // A JSON string of UTF-8 text, escaped as QJsonDocument escapes it.
    static void appendString(QByteArray &out, const QByteArray &utf8);
    // The record timestamp form of RecordSerializer::timestamp, as a JSON string.
    static void appendTimestamp(QByteArray &out, qint64 msSinceEpoch);

private:
    enum Field : int
    {
        Id,
        Name,
        Number,
        OfferId,
        TrafficSourceId,
        ProviderConfigurationId,
        RingPoolId,
        ProviderAuthKey,
        LastCallAt,
        TokenValues,
        Country,
        AreaCodeId,
        OptimizerDisplayedAt,
        OptimizerTokensChangedAt,
        CreatedAt,
        PlainNumber,
        Extension,
        HumanNumber,
        LegacyId,
        Type,
        Uuid,
        UpdatedAt,
        DeletedAt,
        UserUpdatedAt,
        ExternalRecordId,
        Description,
        DeletePrevention,
        Checksum,
        FieldCount
    };

    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0;
    };

    enum class Keys
    {
        Written,
        Skipped, // the values alone, for the CSV cells: no valid JSON, nothing to hash
    };
    // Every field but the checksum, in key order, into m_content; notes where each value is.
    void writeContent(const StoredNumberRow &row, Keys keys = Keys::Written);
    void writeValue(Field field, const StoredNumberRow &row);
    // The row's stored checksum, else the md5 of m_content: 32 hex digits in double quotes,
    // as JSON writes it.
    void writeChecksum(const StoredNumberRow &row, char (&checksum)[34]);

    QList<Field> m_selected; // in key order
    bool m_wantsChecksum = false;
    bool m_everyKey = false;   // every key is selected, the checksum too
    int m_beforeChecksum = -1; // the field the checksum follows in key order; -1: it is first
    RecordBuffer m_content;
    bool m_contentHasKeys = true; // m_content is the record's JSON, the checksum's input
    RecordBuffer m_row; // a record with chosen keys, or a CSV row, before it goes to the page
    std::array<Span, FieldCount> m_spans{};
    QCryptographicHash m_md5{QCryptographicHash::Md5};
};

} // namespace numdesk::sandbox
