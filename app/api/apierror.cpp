#include "apierror.h"

namespace numdesk {

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Permission:
        return QStringLiteral("permission");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    }
    return {};
}

QString ApiError::fullText() const
{
    QStringList lines{message};
    for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it) {
        for (const QString &text : it.value()) {
            const QString line =
                it.key() == QLatin1String("base") ? text : it.key() + QStringLiteral(": ") + text;
            // The message often quotes the server's first general error already ("…: Number is
            // protected…"): once is enough.
            if (it.key() != QLatin1String("base") || !message.endsWith(text))
                lines << line;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

ApiError ApiError::make(Kind kind, const QString &message, const QString &detail)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.detail = detail;
    return error;
}

} // namespace numdesk
