#pragma once

#include "apierror.h"
#include "redactor.h"
#include "requestbuilder.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace numdesk {

struct RawResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

// One API call on the wire: sends a prepared request, retries it as the policy allows, enforces
// the body size limit, and ends with either a RawResponse (status < 400) or an ApiError. It
// tells a user's cancel from a timeout, which Qt 6.4 reports alike.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(QNetworkAccessManager *manager, PreparedRequest request, RetryPolicy policy,
            qint64 maxBodyBytes, Redactor redactor, QObject *parent = nullptr);
    ~ApiCall() override;

    // The whole call's time limit: every attempt and every wait between them. Past it the call
    // ends as a Timeout that says so. 0: none (each attempt still has its inactivity timeout).
    // Set before start().
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    void start();
    // Stops the call; it finishes with ApiError::Kind::Cancelled (unless already finished).
    void cancel();

    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    int attempts() const { return m_attempts; }
    QByteArray verb() const { return m_request.verb; }
    QString redactedUrl() const;
    const RawResponse &response() const { return m_response; }
    const std::optional<ApiError> &error() const { return m_error; }
    // Ends the call with an error without sending anything (configuration problems).
    void failWithoutSending(const ApiError &error);

signals:
    void finished();
    void retryScheduled(int nextAttempt, int delayMs, const numdesk::ApiError &error);

private:
    void sendAttempt();
    void onReplyFinished();
    ApiError errorFromReply(QNetworkReply *reply, int status) const;
    void onDeadline();
    void takeBody(QNetworkReply *reply); // reads what arrived, within the size limit
    void finish();

    QNetworkAccessManager *m_manager;
    PreparedRequest m_request;
    RetryPolicy m_policy;
    qint64 m_maxBodyBytes;
    Redactor m_redactor;
    std::unique_ptr<QNetworkReply, QScopedPointerDeleteLater> m_reply;
    QTimer m_retryTimer;
    QTimer m_deadlineTimer;
    int m_deadlineMs = 0;
    QByteArray m_body; // the current attempt's body as read so far
    QElapsedTimer m_clock;
    RawResponse m_response;
    std::optional<ApiError> m_error;
    int m_attempts = 0;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_deadlineHit = false;
    bool m_finished = false;
};

} // namespace numdesk
