#pragma once

// What tests that talk to the sandbox through the real client share: the account, patient retry
// options, and the fault settings every fault test runs through.
#include "account.h"
#include "apiclient.h"
#include "faultsettings.h"
#include "sandboxserver.h"

#include <QTest>
#include <QUrl>

Q_DECLARE_METATYPE(numdesk::sandbox::FaultSettings)

namespace numdesk::test {

// The sandbox at `apiBase` with its demo access token (Authorization: Token).
inline Account sandboxAccount(const QUrl &apiBase)
{
    Account account;
    account.apiBase = apiBase;
    account.credentials.method = AuthMethod::Token;
    account.credentials.token = sandbox::SandboxServer::demoCredentials().accessToken;
    return account;
}

inline Account sandboxAccount(const sandbox::SandboxServer &server)
{
    return sandboxAccount(server.apiBaseUrl());
}

// Retries enough that a page failing every time is a one-in-10^8 event at 10 % faults.
inline ApiClient::Options patientOptions()
{
    ApiClient::Options options;
    options.retry.maxAttempts = 8;
    options.retry.baseDelayMs = 20;
    options.retry.maxDelayMs = 3000;
    options.request.timeoutMs = 10000;
    return options;
}

inline sandbox::FaultSettings faults(int latencyMs, double errorRate, int rateLimit, int retryAfter,
                                     double drop)
{
    sandbox::FaultSettings f;
    f.latencyMs = latencyMs;
    f.errorRate = errorRate;
    f.rateLimitPerSecond = rateLimit;
    f.retryAfterSeconds = retryAfter;
    f.dropRate = drop;
    return f;
}

// The rows of a data function: a "settings" column with each fault alone, then all at once.
inline void addFaultRows()
{
    QTest::addColumn<sandbox::FaultSettings>("settings");
    QTest::newRow("10% 5xx") << faults(0, 0.1, 0, 0, 0);
    QTest::newRow("429 bursts with Retry-After") << faults(0, 0, 3, 1, 0);
    QTest::newRow("10% dropped connections") << faults(0, 0, 0, 0, 0.1);
    QTest::newRow("500 ms latency") << faults(500, 0, 0, 0, 0);
    QTest::newRow("all at once") << faults(100, 0.1, 6, 1, 0.05);
}

} // namespace numdesk::test
