// bench_export [--numbers N] [--latency MS] [--parallel N,N…] [--repeat N] [--db FILE]
//              [--cli PATH]
// Starts the sandbox (100,000 numbers and 20 ms injected latency by default), then in the same
// run against the same sandbox:
//   1. numdesk-cli --base-url … export --out FILE at its default parallelism: wall time, the
//      CLI's own CPU time per row (target <= 8 us) and the ratio to the latency floor, pages x
//      latency / pages in flight (target <= 1.3); then numdesk-cli snapshot, a first one (every
//      record new to the store) and an unchanged one, against the export (issue 15: <= 1.2).
//      These run --repeat times (default 3), one after another in turn, and the medians are
//      compared: a shared machine's noise moves one run by a third, seldom three;
//   2. the same export at each parallelism of --parallel (default 2,4,6,8), the measurement the
//      default is chosen from;
//   3. a baseline that fetches the same pages (per_page 250) one after another with curl.
// Prints the times and the ratio export / curl (target <= 0.25), and checks the CSV has every
// number.
#include "benchsupport.h"
#include "exportjob.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

using numdesk::sandbox::FaultSettings;
using numdesk::sandbox::SandboxOptions;
using numdesk::sandbox::SandboxServer;

using numdesk::bench::argument;

namespace {

struct Finished
{
    int exitCode = -1;
    double seconds = 0;
    double cpuSeconds = 0; // user + system time of the child
    QByteArray err;
};

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Runs a child while this event loop keeps serving the in-process sandbox.
Finished runChild(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &env)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    const double cpuBefore = childrenCpuSeconds();
    QElapsedTimer clock;
    clock.start();
    process.start();
    if (process.waitForStarted(10000) && process.state() != QProcess::NotRunning)
        loop.exec();
    process.waitForFinished(-1); // reaped: its CPU time is in RUSAGE_CHILDREN
    Finished result;
    result.seconds = clock.elapsed() / 1000.0;
    result.cpuSeconds = childrenCpuSeconds() - cpuBefore;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.err = process.readAllStandardError();
    return result;
}

// The run of median wall time (the lower middle one of an even count).
Finished median(QList<Finished> runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const Finished &a, const Finished &b) { return a.seconds < b.seconds; });
    return runs.at((runs.size() - 1) / 2);
}

// The median CPU time of the runs: one run's CPU moves with the machine as much as its time,
// and the run of median time need not be the one of median CPU.
double medianCpu(const QList<Finished> &runs)
{
    std::vector<double> cpu;
    for (const Finished &run : runs)
        cpu.push_back(run.cpuSeconds);
    std::sort(cpu.begin(), cpu.end());
    return cpu.empty() ? 0 : cpu.at((cpu.size() - 1) / 2);
}

QByteArray cpuPerRowOf(const QList<Finished> &runs, qint64 rows)
{
    QByteArray text;
    for (const Finished &run : runs)
        text += (text.isEmpty() ? "" : ", ") +
                QByteArray::number(rows > 0 ? run.cpuSeconds * 1e6 / double(rows) : 0, 'f', 1);
    return text;
}

