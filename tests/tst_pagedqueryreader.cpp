// PagedQueryReader against hostile servers (issue 19, item 2): the read always ends, and says
// why; a 429 lowers the pages in flight (issue 18). The pin and the exact export are tested
// through ExportJob (tst_exportjob).
#include "apiclient.h"
#include "pagedqueryreader.h"
#include "sandboxaccount.h"
#include "scriptedserver.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QUrlQuery>

#include <algorithm>

using namespace numdesk;
using namespace numdesk::test;

namespace {

int pageOf(const ScriptedServer::Request &request)
{
    return QUrlQuery(QString::fromLatin1(request.query()))
        .queryItemValue(QStringLiteral("page"))
        .toInt();
}

QByteArray rows(qint64 first, int count)
{
    QByteArray body;
    for (int i = 0; i < count; ++i)
        body += (i ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(first + i) + "}";
    return body;
}

// Ids 1-20 in pages of 2, with total_count.
void serveTwentyRows(ScriptedServer &server)
{
    server.setHandler([](const ScriptedServer::Request &request, qsizetype,
                         const ScriptedServer::Respond &respond) {
        const int page = pageOf(request);
        const int count = qBound(0, 20 - 2 * (page - 1), 2);
        respond(ScriptedServer::Reply::json(200, "{\"numbers\":[" +
                                                     rows(2 * qint64(page) - 1, count) +
                                                     "],\"metadata\":{\"total_count\":20}}"));
    });
}

} // namespace

class tst_PagedQueryReader : public QObject
{
    Q_OBJECT

private:
    // Ids only, pages of 2, `parallel` in flight, no pin (one segment).
    static PagedQueryReader::Options readerOptions(int parallel)
    {
        PagedQueryReader::Options options;
        options.columns = {"id"};
        options.perPage = 2;
        options.parallel = parallel;
        options.pinCreatedAt = false;
        return options;
    }

    // Reads with readerOptions, four in flight unless told.
    static PagedQueryReader::Outcome readAll(ScriptedServer &server, qint64 maxSetSize = -1,
                                             int parallel = 4)
    {
        ApiClient client(sandboxAccount(QUrl(QString::fromLatin1(server.baseUrl()))));
        PagedQueryReader::Options options = readerOptions(parallel);
        if (maxSetSize >= 0)
            options.maxSetSize = maxSetSize;
        PagedQueryReader reader(&client, options);
        QSignalSpy finished(&reader, &PagedQueryReader::finished);
        reader.start();
        if (finished.isEmpty())
            finished.wait(30000);
        return reader.outcome();
    }

private slots:
    void shouldStopWhenTheServerRepeatsThePageForever()
    {
        // No total, and every page is the first one again: the list would never end.
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setReplies({ScriptedServer::Reply::json(200, "{\"numbers\":[" + rows(1, 2) + "]}")});
        const PagedQueryReader::Outcome outcome = readAll(server);
        QCOMPARE(outcome.state, PagedQueryReader::Outcome::State::Failed);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ApiError::Kind::BadResponse);
        QVERIFY2(outcome.error->message.contains(QLatin1String("page 2 with no number that was "
                                                               "not on an earlier page")),
                 qPrintable(outcome.error->message));
        QCOMPARE(outcome.rowsDelivered, 2);
        // Page 2 told; the pages already asked for (at most twice the window) are all.
        QVERIFY2(server.requests().size() <= 1 + 2 * 4,
                 qPrintable(QString::number(server.requests().size())));
    }

