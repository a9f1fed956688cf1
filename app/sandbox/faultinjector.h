#pragma once

#include "faultsettings.h"
#include "randomgenerator.h"

#include <QQueue>

namespace numdesk::sandbox {

// Decides, per request, which injected fault (if any) it gets. Seeded, so a test with a fixed
// seed sees the same sequence of faults every run.
class FaultInjector
{
public:
    enum class Action
    {
        Serve,
        Drop,
        RateLimit,
        ServerError
    };
    struct Decision
    {
        Action action = Action::Serve;
        int status = 200; // for ServerError: 500, 502 or 503; 429 for RateLimit
        int latencyMs = 0;
        int retryAfterSeconds = 0;
    };

    explicit FaultInjector(quint64 seed)
        : m_random(seed)
    {}

    void setSettings(const FaultSettings &settings);
    FaultSettings settings() const { return m_settings; }

    // `nowMs`: a monotonic clock in ms (the rate limit counts the requests of the last second).
    Decision decide(qint64 nowMs);

private:
    FaultSettings m_settings;
    RandomGenerator m_random;
    QQueue<qint64> m_recentRequests;
};

} // namespace numdesk::sandbox
