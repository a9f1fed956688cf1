#include "numberjsonwriter.h"

#include "recordserializer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>

namespace numdesk::sandbox {

namespace {

// The keys, indexed like NumberJsonWriter's fields.
constexpr const char *kKeys[] = {
    "id",
    "name",
    "number",
    "offer_id",
    "traffic_source_id",
    "provider_configuration_id",
    "ring_pool_id",
    "provider_auth_key",
    "last_call_at",
    "token_values",
    "country",
    "area_code_id",
    "optimizer_displayed_at",
    "optimizer_tokens_changed_at",
    "created_at",
    "plain_number",
    "extension",
    "human_number",
    "legacy_id",
    "type",
    "uuid",
    "updated_at",
    "deleted_at",
    "user_updated_at",
    "external_record_id",
    "description",
    "delete_prevention",
    "checksum",
};
constexpr int kKeyCount = int(sizeof(kKeys) / sizeof(kKeys[0]));

// The keys in the order QJsonObject writes them, taken from QJsonObject itself rather than
// assumed (it sorts them).
const QList<int> &keyOrder()
{
    static const QList<int> order = [] {
        QJsonObject object;
        for (const char *key : kKeys)
            object.insert(QLatin1String(key), QJsonValue::Null);
        QList<int> fields;
        for (const QString &key : object.keys()) {
            for (int field = 0; field < kKeyCount; ++field) {
                if (key == QLatin1String(kKeys[field]))
                    fields.append(field);
            }
        }
        return fields;
    }();
    return order;
}

const QList<QByteArray> &keyPrefixes()
{
    static const QList<QByteArray> prefixes = [] {
        QList<QByteArray> list;
        for (const char *key : kKeys)
            list.append('"' + QByteArray(key) + "\":");
        return list;
    }();
    return prefixes;
}

// Printable ASCII other than '"' and '\': what Qt writes as it is.
bool isPlain(uchar c)
{
    return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
}

// Compact JSON of a QJsonValue: what the object writer would put after the key.
QByteArray qtJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

void appendTwoDigits(char *at, int value)
{
    at[0] = char('0' + value / 10);
    at[1] = char('0' + value % 10);
}

template<class Out> void writeString(Out &out, const QByteArray &utf8)
{
    const char *const begin = utf8.constData();
    const char *const end = begin + utf8.size();
    const char *plainEnd = begin;
    while (plainEnd < end && isPlain(uchar(*plainEnd)))
        ++plainEnd;
    out.append('"');
    if (plainEnd == end) {
        out.append(begin, end - begin);
        out.append('"');
        return;
    }
    // Invalid UTF-8 (U+FFFD for each bad sequence) and a leading byte order mark (dropped) are
    // read as Qt reads them: through Qt, the rare case. Other valid UTF-8 comes back from
    // QString unchanged, so Qt's writer escapes only the ASCII below: a page's names with
    // umlauts or quotes took a fifth of its time through QJsonDocument.
    if (utf8.startsWith("\xef\xbb\xbf") ||
        !QByteArrayView(plainEnd, end - plainEnd).isValidUtf8()) {
        out.append(qtJson(QString::fromUtf8(utf8)).sliced(1)); // past the opening quote
        return;
    }
    out.append(begin, plainEnd - begin);
    for (const char *p = plainEnd; p < end; ++p) {
        const uchar c = uchar(*p);
        if (c >= 0x20 && c != '"' && c != '\\') { // printable, DEL and UTF-8 as they are
            out.append(char(c));
            continue;
        }
        out.append('\\');
        switch (c) {
        case '"':
        case '\\':
            out.append(char(c));
            break;
        case '\b':
            out.append('b');
            break;
        case '\f':
            out.append('f');
            break;
        case '\n':
            out.append('n');
            break;
        case '\r':
            out.append('r');
            break;
        case '\t':
            out.append('t');
            break;
        default: {
            static constexpr char kHex[] = "0123456789abcdef";
            const char escape[] = {'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append('"');
}

template<class Out> void writeTimestamp(Out &out, qint64 ms)
{
    // Years 1970 to 9999 here; Qt's own formatting for anything else.
    constexpr qint64 kYear10000 = 253402300800000;
    if (ms < 0 || ms >= kYear10000) {
        writeString(out, RecordSerializer::timestamp(ms).toUtf8());
        return;
    }
    const qint64 days = ms / 86400000;
    const int msOfDay = int(ms % 86400000);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const int dayOfEra = int(z - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int mp = (5 * dayOfYear + 2) / 153;
    const int day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const int month = mp < 10 ? mp + 3 : mp - 9;
    const int year = int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0);

    // "2024-03-05T07:08:09.010+00:00" in quotes
    char text[31] = "\"0000-00-00T00:00:00.000+00:00";
    appendTwoDigits(text + 1, year / 100);
    appendTwoDigits(text + 3, year % 100);
    appendTwoDigits(text + 6, month);
    appendTwoDigits(text + 9, day);
    appendTwoDigits(text + 12, msOfDay / 3600000);
    appendTwoDigits(text + 15, msOfDay / 60000 % 60);
    appendTwoDigits(text + 18, msOfDay / 1000 % 60);
    const int millis = msOfDay % 1000;
    text[21] = char('0' + millis / 100);
    appendTwoDigits(text + 22, millis % 100);
    out.append(text, 30);
    out.append('"');
}

template<class Out> void appendInteger(Out &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
    out.append(buffer, result.ptr - buffer);
}

template<class Out> void appendOptionalInteger(Out &out, const std::optional<qint64> &value)
{
    if (value)
        appendInteger(out, *value);
    else
        out.append("null", 4);
}

template<class Out> void appendOptionalTimestamp(Out &out, const std::optional<qint64> &value)
{
    if (value)
        writeTimestamp(out, *value);
    else
        out.append("null", 4);
}

// The stored token_values text (written by NumberRowCodec from a QJsonArray of strings) as
// the serializer writes it back: verbatim when it already is a compact array of plain
// strings, which it is unless a token holds an escape or non-ASCII text.
template<class Out> void appendTokens(Out &out, const QByteArray &stored)
{
    const char *p = stored.constData();
    const char *end = p + stored.size();
    bool plain = stored.size() >= 2 && *p == '[' && end[-1] == ']';
    if (plain && stored.size() > 2) {
        ++p;
        while (plain) {
            plain = p < end && *p++ == '"';
            while (plain && p < end && *p != '"')
                plain = isPlain(uchar(*p++));
            plain = plain && p < end && *p++ == '"';
            if (!plain || p >= end)
                break;
            if (*p == ']') {
                plain = p + 1 == end;
                break;
            }
            plain = *p++ == ',';
        }
    }
    if (plain) {
        out.append(stored);
        return;
    }
    // As NumberRowCodec reads it and RecordSerializer writes it.
    QStringList tokens;
    if (!stored.isEmpty() && stored != "[]") {
        for (const QJsonValue &v : QJsonDocument::fromJson(stored).array())
            tokens.append(v.toString());
    }
    out.append(qtJson(QJsonArray::fromStringList(tokens)));
}

// A cell of UTF-8 text as CsvWriter::quoted writes it: in double quotes, with its quotes
// doubled, when it holds a comma, a double quote, CR or LF.
template<class Out> void appendCsvText(Out &out, QByteArrayView text)
{
    bool quote = false;
    for (const char c : text) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(text);
        return;
    }
    out.append('"');
    for (const char c : text) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

// What RecordSerializer::cellText makes of a JSON value this writer wrote: null empty, a string
// its text, a list (token values) its texts joined by commas, numbers and booleans as written.
// Values with escapes go through Qt, the rare case; the common ones are read in place.
template<class Out> void appendCsvCell(Out &out, QByteArrayView json)
{
    if (json.isEmpty() || json == "null")
        return;
    const bool escaped = json.contains('\\');
    if (json.front() == '"') {
        if (!escaped)
            return appendCsvText(out, json.sliced(1, json.size() - 2));
        const QJsonArray array = QJsonDocument::fromJson('[' + json.toByteArray() + ']').array();
        return appendCsvText(out, array.at(0).toString().toUtf8());
    }
    if (json.front() == '[') {
        QByteArray joined;
        if (escaped) {
            QStringList texts;
            for (const QJsonValue &v : QJsonDocument::fromJson(json.toByteArray()).array())
                texts.append(v.toString());
            joined = texts.join(QLatin1Char(',')).toUtf8();
        } else {
            // ["a","b"]: no escapes, so every '"' opens or closes a text.
            qsizetype at = 1;
            while (at < json.size() && json.at(at) == '"') {
                const qsizetype close = json.indexOf('"', at + 1);
                if (close < 0)
                    break;
                if (at > 1)
                    joined.append(',');
                joined.append(json.sliced(at + 1, close - at - 1));
                at = close + 2; // past the closing quote and the ',' or ']'
            }
        }
        return appendCsvText(out, joined);
    }
    appendCsvText(out, json); // a number, true or false
}

} // namespace

NumberJsonWriter::NumberJsonWriter(const QStringList &columns)
{
    for (const int field : keyOrder()) {
        if (columns.isEmpty() || columns.contains(QLatin1String(kKeys[field])))
            m_selected.append(Field(field));
    }
    m_wantsChecksum = m_selected.contains(Checksum);
    m_everyKey = m_selected.size() == keyOrder().size();
    const int checksumAt = int(keyOrder().indexOf(Checksum));
    m_beforeChecksum = checksumAt > 0 ? keyOrder().at(checksumAt - 1) : -1;
}

void NumberJsonWriter::appendString(QByteArray &out, const QByteArray &utf8)
{
    writeString(out, utf8);
}

void NumberJsonWriter::appendTimestamp(QByteArray &out, qint64 ms)
{
    writeTimestamp(out, ms);
}

void NumberJsonWriter::writeValue(Field field, const StoredNumberRow &r)
{
    RecordBuffer &out = m_content;
    switch (field) {
    case Id:
        return appendInteger(out, r.id);
    case Name:
        return writeString(out, r.name);
    case Number:
    case PlainNumber:
        return writeString(out, r.number);
    case OfferId:
        return appendInteger(out, r.offerId);
    case TrafficSourceId:
        return appendOptionalInteger(out, r.trafficSourceId);
    case ProviderConfigurationId:
        return appendInteger(out, r.providerConfigurationId);
    case RingPoolId:
        return appendOptionalInteger(out, r.ringPoolId);
    case ProviderAuthKey:
        return writeString(out, r.providerAuthKey);
    case LastCallAt:
        return appendOptionalTimestamp(out, r.lastCallAt);
    case TokenValues:
        return appendTokens(out, r.tokenValues);
    case Country:
        return writeString(out, r.country);
    case AreaCodeId:
        return appendOptionalInteger(out, r.areaCodeId);
    case OptimizerDisplayedAt:
        return appendOptionalTimestamp(out, r.optimizerDisplayedAt);
    case OptimizerTokensChangedAt:
        return appendOptionalTimestamp(out, r.optimizerTokensChangedAt);
    case CreatedAt:
        return writeTimestamp(out, r.createdAt);
    case Extension:
    case ExternalRecordId:
    case Description: {
        // Empty texts are null, as in RecordSerializer.
        const QByteArray &text = field == Extension          ? r.extension
                                 : field == ExternalRecordId ? r.externalRecordId
                                                             : r.description;
        if (text.isEmpty())
            out.append("null", 4);
        else
            writeString(out, text);
        return;
    }
    case HumanNumber:
        return writeString(out, r.humanNumber);
    case LegacyId:
        return appendOptionalInteger(out, r.legacyId);
    case Type:
        return writeString(out, r.type);
    case Uuid:
        return writeString(out, r.uuid);
    case UpdatedAt:
        return writeTimestamp(out, r.updatedAt);
    case DeletedAt:
        return appendOptionalTimestamp(out, r.deletedAt);
    case UserUpdatedAt:
        return appendOptionalTimestamp(out, r.userUpdatedAt);
    case DeletePrevention:
        if (r.deletePrevention)
            out.append("true", 4);
        else
            out.append("false", 5);
        return;
    case Checksum:
    case FieldCount:
        break;
    }
}

void NumberJsonWriter::writeContent(const StoredNumberRow &row, Keys keys)
{
    const QList<QByteArray> &prefixes = keyPrefixes();
    m_content.clear();
    m_contentHasKeys = keys == Keys::Written;
    m_content.append('{');
    for (const int field : keyOrder()) {
        if (field == Checksum)
            continue;
        if (m_contentHasKeys) {
            if (m_content.size() > 1)
                m_content.append(',');
            m_content.append(prefixes.at(field));
        }
        m_spans[field].start = m_content.size();
        writeValue(Field(field), row);
        m_spans[field].end = m_content.size();
    }
    m_content.append('}');
}

void NumberJsonWriter::writeChecksum(const StoredNumberRow &row, char (&checksum)[34])
{
    checksum[0] = '"';
    checksum[33] = '"';
    // Stored with the row: a fifth of a page's work saved. Anything but 32 lower-case hex
    // digits (a row written by hand) is not believed.
    if (row.checksum.size() == 32 &&
        std::all_of(row.checksum.cbegin(), row.checksum.cend(),
                    [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); })) {
        std::copy(row.checksum.cbegin(), row.checksum.cend(), checksum + 1);
        return;
    }
    if (!m_contentHasKeys) // the spans move with it: they still say where each value is
        writeContent(row, Keys::Written);
    m_md5.reset();
    m_md5.addData(m_content.view());
    const QByteArray hex = m_md5.result().toHex();
    std::copy(hex.cbegin(), hex.cend(), checksum + 1);
}

QByteArray NumberJsonWriter::checksumOf(const StoredNumberRow &row)
{
    thread_local NumberJsonWriter writer; // its buffer reused, for a bulk load's million rows
    writer.writeContent(row);
    writer.m_md5.reset();
    writer.m_md5.addData(writer.m_content.view());
    return writer.m_md5.result().toHex();
}

void NumberJsonWriter::write(const StoredNumberRow &row, QByteArray &out)
{
    writeContent(row);
    char checksum[34];
    if (m_wantsChecksum)
        writeChecksum(row, checksum);
    const QList<QByteArray> &prefixes = keyPrefixes();
    if (m_everyKey) {
        // The content is every other key in the same order: copy it in two pieces with the
        // checksum between them (a page's 250 records took 56 small appends each).
        const bool first = m_beforeChecksum < 0;
        const qsizetype cut = first ? 1 : m_spans[m_beforeChecksum].end;
        out.append(m_content.constData(), cut);
        if (!first)
            out.append(',');
        out.append(prefixes.at(Checksum));
        out.append(checksum, sizeof(checksum));
        if (first)
            out.append(',');
        out.append(m_content.constData() + cut, m_content.size() - cut);
        return;
    }
    m_row.clear();
    m_row.append('{');
    bool first = true;
    for (const Field field : std::as_const(m_selected)) {
        if (!first)
            m_row.append(',');
        first = false;
        m_row.append(prefixes.at(field));
        if (field == Checksum)
            m_row.append(checksum, sizeof(checksum));
        else
            m_row.append(m_content.constData() + m_spans[field].start,
                         m_spans[field].end - m_spans[field].start);
    }
    m_row.append('}');
    out.append(m_row.view());
}

QList<int> NumberJsonWriter::fieldsOf(const QStringList &columns)
{
    QList<int> fields;
    fields.reserve(columns.size());
    for (const QString &column : columns) {
        int found = -1;
        for (int field = 0; field < kKeyCount && found < 0; ++field) {
            if (column == QLatin1String(kKeys[field]))
                found = field;
        }
        fields.append(found);
    }
    return fields;
}

void NumberJsonWriter::writeCsvRow(const StoredNumberRow &row, const QList<int> &fields,
                                   QByteArray &out)
{
    writeContent(row, Keys::Skipped); // only the values are read
    char checksum[34];
    if (fields.contains(Checksum))
        writeChecksum(row, checksum);
    m_row.clear();
    bool first = true;
    for (const int field : fields) {
        if (!first)
            m_row.append(',');
        first = false;
        if (field < 0)
            continue;
        const QByteArrayView json =
            field == Checksum ? QByteArrayView(checksum, sizeof(checksum))
                              : QByteArrayView(m_content.constData() + m_spans[field].start,
                                               m_spans[field].end - m_spans[field].start);
        appendCsvCell(m_row, json);
    }
    m_row.append("\r\n", 2);
    out.append(m_row.view());
}

} // namespace numdesk::sandbox
