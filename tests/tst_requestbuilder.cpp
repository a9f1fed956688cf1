#include "requestbuilder.h"

#include <QTest>
#include <QTimeZone>

using namespace numdesk;

namespace {

Account account(AuthMethod method = AuthMethod::Basic)
{
    Account a;
    a.apiBase = QUrl(QStringLiteral("https://acme.trackdrive.com/api/v1/"));
    a.credentials.method = method;
    a.credentials.publicKey = QStringLiteral("tdpub_1");
    a.credentials.privateKey = QStringLiteral("tdprv_2");
    a.credentials.token = QStringLiteral("tok+en/3");
    return a;
}

QByteArray url(const PreparedRequest &p)
{
    return p.request.url().toEncoded();
}

} // namespace

class tst_RequestBuilder : public QObject
{
    Q_OBJECT

private slots:
    void shouldBuildTheDefaultListRequest()
    {
        const PreparedRequest p = RequestBuilder(account()).build(ListNumbers{});
        QCOMPARE(p.verb, QByteArray("GET"));
        QCOMPARE(url(p),
                 QByteArray("https://acme.trackdrive.com/api/v1/phone_numbers?page=1&per_page=25"));
        QVERIFY(p.body.isEmpty());
        QCOMPARE(p.request.rawHeader("Accept"), QByteArray("application/json"));
        QCOMPARE(p.request.rawHeader("Authorization"),
                 "Basic " + QByteArray("tdpub_1:tdprv_2").toBase64());
        QVERIFY(!p.request.hasRawHeader("Content-Type"));
    }

    void shouldEncodePlusInNumber()
    {
        ListNumbers r;
        r.filter.number = QStringLiteral("+441224980000");
        QCOMPARE(url(RequestBuilder(account()).build(r)),
                 QByteArray("https://acme.trackdrive.com/api/v1/phone_numbers?page=1&per_page=25"
                            "&number=%2B441224980000"));
    }

    void shouldEncodeEveryParameterOfTheList()
    {
        ListNumbers r;
        r.page = 3;
        r.perPage = 250;
        r.filter.fulltext = QStringLiteral("a&b=c %");
        r.filter.timeZone = QStringLiteral("Eastern Time (US & Canada)");
        r.filter.createdFrom = QDateTime(QDate(2016, 1, 1), QTime(17, 25, 15), QTimeZone::utc());
        r.filter.createdTo = QDateTime(QDate(2016, 1, 2), QTime(5, 0), QTimeZone::utc());
        r.filter.lastCallFrom = QDateTime(QDate(2016, 1, 3), QTime(5, 0), QTimeZone::utc());
        r.filter.lastCallTo = QDateTime(QDate(2016, 1, 4), QTime(5, 0), QTimeZone::utc());
        r.filter.offerId = 100;
        r.filter.trafficSourceId = 1002592;
        r.filter.providerConfigurationId = 150;
        r.filter.ringPoolId = 9;
        r.columns = QStringList{"id", "number", "created_at"};
        r.root = false;
        QCOMPARE(url(RequestBuilder(account()).build(r)),
                 QByteArray("https://acme.trackdrive.com/api/v1/phone_numbers?page=3&per_page=250"
                            "&created_at_from=2016-01-01%2012%3A25%3A15%20-0500"
                            "&created_at_to=2016-01-02%2000%3A00%3A00%20-0500"
                            "&last_call_at_from=2016-01-03%2000%3A00%3A00%20-0500"
                            "&last_call_at_to=2016-01-04%2000%3A00%3A00%20-0500"
                            "&fulltext=a%26b%3Dc%20%25"
                            "&time_zone=Eastern%20Time%20%28US%20%26%20Canada%29"
                            "&offer_id=100&traffic_source_id=1002592&provider_configuration_id=150"
                            "&ring_pool_id=9&columns=id%2Cnumber%2Ccreated_at&root=false"));
    }

    void shouldEncodeThePlusOfAPositiveOffset()
    {
        ListNumbers r;
        r.filter.createdFrom = QDateTime(QDate(2016, 1, 1), QTime(12, 0), QTimeZone(3600));
        QVERIFY(url(RequestBuilder(account()).build(r))
                    .endsWith("&created_at_from=2016-01-01%2012%3A00%3A00%20%2B0100"));
    }

