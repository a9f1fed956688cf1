#include "responsedecoder.h"
#include "testhelpers.h"

#include <QTest>

#include <limits>

using namespace numdesk;
using numdesk::test::readTestData;

class tst_ResponseDecoder : public QObject
{
    Q_OBJECT

private slots:
    void shouldDecodeTheNumbersEnvelope()
    {
        const auto page =
            decode::numberPage(readTestData(QStringLiteral("list_numbers_envelope.json")));
        QVERIFY(page.ok());
        QCOMPARE(page.value().numbers.size(), 2);
        QCOMPARE(page.value().numbers.at(0).number, QStringLiteral("+18005002562"));
        QCOMPARE(page.value().numbers.at(0).tokenValues, QStringList{"interest:auto"});
        QCOMPARE(page.value().numbers.at(1).name, QStringLiteral("Aberdeen, \"VIP\" línea"));
        QCOMPARE(page.value().numbers.at(1).offerId, 101);
        QCOMPARE(page.value().meta.totalCount, 48311);
        QCOMPARE(page.value().meta.totalPages, 1933);
        QCOMPARE(page.value().meta.perPage, 25);
        QVERIFY(!page.value().meta.perPageCap.has_value());
    }

    void shouldDecodeThePhoneNumbersRootWithoutMetadata()
    {
        const auto page =
            decode::numberPage(readTestData(QStringLiteral("list_phone_numbers_envelope.json")));
        QVERIFY(page.ok());
        QCOMPARE(page.value().numbers.size(), 1);
        QVERIFY(!page.value().meta.totalCount.has_value());
    }

    void shouldDecodeABareArray()
    {
        const auto page = decode::numberPage(readTestData(QStringLiteral("list_bare.json")));
        QVERIFY(page.ok());
        QCOMPARE(page.value().numbers.size(), 2);
        QCOMPARE(page.value().numbers.at(1).id, 4);
        QVERIFY(!page.value().meta.totalCount.has_value());
    }

