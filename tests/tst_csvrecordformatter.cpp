#include "columncatalog.h"
#include "csvrecordformatter.h"
#include "csvrowwriter.h"
#include "lookupcache.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace numdesk;

namespace {

const QStringList kColumns{"id",         "name",         "number",
                           "offer_id",   "ring_pool_id", "token_values",
                           "created_at", "last_call_at", "description"};

QList<PhoneNumber> trickyNumbers()
{
    QList<PhoneNumber> numbers;
    const QJsonArray array =
        QJsonDocument::fromJson(test::readTestData(QStringLiteral("export_tricky.json"))).array();
    for (const QJsonValue &value : array) {
        QString error;
        const auto number = PhoneNumber::fromJson(value.toObject(), &error);
        if (!number)
            qFatal("bad fixture: %s", qPrintable(error));
        numbers.append(*number);
    }
    return numbers;
}

// The CSV of the numbers, written both ways — cells then encodeRow, and appendRow (an export's
// way) — which must give the same bytes and count the same NULs.
QByteArray csvOf(const QList<PhoneNumber> &numbers, const CsvRecordFormatter &formatter,
                 const CsvRowWriter &writer)
{
    const QByteArray header =
        writer.encodeRow(formatter.header(CsvRecordFormatter::HeaderStyle::Keys));
    QByteArray out = header;
    QByteArray appended = header;
    qint64 nuls = 0;
    qint64 appendedNuls = 0;
    for (const PhoneNumber &number : numbers) {
        out += writer.encodeRow(formatter.cells(number), &nuls);
        formatter.appendRow(number, writer, &appended, &appendedNuls);
    }
    if (appended != out || appendedNuls != nuls)
        qWarning("appendRow wrote %s (%lld NULs)\nencodeRow wrote %s (%lld NULs)",
                 appended.constData(), appendedNuls, out.constData(), nuls);
    return appended == out && appendedNuls == nuls ? out : QByteArray("appendRow differs");
}

// A record with texts and numbers drawn from what a CSV writer must get right.
PhoneNumber randomNumber(QRandomGenerator &random)
{
    static const QStringList texts = {
        QString(),
        QStringLiteral(""),
        QStringLiteral("plain"),
        QStringLiteral("+18005550100"),
        QStringLiteral("-5"),
        QStringLiteral("=1+2"),
        QStringLiteral("@x"),
        QStringLiteral("\tx"),
        QStringLiteral("\rx"),
        QStringLiteral("a,b"),
        QStringLiteral("say \"hi\""),
        QStringLiteral("two\nlines\r\n"),
        QStringLiteral("Müller & Söhne"),
        QStringLiteral("☎ 😀"),
        QStringLiteral("a") + QChar(0) + QStringLiteral("b"),
        QString(QChar(0)) + QStringLiteral("=1"),
        QStringLiteral("\x7f\x01"),
        QStringLiteral("2024-01-02T08:00:00.000-05:00"),
        QStringLiteral("not a date"),
    };
    static const QList<qint64> integers = {0,
                                           1,
                                           -1,
                                           42,
                                           9007199254740992LL,
                                           -9007199254740992LL,
                                           9007199254740993LL,
                                           std::numeric_limits<qint64>::min()};
    QJsonObject json;
    for (int i = 0; !PhoneNumber::fieldKey(i).isEmpty(); ++i) {
        if (random.bounded(5) == 0)
            continue; // missing
        const QString key = PhoneNumber::fieldKey(i);
        switch (PhoneNumber::fieldKind(i)) {
        case PhoneNumber::FieldKind::Integer:
            json.insert(key, random.bounded(4) == 0
                                 ? QJsonValue()
                                 : QJsonValue(qint64(random.bounded(1, 1000000))));
            break;
        case PhoneNumber::FieldKind::Text:
            json.insert(key, texts.at(random.bounded(int(texts.size()))));
            break;
        case PhoneNumber::FieldKind::Tokens:
            json.insert(key, QJsonArray{texts.at(random.bounded(int(texts.size()))),
                                        QStringLiteral("geo:800")});
            break;
        }
    }
    json.insert(QStringLiteral("carrier"), texts.at(random.bounded(int(texts.size()))));
    json.insert(QStringLiteral("delete_prevention"), random.bounded(2) == 0);
    std::optional<PhoneNumber> number = PhoneNumber::fromJson(json);
    if (!number)
        qFatal("a random record did not read");
    // Integers out of JSON's exact range are set here: JSON would round them.
    if (random.bounded(3) == 0)
        number->id = integers.at(random.bounded(int(integers.size())));
    if (random.bounded(3) == 0)
        number->offerId = integers.at(random.bounded(int(integers.size())));
    return *number;
}

} // namespace

