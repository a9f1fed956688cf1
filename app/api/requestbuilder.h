#pragma once

#include "account.h"
#include "requests.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QPair>

namespace numdesk {

struct PreparedRequest
{
    QNetworkRequest request;
    QByteArray verb; // GET, POST, PUT, DELETE
    QByteArray body; // JSON, or empty
};

struct RequestOptions
{
    int timeoutMs = 30000;
    static constexpr int kMaxRedirects = 5; // per call; a loop ends after these
    bool http2 = true;
};

// The one place where typed requests become HTTP: URL, percent-encoded query, auth, headers and
// JSON body. No network here, so a test can check every byte.
class RequestBuilder
{
public:
    explicit RequestBuilder(Account account = {}, RequestOptions options = {});

    PreparedRequest build(const ListNumbers &request) const;
    PreparedRequest build(const ShowNumber &request) const;
    PreparedRequest build(const PurchaseNumber &request) const;
    PreparedRequest build(const UpdateNumber &request) const;
    PreparedRequest build(const UnrentNumber &request) const;
    PreparedRequest build(const ListLookups &request) const;
    PreparedRequest build(const ListTimeZones &request) const;
    PreparedRequest build(const SearchNumbers &request) const;

    const Account &account() const { return m_account; }
    const RequestOptions &options() const { return m_options; }

    // key=value pairs joined with '&', every key and value percent-encoded ('+' as %2B).
    static QByteArray encodeQuery(const QList<QPair<QString, QString>> &items);
    static QByteArray userAgent();
    static QByteArray purchaseBody(const PurchaseNumber &request);
    static QByteArray updateBody(const NumberChanges &changes);

private:
    PreparedRequest prepare(const QByteArray &verb, const QString &path,
                            QList<QPair<QString, QString>> query, const QByteArray &body,
                            const QByteArray &accept = "application/json") const;

    Account m_account;
    RequestOptions m_options;
};

} // namespace numdesk
