// numdesk-cli end to end: the built binary, run with QProcess against an in-process sandbox
// (the test's event loop serves it while the child runs), credentials in the environment.
#include "apidates.h"
#include "profilestore.h"
#include "scriptedserver.h"
#include "tst_sandboxhttp.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace numdesk;
using numdesk::sandbox::FaultSettings;
using numdesk::sandbox::SandboxServer;
using numdesk::sandbox::test::StartedSandbox;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StartedSandbox> m_sandbox;
    QTemporaryDir m_dir;
    QByteArray m_allOutput; // every byte any run printed, checked for secrets at the end

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"NUMDESK_PUBLIC_KEY", "NUMDESK_PRIVATE_KEY", "NUMDESK_TOKEN", "NUMDESK_AUTH_TOKEN",
              "NUMDESK_SANDBOX_DB", "NUMDESK_SANDBOX_NUMBERS"})
            env.remove(QString::fromLatin1(name));
        const auto demo = SandboxServer::demoCredentials();
        env.insert("NUMDESK_PUBLIC_KEY", demo.publicKey);
        env.insert("NUMDESK_PRIVATE_KEY", demo.privateKey);
        env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
        return env;
    }

    QStringList atSandbox(const QStringList &arguments) const
    {
        return QStringList{"--base-url", m_sandbox->server->apiBaseUrl().toString()} + arguments;
    }

    // Runs the CLI with stdin from /dev/null (not a terminal) while this event loop serves the
    // sandbox. `started` runs once the child is up.
    Run run(const QStringList &arguments, QProcessEnvironment env = {},
            const std::function<void(QProcess &)> &started = {})
    {
        QProcess process;
        process.setProgram(QStringLiteral(NUMDESK_CLI_PATH));
        process.setArguments(arguments);
        process.setProcessEnvironment(env.isEmpty() ? environment() : env);
        process.setStandardInputFile(QProcess::nullDevice());
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        process.start();
        if (!process.waitForStarted(10000))
            return {};
        if (started)
            started(process);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        Run result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        m_allOutput += result.out + result.err;
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(NUMDESK_CLI_PATH)));
        m_sandbox = std::make_unique<StartedSandbox>(300);
        QVERIFY(m_sandbox->started);
    }

    void cleanupTestCase()
    {
        const auto demo = SandboxServer::demoCredentials();
        for (const QString &secret :
             {demo.privateKey, demo.accessToken, demo.authToken, QStringLiteral("wrong-secret")}) {
            QVERIFY2(!m_allOutput.contains(secret.toUtf8()), qPrintable(secret));
        }
        const QByteArray basic = (demo.publicKey + ':' + demo.privateKey).toUtf8().toBase64();
        QVERIFY(!m_allOutput.contains(basic));
    }

    void shouldPrintHelpForEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("synopsis");
        QTest::newRow("list") << "list"
                              << "list [filters] [--columns a,b,…]";
        QTest::newRow("show") << "show"
                              << "show ID|+NUMBER [--format table|json]";
        QTest::newRow("search") << "search"
                                << "search --country CC [--toll-free] [--prefix DIGITS] "
                                   "[--contains TEXT] [--limit N] [--format table|json]";
        QTest::newRow("buy") << "buy"
                             << "buy --provider ID --offer ID --country CC";
        QTest::newRow("update") << "update"
                                << "update ID|+NUMBER [--offer ID]";
        QTest::newRow("unrent") << "unrent"
                                << "unrent ID|+NUMBER… [--yes]";
        QTest::newRow("export") << "export"
                                << "export --out FILE [filters]";
    }

    void shouldPrintHelpForEveryCommand()
    {
        QFETCH(QString, command);
        QFETCH(QString, synopsis);
        const Run r = run({command, "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Usage: numdesk-cli "), r.out.constData());
        QVERIFY2(QString::fromUtf8(r.out).contains(synopsis), r.out.constData());
        QVERIFY(r.out.contains("--help"));
        const Run global = run({"--help"});
        QCOMPARE(global.exitCode, 0);
        // Names every environment variable it reads.
        for (const char *variable :
             {"NUMDESK_PUBLIC_KEY", "NUMDESK_PRIVATE_KEY", "NUMDESK_TOKEN", "NUMDESK_AUTH_TOKEN",
              "NUMDESK_SANDBOX_DB", "NUMDESK_SANDBOX_NUMBERS"})
            QVERIFY2(global.out.contains(variable), variable);
    }

    void shouldListAlignedTableWithLabels()
    {
        const Run r = run(atSandbox({"list", "--limit", "2", "--columns", "id,number,country"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("ID     Number         Country\n"
                                   "20590  +18005002562   US\n"
                                   "20591  +441224980000  GB\n"));
    }

    void shouldListCsvAndJson()
    {
        Run r = run(
            atSandbox({"list", "--limit", "2", "--columns", "number,offer_id", "--format", "csv"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("number,offer_id\r\n+18005002562,100\r\n+441224980000,106\r\n"));
        r = run(atSandbox({"list", "--limit", "3", "--format", "json"}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(array.size(), 3);
        QCOMPARE(array.at(1).toObject().value("number").toString(),
                 QStringLiteral("+441224980000"));
        QCOMPARE(array.at(0).toObject().value("id").toInteger(), 20590);
    }

    void shouldListAllWithLimitZeroAndFilters()
    {
        Run r = run(atSandbox({"list", "--limit", "0", "--columns", "id", "--format", "csv"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count("\r\n"), 301);
        r = run(
            atSandbox({"list", "--number", "+441224980000", "--format", "csv", "--columns", "id"}));
        QCOMPARE(r.out, QByteArray("id\r\n20591\r\n"));
        r = run(atSandbox(
            {"list", "--created-to", "2000-01-01", "--format", "csv", "--columns", "id"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("id\r\n"));
    }

    void shouldShowByIdAndByNumber()
    {
        Run r = run(atSandbox({"show", "+18005002562", "--format", "json"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("id").toInteger(), 20590);
        r = run(atSandbox({"show", "20591"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Number:  ") && r.out.contains("+441224980000"), r.out.constData());
    }

    void shouldExitOneOnApiErrors()
    {
        Run r = run(atSandbox({"show", "999999"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("show: "), r.err.constData());
        QProcessEnvironment env = environment();
        env.insert("NUMDESK_PRIVATE_KEY", "wrong-secret");
        r = run(atSandbox({"list"}), env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
    }

    // The server refuses a change (422): exit 1 with the server's reason, nothing changed.
    void shouldExitOneWhenTheServerRefusesAChange()
    {
        const QByteArray before = run(atSandbox({"show", "20599", "--format", "json"})).out;
        const Run r = run(atSandbox({"update", "20599", "--traffic-source", "999999"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("update: The server refused the request: traffic_source_id "
                                  "does not exist"),
                 r.err.constData());
        QCOMPARE(run(atSandbox({"show", "20599", "--format", "json"})).out, before);
    }

    // A valid --time-zone: the dates are read in it and the zone is sent with them.
    void shouldReadDatesInTheTimeZoneGiven_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QByteArray>("iana");
        QTest::newRow("TrackDrive name")
            << "Eastern Time (US & Canada)" << QByteArray("America/New_York");
        QTest::newRow("IANA id") << "Europe/Berlin" << QByteArray("Europe/Berlin");
    }
    void shouldReadDatesInTheTimeZoneGiven()
    {
        QFETCH(QString, zone);
        QFETCH(QByteArray, iana);
        m_sandbox->server->clearReceivedRequests();
        const Run r = run(
            atSandbox({"list", "--time-zone", zone, "--created-from", "2024-07-01", "--created-to",
                       "2024-12-01 18:30", "--columns", "id", "--format", "csv", "--limit", "1"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("id\r\n"), r.out.constData());
        const auto requests = m_sandbox->server->receivedRequests();
        QVERIFY(!requests.isEmpty());
        QMap<QString, QString> sent;
        for (const auto &[key, value] : requests.constFirst().queryItems)
            sent.insert(key, value);
        QCOMPARE(sent.value(QStringLiteral("time_zone")), zone);
        const QTimeZone tz(iana);
        // Summer and winter: each date with the zone's offset of that day.
        QCOMPARE(dates::parseDate(sent.value(QStringLiteral("created_at_from")), tz),
                 QDateTime(QDate(2024, 7, 1), QTime(0, 0), tz));
        QCOMPARE(dates::parseDate(sent.value(QStringLiteral("created_at_to")), tz),
                 QDateTime(QDate(2024, 12, 1), QTime(18, 30), tz));
    }

    void shouldExitTwoOnBadUsageWithTheReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no command") << QStringList{} << "No command given.";
        QTest::newRow("unknown command")
            << QStringList{"frobnicate"} << "Unknown command 'frobnicate'";
        QTest::newRow("bad id filter") << QStringList{"list", "--offer", "abc"}
                                       << "--offer needs a positive whole number (found 'abc')";
        QTest::newRow("bad date") << QStringList{"list", "--created-from", "yesterday"}
                                  << "'yesterday' is not a date";
        // Issue 19.11: a range that ends before it starts would silently match nothing.
        QTest::newRow("inverted created range")
            << QStringList{"list", "--created-from", "2024-05-02", "--created-to", "2024-05-01"}
            << "--created-from (2024-05-02 00:00:00 +0000) is after --created-to "
               "(2024-05-01 00:00:00 +0000)";
        QTest::newRow("inverted last-call range")
            << QStringList{"export",           "--out",
                           "/tmp/unused.csv",  "--last-call-from",
                           "2024-05-02 10:00", "--last-call-to",
                           "2024-05-02 09:00"}
            << "--last-call-from (2024-05-02 10:00:00 +0000) is after --last-call-to";
        QTest::newRow("bad timeout") << QStringList{"--timeout", "0", "list"}
                                     << "--timeout needs a number of seconds from 1 to 86400";
        QTest::newRow("bad zone") << QStringList{"list", "--time-zone", "Mars/Base"}
                                  << "'Mars/Base' is not a time zone";
        QTest::newRow("bad column")
            << QStringList{"list", "--columns", "id,colour"} << "'colour' is not a column";
        QTest::newRow("bad format")
            << QStringList{"list", "--format", "xml"} << "--format must be table, csv or json";
        QTest::newRow("bad show id")
            << QStringList{"show", "abc"} << "'abc' is neither an id nor a number";
        QTest::newRow("bad token")
            << QStringList{"buy", "--provider", "150",     "--offer", "100",  "--country",
                           "US",  "--local",    "--token", "Geo:800", "--yes"}
            << "--token 'Geo:800':";
        QTest::newRow("both kinds")
            << QStringList{"buy",       "--provider", "150",     "--offer",    "100",
                           "--country", "US",         "--local", "--toll-free"}
            << "say either --toll-free or --local";
        QTest::newRow("bad country") << QStringList{"buy", "--provider", "150", "--offer",
                                                    "100", "--country",  "XX",  "--local"}
                                     << "'XX' is not a country";
        QTest::newRow("nothing to update") << QStringList{"update", "20590"} << "nothing to change";
        QTest::newRow("export without out") << QStringList{"export"} << "--out FILE is required";
        QTest::newRow("unknown option")
            << QStringList{"list", "--bogus"} << "Unknown option 'bogus'";
        // Issue 16: numbers typed by people, and the search.
        QTest::newRow("letters in --number") << QStringList{"list", "--number", "abc12x"}
                                             << "--number: A phone number has no letters";
        QTest::newRow("short --number") << QStringList{"list", "--number", "669-9604"}
                                        << "--number: Too short: a number of United States "
                                           "needs its area code too.";
        QTest::newRow("bad show number") << QStringList{"show", "212#669"}
                                         << "'212#669' is neither an id nor a number: "
                                            "'#' does not belong in a phone number";
        QTest::newRow("search without country")
            << QStringList{"search", "--prefix", "415"} << "--country is required.";
        QTest::newRow("search in no country")
            << QStringList{"search", "--country", "XX"} << "--country: 'XX' is not a country";
        QTest::newRow("letters in --prefix")
            << QStringList{"search", "--country", "US", "--prefix", "SF"}
            << "--prefix: An area code has no letters";
        QTest::newRow("symbols in --contains")
            << QStringList{"search", "--country", "US", "--contains", "42$"}
            << "--contains: '$' is neither a digit nor a letter.";
        QTest::newRow("bad --limit") << QStringList{"search", "--country", "US", "--limit", "0"}
                                     << "--limit needs a whole number from 1 to 1000";
        QTest::newRow("search as csv")
            << QStringList{"search", "--country", "US", "--format", "csv"}
            << "--format must be table or json";
        QTest::newRow("letters in buy --number")
            << QStringList{"buy", "--number", "1-800-FLOWERS", "--provider",
                           "150", "--offer",  "100",           "--yes"}
            << "--number '1-800-FLOWERS': A phone number has no letters";
        QTest::newRow("buy an invalid number")
            << QStringList{"buy", "--number", "+15550100000", "--provider",
                           "150", "--offer",  "100",          "--yes"}
            << "--number '+15550100000': +1 555-010-0000 is not a valid number of United States.";
        QTest::newRow("buy --number with --country")
            << QStringList{"buy",     "--number", "+12126699604", "--provider", "150",
                           "--offer", "100",      "--country",    "US",         "--yes"}
            << "--number takes the country and whether it is toll-free from the number: leave "
               "out --country.";
    }

    void shouldExitTwoOnBadUsageWithTheReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const Run r = run(atSandbox(arguments));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(reason), r.err.constData());
        QCOMPARE(r.out, QByteArray());
    }

    void shouldExitTwoWithoutAccountOrCredentials()
    {
        Run r = run({"list"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--base-url URL, --profile NAME or --sandbox"));
        QProcessEnvironment env = environment();
        env.remove("NUMDESK_PRIVATE_KEY");
        env.remove("NUMDESK_PUBLIC_KEY");
        r = run(atSandbox({"list"}), env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("No credentials"), r.err.constData());
        r = run(atSandbox({"--auth", "token", "list"}), env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("NUMDESK_TOKEN"), r.err.constData());
    }

    void shouldAuthenticateWithTokenFromEnvironment()
    {
        QProcessEnvironment env = environment();
        env.insert("NUMDESK_TOKEN", SandboxServer::demoCredentials().accessToken);
        const Run r = run(atSandbox({"--auth", "token", "list", "--limit", "1", "--columns", "id",
                                     "--format", "csv"}),
                          env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("id\r\n20590\r\n"));
    }

    void shouldRefuseToBuyOrUnrentWithoutYesWhenNotOnATerminal()
    {
        const int before = m_sandbox->server->numberCount();
        Run r = run(atSandbox(
            {"buy", "--provider", "150", "--offer", "100", "--country", "US", "--local"}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--yes"), r.err.constData());
        r = run(atSandbox({"unrent", "20595"}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--yes"), r.err.constData());
        QCOMPARE(m_sandbox->server->numberCount(), before);
    }

    void shouldAskOnATerminalAndShowWhatWillHappen()
    {
        // script(1) gives the CLI a pseudo-terminal, so it asks instead of refusing.
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("script(1) is not installed");
        const int before = m_sandbox->server->numberCount();
        const QString url = m_sandbox->server->apiBaseUrl().toString();
        auto ask = [&](const QByteArray &answer) {
            QProcess process;
            process.setProgram(script);
            process.setArguments({"-qec",
                                  QStringLiteral("%1 --base-url %2 buy --provider 150 --offer 100 "
                                                 "--country GB --local --pool 45")
                                      .arg(QStringLiteral(NUMDESK_CLI_PATH), url),
                                  "/dev/null"});
            process.setProcessEnvironment(environment());
            QEventLoop loop;
            connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            process.start();
            process.waitForStarted(10000);
            process.write(answer);
            if (process.state() != QProcess::NotRunning)
                loop.exec();
            const QByteArray output = process.readAll();
            m_allOutput += output;
            return qMakePair(process.exitCode(), output);
        };
        const auto refused = ask("no\n");
        QCOMPARE(refused.first, 3);
        QVERIFY2(refused.second.contains("About to buy one local number in GB (United Kingdom)."),
                 refused.second.constData());
        QVERIFY(refused.second.contains(url.toUtf8()));
        QVERIFY(refused.second.contains("Number pool:            45"));
        QVERIFY(refused.second.contains("Nothing was bought."));
        QCOMPARE(m_sandbox->server->numberCount(), before);
        const auto accepted = ask("yes\n");
        QCOMPARE(accepted.first, 0);
        QVERIFY2(accepted.second.contains("Bought +44"), accepted.second.constData());
        QCOMPARE(m_sandbox->server->numberCount(), before + 1);
    }

    void shouldBuyUpdateAndUnrentWithYes()
    {
        const int before = m_sandbox->server->numberCount();
        Run r = run(atSandbox({"buy", "--provider", "150", "--offer", "100", "--country", "US",
                               "--toll-free", "--token", "interest:auto", "--yes"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_sandbox->server->numberCount(), before + 1);
        QVERIFY2(r.err.startsWith("Bought +1"), r.err.constData());
        QVERIFY(r.out.contains("interest:auto"));

        r = run(atSandbox(
            {"update", "20596", "--offer", "101", "--pool", "none", "--token", "geo:!=800"}));
        QCOMPARE(r.exitCode, 0);
        r = run(atSandbox({"show", "20596", "--format", "json"}));
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value("offer_id").toInteger(), 101);
        QVERIFY(shown.value("ring_pool_id").isNull());
        QCOMPARE(shown.value("token_values").toArray(), QJsonArray({"geo:!=800"}));

        r = run(atSandbox({"unrent", "20597", "20598", "--yes"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count("Unrented "), 2);
        QCOMPARE(m_sandbox->server->numberCount(), before - 1);
        r = run(atSandbox({"unrent", "20597", "--yes"}));
        QCOMPARE(r.exitCode, 1); // already gone: found by nobody
        QVERIFY2(r.err.contains("Nothing was unrented"), r.err.constData());
    }

    void shouldSayWhenPurchaseOutcomeIsUnknown()
    {
        FaultSettings faults;
        faults.dropRate = 1.0; // the connection closes after the request was sent
        m_sandbox->server->setFaults(faults);
        m_sandbox->server->clearReceivedRequests();
        const Run r = run(atSandbox(
            {"buy", "--provider", "150", "--offer", "100", "--country", "US", "--local", "--yes"}));
        m_sandbox->server->setFaults({});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("buy: the outcome is unknown"), r.err.constData());
        int posts = 0;
        for (const auto &request : m_sandbox->server->receivedRequests())
            posts += request.method == QLatin1String("POST");
        // Qt's HTTP layer would send it again by itself after an unanswered close if ApiCall
        // let it rewind the body.
        QCOMPARE(posts, 1); // never sent twice
    }

    void shouldExportEveryNumber()
    {
        const QString path = m_dir.filePath("all.csv");
        const Run r = run(atSandbox({"export", "--out", path, "--columns", "id,number", "--header",
                                     "labels", "--parallel", "3"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("ID,Number\r\n20590,+18005002562\r\n"));
        const int live = m_sandbox->server->numberCount();
        QCOMPARE(csv.count("\r\n"), live + 1);
        const QRegularExpression summary(
            QStringLiteral("^%1 numbers written to %2 in \\d+\\.\\d s\\.$")
                .arg(QLocale().toString(live), QRegularExpression::escape(path)));
        QVERIFY2(summary.match(QString::fromUtf8(r.err).trimmed()).hasMatch(), r.err.constData());
    }

    void shouldCancelExportOnInterruptWithExitThreeAndNoFile()
    {
        const QString path = m_dir.filePath("interrupted.csv");
        FaultSettings faults;
        faults.latencyMs = 300;
        m_sandbox->server->setFaults(faults);
        m_sandbox->server->clearReceivedRequests();
        const Run r = run(
            atSandbox({"export", "--out", path, "--parallel", "1"}), {}, [this](QProcess &process) {
                QTRY_VERIFY_WITH_TIMEOUT(!m_sandbox->server->receivedRequests().isEmpty(), 10000);
                ::kill(pid_t(process.processId()), SIGINT);
            });
        m_sandbox->server->setFaults({});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("Export cancelled; no file was written."), r.err.constData());
        QVERIFY(!QFile::exists(path));
    }

    // Issue 19 item 6: --out - is standard output; the CSV alone goes there.
    void shouldExportToStandardOutput()
    {
        const Run r = run(atSandbox({"export", "--out", "-", "--columns", "id"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("id\r\n20590\r\n"));
        QCOMPARE(r.out.count("\r\n"), m_sandbox->server->numberCount() + 1);
        QVERIFY2(r.err.contains("numbers written to standard output in"), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath("-")));
    }

    // Issue 19 item 6: a pipe or a device is written, never replaced; a full device fails the
    // run with the reason.
    void shouldWriteAPipeOrADeviceDirectly()
    {
        const Run full = run(atSandbox({"export", "--out", "/dev/full", "--columns", "id"}));
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains("Could not write /dev/full: No space left on device."),
                 full.err.constData());
        struct stat info = {};
        QCOMPARE(::stat("/dev/full", &info), 0);
        QVERIFY(S_ISCHR(info.st_mode));

        const QString fifo = m_dir.filePath("export.pipe");
        const QByteArray encoded = QFile::encodeName(fifo);
        QCOMPARE(::mkfifo(encoded.constData(), 0600), 0);
        const Run unread = run(atSandbox({"export", "--out", fifo, "--columns", "id"}));
        QCOMPARE(unread.exitCode, 1);
        QVERIFY2(unread.err.contains("no program reads from this named pipe"),
                 unread.err.constData());

        // Held open for reading by this process: the export goes into the pipe (300 short
        // rows fit in its buffer).
        const int reader = ::open(encoded.constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        const Run r = run(atSandbox({"export", "--out", fifo, "--columns", "id"}));
        QByteArray csv;
        char buffer[4096];
        for (ssize_t got; (got = ::read(reader, buffer, sizeof buffer)) > 0;)
            csv.append(buffer, qsizetype(got));
        ::close(reader);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(csv.startsWith("id\r\n20590\r\n"));
        QCOMPARE(csv.count("\r\n"), m_sandbox->server->numberCount() + 1);
        QCOMPARE(::lstat(encoded.constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));
    }

    // Issue 19 item 6: a symbolic link, or a file of another user, is refused before anything
    // is read; neither it nor what it points to changes.
    void shouldRefuseALinkOrAnotherUsersFile()
    {
        const QString secret = m_dir.filePath("secret");
        {
            QFile file(secret);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep\n");
        }
        const QString link = m_dir.filePath("planted.csv");
        QVERIFY(QFile::link(secret, link));
        Run r = run(atSandbox({"export", "--out", link}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--out: '%1': it is a symbolic link; name the file "
                                               "itself.")
                                    .arg(link)
                                    .toUtf8()),
                 r.err.constData());

        const QString theirs = m_dir.filePath("theirs.csv");
        QVERIFY(QFile::copy(secret, theirs));
        QVERIFY2(::chown(QFile::encodeName(theirs).constData(), 65534, 65534) == 0,
                 "the test needs root to give a file to uid 65534");
        r = run(atSandbox({"export", "--out", theirs}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("it belongs to another user and is not replaced."),
                 r.err.constData());
        for (const QString &path : {secret, theirs}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray("keep\n"));
        }
        QVERIFY(QFileInfo(link).isSymLink());
    }

    // Issue 19 item 2: a server that sends the same page forever ends the run with exit 1 and
    // the reason, after a handful of requests.
    void shouldEndAnEndlessListWithTheReason()
    {
        numdesk::test::ScriptedServer server;
        QVERIFY(server.listen());
        server.setReplies({numdesk::test::ScriptedServer::Reply::json(
            200, R"({"numbers":[{"id":1},{"id":2}],"metadata":{"per_page":2}})")});
        const QString path = m_dir.filePath("endless.csv");
        const Run r = run({"--base-url", QString::fromLatin1(server.baseUrl()), "export", "--out",
                           path, "--columns", "id", "--parallel", "2"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("with no number that was not on an earlier page"),
                 r.err.constData());
        QVERIFY(!QFile::exists(path));
        // Pages of 2 (the server's per_page), no total: page 2 repeats page 1.
        QVERIFY2(server.requests().size() <= 1 + 2 * 2,
                 qPrintable(QString::number(server.requests().size())));

        server.clear();
        const Run list =
            run({"--base-url", QString::fromLatin1(server.baseUrl()), "list", "--limit", "0"});
        QCOMPARE(list.exitCode, 1);
        QVERIFY2(list.err.contains("with no number that was not on an earlier page"),
                 list.err.constData());
    }

    // Issue 16: search as cli.md pins it; FLOWERS after 415 leaves one number.
    void shouldSearchAndPrintJson()
    {
        m_sandbox->server->clearReceivedRequests();
        const Run r = run(atSandbox({"search", "--country", "us", "--prefix", "(415)", "--contains",
                                     "FLOWERS", "--format", "json"}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject expected{
            {"numbers", QJsonArray{QJsonObject{{"number", "+14153569377"},
                                               {"human_number", "(415) 356-9377"},
                                               {"region", "California"}}}}};
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), expected);
        const auto requests = m_sandbox->server->receivedRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().path, QStringLiteral("/api/v1/phone_numbers/search"));
        QCOMPARE(requests.first().rawQuery,
                 QByteArray("country=US&toll_free=false&prefix=415&query=3569377"));
    }

    void shouldSearchAndPrintATable()
    {
        m_sandbox->server->clearReceivedRequests();
        const Run r = run(atSandbox(
            {"search", "--country", "GB", "--prefix", "0161", "--limit", "3", "--toll-free"}));
        QCOMPARE(r.exitCode, 0);
        // Toll-free numbers of the UK do not start with 161: an empty table, and why.
        QCOMPARE(r.out, QByteArray("Number  Written  Region\n"));
        QVERIFY2(r.err.contains("No numbers of United Kingdom match"), r.err.constData());
        QCOMPARE(m_sandbox->server->receivedRequests().constLast().rawQuery,
                 QByteArray("country=GB&toll_free=true&prefix=161&limit=3"));

        const Run local =
            run(atSandbox({"search", "--country", "GB", "--prefix", "+44 161", "--limit", "3"}));
        QCOMPARE(local.exitCode, 0);
        const QList<QByteArray> lines = local.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith("Number         Written"));
        for (int i = 1; i < 4; ++i) {
            QVERIFY2(lines.at(i).startsWith("+44161"), lines.at(i).constData());
            QVERIFY2(lines.at(i).contains("+44 161 "), lines.at(i).constData());
            QVERIFY2(lines.at(i).endsWith("Manchester"), lines.at(i).constData());
        }
    }

    void shouldExitOneWhenTheSearchFails()
    {
        QProcessEnvironment env = environment();
        env.insert("NUMDESK_PRIVATE_KEY", "wrong-secret");
        const Run r = run(atSandbox({"search", "--country", "US"}), env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("search: "), r.err.constData());
        QCOMPARE(r.out, QByteArray());
    }

    // buy --number: one POST per number with requested_number; country and kind from the number.
    void shouldBuyExactlyTheNumbersGivenAndSayWhichWereNot()
    {
        const Run found = run(atSandbox(
            {"search", "--country", "US", "--prefix", "212", "--limit", "3", "--format", "json"}));
        QCOMPARE(found.exitCode, 0);
        QStringList numbers;
        for (const QJsonValue &entry :
             QJsonDocument::fromJson(found.out).object().value("numbers").toArray())
            numbers << entry.toObject().value("number").toString();
        QCOMPARE(numbers.size(), 3);
        const int before = m_sandbox->server->numberCount();
        m_sandbox->server->clearReceivedRequests();
        // The second as the table shows it, read in the default country (US).
        const QString written =
            QStringLiteral("(%1) %2-%3")
                .arg(numbers.at(1).mid(2, 3), numbers.at(1).mid(5, 3), numbers.at(1).mid(8));
        Run r = run(atSandbox({"buy", "--number", numbers.at(0), "--number", written, "--provider",
                               "150", "--offer", "100", "--pool", "41", "--yes"}));
        QCOMPARE(r.exitCode, 0);
        const QRegularExpression boughtTwo(
            QStringLiteral("^Bought \\%1 \\(id \\d+\\)\\.\\nBought \\%2 \\(id \\d+\\)\\.\\n$")
                .arg(numbers.at(0), numbers.at(1)));
        QVERIFY2(boughtTwo.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
        QVERIFY2(r.err.contains("Numbers bought: 2 of 2."), r.err.constData());
        QCOMPARE(m_sandbox->server->numberCount(), before + 2);
        QList<QJsonObject> posts;
        for (const auto &request : m_sandbox->server->receivedRequests()) {
            if (request.method == QLatin1String("POST"))
                posts << QJsonDocument::fromJson(request.body).object();
        }
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.at(1), QJsonObject({{"provider_configuration_id", 150},
                                           {"offer_id", 100},
                                           {"toll_free", false},
                                           {"country", "US"},
                                           {"ring_pool_id", 41},
                                           {"requested_number", numbers.at(1)}}));

        // One already bought, one free, one taken by another customer: each said, the rest go on.
        m_sandbox->server->takeNumberElsewhere(numbers.at(2));
        const Run found2 = run(atSandbox(
            {"search", "--country", "US", "--prefix", "213", "--limit", "1", "--format", "json"}));
        const QString free = QJsonDocument::fromJson(found2.out)
                                 .object()
                                 .value("numbers")
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value("number")
                                 .toString();
        r = run(atSandbox({"buy", "--number", numbers.at(0), "--number", numbers.at(2), "--number",
                           free, "--provider", "150", "--offer", "100", "--yes"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^Bought \\%1 \\(id \\d+\\)\\.\\n$").arg(free))
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
        for (const QString &lost : {numbers.at(0), numbers.at(2)}) {
            const QString line = QStringLiteral("Not bought %1: The server refused the request: "
                                                "requested_number is no longer available")
                                     .arg(lost);
            QVERIFY2(QString::fromUtf8(r.err).contains(line), r.err.constData());
        }
        QVERIFY2(r.err.contains("Numbers bought: 1 of 3."), r.err.constData());
        QCOMPARE(m_sandbox->server->numberCount(), before + 3);
    }

    // Any written form, read in the default country of Preferences (US when none is set).
    void shouldReadNumbersAsPeopleWriteThem()
    {
        Run r = run(atSandbox(
            {"list", "--number", "(800) 500-2562", "--columns", "id", "--format", "csv"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("id\r\n20590\r\n"));
        r = run(atSandbox({"show", "1 800 500 2562", "--format", "json"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("id").toInteger(), 20590);
        r = run(atSandbox({"show", "00 44 1224 980000", "--format", "json"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("id").toInteger(), 20591);

        // With the United Kingdom as default country, its national form finds it too.
        QSettings settings(m_dir.filePath("config/NumbersDesk/numdesk.conf"), QSettings::IniFormat);
        settings.setValue("preferences/defaultCountry", "GB");
        settings.sync();
        r = run(atSandbox({"show", "01224 980000", "--format", "json"}));
        settings.remove("preferences/defaultCountry");
        settings.sync();
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("id").toInteger(), 20591);
        r = run(atSandbox({"show", "01224 980000"}));
        QVERIFY(r.exitCode != 0); // in the US that is not the Aberdeen number

        // A country libphonenumber does not know is read as the US, by every command that reads
        // a number (the check is made when the first number is read).
        settings.setValue("preferences/defaultCountry", "ZZ");
        settings.sync();
        const Run listed = run(atSandbox(
            {"list", "--number", "(800) 500-2562", "--columns", "id", "--format", "csv"}));
        const Run shown = run(atSandbox({"show", "1 800 500 2562", "--format", "json"}));
        settings.remove("preferences/defaultCountry");
        settings.sync();
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out, QByteArray("id\r\n20590\r\n"));
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value("id").toInteger(), 20590);
    }

    void shouldUseProfileFromSettings()
    {
        QSettings settings(m_dir.filePath("config/NumbersDesk/numdesk.conf"), QSettings::IniFormat);
        ProfileStore store(&settings);
        QVERIFY(
            store.save({"local", m_sandbox->server->apiBaseUrl().toString(), AuthMethod::Basic}));
        settings.sync();
        Run r = run(
            {"--profile", "local", "list", "--limit", "1", "--columns", "id", "--format", "csv"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("id\r\n20590\r\n"));
        r = run({"--profile", "missing", "list"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("There is no profile named 'missing'."), r.err.constData());
    }

    void shouldRunAgainstItsOwnSandbox()
    {
        QProcessEnvironment env = environment();
        env.insert("NUMDESK_SANDBOX_DB", m_dir.filePath("own-sandbox.sqlite"));
        env.insert("NUMDESK_SANDBOX_NUMBERS", "250");
        const QString path = m_dir.filePath("own.csv");
        const Run r = run({"--sandbox", "export", "--out", path, "--columns", "id"}, env);
        QCOMPARE(r.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 251);
    }
    // Issue 14, item 22: the table and `show` print the names of offers, sources, pools and
    // providers; `--ids` prints the ids; JSON and CSV keep the ids.
    void shouldPrintNamesInTheTableAndShowAndIdsOnRequest()
    {
        const QStringList offers{"Auto Insurance",  "Medicare Advantage", "Debt Relief",
                                 "Home Solar",      "Final Expense",      "Home Warranty",
                                 "Personal Injury", "Pest Control"};
        const QStringList columns{"list", "--limit", "3", "--columns", "id,offer_id"};
        Run r = run(atSandbox(columns + QStringList{"--format", "json"}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 3);
        const auto lines = [](const QByteArray &out) {
            QStringList result;
            for (const QString &line :
                 QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                result << line.simplified();
            return result;
        };
        QStringList byName{QStringLiteral("ID Offer")};
        QStringList byId{QStringLiteral("ID Offer")};
        for (const QJsonValue &row : rows) {
            const qint64 id = row.toObject().value("id").toInteger();
            const qint64 offer = row.toObject().value("offer_id").toInteger();
            QVERIFY(offer >= 100 && offer <= 107);
            byName << QStringLiteral("%1 %2").arg(id).arg(offers.at(int(offer - 100)));
            byId << QStringLiteral("%1 %2").arg(id).arg(offer);
        }
        r = run(atSandbox(columns));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out), byName);
        r = run(atSandbox(columns + QStringList{"--ids"}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lines(r.out), byId);
        r = run(atSandbox({"list", "--limit", "1", "--columns", "id,offer_id", "--format", "csv"}));
        QCOMPARE(r.out.split('\n').at(1).trimmed().split(',').at(1),
                 QByteArray::number(rows.at(0).toObject().value("offer_id").toInteger()));

        const qint64 first = rows.at(0).toObject().value("id").toInteger();
        const qint64 offer = rows.at(0).toObject().value("offer_id").toInteger();
        const QString name = offers.at(int(offer - 100));
        r = run(atSandbox({"show", QString::number(first)}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("%1 (#%2)\n").arg(name).arg(offer).toUtf8()),
                 r.out.constData());
        r = run(atSandbox({"show", QString::number(first), "--ids"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(name.toUtf8()), r.out.constData());
    }

    // Issue 19.7: the server's strings reach the terminal with their control characters as
    // visible escapes, in the table, in show and in error texts.
    void shouldShowControlCharactersFromTheServerAsVisibleEscapes()
    {
        using numdesk::test::ScriptedServer;
        ScriptedServer server;
        QVERIFY(server.listen());
        const QByteArray evil = "Evil\\u001b]0;owned\\u0007\\u0000\\u009bname";
        const QByteArray shown = "Evil\\x1B]0;owned\\x07\\x00\\u009Bname";
        const QStringList base{"--base-url", QString::fromLatin1(server.baseUrl())};
        const auto noRawControls = [](const QByteArray &bytes) {
            for (const char c : bytes) {
                if ((uchar(c) < 0x20 && c != '\n') || c == 0x7f)
                    return false;
            }
            return !bytes.contains("\xC2\x9B");
        };

        server.setReplies({ScriptedServer::Reply::json(
            200, "{\"number\":{\"id\":7,\"number\":\"+12126699604\",\"name\":\"" + evil + "\"}}")});
        Run r = run(base + QStringList{"show", "7"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(shown), r.out.constData());
        QVERIFY(noRawControls(r.out));

        server.setReplies({ScriptedServer::Reply::json(
            200, "{\"numbers\":[{\"id\":7,\"number\":\"+12126699604\",\"name\":\"" + evil +
                     "\"}],\"metadata\":{\"total_count\":1,\"per_page\":250}}")});
        server.clear();
        r = run(base + QStringList{"list", "--columns", "id,name"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(shown), r.out.constData());
        QVERIFY(noRawControls(r.out));

        server.setReplies(
            {ScriptedServer::Reply::json(422, "{\"errors\":{\"base\":[\"no\\u001b[2Jway\"]}}")});
        r = run(base + QStringList{"update", "7", "--offer", "100"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no\\x1B[2Jway"), r.err.constData());
        QVERIFY(noRawControls(r.err));
    }

    // Issue 19.3: --timeout bounds a whole call; a body trickling in cannot hold the CLI.
    void shouldEndACallAtTheTimeLimitGiven()
    {
        using numdesk::test::ScriptedServer;
        ScriptedServer server;
        QVERIFY(server.listen());
        ScriptedServer::Reply trickle =
            ScriptedServer::Reply::json(200, "{\"number\":{\"id\":7}}" + QByteArray(5000, ' '));
        trickle.trickleMs = 20; // 100 s of body against a limit of 1 s
        server.setReplies({trickle});
        const Run r = run(
            {"--base-url", QString::fromLatin1(server.baseUrl()), "--timeout", "1", "show", "7"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("time limit of 1 second(s)"), r.err.constData());
    }

    // Issue 13 §1, as `list` reads it too: a number unrented after its page was read is not
    // listed. The test's server stands in front of the sandbox and unrents it before it
    // forwards the second page. Last: it changes the shared sandbox.
    void shouldListTheSetWithoutANumberUnrentedWhileItWasRead()
    {
        using numdesk::test::ScriptedServer;
        const QList<QJsonObject> all = numdesk::sandbox::test::allNumbers(*m_sandbox->http);
        QVERIFY(all.size() > 250);
        const QByteArray unrented = QByteArray::number(all.at(5).value("id").toInteger());
        QUrl origin = m_sandbox->server->apiBaseUrl();
        origin.setPath(QString());
        ScriptedServer proxy;
        QVERIFY(proxy.listen());
        int pages = 0;
        int status = 0;
        proxy.setHandler([&](const ScriptedServer::Request &request, qsizetype,
                             const ScriptedServer::Respond &respond) {
            if (request.method == "GET" && request.path() == "/api/v1/phone_numbers" &&
                ++pages == 2)
                status = m_sandbox->http->send("DELETE", "phone_numbers/" + unrented).status;
            proxy.forward(request, origin, respond);
        });
        const Run r = run({"--base-url", QString::fromLatin1(proxy.baseUrl()), "list", "--limit",
                           "0", "--columns", "id", "--format", "csv"});
        QCOMPARE(status, 200);
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), all.size()); // the header and every number but one
        for (const QByteArray &line : lines)
            QVERIFY2(line.trimmed() != unrented, unrented.constData());
        QVERIFY2(r.err.contains("Note: numbers changed while they were listed."),
                 r.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
