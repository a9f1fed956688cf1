#include "faultinjector.h"

#include <QtGlobal>

namespace numdesk::sandbox {

void FaultInjector::setSettings(const FaultSettings &settings)
{
    m_settings = settings;
    m_settings.latencyMs = qMax(0, settings.latencyMs);
    m_settings.errorRate = qBound(0.0, settings.errorRate, 1.0);
    m_settings.dropRate = qBound(0.0, settings.dropRate, 1.0);
    m_settings.rateLimitPerSecond = qMax(0, settings.rateLimitPerSecond);
    m_settings.retryAfterSeconds = qMax(0, settings.retryAfterSeconds);
    m_recentRequests.clear();
}

FaultInjector::Decision FaultInjector::decide(qint64 nowMs)
{
    Decision decision;
    decision.latencyMs = m_settings.latencyMs;
    if (m_settings.rateLimitPerSecond > 0) {
        while (!m_recentRequests.isEmpty() && m_recentRequests.head() <= nowMs - 1000)
            m_recentRequests.dequeue();
        if (m_recentRequests.size() >= m_settings.rateLimitPerSecond) {
            decision.action = Action::RateLimit;
            decision.status = 429;
            // Until the oldest counted request leaves the window, at least the configured value.
            const qint64 waitMs = m_recentRequests.head() + 1000 - nowMs;
            decision.retryAfterSeconds =
                qMax(m_settings.retryAfterSeconds, int((waitMs + 999) / 1000));
            return decision;
        }
        m_recentRequests.enqueue(nowMs);
    }
    // Draw both numbers every time so that one rate does not shift the other's sequence.
    const double dropRoll = m_random.real();
    const double errorRoll = m_random.real();
    const quint64 statusRoll = m_random.bounded(3);
    if (dropRoll < m_settings.dropRate) {
        decision.action = Action::Drop;
        return decision;
    }
    if (errorRoll < m_settings.errorRate) {
        static constexpr int kStatuses[] = {500, 502, 503};
        decision.action = Action::ServerError;
        decision.status = kStatuses[statusRoll];
        decision.retryAfterSeconds = m_settings.retryAfterSeconds;
    }
    return decision;
}

} // namespace numdesk::sandbox
