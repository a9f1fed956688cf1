// Browsing (NumberTableModel) against the sandbox's fault injection: with server errors, 429
// bursts with Retry-After, dropped connections and slow replies, scrolling through a query still
// ends with every row, in the server's order, and no error shown to the user.
#include "apiclient.h"
#include "lookupcache.h"
#include "numbertablemodel.h"
#include "tst_sandboxhttp.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace numdesk;
using numdesk::sandbox::FaultSettings;
using numdesk::sandbox::SandboxServer;
using numdesk::sandbox::test::StartedSandbox;

Q_DECLARE_METATYPE(numdesk::sandbox::FaultSettings)

namespace {

constexpr int kNumbers = 600;
constexpr int kPageSize = 50;

Account sandboxAccount(const SandboxServer &server)
{
    Account account;
    account.apiBase = server.apiBaseUrl();
    account.credentials.method = AuthMethod::Token;
    account.credentials.token = SandboxServer::demoCredentials().accessToken;
    return account;
}

// Retries enough that a page failing every time is a one-in-10^8 event at 10 % faults.
ApiClient::Options patientOptions()
{
    ApiClient::Options options;
    options.retry.maxAttempts = 8;
    options.retry.baseDelayMs = 20;
    options.retry.maxDelayMs = 3000;
    options.request.timeoutMs = 10000;
    return options;
}

FaultSettings faults(int latencyMs, double errorRate, int rateLimit, int retryAfter, double drop)
{
    FaultSettings f;
    f.latencyMs = latencyMs;
    f.errorRate = errorRate;
    f.rateLimitPerSecond = rateLimit;
    f.retryAfterSeconds = retryAfter;
    f.dropRate = drop;
    return f;
}

} // namespace

class tst_FaultBrowsing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StartedSandbox> m_sandbox;
    QList<QPair<qint64, QString>> m_expected; // id and number of every row, in server order

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<StartedSandbox>(kNumbers);
        QVERIFY(m_sandbox->started);
        for (const QJsonObject &n : sandbox::test::allNumbers(*m_sandbox->http))
            m_expected.append({n.value(QLatin1String("id")).toInteger(),
                               n.value(QLatin1String("number")).toString()});
        QCOMPARE(m_expected.size(), kNumbers);
    }

    void shouldScrollThroughEveryRowDespiteFaults_data()
    {
        QTest::addColumn<FaultSettings>("settings");
        QTest::newRow("10% 5xx") << faults(0, 0.1, 0, 0, 0);
        QTest::newRow("429 bursts with Retry-After") << faults(0, 0, 3, 1, 0);
        QTest::newRow("10% dropped connections") << faults(0, 0, 0, 0, 0.1);
        QTest::newRow("500 ms latency") << faults(500, 0, 0, 0, 0);
        QTest::newRow("all at once") << faults(100, 0.1, 6, 1, 0.05);
    }

    void shouldScrollThroughEveryRowDespiteFaults()
    {
        QFETCH(FaultSettings, settings);
        m_sandbox->server->setFaults(settings);
        m_sandbox->server->clearReceivedRequests();
        ApiClient client(sandboxAccount(*m_sandbox->server));
        client.setOptions(patientOptions());
        LookupCache lookups(&client);
        NumberTableModel model(&client, &lookups);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        NumberTableModel::Options options;
        options.pageSize = kPageSize;
        model.setOptions(options);
        model.setColumns({QStringLiteral("id"), QStringLiteral("number")});
        QSignalSpy errors(&model, &NumberTableModel::errorOccurred);
        model.setFilter({});
        QTRY_COMPARE_WITH_TIMEOUT(model.total(), qint64(kNumbers), 20000);

        // Scroll down two pages at a time, as a view paints them, waiting for each screenful.
        constexpr int kScreen = 2 * kPageSize;
        for (int first = 0; first < kNumbers; first += kScreen) {
            const int last = std::min(first + kScreen, kNumbers) - 1;
            auto loaded = [&] {
                for (int row = first; row <= last; ++row) {
                    const QModelIndex index = model.index(row, 0);
                    model.data(index); // as a paint would: queues the page
                    if (!model.data(index, NumberTableModel::LoadedRole).toBool())
                        return false;
                }
                return true;
            };
            QTRY_VERIFY2_WITH_TIMEOUT(
                loaded(), qPrintable(QStringLiteral("rows %1-%2").arg(first).arg(last)), 30000);
        }
        QCOMPARE(errors.size(), 0);
        QCOMPARE(model.rowCount(), kNumbers);
        QCOMPARE(model.loadedRowCount(), qint64(kNumbers));
        for (int row = 0; row < kNumbers; ++row) {
            QCOMPARE(model.data(model.index(row, 0), NumberTableModel::RecordIdRole).toLongLong(),
                     m_expected.at(row).first);
            QCOMPARE(model.data(model.index(row, 1), NumberTableModel::RawValueRole).toString(),
                     m_expected.at(row).second);
        }
        // The faults did happen: more list requests than pages.
        int lists = 0;
        for (const auto &request : m_sandbox->server->receivedRequests())
            lists += request.path == QLatin1String("/api/v1/phone_numbers") ? 1 : 0;
        qInfo("%d list requests for %d pages", lists, kNumbers / kPageSize);
        if (settings.latencyMs < 500)
            QVERIFY(lists > kNumbers / kPageSize);
        else
            QCOMPARE(lists, kNumbers / kPageSize);
    }
};

QTEST_GUILESS_MAIN(tst_FaultBrowsing)
#include "tst_faultbrowsing.moc"
