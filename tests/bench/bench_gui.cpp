// The main window on a 1,000,000-number sandbox, measured as an operator meets it: time from
// start to the first rows, Ctrl+End to the last rows, peak memory after scrolling through
// 200,000 rows, and the longest stall of the GUI thread (a 5 ms heartbeat) while pages load;
// then the same stall while the window's own export of the view runs and the operator keeps
// scrolling (NUMDESK_BENCH_EXPORT_SECONDS, 10 by default).
// Prints its figures; not a ctest test. NUMDESK_BENCH_DB caches the generated store.
#include "benchsupport.h"
#include "exportjob.h"
#include "mainwindow.h"
#include "numbertablemodel.h"
#include "numbertableview.h"
#include "sandboxserver.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace numdesk::bench;

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QSettings().clear();
    const int numbers = qEnvironmentVariableIntValue("NUMDESK_BENCH_NUMBERS") > 0
                            ? qEnvironmentVariableIntValue("NUMDESK_BENCH_NUMBERS")
                            : 1000000;
    const int scrollRows = std::min(200000, numbers);
    QString db = qEnvironmentVariable("NUMDESK_BENCH_DB");
    if (db.isEmpty())
        db = QDir::tempPath() + QStringLiteral("/numdesk-bench-%1.sqlite").arg(numbers);

    QElapsedTimer clock;
    clock.start();
    const qint64 startRssKiB = statusKiB("VmRSS:");
    numdesk::Workspace workspace;
    QString error;
    if (!workspace.startSandbox(db, numbers, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 sandboxMs = clock.elapsed();
    const qint64 sandboxRssKiB = statusKiB("VmRSS:"); // the in-process sandbox's share
    numdesk::NumberTableModel *model = workspace.model();

    Heartbeat heartbeat;
    heartbeat.start();
    clock.restart();
    numdesk::MainWindow window(&workspace);
    window.resize(1440, 900);
    window.restoreAndStart();
    window.show();
    if (!waitUntil(
            [&] { return model->index(0, 0).data(numdesk::NumberTableModel::LoadedRole).toBool(); },
            30000)) {
        std::fprintf(stderr, "no rows after 30 s\n");
        return 1;
    }
    const qint64 firstRowsMs = clock.elapsed();
    waitUntil([&] { return model->rowCount() == numbers; }, 10000);

    int requests = 0;
    QObject::connect(model, &numdesk::NumberTableModel::pageRequested, [&requests] { ++requests; });
    numdesk::NumberTableView *table = window.tableView();
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    clock.restart();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    const int last = model->rowCount() - 1;
    if (!waitUntil(
            [&] {
                return model->index(last, 0).data(numdesk::NumberTableModel::LoadedRole).toBool();
            },
            30000)) {
        std::fprintf(stderr, "last row not loaded after 30 s\n");
        return 1;
    }
    const qint64 jumpMs = clock.elapsed();
    const int jumpRequests = requests;

    // Scroll from the top through scrollRows rows, a screenful at a time, waiting for each
    // screen's rows as an operator's eyes would.
    table->scrollToTop();
    heartbeat.start();
    clock.restart();
    QScrollBar *bar = table->verticalScrollBar();
    const int screen = std::max(1, bar->pageStep());
    for (int top = 0; top < scrollRows; top += screen) {
        bar->setValue(top);
        const int bottom = std::min(top + screen - 1, last);
        waitUntil(
            [&] {
                return model->index(top, 0).data(numdesk::NumberTableModel::LoadedRole).toBool() &&
                       model->index(bottom, 0).data(numdesk::NumberTableModel::LoadedRole).toBool();
            },
            30000);
    }
    const qint64 scrollMs = clock.elapsed();
    const qint64 scrollPeakKiB = statusKiB("VmHWM:"); // before the export below adds its own
    const double stallMs = heartbeat.maxGapMs();

    // Export the whole view (as File > Export View does) while scrolling on from where the
    // operator stopped; the export is cancelled after the measured time.
    const int exportSeconds = qEnvironmentVariableIsSet("NUMDESK_BENCH_EXPORT_SECONDS")
                                  ? qEnvironmentVariableIntValue("NUMDESK_BENCH_EXPORT_SECONDS")
                                  : 10;
    QTemporaryDir exportDir;
    numdesk::ExportJob exportJob(workspace.client(), exportDir.filePath(QStringLiteral("view.csv")),
                                 numdesk::ExportOptions{});
    qint64 exportedRows = 0;
    QObject::connect(&exportJob, &numdesk::ExportJob::progressChanged,
                     [&exportedRows](qint64 done, qint64, double, int) { exportedRows = done; });
    heartbeat.start();
    clock.restart();
    exportJob.start();
    int scrolledWhileExporting = 0;
    for (int top = scrollRows; clock.elapsed() < exportSeconds * 1000 && exportJob.isRunning();
         top = top + screen > last ? 0 : top + screen) {
        bar->setValue(top);
        const int bottom = std::min(top + screen - 1, last);
        waitUntil(
            [&] {
                return model->index(top, 0).data(numdesk::NumberTableModel::LoadedRole).toBool() &&
                       model->index(bottom, 0).data(numdesk::NumberTableModel::LoadedRole).toBool();
            },
            30000);
        scrolledWhileExporting += bottom - top + 1;
    }
    const double exportStallMs = heartbeat.maxGapMs();
    const double exportElapsedS = clock.elapsed() / 1000.0;
    exportJob.cancel();
    waitUntil([&] { return !exportJob.isRunning(); }, 30000);

    std::printf("%-36s %12s\n", "measure (main window, offscreen)", "value");
    std::printf("%-36s %12d\n", "numbers in the sandbox", numbers);
    std::printf("%-36s %9lld ms\n", "sandbox start (generate or reuse)", sandboxMs);
    std::printf("%-36s %9lld ms\n", "launch to first rows", firstRowsMs);
    std::printf("%-36s %9lld ms\n", "Ctrl+End to last rows", jumpMs);
    std::printf("%-36s %12d\n", "page requests for Ctrl+End", jumpRequests);
    std::printf("%-36s %9lld ms\n", "scroll through rows", scrollMs);
    std::printf("%-36s %12d\n", "rows scrolled", scrollRows);
    std::printf("%-36s %9lld KiB\n", "RSS before the sandbox", startRssKiB);
    std::printf("%-36s %9lld KiB\n", "RSS once the sandbox is up", sandboxRssKiB);
    std::printf("%-36s %9lld KiB\n", "peak RSS after scrolling", scrollPeakKiB);
    std::printf("%-36s %9lld KiB\n", "peak RSS with the export too", statusKiB("VmHWM:"));
    std::printf("%-36s %12lld\n", "rows in memory after scrolling", model->loadedRowCount());
    std::printf("%-36s %9.1f ms\n", "longest GUI-thread stall (scroll)", stallMs);
    std::printf("%-36s %9.1f s\n", "export + scroll: time measured", exportElapsedS);
    std::printf("%-36s %12lld\n", "export + scroll: rows exported", exportedRows);
    std::printf("%-36s %12d\n", "export + scroll: rows scrolled", scrolledWhileExporting);
    std::printf("%-36s %9.1f ms\n", "longest GUI-thread stall (export)", exportStallMs);
    return 0;
}
