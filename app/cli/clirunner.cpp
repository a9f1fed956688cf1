#include "clirunner.h"

#include "accountresolver.h"
#include "apiclient.h"
#include "applycommand.h"
#include "buycommand.h"
#include "diffcommand.h"
#include "environmentsecretstore.h"
#include "exitcode.h"
#include "exportcommand.h"
#include "globaloptions.h"
#include "historycommand.h"
#include "idlecommand.h"
#include "insightscommand.h"
#include "listcommand.h"
#include "preferencesstore.h"
#include "profilestore.h"
#include "searchcommand.h"
#include "showcommand.h"
#include "snapshotcommand.h"
#include "snapshotscommand.h"
#include "snapshotstore.h"
#include "terminal.h"
#include "undocommand.h"
#include "unrentcommand.h"
#include "updatecommand.h"

#include <algorithm>

namespace numdesk::cli {

CliRunner::CliRunner(QProcessEnvironment environment)
    : m_environment(std::move(environment))
    , m_terminal(std::make_unique<Terminal>())
{}

CliRunner::~CliRunner() = default;

QStringList CliRunner::commandNames()
{
    QStringList names{QStringLiteral("list"),  QStringLiteral("show"),   QStringLiteral("search"),
                      QStringLiteral("buy"),   QStringLiteral("update"), QStringLiteral("unrent"),
                      QStringLiteral("export")};
    // The whole inventory (issue 15).
    names << QStringLiteral("snapshot") << QStringLiteral("snapshots") << QStringLiteral("insights")
          << QStringLiteral("diff") << QStringLiteral("idle");
    // Plans and batches (issue 17).
    names << QStringLiteral("apply") << QStringLiteral("history") << QStringLiteral("undo");
    return names;
}

std::unique_ptr<Command> CliRunner::commandNamed(const QString &name)
{
    if (name == QLatin1String("list"))
        return std::make_unique<ListCommand>();
    if (name == QLatin1String("show"))
        return std::make_unique<ShowCommand>();
    if (name == QLatin1String("search"))
        return std::make_unique<SearchCommand>();
    if (name == QLatin1String("buy"))
        return std::make_unique<BuyCommand>();
    if (name == QLatin1String("update"))
        return std::make_unique<UpdateCommand>();
    if (name == QLatin1String("unrent"))
        return std::make_unique<UnrentCommand>();
    if (name == QLatin1String("export"))
        return std::make_unique<ExportCommand>();
    if (name == QLatin1String("apply"))
        return std::make_unique<ApplyCommand>();
    if (name == QLatin1String("history"))
        return std::make_unique<HistoryCommand>();
    if (name == QLatin1String("undo"))
        return std::make_unique<UndoCommand>();
    if (name == QLatin1String("snapshot"))
        return std::make_unique<SnapshotCommand>();
    if (name == QLatin1String("snapshots"))
        return std::make_unique<SnapshotsCommand>();
    if (name == QLatin1String("insights"))
        return std::make_unique<InsightsCommand>();
    if (name == QLatin1String("diff"))
        return std::make_unique<DiffCommand>();
    if (name == QLatin1String("idle"))
        return std::make_unique<IdleCommand>();
    return nullptr;
}

int CliRunner::run(const QStringList &arguments)
{
    Terminal &terminal = *m_terminal;
    QString error;
    std::optional<GlobalOptions> options = GlobalOptions::parse(arguments, &error);
    if (!options) {
        terminal.err(error + QLatin1Char('\n'));
        return UsageError;
    }
    if (options->version) {
        terminal.out(QStringLiteral("numdesk-cli %1\n").arg(QStringLiteral(NUMDESK_VERSION)));
        return Success;
    }
    // "numdesk-cli help export" reads as "numdesk-cli export --help".
    if (options->command == QLatin1String("help")) {
        options->command = options->commandArguments.value(0);
        options->commandArguments = {QStringLiteral("--help")};
        options->help = options->command.isEmpty();
    }
    if (options->command.isEmpty()) {
        if (options->help) {
            terminal.out(GlobalOptions::usage());
            return Success;
        }
        terminal.err(tr("No command given.\n\n") + GlobalOptions::usage());
        return UsageError;
    }
    const std::unique_ptr<Command> command = commandNamed(options->command);
    if (!command) {
        terminal.err(tr("Unknown command '%1' (use one of: %2).\n")
                         .arg(options->command, commandNames().join(QStringLiteral(", "))));
        return UsageError;
    }
    if (options->help)
        options->commandArguments.prepend(QStringLiteral("--help"));
    // Numbers typed without a country code are read in the window's default country, which
    // the command checks only when it reads one (Command::defaultCountry).
    const Preferences preferences = PreferencesStore().load(Preferences::CountryCheck::ByCaller);
    command->setDefaultCountry(preferences.defaultCountry);
    QString message;
    if (const std::optional<int> done = command->parse(options->commandArguments, &message)) {
        if (*done == Success)
            terminal.out(message);
        else
            terminal.err(message + QLatin1Char('\n'));
        return *done;
    }

    if (!command->needsAccount()) {
        CommandContext local;
        local.terminal = &terminal;
        return command->run(local);
    }
    const EnvironmentSecretStore secrets(m_environment);
    const ProfileStore profiles;
    AccountResolver resolver(secrets, profiles, m_environment);
    int exitCode = UsageError;
    const std::optional<Account> account = resolver.resolve(*options, &error, &exitCode);
    if (!account) {
        terminal.err(error + QLatin1Char('\n'));
        return exitCode;
    }
    ApiClient client(*account);
    const int limitMs =
        (options->timeoutSeconds > 0 ? options->timeoutSeconds : preferences.callTimeLimitSeconds) *
        1000;
    client.setCallDeadline(limitMs);
    client.setRequestTimeout(std::min(preferences.requestTimeoutSeconds * 1000, limitMs));
    CommandContext context;
    context.client = &client;
    context.terminal = &terminal;
    context.accountUrl = client.redactor().redact(account->apiBase);
    context.accountName = !options->profile.isEmpty() ? options->profile
                          : options->sandbox          ? QStringLiteral("Sandbox")
                                                      : context.accountUrl;
    context.preferences = &preferences;
    context.snapshotStorePath = SnapshotStore::pathForProfile(resolver.profileKey());
    return command->run(context);
}

} // namespace numdesk::cli
