#pragma once

#include "actionrunner.h"
#include "outputformatter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace numdesk {
class ApiClient;
class Journal;
} // namespace numdesk

namespace numdesk::cli {

class Terminal;

// Sends a batch of updates and unrents (an applied plan, an undo) through ActionRunner and the
// journal, to its end, with a progress line and each failure on stderr. Ctrl+C stops it: what
// is on its way finishes, nothing new starts.
class BatchRun
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::BatchRun)

public:
    // What 'apply' and 'undo' share: one positional argument (the plan file, the batch id),
    // --dry-run, --yes and the preview's --format.
    struct Options
    {
        QString argument;
        bool dryRun = false;
        bool yes = false;
        OutputFormatter::Format format = OutputFormatter::Format::Table;
    };
    static void addOptions(QCommandLineParser &parser, const QString &dryRunHelp);
    // False, with `error`, unless exactly one positional argument was given (`oneArgument`
    // says what was missing) and the format is known.
    static bool readOptions(const QCommandLineParser &parser, const QString &oneArgument,
                            Options *options, QString *error);

    enum class Consent
    {
        Given,
        NeedsYes, // no terminal to ask on, and no --yes
        Refused
    };
    // Asks on a terminal unless `yes`: "yes" for updates, the count for unrents (as the
    // window's unrent confirmation asks).
    static Consent ask(Terminal &terminal, const QString &accountUrl, int updates, int unrents,
                       bool yes);

    struct Outcome
    {
        QString batchId;
        bool sentAny = false; // at least one action was journalled and sent
        int succeeded = 0;
        int failed = 0; // failed, stopped or unknown
    };
    static Outcome run(ApiClient *client, Journal *journal, const QString &accountName,
                       const QString &kind, const QList<NumberAction> &actions, Terminal &terminal);
};

} // namespace numdesk::cli
