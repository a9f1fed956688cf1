#include "exportcommand.h"

#include "apidates.h"
#include "exitcode.h"
#include "filteroptions.h"
#include "interruptwatcher.h"
#include "terminal.h"

#include <QEventLoop>
#include <QFileInfo>

namespace numdesk::cli {

QString ExportCommand::synopsis() const
{
    return tr("export --out FILE [filters] [--columns a,b,…] [--header keys|labels] "
              "[--parallel N] [--spreadsheet-safe] [--time-zone-convert]");
}

QString ExportCommand::description() const
{
    return tr("Writes every number that matches the filters to a CSV file (RFC 4180, UTF-8), "
              "exactly once each, even while numbers are bought or unrented. Ctrl+C cancels "
              "and leaves no file.");
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    FilterOptions::add(parser);
    parser.addOptions({
        {QStringLiteral("out"), tr("The CSV file to write."), tr("FILE")},
        {QStringLiteral("columns"), tr("Column keys to write, in order (default: all)."),
         tr("KEYS")},
        {QStringLiteral("header"), tr("Header row of column keys (default) or labels."),
         tr("keys|labels")},
        {QStringLiteral("parallel"), tr("Pages in flight at once, 1 to 16 (default 4)."), tr("N")},
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
    const QFileInfo target(m_out);
    if (target.isDir()) {
        *error = tr("--out: '%1' is a folder.").arg(m_out);
        return false;
    }
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        *error = tr("--out: cannot write in '%1'.").arg(target.absolutePath());
        return false;
    }
    if (!FilterOptions::read(parser, defaultCountry(), &m_options.filter, error))
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
    if (parser.isSet(QStringLiteral("parallel"))) {
        bool ok = false;
        m_options.parallel = parser.value(QStringLiteral("parallel")).toInt(&ok);
        if (!ok || m_options.parallel < 1 || m_options.parallel > 16) {
            *error = tr("--parallel needs a whole number from 1 to 16 (found '%1').")
                         .arg(parser.value(QStringLiteral("parallel")));
            return false;
        }
    }
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
