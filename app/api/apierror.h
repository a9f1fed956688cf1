#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace numdesk {

// Everything that can go wrong with one API call, in one type.
struct ApiError
{
    enum class Kind
    {
        Network,       // no connection, DNS, TLS, connection reset
        Timeout,       // no complete answer within the transfer timeout
        Cancelled,     // the user (or the program) cancelled the call
        Auth,          // 401: wrong or missing credentials
        Permission,    // 403: no rights, or this IP is not allowed
        NotFound,      // 404
        Validation,    // 400/422: the server refused the input; see fieldErrors
        RateLimited,   // 429; see retryAfterSeconds
        Server,        // 5xx
        BadResponse,   // a body that is not what the API sends (HTML, truncated, wrong types…)
        Configuration, // the request could not be made (no credentials, plain HTTP to a remote
                       // host)
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 when no HTTP answer came
    QString message;    // short, user-facing, translated; never holds a secret
    QString detail;     // technical detail for logs (redacted): the URL, Qt's error string…
    QMap<QString, QStringList> fieldErrors; // Validation: field ("offer_id", "base") -> messages
    std::optional<int> retryAfterSeconds;   // RateLimited, when the server said
    QDateTime retryAt; // RateLimited: when the server said to come back (UTC); invalid: not said
    // Sending the request again cannot change the answer (a redirect to another address, a TLS
    // failure, a body that cannot be decoded, a wait longer than any retry would take, the
    // call's time limit reached): no retry and no resubmit.
    bool doNotRetry = false;
    // A request that changes data (POST/PUT/DELETE) may have reached the server although no
    // answer came back (timeout or connection lost after sending): its outcome is unknown.
    bool outcomeUnknown = false;
    int attempts = 1; // how many times the request was sent

    static QString kindName(Kind kind); // "network", "timeout", … (stable, for logs and tests)
    // The message followed by every field error (a general one the message already quotes
    // only once), for a terminal or a tooltip.
    QString fullText() const;

    static ApiError make(Kind kind, const QString &message, const QString &detail = {});
};

} // namespace numdesk
