#include "snapshotcommand.h"

#include "exitcode.h"
#include "interruptwatcher.h"
#include "inventoryaccess.h"
#include "lookupcache.h"
#include "lookupnames.h"
#include "preferences.h"
#include "snapshotjob.h"
#include "terminal.h"

#include <QEventLoop>

namespace numdesk::cli {

QString SnapshotCommand::synopsis() const
{
    return tr("snapshot [--parallel N]");
}

QString SnapshotCommand::description() const
{
    return tr("Takes a snapshot: one exact read of every number of the account, all columns, "
              "with the time it was taken and the names of offers, traffic sources, pools and "
              "providers. Snapshots are kept per profile in the data folder (the last 30 by "
              "default, Preferences). Prints 'Snapshot <id>: <n> numbers at <time>'. Exit "
              "status 3 when the numbers kept changing so that the read could not be verified: "
              "the snapshot is then kept and marked not verified. Ctrl+C cancels and keeps "
              "nothing.");
}

void SnapshotCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(parallelOption());
}

bool SnapshotCommand::read(const QCommandLineParser &parser, QString *error)
{
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument '%1'.").arg(parser.positionalArguments().first());
        return false;
    }
    const std::optional<int> parallel = readParallel(parser, m_parallel, error);
    if (parallel)
        m_parallel = *parallel;
    return parallel.has_value();
}

int SnapshotCommand::run(const CommandContext &context)
{
    Terminal &terminal = *context.terminal;
    SnapshotStore store;
    QString error;
    if (!InventoryAccess::open(context, &store, &error)) {
        terminal.err(tr("Cannot open the snapshots: %1\n").arg(error));
        return ApiFailure;
    }
    SnapshotJob::Options options;
    options.parallel = m_parallel;
    if (context.preferences)
        options.keep = context.preferences->snapshotsKept;
    // The names as they are now; a list that cannot be read leaves its ids without names.
    QStringList failed;
    const std::unique_ptr<LookupCache> lookups = LookupNames::load(context.client, {}, &failed);
    for (const schema::LookupKind kind : schema::allLookupKinds()) {
        QHash<qint64, QString> &names = options.names[schema::numberForeignKey(kind)];
        for (const LookupItem &item : lookups->items(kind))
            names.insert(item.id, item.name);
    }
    if (!failed.isEmpty())
        terminal.err(tr("Note: names not read: %1\n").arg(failed.join(QStringLiteral("; "))));

    SnapshotJob job(context.client, &store, options);
    InterruptWatcher interrupts;
    QEventLoop loop;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&job] { job.cancel(); });
    QObject::connect(&job, &SnapshotJob::progressChanged, &loop,
                     [&terminal](qint64 done, qint64 total) {
                         if (total >= 0)
                             terminal.progress(tr("%1 of %2 numbers").arg(done).arg(total));
                         else
                             terminal.progress(tr("%1 numbers").arg(done));
                     });
    QObject::connect(&job, &SnapshotJob::finished, &loop, &QEventLoop::quit);
    job.start();
    if (job.isRunning())
        loop.exec();
    terminal.endProgress();

    const SnapshotResult &result = job.result();
    switch (result.outcome) {
    case SnapshotResult::Outcome::Cancelled:
        terminal.err(tr("Snapshot cancelled; nothing was kept.\n"));
        return Incomplete;
    case SnapshotResult::Outcome::Failed:
        terminal.err(tr("Snapshot failed: %1\n").arg(result.message));
        return ApiFailure;
    case SnapshotResult::Outcome::Completed:
        break;
    }
    // The line scripts read (cli.md): not translated.
    terminal.out(QStringLiteral("Snapshot %1: %2 numbers at %3\n")
                     .arg(result.id)
                     .arg(result.count)
                     .arg(InventoryAccess::timeText(result.takenAt)));
    if (!result.verified) {
        terminal.err(tr("The numbers kept changing while they were read: the snapshot is kept "
                        "and marked not verified.\n"));
        return Incomplete;
    }
    return Success;
}

} // namespace numdesk::cli
