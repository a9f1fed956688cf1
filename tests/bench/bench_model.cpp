// bench_model [--numbers N] [--walk ROWS] [--db FILE]
// NumberTableModel against an in-process sandbox of 1,000,000 numbers (the store is generated
// once, ~20 s, and reused from $NUMDESK_BENCH_DB or --db when given). The sandbox runs on its own
// thread, so that the figures are the model's and the client's, not SQLite's. Measures: time to
// first rows, a jump to the last row (time and requests), peak RSS after walking ROWS rows as a
// scrolling view would (40-row view, page-down steps, every cell of the view asked for), and the
// longest event-loop stall seen by a 5 ms heartbeat while pages load.
#include "apiclient.h"
#include "benchsupport.h"
#include "numbertablemodel.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace numdesk;
using numdesk::sandbox::SandboxOptions;
using numdesk::sandbox::SandboxServer;
using namespace numdesk::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int numbers =
        argument(args, QStringLiteral("--numbers"), QStringLiteral("1000000")).toInt();
    const int walkRows = argument(args, QStringLiteral("--walk"), QStringLiteral("200000")).toInt();
    QTemporaryDir dir;
    const QString envDb = qEnvironmentVariable("NUMDESK_BENCH_DB");
    SandboxOptions options;
    options.numbers = numbers;
    options.databasePath =
        argument(args, QStringLiteral("--db"),
                 envDb.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : envDb);

    // The sandbox lives on its own thread, created and destroyed there.
    QThread serverThread;
    serverThread.start();
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    std::unique_ptr<SandboxServer> server;
    QUrl base;
    QString error;
    bool generated = false;
    int live = 0;
    QElapsedTimer storeTimer;
    storeTimer.start();
    QMetaObject::invokeMethod(
        &serverContext,
        [&] {
            server = std::make_unique<SandboxServer>(options);
            if (server->start(0, &error)) {
                base = server->apiBaseUrl();
                generated = server->generatedData();
                live = server->numberCount();
            }
        },
        Qt::BlockingQueuedConnection);
    if (base.isEmpty()) {
        std::fprintf(stderr, "bench_model: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("store: %d live numbers, %s in %.1f s (%s)\n", live,
                generated ? "generated" : "reused", double(storeTimer.elapsed()) / 1000.0,
                qPrintable(options.databasePath));
    const qint64 rssBeforeKb = statusKiB("VmRSS:");

    Account account;
    account.apiBase = base;
    account.credentials.method = AuthMethod::Token;
    account.credentials.token = SandboxServer::demoCredentials().accessToken;
    ApiClient client(account);
    LookupCache lookups(&client);
    NumberTableModel model(&client, &lookups);
    int requests = 0;
    QObject::connect(&model, &NumberTableModel::pageRequested, [&requests] { ++requests; });
    Heartbeat heartbeat;
    const int viewRows = 40;
    auto paint = [&](int top) {
        const int bottom = qMin(top + viewRows, model.rowCount()) - 1;
        for (int r = top; r <= bottom; ++r) {
            for (int c = 0; c < model.columnCount(); ++c)
                model.data(model.index(r, c));
        }
    };
    auto loaded = [&](int row) {
        return model.data(model.index(row, 0), NumberTableModel::LoadedRole).toBool();
    };

    // 1. First rows.
    heartbeat.start();
    QElapsedTimer timer;
    timer.start();
    model.setFilter({});
    if (!waitUntil([&] { return model.loadedRowCount() > 0; }))
        return 2;
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;
    const double firstStall = heartbeat.maxGapMs();

    // 2. Jump to the last row (Ctrl+End).
    const int last = model.rowCount() - 1;
    requests = 0;
    heartbeat.start();
    timer.restart();
    paint(last - viewRows + 1);
    if (!waitUntil([&] {
            paint(last - viewRows + 1);
            return loaded(last) && loaded(last - viewRows + 1);
        }))
        return 3;
    const double jumpMs = double(timer.nsecsElapsed()) / 1e6;
    const int jumpRequests = requests;
    const double jumpStall = heartbeat.maxGapMs();

    // 3. data() cost on loaded rows.
    timer.restart();
    const int calls = 1000000;
    qint64 sink = 0;
    for (int i = 0; i < calls; ++i) {
        const QModelIndex index = model.index(last - (i % viewRows), i % model.columnCount());
        sink += model.data(index).toString().size();
    }
    const double dataNs = double(timer.nsecsElapsed()) / calls;

    // 4. Walk through the rows as a scrolling view: page-down steps of one view.
    requests = 0;
    heartbeat.start();
    timer.restart();
    qint64 maxLoaded = 0;
    for (int top = 0; top < walkRows; top += viewRows) {
        paint(top);
        const int bottom = qMin(top + viewRows, model.rowCount()) - 1;
        if (!waitUntil([&] {
                paint(top);
                return loaded(top) && loaded(bottom);
            }))
            return 4;
        maxLoaded = qMax(maxLoaded, model.loadedRowCount());
    }
    const double walkS = double(timer.elapsed()) / 1000.0;
    const double walkStall = heartbeat.maxGapMs();
    const int walkRequests = requests;
    const qint64 hwmKb = statusKiB("VmHWM:");
    const qint64 rssKb = statusKiB("VmRSS:");

    std::printf("\n%-44s %14s\n", "measure", "value");
    std::printf("%-44s %14.1f\n", "first rows after setFilter (ms)", firstMs);
    std::printf("%-44s %14.1f\n", "  longest event-loop stall (ms)", firstStall);
    std::printf("%-44s %14.1f\n", "jump to last row: until loaded (ms)", jumpMs);
    std::printf("%-44s %14d\n", "jump to last row: page requests", jumpRequests);
    std::printf("%-44s %14.1f\n", "  longest event-loop stall (ms)", jumpStall);
    std::printf("%-44s %14.0f\n", "data(DisplayRole) on loaded rows (ns/call)", dataNs);
    std::printf("%-44s %14d\n", "walk: rows walked (40-row view steps)", walkRows);
    std::printf("%-44s %14.1f\n", "walk: time (s)", walkS);
    std::printf("%-44s %14d\n", "walk: page requests", walkRequests);
    std::printf("%-44s %14lld\n", "walk: max rows in memory", maxLoaded);
    std::printf("%-44s %14.1f\n", "walk: longest event-loop stall (ms)", walkStall);
    std::printf("%-44s %14.1f\n", "RSS after sandbox start (MB)", double(rssBeforeKb) / 1024);
    std::printf("%-44s %14.1f\n", "RSS after walk (MB)", double(rssKb) / 1024);
    std::printf("%-44s %14.1f\n", "peak RSS, VmHWM (MB)", double(hwmKb) / 1024);
    std::printf("(page size %d, %d requests in flight, %d cached rows; sink %lld)\n",
                model.options().pageSize, model.options().maxRequestsInFlight,
                model.options().maxCachedRows, sink);
    std::fflush(stdout);

    QMetaObject::invokeMethod(
        &serverContext, [&] { server.reset(); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
