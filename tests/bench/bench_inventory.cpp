// Issue 15's inventory figures on a synthetic 1,000,000-number account (no network: what is
// measured is the store and the computation):
//  - insights of the latest snapshot from its facets, as the Insights dock and the CLI count
//    (target <= 500 ms), against the row-by-row count (the oracle: the run fails if they differ);
//  - the snapshot view: first rows, sorts (target <= 1.5 s), screens read while scrolling;
//  - bytes an unchanged snapshot adds per number (target <= 40);
//  - what changed between two snapshots with 1 % of the numbers changed (target <= 3 s).
// The store is written first (several minutes on 2 cores for a million numbers).
//
//   bench_inventory [--numbers 1000000] [--changed-percent 1] [--store FILE [--reuse]]
//
// --reuse keeps a store this bench wrote before (same --numbers and --changed-percent) and
// measures on its last three snapshots, skipping the minutes of writing: for working on the
// reading side. The write figures are then not printed.
#include "benchsupport.h"
#include "columncatalog.h"
#include "inventoryinsights.h"
#include "snapshotdiff.h"
#include "snapshotstore.h"
#include "snapshottablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace numdesk;
using numdesk::bench::argument;

namespace {

// A record like the service's, every column filled; `variant` changes the offer of a number.
PhoneNumber makeNumber(qint64 id, int variant)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("name"), QStringLiteral("Line %1").arg(id));
    json.insert(QStringLiteral("number"),
                QStringLiteral("+1415%1").arg(id % 10000000, 7, 10, QLatin1Char('0')));
    json.insert(QStringLiteral("offer_id"), 100 + (id + variant) % 8);
    json.insert(QStringLiteral("traffic_source_id"), 1002590 + id % 10);
    json.insert(QStringLiteral("provider_configuration_id"), 150 + id % 4);
    json.insert(QStringLiteral("ring_pool_id"), 40 + id % 6);
    json.insert(QStringLiteral("provider_auth_key"),
                QStringLiteral("PN%1").arg(id * 7919, 32, 16, QLatin1Char('0')));
    // A spread of last calls: some never, some long ago, most recent.
    if (id % 7 != 0)
        json.insert(QStringLiteral("last_call_at"),
                    QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC)
                        .addDays(-(id % 400))
                        .toString(Qt::ISODateWithMs));
    json.insert(QStringLiteral("token_values"), QJsonArray{QStringLiteral("interest:auto")});
    json.insert(QStringLiteral("country"), QStringLiteral("US"));
    json.insert(QStringLiteral("created_at"), QStringLiteral("2025-01-02T03:04:05.678-05:00"));
    json.insert(QStringLiteral("uuid"),
                QStringLiteral("0b7a9c3e-5d2f-4a61-9e8b-%1").arg(id, 12, 16, QLatin1Char('0')));
    return *PhoneNumber::fromJson(json);
}

