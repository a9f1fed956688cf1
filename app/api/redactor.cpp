#include "redactor.h"

#include <QRegularExpression>

#include <algorithm>

namespace numdesk {

Redactor::Redactor(const Credentials &credentials)
{
    QStringList secrets;
    auto add = [&secrets](const QString &secret) {
        // Any length: a short key is still a key (it may blank out parts of ordinary words).
        if (secret.isEmpty())
            return;
        secrets << secret << QString::fromLatin1(QUrl::toPercentEncoding(secret));
    };
    add(credentials.privateKey);
    add(credentials.token);
    if (!credentials.privateKey.isEmpty()) {
        const QByteArray pair =
            (credentials.publicKey + QLatin1Char(':') + credentials.privateKey).toUtf8();
        add(QString::fromLatin1(pair.toBase64()));
    }
    secrets.removeDuplicates();
    std::sort(secrets.begin(), secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_secrets = secrets;
}

QString Redactor::redact(const QString &text) const
{
    QString out = text;
    for (const QString &secret : m_secrets)
        out.replace(secret, placeholder());
    // Whatever the account, an auth_token or Authorization value never reaches a log.
    static const QRegularExpression authToken(QStringLiteral("(auth_token=)[^&#\\s\"']*"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression header(
        QStringLiteral("(Authorization:\\s*(?:Basic|Token|Bearer)\\s+)\\S+"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(authToken, QStringLiteral("\\1") + placeholder());
    out.replace(header, QStringLiteral("\\1") + placeholder());
    return out;
}

QString Redactor::redact(const QUrl &url) const
{
    QUrl copy = url;
    copy.setPassword(QString());
    return redact(copy.toString(QUrl::FullyEncoded));
}

} // namespace numdesk
