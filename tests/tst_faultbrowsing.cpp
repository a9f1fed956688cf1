// Browsing (NumberTableModel) against the sandbox's fault injection: with server errors, 429
// bursts with Retry-After, dropped connections and slow replies, scrolling through a query still
// ends with every row, in the server's order, and no error shown to the user.
#include "apiclient.h"
#include "lookupcache.h"
#include "numbertablemodel.h"
#include "sandboxaccount.h"
#include "tst_sandboxhttp.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace numdesk;
using namespace numdesk::test;
using numdesk::sandbox::FaultSettings;
using numdesk::sandbox::SandboxServer;
using numdesk::sandbox::test::StartedSandbox;

namespace {

constexpr int kNumbers = 600;
constexpr int kPageSize = 50;

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

    void shouldScrollThroughEveryRowDespiteFaults_data() { addFaultRows(); }

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
