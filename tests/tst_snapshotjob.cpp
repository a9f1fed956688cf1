// SnapshotJob against the sandbox: a snapshot holds every number exactly as the API sends it,
// an unchanged account adds no row versions, an unrent shows in the next snapshot, and a
// cancelled snapshot, or one whose rows cannot be written (on the job's writer thread), leaves
// nothing.
#include "apiclient.h"
#include "inventoryinsights.h"
#include "sandboxaccount.h"
#include "snapshotjob.h"
#include "tst_sandboxhttp.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace numdesk;
using namespace numdesk::test;
using numdesk::sandbox::test::StartedSandbox;

namespace {

SnapshotResult take(ApiClient &client, SnapshotStore &store, int keep = 30)
{
    SnapshotJob::Options options;
    options.keep = keep;
    options.names = {{QStringLiteral("offer_id"), {{100, QStringLiteral("Auto Insurance")}}}};
    SnapshotJob job(&client, &store, options);
    QSignalSpy finished(&job, &SnapshotJob::finished);
    job.start();
    if (job.isRunning())
        finished.wait(60000);
    return job.result();
}

// A snapshot's rows are the API's records, one for one, in the same order (QCOMPARE inside:
// the first difference is reported).
bool holdsExactly(const QList<PhoneNumber> &rows, const QList<QJsonObject> &expected)
{
    [&] {
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(rows[i].toJson(), expected[i]);
    }();
    return !QTest::currentTestFailed();
}

} // namespace

