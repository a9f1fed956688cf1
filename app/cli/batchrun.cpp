#include "batchrun.h"

#include "interruptwatcher.h"
#include "terminal.h"

#include <QEventLoop>

namespace numdesk::cli {

void BatchRun::addOptions(QCommandLineParser &parser, const QString &dryRunHelp)
{
    parser.addOptions({
        {QStringLiteral("dry-run"), dryRunHelp},
        {QStringLiteral("yes"), tr("Do not ask; needed when standard input is not a terminal.")},
        {QStringLiteral("format"), tr("Preview format: table (default), csv or json."),
         tr("FORMAT")},
    });
}

bool BatchRun::readOptions(const QCommandLineParser &parser, const QString &oneArgument,
                           Options *options, QString *error)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1) {
        *error = oneArgument;
        return false;
    }
    options->argument = arguments.first();
    options->dryRun = parser.isSet(QStringLiteral("dry-run"));
    options->yes = parser.isSet(QStringLiteral("yes"));
    if (parser.isSet(QStringLiteral("format"))) {
        const auto format = OutputFormatter::formatFromName(parser.value(QStringLiteral("format")));
        if (!format) {
            *error = tr("--format must be table, csv or json.");
            return false;
        }
        options->format = *format;
    }
    return true;
}

BatchRun::Consent BatchRun::ask(Terminal &terminal, const QString &accountUrl, int updates,
                                int unrents, bool yes)
{
    if (yes)
        return Consent::Given;
    if (!terminal.stdinIsTerminal())
        return Consent::NeedsYes;
    terminal.err(tr("About to change %n number(s) of %1", nullptr, updates).arg(accountUrl));
    if (unrents > 0) {
        terminal.err(tr(" and unrent %n number(s): they leave the account, and buying them back "
                        "may not be possible.\n",
                        nullptr, unrents));
        if (!terminal.confirm(tr("Type %1 to unrent %n number(s):", nullptr, unrents).arg(unrents),
                              QString::number(unrents)))
            return Consent::Refused;
        return Consent::Given;
    }
    terminal.err(QStringLiteral(".\n"));
    return terminal.confirm(tr("Type 'yes' to go on:"), QStringLiteral("yes")) ? Consent::Given
                                                                               : Consent::Refused;
}

BatchRun::Outcome BatchRun::run(ApiClient *client, Journal *journal, const QString &accountName,
                                const QString &kind, const QList<NumberAction> &actions,
                                Terminal &terminal)
{
    ActionRunner runner(client, journal, accountName);
    runner.setBatch(QString(), kind);
    runner.setActions(actions);
    InterruptWatcher interrupts;
    QEventLoop loop;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop,
                     [&runner] { runner.stop(); });
    QObject::connect(&runner, &ActionRunner::progressChanged, &loop,
                     [&terminal](int done, int total) {
                         terminal.progress(tr("%1 of %2 numbers").arg(done).arg(total));
                     });
    QObject::connect(&runner, &ActionRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    if (runner.isRunning())
        loop.exec();
    terminal.endProgress();

    Outcome outcome;
    outcome.batchId = runner.batchId();
    for (const NumberAction &action : runner.actions()) {
        if (!action.journalId.isEmpty())
            outcome.sentAny = true;
        if (action.state == NumberAction::State::Succeeded) {
            ++outcome.succeeded;
            continue;
        }
        ++outcome.failed;
        const QString why = action.error ? action.error->fullText() : tr("not sent");
        terminal.err(tr("%1 (id %2): %3\n").arg(action.label, action.target, why));
    }
    return outcome;
}

} // namespace numdesk::cli
