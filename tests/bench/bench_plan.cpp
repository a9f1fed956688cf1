// bench_plan [--numbers N] [--rows N] [--latency MS] [--db FILE]
// The preview of a plan file (issue 17): a sandbox of 20,000 numbers with 20 ms injected
// latency, a plan of 10,000 rows (every row names its number, half by id and half by number,
// with a pool by name and token values), previewed in process by PlanPreview (lookups
// included). Prints the time (target < 10 s) and the classes; then a 50-row plan, which reads
// its numbers one by one.
#include "apiclient.h"
#include "benchsupport.h"
#include "lookupcache.h"
#include "pagedqueryreader.h"
#include "planfile.h"
#include "planpreview.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using numdesk::sandbox::FaultSettings;
using numdesk::sandbox::SandboxOptions;
using numdesk::sandbox::SandboxServer;
using namespace numdesk;
using numdesk::bench::argument;
using numdesk::bench::waitUntil;

namespace {

QByteArray planOf(const QList<PhoneNumber> &numbers, int rows)
{
    QByteArray plan = "id,number,ring_pool,token_values\n";
    for (int i = 0; i < rows && i < numbers.size(); ++i) {
        const PhoneNumber &n = numbers.at(i);
        if (i % 2 == 0)
            plan += QByteArray::number(*n.id) + ",,";
        else
            plan += "," + n.number.toUtf8() + ",";
        plan += (i % 3 == 0 ? "Main Pool" : "none");
        plan += (i % 4 == 0 ? ",state:tx; age:>21\n" : ",\n");
    }
    return plan;
}

void preview(ApiClient *client, const QByteArray &plan, const char *what)
{
    const PlanFile::Parsed parsed = PlanFile::read(plan, QStringLiteral("US"));
    LookupCache lookups(client);
    PlanPreview preview(client, &lookups);
    QElapsedTimer clock;
    clock.start();
    preview.start(parsed.rows);
    waitUntil([&] { return !preview.isRunning(); }, 600000);
    const double seconds = clock.elapsed() / 1000.0;
    std::printf(
        "%-36s %8.2f s  (%s; %s)%s\n", what, seconds,
        preview.readWholeAccount() ? "whole account read" : "one GET per number",
        qPrintable(PlanPreview::summary(preview.counts())),
        preview.error() ? qPrintable(QStringLiteral(" ERROR ") + preview.error()->fullText()) : "");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int numbers = argument(args, "--numbers", "20000").toInt();
    const int rows = argument(args, "--rows", "10000").toInt();
    const int latency = argument(args, "--latency", "20").toInt();
    QTemporaryDir dir;
    SandboxOptions options;
    options.numbers = numbers;
    options.databasePath = argument(args, "--db", dir.filePath("bench_plan.sqlite"));
    SandboxServer server(options);
    QString error;
    if (!server.start(0, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    Account account;
    account.apiBase = server.apiBaseUrl();
    account.credentials.method = AuthMethod::Basic;
    account.credentials.publicKey = SandboxServer::demoCredentials().publicKey;
    account.credentials.privateKey = SandboxServer::demoCredentials().privateKey;
    ApiClient client(account);

    // The numbers the plan names, read before the latency is switched on.
    QList<PhoneNumber> all;
    PagedQueryReader::Options read;
    read.columns = {QStringLiteral("id"), QStringLiteral("number")};
    PagedQueryReader reader(&client, read);
    QObject::connect(&reader, &PagedQueryReader::rowsReady,
                     [&all](const QList<PhoneNumber> &page) { all += page; });
    reader.start();
    waitUntil([&] { return !reader.isRunning(); }, 600000);
    std::printf("sandbox: %d numbers, %d ms latency; plan of %d rows\n", server.numberCount(),
                latency, qMin(rows, int(all.size())));

    FaultSettings faults;
    faults.latencyMs = latency;
    server.setFaults(faults);
    preview(&client, planOf(all, rows), "plan preview, 10,000 rows:");
    preview(&client, planOf(all, 50), "plan preview, 50 rows:");
    return 0;
}
