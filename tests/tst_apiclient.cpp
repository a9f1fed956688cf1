#include "apiclient.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace numdesk;
using numdesk::test::ScriptedServer;
using Reply = ScriptedServer::Reply;

namespace {

template<class T> struct Outcome
{
    std::optional<Result<T>> result;
    int calls = 0;
};

} // namespace

class tst_ApiClient : public QObject
{
    Q_OBJECT

private:
    ScriptedServer *m_server = nullptr;
    ApiClient *m_client = nullptr;

    Account accountFor(ScriptedServer *server, AuthMethod method = AuthMethod::Basic)
    {
        Account account;
        account.apiBase = QUrl(QString::fromLatin1(server->baseUrl()));
        account.credentials.method = method;
        account.credentials.publicKey = QStringLiteral("tdpub_demo");
        account.credentials.privateKey = QStringLiteral("tdprv_very_secret");
        account.credentials.token = QStringLiteral("token_very_secret");
        return account;
    }

    static ApiClient::Options fastOptions()
    {
        ApiClient::Options options;
        options.retry.baseDelayMs = 10;
        options.retry.maxDelayMs = 3000;
        options.request.timeoutMs = 5000;
        return options;
    }

    template<class T, class Start> Result<T> run(Start start)
    {
        Outcome<T> outcome;
        start([&outcome](const Result<T> &r) {
            outcome.result = r;
            ++outcome.calls;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 15000); }();
        if (!outcome.result)
            return ApiError::make(ApiError::Kind::Network, QStringLiteral("test: no result"));
        [&] { QCOMPARE(outcome.calls, 1); }();
        return *outcome.result;
    }

    Result<NumberPage> list(const ListNumbers &r)
    {
        return run<NumberPage>([&](auto done) { m_client->listNumbers(r, this, done); });
    }

private slots:
    void init()
    {
        m_server = new ScriptedServer(this);
        QVERIFY(m_server->listen());
        m_client = new ApiClient(accountFor(m_server), this);
        m_client->setOptions(fastOptions());
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void shouldSendTheEncodedRequestOverTheWire()
    {
        m_server->setReplies({Reply::json(200, R"({"numbers":[{"id":1,"number":"+441224980000"}],
                                                   "metadata":{"total_count":1}})")});
        ListNumbers r;
        r.filter.number = QStringLiteral("+441224980000");
        const auto page = list(r);
        QVERIFY(page.ok());
        QCOMPARE(page.value().numbers.first().number, QStringLiteral("+441224980000"));
        QCOMPARE(m_server->requests().size(), 1);
        const auto &seen = m_server->requests().first();
        QCOMPARE(seen.method, QByteArray("GET"));
        QCOMPARE(seen.target,
                 QByteArray("/api/v1/phone_numbers?page=1&per_page=25&number=%2B441224980000"));
        QCOMPARE(seen.headers.value("authorization"),
                 "Basic " + QByteArray("tdpub_demo:tdprv_very_secret").toBase64());
        QVERIFY(seen.headers.value("user-agent").startsWith("NumbersDesk/"));
    }

    void shouldSendMutationsWithTheirBodies()
    {
        const QByteArray record = R"({"number":{"id":9,"number":"+18885550100"}})";
        m_server->setReplies(
            {Reply::json(201, record), Reply::json(200, record), Reply::json(200, record)});
        PurchaseNumber purchase;
        purchase.providerConfigurationId = 150;
        purchase.offerId = 100;
        purchase.tollFree = true;
        purchase.country = QStringLiteral("US");
        QVERIFY(run<PhoneNumber>([&](auto done) {
                    m_client->purchaseNumber(purchase, this, done);
                }).ok());
        UpdateNumber update{QStringLiteral("+18885550100"), {}};
        update.changes.ringPoolId = std::optional<qint64>();
        QVERIFY(
            run<PhoneNumber>([&](auto done) { m_client->updateNumber(update, this, done); }).ok());
        const auto unrent = run<UnrentOutcome>([&](auto done) {
            m_client->unrentNumber(UnrentNumber{QStringLiteral("9")}, this, done);
        });
        QVERIFY(unrent.ok());
        QCOMPARE(unrent.value().record->id, 9);
        QVERIFY(!unrent.value().alreadyGone);

        const auto &seen = m_server->requests();
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen.at(0).method, QByteArray("POST"));
        QCOMPARE(seen.at(0).target, QByteArray("/api/v1/phone_numbers"));
        QCOMPARE(seen.at(0).headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(
            seen.at(0).body,
            QByteArray(
                R"({"country":"US","offer_id":100,"provider_configuration_id":150,"toll_free":true})"));
        QCOMPARE(seen.at(1).method, QByteArray("PUT"));
        QCOMPARE(seen.at(1).target, QByteArray("/api/v1/phone_numbers/%2B18885550100"));
        QCOMPARE(seen.at(1).body, QByteArray(R"({"ring_pool_id":null})"));
        QCOMPARE(seen.at(2).method, QByteArray("DELETE"));
        QCOMPARE(seen.at(2).target, QByteArray("/api/v1/phone_numbers/9"));
    }

    void shouldRetryAGetOnServerErrorsAndCountAttempts()
    {
        m_server->setReplies({Reply::json(503, "{}"), Reply::json(500, "<html></html>"),
                              Reply::json(200, R"({"numbers":[]})")});
        QSignalSpy retries(m_client, &ApiClient::callFinished);
        const auto page = list(ListNumbers{});
        QVERIFY(page.ok());
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(retries.size(), 1);
        QVERIFY(
            retries.first().first().toString().endsWith(QStringLiteral("-> 200 (3 attempt(s))")));
    }

    void shouldGiveUpAfterTheLastAttempt()
    {
        m_server->setReplies({Reply::json(500, "{}")});
        const auto page = list(ListNumbers{});
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ApiError::Kind::Server);
        QCOMPARE(page.error().attempts, 4);
        QCOMPARE(m_server->requests().size(), 4);
    }

    void shouldRetryAfterADroppedConnection()
    {
        Reply drop;
        drop.drop = true;
        m_server->setReplies({drop, Reply::json(200, R"({"numbers":[{"id":5}]})")});
        const auto page = list(ListNumbers{});
        QVERIFY(page.ok());
        QCOMPARE(page.value().numbers.first().id, 5);
        QCOMPARE(m_server->requests().size(), 2);
    }

    void shouldWaitAsRetryAfterSays()
    {
        Reply limited = Reply::json(429, R"({"errors":{"base":["slow down"]}})");
        limited.headers = {{"Retry-After", "1"}};
        m_server->setReplies({limited, Reply::json(200, R"({"numbers":[]})")});
        QElapsedTimer clock;
        clock.start();
        QVERIFY(list(ListNumbers{}).ok());
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_server->requests().size(), 2);
    }

