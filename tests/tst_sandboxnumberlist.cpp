#include "tst_sandboxhttp.h"

#include <apidates.h>
#include <apischema.h>

#include <QRegularExpression>

#include <functional>

using namespace numdesk::sandbox;
using namespace numdesk::sandbox::test;

namespace {

using Predicate = std::function<bool(const QJsonObject &)>;

qint64 msOf(const QJsonValue &timestamp)
{
    return QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QList<qint64> idsOf(const QJsonArray &numbers)
{
    QList<qint64> ids;
    for (const QJsonValue &v : numbers)
        ids.append(v.toObject().value(QLatin1String("id")).toInteger());
    return ids;
}

} // namespace

class tst_SandboxNumberList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<StartedSandbox>(500, 7, 100);
        QVERIFY(m_sandbox->started);
        m_all = allNumbers(*m_sandbox->http);
        QCOMPARE(m_all.size(), 500);
        // A reference date inside the data: the created_at of the 200th number.
        m_midCreated = msOf(m_all.at(200).value(QLatin1String("created_at")));
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void shouldUseTheEnvelopeWithMetadata()
    {
        const HttpReply reply = m_sandbox->http->get("phone_numbers.json");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        const QJsonObject metadata = reply.object().value(QLatin1String("metadata")).toObject();
        QCOMPARE(metadata.value(QLatin1String("total_count")).toInt(), 500);
        QCOMPARE(metadata.value(QLatin1String("total_pages")).toInt(), 20);
        QCOMPARE(metadata.value(QLatin1String("page")).toInt(), 1);
        QCOMPARE(metadata.value(QLatin1String("per_page")).toInt(), 25);
        QCOMPARE(metadata.value(QLatin1String("per_page_cap")).toInt(), 100);
        const QJsonArray numbers = reply.object().value(QLatin1String("numbers")).toArray();
        QCOMPARE(numbers.size(), 25);
        QCOMPARE(numbers.first().toObject().keys().size(),
                 qsizetype(numdesk::schema::allColumns().size() + 1)); // + delete_prevention
    }

