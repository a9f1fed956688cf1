#include "authchecker.h"

#include <QCryptographicHash>

namespace numdesk::sandbox {

namespace {

// Compares secrets without an early exit on the first differing byte.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < ha.size(); ++i)
        diff |= static_cast<unsigned char>(ha.at(i) ^ hb.at(i));
    return diff == 0 && !a.isEmpty();
}

} // namespace

QByteArray AuthChecker::challenge()
{
    return QByteArrayLiteral(
        "Basic realm=\"TrackDrive Sandbox\", Token realm=\"TrackDrive Sandbox\"");
}

bool AuthChecker::basicMatches(const QByteArray &encoded) const
{
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray pair = *decoded;
    const qsizetype colon = pair.indexOf(':');
    if (colon < 0)
        return false;
    return sameSecret(pair.left(colon), m_credentials.publicKey.toUtf8()) &&
           sameSecret(pair.mid(colon + 1), m_credentials.privateKey.toUtf8());
}

bool AuthChecker::tokenMatches(QByteArray credentials) const
{
    credentials = credentials.trimmed();
    // Rails' authenticate_with_http_token also takes: Token token="abc", other="…"
    if (credentials.startsWith("token=")) {
        credentials = credentials.mid(6);
        const qsizetype comma = credentials.indexOf(',');
        if (comma >= 0)
            credentials = credentials.left(comma);
        credentials = credentials.trimmed();
        if (credentials.size() >= 2 && credentials.startsWith('"') && credentials.endsWith('"'))
            credentials = credentials.mid(1, credentials.size() - 2);
    }
    return sameSecret(credentials, m_credentials.accessToken.toUtf8());
}

AuthChecker::Method AuthChecker::authenticate(const QList<QPair<QByteArray, QByteArray>> &headers,
                                              const QueryItems &query) const
{
    for (const auto &header : headers) {
        if (header.first.compare("Authorization", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray value = header.second.trimmed();
        const qsizetype space = value.indexOf(' ');
        const QByteArray scheme = value.left(space < 0 ? value.size() : space).toLower();
        const QByteArray rest = space < 0 ? QByteArray() : value.mid(space + 1);
        if (scheme == "basic" && basicMatches(rest))
            return Method::Basic;
        if (scheme == "token" && tokenMatches(rest))
            return Method::Token;
    }
    bool given = false;
    const QString token = RawQueryParser::value(query, QStringLiteral("auth_token"), &given);
    if (given && sameSecret(token.toUtf8(), m_credentials.authToken.toUtf8()))
        return Method::QueryToken;
    return Method::None;
}

} // namespace numdesk::sandbox
