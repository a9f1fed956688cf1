// bench_csv [--rows N]
// CSV write rate of an export: records decoded as the API sends them, written as an export
// writes them (CsvRecordFormatter::appendRow, straight to bytes), every column and three
// columns, into memory and through a file; next to the list of cells encoded by
// CsvRowWriter::encodeRow (the export's way before, still the CLI's for small outputs) in the
// same run. Prints its figures; not a ctest test.
#include "benchsupport.h"
#include "columncatalog.h"
#include "csvrecordformatter.h"
#include "csvrowwriter.h"
#include "responsedecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace numdesk;
using numdesk::bench::argument;

namespace {

// A record as the sandbox sends it, with a name that needs quoting in every fourth row.
QList<PhoneNumber> makeRecords(int count)
{
    QList<PhoneNumber> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QByteArray id = QByteArray::number(1000000 + i);
        const QByteArray name = i % 4 == 0 ? R"(Aberdeen, \"VIP\" l\u00ednea)" : "Aberdeen line";
        const QByteArray json =
            R"({"id":)" + id + R"(,"number":"+4412249)" + id.right(5) +
            R"(","human_number":"01224 9)" + id.right(5) + R"(","name":")" + name +
            R"(","offer_id":100,"traffic_source_id":null,"ring_pool_id":7,)"
            R"("provider_configuration_id":150,"token_values":["interest:auto","geo:!=800"],)"
            R"("created_at":"2023-12-11T11:49:32.495-05:00",)"
            R"("updated_at":"2024-01-02T08:00:00.000-05:00","last_call_at":null,)"
            R"("country":"GB","toll_free":false,"enabled":true})";
        auto decoded = decode::singleNumber(json);
        if (!decoded.ok()) {
            std::fprintf(stderr, "bench_csv: %s\n", qPrintable(decoded.error().message));
            std::exit(1);
        }
        records.append(decoded.value());
    }
    return records;
}

struct Rate
{
    double seconds = 0;
    qint64 bytes = 0;
};

Rate writeAll(const QList<PhoneNumber> &records, const QStringList &columns, QIODevice *device,
              bool byCells = false)
{
    const CsvRecordFormatter formatter(columns);
    const CsvRowWriter writer;
    QByteArray buffer;
    Rate rate;
    QElapsedTimer clock;
    clock.start();
    buffer += writer.encodeRow(formatter.header(CsvRecordFormatter::HeaderStyle::Keys));
    for (const PhoneNumber &record : records) {
        if (byCells)
            buffer += writer.encodeRow(formatter.cells(record));
        else
            formatter.appendRow(record, writer, &buffer);
        if (buffer.size() >= 256 * 1024) { // as ExportJob writes: in page-sized pieces
            rate.bytes += buffer.size();
            if (device)
                device->write(buffer);
            buffer.clear();
        }
    }
    rate.bytes += buffer.size();
    if (device) {
        device->write(buffer);
        device->close();
    }
    rate.seconds = double(clock.nsecsElapsed()) / 1e9;
    return rate;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows =
        argument(QCoreApplication::arguments(), QStringLiteral("--rows"), QStringLiteral("200000"))
            .toInt();
    const QList<PhoneNumber> records = makeRecords(rows);
    const QStringList all = columns::all();
    const QStringList three = {QStringLiteral("id"), QStringLiteral("number"),
                               QStringLiteral("offer_id")};
    QTemporaryDir dir;

    std::printf("%-44s %14s %10s\n", "CSV write", "rows/s", "MB/s");
    auto report = [](const char *label, const Rate &rate, int count) {
        std::printf("%-44s %14.0f %10.1f\n", label, count / rate.seconds,
                    double(rate.bytes) / 1e6 / rate.seconds);
    };
    report("all columns, in memory", writeAll(records, all, nullptr), rows);
    report("3 columns, in memory", writeAll(records, three, nullptr), rows);
    QFile file(dir.filePath(QStringLiteral("bench.csv")));
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    report("all columns, to a file", writeAll(records, all, &file), rows);
    report("all columns, in memory, by cells (before)", writeAll(records, all, nullptr, true),
           rows);
    report("3 columns, in memory, by cells (before)", writeAll(records, three, nullptr, true),
           rows);
    std::printf("(%d rows, %lld columns in all)\n", rows, qint64(all.size()));
    return 0;
}