    void shouldPageInIdOrderAndCapPerPage()
    {
        HttpReply reply = m_sandbox->http->get("phone_numbers?per_page=1000&page=2");
        const QJsonObject metadata = reply.object().value(QLatin1String("metadata")).toObject();
        QCOMPARE(metadata.value(QLatin1String("per_page")).toInt(), 100);
        QCOMPARE(metadata.value(QLatin1String("per_page_cap")).toInt(), 100);
        QCOMPARE(metadata.value(QLatin1String("total_pages")).toInt(), 5);
        const QList<qint64> ids = idsOf(reply.object().value(QLatin1String("numbers")).toArray());
        QCOMPARE(ids.size(), 100);
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(ids.at(i), m_all.at(100 + i).value(QLatin1String("id")).toInteger());
        reply = m_sandbox->http->get("phone_numbers?per_page=30&page=17");
        QCOMPARE(reply.object().value(QLatin1String("numbers")).toArray().size(), 20);
        reply = m_sandbox->http->get("phone_numbers?page=99");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QLatin1String("numbers")).toArray().size(), 0);
    }

    void shouldRejectBadListParameters_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("page text") << QByteArray("page=two") << "page"
                                   << "must be a number";
        QTest::newRow("page zero") << QByteArray("page=0") << "page"
                                   << "must be greater than 0";
        QTest::newRow("per_page") << QByteArray("per_page=x") << "per_page"
                                  << "must be a number";
        QTest::newRow("root") << QByteArray("root=maybe") << "root"
                              << "must be a boolean value: 1, true, yes, on, 0, false, no, off";
        QTest::newRow("column") << QByteArray("columns=id,colour") << "columns"
                                << "'colour' is not a column";
        QTest::newRow("offer id") << QByteArray("offer_id=1e3") << "offer_id"
                                  << "must be a decimal number (got '1e3')";
        QTest::newRow("traffic source id")
            << QByteArray("traffic_source_id=-4") << "traffic_source_id"
            << "must be a decimal number";
        QTest::newRow("provider id")
            << QByteArray("provider_configuration_id=abc") << "provider_configuration_id"
            << "must be a decimal number";
        QTest::newRow("pool id") << QByteArray("ring_pool_id=4.5") << "ring_pool_id"
                                 << "must be a decimal number";
        QTest::newRow("number") << QByteArray("number=abc") << "number"
                                << "must contain the digits";
        QTest::newRow("date") << QByteArray("created_at_from=yesterday") << "created_at_from"
                              << "'yesterday' is not a date";
        QTest::newRow("bad day") << QByteArray("last_call_at_to=2023-02-30") << "last_call_at_to"
                                 << "names a day that does not exist";
        QTest::newRow("zone") << QByteArray("time_zone=Atlantis&created_at_from=2024-01-01")
                              << "time_zone"
                              << "'Atlantis' is not a known time zone";
        // A raw '+' is a space (Rails): the offset no longer parses.
        QTest::newRow("raw plus in date")
            << QByteArray("created_at_from=2016-01-01%2012:25:15%20+0100") << "created_at_from"
            << "is not a date";
    }
    void shouldRejectBadListParameters()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const HttpReply reply = m_sandbox->http->get("phone_numbers?" + query);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object().value(QLatin1String("status")).toInt(), 422);
        const QJsonArray messages =
            reply.object().value(QLatin1String("errors")).toObject().value(field).toArray();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().toString().contains(message),
                 qPrintable(messages.first().toString()));
    }

    void shouldFilterLikeAnIndependentComputation_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<Predicate>("predicate");
        QTest::addColumn<bool>("expectSome");
        auto id = [](const char *key, qint64 value) {
            return Predicate([key, value](const QJsonObject &o) {
                return o.value(QLatin1String(key)).toInteger(-1) == value;
            });
        };
        QTest::newRow("offer_id") << QByteArray("offer_id=103") << id("offer_id", 103) << true;
        QTest::newRow("traffic_source_id")
            << QByteArray("traffic_source_id=1002592") << id("traffic_source_id", 1002592) << true;
        QTest::newRow("provider_configuration_id") << QByteArray("provider_configuration_id=151")
                                                   << id("provider_configuration_id", 151) << true;
        QTest::newRow("ring_pool_id")
            << QByteArray("ring_pool_id=42") << id("ring_pool_id", 42) << true;
        QTest::newRow("unknown offer")
            << QByteArray("offer_id=999") << id("offer_id", 999) << false;
        QTest::newRow("combined ids")
            << QByteArray("offer_id=101&provider_configuration_id=150")
            << Predicate([](const QJsonObject &o) {
                   return o.value(QLatin1String("offer_id")).toInteger() == 101 &&
                          o.value(QLatin1String("provider_configuration_id")).toInteger() == 150;
               })
            << true;
        QTest::newRow("fulltext and traffic source")
            << QByteArray("fulltext=A&traffic_source_id=1002590")
            << Predicate([](const QJsonObject &o) {
                   return o.value(QLatin1String("name"))
                              .toString()
                              .toLower()
                              .contains(QLatin1String("a")) &&
                          o.value(QLatin1String("traffic_source_id")).toInteger() == 1002590;
               })
            << true;
        QTest::newRow("fulltext name, any case")
            << QByteArray("fulltext=M%C3%9CLLER") << Predicate([](const QJsonObject &o) {
                   return o.value(QLatin1String("name"))
                       .toString()
                       .toLower()
                       .contains(QStringLiteral("müller"));
               })
            << true;
        QTest::newRow("fulltext human number")
            << QByteArray("fulltext=(800)") << Predicate([](const QJsonObject &o) {
                   return o.value(QLatin1String("human_number"))
                              .toString()
                              .contains(QLatin1String("(800)")) ||
                          digitsOf(o.value(QLatin1String("plain_number")).toString())
                              .contains(QLatin1String("800"));
               })
            << true;
        QTest::newRow("fulltext digits of plain_number")
            << QByteArray("fulltext=1224%2098") << Predicate([](const QJsonObject &o) {
                   return digitsOf(o.value(QLatin1String("plain_number")).toString())
                       .contains(QLatin1String("122498"));
               })
            << true;
        QTest::newRow("number with encoded plus")
            << QByteArray("number=%2B441224980000") << Predicate([](const QJsonObject &o) {
                   return o.value(QLatin1String("number")) == QLatin1String("+441224980000");
               })
            << true;
        QTest::newRow("number with raw plus (a space)")
            << QByteArray("number=+441224980000") << Predicate([](const QJsonObject &o) {
                   return o.value(QLatin1String("number")) == QLatin1String("+441224980000");
               })
            << true;
        QTest::newRow("number in human form")
            << QByteArray("number=%2B1%20(800)%20500-2562") << Predicate([](const QJsonObject &o) {
                   return o.value(QLatin1String("number")) == QLatin1String("+18005002562");
               })
            << true;
        QTest::newRow("number is not a prefix match")
            << QByteArray("number=1800") << Predicate([](const QJsonObject &) { return false; })
            << false;
        QTest::newRow("last call null excluded by a range")
            << QByteArray("last_call_at_from=2000-01-01") << Predicate([](const QJsonObject &o) {
                   return !o.value(QLatin1String("last_call_at")).isNull();
               })
            << true;
    }
    void shouldFilterLikeAnIndependentComputation()
    {
        QFETCH(QByteArray, query);
        QFETCH(Predicate, predicate);
        QFETCH(bool, expectSome);
        QList<qint64> expected;
        for (const QJsonObject &o : std::as_const(m_all)) {
            if (predicate(o))
                expected.append(o.value(QLatin1String("id")).toInteger());
        }
        QCOMPARE(!expected.isEmpty(), expectSome);
        const HttpReply reply = m_sandbox->http->get("phone_numbers?per_page=100&" + query);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()
                     .value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("total_count"))
                     .toInt(),
                 expected.size());
        QCOMPARE(idsOf(reply.object().value(QLatin1String("numbers")).toArray()),
                 expected.mid(0, 100));
    }

    void shouldFilterDateRangesInclusiveAndCombined()
    {
        const QDateTime mid = QDateTime::fromMSecsSinceEpoch(m_midCreated, QTimeZone::utc());
        const QDateTime later = mid.addDays(60);
        // Seed format with an offset, sent percent-encoded; the second bound in New York time.
        const QByteArray from = QUrl::toPercentEncoding(
            numdesk::dates::formatFilterDate(mid, QTimeZone(QByteArrayLiteral("Asia/Tokyo"))));
        const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
        const QByteArray to = QUrl::toPercentEncoding(
            later.toTimeZone(newYork).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QList<qint64> expected;
        const qint64 toMs = (later.toMSecsSinceEpoch() / 1000) * 1000;
        const qint64 fromMs = (m_midCreated / 1000) * 1000;
        for (const QJsonObject &o : std::as_const(m_all)) {
            const qint64 created = msOf(o.value(QLatin1String("created_at")));
            const QJsonValue lastCall = o.value(QLatin1String("last_call_at"));
            if (created >= fromMs && created <= toMs && !lastCall.isNull())
                expected.append(o.value(QLatin1String("id")).toInteger());
        }
        QVERIFY(expected.size() > 5);
        const HttpReply reply = m_sandbox->http->get(
            "phone_numbers?per_page=100&created_at_from=" + from + "&created_at_to=" + to +
            "&time_zone=Eastern%20Time%20(US%20%26%20Canada)&last_call_at_from=2000-01-01");
        QCOMPARE(reply.status, 200);
        QCOMPARE(idsOf(reply.object().value(QLatin1String("numbers")).toArray()),
                 expected.mid(0, 100));

        // The same instant given as an IANA zone and as a plain date in UTC.
        const QByteArray day = mid.date().toString(Qt::ISODate).toLatin1();
        const HttpReply utc = m_sandbox->http->get("phone_numbers?created_at_from=" + day);
        const HttpReply berlin =
            m_sandbox->http->get("phone_numbers?time_zone=Europe/Berlin&created_at_from=" + day);
        const auto total = [](const HttpReply &r) {
            return r.object()
                .value(QLatin1String("metadata"))
                .toObject()
                .value(QLatin1String("total_count"))
                .toInt();
        };
        int expectedUtc = 0, expectedBerlin = 0;
        const qint64 utcStart =
            QDateTime(mid.date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 berlinStart =
            QDateTime(mid.date(), QTime(0, 0), QTimeZone(QByteArrayLiteral("Europe/Berlin")))
                .toMSecsSinceEpoch();
        for (const QJsonObject &o : std::as_const(m_all)) {
            const qint64 created = msOf(o.value(QLatin1String("created_at")));
            expectedUtc += created >= utcStart ? 1 : 0;
            expectedBerlin += created >= berlinStart ? 1 : 0;
        }
        QCOMPARE(total(utc), expectedUtc);
        QCOMPARE(total(berlin), expectedBerlin);
    }

    void shouldLimitColumnsAndDropTheRoot()
    {
        HttpReply reply =
            m_sandbox->http->get("phone_numbers?columns=number,%20created_at&per_page=2");
        const QJsonObject first =
            reply.object().value(QLatin1String("numbers")).toArray().first().toObject();
        QCOMPARE(first.keys(),
                 QStringList({QStringLiteral("created_at"), QStringLiteral("number")}));
        QVERIFY(
            QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$)"))
                .match(first.value(QLatin1String("created_at")).toString())
                .hasMatch());
        for (const char *word : {"false", "0", "no", "OFF"}) {
            reply = m_sandbox->http->get(QByteArray("phone_numbers?per_page=3&root=") + word);
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.body.startsWith('['));
            QCOMPARE(reply.array().size(), 3);
        }
        for (const char *word : {"true", "1", "yes", "on"}) {
            reply = m_sandbox->http->get(QByteArray("phone_numbers?per_page=3&root=") + word);
            QVERIFY(reply.object().contains(QLatin1String("metadata")));
        }
    }

    void shouldExportCsvWithQuotingAndUtf8()
    {
        const HttpReply reply = m_sandbox->http->get("phone_numbers.csv?per_page=100&columns=id,"
                                                     "name,token_values,ring_pool_id&fulltext=%22");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("text/csv; charset=utf-8"));
        QVERIFY(reply.body.startsWith("id,name,token_values,ring_pool_id\r\n"));
        // Every row of names with a double quote, quoted with the quotes doubled.
        QList<QJsonObject> expected;
        for (const QJsonObject &o : std::as_const(m_all)) {
            if (o.value(QLatin1String("name")).toString().contains(QLatin1Char('"')))
                expected.append(o);
        }
        QVERIFY(!expected.isEmpty());
        QByteArray csv = "id,name,token_values,ring_pool_id\r\n";
        for (const QJsonObject &o : std::as_const(expected).mid(0, 100)) {
            QString name = o.value(QLatin1String("name")).toString();
            name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            QStringList tokens;
            for (const QJsonValue &t : o.value(QLatin1String("token_values")).toArray())
                tokens.append(t.toString());
            QString tokenCell = tokens.join(QLatin1Char(','));
            if (tokenCell.contains(QLatin1Char(',')))
                tokenCell = QLatin1Char('"') + tokenCell + QLatin1Char('"');
            const QJsonValue pool = o.value(QLatin1String("ring_pool_id"));
            csv += QStringLiteral("%1,\"%2\",%3,%4\r\n")
                       .arg(o.value(QLatin1String("id")).toInteger())
                       .arg(name, tokenCell,
                            pool.isNull() ? QString() : QString::number(pool.toInteger()))
                       .toUtf8();
        }
        QCOMPARE(reply.body, csv);
        QVERIFY(reply.body.contains("Müller & Söhne, \"\"VIP\"\" línea"));
    }

private:
    std::unique_ptr<StartedSandbox> m_sandbox;
    QList<QJsonObject> m_all;
    qint64 m_midCreated = 0;
};

QTEST_GUILESS_MAIN(tst_SandboxNumberList)
#include "tst_sandboxnumberlist.moc"
