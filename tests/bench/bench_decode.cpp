// bench_decode [--seconds S]
// Decode rate of a 250-row page as the sandbox sends it (every column): the client's decoder
// (decode::numberPage: simdjson straight into PhoneNumber) next to a plain
// QJsonDocument::fromJson of the same bytes and to the general QJsonDocument decoder it replaced
// on this path (decode::numberPageGeneral), in the same run: in turn, ten rounds, medians.
// Prints its figures; not a ctest test.
#include "benchsupport.h"
#include "responsedecoder.h"
#include "sandboxserver.h"
#include "simdpagedecoder.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace numdesk;
using numdesk::bench::argument;

namespace {

// Runs `step` for about `seconds` and returns the time of one run in microseconds.
template<class Step> double timePerRun(double seconds, Step step, int *runs)
{
    QElapsedTimer clock;
    clock.start();
    int n = 0;
    while (clock.nsecsElapsed() < qint64(seconds * 1e9)) {
        step();
        ++n;
    }
    *runs = n;
    return double(clock.nsecsElapsed()) / 1e3 / n;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds =
        argument(QCoreApplication::arguments(), QStringLiteral("--seconds"), QStringLiteral("2"))
            .toDouble();
    sandbox::SandboxOptions options; // in memory
    options.numbers = 1000;
    sandbox::SandboxServer server(options);
    QString error;
    if (!server.start(0, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager nam;
    QNetworkRequest request(
        server.apiBaseUrl().resolved(QUrl(QStringLiteral("phone_numbers?per_page=250&page=2"))));
    request.setRawHeader("Authorization",
                         "Token " + sandbox::SandboxServer::demoCredentials().accessToken.toUtf8());
    QNetworkReply *reply = nam.get(request);
    bench::waitUntil([reply] { return reply->isFinished(); }, 30000);
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    const Result<NumberPage> check = decode::numberPage(body);
    if (!check.ok() || check.value().numbers.size() != 250) {
        std::fprintf(stderr, "bench_decode: no 250-row page (%lld bytes)\n", qint64(body.size()));
        return 1;
    }
    if (!SimdPageDecoder::decode(body)) {
        std::fprintf(stderr, "bench_decode: simdjson declined the sandbox's page\n");
        return 1;
    }

    // The three in turn, ten rounds of a tenth of the time each, and the median of each: on a
    // shared machine a slow spell then falls on all three alike, not on one of them.
    qint64 sink = 0;
    int decodeRuns = 0;
    int parseRuns = 0;
    int generalRuns = 0;
    constexpr int kRounds = 10;
    std::vector<double> decodeTimes, parseTimes, generalTimes;
    for (int round = 0; round < kRounds; ++round) {
        int runs = 0;
        decodeTimes.push_back(timePerRun(
            seconds / kRounds, [&] { sink += decode::numberPage(body).value().numbers.size(); },
            &runs));
        decodeRuns += runs;
        parseTimes.push_back(timePerRun(
            seconds / kRounds, [&] { sink += QJsonDocument::fromJson(body).object().size(); },
            &runs));
        parseRuns += runs;
        generalTimes.push_back(timePerRun(
            seconds / kRounds,
            [&] { sink += decode::numberPageGeneral(body).value().numbers.size(); }, &runs));
        generalRuns += runs;
    }
    const double decodeUs = median(decodeTimes);
    const double parseUs = median(parseTimes);
    const double generalUs = median(generalTimes);
    std::printf("%-44s %14s\n", "decode a 250-row page", "value");
    std::printf("%-44s %14lld\n", "page size (bytes)", qint64(body.size()));
    std::printf("%-44s %14.2f\n", "decode::numberPage (ms/page)", decodeUs / 1000);
    std::printf("%-44s %14.2f\n", "QJsonDocument::fromJson (ms/page)", parseUs / 1000);
    std::printf("%-44s %14.2f\n", "QJsonDocument decoder, before (ms/page)", generalUs / 1000);
    std::printf("%-44s %14.2f\n", "ratio decode / plain parse", decodeUs / parseUs);
    std::printf("%-44s %14.2f\n", "ratio before / plain parse", generalUs / parseUs);
    std::printf("%-44s %14.0f\n", "decoded rows per second", 250 / (decodeUs / 1e6));
    std::printf("(%d, %d and %d runs in %d rounds, medians; sink %lld)\n", decodeRuns, parseRuns,
                generalRuns, kRounds, sink);
    return 0;
}
