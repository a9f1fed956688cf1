#include "csvrecordformatter.h"
#include "csvrowwriter.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
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

QByteArray csvOf(const QList<PhoneNumber> &numbers, const CsvRecordFormatter &formatter,
                 const CsvRowWriter &writer)
{
    QByteArray out = writer.encodeRow(formatter.header(CsvRecordFormatter::HeaderStyle::Keys));
    for (const PhoneNumber &number : numbers)
        out += writer.encodeRow(formatter.cells(number));
    return out;
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

    void shouldWriteMissingAndNullFieldsAsEmptyCells()
    {
        const PhoneNumber number = trickyNumbers().at(3); // no offer_id key at all
        const CsvRecordFormatter formatter({"offer_id", "ring_pool_id", "uuid", "token_values"});
        QCOMPARE(formatter.cells(number), QStringList({"", "", "", ""}));
    }
};

QTEST_GUILESS_MAIN(tst_CsvRecordFormatter)
#include "tst_csvrecordformatter.moc"
