#include "exportcommand.h"

#include "apidates.h"
#include "exitcode.h"
#include "exporttarget.h"
#include "filteroptions.h"
#include "interruptwatcher.h"
#include "terminal.h"

#include <QEventLoop>

namespace numdesk::cli {

QString ExportCommand::synopsis() const
{
    return tr("export --out FILE [filters] [--columns a,b,…] [--header keys|labels] "
              "[--parallel N] [--spreadsheet-safe] [--time-zone-convert]");
}

QString ExportCommand::description() const
{
    return tr("Writes every number that matches the filters to a CSV file (RFC 4180, UTF-8), "
              "exactly once each, even while numbers are bought or unrented. The set is the "
              "numbers that match when the export starts, to the second: a number bought later "
              "in the second the export starts in is included, one bought from the next second "
              "on is not. A number unrented, or moved out of the filters, before the export ends "
              "is left out; one moved into the filters is included. Exit status 3 when the "
              "numbers kept changing so that no read of the set could be verified (the file may "
              "then miss or repeat numbers). --out - writes to standard output; a named pipe or "
              "a device is written directly; a symbolic link or another user's file is refused. "
              "Ctrl+C cancels and leaves no file.");
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    FilterOptions::add(parser);
    parser.addOptions({
        {QStringLiteral("out"), tr("The CSV file to write; - for standard output."), tr("FILE")},
        {QStringLiteral("columns"), tr("Column keys to write, in order (default: all)."),
         tr("KEYS")},
        {QStringLiteral("header"), tr("Header row of column keys (default) or labels."),
         tr("keys|labels")},
        parallelOption(),
        {QStringLiteral("spreadsheet-safe"),
         tr("Prefix cells that begin with =, +, -, @ with ' so that spreadsheets do not run "
            "them (numbers then read '+1…).")},
        {QStringLiteral("time-zone-convert"),
         tr("Write timestamps in --time-zone instead of as the server sent them.")},
    });
}

bool ExportCommand::read(const QCommandLineParser &parser, QString *error)
{
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument '%1'.").arg(parser.positionalArguments().first());
        return false;
    }
    m_out = parser.value(QStringLiteral("out"));
    if (m_out.isEmpty()) {
        *error = tr("--out FILE is required.");
        return false;
    }
    const QString problem = ExportTarget::problem(m_out);
    if (!problem.isEmpty()) {
        //: %2 says why, e.g. "it is a symbolic link; name the file itself"
        *error = tr("--out: '%1': %2.").arg(m_out, problem);
        return false;
    }
    if (!FilterOptions::read(
            parser, [this] { return defaultCountry(); }, &m_options.filter, error))
        return false;
    if (parser.isSet(QStringLiteral("columns")) &&
        !FilterOptions::readColumns(parser.value(QStringLiteral("columns")), &m_options.columns,
                                    error))
        return false;
    const QString header = parser.value(QStringLiteral("header"));
    if (header == QLatin1String("labels")) {
        m_options.header = CsvRecordFormatter::HeaderStyle::Labels;
    } else if (!header.isEmpty() && header != QLatin1String("keys")) {
        *error = tr("--header must be keys or labels (found '%1').").arg(header);
        return false;
    }
    const std::optional<int> parallel = readParallel(parser, m_options.parallel, error);
    if (!parallel)
        return false;
    m_options.parallel = *parallel;
    m_options.spreadsheetSafe = parser.isSet(QStringLiteral("spreadsheet-safe"));
    if (parser.isSet(QStringLiteral("time-zone-convert"))) {
        if (m_options.filter.timeZone.isEmpty()) {
            *error = tr("--time-zone-convert needs --time-zone ZONE.");
            return false;
        }
        m_options.displayZone = dates::zoneForApiName(m_options.filter.timeZone);
    }
    return true;
}

int ExportCommand::run(const CommandContext &context)
{
    Terminal &terminal = *context.terminal;
    ExportJob job(context.client, m_out, m_options);
    InterruptWatcher interrupts;
    QEventLoop loop;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&job] { job.cancel(); });
    QObject::connect(&job, &ExportJob::progressChanged, &loop,
                     [&terminal](qint64 done, qint64 total, double rate, int secondsLeft) {
                         if (total >= 0 && secondsLeft >= 0)
                             terminal.progress(tr("%1 of %2 numbers · %3 rows/s · about %4 s left")
                                                   .arg(done)
                                                   .arg(total)
                                                   .arg(qRound(rate))
                                                   .arg(secondsLeft));
                         else
                             terminal.progress(
                                 tr("%1 numbers · %2 rows/s").arg(done).arg(qRound(rate)));
                     });
    QObject::connect(&job, &ExportJob::finished, &loop, &QEventLoop::quit);
    job.start();
    if (job.isRunning())
        loop.exec();
    terminal.endProgress();

    const ExportSummary &summary = job.summary();
    terminal.err(summary.message + QLatin1Char('\n'));
    switch (summary.outcome) {
    case ExportSummary::Outcome::Cancelled:
        return Incomplete;
    case ExportSummary::Outcome::Failed:
        return ApiFailure;
    case ExportSummary::Outcome::Completed:
        break;
    }
    return summary.verified ? Success : Incomplete;
}

} // namespace numdesk::cli