// Writes a snapshot of `numbers` numbers, those with id % every == 0 in `variant`.
std::optional<qint64> take(SnapshotStore &store, int numbers, const QDateTime &at, int every,
                           int variant)
{
    const std::optional<qint64> id = store.begin(at);
    if (!id)
        return std::nullopt;
    QList<PhoneNumber> page;
    for (qint64 n = 1; n <= numbers; ++n) {
        page.append(makeNumber(n, every > 0 && n % every == 0 ? variant : 0));
        if (page.size() == 250 || n == numbers) {
            if (!store.addRows(*id, page))
                return std::nullopt;
            page.clear();
        }
    }
    if (!store.finish(*id, true, 30))
        return std::nullopt;
    return id;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int numbers = argument(args, "--numbers", "1000000").toInt();
    const double percent = argument(args, "--changed-percent", "1").toDouble();
    QTemporaryDir dir;
    const QString path = argument(args, "--store", dir.filePath("inventory.sqlite"));
    const bool reuse = args.contains(QLatin1String("--reuse"));
    if (!reuse)
        QFile::remove(path);
    SnapshotStore store;
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error));
        return 1;
    }
    const QDateTime monday(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    QElapsedTimer clock;
    clock.start();
    const int every = percent > 0 ? int(100.0 / percent) : 0;
    std::optional<qint64> same;
    std::optional<qint64> changed;
    const QList<SnapshotInfo> kept = reuse ? store.list() : QList<SnapshotInfo>();
    if (kept.size() >= 3) {
        // list() is newest first: the unchanged second snapshot and the changed third.
        changed = kept.at(0).id;
        same = kept.at(1).id;
        if (kept.at(0).count != numbers || kept.at(1).count != numbers) {
            std::fprintf(stderr, "store: its snapshots are not of %d numbers\n", numbers);
            return 1;
        }
        std::printf("reusing snapshots %lld and %lld of %s\n", *same, *changed, qPrintable(path));
    } else {
        const std::optional<qint64> first = take(store, numbers, monday, 0, 0);
        if (!first) {
            std::fprintf(stderr, "snapshot: %s\n", qPrintable(store.lastError()));
            return 1;
        }
        const qint64 bytesOne = store.bytesUsed();
        std::printf("snapshot 1: %d numbers written in %.1f s, %.1f MiB\n", numbers,
                    clock.elapsed() / 1000.0, double(bytesOne) / 1048576.0);

        clock.restart();
        same = take(store, numbers, monday.addDays(1), 0, 0);
        if (!same) {
            std::fprintf(stderr, "snapshot: %s\n", qPrintable(store.lastError()));
            return 1;
        }
        const qint64 bytesTwo = store.bytesUsed();
        std::printf("snapshot 2 (unchanged): written in %.1f s; %.1f bytes added per number "
                    "(target <= 40)\n",
                    clock.elapsed() / 1000.0, double(bytesTwo - bytesOne) / double(numbers));

        changed = take(store, numbers, monday.addDays(2), every, 3);
        if (!changed) {
            std::fprintf(stderr, "snapshot: %s\n", qPrintable(store.lastError()));
            return 1;
        }
    }

    // The read alone (decoding every record), the baseline of the insights below.
    clock.restart();
    qint64 read = 0;
    if (!store.forEachRow(*changed, [&read](const PhoneNumber &) { ++read; })) {
        std::fprintf(stderr, "read: %s\n", qPrintable(store.lastError()));
        return 1;
    }
    std::printf("reading %lld records of a snapshot: %.0f ms\n", read, clock.nsecsElapsed() / 1e6);

    // Insights without prices, row by row (every record decoded): the oracle and a baseline.
    clock.restart();
    InventoryInsights counts(monday.addDays(2), InventoryInsights::Dimension::Offer, 90);
    if (!store.forEachRow(*changed, [&](const PhoneNumber &n) { counts.add(n); })) {
        std::fprintf(stderr, "read: %s\n", qPrintable(store.lastError()));
        return 1;
    }
    const InsightReport byRows = counts.report();
    const double rowsMs = clock.nsecsElapsed() / 1e6;
    std::printf("insights of %lld numbers by offer, row by row, no prices: %.0f ms\n", byRows.total,
                rowsMs);

    // As the dock and the CLI count: from the facets kept with each row version.
    const SnapshotInfo info{*changed, monday.addDays(2), numbers, true};
    const auto facets = [&](const MonthlyPrices &prices, const char *what, InsightReport *report) {
        QElapsedTimer timer;
        timer.start();
        QString why;
        const std::optional<InsightReport> counted = InventoryInsights::ofSnapshot(
            &store, info, InventoryInsights::Dimension::Offer, 90, prices, &why);
        if (!counted) {
            std::fprintf(stderr, "insights: %s\n", qPrintable(why));
            return false;
        }
        *report = *counted;
        std::printf("insights of %lld numbers by offer, %s: %.0f ms (target <= 500)\n",
                    counted->total, what, timer.nsecsElapsed() / 1e6);
        return true;
    };
    InsightReport unpriced;
    if (!facets({}, "no prices", &unpriced))
        return 1;
    if (!(unpriced.groups == byRows.groups) || unpriced.idle != byRows.idle ||
        unpriced.neverCalled != byRows.neverCalled) {
        std::fprintf(stderr, "insights: the facets' report is not the rows' report\n");
        return 1;
    }
    // A price for every number: each told local or toll-free, through libphonenumber the first
    // time (the kind is then kept with the row version), as a dock showing costs reads.
    const MonthlyPrices prices{{QStringLiteral("US/local"), 1.15}};
    InsightReport report;
    if (!facets(prices, "priced, kinds worked out first", &report) ||
        !facets(prices, "priced, kinds known", &report))
        return 1;
    std::printf("insights: %lld idle, %lld never called\n", report.idle, report.neverCalled);

    // What changed from snapshot 2 to 3.
    clock.restart();
    QList<PhoneNumber> fromRows;
    QList<PhoneNumber> toRows;
    if (!store.differingRows(*same, *changed, &fromRows, &toRows)) {
        std::fprintf(stderr, "diff: %s\n", qPrintable(store.lastError()));
        return 1;
    }
    const QList<SnapshotChange> changes = SnapshotDiff::compute(fromRows, toRows);
    std::printf("diff of two %d-number snapshots, %.1f %% changed: %.2f s (target <= 3), "
                "%lld changes\n",
                numbers, percent, clock.elapsed() / 1000.0, qint64(changes.size()));
    // The snapshot view over the last snapshot: its first rows, every row's place, a sort by
    // a name and by the number, then screens of 40 rows read at random places (a scroll).
    SnapshotTableModel view;
    view.setColumns(columns::defaultVisible());
    QEventLoop loop;
    QObject::connect(&view, &SnapshotTableModel::resolved, &loop, &QEventLoop::quit);
    double firstRowsMs = -1;
    QObject::connect(&view, &QAbstractItemModel::rowsInserted, &view, [&] {
        if (firstRowsMs < 0) {
            view.index(0, 0).data(); // the first screen's rows read from the store
            firstRowsMs = clock.nsecsElapsed() / 1e6;
        }
    });
    clock.restart();
    if (!view.open(path, *changed, {}, &error)) {
        std::fprintf(stderr, "view: %s\n", qPrintable(error));
        return 1;
    }
    loop.exec();
    std::printf("snapshot view, %d numbers: first rows %.0f ms (target <= 300), every row placed "
                "in %.0f ms\n",
                view.rowCount(), firstRowsMs, clock.nsecsElapsed() / 1e6);
    for (const char *key : {"offer_id", "number", "last_call_at"}) {
        clock.restart();
        view.sort(int(view.columns().indexOf(QLatin1String(key))), Qt::AscendingOrder);
        loop.exec();
        std::printf("snapshot view: sort by %s: %.0f ms (target <= 1500), %d rows\n", key,
                    clock.nsecsElapsed() / 1e6, view.rowCount());
    }
    double worstScreenMs = 0;
    QRandomGenerator random(7);
    for (int i = 0; i < 200; ++i) {
        const int top = int(random.bounded(qMax(1, view.rowCount() - 40)));
        clock.restart();
        for (int row = top; row < top + 40 && row < view.rowCount(); ++row) {
            for (int column = 0; column < view.columnCount(); ++column)
                view.index(row, column).data();
        }
        worstScreenMs = qMax(worstScreenMs, clock.nsecsElapsed() / 1e6);
    }
    std::printf("snapshot view: worst of 200 screens at random places: %.1f ms (target < 50)\n",
                worstScreenMs);
    std::printf("peak RSS: %lld MiB\n", bench::statusKiB("VmHWM:") / 1024);
    const bool exact = report.total == numbers && (every == 0 || changes.size() == numbers / every);
    return exact ? 0 : 1;
}
