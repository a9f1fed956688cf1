// The sandbox's GET phone_numbers/search and purchases of a requested_number (issue 16), over
// HTTP against a started sandbox.
#include "apischema.h"
#include "phonenumbering.h"
#include "tst_sandboxhttp.h"

using namespace numdesk;
using namespace numdesk::sandbox;
using namespace numdesk::sandbox::test;

namespace {

QStringList numbersOf(const HttpReply &reply)
{
    QStringList numbers;
    for (const QJsonValue &entry : reply.object().value(QLatin1String("numbers")).toArray())
        numbers.append(entry.toObject().value(QLatin1String("number")).toString());
    return numbers;
}

// The national significant number of an E.164 number.
QString national(const QString &e164)
{
    const auto number = PhoneNumbering::fromE164(e164);
    return number ? number->nationalNumber : QString();
}

QByteArray purchaseBody(const QString &country, bool tollFree, const QString &requested)
{
    QJsonObject body{{QStringLiteral("provider_configuration_id"), 150},
                     {QStringLiteral("offer_id"), 100},
                     {QStringLiteral("toll_free"), tollFree},
                     {QStringLiteral("country"), country}};
    if (!requested.isNull())
        body.insert(QStringLiteral("requested_number"), requested);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject errorsOf(const HttpReply &reply)
{
    return reply.object().value(QLatin1String("errors")).toObject();
}

} // namespace

class tst_SandboxNumberSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StartedSandbox> m_sandbox;

    HttpReply search(const QByteArray &query)
    {
        return m_sandbox->http->get("phone_numbers/search?" + query);
    }
    HttpReply buy(const QString &country, bool tollFree, const QString &requested)
    {
        return m_sandbox->http->send("POST", "phone_numbers", Auth::Token,
                                     purchaseBody(country, tollFree, requested));
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<StartedSandbox>(300, 3);
        QVERIFY(m_sandbox->started);
    }
    void cleanup() { m_sandbox.reset(); }

