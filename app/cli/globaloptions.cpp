#include "globaloptions.h"

#include "account.h"

namespace numdesk::cli {

QString GlobalOptions::usage()
{
    return tr("Usage: numdesk-cli [--base-url URL | --profile NAME | --sandbox] "
              "[--auth basic|token|auth-token] COMMAND [options]\n"
              "\n"
              "Manage the phone numbers rented on a TrackDrive account.\n"
              "\n"
              "Commands:\n"
              "  list     List numbers (table, CSV or JSON)\n"
              "  show     Show one number\n"
              "  search   Find numbers that can be bought\n"
              "  buy      Buy numbers (costs money; asks first)\n"
              "  update   Change a number's offer, traffic source, pool or token values\n"
              "  unrent   Unrent numbers (asks first)\n"
              "  export   Write every number of a query to a CSV file\n"
              "  apply    Change many numbers from a plan file (preview with --dry-run)\n"
              "  history  List the batches of the activity journal\n"
              "  undo     Take back a batch where the numbers still have its values\n"
              "\n"
              "Global options:\n"
              "  --base-url URL   The account address (https://acme.trackdrive.com)\n"
              "  --profile NAME   A saved profile (base URL and auth method)\n"
              "  --sandbox        Start the local sandbox and use its demo account\n"
              "  --auth METHOD    basic, token or auth-token\n"
              "  --timeout SECONDS  Each call's time limit in all, retries and waits included\n"
              "                   (default: the window's Preferences, 120 seconds)\n"
              "\n"
              "Secrets come from the environment, never from the command line:\n"
              "  NUMDESK_PUBLIC_KEY and NUMDESK_PRIVATE_KEY (basic), NUMDESK_TOKEN (token),\n"
              "  NUMDESK_AUTH_TOKEN (auth-token).\n"
              "\n"
              "Run 'numdesk-cli COMMAND --help' for the options of a command.\n"
              "Exit status: 0 done, 1 API or network error, 2 bad usage or input, "
              "3 cancelled or incomplete.\n") +
           tr("\n"
              "Whole inventory (snapshots kept per profile in the data folder):\n"
              "  snapshot   Take a snapshot of every number\n"
              "  snapshots  List the snapshots kept\n"
              "  insights   Count a snapshot's numbers by offer, source, pool, …; idle ones\n"
              "  diff       What changed between two snapshots\n"
              "  idle       Write a snapshot's idle numbers to a CSV file\n") +
           tr("\n"
              "The sandbox keeps its numbers in NUMDESK_SANDBOX_DB (default: the window's\n"
              "sandbox database) and makes NUMDESK_SANDBOX_NUMBERS of them (default 3000)\n"
              "when that database is new.\n");
}

std::optional<GlobalOptions> GlobalOptions::parse(const QStringList &arguments, QString *error)
{
    GlobalOptions options;
    auto fail = [error](const QString &why) -> std::optional<GlobalOptions> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    qsizetype i = 0;
    for (; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        if (!arg.startsWith(QLatin1Char('-')))
            break;
        QString name = arg;
        std::optional<QString> inlineValue;
        const qsizetype equals = arg.indexOf(QLatin1Char('='));
        if (equals > 0) {
            name = arg.left(equals);
            inlineValue = arg.mid(equals + 1);
        }
        auto takeValue = [&](QString *out) {
            if (inlineValue) {
                *out = *inlineValue;
                return true;
            }
            if (i + 1 >= arguments.size())
                return false;
            *out = arguments.at(++i);
            return true;
        };
        if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            options.help = true;
        } else if (name == QLatin1String("--version")) {
            options.version = true;
        } else if (name == QLatin1String("--sandbox")) {
            options.sandbox = true;
        } else if (name == QLatin1String("--base-url")) {
            if (!takeValue(&options.baseUrl))
                return fail(tr("--base-url needs a URL."));
        } else if (name == QLatin1String("--profile")) {
            if (!takeValue(&options.profile))
                return fail(tr("--profile needs a profile name."));
        } else if (name == QLatin1String("--auth")) {
            if (!takeValue(&options.auth))
                return fail(tr("--auth needs basic, token or auth-token."));
            if (!authMethodFromKey(options.auth))
                return fail(tr("Unknown auth method '%1' (use basic, token or auth-token).")
                                .arg(options.auth));
        } else if (name == QLatin1String("--timeout")) {
            QString value;
            bool ok = false;
            const int seconds = takeValue(&value) ? value.trimmed().toInt(&ok) : 0;
            if (!ok || seconds < 1 || seconds > 86400)
                return fail(tr("--timeout needs a number of seconds from 1 to 86400 (found '%1').")
                                .arg(value));
            options.timeoutSeconds = seconds;
        } else {
            return fail(
                tr("Unknown option '%1' (options of a command go after the command).").arg(name));
        }
    }
    const int sources =
        int(!options.baseUrl.isEmpty()) + int(!options.profile.isEmpty()) + int(options.sandbox);
    if (sources > 1)
        return fail(tr("Use only one of --base-url, --profile and --sandbox."));
    if (i < arguments.size()) {
        options.command = arguments.at(i);
        options.commandArguments = arguments.mid(i + 1);
    }
    return options;
}

} // namespace numdesk::cli