    void shouldAskForCsv()
    {
        ListNumbers r;
        r.format = ListFormat::Csv;
        const PreparedRequest p = RequestBuilder(account()).build(r);
        QCOMPARE(
            url(p),
            QByteArray("https://acme.trackdrive.com/api/v1/phone_numbers.csv?page=1&per_page=25"));
        QCOMPARE(p.request.rawHeader("Accept"), QByteArray("text/csv"));
    }

    void shouldEncodeThePlusOfAnIdPathSegment()
    {
        const PreparedRequest byNumber =
            RequestBuilder(account()).build(ShowNumber{QStringLiteral("+18005002562")});
        QCOMPARE(url(byNumber),
                 QByteArray("https://acme.trackdrive.com/api/v1/phone_numbers/%2B18005002562"));
        const PreparedRequest byId =
            RequestBuilder(account()).build(ShowNumber{QStringLiteral("185923")});
        QCOMPARE(url(byId), QByteArray("https://acme.trackdrive.com/api/v1/phone_numbers/185923"));
        const PreparedRequest odd =
            RequestBuilder(account()).build(ShowNumber{QStringLiteral("a/b?c")});
        QCOMPARE(url(odd),
                 QByteArray("https://acme.trackdrive.com/api/v1/phone_numbers/a%2Fb%3Fc"));
    }

