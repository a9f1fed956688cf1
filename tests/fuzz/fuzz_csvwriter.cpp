// The CSV of an export. The first byte picks the writer's options; the rest is either cells
// (separated by 0x1F) that must read back exactly (RFC 4180) from one encoded row, or, when the
// first byte's high bit is set, a JSON record run through CsvRecordFormatter with every column.
#include "columncatalog.h"
#include "csvrecordformatter.h"
#include "csvrowwriter.h"
#include "fuzzsupport.h"
#include "responsedecoder.h"

using namespace numdesk;
using numdesk::fuzz::check;

namespace {

// A strict RFC 4180 reader for one record ending in CRLF; nullopt when the bytes are not one.
std::optional<QStringList> readRecord(const QString &line)
{
    QStringList cells;
    QString cell;
    qsizetype i = 0;
    const qsizetype end = line.size() - 2;
    if (end < 0 || line.mid(end) != QLatin1String("\r\n"))
        return std::nullopt;
    while (true) {
        cell.clear();
        if (i < end && line.at(i) == u'"') {
            ++i;
            while (true) {
                if (i >= end)
                    return std::nullopt; // unterminated quote
                if (line.at(i) == u'"') {
                    if (i + 1 < end && line.at(i + 1) == u'"') {
                        cell += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += line.at(i++);
            }
        } else {
            while (i < end && line.at(i) != u',') {
                const QChar c = line.at(i);
                if (c == u'"' || c == u'\r' || c == u'\n')
                    return std::nullopt; // must have been quoted
                cell += c;
                ++i;
            }
        }
        cells.append(cell);
        if (i == end)
            return cells;
        if (line.at(i) != u',')
            return std::nullopt;
        ++i;
    }
}

void checkRow(const CsvRowWriter &writer, const QStringList &cells)
{
    qint64 nuls = 0;
    const QByteArray bytes = writer.encodeRow(cells, &nuls);
    check(QString::fromUtf8(bytes).toUtf8() == bytes, "a row must be valid UTF-8");
    const std::optional<QStringList> back = readRecord(QString::fromUtf8(bytes));
    check(back.has_value(), "a row must be one RFC 4180 record", QString::fromUtf8(bytes));
    QStringList expected = cells;
    if (expected.isEmpty())
        expected.append(QString()); // no cells and one empty cell are the same line
    qint64 expectedNuls = 0;
    for (QString &cell : expected) { // NUL is never written, only counted (issue 19.7)
        expectedNuls += cell.count(QChar(0));
        cell.remove(QChar(0));
    }
    check(nuls == expectedNuls, "every NUL left out is counted", QString::fromUtf8(bytes));
    if (writer.options().spreadsheetSafe) {
        for (QString &cell : expected) {
            if (CsvRowWriter::looksLikeFormula(cell))
                cell.prepend(u'\'');
        }
    }
    check(*back == expected, "a row must read back exactly", QString::fromUtf8(bytes));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    CsvRowWriter::Options options;
    options.spreadsheetSafe = data[0] & 1;
    options.byteOrderMark = data[0] & 2;
    const CsvRowWriter writer(options);
    check(writer.preamble().size() == (options.byteOrderMark ? 3 : 0), "preamble");
    const QByteArray rest =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    if (!(data[0] & 0x80)) {
        checkRow(writer, QString::fromUtf8(rest).split(QChar(0x1F)));
        return 0;
    }
    const Result<PhoneNumber> number = decode::singleNumber(rest);
    if (!number.ok())
        return 0;
    QStringList columnKeys = columns::all();
    columnKeys += number.value().extra.keys(); // a column the catalog does not know yet
    const QTimeZone zone = (data[0] & 4) ? QTimeZone("Europe/Berlin") : QTimeZone();
    const CsvRecordFormatter formatter(columnKeys, zone);
    const QStringList cells = formatter.cells(number.value());
    check(cells.size() == columnKeys.size(), "one cell per column");
    checkRow(writer, formatter.header(CsvRecordFormatter::HeaderStyle::Labels));
    checkRow(writer, cells);
    return 0;
}