    void shouldNeverRetryAPurchase()
    {
        m_server->setReplies({Reply::json(503, "{}"), Reply::json(201, R"({"number":{"id":1}})")});
        PurchaseNumber purchase{150, 100, false, QStringLiteral("GB"), {}, {}, {}, {}};
        const auto result =
            run<PhoneNumber>([&](auto done) { m_client->purchaseNumber(purchase, this, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Server);
        QVERIFY(!result.error().outcomeUnknown);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void shouldNotLetQtResendAPurchaseAfterADroppedConnection()
    {
        // A kept-alive connection first, so that Qt would think a resend is safe.
        Reply drop;
        drop.drop = true;
        m_server->setReplies({Reply::json(200, R"({"numbers":[]})"), drop});
        QVERIFY(list(ListNumbers{}).ok());
        PurchaseNumber purchase{150, 100, true, QStringLiteral("US"), {}, {}, {}, {}};
        const auto result =
            run<PhoneNumber>([&](auto done) { m_client->purchaseNumber(purchase, this, done); });
        QVERIFY(!result.ok());
        QVERIFY(result.error().outcomeUnknown);
        QTest::qWait(300);
        int posts = 0;
        for (const auto &request : m_server->requests())
            posts += request.method == "POST" ? 1 : 0;
        QCOMPARE(posts, 1);
        QCOMPARE(
            m_server->requests().last().body,
            QByteArray(
                R"({"country":"US","offer_id":100,"provider_configuration_id":150,"toll_free":true})"));
    }

    void shouldCallAPurchaseWhoseReplyTimesOutUnknownAndNotResendIt()
    {
        Reply hang;
        hang.hang = true;
        m_server->setReplies({hang});
        ApiClient::Options options = fastOptions();
        options.request.timeoutMs = 300;
        m_client->setOptions(options);
        PurchaseNumber purchase{150, 100, true, QStringLiteral("US"), {}, {}, {}, {}};
        const auto result =
            run<PhoneNumber>([&](auto done) { m_client->purchaseNumber(purchase, this, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
        QVERIFY(result.error().outcomeUnknown);
        QTest::qWait(400); // nothing else may arrive
        QCOMPARE(m_server->requests().size(), 1);
    }

    void shouldTellACancelFromATimeout()
    {
        Reply hang;
        hang.hang = true;
        m_server->setReplies({hang});
        ApiClient::Options options = fastOptions();
        options.request.timeoutMs = 200;
        options.retry.maxAttempts = 1;
        m_client->setOptions(options);
        const auto timedOut = list(ListNumbers{});
        QCOMPARE(timedOut.error().kind, ApiError::Kind::Timeout);

        options.request.timeoutMs = 10000;
        m_client->setOptions(options);
        const auto cancelled = run<NumberPage>([&](auto done) {
            QPointer<ApiCall> call = m_client->listNumbers(ListNumbers{}, this, done);
            QTimer::singleShot(50, call, [call] { call->cancel(); });
        });
        QCOMPARE(cancelled.error().kind, ApiError::Kind::Cancelled);
        QVERIFY(!cancelled.error().outcomeUnknown);
    }

    void shouldApplyANewTimeoutAndHttp2SwitchToTheNextRequest()
    {
        QCOMPARE(m_client->requestTimeout(), 5000);
        QVERIFY(m_client->isHttp2Enabled());
        // Ten minutes, then 1.5 s: the hanging request below times out within run()'s 15 s only
        // when the second value is the one applied (no race against a tight upper bound).
        m_client->setRequestTimeout(600000);
        m_client->setRequestTimeout(1500);
        m_client->setHttp2Enabled(false);
        QCOMPARE(m_client->requestTimeout(), 1500);
        QVERIFY(!m_client->isHttp2Enabled());
        QCOMPARE(m_client->options().request.timeoutMs, 1500);
        const PreparedRequest prepared = m_client->builder().build(ListNumbers{});
        QCOMPARE(prepared.request.transferTimeout(), 1500);
        QCOMPARE(prepared.request.attribute(QNetworkRequest::Http2AllowedAttribute).toBool(),
                 false);
        QCOMPARE(m_client->builder().options().timeoutMs, 1500);

        Reply hang;
        hang.hang = true;
        m_server->setReplies({hang});
        ApiClient::Options options = m_client->options();
        options.retry.maxAttempts = 1;
        m_client->setOptions(options);
        QElapsedTimer clock;
        clock.start();
        const auto timedOut = list(ListNumbers{});
        QCOMPARE(timedOut.error().kind, ApiError::Kind::Timeout);
        QVERIFY2(clock.elapsed() >= 1400, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_server->requests().size(), 1);

        m_client->setRequestTimeout(10); // never below a second
        QCOMPARE(m_client->requestTimeout(), 1000);
    }

    void shouldCountADeleteThat404sAfterARetryAsDone()
    {
        m_server->setReplies(
            {Reply::json(503, "{}"), Reply::json(404, R"({"errors":{"base":["not found"]}})")});
        const auto retried = run<UnrentOutcome>([&](auto done) {
            m_client->unrentNumber(UnrentNumber{QStringLiteral("+18005002562")}, this, done);
        });
        QVERIFY(retried.ok());
        QVERIFY(retried.value().alreadyGone);
        QCOMPARE(m_server->requests().size(), 2);

        m_server->clear();
        m_server->setReplies({Reply::json(404, R"({"errors":{"base":["not found"]}})")});
        const auto missing = run<UnrentOutcome>([&](auto done) {
            m_client->unrentNumber(UnrentNumber{QStringLiteral("1")}, this, done);
        });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ApiError::Kind::NotFound);
    }

    void shouldRefuseAnOversizedBody()
    {
        ApiClient::Options options = fastOptions();
        options.maxBodyBytes = 1024 * 1024;
        m_client->setOptions(options);
        m_server->setReplies({Reply::json(200, QByteArray(3 * 1024 * 1024, ' '))});
        const auto page = list(ListNumbers{});
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(page.error().message,
                 QStringLiteral("The server's answer is larger than 1 MB; it was not read."));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void shouldReportBrokenBodiesAsBadResponses()
    {
        m_server->setReplies({Reply::json(200, R"({"numbers":[{"id":1},{"id")")});
        const auto page = list(ListNumbers{});
        QCOMPARE(page.error().kind, ApiError::Kind::BadResponse);
        QCOMPARE(m_server->requests().size(), 1); // a bad body is not a transient error
    }

    void shouldKeepServerValidationMessages()
    {
        m_server->setReplies(
            {Reply::json(422, R"({"status":422,"errors":{"offer_id":["does not exist"]}})")});
        const auto result = run<PhoneNumber>([&](auto done) {
            m_client->purchaseNumber(
                PurchaseNumber{1, 2, false, QStringLiteral("US"), {}, {}, {}, {}}, this, done);
        });
        QCOMPARE(result.error().kind, ApiError::Kind::Validation);
        QCOMPARE(result.error().httpStatus, 422);
        QCOMPARE(result.error().fieldErrors.value(QStringLiteral("offer_id")),
                 QStringList{"does not exist"});
    }

    void shouldNotFollowARedirectToAnotherOrigin()
    {
        ScriptedServer other;
        QVERIFY(other.listen());
        Reply redirect = Reply::json(302, {});
        redirect.headers = {{"Location", other.baseUrl() + "phone_numbers"}};
        m_server->setReplies({redirect});
        const auto page = list(ListNumbers{});
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ApiError::Kind::Network);
        QVERIFY(other.requests().isEmpty());
    }

    void shouldFollowARedirectOnTheSameOrigin()
    {
        Reply redirect = Reply::json(301, {});
        redirect.headers = {{"Location", m_server->baseUrl() + "phone_numbers.json?page=1"}};
        m_server->setReplies({redirect, Reply::json(200, R"({"numbers":[{"id":3}]})")});
        const auto page = list(ListNumbers{});
        QVERIFY(page.ok());
        QCOMPARE(m_server->requests().at(1).target,
                 QByteArray("/api/v1/phone_numbers.json?page=1"));
    }

    void shouldNeverPutASecretInAnErrorOrLog()
    {
        m_client->setAccount(accountFor(m_server, AuthMethod::AuthTokenQuery));
        ApiClient::Options options = fastOptions();
        options.retry.maxAttempts = 1;
        m_client->setOptions(options);
        m_server->setReplies(
            {Reply::json(500, R"({"errors":{"base":["token token_very_secret broke"]}})")});
        QSignalSpy log(m_client, &ApiClient::callFinished);
        const auto page = list(ListNumbers{});
        QVERIFY(!page.ok());
        QVERIFY(m_server->requests().first().target.endsWith("&auth_token=token_very_secret"));
        const QString everything = page.error().message + page.error().detail +
                                   page.error().fullText() + log.first().first().toString();
        QVERIFY2(!everything.contains(QStringLiteral("very_secret")), qPrintable(everything));
        QVERIFY(everything.contains(QStringLiteral("auth_token=[redacted]")));
    }

    void shouldRefusePlainHttpToARemoteHostWithoutSending()
    {
        Account remote = accountFor(m_server);
        remote.apiBase = QUrl(QStringLiteral("http://acme.trackdrive.com/api/v1/"));
        m_client->setAccount(remote);
        const auto page = list(ListNumbers{});
        QCOMPARE(page.error().kind, ApiError::Kind::Configuration);
        QVERIFY(m_server->requests().isEmpty());
    }

    void shouldRefuseToSendWithoutCredentials()
    {
        Account none = accountFor(m_server);
        none.credentials = Credentials{};
        m_client->setAccount(none);
        QCOMPARE(list(ListNumbers{}).error().kind, ApiError::Kind::Configuration);
        QVERIFY(m_server->requests().isEmpty());
    }

    void shouldNotCallBackWhenTheContextIsGone()
    {
        Reply held = Reply::json(200, R"({"numbers":[]})");
        held.held = true;
        m_server->setReplies({held});
        bool called = false;
        auto *context = new QObject;
        const QPointer<ApiCall> call = m_client->listNumbers(
            ListNumbers{}, context, [&called](const Result<NumberPage> &) { called = true; });
        QTRY_COMPARE(m_server->heldCount(), 1); // the request is on the server, unanswered
        delete context;
        m_server->releaseHeld();
        QTRY_VERIFY(call.isNull()); // the client had the answer and is done with the call
        QVERIFY(!called);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void shouldDecodeLookupsAndTimeZones()
    {
        m_server->setReplies({Reply::json(200, R"({"ring_pools":[{"id":4,"name":"East"}]})"),
                              Reply::json(200, R"(["UTC","Berlin"])")});
        const auto pools = run<LookupPage>([&](auto done) {
            m_client->listLookups(ListLookups{schema::LookupKind::RingPools, 1, 250, {}}, this,
                                  done);
        });
        QVERIFY(pools.ok());
        QCOMPARE(pools.value().items.first().name, QStringLiteral("East"));
        const auto zones = run<QList<dates::NamedTimeZone>>(
            [&](auto done) { m_client->listTimeZones(ListTimeZones{}, this, done); });
        QVERIFY(zones.ok());
        QCOMPARE(zones.value().at(1).ianaId, QByteArray("Europe/Berlin"));
        QCOMPARE(m_server->requests().at(0).target,
                 QByteArray("/api/v1/ring_pools?page=1&per_page=250"));
        QCOMPARE(m_server->requests().at(1).target, QByteArray("/api/v1/collections/time_zone"));
    }

    void shouldCancelEverythingInFlight()
    {
        Reply hang;
        hang.hang = true;
        m_server->setReplies({hang});
        int cancelled = 0;
        for (int i = 0; i < 3; ++i) {
            m_client->listNumbers(ListNumbers{}, this, [&cancelled](const Result<NumberPage> &r) {
                if (!r.ok() && r.error().kind == ApiError::Kind::Cancelled)
                    ++cancelled;
            });
        }
        QTRY_COMPARE(m_server->requests().size(), 3);
        m_client->cancelAll();
        QTRY_COMPARE(cancelled, 3);
    }
};

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_apiclient.moc"