QByteArray secondsOf(const QList<Finished> &runs)
{
    QByteArray text;
    for (const Finished &run : runs)
        text += (text.isEmpty() ? "" : ", ") + QByteArray::number(run.seconds, 'f', 2) + " s";
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int numbers = argument(args, "--numbers", "100000").toInt();
    const int latency = argument(args, "--latency", "20").toInt();
    const QStringList sweep = argument(args, "--parallel", "2,4,6,8").split(QLatin1Char(','));
    const QString cli = argument(args, "--cli", QStringLiteral(NUMDESK_CLI_PATH));
    const QString curl = QStandardPaths::findExecutable("curl");
    if (curl.isEmpty()) {
        std::fprintf(stderr, "curl not found\n");
        return 1;
    }
    QTemporaryDir dir;
    SandboxOptions options;
    options.numbers = numbers;
    options.databasePath = argument(args, "--db", dir.filePath("bench_export.sqlite"));
    SandboxServer server(options);
    QElapsedTimer clock;
    clock.start();
    QString error;
    if (!server.start(0, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const int live = server.numberCount();
    std::printf("sandbox: %d numbers (%s in %.1f s), %d ms latency\n", live,
                server.generatedData() ? "generated" : "reused", clock.elapsed() / 1000.0, latency);
    FaultSettings faults;
    faults.latencyMs = latency;
    server.setFaults(faults);
    const auto demo = SandboxServer::demoCredentials();

    // 1. numdesk-cli export at its default parallelism, then 2. at each of the sweep.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("NUMDESK_TOKEN", demo.accessToken);
    const QString out = dir.filePath("export.csv");
    const int pages = (live + 249) / 250;
    auto exportWith = [&](const QString &parallel) {
        QStringList arguments = {
            "--base-url", server.apiBaseUrl().toString(), "--auth", "token", "export", "--out",
            out};
        if (!parallel.isEmpty())
            arguments << "--parallel" << parallel;
        const Finished run = runChild(cli, arguments, env);
        QFile file(out);
        const qint64 records = file.open(QIODevice::ReadOnly) ? file.readAll().count("\r\n") : 0;
        return std::pair{run, records - 1};
    };
    // Export, first snapshot and unchanged snapshot in turn, --repeat times; each snapshot
    // pair in a data folder of its own (never the user's).
    const int repeat = qMax(1, argument(args, "--repeat", "3").toInt());
    QList<Finished> exports, firsts, agains;
    qint64 rows = 0;
    bool snapshotsOk = true;
    for (int i = 0; i < repeat; ++i) {
        const auto [exported, exportedRows] = exportWith({});
        exports.append(exported);
        rows = i == 0 ? exportedRows : qMin(rows, exportedRows);
        QProcessEnvironment snapshotEnv = env;
        snapshotEnv.insert("XDG_DATA_HOME", dir.filePath(QStringLiteral("data-%1").arg(i)));
        const QStringList snapshot = {"--base-url", server.apiBaseUrl().toString(), "--auth",
                                      "token", "snapshot"};
        firsts.append(runChild(cli, snapshot, snapshotEnv));
        agains.append(runChild(cli, snapshot, snapshotEnv));
        snapshotsOk = snapshotsOk && firsts.last().exitCode == 0 && agains.last().exitCode == 0;
    }
    const Finished exported = median(exports);
    std::printf("numdesk-cli export: %.2f s, exit %d, %lld CSV rows for %d numbers: %s\n",
                exported.seconds, exported.exitCode, rows, live,
                exported.err.trimmed().constData());
    std::printf("export runs: %s\n", secondsOf(exports).constData());
    const int defaultParallel = numdesk::ExportOptions().parallel; // the CLI's default too
    const double floor = pages * latency / 1000.0 / defaultParallel;
    std::printf("latency floor, %d pages x %d ms / %d in flight: %.2f s\n", pages, latency,
                defaultParallel, floor);
    std::printf("ratio export / latency floor: %.2f (target <= 1.3)\n",
                floor > 0 ? exported.seconds / floor : 0);
    const double cpu = medianCpu(exports);
    std::printf("numdesk-cli CPU, median of the runs: %.2f s, %.1f us per row (target <= 8); "
                "runs: %s us per row\n",
                cpu, rows > 0 ? cpu * 1e6 / double(rows) : 0,
                cpuPerRowOf(exports, rows).constData());
    const auto reportSnapshot = [&](const char *label, const QList<Finished> &runs) {
        const Finished run = median(runs);
        std::printf("numdesk-cli snapshot, %s: %.2f s, exit %d, CPU %.1f us per row: %s\n", label,
                    run.seconds, run.exitCode, live > 0 ? run.cpuSeconds * 1e6 / double(live) : 0,
                    run.err.trimmed().constData());
        std::printf("%s snapshot runs: %s\n", label, secondsOf(runs).constData());
        std::printf("ratio %s snapshot / export: %.2f (target <= 1.2)\n", label,
                    exported.seconds > 0 ? run.seconds / exported.seconds : 0);
    };
    reportSnapshot("first", firsts);
    reportSnapshot("unchanged", agains);
    bool sweepExact = true;
    for (const QString &parallel : sweep) {
        const auto [run, sweepRows] = exportWith(parallel.trimmed());
        sweepExact = sweepExact && run.exitCode == 0 && sweepRows == live;
        std::printf("parallel %2d: %.2f s, floor %.2f s, CPU %.1f us per row, exit %d\n",
                    parallel.toInt(), run.seconds, pages * latency / 1000.0 / parallel.toInt(),
                    sweepRows > 0 ? run.cpuSeconds * 1e6 / double(sweepRows) : 0, run.exitCode);
    }

    // 2. curl, the same pages one after another over one kept-alive connection.
    const qint64 pin = (QDateTime::currentMSecsSinceEpoch() + 999) / 1000;
    const QByteArray pinned = QUrl::toPercentEncoding(
        QDateTime::fromSecsSinceEpoch(pin, QTimeZone::utc()).toString("yyyy-MM-dd HH:mm:ss +0000"));
    QFile config(dir.filePath("curl.config"));
    if (!config.open(QIODevice::WriteOnly))
        return 1;
    config.write("silent\nfail\nheader = \"Authorization: Token " + demo.accessToken.toUtf8() +
                 "\"\n");
    for (int page = 1; page <= pages; ++page) {
        config.write("url = \"" + server.apiBaseUrl().toEncoded() + "phone_numbers?page=" +
                     QByteArray::number(page) + "&per_page=250&created_at_to=" + pinned +
                     "\"\noutput = \"" + dir.filePath("curl.json").toUtf8() + "\"\n");
    }
    config.close();
    const Finished fetched = runChild(curl, {"--config", config.fileName()}, env);
    std::printf("curl, %d pages in sequence: %.2f s, exit %d\n", pages, fetched.seconds,
                fetched.exitCode);
    const double ratio = fetched.seconds > 0 ? exported.seconds / fetched.seconds : 0;
    std::printf("ratio numdesk-cli / curl: %.2f (target <= 0.25)\n", ratio);
    return exported.exitCode == 0 && fetched.exitCode == 0 && rows == live && sweepExact &&
                   snapshotsOk
               ? 0
               : 1;
}
