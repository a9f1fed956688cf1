#pragma once

#include "account.h"
#include "apierror.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace numdesk {

class ApiCall;
class ApiClient;

// What one "Test Connection" found out.
struct ConnectionTestResult
{
    enum class Outcome
    {
        Connected,
        HostNotFound,  // DNS: the host name does not resolve
        TlsError,      // the secure connection failed (Qt's words in `detail`)
        Unauthorized,  // 401
        Forbidden,     // 403 without a word about the IP address
        IpNotAllowed,  // 403 saying this computer's IP address is not allowed
        Timeout,       // no answer within the timeout
        Refused,       // nothing listens there
        NotTrackDrive, // an answer, but not the API's (404, HTML, a wrong body)
        Configuration, // nothing was sent: no credentials, plain http:// to a remote host…
        OtherError
    };

    Outcome outcome = Outcome::OtherError;
    QString message; // one or two sentences for the user, translated, never a secret
    QString detail;  // the technical words: Qt's error string or the server's (redacted)
    int httpStatus = 0;
    qint64 totalNumbers = -1; // metadata.total_count of a successful test, -1 when not sent
    qint64 elapsedMs = 0;

    bool ok() const { return outcome == Outcome::Connected; }
    static QString outcomeName(Outcome outcome); // "connected", "dns", "tls", "401", …
};

// Makes one cheap request (the first number, its id only, no retry) with an account and says
// what happened in the words an operator can act on: the host name does not resolve, the TLS
// handshake failed and why, 401, 403, an IP address not on the allow-list, a timeout.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void setTimeout(int milliseconds); // default 15 s
    int timeout() const;
    void setHttp2Enabled(bool enabled);

    // Starts a test; a test already running is cancelled without reporting.
    void start(const Account &account);
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

    // How an error of the test request reads. `code` and `qtMessage` are what QNetworkReply
    // said (NoError when the error is not a network one); `apiBase` names the host.
    static ConnectionTestResult classify(const ApiError &error, const QUrl &apiBase,
                                         QNetworkReply::NetworkError code, const QString &qtMessage,
                                         int timeoutMs);
    // Whether the body or the errors of a 403 say the IP address is not allowed.
    static bool mentionsIpRestriction(const ApiError &error);

signals:
    void finished(const numdesk::ConnectionTestResult &result);

private:
    ApiClient *m_client;
    QPointer<ApiCall> m_call;
    QElapsedTimer m_clock;
    QNetworkReply::NetworkError m_lastCode = QNetworkReply::NoError;
    QString m_lastQtMessage;
    int m_generation = 0;
};

} // namespace numdesk
