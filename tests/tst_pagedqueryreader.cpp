// PagedQueryReader against hostile servers (issue 19, item 2): the read always ends, and says
// why. The pin and the exact export are tested through ExportJob (tst_exportjob).
#include "apiclient.h"
#include "pagedqueryreader.h"
#include "sandboxaccount.h"
#include "scriptedserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

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

} // namespace

class tst_PagedQueryReader : public QObject
{
    Q_OBJECT

private:
    // Reads with pages of 2, four in flight (unless told), no pin (one segment).
    static PagedQueryReader::Outcome readAll(ScriptedServer &server, qint64 maxSetSize = -1,
                                             int parallel = 4)
    {
        ApiClient client(sandboxAccount(QUrl(QString::fromLatin1(server.baseUrl()))));
        PagedQueryReader::Options options;
        options.columns = {"id"};
        options.perPage = 2;
        options.parallel = parallel;
        options.pinCreatedAt = false;
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
};

QTEST_GUILESS_MAIN(tst_PagedQueryReader)
#include "tst_pagedqueryreader.moc"
