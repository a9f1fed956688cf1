// SimdPageDecoder (simdjson) against the general QJsonDocument decoder it stands in front of:
// decode::numberPage must answer exactly what decode::numberPageGeneral answers — the same
// records (every field, null and empty texts told apart, `extra`, `present`), the same metadata,
// the same error text — for every test and fuzz input, for hand-made edge cases, and for pages
// generated at random. And the fast path must really be taken for the pages the service sends.
#include "responsedecoder.h"
#include "simdpagedecoder.h"
#include "testhelpers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace numdesk;

namespace {

// Why two outcomes differ, or an empty string when they are the same.
QString difference(const Result<NumberPage> &fast, const Result<NumberPage> &general)
{
    if (fast.ok() != general.ok())
        return QStringLiteral("one decoded, the other failed: %1")
            .arg(fast.ok() ? general.error().message : fast.error().message);
    if (!fast.ok())
        return fast.error().message == general.error().message &&
                       fast.error().kind == general.error().kind
                   ? QString()
                   : QStringLiteral("errors differ: '%1' / '%2'")
                         .arg(fast.error().message, general.error().message);
    const NumberPage &a = fast.value();
    const NumberPage &b = general.value();
    if (!(a.meta == b.meta))
        return QStringLiteral("metadata differs");
    if (a.numbers.size() != b.numbers.size())
        return QStringLiteral("%1 records / %2").arg(a.numbers.size()).arg(b.numbers.size());
    for (qsizetype i = 0; i < a.numbers.size(); ++i) {
        // toJson tells a null text from an empty one, which operator== (QString's) does not.
        if (a.numbers[i] != b.numbers[i] || a.numbers[i].toJson() != b.numbers[i].toJson())
            return QStringLiteral("record %1 differs: %2 / %3")
                .arg(i)
                .arg(QString::fromUtf8(QJsonDocument(a.numbers[i].toJson()).toJson()),
                     QString::fromUtf8(QJsonDocument(b.numbers[i].toJson()).toJson()));
    }
    return {};
}

QByteArray page(const QByteArray &records, const QByteArray &rest = {})
{
    return "{\"numbers\":[" + records + "]" + rest + "}";
}

// One value for a column, drawn from the forms a server might send (right and wrong ones).
QJsonValue randomValue(QRandomGenerator &random, const QString &key)
{
    static const QList<QJsonValue> anything = {
        QJsonValue(),
        QJsonValue(0),
        QJsonValue(-1),
        QJsonValue(qint64(9007199254740992)),
        QJsonValue(9007199254740994.0),
        QJsonValue(2.5),
        QJsonValue(5.0),
        QJsonValue(1e300),
        QJsonValue(-0.0),
        QJsonValue(true),
        QJsonValue(false),
        QJsonValue(QString()),
        QJsonValue(QStringLiteral(" 42 ")),
        QJsonValue(QStringLiteral("12x")),
        QJsonValue(QStringLiteral("Müller \"☎\" \\ / \n\t\u0001 😀")),
        QJsonValue(QString(QChar(0))),
        QJsonValue(QStringLiteral("interest:auto, geo:800,,")),
        QJsonValue(QJsonArray{QStringLiteral("a:1"), QStringLiteral("b:2")}),
        QJsonValue(QJsonArray{QStringLiteral("a:1"), 7}),
        QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("k")},
                                          {QStringLiteral("value"), 3}}}),
        QJsonValue(
            QJsonObject{{QStringLiteral("geo"), QStringLiteral("800")}, {QStringLiteral("a"), 1}}),
        QJsonValue(QJsonArray{}),
        QJsonValue(QJsonObject{}),
    };
    // Mostly well-formed values, so that whole pages decode and the fields are compared.
    if (random.bounded(40) != 0) {
        const QByteArray latin = key.toLatin1();
        const int index = PhoneNumber::fieldIndex(QLatin1String(latin));
        const PhoneNumber::FieldKind kind =
            index >= 0 ? PhoneNumber::fieldKind(index) : PhoneNumber::FieldKind::Text;
        switch (kind) {
        case PhoneNumber::FieldKind::Integer:
            return random.bounded(5) == 0 ? QJsonValue()
                                          : QJsonValue(qint64(random.bounded(1, 100000000)));
        case PhoneNumber::FieldKind::Text: {
            // ASCII texts of every length around 16 (TextBlock widens them 16 at a time) and
            // texts that are not ASCII, side by side in a record.
            const int n = random.bounded(1000);
            switch (random.bounded(4)) {
            case 0:
                return QJsonValue();
            case 1:
                return QJsonValue(QStringLiteral("t%1 ü").arg(n));
            default:
                return QJsonValue(QStringLiteral("t%1-").arg(n).leftJustified(random.bounded(1, 40),
                                                                              QLatin1Char('x')));
            }
        }
        case PhoneNumber::FieldKind::Tokens:
            return QJsonArray{QStringLiteral("geo:%1").arg(random.bounded(1000))};
        }
    }
    return anything[random.bounded(int(anything.size()))];
}