    void shouldWriteThePurchaseBodyWithJsonTypes()
    {
        PurchaseNumber r;
        r.providerConfigurationId = 150;
        r.offerId = 100;
        r.tollFree = true;
        r.country = QStringLiteral("US");
        const PreparedRequest p = RequestBuilder(account()).build(r);
        QCOMPARE(p.verb, QByteArray("POST"));
        QCOMPARE(url(p), QByteArray("https://acme.trackdrive.com/api/v1/phone_numbers"));
        QCOMPARE(p.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/json"));
        QCOMPARE(
            p.body,
            QByteArray(
                R"({"country":"US","offer_id":100,"provider_configuration_id":150,"toll_free":true})"));

        r.tollFree = false;
        r.trafficSourceId = 1002592;
        r.ringPoolId = 3;
        r.tokenValues = QStringList{"interest:auto", "loan_amount:>=10000"};
        QCOMPARE(RequestBuilder::purchaseBody(r),
                 QByteArray(R"({"country":"US","offer_id":100,"provider_configuration_id":150,)"
                            "\"ring_pool_id\":3,\"token_values\":[\"interest:auto\",\"loan_amount:>"
                            "=10000\"],\"toll_free\":false,"
                            R"("traffic_source_id":1002592})"));
    }

    // Issue 16: exactly the number the search offered.
    void shouldAskForTheRequestedNumber()
    {
        PurchaseNumber r;
        r.providerConfigurationId = 150;
        r.offerId = 100;
        r.country = QStringLiteral("GB");
        r.requestedNumber = QStringLiteral("+441614960123");
        QCOMPARE(RequestBuilder::purchaseBody(r),
                 QByteArray(R"({"country":"GB","offer_id":100,"provider_configuration_id":150,)"
                            R"("requested_number":"+441614960123","toll_free":false})"));
        PurchaseNumber any = r;
        any.requestedNumber.clear();
        QVERIFY(!RequestBuilder::purchaseBody(any).contains("requested_number"));
        QVERIFY(!(any == r));
    }

    // Issue 16: GET phone_numbers/search, as api-notes.md's example writes it.
    void shouldSearchAvailableNumbers()
    {
        SearchNumbers r;
        r.country = QStringLiteral("US");
        r.prefix = QStringLiteral("415");
        r.contains = QStringLiteral("3569377");
        const PreparedRequest p = RequestBuilder(account()).build(r);
        QCOMPARE(p.verb, QByteArray("GET"));
        QCOMPARE(url(p), QByteArray("https://acme.trackdrive.com/api/v1/phone_numbers/"
                                    "search?country=US&toll_free=false&prefix=415&query=3569377"));
        QVERIFY(p.body.isEmpty());

        SearchNumbers tollFree;
        tollFree.country = QStringLiteral("GB");
        tollFree.tollFree = true;
        tollFree.limit = 5;
        QCOMPARE(url(RequestBuilder(account(AuthMethod::AuthTokenQuery)).build(tollFree)),
                 QByteArray("https://acme.trackdrive.com/api/v1/phone_numbers/"
                            "search?country=GB&toll_free=true&limit=5&auth_token=tok%2Ben%2F3"));
    }

    void shouldSendOnlyWhatChanges()
    {
        UpdateNumber r;
        r.id = QStringLiteral("+18005002562");
        r.changes.trafficSourceId = std::optional<qint64>(1002592);
        const PreparedRequest p = RequestBuilder(account()).build(r);
        QCOMPARE(p.verb, QByteArray("PUT"));
        QCOMPARE(url(p),
                 QByteArray("https://acme.trackdrive.com/api/v1/phone_numbers/%2B18005002562"));
        QCOMPARE(p.body, QByteArray(R"({"traffic_source_id":1002592})"));

        NumberChanges clear;
        clear.ringPoolId = std::optional<qint64>();
        clear.tokenValues = std::optional<QStringList>();
        QCOMPARE(RequestBuilder::updateBody(clear),
                 QByteArray(R"({"ring_pool_id":null,"token_values":null})"));

        NumberChanges set;
        set.offerId = 5;
        set.tokenValues = std::optional<QStringList>(QStringList{"geo:!=800"});
        QCOMPARE(RequestBuilder::updateBody(set),
                 QByteArray(R"({"offer_id":5,"token_values":["geo:!=800"]})"));
        QVERIFY(NumberChanges{}.isEmpty());
        QVERIFY(!clear.isEmpty());
    }

    void shouldUnrentWithDelete()
    {
        const PreparedRequest p =
            RequestBuilder(account()).build(UnrentNumber{QStringLiteral("20590")});
        QCOMPARE(p.verb, QByteArray("DELETE"));
        QCOMPARE(url(p), QByteArray("https://acme.trackdrive.com/api/v1/phone_numbers/20590"));
        QVERIFY(p.body.isEmpty());
    }

    void shouldListEveryLookupAndTheTimeZones()
    {
        const RequestBuilder b(account());
        ListLookups r;
        r.kind = schema::LookupKind::TrafficSources;
        r.fulltext = QStringLiteral("Google Ads");
        QCOMPARE(url(b.build(r)),
                 QByteArray("https://acme.trackdrive.com/api/v1/"
                            "traffic_sources?page=1&per_page=250&fulltext=Google%20Ads"));
        r = ListLookups{};
        r.kind = schema::LookupKind::ProviderConfigurations;
        QCOMPARE(
            url(b.build(r)),
            QByteArray(
                "https://acme.trackdrive.com/api/v1/provider_configurations?page=1&per_page=250"));
        QCOMPARE(url(b.build(ListTimeZones{})),
                 QByteArray("https://acme.trackdrive.com/api/v1/collections/time_zone"));
    }

    void shouldAuthenticateEachWay()
    {
        const PreparedRequest token =
            RequestBuilder(account(AuthMethod::Token)).build(ShowNumber{QStringLiteral("1")});
        QCOMPARE(token.request.rawHeader("Authorization"), QByteArray("Token tok+en/3"));
        QCOMPARE(url(token), QByteArray("https://acme.trackdrive.com/api/v1/phone_numbers/1"));

        ListNumbers list;
        list.filter.number = QStringLiteral("+441224980000");
        const PreparedRequest query =
            RequestBuilder(account(AuthMethod::AuthTokenQuery)).build(list);
        QVERIFY(!query.request.hasRawHeader("Authorization"));
        QCOMPARE(url(query),
                 QByteArray("https://acme.trackdrive.com/api/v1/phone_numbers?page=1&per_page=25"
                            "&number=%2B441224980000&auth_token=tok%2Ben%2F3"));
    }

    void shouldSetPolicyHeadersAndAttributes()
    {
        RequestOptions options;
        options.timeoutMs = 1234;
        options.http2 = false;
        const PreparedRequest p = RequestBuilder(account(), options).build(ListNumbers{});
        QVERIFY(p.request.header(QNetworkRequest::UserAgentHeader)
                    .toByteArray()
                    .startsWith("NumbersDesk/"));
        QCOMPARE(p.request.transferTimeout(), 1234);
        QCOMPARE(p.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::SameOriginRedirectPolicy));
        QCOMPARE(p.request.attribute(QNetworkRequest::Http2AllowedAttribute).toBool(), false);
    }

    void shouldKeepAnApiBaseWithAPathPrefix()
    {
        Account a = account();
        a.apiBase = QUrl(QStringLiteral("http://127.0.0.1:8080/td/api/v1/"));
        QCOMPARE(url(RequestBuilder(a).build(UnrentNumber{QStringLiteral("+1")})),
                 QByteArray("http://127.0.0.1:8080/td/api/v1/phone_numbers/%2B1"));
    }
};

QTEST_GUILESS_MAIN(tst_RequestBuilder)
#include "tst_requestbuilder.moc"
