#include "simdpagedecoder.h"

#include "textblock.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

namespace numdesk {

namespace {

namespace od = simdjson::ondemand;

constexpr double kLargestExactInteger = 9007199254740992.0; // 2^53

QString textOf(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

bool isNull(od::value &value)
{
    bool null = false;
    return !value.is_null().get(null) && null;
}

// A scalar, object or list exactly as QJsonDocument reads it (a value of a key this version
// does not know, or the metadata): parsed by Qt from its raw JSON, so it compares equal with
// the general decoder's. Rare; the known columns never come here.
std::optional<QJsonValue> qtValueOf(std::string_view raw)
{
    QByteArray wrapped;
    wrapped.reserve(qsizetype(raw.size()) + 2);
    wrapped.append('[').append(raw.data(), qsizetype(raw.size())).append(']');
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() ||
        document.array().size() != 1)
        return std::nullopt;
    return document.array().first();
}

// A value's JSON as it stands in the page: a scalar's token (the value is not read yet) or a whole
// object or list (read past).
bool rawOf(od::value &value, od::json_type *type, std::string_view *raw)
{
    if (value.type().get(*type))
        return false;
    if (*type == od::json_type::object) {
        od::object object;
        return !value.get_object().get(object) && !object.raw_json().get(*raw);
    }
    if (*type == od::json_type::array) {
        od::array array;
        return !value.get_array().get(array) && !array.raw_json().get(*raw);
    }
    *raw = value.raw_json_token();
    return true;
}

// The value of a key this version does not know, as QJsonDocument reads it; `type` and `raw`
// from rawOf.
std::optional<QJsonValue> anyValue(od::value &value, od::json_type type, std::string_view raw)
{
    switch (type) {
    case od::json_type::object:
    case od::json_type::array:
        break;
    // A boolean, null or string is the same QJsonValue however it is made (a record's
    // delete_prevention is one): built here, not through a QJsonDocument of its own.
    case od::json_type::boolean: {
        bool b = false;
        if (value.get_bool().get(b))
            return std::nullopt;
        return QJsonValue(b);
    }
    case od::json_type::null:
        if (!isNull(value))
            return std::nullopt;
        return QJsonValue(QJsonValue::Null);
    case od::json_type::string: {
        std::string_view text;
        if (value.get_string().get(text))
            return std::nullopt;
        return QJsonValue(textOf(text));
    }
    default: {
        // A number: Qt's reading of it (integer or double, and its rounding) is kept by
        // letting Qt read it. Read here too: a value left unread is skipped without a check.
        od::number number;
        if (value.get_number().get(number))
            return std::nullopt;
        break;
    }
    }
    return qtValueOf(raw);
}

// The rules of PhoneNumber::fromJson for an integer column; false where it would refuse the
// value or where Qt might read it differently (left to the general decoder).
bool readInteger(od::value &value, std::optional<qint64> *out)
{
    // The common cases first, each a single look at the value: a failed get_int64 or is_null
    // leaves it where it was for the general reading below.
    // As below, the integer goes through a double, the way Qt holds it.
    int64_t whole = 0;
    if (!value.get_int64().get(whole) && std::abs(double(whole)) <= kLargestExactInteger) {
        *out = qint64(double(whole));
        return true;
    }
    if (isNull(value)) {
        out->reset();
        return true;
    }
    od::json_type type;
    if (value.type().get(type))
        return false;
    switch (type) {
    case od::json_type::null:
        out->reset();
        return isNull(value);
    case od::json_type::number: {
        od::number_type kind;
        if (value.get_number_type().get(kind))
            return false;
        if (kind == od::number_type::signed_integer) {
            // Qt holds every JSON number as a double: 2^53 + 1 reads as 2^53 there, so here too.
            int64_t n = 0;
            if (value.get_int64().get(n))
                return false;
            const double d = double(n);
            if (std::abs(d) > kLargestExactInteger)
                return false;
            *out = qint64(d);
            return true;
        }
        if (kind == od::number_type::floating_point_number) {
            double d = 0;
            if (value.get_double().get(d) || d != std::floor(d) ||
                std::abs(d) > kLargestExactInteger)
                return false;
            *out = qint64(d);
            return true;
        }
        return false; // past int64: the general decoder says why
    }
    case od::json_type::string: {
        std::string_view text;
        if (value.get_string().get(text))
            return false;
        bool ok = false;
        const qint64 n = textOf(text).trimmed().toLongLong(&ok);
        if (!ok)
            return false;
        *out = n;
        return true;
    }
    default:
        return false;
    }
}

// The last text read for each column, as bytes and as QString: on a page many records share a
// value (country, type, provider key, a description), and an equal one shares the QString (no
// allocation, no UTF-8 conversion). The bytes live in the parser's string buffer for the page.
// A column whose values keep differing (a uuid, a time) stops being compared after kGiveUp
// misses without a hit: for it the comparison and the kept copy would be pure cost.
struct TextMemo
{
    static constexpr int kGiveUp = 8;
    std::string_view bytes[32];
    QString text[32];
    int misses[32] = {};
};

void keepText(std::string_view text, QString *out, int index, TextMemo *memo, TextBlock *texts)
{
    int &misses = memo->misses[index];
    if (misses >= TextMemo::kGiveUp) {
        texts->add(text, out);
    } else if (!memo->text[index].isNull() && memo->bytes[index] == text) {
        *out = memo->text[index];
        misses = -1; // once it has paid, it is kept for the page
    } else {
        memo->bytes[index] = text;
        texts->add(text, out, &memo->text[index]);
        if (misses >= 0)
            ++misses;
    }
}

bool readText(od::value &value, QString *out, int index, TextMemo *memo, TextBlock *texts)
{
    // A string or null first, each a single look at the value (a failed get_raw_json_string
    // leaves it where it was); a string whose escapes are wrong is refused.
    std::string_view text;
    const simdjson::error_code error = value.get_string().get(text);
    if (!error) {
        keepText(text, out, index, memo, texts);
        return true;
    }
    if (error != simdjson::INCORRECT_TYPE)
        return false;
    od::json_type type;
    if (value.type().get(type))
        return false;
    switch (type) {
    case od::json_type::null:
        *out = QString();
        return isNull(value);
    case od::json_type::number: { // an extension or area code sent as a number
        double d = 0;
        if (value.get_double().get(d))
            return false;
        *out = QString::number(d, 'g', 17);
        return true;
    }
    case od::json_type::boolean: {
        bool b = false;
        if (value.get_bool().get(b))
            return false;
        *out = b ? QStringLiteral("true") : QStringLiteral("false");
        return true;
    }
    default:
        return false;
    }
}

// token_values as a list of "key:value" strings, a comma-separated string or null; the other
// forms (objects) go to the general decoder. A list's texts join the record's TextBlock.
bool readTokens(od::value &value, QStringList *out, std::vector<std::string_view> *parts,
                TextBlock *texts)
{
    od::json_type type;
    if (value.type().get(type))
        return false;
    out->clear();
    if (type == od::json_type::null)
        return isNull(value);
    if (type == od::json_type::string) {
        std::string_view text;
        if (value.get_string().get(text))
            return false;
        const QString joined = textOf(text);
        for (const QString &part : joined.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out->append(part.trimmed());
        return true;
    }
    if (type != od::json_type::array)
        return false;
    od::array array;
    if (value.get_array().get(array))
        return false;
    parts->clear();
    for (auto element : array) {
        std::string_view text;
        if (element.get_string().get(text))
            return false;
        parts->push_back(text);
    }
    out->resize(qsizetype(parts->size())); // not resized again before the texts are set
    for (size_t i = 0; i < parts->size(); ++i)
        texts->add((*parts)[i], &(*out)[qsizetype(i)]);
    return true;
}

// The keys that are no column, of the record read last: their names and JSON as they stand in the
// page, their values, and the object made of them. Records mostly repeat them (the sandbox's
// delete_prevention): a record whose keys and bytes are the same shares that object.
struct ExtraMemo
{
    struct Entry
    {
        std::string_view key;
        std::string_view raw;
        QJsonValue value;
    };
    std::vector<Entry> last;
    QJsonObject object;
    std::vector<Entry> current; // the record being read (kept to reuse its storage)
};

// What the records of one page have in common: the order of their keys (a record's k-th key is
// first compared with the previous record's k-th), their repeated texts and their other keys.
struct PageContext
{
    int order[64];
    std::string_view orderKey[64]; // the key seen at each position; order[] is its column or -1
    TextMemo memo;
    ExtraMemo extras;
    TextBlock texts;                      // the texts of the record being read
    std::vector<std::string_view> tokens; // its token_values list, as read
    // Off for a document of one record: nothing is learnt from its keys and texts, as no
    // record follows to use it (a snapshot's records are read one by one).
    bool learns = true;
    explicit PageContext(bool oneRecord = false)
        : learns(!oneRecord)
    {
        std::fill(std::begin(order), std::end(order), -2);
        if (oneRecord)
            std::fill(std::begin(memo.misses), std::end(memo.misses), TextMemo::kGiveUp);
    }
};

// The column of a record's key at `position` (-1: no column) and the key itself; -2 when the key
// cannot be read. The key is first compared, as it stands in the page, with the one the previous
// record had there: no copy, no search of the columns.
int columnOf(od::field &field, int position, PageContext *page, std::string_view *key)
{
    const bool tracked = page->learns && position < int(std::size(page->order));
    if (tracked && page->order[position] != -2 &&
        field.key().unsafe_is_equal(page->orderKey[position])) {
        *key = page->orderKey[position];
        return page->order[position];
    }
    if (field.unescaped_key().get(*key))
        return -2;
    const int index = PhoneNumber::fieldIndex(QLatin1String(key->data(), qsizetype(key->size())));
    // Only a key without a quote or backslash compares with the page's bytes as it is; an
    // unescaped key stays in the parser's buffer for the whole page.
    if (tracked && key->find_first_of("\\\"") == std::string_view::npos) {
        page->order[position] = index;
        page->orderKey[position] = *key;
    }
    return index;
}

// The record's other keys into `extra`, from the values of the previous record it repeats.
void insertExtras(const std::vector<ExtraMemo::Entry> &entries, QJsonObject *extra)
{
    for (const ExtraMemo::Entry &entry : entries)
        extra->insert(textOf(entry.key), entry.value);
}

// Reads the columns whose bit is set in `wanted` and, when all are wanted, the keys that are no
// column (into `extra`); the rest are skipped unread. The texts are queued in page->texts.
bool readFields(od::object object, PhoneNumber *number, PageContext *page, quint32 wanted)
{
    ExtraMemo &extras = page->extras;
    extras.current.clear();
    bool repeats = true; // the other keys so far are the previous record's, byte for byte
    int position = 0;
    for (auto result : object) {
        od::field field;
        if (std::move(result).get(field))
            return false;
        std::string_view key;
        const int index = columnOf(field, position++, page, &key);
        if (index == -2)
            return false;
        if (index < 0 ? wanted != SimdPageDecoder::kAllFields : !(wanted & (1u << index)))
            continue;
        od::value &value = field.value();
        if (index < 0) {
            od::json_type type;
            std::string_view raw;
            if (!rawOf(value, &type, &raw))
                return false;
            const size_t at = extras.current.size();
            if (repeats && at < extras.last.size() && extras.last[at].key == key &&
                extras.last[at].raw == raw) {
                // The same bytes as a value already read and checked: not read again.
                extras.current.push_back(extras.last[at]);
                continue;
            }
            if (repeats)
                insertExtras(extras.current, &number->extra);
            repeats = false;
            const QString name = textOf(key);
            if (number->extra.contains(name))
                return false; // a repeated key: Qt keeps one of them, let it choose
            std::optional<QJsonValue> extra = anyValue(value, type, raw);
            if (!extra)
                return false;
            number->extra.insert(name, *extra);
            extras.current.push_back({key, raw, *extra});
            continue;
        }
        if (number->present & (1u << index))
            return false;
        bool ok = false;
        switch (PhoneNumber::fieldKind(index)) {
        case PhoneNumber::FieldKind::Integer:
            ok = readInteger(value, number->integerField(index));
            break;
        case PhoneNumber::FieldKind::Text:
            ok = readText(value, number->textField(index), index, &page->memo, &page->texts);
            break;
        case PhoneNumber::FieldKind::Tokens:
            ok = readTokens(value, &number->tokenValues, &page->tokens, &page->texts);
            break;
        }
        if (!ok)
            return false;
        number->present |= 1u << index;
    }
    if (repeats && extras.current.size() == extras.last.size()) {
        number->extra = extras.object; // shared, not copied
        return true;
    }
    if (repeats)
        insertExtras(extras.current, &number->extra);
    extras.last.swap(extras.current);
    extras.object = number->extra;
    return true;
}

// Reads the columns whose bit is set in `wanted` (every one by default) and, when all are
// wanted, the keys that are no column (into `extra`); the rest are skipped unread.
bool readRecord(od::object object, PhoneNumber *number, PageContext *page,
                quint32 wanted = SimdPageDecoder::kAllFields)
{
    page->texts.clear();
    if (!readFields(object, number, page, wanted))
        return false; // the page is refused: the texts queued are never set
    page->texts.finish();
    return true;
}

bool readRecords(od::array array, QList<PhoneNumber> *numbers)
{
    size_t count = 0;
    if (array.count_elements().get(count))
        return false;
    numbers->reserve(numbers->size() + qsizetype(count));
    PageContext page;
    for (auto element : array) {
        od::object object;
        if (element.get_object().get(object))
            return false;
        numbers->emplace_back();
        if (!readRecord(object, &numbers->back(), &page))
            return false;
    }
    return true;
}

bool readEnvelope(od::object envelope, SimdPageDecoder::Page *page)
{
    bool haveRecords = false;
    bool haveMetadata = false;
    for (auto field : envelope) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return false;
        od::value value;
        if (field.value().get(value))
            return false;
        if (key == "numbers" || key == "phone_numbers") {
            // Both lists, or one twice: the general decoder picks by its own order.
            od::array array;
            if (haveRecords || value.get_array().get(array) || !readRecords(array, &page->numbers))
                return false;
            haveRecords = true;
        } else if (key == "metadata") {
            od::object object;
            std::string_view raw;
            if (haveMetadata || value.get_object().get(object) || object.raw_json().get(raw))
                return false;
            const std::optional<QJsonValue> metadata = qtValueOf(raw);
            if (!metadata || !metadata->isObject())
                return false;
            page->metadata = metadata->toObject();
            haveMetadata = true;
        } else {
            return false; // skipped values are not validated here: the general decoder reads it
        }
    }
    return haveRecords;
}

} // namespace

namespace {

// Starts reading `body` with this thread's parser. simdjson reads past the end in blocks: it
// needs its padding, which a QByteArray lacks. One buffer per thread, grown as needed: no
// allocation per page.
bool iterate(const QByteArray &body, od::document *document)
{
    thread_local od::parser parser;
    thread_local std::vector<char> buffer;
    const size_t size = size_t(body.size());
    if (buffer.size() < size + simdjson::SIMDJSON_PADDING)
        buffer.resize(size + simdjson::SIMDJSON_PADDING);
    std::copy(body.constData(), body.constData() + size, buffer.data());
    std::fill(buffer.data() + size, buffer.data() + size + simdjson::SIMDJSON_PADDING, ' ');
    return !parser.iterate(simdjson::padded_string_view(buffer.data(), size, buffer.size()))
                .get(*document);
}

// Past the value nothing but white space may follow (then there is no current location);
// anything else the general decoder names.
bool atEnd(od::document &document)
{
    const char *after = nullptr;
    return bool(document.current_location().get(after));
}

} // namespace

std::optional<SimdPageDecoder::Page> SimdPageDecoder::decode(const QByteArray &body)
{
    od::document document;
    if (!iterate(body, &document))
        return std::nullopt;
    od::json_type type;
    if (document.type().get(type))
        return std::nullopt;
    Page page;
    if (type == od::json_type::array) {
        od::array array;
        if (document.get_array().get(array) || !readRecords(array, &page.numbers))
            return std::nullopt;
    } else if (type == od::json_type::object) {
        od::object envelope;
        if (document.get_object().get(envelope) || !readEnvelope(envelope, &page))
            return std::nullopt;
        page.enveloped = true;
    } else {
        return std::nullopt;
    }
    if (!atEnd(document))
        return std::nullopt;
    return page;
}

std::optional<PhoneNumber> SimdPageDecoder::decodeRecord(const QByteArray &body, quint32 fields)
{
    od::document document;
    od::object object;
    if (!iterate(body, &document) || document.get_object().get(object))
        return std::nullopt;
    PageContext context(true); // its texts are this document's: never kept from one to the next
    PhoneNumber number;
    if (!readRecord(object, &number, &context, fields) || !atEnd(document))
        return std::nullopt;
    return number;
}

} // namespace numdesk