class tst_CsvRecordFormatter : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteTrickyRecordsByteExact()
    {
        const QList<PhoneNumber> numbers = trickyNumbers();
        QCOMPARE(numbers.size(), 5);
        const QByteArray csv = csvOf(numbers, CsvRecordFormatter(kColumns), CsvRowWriter());
        QCOMPARE(csv, test::readTestData(QStringLiteral("export_tricky.csv")));
    }

    void shouldNeutralizeFormulasByteExactWhenAsked()
    {
        CsvRowWriter::Options options;
        options.spreadsheetSafe = true;
        const QByteArray csv =
            csvOf(trickyNumbers(), CsvRecordFormatter(kColumns), CsvRowWriter(options));
        QCOMPARE(csv, test::readTestData(QStringLiteral("export_tricky_safe.csv")));
    }

    void shouldConvertTimestampsToDisplayZoneByteExact()
    {
        const CsvRecordFormatter formatter(kColumns, QTimeZone("Europe/Berlin"));
        const QByteArray csv = csvOf(trickyNumbers(), formatter, CsvRowWriter());
        QCOMPARE(csv, test::readTestData(QStringLiteral("export_tricky_berlin.csv")));
    }

    void shouldKeepOnlyChosenColumnsInChosenOrder()
    {
        const CsvRecordFormatter formatter({"number", "id"});
        QCOMPARE(formatter.cells(trickyNumbers().at(1)), QStringList({"+441224980000", "2"}));
        QCOMPARE(formatter.header(CsvRecordFormatter::HeaderStyle::Labels),
                 QStringList({"Number", "ID"}));
        QCOMPARE(formatter.header(CsvRecordFormatter::HeaderStyle::Keys),
                 QStringList({"number", "id"}));
    }

    // appendRow, the export's way of writing a row, against cells() and encodeRow on records
    // drawn at random: every column and an unknown one, plain and spreadsheet-safe, with and
    // without a display time zone, ids as given or as names.
    void shouldAppendTheSameBytesAsTheCellsEncoded()
    {
        QRandomGenerator random(20261204);
        QList<PhoneNumber> numbers;
        for (int i = 0; i < 400; ++i)
            numbers.append(randomNumber(random));
        QStringList columns = columns::all();
        columns << QStringLiteral("carrier") << QStringLiteral("delete_prevention");
        LookupCache lookups(nullptr); // nothing loaded: ids are written as "#12"
        for (const bool safe : {false, true}) {
            for (const bool zone : {false, true}) {
                for (const bool names : {false, true}) {
                    CsvRowWriter::Options options;
                    options.spreadsheetSafe = safe;
                    CsvRecordFormatter formatter(columns,
                                                 zone ? QTimeZone("Asia/Kolkata") : QTimeZone());
                    if (names)
                        formatter.setNames(&lookups);
                    const QByteArray csv = csvOf(numbers, formatter, CsvRowWriter(options));
                    QVERIFY2(csv != "appendRow differs",
                             qPrintable(QStringLiteral("safe %1, zone %2, names %3")
                                            .arg(safe)
                                            .arg(zone)
                                            .arg(names)));
                    QVERIFY(csv.count('\n') > numbers.size());
                }
            }
        }
    }

    void shouldWriteMissingAndNullFieldsAsEmptyCells()
    {
        const PhoneNumber number = trickyNumbers().at(3); // no offer_id key at all
        const CsvRecordFormatter formatter({"offer_id", "ring_pool_id", "uuid", "token_values"});
        QCOMPARE(formatter.cells(number), QStringList({"", "", "", ""}));
    }
};

QTEST_GUILESS_MAIN(tst_CsvRecordFormatter)
#include "tst_csvrecordformatter.moc"
