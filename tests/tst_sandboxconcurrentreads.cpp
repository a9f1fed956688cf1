// Number lists read on several threads while numbers are updated and unrented: every page must
// be one consistent state (SandboxStore's lock), and the server must answer list pages built on
// its reader threads exactly as before.
#include "demodatagenerator.h"
#include "sandboxstore.h"
#include "tst_sandboxhttp.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <memory>

using namespace numdesk::sandbox;
using namespace numdesk::sandbox::test;

namespace {

constexpr qint64 kToday = 1735689600000; // 2025-01-01T00:00:00Z

// What a reader thread saw that a consistent page cannot show.
struct ReaderReport
{
    int pages = 0;
    QString firstProblem;
};

// Lists pages of `offer` until told to stop; checks each page against itself.
void readPages(const SandboxStore &store, qint64 offer, const std::atomic<bool> &stop,
               ReaderReport &report, quint32 seed)
{
    NumberFilter filter;
    filter.offerId = offer;
    quint32 state = seed;
    while (!stop.load() && report.firstProblem.isEmpty()) {
        state = state * 1103515245u + 12345u;
        const int offset = int((state >> 8) % 400);
        QString error;
        const SandboxStore::StoredPage page = store.listStoredNumbers(filter, offset, 40, &error);
        ++report.pages;
        const qint64 expected = qBound(qint64(0), page.totalCount - offset, qint64(40));
        if (!error.isEmpty())
            report.firstProblem = error;
        else if (page.rows.size() != expected)
            report.firstProblem = QStringLiteral("%1 rows for a total of %2 at offset %3")
                                      .arg(page.rows.size())
                                      .arg(page.totalCount)
                                      .arg(offset);
        for (qsizetype i = 0; i < page.rows.size() && report.firstProblem.isEmpty(); ++i) {
            const StoredNumberRow &row = page.rows.at(i);
            if (row.offerId != offer || row.deletedAt)
                report.firstProblem =
                    QStringLiteral("number %1 has offer %2%3")
                        .arg(row.id)
                        .arg(row.offerId)
                        .arg(row.deletedAt ? QStringLiteral(", unrented") : QString());
            else if (i > 0 && row.id <= page.rows.at(i - 1).id)
                report.firstProblem = QStringLiteral("ids out of order at %1").arg(row.id);
        }
    }
}

} // namespace

class tst_SandboxConcurrentReads : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepEveryPageConsistentWhileNumbersChange()
    {
        QTemporaryDir dir;
        SandboxStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("store.sqlite")), &error),
                 qPrintable(error));
        QVERIFY(store.supportsConcurrentReads());
        DemoDataGenerator generator(3, kToday);
        QVERIFY2(generator.populate(store, 3000, &error), qPrintable(error));
        const SandboxStore::NumberPage all = store.listNumbers({}, 0, 3000);
        QCOMPARE(all.rows.size(), 3000);
        const qint64 offerA = all.rows.first().offerId;
        qint64 offerB = offerA;
        for (const NumberRecord &r : all.rows) {
            if (r.offerId != offerA) {
                offerB = r.offerId;
                break;
            }
        }
        QVERIFY(offerB != offerA);

        std::atomic<bool> stop{false};
        ReaderReport reports[3];
        std::unique_ptr<QThread> readers[3];
        for (int i = 0; i < 3; ++i) {
            readers[i].reset(QThread::create(readPages, std::cref(store), offerA, std::cref(stop),
                                             std::ref(reports[i]), quint32(i + 1)));
            readers[i]->start();
        }
        // Numbers move between the two offers and some are unrented, as fast as SQL allows.
        int writes = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; clock.elapsed() < 1500 || writes < 300; ++i) {
            NumberRecord record = all.rows.at((i * 7919) % all.rows.size());
            if (i % 10 == 9) {
                QVERIFY(store.softDelete(record.id, kToday + i, &error));
            } else {
                const auto current = store.findById(record.id);
                QVERIFY(current);
                record = *current;
                record.offerId = record.offerId == offerA ? offerB : offerA;
                QVERIFY2(store.updateNumber(record, &error), qPrintable(error));
            }
            ++writes;
        }
        stop = true;
        for (auto &reader : readers)
            QVERIFY(reader->wait(10000));
        for (const ReaderReport &report : reports) {
            QVERIFY2(report.firstProblem.isEmpty(), qPrintable(report.firstProblem));
            QVERIFY(report.pages > 10);
        }
        // After the storm, every thread's view is the same as the store's own.
        NumberFilter filter;
        filter.offerId = offerA;
        const qint64 total = store.listNumbers(filter, 0, 1).totalCount;
        QCOMPARE(store.listStoredNumbers(filter, 0, 1).totalCount, total);
    }

    void shouldServeListPagesOnReadersWhileWritesGoOn()
    {
        StartedSandbox sandbox(1200, 5, 250);
        QVERIFY(sandbox.started);
        const QByteArray token = SandboxServer::demoCredentials().accessToken.toUtf8();
        const QList<QJsonObject> before = allNumbers(*sandbox.http);
        QCOMPARE(before.size(), 1200);
        const qint64 offer = before.first().value(QLatin1String("offer_id")).toInteger();

        // Twelve list requests in flight at once (six connections), and an update between.
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int page = 1; page <= 12; ++page) {
            QNetworkRequest request(QUrl::fromEncoded(
                sandbox.server->apiBaseUrl().toEncoded() + "phone_numbers?per_page=20&offer_id=" +
                QByteArray::number(offer) + "&page=" + QByteArray::number(page)));
            request.setRawHeader("Authorization", "Token " + token);
            replies.append(nam.get(request));
        }
        const qint64 moved = before.at(1).value(QLatin1String("id")).toInteger();
        const HttpReply update =
            sandbox.http->send("PUT", "phone_numbers/" + QByteArray::number(moved), Auth::Token,
                               "{\"offer_id\":" + QByteArray::number(offer) + "}");
        QCOMPARE(update.status, 200);
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished())
                QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            const qint64 total = body.value(QLatin1String("metadata"))
                                     .toObject()
                                     .value(QLatin1String("total_count"))
                                     .toInteger();
            const QJsonArray numbers = body.value(QLatin1String("numbers")).toArray();
            const int page = int(replies.indexOf(reply)) + 1;
            QCOMPARE(numbers.size(),
                     qsizetype(qBound(qint64(0), total - (page - 1) * 20, qint64(20))));
            for (const QJsonValue &number : numbers)
                QCOMPARE(number.toObject().value(QLatin1String("offer_id")).toInteger(), offer);
            reply->deleteLater();
        }

        // A write is seen by the next list, which a reader thread answers.
        const HttpReply unrent =
            sandbox.http->send("DELETE", "phone_numbers/" + QByteArray::number(moved));
        QCOMPARE(unrent.status, 200);
        const QList<QJsonObject> after = allNumbers(*sandbox.http);
        QCOMPARE(after.size(), 1199);
        for (const QJsonObject &number : after)
            QVERIFY(number.value(QLatin1String("id")).toInteger() != moved);
        const HttpReply page = sandbox.http->get("phone_numbers?per_page=250&page=1");
        QCOMPARE(page.object()
                     .value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("total_count"))
                     .toInt(),
                 1199);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxConcurrentReads)
#include "tst_sandboxconcurrentreads.moc"
