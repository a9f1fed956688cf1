// bench_sandbox [--numbers N] [--db FILE] [--samples N]
// Builds a sandbox store (1,000,000 numbers by default; an existing complete FILE is reused),
// then measures list-page latency through real HTTP on loopback for several filter kinds
// (per_page 250, random pages) and prints p50/p95 per kind. "first ms" is the first request of
// a kind (nothing cached for it yet); "deep" kinds draw their pages from the last quarter only,
// where an OFFSET walk is longest. "cpu" is the process CPU time per request (server and
// client live in this process): on a shared machine it moves far less than the wall time.
#include "benchsupport.h"
#include "randomgenerator.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

using numdesk::sandbox::RandomGenerator;
using numdesk::sandbox::SandboxOptions;
using numdesk::sandbox::SandboxServer;

using numdesk::bench::argument;

namespace {

struct Kind
{
    const char *label;
    QByteArray query; // without page/per_page
    QByteArray path = "phone_numbers";
    double minDepth = 0; // pages are drawn from [minDepth * pages, pages]
};

struct Reply
{
    int status = 0;
    QByteArray body;
};

Reply fetch(QNetworkAccessManager &nam, const QUrl &base, const QByteArray &pathAndQuery)
{
    QNetworkRequest request(QUrl::fromEncoded(base.toEncoded() + pathAndQuery));
    request.setRawHeader("Authorization",
                         "Token " + SandboxServer::demoCredentials().accessToken.toUtf8());
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(qBound<qsizetype>(0, index, values.size() - 1));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int numbers =
        argument(args, QStringLiteral("--numbers"), QStringLiteral("1000000")).toInt();
    const int samples = argument(args, QStringLiteral("--samples"), QStringLiteral("40")).toInt();
    QTemporaryDir dir;
    SandboxOptions options;
    options.numbers = numbers;
    options.databasePath =
        argument(args, QStringLiteral("--db"), dir.filePath(QStringLiteral("bench.sqlite")));

    SandboxServer server(options);
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!server.start(0, &error)) {
        std::fprintf(stderr, "bench_sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("store: %d live numbers, %s in %.1f s (%s)\n", server.numberCount(),
                server.generatedData() ? "generated" : "reused", double(timer.elapsed()) / 1000.0,
                qPrintable(options.databasePath));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray from90 =
        QUrl::toPercentEncoding(now.addDays(-300).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                                QStringLiteral(" +0000"));
    const QByteArray to90 =
        QUrl::toPercentEncoding(now.addDays(-210).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                                QStringLiteral(" +0000"));
    const QByteArray lastCall =
        QUrl::toPercentEncoding(now.addDays(-30).date().toString(Qt::ISODate));
    const QList<Kind> kinds = {
        {"unfiltered", ""},
        {"offer_id", "offer_id=103"},
        {"traffic_source+pool", "traffic_source_id=1002592&ring_pool_id=42"},
        {"created_at 90 days", "created_at_from=" + from90 + "&created_at_to=" + to90},
        {"last_call 30d+offer", "last_call_at_from=" + lastCall + "&offer_id=101"},
        {"number (exact)", "number=%2B441224980000"},
        {"fulltext name", "fulltext=m%C3%BCller"},
        {"fulltext digits", "fulltext=1224%2098"},
        {"all filters", "offer_id=100&provider_configuration_id=150&created_at_from=" + from90 +
                            "&last_call_at_from=2000-01-01&fulltext=a"},
        {"unfiltered deep", "", "phone_numbers", 0.75},
        {"offer_id deep", "offer_id=103", "phone_numbers", 0.75},
        {"created_at 90d deep", "created_at_from=" + from90 + "&created_at_to=" + to90,
         "phone_numbers", 0.75},
        {"fulltext name deep", "fulltext=m%C3%BCller", "phone_numbers", 0.75},
        {"all filters deep",
         "offer_id=100&provider_configuration_id=150&created_at_from=" + from90 +
             "&last_call_at_from=2000-01-01&fulltext=a",
         "phone_numbers", 0.75},
        {"unfiltered csv", "", "phone_numbers.csv"},
        {"offers lookup", "", "offers"},
    };

    QNetworkAccessManager nam;
    RandomGenerator random(2024);
    std::printf("\n%-22s %10s %8s %9s %9s %9s %9s %9s %9s\n", "kind", "matches", "pages",
                "first ms", "p50 ms", "p95 ms", "max ms", "cpu p50", "cpu p95");
    for (const Kind &kind : kinds) {
        const QByteArray separator = kind.query.isEmpty() ? "" : "&";
        QElapsedTimer firstTimer;
        firstTimer.start();
        const Reply first =
            fetch(nam, server.apiBaseUrl(), kind.path + "?per_page=250" + separator + kind.query);
        const double firstMs = double(firstTimer.nsecsElapsed()) / 1e6;
        const QJsonObject metadata = QJsonDocument::fromJson(first.body)
                                         .object()
                                         .value(QLatin1String("metadata"))
                                         .toObject();
        const qint64 total = metadata.value(QLatin1String("total_count")).toInteger(-1);
        const qint64 pages =
            total < 0 ? qint64(numbers + 249) / 250
                      : qMax<qint64>(1, metadata.value(QLatin1String("total_pages")).toInteger());
        QList<double> times;
        QList<double> cpuTimes;
        int failures = first.status == 200 ? 0 : 1;
        for (int i = 0; i < samples; ++i) {
            const auto skipped = qint64(kind.minDepth * double(pages));
            const qint64 page = 1 + skipped + qint64(random.bounded(quint64(pages - skipped)));
            QElapsedTimer t;
            t.start();
            const double cpuStart = processCpuMs();
            const Reply reply = fetch(nam, server.apiBaseUrl(),
                                      kind.path + "?per_page=250&page=" + QByteArray::number(page) +
                                          separator + kind.query);
            times.append(double(t.nsecsElapsed()) / 1e6);
            cpuTimes.append(processCpuMs() - cpuStart);
            failures += reply.status == 200 ? 0 : 1;
        }
        std::printf("%-22s %10lld %8lld %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f%s\n", kind.label, total,
                    pages, firstMs, percentile(times, 0.5), percentile(times, 0.95),
                    *std::max_element(times.begin(), times.end()), percentile(cpuTimes, 0.5),
                    percentile(cpuTimes, 0.95),
                    failures ? qPrintable(QStringLiteral("  (%1 failed)").arg(failures)) : "");
        std::fflush(stdout);
    }
    return 0;
}
