// A purchase whose reply never comes, against the real sandbox: the number is bought at most
// once, the request is never sent again (not by our retries, not by Qt's own resend on a closed
// kept-alive connection), and the caller is told the outcome is unknown. tst_apiclient proves the
// same on the wire with a scripted server; here the sandbox's store is the witness.
#include "apiclient.h"
#include "sandboxaccount.h"
#include "tst_sandboxhttp.h"

#include <QTest>

using namespace numdesk;
using namespace numdesk::test;
using numdesk::sandbox::FaultSettings;
using numdesk::sandbox::SandboxServer;
using numdesk::sandbox::test::StartedSandbox;

namespace {

int postsReceived(const SandboxServer &server)
{
    int posts = 0;
    for (const auto &request : server.receivedRequests())
        posts += request.method == QLatin1String("POST") ? 1 : 0;
    return posts;
}

} // namespace

class tst_FaultPurchase : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StartedSandbox> m_sandbox;
    std::unique_ptr<ApiClient> m_client;

    Result<PhoneNumber> purchase()
    {
        std::optional<Result<PhoneNumber>> result;
        int calls = 0;
        const PurchaseNumber request{150, 100, true, QStringLiteral("US"), {}, {}, {}, {}};
        m_client->purchaseNumber(request, this, [&](const Result<PhoneNumber> &r) {
            result = r;
            ++calls;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        [&] { QCOMPARE(calls, 1); }();
        if (!result)
            return ApiError::make(ApiError::Kind::Network, QStringLiteral("test: no result"));
        return *result;
    }

    // A list call first, so that the connection is kept alive and Qt would consider a resend.
    void warmUpConnection()
    {
        bool done = false;
        m_client->listNumbers(ListNumbers{}, this,
                              [&](const Result<NumberPage> &) { done = true; });
        QTRY_VERIFY(done);
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<StartedSandbox>(200);
        QVERIFY(m_sandbox->started);
        m_client = std::make_unique<ApiClient>(sandboxAccount(*m_sandbox->server));
        ApiClient::Options options;
        options.retry.baseDelayMs = 10; // GETs would be retried at once; a POST never
        options.request.timeoutMs = 400;
        m_client->setOptions(options);
        warmUpConnection();
        m_sandbox->server->clearReceivedRequests();
    }

    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void shouldBuyOnceWhenTheReplyComesTooLate()
    {
        const int before = m_sandbox->server->numberCount();
        // The sandbox buys at once and answers only when released, after the client's timeout.
        m_sandbox->server->holdReplies(QStringLiteral("POST"));
        const Result<PhoneNumber> result = purchase();
        QVERIFY(!result.ok());
        QCOMPARE(ApiError::kindName(result.error().kind), QStringLiteral("timeout"));
        QVERIFY(result.error().outcomeUnknown);
        QCOMPARE(result.error().attempts, 1);
        m_sandbox->server->releaseHeldReplies(); // the late reply: nothing else may be sent
        m_sandbox->server->stopHoldingReplies();
        warmUpConnection(); // a resend would have come before this round trip ends
        QCOMPARE(postsReceived(*m_sandbox->server), 1);
        QCOMPARE(m_sandbox->server->numberCount(), before + 1);
    }

    void shouldNotResendWhenTheConnectionDropsAfterBuying()
    {
        const int before = m_sandbox->server->numberCount();
        ApiClient::Options options = m_client->options();
        options.request.timeoutMs = 60000; // the drop, not a timeout, ends the call
        m_client->setOptions(options);
        m_sandbox->server->holdReplies(QStringLiteral("POST"));
        connect(m_sandbox->server.get(), &SandboxServer::replyHeld, m_sandbox->server.get(),
                &SandboxServer::dropHeldReplies);
        const Result<PhoneNumber> result = purchase();
        QVERIFY(!result.ok());
        QCOMPARE(ApiError::kindName(result.error().kind), QStringLiteral("network"));
        QVERIFY(result.error().outcomeUnknown);
        m_sandbox->server->stopHoldingReplies();
        warmUpConnection();
        QCOMPARE(postsReceived(*m_sandbox->server), 1);
        QCOMPARE(m_sandbox->server->numberCount(), before + 1); // it was bought, once
    }

    void shouldNotResendWhenTheConnectionDropsUnanswered()
    {
        const int before = m_sandbox->server->numberCount();
        FaultSettings faults;
        faults.dropRate = 1.0; // the sandbox closes the connection without buying
        m_sandbox->server->setFaults(faults);
        const Result<PhoneNumber> result = purchase();
        QVERIFY(!result.ok());
        QCOMPARE(ApiError::kindName(result.error().kind), QStringLiteral("network"));
        QVERIFY(result.error().outcomeUnknown);
        m_sandbox->server->setFaults({});
        warmUpConnection(); // a resend would have come before this round trip ends
        QCOMPARE(postsReceived(*m_sandbox->server), 1);
        QCOMPARE(m_sandbox->server->numberCount(), before);
    }
};

QTEST_GUILESS_MAIN(tst_FaultPurchase)
#include "tst_faultpurchase.moc"
