#include "historycommand.h"

#include "batchhistory.h"
#include "batchprinter.h"
#include "exitcode.h"
#include "journal.h"
#include "terminal.h"

namespace numdesk::cli {

QString HistoryCommand::synopsis() const
{
    return tr("history [--format table|json]");
}

QString HistoryCommand::description() const
{
    return tr("Lists the batches of the activity journal, newest first: applied plans, undos, "
              "edits, purchases and unrents made here or in the window, with their id (for "
              "'undo'), time, account and counts.");
}

void HistoryCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"), tr("table (default) or json."), tr("FORMAT")});
}

bool HistoryCommand::read(const QCommandLineParser &parser, QString *error)
{
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument '%1'.").arg(parser.positionalArguments().first());
        return false;
    }
    if (parser.isSet(QStringLiteral("format"))) {
        const auto format = OutputFormatter::formatFromName(parser.value(QStringLiteral("format")));
        if (!format || *format == OutputFormatter::Format::Csv) {
            *error = tr("--format must be table or json.");
            return false;
        }
        m_format = *format;
    }
    return true;
}

int HistoryCommand::run(const CommandContext &context)
{
    Journal journal(Journal::defaultPath());
    QString error;
    if (!journal.load(&error)) {
        context.terminal->err(tr("history: %1\n").arg(error));
        return ApiFailure;
    }
    context.terminal->outBytes(BatchPrinter::batches(BatchHistory::of(journal), m_format));
    return Success;
}

} // namespace numdesk::cli
