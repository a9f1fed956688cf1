#include "retrypolicy.h"

#include <QTest>

#include <limits>

using namespace numdesk;
using Kind = ApiError::Kind;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void shouldRetryOnlyTransientErrorsOfIdempotentVerbs_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retry");
        for (const char *verb : {"GET", "PUT", "DELETE"}) {
            for (Kind k : {Kind::Network, Kind::Timeout, Kind::Server, Kind::RateLimited})
                QTest::addRow("%s %d", verb, int(k)) << QByteArray(verb) << int(k) << true;
            for (Kind k : {Kind::Auth, Kind::Permission, Kind::NotFound, Kind::Validation,
                           Kind::BadResponse, Kind::Cancelled, Kind::Configuration})
                QTest::addRow("%s %d", verb, int(k)) << QByteArray(verb) << int(k) << false;
        }
        for (Kind k : {Kind::Network, Kind::Timeout, Kind::Server, Kind::RateLimited})
            QTest::addRow("POST %d", int(k)) << QByteArray("POST") << int(k) << false;
    }
    void shouldRetryOnlyTransientErrorsOfIdempotentVerbs()
    {
        QFETCH(QByteArray, verb);
        QFETCH(int, kind);
        QFETCH(bool, retry);
        const RetryPolicy policy;
        QCOMPARE(policy.isRetryable(verb, ApiError::make(Kind(kind), {})), retry);
        QCOMPARE(policy.delayBeforeRetry(verb, 1, ApiError::make(Kind(kind), {})).has_value(),
                 retry);
    }

    void shouldGrowDelaysWithJitterAndStopAtMaxAttempts()
    {
        RetryPolicy policy;
        policy.maxAttempts = 4;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        QRandomGenerator random(7);
        const ApiError error = ApiError::make(Kind::Server, {});
        const int ceilings[] = {100, 200, 400};
        for (int attempt = 1; attempt <= 3; ++attempt) {
            for (int i = 0; i < 50; ++i) {
                const auto delay = policy.delayBeforeRetry("GET", attempt, error, &random);
                QVERIFY(delay.has_value());
                QVERIFY2(*delay >= ceilings[attempt - 1] / 2 && *delay <= ceilings[attempt - 1],
                         qPrintable(QString::number(*delay)));
            }
        }
        QVERIFY(!policy.delayBeforeRetry("GET", 4, error, &random).has_value());
    }

    void shouldCapTheDelay()
    {
        RetryPolicy policy;
        policy.maxAttempts = 30;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        QRandomGenerator random(1);
        const auto delay =
            policy.delayBeforeRetry("GET", 25, ApiError::make(Kind::Network, {}), &random);
        QVERIFY(delay.has_value());
        QVERIFY(*delay >= 500 && *delay <= 1000);
    }

    void shouldHonourRetryAfterUpToTheMaximum()
    {
        RetryPolicy policy;
        policy.maxDelayMs = 5000;
        ApiError limited = ApiError::make(Kind::RateLimited, {});
        limited.retryAfterSeconds = 2;
        QCOMPARE(policy.delayBeforeRetry("GET", 1, limited), 2000);
        limited.retryAfterSeconds = 0;
        QCOMPARE(policy.delayBeforeRetry("GET", 1, limited), 0);
        limited.retryAfterSeconds = 3600;
        QVERIFY(!policy.delayBeforeRetry("GET", 1, limited).has_value());
    }

    // Issue 19.1: in 64-bit arithmetic and never past the cap, however lenient the policy.
    void shouldNeverWaitPastTheRetryAfterCap()
    {
        RetryPolicy policy;
        policy.maxDelayMs = std::numeric_limits<int>::max();
        ApiError limited = ApiError::make(Kind::RateLimited, {});
        limited.retryAfterSeconds = RetryPolicy::kMaxRetryAfterSeconds;
        QCOMPARE(policy.delayBeforeRetry("GET", 1, limited), 60000);
        for (const int seconds : {61, 999999, 3000000, std::numeric_limits<int>::max()}) {
            limited.retryAfterSeconds = seconds;
            QVERIFY2(!policy.delayBeforeRetry("GET", 1, limited).has_value(),
                     qPrintable(QString::number(seconds)));
        }
        limited.retryAfterSeconds = 1;
        limited.doNotRetry = true;
        QVERIFY(!policy.delayBeforeRetry("GET", 1, limited).has_value());
    }

    void shouldNeverRetryWithThePolicyNone()
    {
        QVERIFY(!RetryPolicy::none().delayBeforeRetry("GET", 1, ApiError::make(Kind::Server, {})));
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
