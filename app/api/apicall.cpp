#include "apicall.h"

#include "responsedecoder.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <algorithm>
#include <cstring>
#include <utility>

Q_LOGGING_CATEGORY(lcApi, "numdesk.api", QtInfoMsg)

namespace numdesk {

namespace {

// The messages of this file: Text::tr("…") is what lupdate reads (it cannot see a literal
// passed to a helper).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::ApiCall)
};

// Errors after which the request surely never reached the server.
bool neverSent(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

// A request body that can be read once. Qt's HTTP layer sends a request again by itself when a
// kept-alive connection closes before any answer, provided it can rewind the body; for a
// purchase that would buy a second number. This body refuses to go back once read, so Qt
// cannot send it twice. (Not a QBuffer: Qt reads those through their QByteArray and rewinds
// them regardless.)
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override
    {
        // Rewinding a body nobody has read is harmless; after the first byte it would resend.
        if (pos != m_read && !(pos == 0 && m_read == 0))
            return false;
        return QIODevice::seek(pos);
    }
    bool reset() override { return seek(0); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_read);
        memcpy(out, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace

ApiCall::ApiCall(QNetworkAccessManager *manager, PreparedRequest request, RetryPolicy policy,
                 qint64 maxBodyBytes, Redactor redactor, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
    , m_policy(policy)
    , m_maxBodyBytes(maxBodyBytes)
    , m_redactor(std::move(redactor))
{
    m_clock.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ApiCall::onDeadline);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QString ApiCall::redactedUrl() const
{
    return m_redactor.redact(m_request.request.url());
}

void ApiCall::start()
{
    if (m_deadlineMs > 0)
        m_deadlineTimer.start(m_deadlineMs);
    sendAttempt();
}

void ApiCall::onDeadline()
{
    if (m_finished || m_cancelled)
        return;
    m_deadlineHit = true;
    if (m_reply) {
        m_reply->abort(); // ends in onReplyFinished with the deadline's message
        return;
    }
    // Waiting to retry: the wait would outlast the limit.
    m_retryTimer.stop();
    ApiError error = ApiError::make(
        ApiError::Kind::Timeout,
        Text::tr("The call did not finish within its time limit of %n second(s) in all.", nullptr,
                 int((m_deadlineMs + 999) / 1000)),
        m_error ? m_error->detail : QString());
    error.attempts = m_attempts;
    error.doNotRetry = true;
    error.outcomeUnknown = m_request.verb != "GET";
    m_error = error;
    finish();
}

void ApiCall::takeBody(QNetworkReply *reply)
{
    if (!reply->isOpen())
        return;
    // Read at most one byte past the limit: that byte is enough to know the body is too large.
    const qint64 room = m_maxBodyBytes + 1 - m_body.size();
    if (room > 0)
        m_body += reply->read(std::min(room, reply->bytesAvailable()));
    if (!m_tooLarge && m_body.size() > m_maxBodyBytes) {
        m_tooLarge = true;
        m_body.clear();
        reply->abort();
    }
}

void ApiCall::failWithoutSending(const ApiError &error)
{
    m_error = error;
    QTimer::singleShot(0, this, &ApiCall::finish);
}

void ApiCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // ends in onReplyFinished with the Cancelled kind
        return;
    }
    m_retryTimer.stop();
    m_error = ApiError::make(ApiError::Kind::Cancelled, Text::tr("Cancelled."));
    m_error->attempts = m_attempts;
    QTimer::singleShot(0, this, &ApiCall::finish);
}

void ApiCall::sendAttempt()
{
    ++m_attempts;
    m_tooLarge = false;
    m_body.clear();
    QNetworkReply *reply = nullptr;
    if (m_request.verb == "GET")
        reply = m_manager->get(m_request.request);
    else if (m_request.verb == "POST") {
        auto *body = new OneShotBody(m_request.body);
        reply = m_manager->post(m_request.request, body);
        body->setParent(reply); // lives exactly as long as the reply that reads it
    } else if (m_request.verb == "PUT")
        reply = m_manager->put(m_request.request, m_request.body);
    else
        reply = m_manager->sendCustomRequest(m_request.request, m_request.verb, m_request.body);
    m_reply.reset(reply);
    // A small read buffer makes Qt stop reading the socket until this call took what came, so
    // the size limit holds while the body streams in, whatever its framing (length, chunked or
    // until the connection closes): no more than the limit and this buffer is ever held.
    reply->setReadBufferSize(256 * 1024);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { takeBody(reply); });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // Refuse an oversized body as early as its size is known: by Content-Length, or while it
    // streams in (a chunked body has no length).
    auto checkSize = [this, reply](qint64 size) {
        if (!m_tooLarge && size > m_maxBodyBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, checkSize] {
        checkSize(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [checkSize](qint64 received, qint64 total) { checkSize(std::max(received, total)); });
}

ApiError ApiCall::errorFromReply(QNetworkReply *reply, int status) const
{
    using Kind = ApiError::Kind;
    ApiError error;
    const QNetworkReply::NetworkError code = reply->error();
    if (m_cancelled) {
        error = ApiError::make(Kind::Cancelled, Text::tr("Cancelled."));
    } else if (m_deadlineHit) {
        error = ApiError::make(
            Kind::Timeout,
            Text::tr("The call did not finish within its time limit of %n second(s) in all.",
                     nullptr, int((m_deadlineMs + 999) / 1000)));
        error.doNotRetry = true;
    } else if (m_tooLarge) {
        error =
            ApiError::make(Kind::BadResponse,
                           Text::tr("The server's answer is larger than %1 MB; it was not read.")
                               .arg(m_maxBodyBytes / (1024 * 1024)));
    } else if (status >= 400) {
        error = decode::httpError(status, m_body, reply->rawHeader("Retry-After"));
    } else if (code == QNetworkReply::OperationCanceledError ||
               code == QNetworkReply::TimeoutError) {
        // Qt 6.4 ends a transfer timeout like an abort; ours would have set m_cancelled.
        error = ApiError::make(
            Kind::Timeout,
            Text::tr("The server sent nothing for %n second(s) (the request timeout).", nullptr,
                     m_request.request.transferTimeout() / 1000));
    } else if (code == QNetworkReply::InsecureRedirectError) {
        error = ApiError::make(
            Kind::Network,
            Text::tr("The server redirected the request to another address; "
                     "it was not followed, so that the keys stay with this account."));
        error.doNotRetry = true; // it would redirect the same way again
    } else if (code == QNetworkReply::TooManyRedirectsError) {
        error = ApiError::make(Kind::Network,
                               Text::tr("The server redirected the request more than %n time(s).",
                                        nullptr, m_request.request.maximumRedirectsAllowed()));
        error.doNotRetry = true;
    } else if (code == QNetworkReply::SslHandshakeFailedError) {
        error = ApiError::make(Kind::Network, Text::tr("The secure connection failed: %1")
                                                  .arg(m_redactor.redact(reply->errorString())));
        error.doNotRetry = true; // a certificate does not change in a few seconds
    } else if (code == QNetworkReply::ProtocolFailure ||
               code == QNetworkReply::UnknownContentError) {
        // Qt's words for a body it cannot decode (a broken compression, bad chunks); an HTTP
        // error status was read above.
        error = ApiError::make(Kind::Network, Text::tr("The server's answer could not be decoded: "
                                                       "%1")
                                                  .arg(m_redactor.redact(reply->errorString())));
        error.doNotRetry = true;
    } else if (code == QNetworkReply::HostNotFoundError) {
        error = ApiError::make(Kind::Network,
                               Text::tr("The server's name could not be found (%1). Check the "
                                        "account's address and the network.")
                                   .arg(m_request.request.url().host()));
    } else if (code == QNetworkReply::ConnectionRefusedError) {
        error = ApiError::make(Kind::Network, Text::tr("The server refused the connection."));
    } else {
        error = ApiError::make(
            Kind::Network,
            Text::tr("Network error: %1").arg(m_redactor.redact(reply->errorString())));
    }
    error.httpStatus = status;
    // The server's own words may echo a secret (a token in an error message): redact all text.
    error.message = m_redactor.redact(error.message);
    for (QStringList &messages : error.fieldErrors) {
        for (QString &text : messages)
            text = m_redactor.redact(text);
    }
    error.detail = m_redactor.redact(QStringLiteral("%1 %2: %3 %4")
                                         .arg(QString::fromLatin1(m_request.verb), redactedUrl(),
                                              reply->errorString(), error.detail));
    const bool changesData = m_request.verb != "GET";
    if (changesData && !m_cancelled &&
        ((error.kind == Kind::Timeout) || (error.kind == Kind::Network && !neverSent(code)) ||
         status == 502 || status == 504)) {
        error.outcomeUnknown = true;
    }
    return error;
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply.get();
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_tooLarge && !m_cancelled && !m_deadlineHit)
        takeBody(reply); // what came with the end; it may all arrive at once
    if (m_tooLarge)
        m_body.clear();
    const bool networkOk =
        !m_tooLarge && !m_cancelled && (reply->error() == QNetworkReply::NoError || status >= 400);
    if (networkOk && status > 0 && status < 400) {
        m_response.status = status;
        m_response.body = std::exchange(m_body, QByteArray());
        m_response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        m_error.reset();
        m_reply.reset();
        finish();
        return;
    }
    ApiError error = errorFromReply(reply, networkOk ? status : 0);
    error.attempts = m_attempts;
    m_reply.reset();
    if (!m_cancelled) {
        auto delay = m_policy.delayBeforeRetry(m_request.verb, m_attempts, error);
        // The retries fit in the call's time limit, or are not made: a wait that would outlast
        // it ends the call now, with the error that ended the last attempt.
        if (delay && m_deadlineTimer.isActive() && *delay >= m_deadlineTimer.remainingTime())
            delay.reset();
        if (delay) {
            qCInfo(lcApi).noquote() << "retrying" << m_request.verb << redactedUrl() << "in"
                                    << *delay << "ms after" << ApiError::kindName(error.kind);
            emit retryScheduled(m_attempts + 1, *delay, error);
            m_retryTimer.start(*delay);
            return;
        }
    }
    // A 404 for a retried call is kept: the caller knows what it means (a retried DELETE).
    m_response.status = error.httpStatus;
    m_error = error;
    finish();
}

void ApiCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadlineTimer.stop();
    qCDebug(lcApi).noquote() << m_request.verb << redactedUrl() << "->"
                             << (m_error ? ApiError::kindName(m_error->kind)
                                         : QString::number(m_response.status))
                             << m_clock.elapsed() << "ms" << m_attempts << "attempt(s)";
    emit finished();
}

} // namespace numdesk
