#include "apischema.h"
#include "phonenumber.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace numdesk;
using numdesk::test::readTestData;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class tst_PhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadEveryDocumentedField()
    {
        const auto n = PhoneNumber::fromJson(
            QJsonDocument::fromJson(readTestData(QStringLiteral("full_record.json"))).object());
        QVERIFY(n.has_value());
        QCOMPARE(n->id, 185923);
        QCOMPARE(n->number, QStringLiteral("+18005002562"));
        QCOMPARE(n->offerId, 100);
        QCOMPARE(n->trafficSourceId, 1002592);
        QCOMPARE(n->providerConfigurationId, 150);
        QVERIFY(!n->ringPoolId.has_value());
        QCOMPARE(n->tokenValues, QStringList({"interest:auto", "geo:!=800"}));
        QCOMPARE(n->optimizerDisplayedAt, QStringLiteral("2023-12-11T11:49:32.495-05:00"));
        QVERIFY(n->lastCallAt.isNull());
        QCOMPARE(n->humanNumber, QStringLiteral("(800) 500-2562"));
        QCOMPARE(n->legacyId, 9);
        QCOMPARE(n->description, QStringLiteral("Ünïcödé, \"quoted\""));
        QVERIFY(n->extra.isEmpty());
        for (const QString &key : schema::allColumns())
            QVERIFY2(n->has(key), qPrintable(key));
    }

    void shouldKeepUnknownKeysAndTellMissingFromPresent()
    {
        const auto n = PhoneNumber::fromJson(object(R"({"id": 1, "delete_prevention": true,
                                                        "future": {"a": 1}})"));
        QVERIFY(n.has_value());
        QVERIFY(n->has(QStringLiteral("id")));
        QVERIFY(!n->has(QStringLiteral("name")));
        QCOMPARE(n->extra.value(QStringLiteral("delete_prevention")), QJsonValue(true));
        QCOMPARE(n->toJson(),
                 object(R"({"id": 1, "delete_prevention": true, "future": {"a": 1}})"));
        QCOMPARE(n->value(QStringLiteral("name")), QJsonValue());
        QCOMPARE(n->text(QStringLiteral("future")), QStringLiteral("{\"a\":1}"));
    }

    void shouldAcceptIdsSentAsNumericStrings()
    {
        const auto n =
            PhoneNumber::fromJson(object(R"({"id": "42", "traffic_source_id": "1002592"})"));
        QVERIFY(n.has_value());
        QCOMPARE(n->id, 42);
        QCOMPARE(n->trafficSourceId, 1002592);
    }

    void shouldRejectWrongTypesNamingTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("fractional id")
            << QByteArray(R"({"id": 1.5})") << "'id' is not a whole number";
        QTest::newRow("word offer")
            << QByteArray(R"({"offer_id": "abc"})") << "'offer_id' is not a whole number";
        QTest::newRow("object name") << QByteArray(R"({"name": {"x": 1}})") << "'name' is not text";
        QTest::newRow("number tokens") << QByteArray(R"({"token_values": 5})")
                                       << "'token_values' is neither a list nor an object";
        QTest::newRow("nested list token")
            << QByteArray(R"({"token_values": [[1]]})")
            << "'token_values' holds an entry that is neither text nor an object";
    }
    void shouldRejectWrongTypesNamingTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!PhoneNumber::fromJson(QJsonDocument::fromJson(json).object(), &actual));
        QCOMPARE(actual, error);
    }

    void shouldReadEveryTokenValuesForm_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("strings") << QByteArray("[\"interest:auto\",\"loan_amount:>=10000\"]")
                                 << QStringList{"interest:auto", "loan_amount:>=10000"};
        QTest::newRow("key/value objects")
            << QByteArray(R"([{"key":"geo","value":"!=800"}])") << QStringList{"geo:!=800"};
        QTest::newRow("one-pair objects")
            << QByteArray(R"([{"geo":"800"},{"age":21}])") << QStringList{"geo:800", "age:21"};
        QTest::newRow("object") << QByteArray(R"({"a":"1","b":"x"})") << QStringList{"a:1", "b:x"};
        QTest::newRow("comma string")
            << QByteArray(R"("interest:auto, geo:800")") << QStringList{"interest:auto", "geo:800"};
        QTest::newRow("null") << QByteArray("null") << QStringList{};
    }
    void shouldReadEveryTokenValuesForm()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const QJsonValue value = QJsonDocument::fromJson("[" + json + "]").array().first();
        const auto tokens = tokenValuesFromJson(value);
        QVERIFY(tokens.has_value());
        QCOMPARE(*tokens, expected);
    }

    void shouldGiveTextForExport()
    {
        const auto n = PhoneNumber::fromJson(object(R"({"id": 12345678901, "offer_id": null,
            "token_values": ["a:1","b:2"], "created_at": "2023-01-02T03:04:05.678-05:00"})"));
        QVERIFY(n.has_value());
        QCOMPARE(n->text(QStringLiteral("id")), QStringLiteral("12345678901"));
        QCOMPARE(n->text(QStringLiteral("offer_id")), QString());
        QCOMPARE(n->text(QStringLiteral("token_values")), QStringLiteral("a:1; b:2"));
        QCOMPARE(n->text(QStringLiteral("created_at")),
                 QStringLiteral("2023-01-02T03:04:05.678-05:00"));
    }

    // Found by fuzz_csvwriter: a number in an unknown key was cut to an integer, and one past
    // the range of qint64 (1e300) was undefined behaviour.
    void shouldGiveNumbersOfUnknownKeysExactly()
    {
        const auto n = PhoneNumber::fromJson(object(
            R"({"id": 1, "ratio": 2.5, "huge": 1e300, "big": 9007199254740992, "neg": -3})"));
        QVERIFY(n.has_value());
        QCOMPARE(n->text(QStringLiteral("ratio")), QStringLiteral("2.5"));
        QCOMPARE(n->text(QStringLiteral("huge")), QStringLiteral("1e+300"));
        QCOMPARE(n->text(QStringLiteral("big")), QStringLiteral("9007199254740992"));
        QCOMPARE(n->text(QStringLiteral("neg")), QStringLiteral("-3"));
    }

    // text() reads known fields directly (no QJsonValue in between, for the export's speed): it
    // must give what the value of the key gives, for every column and for ids past 2^53 (which
    // the general path writes as a double does).
    void shouldGiveTextOfKnownFieldsAsTheirValues()
    {
        const auto n = PhoneNumber::fromJson(object(R"({"id": "123456789012345678",
            "name": "", "number": "+18005002562", "offer_id": -9007199254740993,
            "traffic_source_id": "-9007199254740992", "ring_pool_id": 0,
            "provider_configuration_id": 9007199254740992, "last_call_at": null,
            "token_values": "geo:800, interest:auto", "extension": 12, "country": true,
            "area_code_id": "-4", "description": "a, b"})"));
        QVERIFY(n.has_value());
        QCOMPARE(n->text(QStringLiteral("id")), QStringLiteral("123456789012345680"));
        QCOMPARE(n->text(QStringLiteral("offer_id")), QStringLiteral("-9007199254740992"));
        QCOMPARE(n->text(QStringLiteral("traffic_source_id")), QStringLiteral("-9007199254740992"));
        QCOMPARE(n->text(QStringLiteral("provider_configuration_id")),
                 QStringLiteral("9007199254740992"));
        QCOMPARE(n->text(QStringLiteral("ring_pool_id")), QStringLiteral("0"));
        QCOMPARE(n->text(QStringLiteral("area_code_id")), QStringLiteral("-4"));
        QCOMPARE(n->text(QStringLiteral("extension")), QStringLiteral("12"));
        QCOMPARE(n->text(QStringLiteral("country")), QStringLiteral("true"));
        QCOMPARE(n->text(QStringLiteral("description")), QStringLiteral("a, b"));
        QCOMPARE(n->text(QStringLiteral("token_values")), QStringLiteral("geo:800; interest:auto"));
        QVERIFY(n->text(QStringLiteral("last_call_at")).isEmpty());
        QVERIFY(n->text(QStringLiteral("name")).isEmpty());
        QVERIFY(n->text(QStringLiteral("uuid")).isEmpty());
        QVERIFY(n->text(QStringLiteral("nam")).isEmpty());
        for (const QString &key : schema::allColumns()) {
            const QJsonValue v = n->value(key);
            QString expected;
            if (key == QLatin1String("token_values"))
                expected = n->tokenValues.join(QLatin1String("; "));
            else if (v.isDouble())
                expected = v.toDouble() == qint64(v.toDouble()) &&
                                   std::abs(v.toDouble()) <= 9007199254740992.0
                               ? QString::number(qint64(v.toDouble()))
                               : QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
            else
                expected = v.toString();
            QCOMPARE(n->text(key), expected);
        }
    }

    void shouldCompareByValue()
    {
        const auto a = PhoneNumber::fromJson(object(R"({"id": 1, "name": "x"})"));
        auto b = a;
        QVERIFY(*a == *b);
        b->name = QStringLiteral("y");
        QVERIFY(*a != *b);
    }
};

QTEST_GUILESS_MAIN(tst_PhoneNumber)
#include "tst_phonenumber.moc"
