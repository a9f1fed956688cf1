#pragma once

#include <QStringList>

namespace numdesk::sandbox {

// Faults the sandbox injects into its replies; all off by default.
struct FaultSettings
{
    int latencyMs = 0;          // every reply is delayed by this much (without blocking)
    double errorRate = 0;       // fraction of requests answered 500, 502 or 503
    int rateLimitPerSecond = 0; // requests per second beyond which 429 is answered; 0 = off
    int retryAfterSeconds = 1;  // Retry-After of the 429 (and 503) replies
    double dropRate = 0;        // fraction of requests whose connection is closed unanswered
    // Paths answered 404 as by a server that lacks them ("/api/v1/collections/time_zone"; the
    // ".json" form too).
    QStringList missingPaths;
    // Fraction of the numbers a search offered that another customer takes just before they
    // are bought (the purchase answers 422 "is no longer available").
    double searchRaceRate = 0;

    bool operator==(const FaultSettings &o) const
    {
        return latencyMs == o.latencyMs && errorRate == o.errorRate &&
               rateLimitPerSecond == o.rateLimitPerSecond &&
               retryAfterSeconds == o.retryAfterSeconds && dropRate == o.dropRate &&
               missingPaths == o.missingPaths && searchRaceRate == o.searchRaceRate;
    }
    bool operator!=(const FaultSettings &o) const { return !(*this == o); }
};

} // namespace numdesk::sandbox
