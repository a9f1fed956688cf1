#include "sandboxcommandline.h"
#include "sandboxserver.h"
#include "unixsignalwatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace numdesk::sandbox;

class tst_SandboxCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadEveryOption()
    {
        SandboxCommandLine line;
        QString error;
        QVERIFY2(line.parse({QStringLiteral("numdesk-sandbox"),
                             QStringLiteral("--port"),
                             QStringLiteral("8099"),
                             QStringLiteral("--db"),
                             QStringLiteral("/tmp/x.sqlite"),
                             QStringLiteral("--numbers"),
                             QStringLiteral("1000000"),
                             QStringLiteral("--seed"),
                             QStringLiteral("9"),
                             QStringLiteral("--latency-ms"),
                             QStringLiteral("120"),
                             QStringLiteral("--error-rate"),
                             QStringLiteral("0.1"),
                             QStringLiteral("--rate-limit"),
                             QStringLiteral("5"),
                             QStringLiteral("--retry-after"),
                             QStringLiteral("3"),
                             QStringLiteral("--drop-rate"),
                             QStringLiteral("0.05"),
                             QStringLiteral("--search-race-rate"),
                             QStringLiteral("0.25"),
                             QStringLiteral("--per-page-cap"),
                             QStringLiteral("100")},
                            &error),
                 qPrintable(error));
        QCOMPARE(line.port, quint16(8099));
        QCOMPARE(line.options.databasePath, QStringLiteral("/tmp/x.sqlite"));
        QCOMPARE(line.options.numbers, 1000000);
        QCOMPARE(line.options.seed, 9u);
        QCOMPARE(line.options.perPageCap, 100);
        QCOMPARE(line.faults.latencyMs, 120);
        QCOMPARE(line.faults.errorRate, 0.1);
        QCOMPARE(line.faults.rateLimitPerSecond, 5);
        QCOMPARE(line.faults.retryAfterSeconds, 3);
        QCOMPARE(line.faults.dropRate, 0.05);
        QCOMPARE(line.faults.searchRaceRate, 0.25);
        QVERIFY(!line.helpRequested);
        QVERIFY(SandboxCommandLine::helpText().contains(QStringLiteral("--search-race-rate <R>")));
    }
    void shouldDefaultSensibly()
    {
        SandboxCommandLine line;
        QString error;
        QVERIFY(line.parse({QStringLiteral("numdesk-sandbox")}, &error));
        QCOMPARE(line.port, quint16(0));
        QCOMPARE(line.options.numbers, 3000);
        QCOMPARE(line.options.databasePath, SandboxServer::defaultDatabasePath());
        QCOMPARE(line.faults, FaultSettings());
        QVERIFY(line.parse(
            {QStringLiteral("numdesk-sandbox"), QStringLiteral("--db"), QStringLiteral(":memory:")},
            &error));
        QVERIFY(line.options.databasePath.isEmpty());
    }
    void shouldRejectBadValuesWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                              << "--port must be a whole number from 0 to 65535 (got '70000')";
        QTest::newRow("rate") << QStringList{QStringLiteral("--error-rate"), QStringLiteral("2")}
                              << "--error-rate must be a fraction from 0 to 1 (got '2')";
        QTest::newRow("race rate")
            << QStringList{QStringLiteral("--search-race-rate"), QStringLiteral("-0.5")}
            << "--search-race-rate must be a fraction from 0 to 1 (got '-0.5')";
        QTest::newRow("numbers") << QStringList{QStringLiteral("--numbers"), QStringLiteral("x")}
                                 << "--numbers must be a whole number";
        QTest::newRow("unknown") << QStringList{QStringLiteral("--colour")}
                                 << "Unknown option 'colour'.";
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("--port")} << "Missing value after '--port'.";
        QTest::newRow("positional")
            << QStringList{QStringLiteral("extra")} << "Unexpected argument 'extra'";
    }
    void shouldRejectBadValuesWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        SandboxCommandLine line;
        QString error;
        QVERIFY(!line.parse(QStringList{QStringLiteral("numdesk-sandbox")} + arguments, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }
    void shouldTurnSigtermIntoAQtSignal()
    {
        UnixSignalWatcher watcher({SIGTERM});
        QVERIFY(watcher.isValid());
        QSignalSpy spy(&watcher, &UnixSignalWatcher::signalReceived);
        ::raise(SIGTERM);
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.first().first().toInt(), int(SIGTERM));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxCommandLine)
#include "tst_sandboxcommandline.moc"