    void shouldDecodeEverySingleEnvelope_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("number root") << readTestData(QStringLiteral("single_envelope.json"));
        QTest::newRow("phone_number root")
            << QByteArray(R"({"phone_number":{"id":185923,"number":"+18005002562"}})");
        QTest::newRow("the record itself")
            << QByteArray(R"({"id":185923,"number":"+18005002562"})");
    }
    void shouldDecodeEverySingleEnvelope()
    {
        QFETCH(QByteArray, body);
        const auto number = decode::singleNumber(body);
        QVERIFY(number.ok());
        QCOMPARE(number.value().id, 185923);
        QCOMPARE(number.value().number, QStringLiteral("+18005002562"));
    }

    void shouldGiveABadResponseWithAReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray("  ") << "the body is empty";
        QTest::newRow("html") << readTestData(QStringLiteral("error_page.html"))
                              << "an HTML page (\"502 Bad Gateway\") instead of JSON";
        QTest::newRow("truncated")
            << QByteArray(R"({"numbers":[{"id":1},{"id")")
            << "invalid JSON at byte 26 of 26 (unterminated string); the answer may be cut off";
        QTest::newRow("no list") << QByteArray(R"({"metadata":{}})")
                                 << "the list 'numbers' is missing";
        QTest::newRow("list is object")
            << QByteArray(R"({"numbers":{}})") << "'numbers' is not a list";
        QTest::newRow("scalar")
            << QByteArray("42")
            << "invalid JSON at byte 1 of 2 (illegal value); the answer may be cut off";
        QTest::newRow("entry not object")
            << QByteArray(R"({"numbers":[{"id":1},"x"]})") << "entry 2 of the list is not a record";
        QTest::newRow("wrong type") << QByteArray(R"({"numbers":[{"id":1},{"id":{"a":1}}]})")
                                    << "record 2: 'id' is not a whole number";
    }
    void shouldGiveABadResponseWithAReason()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const auto page = decode::numberPage(body);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(page.error().detail, reason);
        QVERIFY(page.error().message.endsWith(reason));
    }

    // Issue 16: every shape api-notes.md expects of GET phone_numbers/search.
    void shouldDecodeEverySearchAnswerShape()
    {
        auto decoded = [](const char *file) {
            const auto numbers = decode::availableNumbers(readTestData(QString::fromLatin1(file)));
            if (!numbers.ok())
                qWarning("%s: %s", file, qPrintable(numbers.error().detail));
            return numbers.ok() ? numbers.value() : QList<AvailableNumber>{};
        };

        const QList<AvailableNumber> strings = decoded("search_bare_strings.json");
        QCOMPARE(strings.size(), 2);
        AvailableNumber plain;
        plain.number = QStringLiteral("+14155550123");
        QCOMPARE(strings.at(0), plain);
        QCOMPARE(strings.at(1).number, QStringLiteral("+14155550199"));

        // Twilio's words: phone_number, friendly_name, locality, region, rate_center.
        const QList<AvailableNumber> friendly = decoded("search_phone_numbers_friendly.json");
        QCOMPARE(friendly.size(), 1);
        AvailableNumber twilio;
        twilio.number = QStringLiteral("+14153569377");
        twilio.humanNumber = QStringLiteral("(415) 356-9377");
        twilio.locality = QStringLiteral("San Francisco");
        twilio.region = QStringLiteral("CA");
        twilio.rateCenter = QStringLiteral("SNFC CNTRL");
        twilio.country = QStringLiteral("US");
        twilio.extra = QJsonObject{
            {QStringLiteral("postal_code"), QStringLiteral("94105")},
            {QStringLiteral("capabilities"),
             QJsonObject{{QStringLiteral("voice"), true}, {QStringLiteral("sms"), true}}}};
        QCOMPARE(friendly.at(0), twilio);
        QCOMPARE(friendly.at(0).place(), QStringLiteral("San Francisco, CA"));

        // TrackDrive's words: number, human_number; city and state; toll_free as given.
        const QList<AvailableNumber> human = decoded("search_numbers_human.json");
        QCOMPARE(human.size(), 2);
        QCOMPARE(human.at(0).number, QStringLiteral("+441614960123"));
        QCOMPARE(human.at(0).humanNumber, QStringLiteral("0161 496 0123"));
        QCOMPARE(human.at(0).locality, QStringLiteral("Manchester"));
        QCOMPARE(human.at(0).region, QStringLiteral("England"));
        QCOMPARE(human.at(0).country, QStringLiteral("GB"));
        QCOMPARE(human.at(0).tollFree, false);
        QCOMPARE(human.at(1).tollFree, true); // "true" as text
        QVERIFY(human.at(1).extra.isEmpty());

        // "number" wins over "phone_number", which is kept.
        const QList<AvailableNumber> available = decoded("search_available_numbers.json");
        QCOMPARE(available.size(), 1);
        QCOMPARE(available.at(0).number, QStringLiteral("+18885550100"));
        QCOMPARE(available.at(0).tollFree, true);
        QCOMPARE(available.at(0).extra, QJsonObject({{QStringLiteral("phone_number"),
                                                      QStringLiteral("+1 888 555 0100")}}));

        const QList<AvailableNumber> results = decoded("search_results.json");
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).number, QStringLiteral("+61290000000"));

        // Nulls are absent values; the place falls back to what the server gave.
        const QList<AvailableNumber> objects = decoded("search_bare_objects.json");
        QCOMPARE(objects.size(), 1);
        QCOMPARE(objects.at(0).humanNumber, QString());
        QCOMPARE(objects.at(0).place(), QStringLiteral("Berlin"));
        QVERIFY(objects.at(0).extra.isEmpty());
        QVERIFY(!objects.at(0).tollFree.has_value());

        QCOMPARE(decode::availableNumbers(QByteArray("[]")).value(), QList<AvailableNumber>{});
    }

    // Without a place from the server, libphonenumber's offline geocoder says where it is.
    void shouldPlaceASearchResultTheServerDidNotPlace()
    {
        AvailableNumber number;
        number.number = QStringLiteral("+12126699604");
        QCOMPARE(number.place(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("New York, NY"));
        QCOMPARE(number.readable(QStringLiteral("US")), QStringLiteral("(212) 669-9604"));
        number.humanNumber = QStringLiteral("212 669 9604");
        QCOMPARE(number.readable(QStringLiteral("US")), QStringLiteral("212 669 9604"));
    }

    void shouldRefuseASearchAnswerItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no known root")
            << QByteArray(R"({"data":[]})") << "the list 'phone_numbers' is missing";
        QTest::newRow("root is no list")
            << QByteArray(R"({"available_numbers":"none"})") << "'available_numbers' is not a list";
        QTest::newRow("entry without number")
            << QByteArray(R"([{"number":"+14155550123"},{"locality":"Nowhere"}])")
            << "entry 2 of the list has no number";
        QTest::newRow("empty number")
            << QByteArray(R"(["  "])") << "entry 1 of the list has no number";
        QTest::newRow("number is no text")
            << QByteArray(R"([{"number":14155550123}])") << "entry 1: 'number' is not text";
        QTest::newRow("entry is a list") << QByteArray(R"([["+14155550123"]])")
                                         << "entry 1 of the list is neither a number nor a record";
        QTest::newRow("toll_free unreadable")
            << QByteArray(R"([{"number":"+18885550100","toll_free":"maybe"}])")
            << "entry 1: 'toll_free' is not true or false";
        QTest::newRow("html") << readTestData(QStringLiteral("error_page.html"))
                              << "an HTML page (\"502 Bad Gateway\") instead of JSON";
    }

    void shouldRefuseASearchAnswerItCannotRead()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const auto numbers = decode::availableNumbers(body);
        QVERIFY(!numbers.ok());
        QCOMPARE(numbers.error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(numbers.error().detail, reason);
    }

    void shouldDecodeLookupsWithTrafficSourceLabels()
    {
        const auto sources = decode::lookupPage(
            R"({"traffic_sources":[{"id":1002592,"name":"Google Ads","user_traffic_source_id":12},)"
            R"({"id":5,"name":"Radio"}],"metadata":{"total_count":2}})",
            schema::LookupKind::TrafficSources);
        QVERIFY(sources.ok());
        QCOMPARE(sources.value().items.size(), 2);
        QCOMPARE(sources.value().items.at(0), (LookupItem{1002592, QStringLiteral("Google Ads"),
                                                          QStringLiteral("12 - Google Ads")}));
        QCOMPARE(sources.value().items.at(1).label, QStringLiteral("Radio"));
        QCOMPARE(sources.value().meta.totalCount, 2);

        const auto offers = decode::lookupPage(R"([{"id":100,"name":"Auto Insurance"}])",
                                               schema::LookupKind::Offers);
        QVERIFY(offers.ok());
        QCOMPARE(offers.value().items.first().label, QStringLiteral("Auto Insurance"));
        const auto broken =
            decode::lookupPage(R"({"offers":[{"name":"x"}]})", schema::LookupKind::Offers);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().detail, QStringLiteral("entry 1 of 'offers' has no id"));
    }

    // Found by fuzz_responsedecoder: a count or id past 2^53 (1e300) was converted to qint64,
    // which is undefined behaviour; a count past int was cut. Now they count as absent.
    void shouldTreatNumbersOutOfRangeAsAbsent()
    {
        const auto page = decode::numberPage(
            R"({"numbers":[],"metadata":{"total_count":1e300,"total_pages":1e10,)"
            R"("per_page":-5,"per_page_cap":250}})");
        QVERIFY(page.ok());
        QCOMPARE(page.value().meta.totalCount, std::nullopt);
        QCOMPARE(page.value().meta.totalPages, std::nullopt);
        QCOMPARE(page.value().meta.perPage, std::nullopt);
        QCOMPARE(page.value().meta.perPageCap, 250);

        const auto lookups =
            decode::lookupPage(R"([{"id":39223372036854775807}])", schema::LookupKind::Offers);
        QVERIFY(!lookups.ok());
        QCOMPARE(lookups.error().detail, QStringLiteral("entry 1 of 'offers' has no id"));
        const auto sources =
            decode::lookupPage(R"([{"id":5,"name":"Radio","user_traffic_source_id":1e300}])",
                               schema::LookupKind::TrafficSources);
        QVERIFY(sources.ok());
        QCOMPARE(sources.value().items.first().label, QStringLiteral("Radio"));
    }

    void shouldDecodeTimeZoneCollections()
    {
        const auto names = decode::timeZones(R"j(["UTC","Eastern Time (US & Canada)"])j");
        QVERIFY(names.ok());
        QCOMPARE(names.value().size(), 2);
        QCOMPARE(names.value().at(1).ianaId, QByteArray("America/New_York"));
        const auto objects = decode::timeZones(
            R"({"time_zones":[{"name":"Berlin","iana":"Europe/Berlin"},{"id":"Hawaii"}]})");
        QVERIFY(objects.ok());
        QCOMPARE(objects.value().at(0),
                 (dates::NamedTimeZone{QStringLiteral("Berlin"), "Europe/Berlin"}));
        QCOMPARE(objects.value().at(1).ianaId, QByteArray("Pacific/Honolulu"));
    }

    void shouldMapStatusCodesToErrorKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << int(ApiError::Kind::Validation);
        QTest::newRow("401") << 401 << int(ApiError::Kind::Auth);
        QTest::newRow("403") << 403 << int(ApiError::Kind::Permission);
        QTest::newRow("404") << 404 << int(ApiError::Kind::NotFound);
        QTest::newRow("422") << 422 << int(ApiError::Kind::Validation);
        QTest::newRow("429") << 429 << int(ApiError::Kind::RateLimited);
        QTest::newRow("500") << 500 << int(ApiError::Kind::Server);
        QTest::newRow("503") << 503 << int(ApiError::Kind::Server);
        QTest::newRow("418") << 418 << int(ApiError::Kind::BadResponse);
    }
    void shouldMapStatusCodesToErrorKinds()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        const ApiError error = decode::httpError(status, "<html>oops</html>", {});
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QVERIFY(!error.message.isEmpty());
    }

    void shouldKeepPerFieldValidationMessages()
    {
        const ApiError error =
            decode::httpError(422, readTestData(QStringLiteral("error_422.json")), {});
        QCOMPARE(error.kind, ApiError::Kind::Validation);
        QCOMPARE(error.fieldErrors.value(QStringLiteral("offer_id")),
                 QStringList{"does not exist"});
        QCOMPARE(error.fieldErrors.value(QStringLiteral("country")),
                 QStringList({"is not included in the list", "can't be blank"}));
        QCOMPARE(
            error.message,
            QStringLiteral("The server refused the request: country is not included in the list"));
        QCOMPARE(
            error.fullText(),
            QStringLiteral("The server refused the request: country is not included in the list\n"
                           "country: is not included in the list\ncountry: can't be blank\n"
                           "offer_id: does not exist"));
    }

    void shouldReadErrorsGivenAsArrayOrString()
    {
        const ApiError array = decode::httpError(422, R"({"errors":["Number is protected"]})", {});
        QCOMPARE(array.fieldErrors.value(QStringLiteral("base")),
                 QStringList{"Number is protected"});
        QCOMPARE(array.message,
                 QStringLiteral("The server refused the request: Number is protected"));
        const ApiError text = decode::httpError(422, R"({"errors":"Bad things"})", {});
        QCOMPARE(text.fieldErrors.value(QStringLiteral("base")), QStringList{"Bad things"});
    }

    void shouldReadRetryAfter()
    {
        const ApiError error = decode::httpError(429, "{}", "7");
        QCOMPARE(error.retryAfterSeconds, 7);
        QCOMPARE(error.message,
                 QStringLiteral("Too many requests (429); the server asks to wait 7 second(s)."));
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 30), QTimeZone::utc());
        QCOMPARE(decode::retryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT", now), 30);
        QVERIFY(!decode::retryAfterSeconds("soon", now).has_value());
        QVERIFY(!decode::retryAfterSeconds("", now).has_value());
        QVERIFY(!decode::httpError(429, "{}", {}).retryAfterSeconds.has_value());
        // Issue 19.1: far dates and huge numbers are long waits, never negative or wrapped.
        QCOMPARE(decode::retryAfterSeconds("Fri, 31 Dec 9999 23:59:59 GMT", now),
                 std::numeric_limits<int>::max());
        QCOMPARE(decode::retryAfterSeconds("3000000", now), 3000000);
        QCOMPARE(decode::retryAfterSeconds("99999999999", now), std::numeric_limits<int>::max());
        QCOMPARE(decode::retryAfterTime("Sun, 01 Jan 2096 00:00:00 GMT", now),
                 QDateTime(QDate(2096, 1, 1), QTime(0, 0), QTimeZone::utc()));
        const ApiError far = decode::httpError(429, R"({"errors":{"base":["daily quota spent"]}})",
                                               "Sun, 01 Jan 2096 00:00:00 GMT");
        QVERIFY(far.doNotRetry);
        QCOMPARE(far.message,
                 QStringLiteral("Too many requests (429): the server asks to come back at "
                                "2096-01-01 00:00:00 UTC, more than 60 second(s) from now; try "
                                "again then. The server said: daily quota spent"));
    }
};

QTEST_GUILESS_MAIN(tst_ResponseDecoder)
#include "tst_responsedecoder.moc"
