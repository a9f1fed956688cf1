#include "requestbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace numdesk {

namespace {

QString numberPath(const QString &id)
{
    // "+18005002562" must reach the server as %2B18005002562: a raw '+' is a space to Rails.
    return QStringLiteral("phone_numbers/") +
           QString::fromLatin1(QUrl::toPercentEncoding(id.trimmed()));
}

QJsonValue nullableId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

} // namespace

RequestBuilder::RequestBuilder(Account account, RequestOptions options)
    : m_account(std::move(account))
    , m_options(options)
{}

QByteArray RequestBuilder::userAgent()
{
    return QByteArrayLiteral("NumbersDesk/" NUMDESK_VERSION " (Qt ") + QByteArray(qVersion()) + ')';
}

QByteArray RequestBuilder::encodeQuery(const QList<QPair<QString, QString>> &items)
{
    QByteArray query;
    for (const auto &[key, value] : items) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return query;
}

PreparedRequest RequestBuilder::prepare(const QByteArray &verb, const QString &path,
                                        QList<QPair<QString, QString>> query,
                                        const QByteArray &body, const QByteArray &accept) const
{
    const Credentials &credentials = m_account.credentials;
    if (credentials.method == AuthMethod::AuthTokenQuery)
        query.append({QStringLiteral("auth_token"), credentials.token});

    QUrl url = m_account.apiBase;
    // The path arrives already percent-encoded; TolerantMode keeps it as it is.
    url.setPath(m_account.apiBase.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    const QByteArray encodedQuery = encodeQuery(query);
    if (!encodedQuery.isEmpty())
        url.setQuery(QString::fromLatin1(encodedQuery), QUrl::TolerantMode);

    PreparedRequest prepared;
    prepared.verb = verb;
    prepared.body = body;
    QNetworkRequest &request = prepared.request;
    request.setUrl(url);
    request.setRawHeader("Accept", accept);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!body.isEmpty() || verb == "POST" || verb == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (credentials.method == AuthMethod::Basic) {
        const QByteArray pair =
            (credentials.publicKey + QLatin1Char(':') + credentials.privateKey).toUtf8();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    } else if (credentials.method == AuthMethod::Token) {
        request.setRawHeader("Authorization", "Token " + credentials.token.toUtf8());
    }
    // The Authorization header must never follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(RequestOptions::kMaxRedirects);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_options.http2);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_options.timeoutMs);
    return prepared;
}

PreparedRequest RequestBuilder::build(const ListNumbers &r) const
{
    QList<QPair<QString, QString>> query;
    query.append({QStringLiteral("page"), QString::number(r.page)});
    query.append({QStringLiteral("per_page"), QString::number(r.perPage)});
    query += r.filter.queryItems();
    if (!r.columns.isEmpty())
        query.append({QStringLiteral("columns"), r.columns.join(QLatin1Char(','))});
    if (!r.root)
        query.append({QStringLiteral("root"), QStringLiteral("false")});
    if (r.format == ListFormat::Csv)
        return prepare("GET", QStringLiteral("phone_numbers.csv"), query, {}, "text/csv");
    return prepare("GET", QStringLiteral("phone_numbers"), query, {});
}

PreparedRequest RequestBuilder::build(const ShowNumber &r) const
{
    return prepare("GET", numberPath(r.id), {}, {});
}

QByteArray RequestBuilder::purchaseBody(const PurchaseNumber &r)
{
    QJsonObject body{
        {QStringLiteral("provider_configuration_id"), r.providerConfigurationId},
        {QStringLiteral("offer_id"), r.offerId},
        {QStringLiteral("toll_free"), r.tollFree},
        {QStringLiteral("country"), r.country},
    };
    if (r.trafficSourceId)
        body.insert(QStringLiteral("traffic_source_id"), *r.trafficSourceId);
    if (r.ringPoolId)
        body.insert(QStringLiteral("ring_pool_id"), *r.ringPoolId);
    if (r.tokenValues)
        body.insert(QStringLiteral("token_values"), QJsonArray::fromStringList(*r.tokenValues));
    if (!r.requestedNumber.trimmed().isEmpty())
        body.insert(QStringLiteral("requested_number"), r.requestedNumber.trimmed());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

PreparedRequest RequestBuilder::build(const PurchaseNumber &r) const
{
    return prepare("POST", QStringLiteral("phone_numbers"), {}, purchaseBody(r));
}

QByteArray RequestBuilder::updateBody(const NumberChanges &c)
{
    QJsonObject body;
    if (c.offerId)
        body.insert(QStringLiteral("offer_id"), *c.offerId);
    if (c.trafficSourceId)
        body.insert(QStringLiteral("traffic_source_id"), nullableId(*c.trafficSourceId));
    if (c.ringPoolId)
        body.insert(QStringLiteral("ring_pool_id"), nullableId(*c.ringPoolId));
    if (c.tokenValues) {
        body.insert(QStringLiteral("token_values"),
                    *c.tokenValues ? QJsonValue(QJsonArray::fromStringList(**c.tokenValues))
                                   : QJsonValue(QJsonValue::Null));
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

PreparedRequest RequestBuilder::build(const UpdateNumber &r) const
{
    return prepare("PUT", numberPath(r.id), {}, updateBody(r.changes));
}

PreparedRequest RequestBuilder::build(const UnrentNumber &r) const
{
    return prepare("DELETE", numberPath(r.id), {}, {});
}

PreparedRequest RequestBuilder::build(const ListLookups &r) const
{
    QList<QPair<QString, QString>> query{{QStringLiteral("page"), QString::number(r.page)},
                                         {QStringLiteral("per_page"), QString::number(r.perPage)}};
    if (!r.fulltext.trimmed().isEmpty())
        query.append({QStringLiteral("fulltext"), r.fulltext.trimmed()});
    return prepare("GET", schema::lookupPath(r.kind), query, {});
}

PreparedRequest RequestBuilder::build(const ListTimeZones &) const
{
    return prepare("GET", QStringLiteral("collections/time_zone"), {}, {});
}

PreparedRequest RequestBuilder::build(const SearchNumbers &r) const
{
    // The documented example: search?country=US&toll_free=false&prefix=415&query=…
    QList<QPair<QString, QString>> query{
        {QStringLiteral("country"), r.country.trimmed()},
        {QStringLiteral("toll_free"),
         r.tollFree ? QStringLiteral("true") : QStringLiteral("false")}};
    if (!r.prefix.trimmed().isEmpty())
        query.append({QStringLiteral("prefix"), r.prefix.trimmed()});
    if (!r.contains.trimmed().isEmpty())
        query.append({QStringLiteral("query"), r.contains.trimmed()});
    if (r.limit)
        query.append({QStringLiteral("limit"), QString::number(*r.limit)});
    return prepare("GET", QStringLiteral("phone_numbers/search"), query, {});
}

} // namespace numdesk
