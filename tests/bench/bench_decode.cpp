// bench_decode [--seconds S]
// Decode rate of a 250-row page as the sandbox sends it (every column): the client's decoder
// (decode::numberPage: simdjson straight into PhoneNumber) next to a plain
// QJsonDocument::fromJson of the same bytes and to the general QJsonDocument decoder it replaced
// on this path (decode::numberPageGeneral), in the same run. Prints its figures; not a ctest test.
#include "benchsupport.h"
#include "responsedecoder.h"
#include "sandboxserver.h"
#include "simdpagedecoder.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>

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

    qint64 sink = 0;
    int decodeRuns = 0;
    int parseRuns = 0;
    const double decodeUs = timePerRun(
        seconds, [&] { sink += decode::numberPage(body).value().numbers.size(); }, &decodeRuns);
    const double parseUs = timePerRun(
        seconds, [&] { sink += QJsonDocument::fromJson(body).object().size(); }, &parseRuns);
    int generalRuns = 0;
    const double generalUs = timePerRun(
        seconds, [&] { sink += decode::numberPageGeneral(body).value().numbers.size(); },
        &generalRuns);
    std::printf("%-44s %14s\n", "decode a 250-row page", "value");
    std::printf("%-44s %14lld\n", "page size (bytes)", qint64(body.size()));
    std::printf("%-44s %14.2f\n", "decode::numberPage (ms/page)", decodeUs / 1000);
    std::printf("%-44s %14.2f\n", "QJsonDocument::fromJson (ms/page)", parseUs / 1000);
    std::printf("%-44s %14.2f\n", "QJsonDocument decoder, before (ms/page)", generalUs / 1000);
    std::printf("%-44s %14.2f\n", "ratio decode / plain parse", decodeUs / parseUs);
    std::printf("%-44s %14.2f\n", "ratio before / plain parse", generalUs / parseUs);
    std::printf("%-44s %14.0f\n", "decoded rows per second", 250 / (decodeUs / 1e6));
    std::printf("(%d, %d and %d runs; sink %lld)\n", decodeRuns, parseRuns, generalRuns, sink);
    return 0;
}
