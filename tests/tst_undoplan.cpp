// Apply a plan through ActionRunner and the journal, then undo it (issue 17): only changed
// fields are sent, the journal keeps the values before, undo restores exactly and leaves alone
// what was changed since, unrents are listed as not undoable.
#include "actionrunner.h"
#include "apiclient.h"
#include "batchhistory.h"
#include "journal.h"
#include "lookupcache.h"
#include "planfile.h"
#include "planpreview.h"
#include "tst_sandboxhttp.h"
#include "undoplan.h"

#include <QSignalSpy>
#include <QTest>

using namespace numdesk;
using numdesk::sandbox::SandboxServer;
using numdesk::sandbox::test::StartedSandbox;

class tst_UndoPlan : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StartedSandbox> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;

    PhoneNumber show(qint64 id)
    {
        std::optional<PhoneNumber> number;
        bool done = false;
        m_client->showNumber(ShowNumber{QString::number(id)}, this,
                             [&](const Result<PhoneNumber> &result) {
                                 if (result)
                                     number = result.value();
                                 done = true;
                             });
        if (!QTest::qWaitFor([&] { return done; }, 10000) || !number)
            qWarning("show %lld failed", id);
        return number.value_or(PhoneNumber());
    }

    // The name the sandbox gives an offer (traffic source, pool), read from its list as JSON;
    // "none" for no id.
    QString lookupName(const QByteArray &path, const std::optional<qint64> &id)
    {
        if (!id)
            return QStringLiteral("none");
        const QJsonObject body = m_sandbox->http->get(path + "?per_page=250").object();
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            for (const QJsonValue &item : it.value().toArray()) {
                if (item[QLatin1String("id")].toInteger() == *id)
                    return QStringLiteral("%1 (#%2)")
                        .arg(item[QLatin1String("name")].toString())
                        .arg(*id);
            }
        }
        qWarning("%s has no %lld", path.constData(), *id);
        return QString();
    }

    QList<PlanPreviewRow> preview(const QByteArray &plan)
    {
        LookupCache lookups(m_client.get());
        PlanPreview preview(m_client.get(), &lookups);
        QSignalSpy finished(&preview, &PlanPreview::finished);
        preview.start(PlanFile::read(plan, QStringLiteral("US")).rows);
        if (!finished.wait(20000))
            qWarning("preview did not finish");
        return preview.rows();
    }

    // Runs the actions as one batch; returns the batch id.
    QString run(Journal &journal, const QList<NumberAction> &actions, const QString &kind)
    {
        ActionRunner runner(m_client.get(), &journal, QStringLiteral("Sandbox"));
        runner.setBatch(QString(), kind);
        runner.setActions(actions);
        QSignalSpy finished(&runner, &ActionRunner::finished);
        runner.start();
        if (runner.isRunning() && !finished.wait(20000))
            qWarning("batch did not finish");
        for (const NumberAction &action : runner.actions()) {
            if (action.state != NumberAction::State::Succeeded)
                qWarning("%s failed", qPrintable(action.target));
        }
        return runner.batchId();
    }

    // With `lookups` (or a cache of its own when null) naming the offers, sources and pools.
    QList<PlanPreviewRow> undoPreview(const Journal &journal, const QString &batch,
                                      LookupCache *lookups = nullptr)
    {
        LookupCache own(m_client.get());
        UndoPlan undo(m_client.get(), &journal, lookups ? lookups : &own);
        QSignalSpy finished(&undo, &UndoPlan::finished);
        QString error;
        if (!undo.start(batch, &error))
            qWarning("%s", qPrintable(error));
        if (undo.isRunning() && !finished.wait(20000))
            qWarning("undo preview did not finish");
        return undo.rows();
    }

    // The PUT bodies by number id: a few are sent at a time, so they may arrive in any order.
    QHash<qint64, QJsonObject> putBodies() const
    {
        QHash<qint64, QJsonObject> bodies;
        for (const auto &request : m_sandbox->server->receivedRequests()) {
            if (request.method == QLatin1String("PUT"))
                bodies.insert(request.path.section(QLatin1Char('/'), -1).toLongLong(),
                              QJsonDocument::fromJson(request.body).object());
        }
        return bodies;
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<StartedSandbox>(120);
        QVERIFY(m_sandbox->started);
        Account account;
        account.apiBase = m_sandbox->server->apiBaseUrl();
        account.credentials.method = AuthMethod::Basic;
        account.credentials.publicKey = SandboxServer::demoCredentials().publicKey;
        account.credentials.privateKey = SandboxServer::demoCredentials().privateKey;
        m_client = std::make_unique<ApiClient>(account);
    }

    void shouldSendOnlyChangedFieldsAndUndoExactlyWhatWasNotChangedSince()
    {
        QList<PhoneNumber> page;
        ListNumbers list;
        list.perPage = 40;
        bool done = false;
        m_client->listNumbers(list, this, [&](const Result<NumberPage> &result) {
            if (result)
                page = result.value().numbers;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        QCOMPARE(page.size(), 40);
        const PhoneNumber a = page.takeFirst();
        const qint64 newOffer = *a.offerId == 105 ? 106 : 105;
        auto take = [&page](const std::function<bool(const PhoneNumber &)> &wanted) {
            for (qsizetype i = 0; i < page.size(); ++i) {
                if (wanted(page.at(i)))
                    return page.takeAt(i);
            }
            return PhoneNumber();
        };
        const PhoneNumber b = take([](const PhoneNumber &n) { return bool(n.ringPoolId); });
        const PhoneNumber c =
            take([newOffer](const PhoneNumber &n) { return n.offerId != newOffer; });
        // d has a source and a pool, to see each named in the undo.
        const PhoneNumber d = take([](const PhoneNumber &n) {
            return n.offerId && n.trafficSourceId && n.ringPoolId && n.tokenValues.isEmpty();
        });
        QVERIFY(a.id && b.id && c.id && d.id);
        // a: offer and tokens change, its pool is already so; b: pool cleared; c: offer
        // (changed again by someone else before the undo); d: unrented.
        const QString aPool =
            a.ringPoolId ? QString::number(*a.ringPoolId) : QStringLiteral("none");
        const QByteArray plan = QStringLiteral("id,offer_id,ring_pool_id,token_values,action\n"
                                               "%1,%2,%3,zip:10001; geo:!=800,\n"
                                               "%4,,none,,\n"
                                               "%5,%2,,,\n"
                                               "%6,,,,unrent\n")
                                    .arg(*a.id)
                                    .arg(newOffer)
                                    .arg(aPool)
                                    .arg(*b.id)
                                    .arg(*c.id)
                                    .arg(*d.id)
                                    .toUtf8();
        const QList<PlanPreviewRow> rows = preview(plan);
        QCOMPARE(rows.size(), 4);

        Journal journal(m_dir.filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(journal.load());
        m_sandbox->server->clearReceivedRequests();
        const QString applied =
            run(journal, PlanPreview::actionsFor(rows), QStringLiteral("apply"));

        // Only the changed fields went out, one PUT per number.
        const QHash<qint64, QJsonObject> bodies = putBodies();
        QCOMPARE(bodies.size(), 3);
        QCOMPARE(bodies.value(*a.id),
                 (QJsonObject{{"offer_id", newOffer},
                              {"token_values", QJsonArray{"zip:10001", "geo:!=800"}}}));
        QCOMPARE(bodies.value(*b.id), (QJsonObject{{"ring_pool_id", QJsonValue::Null}}));
        QCOMPARE(bodies.value(*c.id), (QJsonObject{{"offer_id", newOffer}}));
        QCOMPARE(m_sandbox->server->numberCount(), 119); // d unrented

        // The journal keeps one batch with the values before.
        const std::optional<BatchSummary> batch = BatchHistory::find(journal, applied);
        QVERIFY(batch);
        QCOMPARE(batch->kind, QStringLiteral("apply"));
        QCOMPARE(batch->total(), 4);
        QCOMPARE(batch->counts.value(QStringLiteral("succeeded")), 4);
        const JournalEntry &first = journal.entries().at(batch->entries.first());
        QCOMPARE(first.before.value("offer_id").toInteger(), *a.offerId);
        QCOMPARE(first.before.value("token_values").toArray().size(), a.tokenValues.size());
        QVERIFY(!first.before.contains("ring_pool_id"));

        // Someone re-points c meanwhile.
        const qint64 thirdOffer = newOffer == 105 ? 107 : 104;
        QCOMPARE(m_sandbox->http
                     ->send("PUT", "phone_numbers/" + QByteArray::number(*c.id),
                            sandbox::test::Auth::Token,
                            "{\"offer_id\":" + QByteArray::number(thirdOffer) + "}")
                     .status,
                 200);

        const QList<PlanPreviewRow> undo = undoPreview(journal, applied.left(5));
        QCOMPARE(undo.size(), 4);
        using Class = PlanPreviewRow::Class;
        QCOMPARE(undo.at(0).rowClass, Class::NotUndoable); // unrents are listed first
        QCOMPARE(undo.at(0).id, d.id);
        QCOMPARE(undo.at(0).before.value("offer_id").toInteger(), *d.offerId);
        // What d had, by name for re-buying.
        QCOMPARE(undo.at(0).reason,
                 QStringLiteral("An unrent cannot be undone; it had offer %1, traffic source %2, "
                                "number pool %3.")
                     .arg(lookupName("offers", d.offerId),
                          lookupName("traffic_sources", d.trafficSourceId),
                          lookupName("ring_pools", d.ringPoolId)));
        QCOMPARE(undo.at(1).rowClass, Class::Change);
        QCOMPARE(undo.at(1).id, a.id);
        QCOMPARE(undo.at(2).rowClass, Class::Change);
        QCOMPARE(undo.at(3).rowClass, Class::ChangedSince);
        QCOMPARE(undo.at(3).reason,
                 QStringLiteral("Changed since, not undone: offer_id is %1 now, the batch set %2.")
                     .arg(thirdOffer)
                     .arg(newOffer));

        m_sandbox->server->clearReceivedRequests();
        const QString undone = run(journal, PlanPreview::actionsFor(undo), QStringLiteral("undo"));
        QVERIFY(undone != applied);
        QCOMPARE(putBodies().size(), 2);
        // a and b have exactly what they had; c keeps the other change.
        for (const PhoneNumber &before : {a, b}) {
            const PhoneNumber now = show(*before.id);
            QCOMPARE(now.offerId, before.offerId);
            QCOMPARE(now.trafficSourceId, before.trafficSourceId);
            QCOMPARE(now.ringPoolId, before.ringPoolId);
            QCOMPARE(now.tokenValues, before.tokenValues);
        }
        QCOMPARE(show(*c.id).offerId, std::optional<qint64>(thirdOffer));

        // Undoing again finds the numbers as they were: nothing left to send.
        const QList<PlanPreviewRow> again = undoPreview(journal, applied);
        QCOMPARE(PlanPreview::countsOf(again).value(Class::Change), 0);
        QCOMPARE(PlanPreview::countsOf(again).value(Class::Already), 2);

        // The undo is a batch too, and undoing it puts the plan's values back.
        const QList<PlanPreviewRow> redo = undoPreview(journal, undone);
        QCOMPARE(PlanPreview::countsOf(redo).value(Class::Change), 2);
        const QList<BatchSummary> history = BatchHistory::of(journal);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().id, undone); // newest first
        QCOMPARE(history.first().kind, QStringLiteral("undo"));
    }

    // An action whose answer never came may have happened: an edit is read back and put back
    // only where the number has the batch's values; an unrent is listed with a word to check;
    // a refused action is not listed.
    void shouldReadBackActionsWhoseOutcomeIsUnknown()
    {
        QList<PhoneNumber> numbers;
        ListNumbers list;
        list.page = 3; // numbers the other tests leave alone
        list.perPage = 40;
        bool listed = false;
        m_client->listNumbers(list, this, [&](const Result<NumberPage> &result) {
            if (result)
                numbers = result.value().numbers;
            listed = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return listed; }, 10000));
        QVERIFY(numbers.size() >= 4);
        const PhoneNumber sent = numbers.at(0);   // the PUT arrived, its answer did not
        const PhoneNumber unsent = numbers.at(1); // the PUT never arrived
        const PhoneNumber refused = numbers.at(2);
        const PhoneNumber unrented = numbers.at(3);
        QVERIFY(sent.offerId && unsent.offerId && refused.offerId);
        const auto otherOffer = [](const PhoneNumber &n) { return *n.offerId == 105 ? 106 : 105; };

        Journal journal(m_dir.filePath(QStringLiteral("unknown.jsonl")));
        QVERIFY(journal.load());
        const QString batch = QStringLiteral("0dd0c0de");
        const auto record = [&](const PhoneNumber &number, JournalEntry::Action action,
                                JournalEntry::State state) {
            Journal::Intent intent;
            intent.action = action;
            intent.account = QStringLiteral("Sandbox");
            intent.server =
                m_client->account().apiBase.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
            intent.target = QString::number(*number.id);
            intent.targetLabel = number.number;
            if (action == JournalEntry::Action::Update)
                intent.request = QJsonObject{{"offer_id", otherOffer(number)}};
            intent.before = QJsonObject{{"offer_id", *number.offerId}};
            intent.batch = batch;
            intent.batchKind = QStringLiteral("apply");
            const std::optional<QString> id = journal.recordIntent(intent);
            Journal::Outcome outcome;
            outcome.state = state;
            return id && journal.recordOutcome(*id, outcome);
        };
        QVERIFY(record(sent, JournalEntry::Action::Update, JournalEntry::State::OutcomeUnknown));
        QVERIFY(record(unsent, JournalEntry::Action::Update, JournalEntry::State::OutcomeUnknown));
        QVERIFY(record(refused, JournalEntry::Action::Update, JournalEntry::State::Failed));
        QVERIFY(
            record(unrented, JournalEntry::Action::Unrent, JournalEntry::State::OutcomeUnknown));
        // The edit that did happen, on the server.
        NumberChanges changes;
        changes.offerId = otherOffer(sent);
        bool updated = false;
        m_client->updateNumber(UpdateNumber{QString::number(*sent.id), changes}, this,
                               [&](const Result<PhoneNumber> &result) { updated = result.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return updated; }, 10000));

        const QList<PlanPreviewRow> rows = undoPreview(journal, batch);
        QHash<qint64, PlanPreviewRow> byId;
        for (const PlanPreviewRow &row : rows)
            byId.insert(row.id.value_or(-1), row);
        QCOMPARE(rows.size(), 3);
        QVERIFY(!byId.contains(*refused.id));
        QCOMPARE(byId.value(*sent.id).rowClass, PlanPreviewRow::Class::Change);
        QCOMPARE(byId.value(*sent.id).toSend.offerId, sent.offerId);
        QCOMPARE(byId.value(*unsent.id).rowClass, PlanPreviewRow::Class::Already);
        const PlanPreviewRow unrent = byId.value(*unrented.id);
        QCOMPARE(unrent.rowClass, PlanPreviewRow::Class::NotUndoable);
        QVERIFY2(unrent.reason.startsWith(QStringLiteral("No answer came to this unrent")),
                 qPrintable(unrent.reason));

        // Lists that cannot be read leave the unrent's offer by id.
        sandbox::FaultSettings faults = m_sandbox->server->faults();
        faults.missingPaths = QStringList{QStringLiteral("/api/v1/offers")};
        m_sandbox->server->setFaults(faults);
        LookupCache failing(m_client.get());
        QSignalSpy failed(&failing, &LookupCache::loadFailed);
        const QList<PlanPreviewRow> byIds = undoPreview(journal, batch, &failing);
        faults.missingPaths.clear();
        m_sandbox->server->setFaults(faults);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failing.isLoaded(schema::LookupKind::TrafficSources));
        QCOMPARE(byIds.size(), 3);
        for (const PlanPreviewRow &row : byIds) {
            if (row.id == unrented.id)
                QCOMPARE(row.reason,
                         QStringLiteral("No answer came to this unrent: check whether the number "
                                        "is still on the account. An unrent cannot be undone; it "
                                        "had offer #%1, traffic source none, number pool none.")
                             .arg(*unrented.offerId));
        }
    }

    void shouldRefuseABatchOfAnotherAccount()
    {
        Journal journal(m_dir.filePath(QStringLiteral("other.jsonl")));
        QVERIFY(journal.load());
        Journal::Intent intent;
        intent.action = JournalEntry::Action::Update;
        intent.account = QStringLiteral("acme");
        intent.server = QStringLiteral("https://acme.trackdrive.com/api/v1/");
        intent.target = QStringLiteral("20590");
        intent.request = QJsonObject{{"offer_id", 101}};
        intent.batch = QStringLiteral("abcd1234");
        intent.before = QJsonObject{{"offer_id", 100}};
        const std::optional<QString> id = journal.recordIntent(intent);
        QVERIFY(id);
        QVERIFY(journal.recordOutcome(*id, Journal::Outcome{}));
        UndoPlan undo(m_client.get(), &journal, nullptr);
        QString error;
        QVERIFY(!undo.start(QStringLiteral("abcd"), &error));
        QCOMPARE(error, QStringLiteral("Batch abcd1234 was made on "
                                       "https://acme.trackdrive.com/api/v1/, not on this account "
                                       "(%1).")
                            .arg(m_sandbox->server->apiBaseUrl().toString()));
        QVERIFY(!undo.isRunning());
    }

    void shouldRefuseABatchTheJournalDoesNotHold()
    {
        Journal journal(m_dir.filePath(QStringLiteral("empty.jsonl")));
        QVERIFY(journal.load());
        UndoPlan undo(m_client.get(), &journal, nullptr);
        QString error;
        QVERIFY(!undo.start(QStringLiteral("deadbeef"), &error));
        QCOMPARE(error, QStringLiteral("The journal holds no batch 'deadbeef'."));
    }
};

QTEST_GUILESS_MAIN(tst_UndoPlan)
#include "tst_undoplan.moc"