QByteArray randomPage(QRandomGenerator &random)
{
    QStringList keys;
    for (int i = 0; !PhoneNumber::fieldKey(i).isEmpty(); ++i)
        keys << QString(PhoneNumber::fieldKey(i));
    keys << QStringLiteral("carrier") << QStringLiteral("tags");
    QJsonArray records;
    const int count = random.bounded(0, 6);
    for (int r = 0; r < count; ++r) {
        QJsonObject record;
        for (const QString &key : keys) {
            if (random.bounded(6) != 0)
                record.insert(key, randomValue(random, key));
        }
        records.append(record);
    }
    if (random.bounded(5) == 0)
        return QJsonDocument(records).toJson(QJsonDocument::Compact);
    QJsonObject metadata{{QStringLiteral("total_count"), random.bounded(100000)},
                         {QStringLiteral("per_page"), 250}};
    if (random.bounded(3) == 0)
        metadata.insert(QStringLiteral("total_pages"), QStringLiteral("many"));
    const QString root =
        random.bounded(3) == 0 ? QStringLiteral("phone_numbers") : QStringLiteral("numbers");
    QJsonObject envelope{{root, records}};
    if (random.bounded(4) != 0)
        envelope.insert(QStringLiteral("metadata"), metadata);
    return QJsonDocument(envelope).toJson(random.bounded(2) ? QJsonDocument::Compact
                                                            : QJsonDocument::Indented);
}

} // namespace

class TestSimdPageDecoder : public QObject
{
    Q_OBJECT

private slots:
    void takesTheFastPathForServicePages_data();
    void takesTheFastPathForServicePages();
    void sameAsGeneralDecoderOnFiles_data();
    void sameAsGeneralDecoderOnFiles();
    void sameAsGeneralDecoderOnEdgeCases_data();
    void sameAsGeneralDecoderOnEdgeCases();
    void sameAsGeneralDecoderOnRandomPages();
    void sameRecordsAsPhoneNumberFromJson();
    void decodedTextsAreOrdinaryStrings();
};

void TestSimdPageDecoder::takesTheFastPathForServicePages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("records");
    QTest::newRow("numbers envelope")
        << test::readTestData(QStringLiteral("list_numbers_envelope.json")) << 2;
    QTest::newRow("phone_numbers envelope")
        << test::readTestData(QStringLiteral("list_phone_numbers_envelope.json")) << 1;
    QTest::newRow("bare list") << test::readTestData(QStringLiteral("list_bare.json")) << 2;
    QTest::newRow("every column") << "[" + test::readTestData(QStringLiteral("full_record.json")) +
                                         "]"
                                  << 1;
    QTest::newRow("unknown keys, escaped key, numbers as text")
        << page(R"({"id":"7","n\u0061me":"x","carrier":{"a":[1,2]},"tags":["q"],)"
                R"("extension":12,"area_code_id":3.0,"token_values":"a:1, b:2"})",
                R"(,"metadata":{"total_count":1})")
        << 1;
}

