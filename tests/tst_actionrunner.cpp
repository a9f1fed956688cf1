#include "actionrunner.h"
#include "apiclient.h"
#include "journal.h"
#include "sandboxserver.h"
#include "scriptedserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace numdesk;
using numdesk::sandbox::FaultSettings;
using numdesk::sandbox::RecordedRequest;
using numdesk::sandbox::SandboxOptions;
using numdesk::sandbox::SandboxServer;

namespace {

PurchaseNumber tollFreePurchase()
{
    PurchaseNumber purchase;
    purchase.providerConfigurationId = 150;
    purchase.offerId = 101;
    purchase.tollFree = true;
    purchase.country = QStringLiteral("US");
    purchase.ringPoolId = 41;
    purchase.tokenValues = QStringList{QStringLiteral("geo:!=800"), QStringLiteral("age:>21")};
    return purchase;
}

} // namespace

// Batches of purchases, updates and unrents against the sandbox, with the journal on disk.
class tst_ActionRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    ApiClient *m_client = nullptr;
    Journal *m_journal = nullptr;
    int m_journals = 0;

    // The sandbox buys but holds its answer back until the test releases it, and the client
    // gives up after 300 ms: every purchase's answer is lost on the way (no race: the answer
    // cannot come before the timeout).
    void loseAnswers()
    {
        ApiClient::Options options = m_client->options();
        options.request.timeoutMs = 300;
        m_client->setOptions(options);
        m_server->holdReplies(QStringLiteral("POST"));
    }

    // The held answers arrive late, then one more request goes through the same client: a
    // resend provoked by the late answer would have been received by then.
    void releaseLateAnswers()
    {
        m_server->releaseHeldReplies();
        m_server->stopHoldingReplies();
        liveIds(1);
    }

    QList<RecordedRequest> requests(const QString &method) const
    {
        QList<RecordedRequest> found;
        for (const RecordedRequest &r : m_server->receivedRequests()) {
            if (r.method == method)
                found.append(r);
        }
        return found;
    }

    QList<qint64> liveIds(int count)
    {
        QList<qint64> ids;
        bool done = false;
        ListNumbers list;
        list.perPage = count;
        list.columns = {QStringLiteral("id")};
        m_client->listNumbers(list, this, [&](const Result<NumberPage> &page) {
            if (page) {
                for (const PhoneNumber &n : page.value().numbers)
                    ids.append(*n.id);
            }
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return {};
        return ids;
    }

    QByteArray journalBytes() const
    {
        QFile file(m_journal->filePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SandboxOptions options;
        options.recordRequests = 10000;
        options.databasePath = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
        options.numbers = 400;
        m_server = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_server->start(0, &error), qPrintable(error));
    }

    void init()
    {
        m_server->setFaults({});
        m_server->clearReceivedRequests();
        Account account;
        account.apiBase = m_server->apiBaseUrl();
        account.credentials.method = AuthMethod::Basic;
        account.credentials.publicKey = SandboxServer::demoCredentials().publicKey;
        account.credentials.privateKey = SandboxServer::demoCredentials().privateKey;
        m_client = new ApiClient(account, this);
        m_journal =
            new Journal(m_dir.filePath(QStringLiteral("journal%1.jsonl").arg(++m_journals)), this);
    }

    void cleanup()
    {
        delete m_client;
        delete m_journal;
    }

    // What the journal, progress rows and confirmations call a number (issue 14, item 7).
    void shouldNameANumberAsPeopleReadIt()
    {
        PhoneNumber number;
        number.id = 20591;
        number.number = QStringLiteral("+441224980000");
        QCOMPARE(numberLabel(number), QStringLiteral("+44 1224 980000")); // no human_number
        number.humanNumber = QStringLiteral("01224 980000");
        QCOMPARE(numberLabel(number), QStringLiteral("01224 980000")); // it writes the number
        number.humanNumber = QStringLiteral("(122) 498-0000");
        QCOMPARE(numberLabel(number), QStringLiteral("+44 1224 980000")); // it does not
        number.number.clear();
        QCOMPARE(numberLabel(number), QStringLiteral("(122) 498-0000"));
        number.humanNumber.clear();
        QCOMPARE(numberLabel(number), QStringLiteral("20591"));
    }

    void shouldBuyAndJournalIntentAndOutcomeWithoutAnySecret()
    {
        ActionRunner runner(m_client, m_journal, QStringLiteral("Sandbox"));
        runner.setActions({NumberAction::purchaseOf(tollFreePurchase())});
        QSignalSpy bought(&runner, &ActionRunner::numberPurchased);
        QSignalSpy finished(&runner, &ActionRunner::finished);
        runner.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(runner.actions().first().state, NumberAction::State::Succeeded);
        QCOMPARE(bought.count(), 1);
        const PhoneNumber number = bought.first().first().value<PhoneNumber>();
        QVERIFY(number.id);
        QVERIFY(number.number.startsWith(QStringLiteral("+18")));

        const QList<RecordedRequest> posts = requests(QStringLiteral("POST"));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(posts.first().body).object(),
                 QJsonObject({{QStringLiteral("provider_configuration_id"), 150},
                              {QStringLiteral("offer_id"), 101},
                              {QStringLiteral("toll_free"), true},
                              {QStringLiteral("country"), QStringLiteral("US")},
                              {QStringLiteral("ring_pool_id"), 41},
                              {QStringLiteral("token_values"),
                               QJsonArray::fromStringList(
                                   {QStringLiteral("geo:!=800"), QStringLiteral("age:>21")})}}));

        QCOMPARE(m_journal->entries().size(), 1);
        const JournalEntry &entry = m_journal->entries().first();
        QCOMPARE(entry.state, JournalEntry::State::Succeeded);
        QCOMPARE(entry.numberId, number.id);
        QCOMPARE(entry.request, QJsonDocument::fromJson(posts.first().body).object());
        const QByteArray bytes = journalBytes();
        QCOMPARE(bytes.count('\n'), 2); // intent, outcome
        const auto demo = SandboxServer::demoCredentials();
        for (const QString &secret :
             {demo.privateKey, demo.publicKey, demo.accessToken, demo.authToken}) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        }
    }

    void shouldNotResendAPurchaseWhoseAnswerTimedOutAndJournalItAsUnknown()
    {
        loseAnswers();
        const int before = m_server->numberCount();

        ActionRunner runner(m_client, m_journal, QStringLiteral("Sandbox"));
        runner.setActions({NumberAction::purchaseOf(tollFreePurchase())});
        QSignalSpy finished(&runner, &ActionRunner::finished);
        runner.start();
        QVERIFY(finished.wait(10000));
        const NumberAction &action = runner.actions().first();
        QCOMPARE(action.state, NumberAction::State::OutcomeUnknown);
        QVERIFY(action.error && action.error->outcomeUnknown);
        QCOMPARE(m_journal->entries().first().state, JournalEntry::State::OutcomeUnknown);
        // Nothing is tried again by the runner: retryFailed leaves an unknown purchase alone.
        QVERIFY(!runner.retryFailed());
        releaseLateAnswers(); // the answer arrives and is not followed by another purchase
        QCOMPARE(requests(QStringLiteral("POST")).size(), 1);
        // It did happen on the server: exactly one number more.
        QCOMPARE(m_server->numberCount(), before + 1);
    }

    void shouldStopBuyingAfterAPurchaseWhoseOutcomeIsUnknown()
    {
        loseAnswers();
        ActionRunner runner(m_client, m_journal, QStringLiteral("Sandbox"));
        runner.setActions(QList<NumberAction>(3, NumberAction::purchaseOf(tollFreePurchase())));
        QSignalSpy finished(&runner, &ActionRunner::finished);
        runner.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(runner.actions().at(0).state, NumberAction::State::OutcomeUnknown);
        QCOMPARE(runner.count(NumberAction::State::Stopped), 2);
        QCOMPARE(requests(QStringLiteral("POST")).size(), 1);
        releaseLateAnswers(); // the late answer: nothing follows it
        QCOMPARE(requests(QStringLiteral("POST")).size(), 1);
    }

    void shouldBuySeveralOneAfterAnother()
    {
        ActionRunner runner(m_client, m_journal, QStringLiteral("Sandbox"));
        PurchaseNumber local = tollFreePurchase();
        local.tollFree = false;
        local.country = QStringLiteral("GB");
        runner.setActions(QList<NumberAction>(3, NumberAction::purchaseOf(local)));
        int maxRunning = 0;
        connect(&runner, &ActionRunner::actionChanged, this,
                [&] { maxRunning = qMax(maxRunning, runner.count(NumberAction::State::Running)); });
        QSignalSpy finished(&runner, &ActionRunner::finished);
        runner.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(runner.count(NumberAction::State::Succeeded), 3);
        QCOMPARE(maxRunning, 1);
        QCOMPARE(requests(QStringLiteral("POST")).size(), 3);
        QSet<QString> numbers;
        for (const NumberAction &a : runner.actions())
            numbers.insert(a.result->number);
        QCOMPARE(numbers.size(), 3);
    }

    void shouldSendOnlyTheChangesOfAnUpdate()
    {
        const QList<qint64> ids = liveIds(2);
        QCOMPARE(ids.size(), 2);
        NumberChanges changes;
        changes.offerId = 104;
        changes.ringPoolId = std::optional<qint64>(); // unassign
        ActionRunner runner(m_client, m_journal, QStringLiteral("Sandbox"));
        runner.setActions(
            {NumberAction::updateOf(QString::number(ids[0]), QStringLiteral("a"), changes),
             NumberAction::updateOf(QString::number(ids[1]), QStringLiteral("b"), changes)});
        QSignalSpy updated(&runner, &ActionRunner::numberUpdated);
        QSignalSpy finished(&runner, &ActionRunner::finished);
        runner.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(updated.count(), 2);
        const QList<RecordedRequest> puts = requests(QStringLiteral("PUT"));
        QCOMPARE(puts.size(), 2);
        for (const RecordedRequest &put : puts) {
            QCOMPARE(QJsonDocument::fromJson(put.body).object(),
                     QJsonObject({{QStringLiteral("offer_id"), 104},
                                  {QStringLiteral("ring_pool_id"), QJsonValue::Null}}));
        }
        for (const auto &args : updated) {
            const PhoneNumber n = args.first().value<PhoneNumber>();
            QCOMPARE(n.offerId, std::optional<qint64>(104));
            QVERIFY(!n.ringPoolId);
        }
    }

    void shouldReportEachFailureOfABulkUnrentAndRetryOnlyWhenAsked()
    {
        ApiClient::Options options = m_client->options();
        options.retry = RetryPolicy::none(); // every injected failure reaches the runner
        m_client->setOptions(options);
        const QList<qint64> ids = liveIds(12);
        QCOMPARE(ids.size(), 12);
        QList<NumberAction> actions;
        for (qint64 id : ids)
            actions.append(NumberAction::unrentOf(QString::number(id), QString::number(id)));
        actions.append(NumberAction::unrentOf(QStringLiteral("999999999"), QStringLiteral("x")));
        FaultSettings faults;
        faults.errorRate = 0.5;
        m_server->setFaults(faults);

        ActionRunner runner(m_client, m_journal, QStringLiteral("Sandbox"));
        runner.setActions(actions);
        QSet<qint64> unrented;
        connect(&runner, &ActionRunner::numberUnrented, this,
                [&](qint64 id) { unrented.insert(id); });
        QSignalSpy finished(&runner, &ActionRunner::finished);
        runner.start();
        QVERIFY(finished.wait(10000));
        // 500 and 503 are failures; 502 leaves the outcome unknown (a gateway may have passed
        // the request on).
        const int failedBefore = runner.count(NumberAction::State::Failed) +
                                 runner.count(NumberAction::State::OutcomeUnknown);
        QVERIFY(runner.count(NumberAction::State::Failed) >= 1); // the unknown id at least
        QCOMPARE(runner.count(NumberAction::State::Succeeded) + failedBefore, 13);
        const int deletesAfterFirstRun = int(requests(QStringLiteral("DELETE")).size());
        QCOMPARE(deletesAfterFirstRun, 13); // one each: nothing was retried silently

        m_server->setFaults({});
        QVERIFY(runner.retryFailed());
        QVERIFY(finished.wait(10000));
        QCOMPARE(requests(QStringLiteral("DELETE")).size(), deletesAfterFirstRun + failedBefore);
        // What still fails is what the server refuses for a reason: the unknown id, and any
        // number protected by delete prevention (422), which the demo data has a few of.
        QSet<qint64> protectedIds;
        for (const NumberAction &action : runner.actions()) {
            if (action.state == NumberAction::State::Succeeded)
                continue;
            QCOMPARE(action.state, NumberAction::State::Failed);
            if (action.target == QLatin1String("999999999")) {
                QCOMPARE(action.error->kind, ApiError::Kind::NotFound);
                continue;
            }
            QCOMPARE(action.error->kind, ApiError::Kind::Validation);
            QVERIFY(action.error->fullText().contains(QStringLiteral("delete prevention")));
            protectedIds.insert(action.target.toLongLong());
        }
        QVERIFY(protectedIds.size() < 4);
        QCOMPARE(unrented + protectedIds, QSet<qint64>(ids.cbegin(), ids.cend()));
        QCOMPARE(runner.count(NumberAction::State::Succeeded), 12 - protectedIds.size());
        // Each attempt is in the journal with its own outcome.
        QCOMPARE(m_journal->entries().size(), 13 + failedBefore);
    }

    void shouldSendNothingThatCannotBeJournalled()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Journal broken(blocker.fileName() + QStringLiteral("/journal.jsonl"));
        ActionRunner runner(m_client, &broken, QStringLiteral("Sandbox"));
        runner.setActions({NumberAction::purchaseOf(tollFreePurchase())});
        QSignalSpy finished(&runner, &ActionRunner::finished);
        runner.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(runner.actions().first().state, NumberAction::State::Failed);
        QVERIFY(runner.actions().first().error->message.contains(QStringLiteral("journal")));
        QTest::qWait(100);
        QVERIFY(requests(QStringLiteral("POST")).isEmpty());
    }

    void shouldStartNothingNewAfterStop()
    {
        const QList<qint64> ids = liveIds(6);
        QList<NumberAction> actions;
        for (qint64 id : ids)
            actions.append(NumberAction::updateOf(QString::number(id), QString::number(id),
                                                  NumberChanges{105, {}, {}, {}}));
        FaultSettings slow;
        slow.latencyMs = 200;
        m_server->setFaults(slow);
        ActionRunner runner(m_client, m_journal, QStringLiteral("Sandbox"));
        runner.setMaxInFlight(2);
        runner.setActions(actions);
        QSignalSpy finished(&runner, &ActionRunner::finished);
        runner.start();
        runner.stop();
        QVERIFY(finished.wait(10000));
        QCOMPARE(runner.count(NumberAction::State::Succeeded), 2);
        QCOMPARE(runner.count(NumberAction::State::Stopped), 4);
        QCOMPARE(requests(QStringLiteral("PUT")).size(), 2);
    }
    void shouldCountAnUnrentRetriedAfterALostAnswerAsDoneWhenTheNumberIsGone()
    {
        // The first DELETE reaches the server but its answer is lost (502 from a gateway); the
        // user's retry then finds the number already gone.
        numdesk::test::ScriptedServer server;
        QVERIFY(server.listen());
        server.setReplies({numdesk::test::ScriptedServer::Reply::json(502, "{}"),
                           numdesk::test::ScriptedServer::Reply::json(
                               404, R"({"errors":{"base":["Not found"]}})")});
        Account account;
        account.apiBase = QUrl(QString::fromLatin1(server.baseUrl()));
        account.credentials.method = AuthMethod::Token;
        account.credentials.token = QStringLiteral("t");
        ApiClient client(account);
        ApiClient::Options options;
        options.retry = RetryPolicy::none();
        client.setOptions(options);
        ActionRunner runner(&client, m_journal, QStringLiteral("Test"));
        runner.setActions({NumberAction::unrentOf(QStringLiteral("77"), QStringLiteral("+1 555"))});
        QSignalSpy finished(&runner, &ActionRunner::finished);
        QSignalSpy unrented(&runner, &ActionRunner::numberUnrented);
        runner.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(runner.actions().first().state, NumberAction::State::OutcomeUnknown);
        QVERIFY(runner.retryFailed());
        QVERIFY(finished.wait(5000));
        QCOMPARE(runner.actions().first().state, NumberAction::State::Succeeded);
        QCOMPARE(unrented.count(), 1);
        QCOMPARE(unrented.first().first().toLongLong(), 77);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(m_journal->entries().constLast().message,
                 QStringLiteral("The number was already unrented."));
    }

    void shouldNeverRetryAPurchaseWhoseOutcomeIsUnknown()
    {
        numdesk::test::ScriptedServer server;
        QVERIFY(server.listen());
        numdesk::test::ScriptedServer::Reply dropped;
        dropped.drop = true; // the connection closes after the request was sent
        server.setReplies({dropped});
        Account account;
        account.apiBase = QUrl(QString::fromLatin1(server.baseUrl()));
        account.credentials.method = AuthMethod::Token;
        account.credentials.token = QStringLiteral("t");
        ApiClient client(account);
        ActionRunner runner(&client, m_journal, QStringLiteral("Test"));
        runner.setActions({NumberAction::purchaseOf(tollFreePurchase())});
        QSignalSpy finished(&runner, &ActionRunner::finished);
        runner.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(runner.actions().first().state, NumberAction::State::OutcomeUnknown);
        QVERIFY(!runner.retryFailed());
        QTest::qWait(200);
        QCOMPARE(server.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ActionRunner)
#include "tst_actionrunner.moc"
