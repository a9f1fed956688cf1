#include "apiclient.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

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

    // Issue 19.1: a Retry-After past the cap (60 s) is not waited for, whatever its form or
    // size; the call fails at once with the server's words and when it said to come back.
    void shouldNotWaitForARetryAfterPastTheCap_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("comeBack"); // the start of the date the message names
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTest::newRow("999999 s") << QByteArray("999999")
                                  << now.addSecs(999999).toString(Qt::ISODate).left(10);
        QTest::newRow("3000000 s")
            << QByteArray("3000000") << now.addSecs(3000000).toString(Qt::ISODate).left(10);
        QTest::newRow("2096") << QByteArray("Sun, 01 Jan 2096 00:00:00 GMT")
                              << QStringLiteral("2096-01-01 00:00:00 UTC");
        QTest::newRow("9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT")
                              << QStringLiteral("9999-12-31 23:59:59 UTC");
    }

    void shouldNotWaitForARetryAfterPastTheCap()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, comeBack);
        Reply limited = Reply::json(429, R"({"errors":{"base":["quota spent"]}})");
        limited.headers = {{"Retry-After", retryAfter}};
        m_server->setReplies({limited});
        ApiClient::Options options = fastOptions();
        options.retry.maxDelayMs = 10 * 24 * 3600 * 1000; // even a lenient policy stops at 60 s
        m_client->setOptions(options);
        QElapsedTimer clock;
        clock.start();
        // show and update alike
        const auto shown = run<PhoneNumber>(
            [&](auto done) { m_client->showNumber(ShowNumber{QStringLiteral("7")}, this, done); });
        QVERIFY(!shown.ok());
        QCOMPARE(shown.error().kind, ApiError::Kind::RateLimited);
        QVERIFY(shown.error().doNotRetry);
        QVERIFY2(shown.error().message.contains(comeBack), qPrintable(shown.error().message));
        QVERIFY2(shown.error().message.contains(QStringLiteral("quota spent")),
                 qPrintable(shown.error().message));
        QCOMPARE(m_server->requests().size(), 1);
        UpdateNumber update;
        update.id = QStringLiteral("7");
        update.changes.offerId = 100;
        const auto updated =
            run<PhoneNumber>([&](auto done) { m_client->updateNumber(update, this, done); });
        QCOMPARE(updated.error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    // Issue 19.3: a body trickling in resets the inactivity timeout on every byte; the call's
    // time limit ends it all the same, and says which limit it was.
    void shouldEndATricklingBodyAtTheCallsTimeLimit()
    {
        Reply trickle =
            Reply::json(200, QByteArray(R"({"numbers":[)") + QByteArray(5000, ' ') + "]}");
        trickle.trickleMs = 20; // 5,000 bytes: 100 s, against a limit of one second
        m_server->setReplies({trickle});
        ApiClient::Options options = fastOptions();
        options.request.timeoutMs = 1000; // never reached: a byte comes every 20 ms
        options.callDeadlineMs = 1000;
        m_client->setOptions(options);
        const auto page = list(ListNumbers{});
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ApiError::Kind::Timeout);
        QCOMPARE(page.error().message,
                 QStringLiteral("The call did not finish within its time limit of 1 second(s) "
                                "in all."));
        QVERIFY(page.error().doNotRetry);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void shouldNotStartARetryThatWouldOutlastTheTimeLimit()
    {
        Reply limited = Reply::json(429, "{}");
        limited.headers = {{"Retry-After", "30"}};
        m_server->setReplies({limited, Reply::json(200, R"({"numbers":[]})")});
        ApiClient::Options options = fastOptions();
        options.retry.maxDelayMs = 60000;
        options.callDeadlineMs = 2000;
        m_client->setOptions(options);
        QElapsedTimer clock;
        clock.start();
        const auto page = list(ListNumbers{});
        QCOMPARE(page.error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));

        Reply silent;
        silent.hang = true;
        m_server->setReplies({silent});
        options.request.timeoutMs = 1000;
        options.callDeadlineMs = 1500; // a second attempt would not fit
        m_client->setOptions(options);
        const auto timedOut = list(ListNumbers{});
        QCOMPARE(timedOut.error().kind, ApiError::Kind::Timeout);
        QVERIFY(timedOut.error().doNotRetry);
        QVERIFY2(timedOut.error().message.contains(QStringLiteral("time limit")),
                 qPrintable(timedOut.error().message));
    }

    void shouldSayTheInactivityTimeoutWasHit()
    {
        Reply silent;
        silent.hang = true;
        m_server->setReplies({silent});
        ApiClient::Options options = fastOptions();
        options.request.timeoutMs = 1000;
        options.retry.maxAttempts = 1;
        m_client->setOptions(options);
        const auto page = list(ListNumbers{});
        QCOMPARE(page.error().kind, ApiError::Kind::Timeout);
        QCOMPARE(page.error().message,
                 QStringLiteral("The server sent nothing for 1 second(s) (the request timeout)."));
    }

    // Issue 19.4: what cannot change is not retried; a redirect loop ends after 5 redirects.
    void shouldNotRetryARedirectToAnotherOrigin()
    {
        ScriptedServer other;
        QVERIFY(other.listen());
        Reply redirect = Reply::json(302, {});
        redirect.headers = {{"Location", other.baseUrl() + "phone_numbers"}};
        m_server->setReplies({redirect});
        const auto page = list(ListNumbers{});
        QVERIFY(page.error().doNotRetry);
        QCOMPARE(page.error().attempts, 1);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void shouldEndARedirectLoopAfterFiveRedirects()
    {
        Reply redirect = Reply::json(302, {});
        redirect.headers = {{"Location", m_server->baseUrl() + "phone_numbers?again=1"}};
        m_server->setReplies({redirect});
        const auto page = list(ListNumbers{});
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ApiError::Kind::Network);
        QVERIFY(page.error().doNotRetry);
        QCOMPARE(m_server->requests().size(), 6); // the request and five redirects
    }

    void shouldNotRetryABodyThatCannotBeDecoded()
    {
        Reply garbage = Reply::json(200, "this is not gzip at all");
        garbage.headers = {{"Content-Encoding", "gzip"}};
        m_server->setReplies({garbage});
        const auto page = list(ListNumbers{});
        QVERIFY(!page.ok());
        QVERIFY2(page.error().doNotRetry, qPrintable(page.error().message));
        QCOMPARE(m_server->requests().size(), 1);
    }

    // Issue 19.5: the size limit holds while the body streams in, whatever its framing: the
    // client stops reading, so the server cannot push much past the limit.
    void shouldStopReadingAnOversizedBodyAtTheLimit_data()
    {
        QTest::addColumn<int>("framing");
        QTest::newRow("chunked") << int(Reply::Framing::Chunked);
        QTest::newRow("until close") << int(Reply::Framing::Close);
    }

    void shouldStopReadingAnOversizedBodyAtTheLimit()
    {
        QFETCH(int, framing);
        // The flood comes from a thread of its own and this thread stops for a second while it
        // streams: whatever Qt's network thread reads meanwhile is all that limits it.
        QThread serverThread;
        auto *flood = new ScriptedServer;
        flood->moveToThread(&serverThread);
        connect(&serverThread, &QThread::finished, flood, &QObject::deleteLater);
        serverThread.start();
        bool listening = false;
        QMetaObject::invokeMethod(
            flood, [&] { listening = flood->listen(); }, Qt::BlockingQueuedConnection);
        QVERIFY(listening);
        Reply reply = Reply::json(200, R"({"numbers":[)");
        reply.streamBytes = qint64(1) << 31; // 2 GB
        reply.framing = Reply::Framing(framing);
        QMetaObject::invokeMethod(
            flood, [&] { flood->setReplies({reply}); }, Qt::BlockingQueuedConnection);
        const auto stopServer = qScopeGuard([&] {
            serverThread.quit();
            serverThread.wait();
        });

        m_client->setAccount(accountFor(flood));
        ApiClient::Options options = fastOptions();
        options.maxBodyBytes = 1024 * 1024;
        m_client->setOptions(options);
        Outcome<NumberPage> outcome;
        m_client->listNumbers(ListNumbers{}, this,
                              [&outcome](const Result<NumberPage> &r) { outcome.result = r; });
        QTRY_VERIFY(flood->bytesStreamed() > 0);
        QThread::msleep(1000);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 15000);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.result->error().kind, ApiError::Kind::BadResponse);
        // The limit, Qt's read buffer and the sockets' buffers: never hundreds of megabytes.
        QVERIFY2(flood->bytesStreamed() < 32 * 1024 * 1024,
                 qPrintable(QString::number(flood->bytesStreamed())));
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
