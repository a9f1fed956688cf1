#include "apiclient.h"
#include "lookupcache.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace numdesk;
using numdesk::sandbox::FaultSettings;
using numdesk::sandbox::RecordedRequest;
using numdesk::sandbox::SandboxOptions;
using numdesk::sandbox::SandboxServer;
using Kind = numdesk::schema::LookupKind;

class tst_LookupCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    ApiClient *m_client = nullptr;
    LookupCache *m_cache = nullptr;

    bool allLoaded() const
    {
        const QList<Kind> kinds = schema::allLookupKinds();
        return std::all_of(kinds.cbegin(), kinds.cend(),
                           [this](Kind kind) { return m_cache->isLoaded(kind); });
    }
    QList<int> pagesRequested(const QString &path) const
    {
        QList<int> pages;
        const QList<RecordedRequest> requests = m_server->receivedRequests();
        for (const RecordedRequest &r : requests) {
            if (r.path != QLatin1String("/api/v1/") + path)
                continue;
            for (const auto &item : r.queryItems) {
                if (item.first == QLatin1String("page"))
                    pages.append(item.second.toInt());
            }
        }
        return pages;
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.recordRequests = 10000;
        options.databasePath = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
        options.numbers = 1000;
        m_server = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_server->start(0, &error), qPrintable(error));
    }

    void init()
    {
        m_server->setFaults({});
        m_server->clearReceivedRequests();
        m_client = new ApiClient(test::sandboxAccount(*m_server), this);
        ApiClient::Options options;
        options.retry.maxAttempts = 1;
        m_client->setOptions(options);
        m_cache = new LookupCache(m_client, this);
    }

    void cleanup()
    {
        delete m_cache;
        delete m_client;
    }

    void shouldLoadEveryPageOfEveryList()
    {
        m_cache->setPageSize(3);
        QSignalSpy changed(m_cache, &LookupCache::changed);
        QVERIFY(!m_cache->isLoaded(Kind::Offers));
        QCOMPARE(m_cache->label(Kind::Offers, 100), QString());
        m_cache->refresh();
        QTRY_VERIFY(allLoaded());
        QCOMPARE(changed.size(), 4);
        // 8 offers, 10 traffic sources, 6 pools, 4 providers in pages of 3.
        QCOMPARE(pagesRequested(QStringLiteral("offers")), (QList<int>{1, 2, 3}));
        QCOMPARE(pagesRequested(QStringLiteral("traffic_sources")), (QList<int>{1, 2, 3, 4}));
        QCOMPARE(pagesRequested(QStringLiteral("ring_pools")), (QList<int>{1, 2}));
        QCOMPARE(pagesRequested(QStringLiteral("provider_configurations")), (QList<int>{1, 2}));
        QCOMPARE(m_cache->items(Kind::Offers).size(), 8);
        QCOMPARE(m_cache->items(Kind::TrafficSources).size(), 10);
        QCOMPARE(m_cache->items(Kind::RingPools).size(), 6);
        QCOMPARE(m_cache->items(Kind::ProviderConfigurations).size(), 4);
        QCOMPARE(m_cache->label(Kind::Offers, 100), QStringLiteral("Auto Insurance"));
        QCOMPARE(m_cache->name(Kind::Offers, 107), QStringLiteral("Pest Control"));
        QCOMPARE(m_cache->label(Kind::TrafficSources, 1002592),
                 QStringLiteral("3 - TV Spot – Midwest"));
        QCOMPARE(m_cache->name(Kind::TrafficSources, 1002592), QStringLiteral("TV Spot – Midwest"));
        QCOMPARE(m_cache->label(Kind::ProviderConfigurations, 150),
                 QStringLiteral("Twilio Primary"));
        QCOMPARE(m_cache->label(Kind::Offers, 99999), QString());
    }

    void shouldSortItemsByLabelCaseInsensitively()
    {
        m_cache->refresh(Kind::Offers);
        QTRY_VERIFY(m_cache->isLoaded(Kind::Offers));
        QStringList labels;
        const QList<LookupItem> items = m_cache->items(Kind::Offers);
        for (const LookupItem &item : items)
            labels.append(item.label);
        QCOMPARE(labels, (QStringList{"Auto Insurance", "Debt Relief", "Final Expense",
                                      "Home Solar", "Home Warranty", "Medicare Advantage",
                                      "Personal Injury", "Pest Control"}));
        m_cache->refresh(Kind::RingPools);
        QTRY_VERIFY(m_cache->isLoaded(Kind::RingPools));
        labels.clear();
        const QList<LookupItem> pools = m_cache->items(Kind::RingPools);
        for (const LookupItem &item : pools)
            labels.append(item.label);
        QCOMPARE(labels, (QStringList{"Main Pool", "Night Shift", "Overflow, East", "Retargeting",
                                      "Spanish Línea", "Weekend"}));
    }

    void shouldReportErrorsAndKeepTheOldList()
    {
        m_cache->refresh(Kind::Offers);
        QTRY_VERIFY(m_cache->isLoaded(Kind::Offers));
        FaultSettings faults;
        faults.errorRate = 1.0;
        m_server->setFaults(faults);
        QSignalSpy errors(m_cache, &LookupCache::errorOccurred);
        QSignalSpy changed(m_cache, &LookupCache::changed);
        m_cache->refresh(Kind::Offers);
        QVERIFY(m_cache->isLoading(Kind::Offers));
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY(!m_cache->isLoading(Kind::Offers));
        QVERIFY(errors.first().at(0).value<ApiError>().httpStatus >= 500);
        QCOMPARE(changed.size(), 0);
        QVERIFY(m_cache->isLoaded(Kind::Offers));
        QCOMPARE(m_cache->label(Kind::Offers, 100), QStringLiteral("Auto Insurance"));
        // A list that never loaded stays unloaded.
        m_cache->refresh(Kind::RingPools);
        QTRY_COMPARE(errors.size(), 2);
        QVERIFY(!m_cache->isLoaded(Kind::RingPools));
        QCOMPARE(m_cache->items(Kind::RingPools).size(), 0);
    }

    void shouldDropAnOlderLoadWhenRefreshedAgain()
    {
        FaultSettings faults;
        faults.latencyMs = 200;
        m_server->setFaults(faults);
        QSignalSpy changed(m_cache, &LookupCache::changed);
        m_cache->refresh(Kind::Offers);
        m_cache->refresh(Kind::Offers);
        QTRY_VERIFY(m_cache->isLoaded(Kind::Offers));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_cache->items(Kind::Offers).size(), 8);
    }

    void shouldClear()
    {
        m_cache->refresh();
        QTRY_VERIFY(allLoaded());
        QSignalSpy changed(m_cache, &LookupCache::changed);
        m_cache->clear();
        QCOMPARE(changed.size(), 4);
        QVERIFY(!m_cache->isLoaded(Kind::Offers));
        QCOMPARE(m_cache->label(Kind::Offers, 100), QString());
        QVERIFY(m_cache->items(Kind::TrafficSources).isEmpty());
    }
    // whenLoaded: one call once every list asked for has settled; a load under way is joined,
    // a loaded list is not read again.
    void shouldCallBackOnceTheListsAreLoaded()
    {
        m_cache->refresh(Kind::TrafficSources);
        QTRY_VERIFY(m_cache->isLoaded(Kind::TrafficSources));
        m_server->holdReplies(QStringLiteral("GET"));
        m_cache->refresh(Kind::Offers); // under way when whenLoaded asks for it
        QObject context;
        int calls = 0;
        m_cache->whenLoaded({Kind::Offers, Kind::RingPools, Kind::TrafficSources}, &context,
                            [&] { ++calls; });
        QTRY_COMPARE(m_server->heldReplyCount(), 2);
        QCOMPARE(calls, 0);
        m_server->stopHoldingReplies();
        m_server->releaseHeldReplies();
        QTRY_COMPARE(calls, 1);
        QVERIFY(m_cache->isLoaded(Kind::Offers));
        QVERIFY(m_cache->isLoaded(Kind::RingPools));
        QCOMPARE(pagesRequested(QStringLiteral("offers")), QList<int>{1});
        QCOMPARE(pagesRequested(QStringLiteral("traffic_sources")), QList<int>{1});
        // All loaded: called at once, nothing read.
        m_server->clearReceivedRequests();
        m_cache->whenLoaded({Kind::Offers, Kind::RingPools}, &context, [&] { ++calls; });
        QCOMPARE(calls, 2);
        QCOMPARE(m_server->receivedRequests().size(), 0);
    }

    void shouldCallBackWhenAListFailsToLoad()
    {
        FaultSettings faults;
        faults.missingPaths = QStringList{QStringLiteral("/api/v1/ring_pools")};
        m_server->setFaults(faults);
        QSignalSpy failed(m_cache, &LookupCache::loadFailed);
        QObject context;
        int calls = 0;
        m_cache->whenLoaded({Kind::Offers, Kind::RingPools}, &context, [&] { ++calls; });
        QTRY_COMPARE(calls, 1);
        QCOMPARE(failed.size(), 1);
        QVERIFY(m_cache->isLoaded(Kind::Offers));
        QVERIFY(!m_cache->isLoaded(Kind::RingPools));
    }

    void shouldNotCallBackAGoneContextAndSettleOnClear()
    {
        m_server->holdReplies(QStringLiteral("GET"));
        auto *gone = new QObject;
        QObject context;
        int goneCalls = 0;
        int calls = 0;
        m_cache->whenLoaded({Kind::Offers}, gone, [&] { ++goneCalls; });
        m_cache->whenLoaded({Kind::Offers}, &context, [&] { ++calls; });
        delete gone;
        QTRY_COMPARE(m_server->heldReplyCount(), 1);
        // Cleared while loading: the load waited for is not coming.
        m_cache->clear();
        QCOMPARE(calls, 1);
        QCOMPARE(goneCalls, 0);
        m_server->stopHoldingReplies();
        m_server->releaseHeldReplies();
        QTest::qWait(0);
        QVERIFY(!m_cache->isLoaded(Kind::Offers));
        QCOMPARE(calls, 1);
    }

    // Issue 14, item 12: names in natural order ("2 - …" before "10 - …"), whatever the locale.
    void shouldSortNumbersInNamesNaturally()
    {
        m_cache->refresh(Kind::TrafficSources);
        QTRY_VERIFY(m_cache->isLoaded(Kind::TrafficSources));
        QList<int> leading;
        const QList<LookupItem> items = m_cache->items(Kind::TrafficSources);
        for (const LookupItem &item : items)
            leading.append(item.label.section(QLatin1Char(' '), 0, 0).toInt());
        QList<int> sorted = leading;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(leading, sorted);
        QVERIFY(sorted.last() >= 10);
    }
};

QTEST_GUILESS_MAIN(tst_LookupCache)
#include "tst_lookupcache.moc"
