#include "applycommand.h"

#include "apiclient.h"
#include "batchprinter.h"
#include "batchrun.h"
#include "exitcode.h"
#include "journal.h"
#include "lookupcache.h"
#include "planfile.h"
#include "planpreview.h"
#include "terminal.h"

#include <QEventLoop>

namespace numdesk::cli {

QString ApplyCommand::synopsis() const
{
    return tr("apply FILE.csv [--dry-run] [--skip-invalid] [--yes] [--format table|csv|json]");
}

QString ApplyCommand::description() const
{
    return tr("Changes many numbers from a plan file: CSV with a header, one row per number "
              "(id or number), columns offer, traffic_source, ring_pool (name or id; empty "
              "leaves it, none clears it), token_values (k:v; k2:v2 or none) and action (update "
              "or unrent). Every row is first checked against a fresh read of the account; "
              "--dry-run prints that preview and sends nothing. Only changed fields are sent, as "
              "one batch of the journal that 'undo' can take back. A plan with invalid, "
              "ambiguous or duplicate rows is refused unless --skip-invalid. Without a terminal "
              "a plan with changes needs --yes. Prints 'Batch <id>' when it sent anything. Exit "
              "status 0 all done, 1 some failed, 2 invalid plan, 3 cancelled.");
}

void ApplyCommand::addOptions(QCommandLineParser &parser)
{
    BatchRun::addOptions(parser, tr("Print the preview; send nothing."));
    parser.addOption({QStringLiteral("skip-invalid"),
                      tr("Apply the other rows of a plan with invalid, ambiguous or duplicate "
                         "rows.")});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file (CSV)."),
                                 tr("FILE.csv"));
}

bool ApplyCommand::read(const QCommandLineParser &parser, QString *error)
{
    m_skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    return BatchRun::readOptions(parser, tr("give exactly one plan file."), &m_options, error);
}

int ApplyCommand::run(const CommandContext &context)
{
    Terminal &terminal = *context.terminal;
    const PlanFile::Parsed plan = PlanFile::readFile(m_options.argument, defaultCountry());
    if (!plan.ok()) {
        terminal.err(tr("apply: %1: %2\n").arg(m_options.argument, plan.error));
        return UsageError;
    }
    LookupCache lookups(context.client);
    PlanPreview preview(context.client, &lookups);
    QEventLoop loop;
    QObject::connect(&preview, &PlanPreview::finished, &loop, &QEventLoop::quit);
    QObject::connect(&preview, &PlanPreview::progressChanged, &loop,
                     [&terminal](int done, int total) {
                         terminal.progress(tr("Reading numbers: %1 of %2").arg(done).arg(total));
                     });
    preview.start(plan.rows);
    if (preview.isRunning())
        loop.exec();
    terminal.endProgress();
    if (preview.error()) {
        terminal.err(tr("apply: the numbers could not be read: %1 Nothing was sent.\n")
                         .arg(preview.error()->fullText()));
        return ApiFailure;
    }
    const QList<PlanPreviewRow> &rows = preview.rows();
    const PlanPreview::Counts counts = preview.counts();
    using Class = PlanPreviewRow::Class;
    const int refused = counts.value(Class::Invalid) + counts.value(Class::Ambiguous) +
                        counts.value(Class::Duplicate);
    if (m_options.dryRun) {
        terminal.outBytes(BatchPrinter::preview(rows, m_options.format));
        terminal.err(PlanPreview::summary(counts) + QLatin1Char('\n'));
        return refused > 0 && !m_skipInvalid ? UsageError : Success;
    }
    terminal.err(PlanPreview::summary(counts) + QLatin1Char('\n'));
    if (refused > 0 && !m_skipInvalid) {
        for (const PlanPreviewRow &row : rows) {
            if (row.rowClass == Class::Invalid || row.rowClass == Class::Ambiguous ||
                row.rowClass == Class::Duplicate)
                terminal.err(tr("  line %1: %2\n").arg(row.line).arg(row.reason));
        }
        terminal.err(tr("apply: the plan has rows that cannot be applied; nothing was sent. "
                        "Correct them, or add --skip-invalid.\n"));
        return UsageError;
    }
    const QList<NumberAction> actions = PlanPreview::actionsFor(rows);
    if (actions.isEmpty()) {
        terminal.err(tr("Nothing to change.\n"));
        return Success;
    }
    int unrents = 0;
    for (const NumberAction &action : actions)
        unrents += action.kind == NumberAction::Kind::Unrent ? 1 : 0;
    switch (BatchRun::ask(terminal, context.accountUrl, int(actions.size()) - unrents, unrents,
                          m_options.yes)) {
    case BatchRun::Consent::Given:
        break;
    case BatchRun::Consent::NeedsYes:
        terminal.err(tr("apply: standard input is not a terminal; nothing was sent. Add --yes "
                        "to apply without being asked.\n"));
        return Incomplete;
    case BatchRun::Consent::Refused:
        terminal.err(tr("Nothing was sent.\n"));
        return Incomplete;
    }
    Journal journal(Journal::defaultPath());
    QString error;
    if (!journal.load(&error)) {
        terminal.err(tr("apply: %1 Nothing was sent.\n").arg(error));
        return ApiFailure;
    }
    const BatchRun::Outcome outcome = BatchRun::run(context.client, &journal, context.accountName,
                                                    QStringLiteral("apply"), actions, terminal);
    if (outcome.sentAny)
        terminal.out(QStringLiteral("Batch %1\n").arg(outcome.batchId)); // cli.md: as is
    terminal.err(tr("%1 done, %2 failed.\n").arg(outcome.succeeded).arg(outcome.failed));
    return outcome.failed == 0 ? Success : ApiFailure;
}

} // namespace numdesk::cli
