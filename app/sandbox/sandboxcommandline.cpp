#include "sandboxcommandline.h"

#include "sandboxserver.h"

#include <QCommandLineParser>

#include <limits>

namespace numdesk::sandbox {

namespace {

struct Option
{
    const char *name;
    const char *valueName;
    const char *description;
};

constexpr Option kOptions[] = {
    {"port", "N",
     QT_TRANSLATE_NOOP("SandboxCommandLine",
                       "Port on 127.0.0.1 to listen on (0 = any free port; default 0).")},
    {"db", "FILE",
     QT_TRANSLATE_NOOP("SandboxCommandLine",
                       "SQLite file: reused when it holds data, generated otherwise "
                       "(default: the application data folder; ':memory:' keeps it in memory).")},
    {"numbers", "COUNT",
     QT_TRANSLATE_NOOP("SandboxCommandLine", "Demo numbers to generate (default 3000).")},
    {"seed", "S",
     QT_TRANSLATE_NOOP("SandboxCommandLine",
                       "Seed of the demo data and of the faults (default 1).")},
    {"latency-ms", "MS",
     QT_TRANSLATE_NOOP("SandboxCommandLine", "Delay every reply by MS milliseconds.")},
    {"error-rate", "R",
     QT_TRANSLATE_NOOP("SandboxCommandLine",
                       "Answer this fraction of requests (0..1) with 500, 502 or 503.")},
    {"rate-limit", "N",
     QT_TRANSLATE_NOOP("SandboxCommandLine", "Answer 429 beyond N requests per second (0 = off).")},
    {"retry-after", "S",
     QT_TRANSLATE_NOOP("SandboxCommandLine",
                       "Retry-After seconds of 429 and 503 replies (default 1).")},
    {"drop-rate", "R",
     QT_TRANSLATE_NOOP("SandboxCommandLine",
                       "Close this fraction of connections (0..1) without a reply.")},
    {"search-race-rate", "R",
     QT_TRANSLATE_NOOP("SandboxCommandLine",
                       "Let another customer take this fraction (0..1) of the numbers a search "
                       "offered just before they are bought (422 \"is no longer available\").")},
    {"per-page-cap", "N",
     QT_TRANSLATE_NOOP("SandboxCommandLine",
                       "Largest per_page the list endpoints honour (default 250).")},
};

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        SandboxCommandLine::tr("Numbers Desk sandbox: a local TrackDrive phone-numbers API."));
    parser.addHelpOption();
    for (const Option &option : kOptions) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(option.name),
                                            SandboxCommandLine::tr(option.description),
                                            QString::fromLatin1(option.valueName)));
    }
}

bool readInt(const QCommandLineParser &parser, const char *name, qint64 low, qint64 high,
             qint64 *target, QString *error)
{
    const QString key = QString::fromLatin1(name);
    if (!parser.isSet(key))
        return true;
    bool ok = false;
    const qint64 value = parser.value(key).toLongLong(&ok);
    if (!ok || value < low || value > high) {
        *error = SandboxCommandLine::tr("--%1 must be a whole number from %2 to %3 (got '%4')")
                     .arg(key)
                     .arg(low)
                     .arg(high)
                     .arg(parser.value(key));
        return false;
    }
    *target = value;
    return true;
}

bool readRate(const QCommandLineParser &parser, const char *name, double *target, QString *error)
{
    const QString key = QString::fromLatin1(name);
    if (!parser.isSet(key))
        return true;
    bool ok = false;
    const double value = parser.value(key).toDouble(&ok);
    if (!ok || !(value >= 0.0 && value <= 1.0)) {
        *error = SandboxCommandLine::tr("--%1 must be a fraction from 0 to 1 (got '%2')")
                     .arg(key, parser.value(key));
        return false;
    }
    *target = value;
    return true;
}

} // namespace

QString SandboxCommandLine::helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    return parser.helpText();
}

bool SandboxCommandLine::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument '%1'").arg(parser.positionalArguments().constFirst());
        return false;
    }
    helpRequested = parser.isSet(QStringLiteral("help"));
    qint64 portValue = 0, numbers = options.numbers, seed = options.seed;
    qint64 latency = 0, rateLimit = 0, retryAfter = faults.retryAfterSeconds;
    qint64 cap = options.perPageCap;
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    if (!readInt(parser, "port", 0, 65535, &portValue, error) ||
        !readInt(parser, "numbers", 0, 10000000, &numbers, error) ||
        !readInt(parser, "seed", 0, std::numeric_limits<quint32>::max(), &seed, error) ||
        !readInt(parser, "latency-ms", 0, 600000, &latency, error) ||
        !readInt(parser, "rate-limit", 0, intMax, &rateLimit, error) ||
        !readInt(parser, "retry-after", 0, 86400, &retryAfter, error) ||
        !readInt(parser, "per-page-cap", 1, 100000, &cap, error) ||
        !readRate(parser, "error-rate", &faults.errorRate, error) ||
        !readRate(parser, "drop-rate", &faults.dropRate, error) ||
        !readRate(parser, "search-race-rate", &faults.searchRaceRate, error))
        return false;
    port = quint16(portValue);
    options.numbers = int(numbers);
    options.seed = quint32(seed);
    options.perPageCap = int(cap);
    faults.latencyMs = int(latency);
    faults.rateLimitPerSecond = int(rateLimit);
    faults.retryAfterSeconds = int(retryAfter);
    const QString db = parser.value(QStringLiteral("db"));
    if (db == QLatin1String(":memory:"))
        options.databasePath.clear();
    else
        options.databasePath = db.isEmpty() ? SandboxServer::defaultDatabasePath() : db;
    return true;
}

} // namespace numdesk::sandbox