void TestSimdPageDecoder::takesTheFastPathForServicePages()
{
    QFETCH(QByteArray, body);
    QFETCH(int, records);
    const std::optional<SimdPageDecoder::Page> fast = SimdPageDecoder::decode(body);
    QVERIFY2(fast.has_value(), "the simdjson path declined a page of the service's shape");
    QCOMPARE(fast->numbers.size(), records);
    const QString why = difference(decode::numberPage(body), decode::numberPageGeneral(body));
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestSimdPageDecoder::sameAsGeneralDecoderOnFiles_data()
{
    QTest::addColumn<QString>("path");
    const QString data = QStringLiteral(NUMDESK_TEST_DATA_DIR);
    for (const QString &folder : {data, data + QStringLiteral("/../fuzz/corpus/responsedecoder")}) {
        const QDir dir(folder);
        QVERIFY(dir.exists());
        for (const QString &name : dir.entryList(QDir::Files))
            QTest::newRow(qPrintable(dir.dirName() + QLatin1Char('/') + name))
                << dir.filePath(name);
    }
}

void TestSimdPageDecoder::sameAsGeneralDecoderOnFiles()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray body = file.readAll();
    const QString why = difference(decode::numberPage(body), decode::numberPageGeneral(body));
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestSimdPageDecoder::sameAsGeneralDecoderOnEdgeCases_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << QByteArray(" \n\t ");
    QTest::newRow("html") << QByteArray("<html><title>Bad gateway</title></html>");
    QTest::newRow("empty list") << QByteArray("[]");
    QTest::newRow("empty envelope") << QByteArray("{}");
    QTest::newRow("scalar") << QByteArray("42");
    QTest::newRow("cut off") << page(R"({"id":1,"name":"a)");
    QTest::newRow("garbage after") << QByteArray(R"([{"id":1}] x)");
    QTest::newRow("two documents") << QByteArray(R"([{"id":1}] [])");
    QTest::newRow("form feed around") << QByteArray("\f[{\"id\":1}]\f");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF[{\"id\":1}]");
    QTest::newRow("both roots") << QByteArray(
        R"({"phone_numbers":[{"id":2}],"numbers":[{"id":1}]})");
    QTest::newRow("root twice") << QByteArray(R"({"numbers":[{"id":2}],"numbers":[{"id":1}]})");
    QTest::newRow("root not a list") << QByteArray(R"({"numbers":{"id":1}})");
    QTest::newRow("other envelope key")
        << QByteArray(R"({"numbers":[{"id":1}],"links":{"next":"x"}})");
    QTest::newRow("metadata not an object") << page(R"({"id":1})", R"(,"metadata":[1])");
    QTest::newRow("metadata twice")
        << page(R"({"id":1})", R"(,"metadata":{"total_count":1},"metadata":{"total_count":2})");
    QTest::newRow("metadata huge count")
        << page(R"({"id":1})", R"(,"metadata":{"total_count":9007199254740993,"per_page":-1})");
    QTest::newRow("record not an object") << page(R"({"id":1},7)");
    QTest::newRow("duplicate column") << page(R"({"id":1,"id":2})");
    QTest::newRow("duplicate column, escaped") << page(R"({"name":"a","n\u0061me":"b"})");
    QTest::newRow("duplicate unknown key") << page(R"({"x":1,"x":2})");
    QTest::newRow("id past 2^53") << page(R"({"id":9007199254740993})");
    QTest::newRow("id at -2^53") << page(R"({"id":-9007199254740992})");
    QTest::newRow("id past int64") << page(R"({"id":18446744073709551615})");
    QTest::newRow("id huge") << page(R"({"id":1e400})");
    QTest::newRow("id fraction") << page(R"({"id":2.5})");
    QTest::newRow("id exponent") << page(R"({"id":1e3})");
    QTest::newRow("id negative zero") << page(R"({"id":-0.0})");
    QTest::newRow("id text") << page(R"({"id":" 12 "})");
    QTest::newRow("id bad text") << page(R"({"id":"12a"})");
    QTest::newRow("id bool") << page(R"({"id":true})");
    QTest::newRow("name object") << page(R"({"name":{"a":1}})");
    QTest::newRow("name number") << page(R"({"name":1.5e-7})");
    QTest::newRow("name big number") << page(R"({"name":123456789012345678901234567890})");
    QTest::newRow("name bool") << page(R"({"name":false})");
    QTest::newRow("name empty vs null") << page(R"({"name":"","description":null})");
    QTest::newRow("name NUL escape") << page(R"({"name":"a\u0000b"})");
    QTest::newRow("name raw control") << page("{\"name\":\"a\x01b\"}");
    QTest::newRow("name lone surrogate") << page(R"({"name":"\ud800"})");
    QTest::newRow("name surrogate pair") << page(R"({"name":"\ud83d\ude00"})");
    QTest::newRow("name bad UTF-8") << page("{\"name\":\"a\xff\"}");
    QTest::newRow("name bad escape") << page(R"({"name":"\q"})");
    QTest::newRow("tokens object") << page(R"({"token_values":{"geo":"800","a":1}})");
    QTest::newRow("tokens mixed") << page(R"({"token_values":["a:1",{"key":"b","value":2}]})");
    QTest::newRow("tokens number") << page(R"({"token_values":5})");
    QTest::newRow("tokens string") << page(R"({"token_values":" a:1 ,,b:2"})");
    QTest::newRow("unknown key of every type")
        << page(R"({"a":null,"b":true,"c":1,"d":1.5,"e":"x","f":[1,{"g":null}],"h":{}})");
    QTest::newRow("unknown key bad literal") << page(R"({"a":tru})");
    QTest::newRow("unknown key, then a colon") << page(R"({"a":"x": 1, "id":1})");
    QTest::newRow("unknown object, then a colon") << page(R"({"a":{"b":1}: 1, "id":1})");
    QTest::newRow("known key, then a colon") << page(R"({"name":"x": 1, "id":1})");
    QTest::newRow("unknown key bad number") << page(R"({"a":01})");
    QTest::newRow("unknown nested bad") << page(R"({"a":[1,tru]})");
    QTest::newRow("deep nesting") << page("{\"a\":" + QByteArray(2000, '[') +
                                          QByteArray(2000, ']') + "}");
    QTest::newRow("empty key") << page(R"({"":1,"id":1})");
    QTest::newRow("trailing comma") << page(R"({"id":1},)");
    // A record's keys are first compared with the previous record's, and its unknown keys
    // share the previous record's values when their bytes are the same.
    QTest::newRow("escaped key where a plain one was")
        << page(R"({"id":1,"name":"a"},{"id":2,"n\u0061me":"b"},{"id":3,"name":"c"})");
    QTest::newRow("unknown keys repeated, changed, gone, moved")
        << page(R"({"x":false,"id":1},{"x":false,"id":2},{"x":true,"id":3},{"id":4},)"
                R"({"x":false,"y":[1],"id":5},{"x":false,"y":[1],"id":6},)"
                R"({"y":[1],"x":false,"id":7},{"y":[1],"id":8},{"y":[1 ],"id":9})");
    QTest::newRow("unknown key repeated, then bad")
        << page(R"({"x":false,"id":1},{"x":fals,"id":2})");
    QTest::newRow("unknown number repeated") << page(R"({"c":1.50},{"c":1.50},{"c":1.5})");
    QTest::newRow("unknown key twice after a repeated one")
        << page(R"({"x":1,"y":2},{"x":1,"x":3})");
    QTest::newRow("unknown key again after repeated ones")
        << page(R"({"x":1,"y":2},{"x":1,"y":2,"x":1})");
    QTest::newRow("unknown keys with a quote and a backslash")
        << page(R"({"a\\":1,"id":1},{"a\"b":1,"id":2},{"a\\\"":1,"id":3},{"a\"b":1,"id":4})");
    QTest::newRow("texts that repeat, then differ")
        << page(R"({"country":"US","uuid":"a"},{"country":"US","uuid":"b"},)"
                R"({"country":"GB","uuid":"c"},{"country":"US","uuid":"d"},)"
                R"({"country":null,"uuid":"e"},{"country":"","uuid":"e"},{"country":"US"})");
    QByteArray many; // past the misses after which a column's texts are no longer compared
    for (int i = 0; i < 40; ++i)
        many += QByteArray(i ? "," : "") + R"({"uuid":"u)" + QByteArray::number(i) +
                R"(","type":")" +
                (i < 20  ? "A"
                 : i % 2 ? "B"
                         : "C") +
                R"(","name":")" + (i % 3 ? QByteArray("n") : QByteArray::number(i)) + R"("})";
    QTest::newRow("texts compared, then no longer") << page(many);
}

