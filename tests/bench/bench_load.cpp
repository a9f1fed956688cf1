// bench_load [--clients N] [--numbers N] [--parallel N] [--db FILE] [--cli PATH]
// Load on the sandbox: N numdesk-cli processes (8 by default) export every number of a
// 100,000-number store at once, each with its own pages in flight. Meanwhile a probe asks for a
// one-row page every 250 ms, as a ninth client would, and a 5 ms heartbeat watches the sandbox's
// event loop. Prints whether every export came out complete and exact, the times, the probe's
// latency and the longest stall. Not a ctest test.
#include "benchsupport.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace numdesk::sandbox;
using numdesk::bench::argument;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(p * double(values.size()))));
}

qint64 csvRecords(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().count("\r\n") : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int clients = argument(args, QStringLiteral("--clients"), QStringLiteral("8")).toInt();
    const int numbers =
        argument(args, QStringLiteral("--numbers"), QStringLiteral("100000")).toInt();
    const QString parallel = argument(args, QStringLiteral("--parallel"), QStringLiteral("4"));
    const QString cli = argument(args, QStringLiteral("--cli"), QStringLiteral(NUMDESK_CLI_PATH));
    QTemporaryDir dir;
    SandboxOptions options;
    options.numbers = numbers;
    options.databasePath =
        argument(args, QStringLiteral("--db"), dir.filePath(QStringLiteral("load.sqlite")));
    SandboxServer server(options);
    QElapsedTimer clock;
    clock.start();
    QString error;
    if (!server.start(0, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const int live = server.numberCount();
    std::printf("sandbox: %d numbers (%s in %.1f s), %d clients exporting at once\n", live,
                server.generatedData() ? "generated" : "reused", clock.elapsed() / 1000.0, clients);
    std::fflush(stdout);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NUMDESK_TOKEN"), SandboxServer::demoCredentials().accessToken);
    struct Client
    {
        std::unique_ptr<QProcess> process;
        QString out;
        double seconds = -1;
        int exitCode = -1;
    };
    std::vector<Client> running(size_t(std::max(0, clients)));
    numdesk::bench::Heartbeat heartbeat;
    heartbeat.start();
    clock.restart();
    for (int i = 0; i < clients; ++i) {
        Client &c = running[size_t(i)];
        c.out = dir.filePath(QStringLiteral("export-%1.csv").arg(i));
        c.process = std::make_unique<QProcess>();
        c.process->setProgram(cli);
        c.process->setArguments({QStringLiteral("--base-url"), server.apiBaseUrl().toString(),
                                 QStringLiteral("--auth"), QStringLiteral("token"),
                                 QStringLiteral("export"), QStringLiteral("--out"), c.out,
                                 QStringLiteral("--parallel"), parallel});
        c.process->setProcessEnvironment(env);
        c.process->setStandardInputFile(QProcess::nullDevice());
        c.process->setStandardOutputFile(QProcess::nullDevice());
        QObject::connect(c.process.get(), &QProcess::finished,
                         [&c, &clock](int code, QProcess::ExitStatus s) {
                             c.seconds = clock.elapsed() / 1000.0;
                             c.exitCode = s == QProcess::NormalExit ? code : -1;
                         });
        c.process->start();
    }

    // The probe: a one-row page every 250 ms while the exports run.
    QNetworkAccessManager nam;
    QList<double> probeMs;
    int probeFailures = 0;
    QTimer probe;
    probe.setInterval(250);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        QNetworkRequest request(server.apiBaseUrl().resolved(
            QUrl(QStringLiteral("phone_numbers?per_page=1&page=%1").arg(1 + probeMs.size()))));
        request.setRawHeader("Authorization",
                             "Token " + SandboxServer::demoCredentials().accessToken.toUtf8());
        request.setTransferTimeout(60000);
        QNetworkReply *reply = nam.get(request);
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, started] {
            probeMs.append(double(started->nsecsElapsed()) / 1e6);
            probeFailures += reply->error() == QNetworkReply::NoError ? 0 : 1;
            reply->deleteLater();
        });
    });
    probe.start();
    const bool allDone = numdesk::bench::waitUntil(
        [&] {
            return std::all_of(running.begin(), running.end(),
                               [](const Client &c) { return c.seconds >= 0; });
        },
        600000);
    probe.stop();
    const double wall = clock.elapsed() / 1000.0;
    const double stallMs = heartbeat.maxGapMs();

    QList<double> times;
    int exact = 0;
    for (Client &c : running) {
        if (c.seconds < 0)
            c.process->kill();
        const qint64 records = csvRecords(c.out);
        const bool ok = c.exitCode == 0 && records == live + 1;
        exact += ok ? 1 : 0;
        times.append(c.seconds);
        if (!ok)
            std::fprintf(stderr, "client: exit %d, %lld records: %s\n", c.exitCode, records,
                         c.process->readAllStandardError().trimmed().constData());
    }
    std::printf("%-44s %14s\n", "load (sandbox, clients at once)", "value");
    std::printf("%-44s %14d\n", "clients", clients);
    std::printf("%-44s %11d/%d\n", "exports complete and exact", exact, clients);
    std::printf("%-44s %14.1f\n", "all exports done (s)", wall);
    std::printf("%-44s %14.1f\n", "fastest client (s)", percentile(times, 0));
    std::printf("%-44s %14.1f\n", "slowest client (s)", percentile(times, 1));
    std::printf("%-44s %14.0f\n", "rows per second, all clients", double(live) * exact / wall);
    std::printf("%-44s %14.1f\n", "probe page p50 (ms)", percentile(probeMs, 0.5));
    std::printf("%-44s %14.1f\n", "probe page p95 (ms)", percentile(probeMs, 0.95));
    std::printf("%-44s %14d\n", "probe failures", probeFailures);
    std::printf("%-44s %14.1f\n", "sandbox longest event-loop stall (ms)", stallMs);
    std::printf("%-44s %14.1f\n", "sandbox peak RSS (MiB)",
                double(numdesk::bench::statusKiB("VmHWM:")) / 1024);
    return allDone && exact == clients ? 0 : 1;
}
