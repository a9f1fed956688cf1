#include "tst_sandboxhttp.h"

#include <QRegularExpression>

using namespace numdesk::sandbox;
using namespace numdesk::sandbox::test;

namespace {

QJsonObject numberOf(const HttpReply &reply)
{
    return reply.object().value(QLatin1String("number")).toObject();
}

QJsonObject errorsOf(const HttpReply &reply)
{
    return reply.object().value(QLatin1String("errors")).toObject();
}

} // namespace

class tst_SandboxNumberWrite : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_sandbox = std::make_unique<StartedSandbox>(300, 3);
        QVERIFY(m_sandbox->started);
    }
    void cleanup() { m_sandbox.reset(); }

    void shouldPurchaseARealisticUniqueNumber_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("humanPattern");
        QTest::newRow("US toll-free")
            << QByteArray(R"({"provider_configuration_id":150,)"
                          R"("offer_id":100,"toll_free":true,"country":"US"})")
            << R"(^\+18(00|88|77|66|55|44|33)[2-9]\d{6}$)"
            << R"(^\(8\d\d\) \d{3}-\d{4}$)";
        QTest::newRow("CA local, string ids and words")
            << QByteArray(R"({"provider_configuration_id":"151","offer_id":"101",)"
                          R"("toll_free":"no","country":"CA","traffic_source_id":"1002592",)"
                          R"("ring_pool_id":41,"token_values":["interest:auto","geo:!=800"]})")
            << R"(^\+1(416|604|514|403|613)[2-9]\d{6}$)"
            << R"(^\(\d{3}\) \d{3}-\d{4}$)";
        QTest::newRow("GB toll-free")
            << QByteArray(R"({"provider_configuration_id":150,)"
                          R"("offer_id":100,"toll_free":1,"country":"GB"})")
            << R"(^\+4480[08]\d{7}$)"
            << R"(^\+44 80[08] \d{3} \d{4}$)";
        QTest::newRow("DE local") << QByteArray(
                                         R"({"provider_configuration_id":150,)"
                                         R"("offer_id":100,"toll_free":"off","country":"DE"})")
                                  << R"(^\+49(30|40|89)\d{8}$)"
                                  << R"(^\+49 (30|40|89) \d{4} \d{4}$)";
        QTest::newRow("JP toll-free wrapped")
            << QByteArray(R"({"phone_number":{"provider_configuration_id":152,"offer_id":107,)"
                          R"("toll_free":true,"country":"JP","token_values":null}})")
            << R"(^\+81120\d{6}$)"
            << R"(^\+81 120 \d{6}$)";
    }
    void shouldPurchaseARealisticUniqueNumber()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, pattern);
        QFETCH(QString, humanPattern);
        const int before = m_sandbox->server->numberCount();
        const HttpReply reply =
            m_sandbox->http->send("POST", "phone_numbers.json", Auth::Token, body);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object().value(QLatin1String("status")).toInt(), 201);
        const QJsonObject number = numberOf(reply);
        const QString e164 = number.value(QLatin1String("number")).toString();
        QVERIFY2(QRegularExpression(pattern).match(e164).hasMatch(), qPrintable(e164));
        QVERIFY2(QRegularExpression(humanPattern)
                     .match(number.value(QLatin1String("human_number")).toString())
                     .hasMatch(),
                 qPrintable(number.value(QLatin1String("human_number")).toString()));
        QCOMPARE(number.value(QLatin1String("plain_number")).toString(), e164);
        QCOMPARE(m_sandbox->server->numberCount(), before + 1);
        const QJsonObject input = QJsonDocument::fromJson(body).object();
        if (input.contains(QLatin1String("token_values"))) {
            QCOMPARE(number.value(QLatin1String("token_values")).toArray(),
                     input.value(QLatin1String("token_values")).toArray());
            QCOMPARE(number.value(QLatin1String("traffic_source_id")).toInteger(), 1002592);
            QCOMPARE(number.value(QLatin1String("ring_pool_id")).toInteger(), 41);
        }
        // It is really stored: show it by its number.
        const HttpReply shown =
            m_sandbox->http->get("phone_numbers/" + QUrl::toPercentEncoding(e164));
        QCOMPARE(shown.status, 200);
        QCOMPARE(numberOf(shown), number);
    }

    void shouldNeverAllocateTheSameNumberTwice()
    {
        QSet<QString> numbers;
        for (int i = 0; i < 40; ++i) {
            const HttpReply reply = m_sandbox->http->send(
                "POST", "phone_numbers", Auth::Token,
                R"({"provider_configuration_id":150,"offer_id":100,"toll_free":true,"country":"EE"})");
            QCOMPARE(reply.status, 201);
            numbers.insert(numberOf(reply).value(QLatin1String("number")).toString());
        }
        QCOMPARE(numbers.size(), 40);
    }

    void shouldAnswer400ToTheSeedsCurlBody()
    {
        // The seed's own example: unquoted keys and single quotes are not JSON.
        const HttpReply reply = m_sandbox->http->send(
            "POST", "phone_numbers.json", Auth::QueryToken,
            "{provider_configuration_id: 150, offer_id: 100, toll_free: true, country: 'US'}");
        QCOMPARE(reply.status, 400);
        const QString message =
            errorsOf(reply).value(QLatin1String("base")).toArray().first().toString();
        QVERIFY2(message.startsWith(QLatin1String("The request body is not valid JSON: ")),
                 qPrintable(message));
        QCOMPARE(m_sandbox->server->numberCount(), 300);
    }

    void shouldValidateAPurchasePerField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QJsonObject>("errors");
        const auto errors = [](const QString &field, const QString &message) {
            return QJsonObject{{field, QJsonArray{message}}};
        };
        QTest::newRow("empty body")
            << QByteArray()
            << QJsonObject{
                   {QStringLiteral("provider_configuration_id"),
                    QJsonArray{QStringLiteral("can't be blank")}},
                   {QStringLiteral("offer_id"), QJsonArray{QStringLiteral("can't be blank")}},
                   {QStringLiteral("toll_free"), QJsonArray{QStringLiteral("can't be blank")}},
                   {QStringLiteral("country"), QJsonArray{QStringLiteral("can't be blank")}}};
        const QByteArray base =
            R"("provider_configuration_id":150,"toll_free":true,"country":"US")";
        QTest::newRow("unknown offer")
            << QByteArray("{" + base + R"(,"offer_id":999})")
            << errors(QStringLiteral("offer_id"), QStringLiteral("does not exist"));
        QTest::newRow("offer not an id")
            << QByteArray("{" + base + R"(,"offer_id":"ten"})")
            << errors(QStringLiteral("offer_id"), QStringLiteral("must be an integer id"));
        QTest::newRow("unknown traffic source")
            << QByteArray("{" + base + R"(,"offer_id":100,"traffic_source_id":5})")
            << errors(QStringLiteral("traffic_source_id"), QStringLiteral("does not exist"));
        QTest::newRow("unknown pool")
            << QByteArray("{" + base + R"(,"offer_id":100,"ring_pool_id":"77"})")
            << errors(QStringLiteral("ring_pool_id"), QStringLiteral("does not exist"));
        QTest::newRow("unknown provider")
            << QByteArray(R"({"provider_configuration_id":9,"offer_id":100,"toll_free":true,)"
                          R"("country":"US"})")
            << errors(QStringLiteral("provider_configuration_id"),
                      QStringLiteral("does not exist"));
        QTest::newRow("country not in list")
            << QByteArray(R"({"provider_configuration_id":150,"offer_id":100,"toll_free":true,)"
                          R"("country":"XX"})")
            << errors(QStringLiteral("country"), QStringLiteral("is not included in the list"));
        QTest::newRow("lower-case country")
            << QByteArray(R"({"provider_configuration_id":150,"offer_id":100,"toll_free":true,)"
                          R"("country":"us"})")
            << errors(QStringLiteral("country"), QStringLiteral("is not included in the list"));
        QTest::newRow("toll_free word")
            << QByteArray(R"({"provider_configuration_id":150,"offer_id":100,"toll_free":"maybe",)"
                          R"("country":"US"})")
            << errors(
                   QStringLiteral("toll_free"),
                   QStringLiteral("must be a boolean value: 1, true, yes, on, 0, false, no, off"));
        QTest::newRow("bad token")
            << QByteArray("{" + base +
                          R"(,"offer_id":100,"token_values":["interest:auto","Geo:5"]})")
            << errors(QStringLiteral("token_values"),
                      QStringLiteral("entry 2 'Geo:5': the key may only contain a-z, 0-9 and _ "
                                     "(found 'G')"));
        QTest::newRow("token not a string")
            << QByteArray("{" + base + R"(,"offer_id":100,"token_values":[5]})")
            << errors(QStringLiteral("token_values"),
                      QStringLiteral("entry 1 must be a \"key:value\" string"));
    }
    void shouldValidateAPurchasePerField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QJsonObject, errors);
        const HttpReply reply = m_sandbox->http->send("POST", "phone_numbers", Auth::Token, body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.object().value(QLatin1String("status")).toInt(), 422);
        QCOMPARE(errorsOf(reply), errors);
        QCOMPARE(m_sandbox->server->numberCount(), 300);
    }

    void shouldTakeFormEncodedAndQueryParameters()
    {
        const HttpReply reply =
            m_sandbox->http->send("POST", "phone_numbers?country=MX", Auth::Token,
                                  "provider_configuration_id=150&offer_id=100&toll_free=false",
                                  "application/x-www-form-urlencoded");
        QCOMPARE(reply.status, 201);
        QCOMPARE(numberOf(reply).value(QLatin1String("country")).toString(), QStringLiteral("MX"));
    }

    void shouldUpdateTheSeedsPutExample()
    {
        const HttpReply reply = m_sandbox->http->send(
            "PUT", "phone_numbers/20592", Auth::QueryToken, R"({"traffic_source_id":"1002592"})");
        QCOMPARE(reply.status, 200);
        const QJsonObject number = numberOf(reply);
        QCOMPARE(number.value(QLatin1String("traffic_source_id")).toInteger(), 1002592);
        QCOMPARE(number.value(QLatin1String("updated_at")),
                 number.value(QLatin1String("user_updated_at")));
        const qint64 updated =
            QDateTime::fromString(number.value(QLatin1String("updated_at")).toString(),
                                  Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        QVERIFY(qAbs(updated - QDateTime::currentMSecsSinceEpoch()) < 60000);
        QCOMPARE(numberOf(m_sandbox->http->get("phone_numbers/20592")), number);
    }

    void shouldUnassignAndClearWithNull()
    {
        HttpReply reply = m_sandbox->http->send(
            "PUT", "phone_numbers/%2B18005002562", Auth::Basic,
            R"({"traffic_source_id":null,"ring_pool_id":null,"token_values":null,"offer_id":"104"})");
        QCOMPARE(reply.status, 200);
        QJsonObject number = numberOf(reply);
        QVERIFY(number.value(QLatin1String("traffic_source_id")).isNull());
        QVERIFY(number.value(QLatin1String("ring_pool_id")).isNull());
        QCOMPARE(number.value(QLatin1String("token_values")).toArray(), QJsonArray());
        QCOMPARE(number.value(QLatin1String("offer_id")).toInteger(), 104);
        reply = m_sandbox->http->send("PUT", "phone_numbers/20590", Auth::Token,
                                      R"({"ring_pool_id":43,"token_values":["state:tx"]})");
        number = numberOf(reply);
        QCOMPARE(number.value(QLatin1String("ring_pool_id")).toInteger(), 43);
        QCOMPARE(number.value(QLatin1String("token_values")).toArray(),
                 QJsonArray{QStringLiteral("state:tx")});
        QCOMPARE(number.value(QLatin1String("offer_id")).toInteger(), 104); // untouched
    }

    void shouldValidateAnUpdate_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("null offer") << QByteArray(R"({"offer_id":null})") << "offer_id"
                                    << "can't be blank";
        QTest::newRow("unknown offer") << QByteArray(R"({"offer_id":5})") << "offer_id"
                                       << "does not exist";
        QTest::newRow("unknown source")
            << QByteArray(R"({"traffic_source_id":"1"})") << "traffic_source_id"
            << "does not exist";
        QTest::newRow("pool not an id") << QByteArray(R"({"ring_pool_id":true})") << "ring_pool_id"
                                        << "must be an integer id";
        QTest::newRow("tokens not a list")
            << QByteArray(R"({"token_values":{"a":1}})") << "token_values"
            << "must be a list of \"key:value\" strings or null";
        QTest::newRow("bad operator value")
            << QByteArray("{\"token_values\":[\"loan_amount:>=\"]}") << "token_values"
            << "entry 1 'loan_amount:>=': the value after the "
               "operator '>=' is empty";
    }
    void shouldValidateAnUpdate()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QJsonObject before = numberOf(m_sandbox->http->get("phone_numbers/20595"));
        const HttpReply reply =
            m_sandbox->http->send("PUT", "phone_numbers/20595", Auth::Token, body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(errorsOf(reply), QJsonObject({{field, QJsonArray{message}}}));
        QCOMPARE(numberOf(m_sandbox->http->get("phone_numbers/20595")), before);
    }

    void shouldAnswer400And404OnUpdate()
    {
        QCOMPARE(m_sandbox->http->send("PUT", "phone_numbers/20590", Auth::Token, "{oops").status,
                 400);
        QCOMPARE(m_sandbox->http->send("PUT", "phone_numbers/1", Auth::Token, "{}").status, 404);
    }

    void shouldSoftDeleteANumber()
    {
        const QList<QJsonObject> all = allNumbers(*m_sandbox->http);
        QJsonObject target;
        for (const QJsonObject &o : all) {
            if (!o.value(QLatin1String("delete_prevention")).toBool()) {
                target = o;
                break;
            }
        }
        const QByteArray id = QByteArray::number(target.value(QLatin1String("id")).toInteger());
        const HttpReply reply = m_sandbox->http->send("DELETE", "phone_numbers/" + id);
        QCOMPARE(reply.status, 200);
        const QJsonObject deleted = numberOf(reply);
        QVERIFY(!deleted.value(QLatin1String("deleted_at")).isNull());
        QCOMPARE(deleted.value(QLatin1String("number")), target.value(QLatin1String("number")));
        QCOMPARE(m_sandbox->server->numberCount(), 299);
        QCOMPARE(m_sandbox->http->get("phone_numbers/" + id).status, 404);
        QCOMPARE(m_sandbox->http->send("DELETE", "phone_numbers/" + id).status, 404);
        const HttpReply list = m_sandbox->http->get(
            "phone_numbers?number=" +
            QUrl::toPercentEncoding(target.value(QLatin1String("number")).toString()));
        QCOMPARE(list.object().value(QLatin1String("numbers")).toArray().size(), 0);
        QCOMPARE(m_sandbox->http->get("phone_numbers")
                     .object()
                     .value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("total_count"))
                     .toInt(),
                 299);
        // Still in the database: a reopened server counts it as deleted, not gone.
        const QString path = m_sandbox->server->options().databasePath;
        m_sandbox->server.reset();
        SandboxOptions options;
        options.databasePath = path;
        SandboxServer reopened(options);
        QVERIFY(reopened.start());
        QCOMPARE(reopened.numberCount(), 299);
    }

    void shouldRefuseToUnrentAProtectedNumber()
    {
        QJsonObject protectedNumber;
        for (const QJsonObject &o : allNumbers(*m_sandbox->http)) {
            if (o.value(QLatin1String("delete_prevention")).toBool()) {
                protectedNumber = o;
                break;
            }
        }
        QVERIFY(!protectedNumber.isEmpty());
        const QByteArray id =
            QByteArray::number(protectedNumber.value(QLatin1String("id")).toInteger());
        const HttpReply reply = m_sandbox->http->send("DELETE", "phone_numbers/" + id);
        QCOMPARE(reply.status, 422);
        QCOMPARE(errorsOf(reply),
                 QJsonObject({{QStringLiteral("base"),
                               QJsonArray{QStringLiteral("Number is protected by delete "
                                                         "prevention and cannot be unrented")}}}));
        QCOMPARE(m_sandbox->http->get("phone_numbers/" + id).status, 200);
    }

private:
    std::unique_ptr<StartedSandbox> m_sandbox;
};

QTEST_GUILESS_MAIN(tst_SandboxNumberWrite)
#include "tst_sandboxnumberwrite.moc"
