#include "apiclient.h"
#include "lookupcache.h"
#include "numbertablemodel.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "scriptedserver.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace numdesk;
using namespace numdesk::test;
using numdesk::sandbox::FaultSettings;
using numdesk::sandbox::RecordedRequest;
using numdesk::sandbox::SandboxOptions;
using numdesk::sandbox::SandboxServer;
using numdesk::test::ScriptedServer;

namespace {

constexpr int kNumbers = 3000;

ApiClient::Options fastOptions()
{
    ApiClient::Options options;
    options.retry.maxAttempts = 1; // one request per page: counts are exact
    options.retry.baseDelayMs = 5;
    options.retry.maxDelayMs = 50;
    options.request.timeoutMs = 10000;
    return options;
}

QString param(const RecordedRequest &request, const char *name)
{
    for (const auto &item : request.queryItems) {
        if (item.first == QLatin1String(name))
            return item.second;
    }
    return {};
}

} // namespace

class tst_NumberTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    ApiClient *m_client = nullptr;
    LookupCache *m_lookups = nullptr;
    NumberTableModel *m_model = nullptr;

    // The list requests the sandbox received since the last clear.
    QList<RecordedRequest> listRequests() const
    {
        QList<RecordedRequest> list;
        const QList<RecordedRequest> all = m_server->receivedRequests();
        for (const RecordedRequest &r : all) {
            if (r.path == QLatin1String("/api/v1/phone_numbers"))
                list.append(r);
        }
        return list;
    }
    QList<int> requestedPages() const
    {
        QList<int> pages;
        const QList<RecordedRequest> requests = listRequests();
        for (const RecordedRequest &r : requests)
            pages.append(param(r, "page").toInt());
        return pages;
    }

    // As a view paints: DisplayRole of every cell of rows [first, last].
    void paintRows(int first, int last)
    {
        for (int r = first; r <= last; ++r) {
            for (int c = 0; c < m_model->columnCount(); ++c)
                m_model->data(m_model->index(r, c));
        }
    }
    bool rowLoaded(int row)
    {
        const QModelIndex index = m_model->index(row, 0);
        m_model->data(index); // as a repaint would
        return m_model->data(index, NumberTableModel::LoadedRole).toBool();
    }
    void createModel(const NumberTableModel::Options &options)
    {
        delete m_model;
        m_model = new NumberTableModel(m_client, m_lookups, this);
        new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
        m_model->setOptions(options);
    }
    void startAndWaitFirstPage(int pageSize = 50)
    {
        NumberTableModel::Options options;
        options.pageSize = pageSize;
        createModel(options);
        m_model->setFilter({});
        QTRY_COMPARE(m_model->total(), qint64(m_server->numberCount()));
        QTRY_VERIFY(!m_model->isLoading());
    }

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.recordRequests = 10000;
        options.databasePath = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
        options.numbers = kNumbers;
        m_server = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_server->start(0, &error), qPrintable(error));
    }

    void init()
    {
        m_server->setFaults({});
        m_server->clearReceivedRequests();
        m_client = new ApiClient(sandboxAccount(m_server->apiBaseUrl()), this);
        m_client->setOptions(fastOptions());
        m_lookups = new LookupCache(m_client, this);
        createModel({});
    }

    void cleanup()
    {
        delete m_model;
        m_model = nullptr;
        delete m_lookups;
        delete m_client;
    }

    void shouldLoadTheFirstPageAndReportTheTotal()
    {
        NumberTableModel::Options options;
        options.pageSize = 50;
        m_model->setOptions(options);
        QSignalSpy total(m_model, &NumberTableModel::totalChanged);
        QSignalSpy loading(m_model, &NumberTableModel::loadingChanged);
        QSignalSpy loaded(m_model, &NumberTableModel::loadedChanged);
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setFilter({});
        QCOMPARE(m_model->isLoading(), true);
        QTRY_COMPARE(m_model->rowCount(), kNumbers);
        QTRY_VERIFY(!m_model->isLoading());
        QCOMPARE(m_model->total(), qint64(kNumbers));
        QCOMPARE(m_model->loadedRowCount(), qint64(50));
        QCOMPARE(total.constLast().at(0).toLongLong(), qint64(kNumbers));
        QCOMPARE(loaded.constLast().at(0).toLongLong(), qint64(50));
        QCOMPARE(loading.first().at(0).toBool(), true);
        QCOMPARE(loading.constLast().at(0).toBool(), false);
        const QList<RecordedRequest> requests = listRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(param(requests.first(), "page"), QStringLiteral("1"));
        QCOMPARE(param(requests.first(), "per_page"), QStringLiteral("50"));
        QVERIFY(m_model->numberAt(0).has_value());
        QCOMPARE(m_model->numberAt(0)->id, std::optional<qint64>(20590));
        QVERIFY(!m_model->numberAt(50).has_value());
        QCOMPARE(m_model->isFullyLoaded(), false);
    }

    void shouldShowAPlaceholderAndQueueThePageWithoutSendingFromData()
    {
        startAndWaitFirstPage();
        m_server->clearReceivedRequests();
        QSignalSpy requested(m_model, &NumberTableModel::pageRequested);
        const QModelIndex cell = m_model->index(1234, 0);
        QCOMPARE(m_model->data(cell).toString(), QStringLiteral("Loading…"));
        QVERIFY(!m_model->data(m_model->index(1234, 1)).isValid());
        QCOMPARE(m_model->data(cell, NumberTableModel::LoadedRole).toBool(), false);
        QVERIFY(!m_model->data(cell, NumberTableModel::RecordIdRole).isValid());
        paintRows(1200, 1249); // the whole page, many times over
        paintRows(1200, 1249);
        // Nothing is sent or signalled from inside data(): the page waits for the next turn.
        QCOMPARE(requested.size(), 0);
        QCOMPARE(m_model->requestsInFlight(), 0);
        QCOMPARE(m_model->isLoading(), true);
        QTRY_VERIFY(rowLoaded(1234));
        QCOMPARE(requestedPages(), QList<int>{1234 / 50 + 1});
        QCOMPARE(requested.size(), 1);
        QCOMPARE(m_model->data(cell, NumberTableModel::RecordIdRole).toLongLong(),
                 m_model->numberAt(1234)->id.value());
    }

    void shouldRequestThePagesTheViewScrollsTo()
    {
        startAndWaitFirstPage();
        m_server->clearReceivedRequests();
        // A 30-row view scrolling down 20 rows at a time.
        for (int top = 0; top < 200; top += 20) {
            paintRows(top, top + 29);
            QTRY_VERIFY(rowLoaded(top) && rowLoaded(top + 29));
        }
        QCOMPARE(requestedPages(), (QList<int>{2, 3, 4, 5}));
        const QList<RecordedRequest> requests = listRequests();
        for (const RecordedRequest &r : requests) {
            QCOMPARE(param(r, "per_page"), QStringLiteral("50"));
            QCOMPARE(param(r, "columns"),
                     QStringLiteral("number,name,country,offer_id,traffic_source_id,ring_pool_id,"
                                    "provider_configuration_id,created_at,last_call_at,"
                                    "human_number,id"));
        }
    }

    void shouldJumpToTheLastRowWithOneRequest()
    {
        startAndWaitFirstPage();
        m_server->clearReceivedRequests();
        const int last = m_model->rowCount() - 1;
        paintRows(last - 29, last); // Ctrl+End: the view shows the last 30 rows
        QTRY_VERIFY(rowLoaded(last) && rowLoaded(last - 29));
        QCOMPARE(requestedPages(), QList<int>{last / 50 + 1});
        QCOMPARE(m_model->numberAt(last)->id, std::optional<qint64>(20590 + kNumbers - 1));
    }

    void shouldNeverRequestAPageTwice()
    {
        FaultSettings faults;
        faults.latencyMs = 150;
        m_server->setFaults(faults);
        startAndWaitFirstPage();
        m_server->clearReceivedRequests();
        for (int round = 0; round < 3; ++round) {
            paintRows(0, 120);
            paintRows(500, 520);
            QTest::qWait(20); // turns of the event loop while the pages are in flight
        }
        QTRY_VERIFY(rowLoaded(120) && rowLoaded(500) && rowLoaded(520));
        QTRY_VERIFY(!m_model->isLoading());
        paintRows(0, 120);
        paintRows(500, 520);
        QTRY_VERIFY(!m_model->isLoading());
        QList<int> pages = requestedPages();
        std::sort(pages.begin(), pages.end());
        QCOMPARE(pages, (QList<int>{2, 3, 11}));
    }

    void shouldCapTheRequestsInFlightAndServeTheLatestWishFirst()
    {
        FaultSettings faults;
        faults.latencyMs = 200;
        m_server->setFaults(faults);
        NumberTableModel::Options options;
        options.pageSize = 50;
        options.maxRequestsInFlight = 3;
        createModel(options);
        m_model->setFilter({});
        QTRY_COMPARE(m_model->total(), qint64(kNumbers));
        QTRY_VERIFY(!m_model->isLoading());
        m_server->clearReceivedRequests();
        int maxInFlight = 0;
        QList<int> order;
        connect(m_model, &NumberTableModel::pageRequested, this, [&](int page) {
            maxInFlight = qMax(maxInFlight, m_model->requestsInFlight());
            order.append(page);
        });
        for (int page = 10; page < 20; ++page)
            paintRows(page * 50, page * 50 + 5);
        QTRY_COMPARE(order.size(), 10);
        QTRY_VERIFY(!m_model->isLoading());
        QCOMPARE(maxInFlight, 3);
        // Most recently wanted first.
        QCOMPARE(order.mid(0, 3), (QList<int>{19, 18, 17}));
        for (int page = 10; page < 20; ++page)
            QVERIFY(rowLoaded(page * 50));
        QCOMPARE(requestedPages().size(), 10);
    }

    void shouldEvictLeastRecentlyUsedPagesPastTheBudget()
    {
        NumberTableModel::Options options;
        options.pageSize = 50;
        options.maxCachedRows = 200; // 4 pages
        createModel(options);
        m_model->setFilter({});
        QTRY_COMPARE(m_model->total(), qint64(kNumbers));
        qint64 maxLoaded = 0;
        connect(m_model, &NumberTableModel::loadedChanged, this,
                [&](qint64 loaded) { maxLoaded = qMax(maxLoaded, loaded); });
        // QAbstractItemModelTester looks at row 0 on every change, like a view showing the
        // top: page 0 stays. The walk starts below it.
        for (int page = 1; page < 20; ++page) {
            paintRows(page * 50, page * 50 + 49);
            QTRY_VERIFY(rowLoaded(page * 50 + 49));
            QVERIFY(m_model->loadedRowCount() <= 4 * 50);
        }
        QCOMPARE(m_model->loadedRowCount(), qint64(4 * 50));
        QVERIFY(maxLoaded <= 4 * 50);
        // The current page stays; an early one is gone and comes back when seen.
        QVERIFY(m_model->numberAt(0).has_value());
        QVERIFY(m_model->numberAt(19 * 50).has_value());
        QVERIFY(!m_model->numberAt(50).has_value());
        QCOMPARE(m_model->data(m_model->index(50, 0)).toString(), QStringLiteral("Loading…"));
        m_server->clearReceivedRequests();
        QTRY_VERIFY(rowLoaded(50));
        QCOMPARE(requestedPages(), QList<int>{2});
        QCOMPARE(m_model->numberAt(50)->id, std::optional<qint64>(20590 + 50));
        QCOMPARE(m_model->loadedRowCount(), qint64(4 * 50));
    }

    // The budget is in rows: a larger page keeps fewer pages, the same rows.
    void shouldKeepTheRowBudgetWhateverThePageSize()
    {
        NumberTableModel::Options options;
        options.pageSize = 100;
        options.maxCachedRows = 400; // 4 pages
        createModel(options);
        m_model->setFilter({});
        QTRY_COMPARE(m_model->total(), qint64(kNumbers));
        for (int page = 1; page < 10; ++page) {
            paintRows(page * 100, page * 100 + 99);
            QTRY_VERIFY(rowLoaded(page * 100 + 99));
            QVERIFY(m_model->loadedRowCount() <= 400);
        }
        QCOMPARE(m_model->loadedRowCount(), qint64(400));
        QVERIFY(m_model->numberAt(9 * 100).has_value());
    }

    void shouldDropTheRepliesOfAnOlderQuery()
    {
        // Every answer is held until the second query is on the wire too; then the older
        // query's answer arrives first and must be dropped.
        m_server->holdReplies();
        NumberTableModel::Options options;
        options.pageSize = 50;
        m_model->setOptions(options);
        QSignalSpy totals(m_model, &NumberTableModel::totalChanged);
        m_model->setFilter({});
        QTRY_COMPARE(listRequests().size(), 1); // the first query is on the wire
        QTRY_COMPARE(m_server->heldReplyCount(), 1);
        NumberFilter offer;
        offer.offerId = 100;
        m_model->setFilter(offer);
        QTRY_COMPARE(listRequests().size(), 2);
        QTRY_COMPARE(m_server->heldReplyCount(), 2);
        m_server->stopHoldingReplies();
        m_server->releaseHeldReplies();
        QTRY_VERIFY(m_model->total() > 0);
        QTRY_VERIFY(!m_model->isLoading());
        QVERIFY(m_model->total() < kNumbers);
        for (const QList<QVariant> &signal : std::as_const(totals))
            QVERIFY(signal.at(0).toLongLong() != kNumbers);
        const int offerColumn = int(m_model->columns().indexOf(QStringLiteral("offer_id")));
        for (int row = 0; row < 50; ++row) {
            QCOMPARE(m_model->numberAt(row)->offerId, std::optional<qint64>(100));
            QCOMPARE(m_model->data(m_model->index(row, offerColumn), Qt::EditRole).toString(),
                     QStringLiteral("100"));
        }
        QCOMPARE(param(listRequests().constLast(), "offer_id"), QStringLiteral("100"));
    }

    void shouldFallBackToFetchMoreWithoutATotal()
    {
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        auto page = [](int first, int count) {
            QByteArray rows;
            for (int i = 0; i < count; ++i) {
                rows += (i ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(first + i) +
                        ",\"number\":\"+1800555" + QByteArray::number(1000 + first + i) + "\"}";
            }
            return ScriptedServer::Reply::json(200, "{\"numbers\":[" + rows + "]}");
        };
        scripted.setReplies({page(1, 3), page(4, 3), page(7, 1)});
        Account account = sandboxAccount(QUrl(QString::fromLatin1(scripted.baseUrl())));
        m_client->setAccount(account);
        NumberTableModel::Options options;
        options.pageSize = 3;
        createModel(options);
        m_model->setColumns({QStringLiteral("id"), QStringLiteral("number")});
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        m_model->setFilter({});
        QVERIFY(!m_model->canFetchMore({})); // the first page is on its way
        // The tester asks for more on each insert (a view would too), so the next page may
        // already be in by the time we look: check the first insert, not a passing row count.
        QTRY_VERIFY(inserted.size() >= 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        QCOMPARE(m_model->total(), qint64(-1));
        m_model->fetchMore({}); // asking again while a page is on its way sends nothing twice
        QTRY_COMPARE(m_model->rowCount(), 7);
        QTRY_VERIFY(!m_model->isLoading());
        QVERIFY(!m_model->canFetchMore({}));
        QCOMPARE(m_model->isFullyLoaded(), true);
        QCOMPARE(m_model->total(), qint64(-1));
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(inserted.at(1).at(1).toInt(), 3);
        QCOMPARE(inserted.at(1).at(2).toInt(), 5);
        QCOMPARE(m_model->data(m_model->index(6, 0)).toString(), QStringLiteral("7"));
        QCOMPARE(scripted.requests().size(), 3);
        QVERIFY(scripted.requests().at(0).target.contains("page=1&per_page=3"));
        QVERIFY(scripted.requests().at(1).target.contains("page=2&per_page=3"));
        QVERIFY(scripted.requests().at(2).target.contains("page=3&per_page=3"));
    }

    void shouldReportErrorsWithoutLoopingAndRecoverOnRetry()
    {
        startAndWaitFirstPage();
        FaultSettings faults;
        faults.errorRate = 1.0;
        m_server->setFaults(faults);
        m_server->clearReceivedRequests();
        QSignalSpy errors(m_model, &NumberTableModel::errorOccurred);
        paintRows(600, 610);
        QTRY_COMPARE(errors.size(), 1);
        QTRY_VERIFY(!m_model->isLoading());
        const int sent = int(listRequests().size());
        QCOMPARE(sent, 1);
        QVERIFY(errors.first().at(0).value<ApiError>().httpStatus >= 500);
        // Seen again and again: still a placeholder, nothing queued, nothing sent.
        for (int i = 0; i < 5; ++i) {
            paintRows(600, 610);
            QCOMPARE(m_model->isLoading(), false);
            QCoreApplication::processEvents();
        }
        QCOMPARE(m_model->data(m_model->index(600, 0)).toString(), QStringLiteral("Loading…"));
        QCOMPARE(int(listRequests().size()), sent);
        QCOMPARE(errors.size(), 1);

        m_server->setFaults({});
        m_model->retryFailedPages();
        QTRY_VERIFY(rowLoaded(600));
        QCOMPARE(requestedPages().constLast(), 600 / 50 + 1);
        QCOMPARE(errors.size(), 1);
    }

    void shouldRecoverWhenTheFirstPageFails()
    {
        FaultSettings faults;
        faults.errorRate = 1.0;
        m_server->setFaults(faults);
        QSignalSpy errors(m_model, &NumberTableModel::errorOccurred);
        m_model->setFilter({});
        QTRY_COMPARE(errors.size(), 1);
        QTRY_VERIFY(!m_model->isLoading());
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->total(), qint64(-1));
        m_server->setFaults({});
        m_model->retryFailedPages();
        QTRY_COMPARE(m_model->rowCount(), kNumbers);
    }

    void shouldShowLookupNamesWithIdsInTooltips()
    {
        startAndWaitFirstPage();
        const QStringList keys = m_model->columns();
        const int offer = int(keys.indexOf(QStringLiteral("offer_id")));
        const int source = int(keys.indexOf(QStringLiteral("traffic_source_id")));
        const int provider = int(keys.indexOf(QStringLiteral("provider_configuration_id")));
        const int country = int(keys.indexOf(QStringLiteral("country")));
        // Row 0 is the demo's first number: offer 100, traffic source 1002592, provider 150.
        QCOMPARE(m_model->data(m_model->index(0, offer)).toString(), QStringLiteral("#100"));
        QCOMPARE(m_model->data(m_model->index(0, offer), Qt::ToolTipRole).toString(),
                 QStringLiteral("Offer #100"));
        QCOMPARE(m_model->data(m_model->index(0, offer), Qt::EditRole).toString(),
                 QStringLiteral("100"));
        QCOMPARE(m_model->data(m_model->index(0, offer), NumberTableModel::RawValueRole),
                 QVariant(qint64(100)));
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_lookups->refresh();
        QTRY_VERIFY(m_lookups->isLoaded(schema::LookupKind::Offers) &&
                    m_lookups->isLoaded(schema::LookupKind::TrafficSources) &&
                    m_lookups->isLoaded(schema::LookupKind::ProviderConfigurations) &&
                    m_lookups->isLoaded(schema::LookupKind::RingPools));
        bool offerColumnChanged = false;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const auto topLeft = signal.at(0).toModelIndex();
            const auto bottomRight = signal.at(1).toModelIndex();
            if (topLeft.column() == offer && bottomRight.column() == offer && topLeft.row() == 0 &&
                bottomRight.row() == kNumbers - 1)
                offerColumnChanged = true;
        }
        QVERIFY(offerColumnChanged);
        QCOMPARE(m_model->data(m_model->index(0, offer)).toString(),
                 QStringLiteral("Auto Insurance"));
        QCOMPARE(m_model->data(m_model->index(0, offer), Qt::ToolTipRole).toString(),
                 QStringLiteral("Offer #100"));
        QCOMPARE(m_model->data(m_model->index(0, source)).toString(),
                 QStringLiteral("TV Spot – Midwest"));
        QCOMPARE(m_model->data(m_model->index(0, source), Qt::ToolTipRole).toString(),
                 QStringLiteral("Traffic Source #1002592"));
        QCOMPARE(m_model->data(m_model->index(0, provider)).toString(),
                 QStringLiteral("Twilio Primary"));
        QCOMPARE(m_model->data(m_model->index(0, provider), Qt::ToolTipRole).toString(),
                 QStringLiteral("Provider #150"));
        const QString code = m_model->numberAt(0)->country;
        QCOMPARE(m_model->data(m_model->index(0, country)).toString(), schema::countryName(code));
        QCOMPARE(m_model->data(m_model->index(0, country), Qt::ToolTipRole).toString(), code);
        QVERIFY(m_model->data(m_model->index(0, country)).toString() != code);
    }

    void shouldShowNumbersTokensAndHeaders()
    {
        startAndWaitFirstPage();
        m_model->setColumns(
            {QStringLiteral("number"), QStringLiteral("token_values"), QStringLiteral("id")});
        QTRY_VERIFY(rowLoaded(0) && !m_model->isLoading());
        PhoneNumber number = *m_model->numberAt(0);
        QCOMPARE(m_model->data(m_model->index(0, 0)).toString(), number.humanNumber);
        QVERIFY(!number.humanNumber.isEmpty());
        QCOMPARE(m_model->data(m_model->index(0, 0), Qt::EditRole).toString(), number.number);
        QVERIFY(number.number.startsWith(QLatin1Char('+')));
        number.humanNumber.clear();
        number.tokenValues = {QStringLiteral("interest:auto"), QStringLiteral("geo:!=800")};
        m_model->updateNumber(number);
        // Without human_number the number is written for reading (issue 14, item 7), not raw:
        // nationally for the default country (the US), internationally for others.
        QCOMPARE(m_model->data(m_model->index(0, 0)).toString(), QStringLiteral("(800) 500-2562"));
        QCOMPARE(m_model->data(m_model->index(0, 0), Qt::EditRole).toString(), number.number);
        m_model->setHomeRegion(QStringLiteral("GB"));
        QCOMPARE(m_model->data(m_model->index(0, 0)).toString(), QStringLiteral("+1 800-500-2562"));
        m_model->setHomeRegion(QStringLiteral("US"));
        QCOMPARE(m_model->data(m_model->index(0, 1)).toString(),
                 QStringLiteral("interest:auto; geo:!=800"));
        QCOMPARE(m_model->data(m_model->index(0, 2)).toString(), QStringLiteral("20590"));
        QCOMPARE(m_model->data(m_model->index(0, 2), Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(m_model->data(m_model->index(0, 0), Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignLeft | Qt::AlignVCenter));
        QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Token Values"));
        QCOMPARE(m_model->headerData(1, Qt::Horizontal, NumberTableModel::ColumnKeyRole).toString(),
                 QStringLiteral("token_values"));
    }

    void shouldShowDatesInTheDisplayTimeZone()
    {
        startAndWaitFirstPage();
        m_model->setColumns({QStringLiteral("created_at"), QStringLiteral("last_call_at")});
        QTRY_VERIFY(rowLoaded(0) && !m_model->isLoading());
        PhoneNumber number = *m_model->numberAt(0);
        number.createdAt = QStringLiteral("2023-12-11T11:49:32.495-05:00");
        m_model->updateNumber(number);
        const QModelIndex created = m_model->index(0, 0);
        m_model->setDisplayTimeZone(QTimeZone("UTC"));
        QCOMPARE(m_model->data(created).toString(), QStringLiteral("2023-12-11 16:49"));
        QCOMPARE(m_model->data(created, Qt::EditRole).toString(), number.createdAt);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_model->setDisplayTimeZone(QTimeZone("Asia/Tokyo"));
        QCOMPARE(changed.size(), 2); // both timestamp columns
        m_model->setDateFormat(QStringLiteral("dd.MM.yyyy HH:mm:ss.zzz"));
        QCOMPARE(m_model->data(created).toString(), QStringLiteral("12.12.2023 01:49:32.495"));
        // A sandbox timestamp, against Qt's own conversion.
        const QString raw = m_model->numberAt(1)->createdAt;
        QCOMPARE(m_model->data(m_model->index(1, 0)).toString(),
                 QDateTime::fromString(raw, Qt::ISODateWithMs)
                     .toTimeZone(QTimeZone("Asia/Tokyo"))
                     .toString(QStringLiteral("dd.MM.yyyy HH:mm:ss.zzz")));
    }

    void shouldAskOnlyForTheVisibleColumnsPlusId()
    {
        m_model->setColumns({QStringLiteral("name"), QStringLiteral("country")});
        NumberTableModel::Options options;
        options.pageSize = 50;
        m_model->setOptions(options);
        m_model->setFilter({});
        QTRY_VERIFY(m_model->rowCount() > 0 && !m_model->isLoading());
        QCOMPARE(param(listRequests().constLast(), "columns"), QStringLiteral("name,country,id"));
        QPersistentModelIndex kept = m_model->index(3, 1); // country
        // A subset: no new request, the rows stay loaded.
        QSignalSpy removed(m_model, &QAbstractItemModel::columnsRemoved);
        m_model->setColumns({QStringLiteral("country")});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(kept.column(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(listRequests().size(), 1);
        QCOMPARE(m_model->loadedRowCount(), qint64(50));
        // A new column: same rows, fetched again with it.
        QSignalSpy inserted(m_model, &QAbstractItemModel::columnsInserted);
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        m_model->setColumns({QStringLiteral("offer_id"), QStringLiteral("country")});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(m_model->rowCount(), kNumbers);
        QCOMPARE(kept.row(), 3);
        QCOMPARE(kept.column(), 1);
        QTRY_VERIFY(rowLoaded(3) && !m_model->isLoading());
        QCOMPARE(listRequests().size(), 2);
        QCOMPARE(param(listRequests().constLast(), "columns"),
                 QStringLiteral("offer_id,country,id"));
        QCOMPARE(m_model->data(m_model->index(0, 0), Qt::EditRole).toString(),
                 QStringLiteral("100"));
        // Reordering only moves columns.
        m_model->setColumns({QStringLiteral("country"), QStringLiteral("offer_id")});
        QCOMPARE(kept.column(), 0);
        QCOMPARE(m_model->headerData(1, Qt::Horizontal, NumberTableModel::ColumnKeyRole).toString(),
                 QStringLiteral("offer_id"));
        QCoreApplication::processEvents();
        QCOMPARE(listRequests().size(), 2);
    }

    void shouldAskForAFullLoadBeforeSorting()
    {
        startAndWaitFirstPage();
        QSignalSpy needs(m_model, &NumberTableModel::sortNeedsFullLoad);
        QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);
        const qint64 firstId = *m_model->numberAt(0)->id;
        m_model->sort(1, Qt::DescendingOrder);
        QCOMPARE(needs.size(), 1);
        QCOMPARE(needs.first().at(0).toInt(), 1);
        QCOMPARE(needs.first().at(1).value<Qt::SortOrder>(), Qt::DescendingOrder);
        QCOMPARE(layout.size(), 0);
        QVERIFY(!m_model->isSorted());
        QCOMPARE(*m_model->numberAt(0)->id, firstId);
    }

    void shouldLoadAllThenSortKeepingPersistentIndexes()
    {
        NumberTableModel::Options options;
        options.pageSize = 250;
        options.maxRequestsInFlight = 3;
        options.maxCachedRows = 500; // 2 pages; loadAll keeps every page anyway
        createModel(options);
        m_model->setColumns({QStringLiteral("id"), QStringLiteral("name"),
                             QStringLiteral("created_at"), QStringLiteral("offer_id")});
        m_model->setFilter({});
        QTRY_COMPARE(m_model->total(), qint64(kNumbers));
        QSignalSpy fully(m_model, &NumberTableModel::fullyLoadedChanged);
        QSignalSpy progress(m_model, &NumberTableModel::loadAllProgress);
        int maxInFlight = 0;
        connect(m_model, &NumberTableModel::pageRequested, this,
                [&] { maxInFlight = qMax(maxInFlight, m_model->requestsInFlight()); });
        m_model->loadAll();
        QTRY_VERIFY(m_model->isFullyLoaded());
        QCOMPARE(fully.size(), 1);
        QCOMPARE(fully.first().at(0).toBool(), true);
        QCOMPARE(progress.constLast().at(0).toLongLong(), qint64(kNumbers));
        QCOMPARE(progress.constLast().at(1).toLongLong(), qint64(kNumbers));
        QCOMPARE(m_model->loadedRowCount(), qint64(kNumbers));
        QVERIFY(maxInFlight <= 3);
        QList<int> pages = requestedPages();
        std::sort(pages.begin(), pages.end());
        QList<int> expected;
        for (int p = 1; p <= kNumbers / 250; ++p)
            expected.append(p);
        QCOMPARE(pages, expected);

        QPersistentModelIndex tracked = m_model->index(10, 1);
        const qint64 trackedId = tracked.data(NumberTableModel::RecordIdRole).toLongLong();
        QSignalSpy about(m_model, &QAbstractItemModel::layoutAboutToBeChanged);
        m_model->sort(1, Qt::AscendingOrder); // name, case-insensitive, locale-aware
        QCOMPARE(about.size(), 1);
        QVERIFY(m_model->isSorted());
        QCOMPARE(m_model->sortColumn(), 1);
        QCOMPARE(tracked.data(NumberTableModel::RecordIdRole).toLongLong(), trackedId);
        QCOMPARE(m_model->rowOfId(trackedId), tracked.row());
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        for (int row = 1; row < kNumbers; ++row) {
            const QString a = m_model->numberAt(row - 1)->name, b = m_model->numberAt(row)->name;
            QVERIFY2(a.isEmpty() || collator.compare(a, b) <= 0,
                     qPrintable(QStringLiteral("%1 > %2 at %3").arg(a, b).arg(row)));
        }
        m_model->sort(2, Qt::DescendingOrder); // created_at, chronologically
        QCOMPARE(tracked.data(NumberTableModel::RecordIdRole).toLongLong(), trackedId);
        for (int row = 1; row < kNumbers; ++row) {
            const QDateTime a =
                QDateTime::fromString(m_model->numberAt(row - 1)->createdAt, Qt::ISODateWithMs);
            const QDateTime b =
                QDateTime::fromString(m_model->numberAt(row)->createdAt, Qt::ISODateWithMs);
            QVERIFY(a >= b);
        }
        m_model->sort(0, Qt::DescendingOrder); // id, numerically
        QCOMPARE(*m_model->numberAt(0)->id, qint64(20590 + kNumbers - 1));
        QCOMPARE(tracked.data(NumberTableModel::RecordIdRole).toLongLong(), trackedId);
        QCOMPARE(m_model->loadedRowCount(), qint64(kNumbers)); // nothing evicted

        // Edits in sorted order: a new newest number goes first in descending id order.
        PhoneNumber fresh = *m_model->numberAt(5);
        fresh.id = 20590 + kNumbers;
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        m_model->insertNumber(fresh);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(tracked.data(NumberTableModel::RecordIdRole).toLongLong(), trackedId);
        m_model->removeNumberById(trackedId);
        QVERIFY(!tracked.isValid());
        QCOMPARE(m_model->rowCount(), kNumbers);
        QCOMPARE(m_model->rowOfId(fresh.id.value()), 0);

        m_model->refresh(); // clears the sort
        QVERIFY(!m_model->isSorted());
        QVERIFY(!m_model->isFullyLoaded());
    }

    void shouldUpdateInsertAndRemoveInPlace()
    {
        startAndWaitFirstPage();
        QPersistentModelIndex tracked = m_model->index(5, 2);
        const qint64 trackedId = tracked.data(NumberTableModel::RecordIdRole).toLongLong();

        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        QSignalSpy totals(m_model, &NumberTableModel::totalChanged);

        PhoneNumber edited = *m_model->numberAt(3);
        edited.name = QStringLiteral("Renamed line");
        m_model->updateNumber(edited);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), m_model->index(3, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(),
                 m_model->index(3, m_model->columnCount() - 1));
        QCOMPARE(m_model->numberAt(3)->name, QStringLiteral("Renamed line"));

        // Unrented: the row goes, the rows after it move up (their pages shift in memory).
        const PhoneNumber gone = *m_model->numberAt(2);
        const qint64 row49Id = *m_model->numberAt(49)->id;
        m_model->removeNumberById(*gone.id);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 2);
        QCOMPARE(removed.first().at(2).toInt(), 2);
        QCOMPARE(m_model->rowCount(), kNumbers - 1);
        QCOMPARE(m_model->total(), qint64(kNumbers - 1));
        QCOMPARE(totals.constLast().at(0).toLongLong(), qint64(kNumbers - 1));
        QCOMPARE(tracked.row(), 4);
        QCOMPARE(tracked.data(NumberTableModel::RecordIdRole).toLongLong(), trackedId);
        QCOMPARE(*m_model->numberAt(48)->id, row49Id);
        QVERIFY(!m_model->numberAt(49).has_value()); // came from page 2, not in memory
        QCOMPARE(m_model->rowOfId(*gone.id), -1);

        // Bought back (same id): in id order, where it was.
        m_model->insertNumber(gone);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(tracked.row(), 5);
        QCOMPARE(m_model->rowOfId(*gone.id), 2);

        // A new newest number: at the end.
        PhoneNumber fresh = gone;
        fresh.id = 20590 + kNumbers + 10;
        m_model->insertNumber(fresh);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), kNumbers);
        QCOMPARE(m_model->rowCount(), kNumbers + 1);
        QCOMPARE(m_model->total(), qint64(kNumbers + 1));
        QCOMPARE(m_model->rowOfId(*fresh.id), kNumbers);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(tracked.data(NumberTableModel::RecordIdRole).toLongLong(), trackedId);
        m_model->removeNumberById(*fresh.id);
        QCOMPARE(m_model->rowCount(), kNumbers);
        QCOMPARE(removed.at(1).at(1).toInt(), kNumbers);
    }

    void shouldFollowATotalThatChangesBetweenPages()
    {
        startAndWaitFirstPage();
        // Someone else unrents a number of page 1 meanwhile.
        const qint64 id = *m_model->numberAt(10)->id;
        bool done = false;
        m_client->unrentNumber(UnrentNumber{QString::number(id)}, this,
                               [&](const Result<UnrentOutcome> &r) { done = r.ok(); });
        QTRY_VERIFY(done);
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        paintRows(1000, 1010);
        QTRY_VERIFY(rowLoaded(1000));
        QCOMPARE(m_model->total(), qint64(kNumbers - 1));
        QCOMPARE(m_model->rowCount(), kNumbers - 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), kNumbers - 1);
        QCOMPARE(removed.first().at(2).toInt(), kNumbers - 1);
    }

    void shouldUseTheServersPageSizeWhenItCapsPerPage()
    {
        // The sandbox caps per_page at 250.
        startAndWaitFirstPage(400);
        QCOMPARE(m_model->effectivePageSize(), 250);
        QCOMPARE(m_model->loadedRowCount(), qint64(250));
        m_server->clearReceivedRequests();
        paintRows(600, 610);
        QTRY_VERIFY(rowLoaded(600));
        QCOMPARE(requestedPages(), QList<int>{3});
        QCOMPARE(param(listRequests().first(), "per_page"), QStringLiteral("250"));
        QVERIFY(m_model->numberAt(500).has_value() && m_model->numberAt(749).has_value());
        QVERIFY(!m_model->numberAt(499).has_value() && !m_model->numberAt(750).has_value());
        QCOMPARE(*m_model->numberAt(600)->id, *m_model->numberAt(599)->id + 1);
    }

    void shouldRepageTheCurrentQueryWhenThePageSizeChanges()
    {
        startAndWaitFirstPage(50);
        paintRows(120, 125);
        QTRY_VERIFY(rowLoaded(120));
        QTRY_VERIFY(!m_model->isLoading());
        const qint64 idAt120 = *m_model->numberAt(120)->id;
        QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_server->clearReceivedRequests();

        m_model->setPageSize(100);
        QCOMPARE(m_model->options().pageSize, 100);
        QCOMPARE(m_model->effectivePageSize(), 100);
        QCOMPARE(resets.size(), 0); // rows, selection and scroll position stay
        QCOMPARE(m_model->rowCount(), m_server->numberCount());
        QVERIFY(changed.size() >= 1);
        QCOMPARE(m_model->loadedRowCount(), qint64(0));
        paintRows(120, 125); // the view repaints what it shows
        QTRY_VERIFY(rowLoaded(120));
        QTRY_VERIFY(!m_model->isLoading());
        // Rows 100-199 in one page of 100 (the model tester may also read row 0: page 1).
        QVERIFY(requestedPages().contains(2));
        QVERIFY(requestedPages().size() <= 2);
        for (const RecordedRequest &r : listRequests())
            QCOMPARE(param(r, "per_page"), QStringLiteral("100"));
        QCOMPARE(*m_model->numberAt(120)->id, idAt120);
        QCOMPARE(m_model->loadedRowCount(), qint64(100 * requestedPages().size()));

        const qint64 loaded = m_model->loadedRowCount();
        m_server->clearReceivedRequests();
        m_model->setPageSize(100); // unchanged: nothing dropped, nothing sent
        QTest::qWait(50);
        QCOMPARE(m_model->loadedRowCount(), loaded);
        QCOMPARE(listRequests().size(), 0);
    }

    void shouldApplyANewCapOnRequestsInFlightToTheNextRequests()
    {
        FaultSettings faults;
        faults.latencyMs = 200;
        m_server->setFaults(faults);
        startAndWaitFirstPage(50);
        int maxInFlight = 0;
        int sent = 0;
        connect(m_model, &NumberTableModel::pageRequested, this, [&] {
            maxInFlight = qMax(maxInFlight, m_model->requestsInFlight());
            ++sent;
        });
        m_model->setMaxRequestsInFlight(2);
        QCOMPARE(m_model->options().maxRequestsInFlight, 2);
        for (int page = 10; page < 16; ++page)
            paintRows(page * 50, page * 50 + 2);
        QTRY_COMPARE(sent, 6);
        QTRY_VERIFY(!m_model->isLoading());
        QCOMPARE(maxInFlight, 2);

        maxInFlight = 0;
        sent = 0;
        m_model->setMaxRequestsInFlight(6);
        for (int page = 20; page < 26; ++page)
            paintRows(page * 50, page * 50 + 2);
        QTRY_COMPARE(sent, 6);
        QTRY_VERIFY(!m_model->isLoading());
        QCOMPARE(maxInFlight, 6);
        m_model->setMaxRequestsInFlight(0); // at least one
        QCOMPARE(m_model->options().maxRequestsInFlight, 1);
    }
};

QTEST_GUILESS_MAIN(tst_NumberTableModel)
#include "tst_numbertablemodel.moc"