    void shouldStopWhenTheServerInventsRowsPastTheLargestSet()
    {
        // No total, every page full of new ids: bounded by the largest set a read takes.
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &request, qsizetype,
                             const ScriptedServer::Respond &respond) {
            const int page = pageOf(request);
            respond(ScriptedServer::Reply::json(200, "{\"numbers\":[" +
                                                         rows(2 * qint64(page) - 1, 2) + "]}"));
        });
        const PagedQueryReader::Outcome outcome = readAll(server, 100);
        QCOMPARE(outcome.state, PagedQueryReader::Outcome::State::Failed);
        QVERIFY(outcome.error);
        QVERIFY2(outcome.error->message.contains(QLatin1String("kept sending numbers past 100")),
                 qPrintable(outcome.error->message));
        QVERIFY(outcome.rowsDelivered <= 102);
        QVERIFY2(server.requests().size() <= 51 + 2 * 4,
                 qPrintable(QString::number(server.requests().size())));
    }

    void shouldRefuseATotalBeyondTheLargestSetAtOnce_data()
    {
        QTest::addColumn<QByteArray>("total");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("maxRequests");
        QTest::newRow("2^53") << QByteArray("9007199254740992")
                              << "holds 9007199254740992 numbers, more than the 10000000" << 1;
        QTest::newRow("above the bound")
            << QByteArray("10000001") << "holds 10000001 numbers, more than the 10000000" << 1;
        // Totals the decoder does not believe are no total: the repeated page ends the read.
        QTest::newRow("2^63-1") << QByteArray("9223372036854775807") << "page 2 with no number"
                                << 1 + 2 * 4;
        QTest::newRow("negative") << QByteArray("-5") << "page 2 with no number" << 1 + 2 * 4;
    }

    void shouldRefuseATotalBeyondTheLargestSetAtOnce()
    {
        QFETCH(QByteArray, total);
        QFETCH(QString, reason);
        QFETCH(int, maxRequests);
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setReplies({ScriptedServer::Reply::json(
            200, "{\"numbers\":[" + rows(1, 2) + "],\"metadata\":{\"total_count\":" + total +
                     ",\"per_page\":2}}")});
        const PagedQueryReader::Outcome outcome = readAll(server);
        QCOMPARE(outcome.state, PagedQueryReader::Outcome::State::Failed);
        QVERIFY(outcome.error);
        QVERIFY2(outcome.error->message.contains(reason), qPrintable(outcome.error->message));
        QVERIFY2(server.requests().size() <= maxRequests,
                 qPrintable(QString::number(server.requests().size())));
    }

    void shouldHalveThePagesInFlightOnA429AndGrowThemAgain()
    {
        // Issue 18: a 429 lowers the parallelism, not only the pace. 40 rows in pages of 2,
        // six in flight (Qt opens at most six connections to one host). The test answers each
        // page on cue: page 1 at once; then, with pages 2-7 on the wire, page 2 gets a 429
        // (Retry-After: 0, retried by ApiCall). From then on the window is 3: no page past 7
        // may be asked for while 3 are unanswered.
        ScriptedServer server;
        QVERIFY(server.listen());
        QMap<int, ScriptedServer::Respond> pending; // by page, unanswered
        QList<int> outstandingAtNewPage;            // unanswered requests when a page past 7 came
        int limited = 0;
        server.setHandler([&](const ScriptedServer::Request &request, qsizetype,
                              const ScriptedServer::Respond &respond) {
            const int page = pageOf(request);
            if (page == 1) {
                respond(ScriptedServer::Reply::json(
                    200, "{\"numbers\":[" + rows(1, 2) + "],\"metadata\":{\"total_count\":40}}"));
                return;
            }
            if (page > 7)
                outstandingAtNewPage.append(int(pending.size()));
            if (page == 2 && limited++ == 0) {
                ScriptedServer::Reply tooMany = ScriptedServer::Reply::json(429, "{}");
                tooMany.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
                pending.insert(
                    page, [respond, tooMany](const ScriptedServer::Reply &) { respond(tooMany); });
                return;
            }
            pending.insert(page, respond);
        });
        auto answer = [&](int page) {
            const ScriptedServer::Respond respond = pending.take(page);
            respond(ScriptedServer::Reply::json(200, "{\"numbers\":[" +
                                                         rows(2 * qint64(page) - 1, 2) +
                                                         "],\"metadata\":{\"total_count\":40}}"));
        };

        ApiClient client(sandboxAccount(QUrl(QString::fromLatin1(server.baseUrl()))));
        PagedQueryReader::Options options;
        options.columns = {"id"};
        options.perPage = 2;
        options.parallel = 6;
        options.pinCreatedAt = false;
        PagedQueryReader reader(&client, options);
        QSignalSpy finished(&reader, &PagedQueryReader::finished);
        reader.start();
        QTRY_COMPARE(pending.size(), 6); // pages 2-7
        answer(2);                       // the 429; ApiCall asks for page 2 again at once
        QTRY_VERIFY(limited == 2 && pending.contains(2));
        // Answer the lowest page, one at a time, each once the reader has handed its rows on
        // (and asked for what its window allows), until the read ends.
        qint64 delivered = 2;
        connect(&reader, &PagedQueryReader::rowsReady, this,
                [&delivered](const QList<PhoneNumber> &rows) { delivered += rows.size(); });
        while (finished.isEmpty()) {
            QTRY_VERIFY(!pending.isEmpty() || !finished.isEmpty());
            if (pending.isEmpty())
                break;
            const int page = pending.firstKey();
            answer(page);
            QTRY_VERIFY(delivered >= 2 * qint64(page) || !finished.isEmpty());
        }
        QTRY_VERIFY(!finished.isEmpty());
        const PagedQueryReader::Outcome outcome = reader.outcome();
        QCOMPARE(outcome.state, PagedQueryReader::Outcome::State::Completed);
        QCOMPARE(outcome.rowsDelivered, 40);
        QCOMPARE(outcome.rateLimited, 1);
        QCOMPARE(outcome.smallestWindow, 3);
        QVERIFY(!outstandingAtNewPage.isEmpty());
        // Seen by the server, a request's count of unanswered ones can only come out lower
        // than when the reader sent it, never higher: an upper bound holds without races. Three
        // pages answered after the cut grow the window to 4 at most; without the cut the first
        // new page would go out with 5 unanswered.
        QVERIFY2(outstandingAtNewPage.first() <= 3,
                 qPrintable(QStringLiteral("a new page was asked for with %1 unanswered")
                                .arg(outstandingAtNewPage.first())));
        QCOMPARE(outcome.finalWindow, 6); // grown back, one page per window of answers
    }

    void shouldSendNoPageWhileHeldAndReadOnWhenLetGo()
    {
        // 20 rows in pages of 2, two in flight. Held once the second page is handed on
        // (SnapshotJob holds its reader so while its writer is behind): the pages already
        // asked for still come, no other is asked for; let go, it reads the rest.
        ScriptedServer server;
        QVERIFY(server.listen());
        serveTwentyRows(server);
        ApiClient client(sandboxAccount(QUrl(QString::fromLatin1(server.baseUrl()))));
        PagedQueryReader reader(&client, readerOptions(2));
        QSignalSpy finished(&reader, &PagedQueryReader::finished);
        qsizetype delivered = 0;
        qsizetype deliveredWhenHeld = 0;
        int askedWhenHeld = 0;
        connect(&reader, &PagedQueryReader::rowsReady, this, [&](const QList<PhoneNumber> &rows) {
            delivered += rows.size();
            if (delivered >= 4 && deliveredWhenHeld == 0) {
                reader.setHeld(true);
                deliveredWhenHeld = delivered;
                askedWhenHeld = reader.outcome().pagesAsked;
            }
        });
        reader.start();
        // The pages asked for before the hold are answered and handed on; none is asked for
        // after it (a reader that ignored the hold asks for the next page as each comes).
        QTRY_VERIFY_WITH_TIMEOUT(deliveredWhenHeld > 0 && delivered == 2 * askedWhenHeld, 30000);
        QVERIFY2(askedWhenHeld > deliveredWhenHeld / 2, "no page was on the wire when held");
        QCOMPARE(reader.outcome().pagesAsked, askedWhenHeld);
        QVERIFY(reader.isRunning());
        QVERIFY2(delivered < 20, qPrintable(QString::number(delivered)));
        QVERIFY(finished.isEmpty());

        reader.setHeld(false);
        QVERIFY(finished.wait(30000) || !finished.isEmpty());
        QCOMPARE(reader.outcome().state, PagedQueryReader::Outcome::State::Completed);
        QCOMPARE(delivered, 20);
    }

    void shouldAskForTheNextPagesBeforeHandingOnTheFirst_data()
    {
        QTest::addColumn<qint64>("maxRows");
        QTest::addColumn<int>("askedAtFirstRows");
        QTest::addColumn<int>("askedInAll");
        QTest::addColumn<qint64>("delivered");
        // Page 1 says how many pages follow: three more go on the wire before its rows are
        // handed on (formatting and writing them would hold the next pages back).
        QTest::newRow("whole set") << qint64(-1) << 4 << 10 << qint64(20);
        // A limited read asks for no page past the rows it lacks: none more when page 1 has
        // them all, two more for 5 rows in pages of 2.
        QTest::newRow("limit met by page 1") << qint64(2) << 1 << 1 << qint64(2);
        QTest::newRow("limit past page 1") << qint64(5) << 3 << 3 << qint64(5);
    }

    void shouldAskForTheNextPagesBeforeHandingOnTheFirst()
    {
        QFETCH(qint64, maxRows);
        QFETCH(int, askedAtFirstRows);
        QFETCH(int, askedInAll);
        QFETCH(qint64, delivered);
        ScriptedServer server;
        QVERIFY(server.listen());
        serveTwentyRows(server);
        ApiClient client(sandboxAccount(QUrl(QString::fromLatin1(server.baseUrl()))));
        PagedQueryReader::Options options = readerOptions(3);
        options.maxRows = maxRows;
        PagedQueryReader reader(&client, options);
        QSignalSpy finished(&reader, &PagedQueryReader::finished);
        int asked = -1;
        qint64 rowCount = 0;
        connect(&reader, &PagedQueryReader::rowsReady, this, [&](const QList<PhoneNumber> &rows) {
            if (asked < 0)
                asked = reader.outcome().pagesAsked;
            rowCount += rows.size();
        });
        reader.start();
        QVERIFY(finished.wait(30000) || !finished.isEmpty());
        QCOMPARE(reader.outcome().state, PagedQueryReader::Outcome::State::Completed);
        QCOMPARE(asked, askedAtFirstRows);
        QCOMPARE(reader.outcome().pagesAsked, askedInAll);
        QCOMPARE(rowCount, delivered);
    }

    void shouldAskForTheTailWhileTheLastPagesOfTheMainSegmentAreOnTheWire_data()
    {
        QTest::addColumn<bool>("changeOnFirstPass");
        QTest::addColumn<bool>("tailFirst");
        // The main segment (ids 1-6, pages of 2) ends on the whole second before the start;
        // the tail (id 100) is the start second. Its first page is asked for as soon as the
        // main segment's last page is, and taken over when the main segment ends.
        QTest::newRow("steady set") << false << false;
        // The tail's answer is in before the main segment's last page: kept until then.
        QTest::newRow("tail answered first") << false << true;
        // A main pass that finds the set changed is read again: the tail asked for during it
        // is dropped, and asked for again during the pass that holds.
        QTest::newRow("main segment read twice") << true << false;
    }

    void shouldAskForTheTailWhileTheLastPagesOfTheMainSegmentAreOnTheWire()
    {
        QFETCH(bool, changeOnFirstPass);
        QFETCH(bool, tailFirst);
        ScriptedServer server;
        QVERIFY(server.listen());
        const auto mainPage = [](int page, int total) {
            return ScriptedServer::Reply::json(
                200, "{\"numbers\":[" + rows(2 * qint64(page) - 1, 2) +
                         "],\"metadata\":{\"total_count\":" + QByteArray::number(total) + "}}");
        };
        const ScriptedServer::Reply tailPage = ScriptedServer::Reply::json(
            200, "{\"numbers\":[{\"id\":100}],\"metadata\":{\"total_count\":1}}");
        ScriptedServer::Respond heldLastPage;
        ScriptedServer::Respond heldTail;
        int mainPages = 0;
        int lastPages = 0;
        int tailAsked = 0;
        server.setHandler([&](const ScriptedServer::Request &request, qsizetype,
                              const ScriptedServer::Respond &respond) {
            if (request.query().contains("created_at_from=")) {
                // Answered once the main segment's rows are all handed on (below).
                ++tailAsked;
                if (tailFirst) {
                    respond(tailPage); // the last main page follows once this is read
                    return;
                }
                heldTail = respond;
                if (heldLastPage) // the tail is on the wire: the main segment may end now
                    std::exchange(heldLastPage, {})(mainPage(3, 6));
                return;
            }
            const int page = pageOf(request);
            ++mainPages;
            // On the first pass, page 2 says the set grew: the pass is read again.
            const int total = changeOnFirstPass && mainPages == 2 ? 7 : 6;
            // Each pass's last page waits for the tail to be asked for in that pass.
            if (page == 3 && (tailFirst || tailAsked < ++lastPages))
                heldLastPage = respond;
            else
                respond(mainPage(page, total));
        });
        ApiClient client(sandboxAccount(QUrl(QString::fromLatin1(server.baseUrl()))));
        PagedQueryReader::Options options = readerOptions(3);
        options.pinCreatedAt = true;
        // Long past: both segments may be read at once.
        options.startTime = QDateTime(QDate(2026, 1, 5), QTime(10, 0, 0, 500), QTimeZone::utc());
        PagedQueryReader reader(&client, options);
        QSignalSpy finished(&reader, &PagedQueryReader::finished);
        QList<qint64> ids;
        connect(&reader, &PagedQueryReader::rowsReady, this, [&](const QList<PhoneNumber> &rows) {
            for (const PhoneNumber &row : rows)
                ids.append(*row.id);
        });
        // The main segment's last pass has handed on its last page: the tail's answer comes
        // after the reader has taken the tail's request over.
        connect(&reader, &PagedQueryReader::progressChanged, this, [&](qint64 rowsDone, qint64) {
            if (rowsDone >= 6 && heldTail && mainPages == (changeOnFirstPass ? 6 : 3))
                std::exchange(heldTail, {})(tailPage);
        });
        // The tail's answer is off the wire (its decoding is on its way): the last main page
        // is sent only now.
        connect(&client, &ApiClient::callFinished, this, [&](const QString &summary) {
            if (tailFirst && summary.contains(QLatin1String("created_at_from")) && heldLastPage)
                std::exchange(heldLastPage, {})(mainPage(3, 6));
        });
        reader.start();
        // A reader that asks for the tail only after the main segment ends never gets the
        // main segment's last page.
        QVERIFY2(finished.wait(15000) || !finished.isEmpty(),
                 "the tail was not asked for while the main segment's last page was on the wire");
        QCOMPARE(reader.outcome().state, PagedQueryReader::Outcome::State::Completed);
        QVERIFY(reader.outcome().verified);
        QCOMPARE(ids, QList<qint64>({1, 2, 3, 4, 5, 6, 100}));
        QCOMPARE(tailAsked, changeOnFirstPass ? 2 : 1);
        QCOMPARE(reader.outcome().pagesAsked, changeOnFirstPass ? 8 : 4);
    }

    void shouldReadAServerThatRepeatsNothingToTheEnd()
    {
        // The bounds do not stop an honest server without a total: 7 rows, pages of 2, read
        // twice (a second read vouches for the first). One page at a time: an empty page read
        // ahead that answers before the short last one makes a pass look unsettled.
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedServer::Request &request, qsizetype,
                             const ScriptedServer::Respond &respond) {
            const int page = pageOf(request);
            const int count = qBound(0, 7 - 2 * (page - 1), 2);
            respond(ScriptedServer::Reply::json(200, "{\"numbers\":[" +
                                                         rows(2 * qint64(page) - 1, count) + "]}"));
        });
        const PagedQueryReader::Outcome outcome = readAll(server, -1, 1);
        QCOMPARE(outcome.state, PagedQueryReader::Outcome::State::Completed);
        QVERIFY(outcome.verified);
        QCOMPARE(outcome.rowsDelivered, 7);
        QCOMPARE(outcome.passes, 2);
    }

    void shouldNotTakeAnEmptyPageAnsweredFirstForAChangedSet()
    {
        // No total: the short page 4 ends the list. Pages in flight may come back in any order;
        // when the empty page 5 is decoded before page 4, page 4 is still the short last page of
        // an unchanged set, and the first pass must not count as unsettled (a third read).
        const PagedQueryReader::Outcome outcome =
            readWithPage4AfterPage5([](int, int page) { return qBound(0, 7 - 2 * (page - 1), 2); });
        QCOMPARE(outcome.state, PagedQueryReader::Outcome::State::Completed);
        QVERIFY(outcome.verified);
        QVERIFY(!outcome.setChanged);
        QCOMPARE(outcome.rowsDelivered, 7);
        QCOMPARE(outcome.passes, 2);
    }

    void shouldTakeRowsAfterAShortPageAnsweredLaterForAChangedSet()
    {
        // The same order, but page 5 holds a row in the first pass: a short page 4 answered
        // after it means the set moved between the two reads (a number came and went).
        const PagedQueryReader::Outcome outcome = readWithPage4AfterPage5([](int pass, int page) {
            return pass == 1 && page == 5 ? 1 : qBound(0, 7 - 2 * (page - 1), 2);
        });
        QCOMPARE(outcome.state, PagedQueryReader::Outcome::State::Completed);
        QVERIFY(outcome.setChanged);
        QVERIFY(outcome.verified); // the second pass saw the first one's rows, in order
        QCOMPARE(outcome.passes, 2);
        QCOMPARE(outcome.rowsDelivered, 7); // not the row of page 5, which the set never had
    }