    void shouldOfferNumbersOfTheCountryThatCanBeBought_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("tollFree");
        for (const QString &country : schema::purchaseCountries()) {
            QTest::newRow(qPrintable(country + QStringLiteral(" local"))) << country << false;
            QTest::newRow(qPrintable(country + QStringLiteral(" toll-free"))) << country << true;
        }
    }

    void shouldOfferNumbersOfTheCountryThatCanBeBought()
    {
        QFETCH(QString, country);
        QFETCH(bool, tollFree);
        const HttpReply reply =
            search("country=" + country.toLatin1() + "&toll_free=" + (tollFree ? "true" : "0"));
        QCOMPARE(reply.status, 200);
        const QJsonArray entries = reply.object().value(QLatin1String("numbers")).toArray();
        QCOMPARE(entries.size(), 20); // the default limit
        QCOMPARE(reply.object()
                     .value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("total_count")),
                 QJsonValue(20));
        QStringList numbers;
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            const QString e164 = entry.value(QLatin1String("number")).toString();
            numbers.append(e164);
            const auto number = PhoneNumbering::fromE164(e164);
            QVERIFY2(number && number->valid, qPrintable(e164));
            QCOMPARE(number->isTollFree(), tollFree);
            QVERIFY2(number->region == country || (tollFree && number->callingCode == 1),
                     qPrintable(e164));
            QCOMPARE(entry.value(QLatin1String("country")).toString(), country);
            QCOMPARE(entry.value(QLatin1String("toll_free")).toBool(), tollFree);
            QVERIFY(PhoneNumbering::writes(entry.value(QLatin1String("human_number")).toString(),
                                           e164));
            QVERIFY2(!entry.value(QLatin1String("region")).toString().isEmpty(), qPrintable(e164));
        }
        QStringList sorted = numbers;
        sorted.sort();
        QCOMPARE(numbers, sorted);
        QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), numbers.size());
    }

    void shouldNameWhereALocalNumberIs()
    {
        const HttpReply reply = search("country=US&toll_free=false&prefix=212&limit=3");
        const QJsonArray entries = reply.object().value(QLatin1String("numbers")).toArray();
        QCOMPARE(entries.size(), 3);
        for (const QJsonValue &entry : entries)
            QCOMPARE(entry.toObject().value(QLatin1String("region")).toString(),
                     QStringLiteral("New York, NY"));
    }

    void shouldHonourPrefixAndContains_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("contains");
        QTest::newRow("area code") << QByteArray("country=US&prefix=415") << "415"
                                   << "";
        QTest::newRow("longer prefix") << QByteArray("country=US&prefix=41555") << "41555"
                                       << "";
        QTest::newRow("FLOWERS on the keypad") << QByteArray("country=US&query=3569377") << ""
                                               << "3569377";
        QTest::newRow("both") << QByteArray("country=US&prefix=212&query=777") << "212"
                              << "777";
        QTest::newRow("UK city") << QByteArray("country=GB&prefix=161&query=42") << "161"
                                 << "42";
        QTest::newRow("toll-free") << QByteArray("country=US&toll_free=true&prefix=888") << "888"
                                   << "";
        QTest::newRow("contains overlapping the area code")
            << QByteArray("country=US&prefix=415&query=4155") << "415"
            << "4155";
    }

    void shouldHonourPrefixAndContains()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, prefix);
        QFETCH(QString, contains);
        const QStringList numbers = numbersOf(search(query));
        QVERIFY(numbers.size() >= 5);
        for (const QString &e164 : numbers) {
            QVERIFY2(national(e164).startsWith(prefix), qPrintable(e164));
            QVERIFY2(national(e164).contains(contains), qPrintable(e164));
        }
    }

    void shouldAnswerEmptyWhenNothingFits()
    {
        // No US local plan prefix starts with 999, and "0" cannot begin a NANP exchange.
        for (const QByteArray &query :
             {QByteArray("country=US&prefix=999"), QByteArray("country=US&prefix=2120")}) {
            const HttpReply reply = search(query);
            QCOMPARE(reply.status, 200);
            QCOMPARE(numbersOf(reply), QStringList());
        }
    }

    void shouldGiveTheSameOfferForTheSameSeedAndQuestion()
    {
        const QStringList first = numbersOf(search("country=GB&prefix=20&query=5"));
        QCOMPARE(numbersOf(search("country=GB&prefix=20&query=5")), first);
        StartedSandbox sameSeed(300, 3);
        QCOMPARE(numbersOf(sameSeed.http->get("phone_numbers/search?country=GB&prefix=20&query=5")),
                 first);
        StartedSandbox otherSeed(300, 4);
        QVERIFY(numbersOf(otherSeed.http->get(
                    "phone_numbers/search?country=GB&prefix=20&query=5")) != first);
    }

    void shouldNeverOfferARentedNumber()
    {
        // +18005002562 is the seed's rented example: of the ten numbers 800 500-256x, the
        // search offers the other nine.
        const QStringList offered =
            numbersOf(search("country=US&toll_free=true&prefix=800500256&limit=100"));
        QStringList expected;
        for (int last = 0; last <= 9; ++last) {
            if (last != 2)
                expected << QStringLiteral("+1800500256%1").arg(last);
        }
        QCOMPARE(offered, expected);

        // Bought, it is no longer offered.
        QCOMPARE(buy(QStringLiteral("US"), true, expected.first()).status, 201);
        QVERIFY(!numbersOf(search("country=US&toll_free=true&prefix=800500256&limit=100"))
                     .contains(expected.first()));
    }

    void shouldRefuseBadQuestionsPerField_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QJsonObject>("errors");
        auto errors = [](const char *field, const QString &message) {
            return QJsonObject{{QLatin1String(field), QJsonArray{message}}};
        };
        QTest::newRow("no country")
            << QByteArray("toll_free=false") << errors("country", QStringLiteral("can't be blank"));
        QTest::newRow("unknown country") << QByteArray("country=ZZ")
                                         << errors("country", QStringLiteral("is not included in "
                                                                             "the list"));
        QTest::newRow("letters in the prefix")
            << QByteArray("country=US&prefix=41a")
            << errors("prefix", QStringLiteral("must be digits only (got '41a')"));
        QTest::newRow("letters in the query")
            << QByteArray("country=US&query=FLOWERS")
            << errors("query", QStringLiteral("must be digits only (got 'FLOWERS')"));
        QTest::newRow("toll_free")
            << QByteArray("country=US&toll_free=maybe")
            << errors("toll_free", QStringLiteral("must be a boolean value: 1, true, "
                                                  "yes, on, 0, false, no, off"));
        QTest::newRow("limit") << QByteArray("country=US&limit=101")
                               << errors("limit",
                                         QStringLiteral("must be a whole number from 1 to 100"));
    }

    void shouldRefuseBadQuestionsPerField()
    {
        QFETCH(QByteArray, query);
        QFETCH(QJsonObject, errors);
        const HttpReply reply = search(query);
        QCOMPARE(reply.status, 422);
        QCOMPARE(errorsOf(reply), errors);
    }

    void shouldAskForCredentials()
    {
        QCOMPARE(m_sandbox->http->get("phone_numbers/search?country=US", Auth::None).status, 401);
        QCOMPARE(m_sandbox->http->get("phone_numbers/search.json?country=US", Auth::Basic).status,
                 200);
    }

    void shouldBuyExactlyTheRequestedNumber()
    {
        const QStringList offered = numbersOf(search("country=GB&prefix=161&limit=2"));
        QCOMPARE(offered.size(), 2);
        const int before = m_sandbox->server->numberCount();
        const HttpReply bought = buy(QStringLiteral("GB"), false, offered.first());
        QCOMPARE(bought.status, 201);
        const QJsonObject record = bought.object().value(QLatin1String("number")).toObject();
        QCOMPARE(record.value(QLatin1String("number")).toString(), offered.first());
        QCOMPARE(record.value(QLatin1String("country")).toString(), QStringLiteral("GB"));
        QCOMPARE(m_sandbox->server->numberCount(), before + 1);

        // Now it is the account's: a second purchase of it is refused, and nothing is bought.
        const HttpReply again = buy(QStringLiteral("GB"), false, offered.first());
        QCOMPARE(again.status, 422);
        QCOMPARE(errorsOf(again),
                 QJsonObject({{QStringLiteral("requested_number"),
                               QJsonArray{QStringLiteral("is no longer available")}}}));
        QCOMPARE(m_sandbox->server->numberCount(), before + 1);
    }

    void shouldRefuseARequestedNumberThatCannotBeBought_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<bool>("tollFree");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("message");
        QTest::newRow("not E.164") << "US" << false << "415 555 0123"
                                   << "must be a number in E.164 form, such as +14155550123";
        QTest::newRow("not valid") << "US" << false << "+15550100000"
                                   << "is not a valid phone number";
        QTest::newRow("another country") << "US" << false << "+441614199581"
                                         << "is not a number of US";
        QTest::newRow("toll-free asked as local") << "US" << false << "+18885550100"
                                                  << "is a toll-free number";
        QTest::newRow("local asked as toll-free") << "US" << true << "+12126699604"
                                                  << "is not a toll-free number";
        QTest::newRow("rented") << "GB" << false << "+441224980000"
                                << "is no longer available";
    }

    void shouldRefuseARequestedNumberThatCannotBeBought()
    {
        QFETCH(QString, country);
        QFETCH(bool, tollFree);
        QFETCH(QString, requested);
        QFETCH(QString, message);
        const int before = m_sandbox->server->numberCount();
        const HttpReply reply = buy(country, tollFree, requested);
        QCOMPARE(reply.status, 422);
        QCOMPARE(errorsOf(reply),
                 QJsonObject({{QStringLiteral("requested_number"), QJsonArray{message}}}));
        QCOMPARE(m_sandbox->server->numberCount(), before);
    }

    // A NANP toll-free number is sold in every NANP country.
    void shouldSellANanpTollFreeNumberInCanada()
    {
        const QStringList offered = numbersOf(search("country=CA&toll_free=1&limit=1"));
        QCOMPARE(offered.size(), 1);
        QCOMPARE(buy(QStringLiteral("CA"), true, offered.first()).status, 201);
    }

    // --search-race-rate: someone else was quicker.
    void shouldLoseSearchedNumbersToOtherCustomersAtTheRaceRate()
    {
        FaultSettings race;
        race.searchRaceRate = 1.0;
        m_sandbox->server->setFaults(race);
        const QStringList offered = numbersOf(search("country=US&prefix=617&limit=3"));
        QCOMPARE(offered.size(), 3);
        const int before = m_sandbox->server->numberCount();
        for (const QString &e164 : offered) {
            const HttpReply reply = buy(QStringLiteral("US"), false, e164);
            QCOMPARE(reply.status, 422);
            QCOMPARE(errorsOf(reply).value(QLatin1String("requested_number")).toArray(),
                     QJsonArray{QStringLiteral("is no longer available")});
        }
        QCOMPARE(m_sandbox->server->numberCount(), before);
        // Taken is taken: not offered again, not sold when the race is over.
        const QStringList again = numbersOf(search("country=US&prefix=617&limit=20"));
        for (const QString &e164 : offered)
            QVERIFY2(!again.contains(e164), qPrintable(e164));
        m_sandbox->server->setFaults({});
        QCOMPARE(buy(QStringLiteral("US"), false, offered.first()).status, 422);
        // A number no search offered is not raced for.
        m_sandbox->server->setFaults(race);
        QCOMPARE(buy(QStringLiteral("US"), false, QStringLiteral("+16172531000")).status, 201);
        // Nor is "any number".
        QCOMPARE(buy(QStringLiteral("US"), false, QString()).status, 201);
    }

    void shouldLoseAboutTheRaceRatesShare()
    {
        FaultSettings race;
        race.searchRaceRate = 0.5;
        m_sandbox->server->setFaults(race);
        const QStringList offered = numbersOf(search("country=DE&limit=40"));
        QCOMPARE(offered.size(), 40);
        int lost = 0;
        for (const QString &e164 : offered) {
            const int status = buy(QStringLiteral("DE"), false, e164).status;
            QVERIFY(status == 201 || status == 422);
            lost += status == 422 ? 1 : 0;
        }
        QVERIFY2(lost > 8 && lost < 32, qPrintable(QString::number(lost)));
    }

    void shouldLetATestHandANumberToAnotherCustomer()
    {
        const QStringList offered = numbersOf(search("country=US&prefix=305&limit=2"));
        m_sandbox->server->takeNumberElsewhere(offered.first());
        QVERIFY(!numbersOf(search("country=US&prefix=305&limit=2")).contains(offered.first()));
        QCOMPARE(buy(QStringLiteral("US"), false, offered.first()).status, 422);
        QCOMPARE(buy(QStringLiteral("US"), false, offered.last()).status, 201);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxNumberSearch)
#include "tst_sandboxnumbersearch.moc"
