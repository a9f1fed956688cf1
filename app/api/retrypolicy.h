#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <optional>

namespace numdesk {

// When a failed call is sent again, and after how long.
//  - GET: on network errors, timeouts, 5xx and 429.
//  - PUT and DELETE set a state, so sending them twice does no harm: they are retried on the same
//    errors. (A DELETE that then answers 404 was done by the first try; ApiClient treats it so.)
//  - POST buys a number: never retried. Its caller is told when the outcome is unknown.
// Delays grow exponentially with full jitter and honour Retry-After; a Retry-After longer than
// maxDelayMs ends the retries, so that a caller is not held for minutes.
struct RetryPolicy
{
    int maxAttempts = 4; // the first try included
    int baseDelayMs = 300;
    int maxDelayMs = 20000;
    // The longest Retry-After anyone waits for (a page resubmit included); a server asking more
    // is told to the user with its message and when it said to come back.
    static constexpr int kMaxRetryAfterSeconds = 60;

    static bool isIdempotent(const QByteArray &verb);
    bool isRetryable(const QByteArray &verb, const ApiError &error) const;
    // The delay before attempt `attempt + 1` after `attempt` tries failed with `error`, or nullopt
    // when there is no further attempt. `random` makes the jitter reproducible in tests.
    std::optional<int> delayBeforeRetry(const QByteArray &verb, int attempt, const ApiError &error,
                                        QRandomGenerator *random = nullptr) const;

    static RetryPolicy none() { return RetryPolicy{1, 0, 0}; }
};

} // namespace numdesk
