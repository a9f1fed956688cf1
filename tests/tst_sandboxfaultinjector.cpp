#include "faultinjector.h"

#include <QTest>

using numdesk::sandbox::FaultInjector;
using numdesk::sandbox::FaultSettings;
using Action = FaultInjector::Action;

class tst_SandboxFaultInjector : public QObject
{
    Q_OBJECT

private slots:
    void shouldServeEverythingByDefault()
    {
        FaultInjector injector(1);
        for (int i = 0; i < 100; ++i) {
            const auto d = injector.decide(i);
            QCOMPARE(d.action, Action::Serve);
            QCOMPARE(d.latencyMs, 0);
        }
    }
    void shouldRepeatTheSameSequenceForASeed()
    {
        FaultSettings settings;
        settings.errorRate = 0.5;
        settings.dropRate = 0.1;
        FaultInjector a(7), b(7);
        a.setSettings(settings);
        b.setSettings(settings);
        for (int i = 0; i < 200; ++i) {
            const auto x = a.decide(i), y = b.decide(i);
            QCOMPARE(x.action, y.action);
            QCOMPARE(x.status, y.status);
        }
    }
    void shouldLimitRequestsPerSlidingSecond()
    {
        FaultSettings settings;
        settings.rateLimitPerSecond = 2;
        settings.retryAfterSeconds = 1;
        FaultInjector injector(1);
        injector.setSettings(settings);
        QCOMPARE(injector.decide(0).action, Action::Serve);
        QCOMPARE(injector.decide(100).action, Action::Serve);
        const auto limited = injector.decide(200);
        QCOMPARE(limited.action, Action::RateLimit);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.retryAfterSeconds, 1);
        QCOMPARE(injector.decide(999).action, Action::RateLimit);
        QCOMPARE(injector.decide(1000).action, Action::Serve); // the request at 0 has left
        QCOMPARE(injector.decide(1050).action, Action::RateLimit);
    }
    void shouldDropAndFailAtTheirRates()
    {
        FaultSettings settings;
        settings.dropRate = 0.2;
        settings.errorRate = 0.25;
        settings.latencyMs = 40;
        FaultInjector injector(3);
        injector.setSettings(settings);
        int drops = 0, errors = 0;
        for (int i = 0; i < 10000; ++i) {
            const auto d = injector.decide(i);
            QCOMPARE(d.latencyMs, 40);
            drops += d.action == Action::Drop ? 1 : 0;
            if (d.action == Action::ServerError) {
                ++errors;
                QVERIFY(d.status == 500 || d.status == 502 || d.status == 503);
            }
        }
        QVERIFY2(drops > 1850 && drops < 2150, qPrintable(QString::number(drops)));
        // Errors come from the requests that were not dropped: 0.8 * 0.25 = 20 %.
        QVERIFY2(errors > 1850 && errors < 2150, qPrintable(QString::number(errors)));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxFaultInjector)
#include "tst_sandboxfaultinjector.moc"