void TestSimdPageDecoder::sameAsGeneralDecoderOnEdgeCases()
{
    QFETCH(QByteArray, body);
    const QString why = difference(decode::numberPage(body), decode::numberPageGeneral(body));
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestSimdPageDecoder::sameAsGeneralDecoderOnRandomPages()
{
    QRandomGenerator random(20261203); // fixed: a failure names a page that fails again
    int fast = 0;
    for (int i = 0; i < 3000; ++i) {
        const QByteArray body = randomPage(random);
        const QString why = difference(decode::numberPage(body), decode::numberPageGeneral(body));
        QVERIFY2(
            why.isEmpty(),
            qPrintable(QStringLiteral("page %1: %2\n%3").arg(i).arg(why, QString::fromUtf8(body))));
        fast += SimdPageDecoder::decode(body).has_value();
    }
    // The pages are mostly well formed: most must have been read by simdjson, or the
    // comparison above compared the general decoder with itself.
    QVERIFY2(fast > 1000, qPrintable(QString::number(fast)));
}

// decodeRecord, the reader of the records a snapshot keeps: a record alone reads as
// PhoneNumber::fromJson reads it, or is declined; read for some columns only, those columns
// read the same and nothing else is read.
void TestSimdPageDecoder::sameRecordsAsPhoneNumberFromJson()
{
    QRandomGenerator random(20261204);
    int fast = 0;
    int projected = 0;
    const int idField = PhoneNumber::fieldIndex(QLatin1String("id"));
    int columns = 0;
    while (!PhoneNumber::fieldKey(columns).isEmpty())
        ++columns;
    for (int i = 0; i < 3000; ++i) {
        QJsonParseError error{};
        const QJsonDocument page = QJsonDocument::fromJson(randomPage(random), &error);
        QVERIFY(error.error == QJsonParseError::NoError);
        const QJsonArray records =
            page.isArray() ? page.array()
                           : page.object().value(QLatin1String("numbers")).toArray() +
                                 page.object().value(QLatin1String("phone_numbers")).toArray();
        for (const QJsonValue &value : records) {
            const QByteArray body =
                QJsonDocument(value.toObject())
                    .toJson(random.bounded(2) ? QJsonDocument::Compact : QJsonDocument::Indented);
            const std::optional<PhoneNumber> general = PhoneNumber::fromJson(value.toObject());
            const std::optional<PhoneNumber> whole = SimdPageDecoder::decodeRecord(body);
            if (whole) {
                ++fast;
                QVERIFY2(general, body.constData());
                QVERIFY2(*whole == *general && whole->toJson() == general->toJson(),
                         body.constData());
            }
            const int field = int(random.bounded(columns));
            const quint32 wanted = (1u << idField) | (1u << field);
            const std::optional<PhoneNumber> part = SimdPageDecoder::decodeRecord(body, wanted);
            if (!part || !general)
                continue;
            ++projected;
            const QJsonObject read = part->toJson();
            const QJsonObject all = general->toJson();
            for (auto it = read.begin(); it != read.end(); ++it) {
                const int index = PhoneNumber::fieldIndex(QLatin1String(it.key().toLatin1()));
                QVERIFY2(index == idField || index == field, qPrintable(it.key()));
                QVERIFY2(all.value(it.key()) == it.value(), body.constData());
            }
            for (const int index : {idField, field}) {
                const QString key = PhoneNumber::fieldKey(index);
                QCOMPARE(read.contains(key), all.contains(key));
            }
        }
    }
    // Mostly well-formed records: most must have been read by simdjson.
    QVERIFY2(fast > 2000, qPrintable(QString::number(fast)));
    QVERIFY2(projected > 2000, qPrintable(QString::number(projected)));
}

// A record's texts share one allocation (TextBlock): each still ends in '\0', changes alone and
// outlives the page and the other records.
void TestSimdPageDecoder::decodedTextsAreOrdinaryStrings()
{
    PhoneNumber kept;
    {
        const QByteArray body =
            page(R"({"id":1,"name":"First line","number":"+18005550100","uuid":"d1d37dac-9a42-)"
                 R"(46c5-a75e-7eb098501046","token_values":["geo:800","state:NY"]},)"
                 R"({"id":2,"name":"Second line","number":"+18005550101"})");
        std::optional<SimdPageDecoder::Page> decoded = SimdPageDecoder::decode(body);
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->numbers.size(), 2);
        PhoneNumber &first = decoded->numbers[0];
        for (const QString *text : {&first.name, &first.number, &first.uuid})
            QCOMPARE(text->utf16()[text->size()], u'\0');
        kept = first;
        first.name.append(QStringLiteral(" (edited)"));
        first.tokenValues[0] = QStringLiteral("geo:900");
        QCOMPARE(first.name, QStringLiteral("First line (edited)"));
        QCOMPARE(first.number, QStringLiteral("+18005550100"));
        QCOMPARE(decoded->numbers[1].name, QStringLiteral("Second line"));
    }
    QCOMPARE(kept.name, QStringLiteral("First line"));
    QCOMPARE(kept.uuid, QStringLiteral("d1d37dac-9a42-46c5-a75e-7eb098501046"));
    QCOMPARE(kept.tokenValues,
             QStringList({QStringLiteral("geo:800"), QStringLiteral("state:NY")}));
    kept.number.append(QStringLiteral("0"));
    QCOMPARE(kept.number, QStringLiteral("+180055501000"));
}

QTEST_GUILESS_MAIN(TestSimdPageDecoder)
#include "tst_simdpagedecoder.moc"
