#include "connectiontester.h"

#include "apiclient.h"
#include "redactor.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace numdesk {

QString ConnectionTestResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Connected:
        return QStringLiteral("connected");
    case Outcome::HostNotFound:
        return QStringLiteral("dns");
    case Outcome::TlsError:
        return QStringLiteral("tls");
    case Outcome::Unauthorized:
        return QStringLiteral("401");
    case Outcome::Forbidden:
        return QStringLiteral("403");
    case Outcome::IpNotAllowed:
        return QStringLiteral("ip-not-allowed");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::NotTrackDrive:
        return QStringLiteral("not-trackdrive");
    case Outcome::Configuration:
        return QStringLiteral("configuration");
    case Outcome::OtherError:
        break;
    }
    return QStringLiteral("error");
}

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient({}, this))
{
    ApiClient::Options options;
    options.retry = RetryPolicy::none(); // one request: the answer is the test's answer
    options.request.timeoutMs = 15000;
    options.maxBodyBytes = 1024 * 1024;
    m_client->setOptions(options);
    // ApiError says "network" for DNS and TLS alike; the reply itself tells them apart.
    connect(m_client->networkAccessManager(), &QNetworkAccessManager::finished, this,
            [this](QNetworkReply *reply) {
                m_lastCode = reply->error();
                m_lastQtMessage = reply->errorString();
            });
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::setTimeout(int milliseconds)
{
    m_client->setRequestTimeout(milliseconds);
}

int ConnectionTester::timeout() const
{
    return m_client->requestTimeout();
}

void ConnectionTester::setHttp2Enabled(bool enabled)
{
    m_client->setHttp2Enabled(enabled);
}

void ConnectionTester::cancel()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_call.clear();
}

void ConnectionTester::start(const Account &account)
{
    cancel();
    m_client->setAccount(account);
    m_lastCode = QNetworkReply::NoError;
    m_lastQtMessage.clear();
    m_clock.start();
    ListNumbers request;
    request.perPage = 1;
    request.columns = {QStringLiteral("id")};
    const int generation = m_generation;
    const QUrl base = account.apiBase;
    const Redactor redactor(account.credentials);
    m_call = m_client->listNumbers(
        request, this, [this, generation, base, redactor](const Result<NumberPage> &page) {
            if (generation != m_generation)
                return;
            m_call.clear();
            ConnectionTestResult result;
            if (page.ok()) {
                result.outcome = ConnectionTestResult::Outcome::Connected;
                result.httpStatus = 200;
                result.totalNumbers = page.value().meta.totalCount.value_or(-1);
                result.message = result.totalNumbers >= 0
                                     ? tr("Connected to %1: the account has %n phone number(s).",
                                          nullptr, int(qMin<qint64>(result.totalNumbers, INT_MAX)))
                                           .arg(base.host())
                                     : tr("Connected to %1.").arg(base.host());
            } else {
                const bool networkError = page.error().httpStatus == 0;
                result =
                    classify(page.error(), base, networkError ? m_lastCode : QNetworkReply::NoError,
                             redactor.redact(m_lastQtMessage), timeout());
            }
            result.elapsedMs = m_clock.elapsed();
            emit finished(result);
        });
}

bool ConnectionTester::mentionsIpRestriction(const ApiError &error)
{
    // TrackDrive documents no body for this; its 403s for an address outside the account's
    // allow-list are recognised by what they say (api-notes.md: 403, "IP allow-list").
    static const QRegularExpression ipWords(
        QStringLiteral(R"((\bIP\b|\bip[ _-]?address|allow[ _-]?list|white[ _-]?list|whitelist))"),
        QRegularExpression::CaseInsensitiveOption);
    if (ipWords.match(error.detail.section(QStringLiteral("HTTP 403:"), 1)).hasMatch())
        return true;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        if (ipWords.match(it.key()).hasMatch() || ipWords.match(it.value().join(u' ')).hasMatch())
            return true;
    }
    return false;
}

ConnectionTestResult ConnectionTester::classify(const ApiError &error, const QUrl &apiBase,
                                                QNetworkReply::NetworkError code,
                                                const QString &qtMessage, int timeoutMs)
{
    using Outcome = ConnectionTestResult::Outcome;
    ConnectionTestResult result;
    result.httpStatus = error.httpStatus;
    result.detail = qtMessage.isEmpty() ? error.detail : qtMessage;
    const QString host = apiBase.host();
    QString serverWords;
    if (!error.fieldErrors.isEmpty())
        serverWords = error.fieldErrors.constBegin().value().join(QStringLiteral(" "));

    if (error.kind == ApiError::Kind::Configuration) {
        result.outcome = Outcome::Configuration;
        result.message = error.message;
    } else if (error.kind == ApiError::Kind::Timeout || code == QNetworkReply::TimeoutError) {
        result.outcome = Outcome::Timeout;
        result.message = tr("Timeout: %1 did not answer within %n second(s).", nullptr,
                            qMax(1, timeoutMs / 1000))
                             .arg(host);
    } else if (error.httpStatus == 401) {
        result.outcome = Outcome::Unauthorized;
        result.message = tr("401 Unauthorized: %1 did not accept the credentials. Check the "
                            "keys or the token, and the authentication method.")
                             .arg(host);
    } else if (error.httpStatus == 403 && mentionsIpRestriction(error)) {
        result.outcome = Outcome::IpNotAllowed;
        result.message = serverWords.isEmpty()
                             ? tr("IP address not allowed (403): this computer's IP address is "
                                  "not on the account's allow-list.")
                             : tr("IP address not allowed (403): this computer's IP address is "
                                  "not on the account's allow-list. The server said: %1")
                                   .arg(serverWords);
    } else if (error.httpStatus == 403) {
        result.outcome = Outcome::Forbidden;
        result.message = tr("403 Forbidden: %1 refused access. The account may lack the right "
                            "to list phone numbers, or this computer's IP address may not be on "
                            "its allow-list.")
                             .arg(host);
    } else if (error.httpStatus == 404 || error.kind == ApiError::Kind::BadResponse) {
        result.outcome = Outcome::NotTrackDrive;
        result.message = tr("%1 answered, but not as the TrackDrive API does: %2 Check the "
                            "account's address.")
                             .arg(host, error.message);
    } else if (code == QNetworkReply::HostNotFoundError) {
        result.outcome = Outcome::HostNotFound;
        result.message = tr("DNS: the host name %1 could not be found. Check the subdomain or "
                            "base URL, and the network.")
                             .arg(host);
    } else if (code == QNetworkReply::SslHandshakeFailedError) {
        result.outcome = Outcome::TlsError;
        result.message = tr("TLS error: the secure connection to %1 failed: %2")
                             .arg(host, qtMessage.isEmpty() ? error.message : qtMessage);
    } else if (code == QNetworkReply::ConnectionRefusedError) {
        result.outcome = Outcome::Refused;
        result.message =
            tr("Connection refused: nothing answers at %1 on port %2.")
                .arg(host)
                .arg(apiBase.port(apiBase.scheme() == QLatin1String("https") ? 443 : 80));
    } else {
        result.outcome = Outcome::OtherError;
        result.message = error.message;
    }
    return result;
}

} // namespace numdesk