private:
    // Reads ids in pages of 2, two in flight, rows 1.. with `count(pass, page)` on each page.
    // The first pass's page 4 is answered only once page 5 has been answered and decoded.
    static PagedQueryReader::Outcome
    readWithPage4AfterPage5(const std::function<int(int pass, int page)> &count)
    {
        ScriptedServer server;
        if (!server.listen())
            qFatal("cannot listen");
        std::function<void()> answerPage4;
        int pass = 0;
        server.setHandler([&](const ScriptedServer::Request &request, qsizetype,
                              const ScriptedServer::Respond &respond) {
            const int page = pageOf(request);
            if (page == 1)
                ++pass;
            const ScriptedServer::Reply reply = ScriptedServer::Reply::json(
                200, "{\"numbers\":[" + rows(2 * qint64(page) - 1, count(pass, page)) + "]}");
            if (pass == 1 && page == 4) { // waits for the test
                answerPage4 = [respond, reply] { respond(reply); };
                return;
            }
            respond(reply);
        });
        ApiClient client(sandboxAccount(QUrl(QString::fromLatin1(server.baseUrl()))));
        QSignalSpy answered(&client, &ApiClient::callFinished);
        PagedQueryReader::Options options;
        options.columns = {"id"};
        options.perPage = 2;
        options.parallel = 2;
        options.pinCreatedAt = false;
        PagedQueryReader reader(&client, options);
        QSignalSpy finished(&reader, &PagedQueryReader::finished);
        reader.start();
        const auto page5Answered = [&] {
            return std::any_of(answered.cbegin(), answered.cend(), [](const QList<QVariant> &a) {
                return a.at(0).toString().contains(QLatin1String("page=5&"));
            });
        };
        QDeadlineTimer deadline(30000);
        while (!page5Answered() && !deadline.hasExpired())
            QTest::qWait(10);
        if (!page5Answered() || !answerPage4 || !finished.isEmpty())
            qFatal("page 5 was not asked for while page 4 waited");
        // Page 5's decode ends on the pool and its answer is posted to this thread: let both
        // happen before page 4 is answered.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        answerPage4();
        if (finished.isEmpty())
            finished.wait(30000);
        return reader.outcome();
    }
};

QTEST_GUILESS_MAIN(tst_PagedQueryReader)
#include "tst_pagedqueryreader.moc"
