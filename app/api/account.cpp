#include "account.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace numdesk {

namespace {

// The messages of this file: Text::tr("…") is what lupdate reads (it cannot see a literal
// passed to a helper).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::Account)
};

std::optional<QUrl> fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

bool Credentials::isComplete() const
{
    if (method == AuthMethod::Basic)
        return !publicKey.isEmpty() && !privateKey.isEmpty();
    return !token.isEmpty();
}

bool Account::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QUrl> Account::apiBaseFromInput(const QString &input, QString *error)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(error, Text::tr("Enter the account's subdomain or address."));

    static const QRegularExpression subdomain(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$"));
    if (subdomain.match(text).hasMatch())
        text = QStringLiteral("https://%1.trackdrive.com").arg(text.toLower());
    else if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));

    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(error, Text::tr("'%1' is not a valid address.").arg(input.trimmed()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(error, Text::tr("The address must start with https://."));
    if (scheme == QLatin1String("http") && !isLoopback(url))
        return fail(error, Text::tr("Plain http:// is only allowed to this computer; use https:// "
                                    "so that the keys are not sent in the clear."));
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return fail(error, Text::tr("The address must not contain a query, a fragment or a user "
                                    "name; enter the keys in their own fields."));

    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/api/v1")))
        path += QLatin1String("/api/v1");
    url.setPath(path + QLatin1Char('/'));
    url.setScheme(scheme);
    return url;
}

QString authMethodKey(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Basic:
        return QStringLiteral("basic");
    case AuthMethod::Token:
        return QStringLiteral("token");
    case AuthMethod::AuthTokenQuery:
        return QStringLiteral("auth-token");
    }
    return {};
}

std::optional<AuthMethod> authMethodFromKey(const QString &key)
{
    for (AuthMethod m : {AuthMethod::Basic, AuthMethod::Token, AuthMethod::AuthTokenQuery}) {
        if (authMethodKey(m) == key)
            return m;
    }
    return std::nullopt;
}

} // namespace numdesk
