#pragma once

#include "csvrecordformatter.h"
#include "csvrowwriter.h"
#include "exportspool.h"
#include "exporttarget.h"
#include "pagedqueryreader.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace numdesk {

class ApiClient;
class LookupCache;

struct ExportOptions
{
    NumberFilter filter;
    QStringList columns; // in file order; empty: every documented column (columns::all())
    CsvRecordFormatter::HeaderStyle header = CsvRecordFormatter::HeaderStyle::Keys;
    QTimeZone displayZone; // invalid: timestamps exactly as the API sent them
    bool spreadsheetSafe = false;
    // Set: offer, traffic source, pool and provider ids and countries written as names, as the
    // table shows them (the lookups must outlive the job).
    const LookupCache *names = nullptr;
    bool byteOrderMark = false;
    int parallel = PagedQueryReader::kDefaultParallel; // pages in flight
    int perPage = 250;                                 // asked for; the server's cap wins
    bool pinCreatedAt = true;
    std::function<qint64()> clock; // the reader's clock (PagedQueryReader::Options::clock)
};

// What an export did, for a dialog or a terminal.
struct ExportSummary
{
    enum class Outcome
    {
        Completed,
        Cancelled,
        Failed
    };
    Outcome outcome = Outcome::Completed;
    QString filePath;
    qint64 rowsWritten = 0;
    qint64 duplicatesDropped = 0;
    qint64 nulsDropped = 0;    // NUL characters the server sent in texts, left out of the file
    qint64 expectedRows = -1;  // total_count of the first page read; -1 when the server sent none
    qint64 leftDuringRun = 0;  // read, but no longer in the query at the end: left out of the
                               // file when verified
    qint64 addedDuringRun = 0; // found by a second read of the set
    bool setChanged = false;   // numbers entered or left the query while it was exported
    bool verified = false;     // the file holds every number of a consistent read of the set
    QDateTime pinnedTo;        // numbers created after this were not asked for; invalid: not pinned
    double seconds = 0;
    std::optional<ApiError> error;
    QString message; // one or two human sentences saying all of the above

    bool isComplete() const { return outcome == Outcome::Completed && verified; }
};

// Writes every row of a query (not only the loaded ones) to a CSV file: the chosen columns in
// the chosen order under a header row, several pages in flight and written in order (see
// PagedQueryReader for how it stays exact while numbers are bought or unrented). Rows wait in
// an ExportSpool until the read is over, so that when the reader verified the set, rows that
// left it meanwhile are left out: the file holds exactly the final consistent read. The target
// is checked and opened by ExportTarget: a file is written into a temporary file beside it and
// renamed over it at the end (a cancelled or failed export leaves no file and does not touch an
// existing one); "-", a pipe or a device is written only once the read is over.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    ExportJob(ApiClient *client, QString filePath, ExportOptions options,
              QObject *parent = nullptr);
    ~ExportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const ExportSummary &summary() const { return m_summary; }
    const ExportOptions &options() const { return m_options; }
    QStringList fileColumns() const;

signals:
    // total is -1 when unknown; secondsLeft is -1 until a rate is known.
    void progressChanged(qint64 rowsDone, qint64 total, double rowsPerSecond, int secondsLeft);
    void finished(const numdesk::ExportSummary &summary);

private:
    void writeRows(const QList<PhoneNumber> &rows);
    void onProgress(qint64 rowsDone, qint64 total);
    void onReaderFinished(const PagedQueryReader::Outcome &outcome);
    void finish(ExportSummary::Outcome outcome, std::optional<ApiError> error = std::nullopt,
                const QString &fileError = {});
    bool write(const QByteArray &bytes);
    bool writeHeader();
    void commit();
    QString describe(const PagedQueryReader::Outcome *outcome, const QString &fileError) const;

    ApiClient *m_client;
    QString m_filePath;
    ExportOptions m_options;
    CsvRecordFormatter m_formatter;
    CsvRowWriter m_writer;
    std::unique_ptr<ExportTarget> m_target;
    std::unique_ptr<ExportSpool> m_spool;
    PagedQueryReader *m_reader = nullptr;
    // A file is written as the rows come (into its temporary file, renamed into place once the
    // set is known), and the spool keeps each row's key and length: at the end the file is only
    // committed, unless rows that left the set are to be dropped; then the rows kept are copied
    // from it into a new one. A pipe or a device gets nothing before the end: the spool keeps
    // its rows, written then.
    bool m_writesAsItGoes = false;
    qint64 m_headerBytes = 0; // the byte order mark and the header row, before the rows
    QByteArray m_rows;        // a page's rows as the file gets them
    QElapsedTimer m_clock;
    ExportSummary m_summary;
    bool m_running = false;
};

} // namespace numdesk
