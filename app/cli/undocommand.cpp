#include "undocommand.h"

#include "apiclient.h"
#include "batchprinter.h"
#include "batchrun.h"
#include "exitcode.h"
#include "journal.h"
#include "lookupcache.h"
#include "planpreview.h"
#include "terminal.h"
#include "undoplan.h"

#include <QEventLoop>

namespace numdesk::cli {

QString UndoCommand::synopsis() const
{
    return tr("undo BATCH [--dry-run] [--yes] [--format table|csv|json]");
}

QString UndoCommand::description() const
{
    return tr("Takes back a batch (see 'history'): each number it changed is read again; where "
              "it still has the values the batch set, the values from before are sent back; "
              "where it was changed since, it is listed and left alone. Unrents cannot be "
              "undone: they are listed with the offer, traffic source and pool they had. "
              "--dry-run prints what would be done. Prints 'Batch <id>' (the undo's own batch) "
              "when it sent anything. Exit status 0 all undone, 1 some failed, 2 no such batch, "
              "3 cancelled or some numbers not undone.");
}

void UndoCommand::addOptions(QCommandLineParser &parser)
{
    BatchRun::addOptions(parser, tr("Print what would be done; send nothing."));
    parser.addPositionalArgument(QStringLiteral("batch"), tr("The batch id (see history)."),
                                 tr("BATCH"));
}

bool UndoCommand::read(const QCommandLineParser &parser, QString *error)
{
    return BatchRun::readOptions(parser, tr("give exactly one batch id."), &m_options, error);
}

int UndoCommand::run(const CommandContext &context)
{
    Terminal &terminal = *context.terminal;
    Journal journal(Journal::defaultPath());
    QString error;
    if (!journal.load(&error)) {
        terminal.err(tr("undo: %1\n").arg(error));
        return ApiFailure;
    }
    LookupCache lookups(context.client); // names what the unrented numbers had
    UndoPlan plan(context.client, &journal, &lookups);
    QEventLoop loop;
    QObject::connect(&plan, &UndoPlan::finished, &loop, &QEventLoop::quit);
    if (!plan.start(m_options.argument, &error)) {
        terminal.err(tr("undo: %1\n").arg(error));
        return UsageError;
    }
    if (plan.isRunning())
        loop.exec();
    if (plan.error()) {
        terminal.err(tr("undo: the numbers could not be read: %1 Nothing was sent.\n")
                         .arg(plan.error()->fullText()));
        return ApiFailure;
    }
    const QList<PlanPreviewRow> &rows = plan.rows();
    const PlanPreview::Counts counts = PlanPreview::countsOf(rows);
    using Class = PlanPreviewRow::Class;
    const int notUndone = counts.value(Class::ChangedSince) + counts.value(Class::NotFound) +
                          counts.value(Class::NotUndoable);
    terminal.err(PlanPreview::summary(counts) + QLatin1Char('\n'));
    if (m_options.dryRun) {
        terminal.outBytes(BatchPrinter::preview(rows, m_options.format));
        return Success;
    }
    for (const PlanPreviewRow &row : rows) {
        if (row.rowClass == Class::ChangedSince || row.rowClass == Class::NotFound ||
            row.rowClass == Class::NotUndoable)
            terminal.err(
                tr("  %1 (id %2): %3\n")
                    .arg(row.label, row.id ? QString::number(*row.id) : QString(), row.reason));
    }
    const QList<NumberAction> actions = PlanPreview::actionsFor(rows);
    if (actions.isEmpty()) {
        terminal.err(tr("Nothing to undo.\n"));
        return notUndone > 0 ? Incomplete : Success;
    }
    switch (BatchRun::ask(terminal, context.accountUrl, int(actions.size()), 0, m_options.yes)) {
    case BatchRun::Consent::Given:
        break;
    case BatchRun::Consent::NeedsYes:
        terminal.err(tr("undo: standard input is not a terminal; nothing was sent. Add --yes "
                        "to undo without being asked.\n"));
        return Incomplete;
    case BatchRun::Consent::Refused:
        terminal.err(tr("Nothing was sent.\n"));
        return Incomplete;
    }
    const BatchRun::Outcome outcome = BatchRun::run(context.client, &journal, context.accountName,
                                                    QStringLiteral("undo"), actions, terminal);
    if (outcome.sentAny)
        terminal.out(QStringLiteral("Batch %1\n").arg(outcome.batchId)); // as apply prints it
    terminal.err(tr("%1 undone, %2 failed.\n").arg(outcome.succeeded).arg(outcome.failed));
    if (outcome.failed > 0)
        return ApiFailure;
    return notUndone > 0 ? Incomplete : Success;
}

} // namespace numdesk::cli