class TestSnapshotJob : public QObject
{
    Q_OBJECT

private slots:
    void shouldHoldEveryNumberAsTheApiSendsIt()
    {
        StartedSandbox sandbox(700);
        QVERIFY(sandbox.started);
        QTemporaryDir dir;
        SnapshotStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))));
        ApiClient client(sandboxAccount(*sandbox.server));

        const SnapshotResult result = take(client, store);
        QCOMPARE(result.outcome, SnapshotResult::Outcome::Completed);
        QVERIFY(result.verified);
        QCOMPARE(result.count, 700);
        QVERIFY(result.takenAt.isValid());
        const QList<QJsonObject> expected = sandbox::test::allNumbers(*sandbox.http);
        const QList<PhoneNumber> rows = store.rows(result.id);
        QVERIFY(holdsExactly(rows, expected));
        QCOMPARE(store.names(result.id).value(QStringLiteral("offer_id")).value(100),
                 QStringLiteral("Auto Insurance"));
        // Insight counts equal counts made independently from the API's own pages.
        for (const auto by :
             {InventoryInsights::Dimension::Offer, InventoryInsights::Dimension::RingPool,
              InventoryInsights::Dimension::Country}) {
            const QString column = by == InventoryInsights::Dimension::Offer      ? "offer_id"
                                   : by == InventoryInsights::Dimension::RingPool ? "ring_pool_id"
                                                                                  : "country";
            QHash<QString, qint64> expectedCounts;
            for (const QJsonObject &number : expected) {
                const QJsonValue value = number.value(column);
                ++expectedCounts[value.isString() ? value.toString()
                                 : value.isNull() ? QString()
                                                  : QString::number(value.toInteger())];
            }
            const InsightReport report =
                InventoryInsights::compute(rows, result.takenAt, by, 90, store.names(result.id));
            QCOMPARE(report.groups.size(), expectedCounts.size());
            for (const InsightGroup &group : report.groups)
                QCOMPARE(group.count, expectedCounts.value(group.key));
        }

        // Unchanged: a second snapshot shares every row version.
        const qint64 versions = store.versionCount();
        const SnapshotResult again = take(client, store);
        QVERIFY(again.id > result.id);
        QCOMPARE(store.versionCount(), versions);
        QCOMPARE(store.rows(again.id), rows);

        // Unrent two numbers: the next snapshot lacks them, the earlier ones keep them.
        // (A number under delete prevention answers 422; the next one is taken.)
        QList<qint64> gone;
        for (qsizetype i = 10; i < rows.size() && gone.size() < 2; i += 300) {
            const qint64 id = rows[i].id.value();
            if (sandbox.http->send("DELETE", "phone_numbers/" + QByteArray::number(id)).status ==
                200)
                gone.append(id);
            else
                i -= 299;
        }
        QCOMPARE(gone.size(), 2);
        const qint64 gone1 = gone[0];
        const qint64 gone2 = gone[1];
        const SnapshotResult third = take(client, store, 2);
        QCOMPARE(third.count, 698);
        QCOMPARE(store.list().size(), 2); // kept 2: the first was pruned
        QVERIFY(!store.info(result.id));
        QCOMPARE(store.rows(again.id), rows);
        QList<PhoneNumber> before;
        QList<PhoneNumber> after;
        QVERIFY(store.differingRows(again.id, third.id, &before, &after));
        QCOMPARE(before.size(), 2);
        QCOMPARE(before[0].id, gone1);
        QCOMPARE(before[1].id, gone2);
        QVERIFY(after.isEmpty());
    }

    void shouldHoldTheReaderWhileTheWriterIsBehindAndStillHoldEveryNumber()
    {
        // At most one row waits to be written: the reader is held after every page and let go
        // when the writer has taken it; the snapshot still ends, whole.
        StartedSandbox sandbox(1200);
        QVERIFY(sandbox.started);
        QTemporaryDir dir;
        SnapshotStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))));
        ApiClient client(sandboxAccount(*sandbox.server));
        SnapshotJob::Options options;
        options.queuedRows = 1;
        SnapshotJob job(&client, &store, options);
        QSignalSpy finished(&job, &SnapshotJob::finished);
        job.start();
        // After the job has taken each page (it connected first), its reader is held.
        auto *reader = job.findChild<PagedQueryReader *>();
        QVERIFY(reader);
        int pages = 0;
        int heldAfter = 0;
        connect(reader, &PagedQueryReader::rowsReady, this, [&](const QList<PhoneNumber> &) {
            ++pages;
            heldAfter += reader->isHeld();
        });
        QVERIFY(finished.wait(60000) || !finished.isEmpty());
        QCOMPARE(job.result().outcome, SnapshotResult::Outcome::Completed);
        QVERIFY(pages >= 5); // 1,200 numbers, 250 a page
        QCOMPARE(heldAfter, pages);
        QVERIFY(job.result().verified);
        QCOMPARE(job.result().count, 1200);
        QVERIFY(
            holdsExactly(store.rows(job.result().id), sandbox::test::allNumbers(*sandbox.http)));
    }

    void shouldFailAndKeepNothingWhenRowsCannotBeWritten();

    void shouldKeepNothingWhenCancelled()
    {
        StartedSandbox sandbox(600);
        QVERIFY(sandbox.started);
        QTemporaryDir dir;
        SnapshotStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))));
        ApiClient client(sandboxAccount(*sandbox.server));
        SnapshotJob job(&client, &store, {});
        QSignalSpy finished(&job, &SnapshotJob::finished);
        // Cancel as the first rows arrive.
        connect(&job, &SnapshotJob::progressChanged, &job, [&job](qint64 done, qint64) {
            if (done > 0)
                job.cancel();
        });
        job.start();
        QVERIFY(finished.wait(60000) || !finished.isEmpty());
        QCOMPARE(job.result().outcome, SnapshotResult::Outcome::Cancelled);
        QVERIFY(store.list().isEmpty());
        QCOMPARE(store.versionCount(), 0);
    }
};

// Rows the writer thread cannot write: the snapshot fails with SQLite's reason, the reader is
// stopped, and nothing is kept.
void TestSnapshotJob::shouldFailAndKeepNothingWhenRowsCannotBeWritten()
{
    StartedSandbox sandbox(900);
    QVERIFY(sandbox.started);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    SnapshotStore store;
    QVERIFY(store.open(path));
    {
        // The disk "fills up" at the 300th row: a trigger refuses the rows after it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("tst_snapshotjob_full"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery trigger(db);
        QVERIFY2(trigger.exec(
                     QStringLiteral("CREATE TRIGGER full BEFORE INSERT ON members "
                                    "WHEN (SELECT COUNT(*) FROM members) >= 300 "
                                    "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")),
                 qPrintable(trigger.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst_snapshotjob_full"));
    ApiClient client(sandboxAccount(*sandbox.server));
    const SnapshotResult result = take(client, store);
    QCOMPARE(result.outcome, SnapshotResult::Outcome::Failed);
    QVERIFY2(result.message.contains(QLatin1String("database or disk is full")),
             qPrintable(result.message));
    QCOMPARE(result.id, 0);
    QVERIFY(store.list().isEmpty());
    QCOMPARE(store.versionCount(), 0);
}

QTEST_GUILESS_MAIN(TestSnapshotJob)
#include "tst_snapshotjob.moc"
