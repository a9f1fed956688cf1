#include "retrypolicy.h"

#include <algorithm>

namespace numdesk {

bool RetryPolicy::isIdempotent(const QByteArray &verb)
{
    return verb == "GET" || verb == "HEAD" || verb == "PUT" || verb == "DELETE";
}

bool RetryPolicy::isRetryable(const QByteArray &verb, const ApiError &error) const
{
    if (!isIdempotent(verb) || error.doNotRetry)
        return false;
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::RateLimited:
        return true;
    default:
        return false;
    }
}

std::optional<int> RetryPolicy::delayBeforeRetry(const QByteArray &verb, int attempt,
                                                 const ApiError &error,
                                                 QRandomGenerator *random) const
{
    if (attempt >= maxAttempts || !isRetryable(verb, error))
        return std::nullopt;
    if (error.retryAfterSeconds) {
        const qint64 wanted = qint64(*error.retryAfterSeconds) * 1000; // 64-bit: never wraps
        if (wanted < 0 || wanted > maxDelayMs || wanted > kMaxRetryAfterSeconds * 1000LL)
            return std::nullopt;
        return int(wanted);
    }
    const qint64 ceiling =
        std::min<qint64>(maxDelayMs, qint64(baseDelayMs) << std::min(attempt - 1, 20));
    QRandomGenerator *rng = random ? random : QRandomGenerator::global();
    // "Equal jitter": half the ceiling fixed, half random, so that retries never come at once.
    const qint64 half = ceiling / 2;
    return int(half + (half > 0 ? qint64(rng->bounded(quint32(half + 1))) : 0));
}

} // namespace numdesk
