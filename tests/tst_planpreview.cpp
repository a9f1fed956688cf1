// Plan previews against the sandbox: every class, both ways of reading, the export round trip
// (issue 17).
#include "apiclient.h"
#include "exportjob.h"
#include "lookupcache.h"
#include "planfile.h"
#include "planpreview.h"
#include "tst_sandboxhttp.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace numdesk;
using numdesk::sandbox::SandboxServer;
using numdesk::sandbox::test::StartedSandbox;

class tst_PlanPreview : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StartedSandbox> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    QList<PhoneNumber> m_numbers; // the first page of the account
    std::unique_ptr<PlanPreview> m_preview;

    Account account() const
    {
        Account account;
        account.apiBase = m_sandbox->server->apiBaseUrl();
        account.credentials.method = AuthMethod::Basic;
        account.credentials.publicKey = SandboxServer::demoCredentials().publicKey;
        account.credentials.privateKey = SandboxServer::demoCredentials().privateKey;
        return account;
    }

    QList<PlanPreviewRow> preview(const QByteArray &plan, PlanPreview **used = nullptr)
    {
        const PlanFile::Parsed parsed = PlanFile::read(plan, QStringLiteral("US"));
        if (!parsed.ok())
            qWarning("%s", qPrintable(parsed.error));
        LookupCache lookups(m_client.get());
        m_preview = std::make_unique<PlanPreview>(m_client.get(), &lookups);
        PlanPreview *last = m_preview.get();
        QSignalSpy finished(last, &PlanPreview::finished);
        last->start(parsed.rows);
        if (!finished.wait(20000))
            qWarning("preview did not finish");
        if (last->error())
            qWarning("%s", qPrintable(last->error()->fullText()));
        if (used)
            *used = last;
        return last->rows();
    }

    int getsOf(const QString &pathPart) const
    {
        int count = 0;
        for (const auto &request : m_sandbox->server->receivedRequests()) {
            if (request.method == QLatin1String("GET") && request.path.contains(pathPart))
                ++count;
        }
        return count;
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<StartedSandbox>(300);
        QVERIFY(m_sandbox->started);
        m_client = std::make_unique<ApiClient>(account());
        ListNumbers list;
        list.perPage = 10;
        bool done = false;
        m_client->listNumbers(list, this, [&](const Result<NumberPage> &page) {
            if (page)
                m_numbers = page.value().numbers;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        QCOMPARE(m_numbers.size(), 10);
    }

    // An export written with names as shown is a plan, and applying it changes nothing.
    void shouldTakeAnExportWithNamesAsAPlanThatChangesNothing()
    {
        LookupCache names(m_client.get());
        QSignalSpy changed(&names, &LookupCache::changed);
        names.refresh();
        QVERIFY(QTest::qWaitFor([&] { return changed.count() >= 4; }, 10000));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("numbers.csv"));
        for (const auto header :
             {CsvRecordFormatter::HeaderStyle::Keys, CsvRecordFormatter::HeaderStyle::Labels}) {
            ExportOptions options;
            options.names = &names;
            options.header = header;
            options.byteOrderMark = header == CsvRecordFormatter::HeaderStyle::Labels;
            options.spreadsheetSafe = header == CsvRecordFormatter::HeaderStyle::Labels;
            ExportJob job(m_client.get(), path, options);
            QSignalSpy done(&job, &ExportJob::finished);
            job.start();
            QVERIFY(done.wait(20000));
            QVERIFY(job.summary().isComplete());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QList<PlanPreviewRow> rows = preview(file.readAll());
            QCOMPARE(rows.size(), m_sandbox->server->numberCount());
            const PlanPreview::Counts counts = PlanPreview::countsOf(rows);
            QCOMPARE(PlanPreview::summary(counts),
                     QStringLiteral("%1 already so").arg(rows.size()));
        }
    }

    void shouldClassifyEveryRow()
    {
        // A second offer called like the first: a name that matches two.
        QVERIFY(m_sandbox->server->addLookup(schema::LookupKind::Offers,
                                             {900, QStringLiteral("Auto Insurance"), 0, {}, {}}));
        const PhoneNumber &a = m_numbers.at(0);
        const PhoneNumber &b = m_numbers.at(1);
        const PhoneNumber &c = m_numbers.at(2);
        const qint64 otherOffer = *a.offerId == 103 ? 104 : 103; // "Home Solar" or "Final Expense"
        const QString otherName =
            otherOffer == 103 ? QStringLiteral("Home Solar") : QStringLiteral("Final Expense");
        const QString poolName = QStringLiteral("Night Shift"); // pool 43
        const QByteArray plan = QStringLiteral("id;number;offer;ring_pool;token_values;action\n"
                                               "%1;;%2;%3;;\n" // 2: change
                                               "%4;;%5;;;\n"   // 3: already (its own offer id)
                                               "999999999;;101;;;\n"     // 4: not found
                                               "%6;;Auto Insurance;;;\n" // 5: ambiguous
                                               "%6;;No Such Offer;;;\n" // 6: invalid (no such name)
                                               ";%7;;;Bad Key:1;\n"     // 7: invalid (token)
                                               ";%8;;none;;unrent\n"    // 8: unrent
                                               ";%9;%2;;;\n")           // 9: duplicate of line 2
                                    .arg(*a.id)
                                    .arg(otherName, poolName)
                                    .arg(*b.id)
                                    .arg(*b.offerId)
                                    .arg(*c.id)
                                    .arg(m_numbers.at(3).number, m_numbers.at(4).number, a.number)
                                    .toUtf8();
        const QList<PlanPreviewRow> rows = preview(plan);
        QCOMPARE(rows.size(), 8);
        using Class = PlanPreviewRow::Class;
        QCOMPARE(rows.at(0).rowClass, Class::Change);
        QCOMPARE(rows.at(0).line, 2);
        QCOMPARE(rows.at(0).changes.first().field, QStringLiteral("offer_id"));
        QCOMPARE(rows.at(0).changes.first().before.toInteger(), *a.offerId);
        QCOMPARE(rows.at(0).changes.first().after.toInteger(), otherOffer);
        QCOMPARE(rows.at(0).toSend.offerId, std::optional<qint64>(otherOffer));
        QCOMPARE(bool(rows.at(0).toSend.ringPoolId), a.ringPoolId != std::optional<qint64>(43));
        QVERIFY(!rows.at(0).toSend.trafficSourceId);
        QVERIFY(!rows.at(0).toSend.tokenValues);
        QCOMPARE(rows.at(1).rowClass, Class::Already);
        QVERIFY(rows.at(1).changes.isEmpty());
        QCOMPARE(rows.at(2).rowClass, Class::NotFound);
        QCOMPARE(rows.at(3).rowClass, Class::Ambiguous);
        QCOMPARE(
            rows.at(3).reason,
            QStringLiteral("offer_id: 'Auto Insurance' names more than one offer (ids 100, 900): "
                           "write the id."));
        QCOMPARE(rows.at(4).rowClass, Class::Invalid);
        QCOMPARE(rows.at(4).reason,
                 QStringLiteral("offer_id: The account has no offer named 'No Such Offer'."));
        QCOMPARE(rows.at(5).rowClass, Class::Invalid);
        QVERIFY(rows.at(5).reason.startsWith(QStringLiteral("token_values: 'Bad Key:1'")));
        QCOMPARE(rows.at(6).rowClass, Class::Change);
        QCOMPARE(rows.at(6).action, PlanRow::Action::Unrent);
        QCOMPARE(rows.at(6).id, m_numbers.at(4).id);
        QCOMPARE(rows.at(6).before.value(QLatin1String("offer_id")).toInteger(),
                 *m_numbers.at(4).offerId);
        QCOMPARE(rows.at(7).rowClass, Class::Duplicate);
        QCOMPARE(rows.at(7).reason, QStringLiteral("Line 2 names this number already."));

        const PlanPreview::Counts counts = PlanPreview::countsOf(rows);
        QCOMPARE(PlanPreview::summary(counts),
                 QStringLiteral("2 will change, 1 already so, 1 not found, 1 ambiguous, "
                                "2 invalid, 1 duplicate"));
        const QList<NumberAction> actions = PlanPreview::actionsFor(rows);
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0).kind, NumberAction::Kind::Update);
        QCOMPARE(actions.at(0).target, QString::number(*a.id));
        QCOMPARE(actions.at(1).kind, NumberAction::Kind::Unrent);

        const QJsonObject json = rows.at(0).toJson();
        QCOMPARE(json.value("row").toInt(), 2);
        QCOMPARE(json.value("class").toString(), QStringLiteral("change"));
        QCOMPARE(json.value("changes")["offer_id"]["before"].toInteger(), *a.offerId);
        QCOMPARE(json.value("changes")["offer_id"]["after"].toInteger(), otherOffer);
    }

    void shouldReadFewNumbersOneByOneAndManyAsTheWholeAccount()
    {
        // 300 numbers are 2 pages: one row is read by itself, three rows by the list.
        m_sandbox->server->clearReceivedRequests();
        PlanPreview *used = nullptr;
        QList<PlanPreviewRow> rows =
            preview(QStringLiteral("id\n%1\n").arg(*m_numbers.at(0).id).toUtf8(), &used);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().rowClass, PlanPreviewRow::Class::Already);
        QVERIFY(!used->readWholeAccount());
        QCOMPARE(getsOf(QStringLiteral("phone_numbers/")), 1);

        m_sandbox->server->clearReceivedRequests();
        QByteArray plan = "id,ring_pool\n";
        for (int i = 0; i < 5; ++i)
            plan += QByteArray::number(*m_numbers.at(i).id) + ",none\n";
        rows = preview(plan, &used);
        QVERIFY(used->readWholeAccount());
        QCOMPARE(getsOf(QStringLiteral("phone_numbers/")), 0);
        QCOMPARE(rows.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(rows.at(i).rowClass, m_numbers.at(i).ringPoolId
                                              ? PlanPreviewRow::Class::Change
                                              : PlanPreviewRow::Class::Already);
        }
    }
};

QTEST_GUILESS_MAIN(tst_PlanPreview)
#include "tst_planpreview.moc"
