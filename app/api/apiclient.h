#pragma once

#include "account.h"
#include "apicall.h"
#include "apidates.h"
#include "availablenumber.h"
#include "pages.h"
#include "requestbuilder.h"
#include "requests.h"
#include "result.h"
#include "retrypolicy.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

class QNetworkAccessManager;

namespace numdesk {

// The typed TrackDrive client. Each call takes a context object and a callback: the callback
// runs on the context's thread once the answer is decoded (decoding runs on the thread pool, off
// the GUI thread), and never runs when the context is gone. The returned ApiCall can cancel.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        RequestOptions request;
        RetryPolicy retry;
        qint64 maxBodyBytes = 16 * 1024 * 1024;
        // Each call's time limit in all, retries and their waits included (ApiCall::setDeadline).
        int callDeadlineMs = 120000;
    };
    template<class T> using Callback = std::function<void(const Result<T> &)>;

    explicit ApiClient(const Account &account = {}, QObject *parent = nullptr);

    void setAccount(const Account &account);
    const Account &account() const { return m_account; }
    void setOptions(const Options &options);
    const Options &options() const { return m_options; }
    // Preferences that apply from the next request on; calls in flight keep what they started
    // with. A timeout below one second is taken as one second.
    void setRequestTimeout(int milliseconds);
    int requestTimeout() const { return m_options.request.timeoutMs; }
    // Each call's time limit in all (at least one second), from the next call on.
    void setCallDeadline(int milliseconds);
    int callDeadline() const { return m_options.callDeadlineMs; }
    void setHttp2Enabled(bool enabled);
    bool isHttp2Enabled() const { return m_options.request.http2; }
    RequestBuilder builder() const { return RequestBuilder(m_account, m_options.request); }
    Redactor redactor() const { return Redactor(m_account.credentials); }
    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

    QPointer<ApiCall> listNumbers(const ListNumbers &r, QObject *context,
                                  Callback<NumberPage> done);
    QPointer<ApiCall> listNumbersCsv(const ListNumbers &r, QObject *context,
                                     Callback<QByteArray> done);
    QPointer<ApiCall> showNumber(const ShowNumber &r, QObject *context, Callback<PhoneNumber> done);
    // Never retried: a purchase costs money. See ApiError::outcomeUnknown.
    QPointer<ApiCall> purchaseNumber(const PurchaseNumber &r, QObject *context,
                                     Callback<PhoneNumber> done);
    QPointer<ApiCall> updateNumber(const UpdateNumber &r, QObject *context,
                                   Callback<PhoneNumber> done);
    QPointer<ApiCall> unrentNumber(const UnrentNumber &r, QObject *context,
                                   Callback<UnrentOutcome> done);
    QPointer<ApiCall> listLookups(const ListLookups &r, QObject *context,
                                  Callback<LookupPage> done);
    QPointer<ApiCall> listTimeZones(const ListTimeZones &r, QObject *context,
                                    Callback<QList<dates::NamedTimeZone>> done);
    // Numbers that can be bought, at most r.limit of them when it is set.
    QPointer<ApiCall> searchNumbers(const SearchNumbers &r, QObject *context,
                                    Callback<QList<AvailableNumber>> done);

    // Cancels every call in flight; each ends with ApiError::Kind::Cancelled.
    void cancelAll();

signals:
    void callFinished(const QString &redactedSummary);

private:
    ApiCall *startCall(const PreparedRequest &request, const RetryPolicy &policy);

    template<class T, class Decode>
    QPointer<ApiCall> send(const PreparedRequest &request, const RetryPolicy &policy,
                           QObject *context, Decode decode, Callback<T> done)
    {
        ApiCall *call = startCall(request, policy);
        QPointer<QObject> receiver(context);
        connect(call, &ApiCall::finished, call, [call, receiver, decode, done] {
            if (!receiver) {
                call->deleteLater();
                return;
            }
            if (call->error()) {
                done(Result<T>(*call->error()));
                call->deleteLater();
                return;
            }
            // Decoded on the pool, answered on the call's thread. A watcher owned by the call,
            // not QFuture::then(call, …): a call deleted while its page is decoded (its client
            // gone) takes the watcher with it, where Qt 6.4's continuation asserts.
            auto *decoded = new QFutureWatcher<Result<T>>(call);
            connect(decoded, &QFutureWatcherBase::finished, call, [call, decoded, receiver, done] {
                if (receiver) {
                    if (call->isCancelled())
                        done(
                            Result<T>(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled."))));
                    else
                        done(decoded->result());
                }
                call->deleteLater();
            });
            decoded->setFuture(QtConcurrent::run(decode, call->response()));
        });
        return call;
    }

    Account m_account;
    Options m_options;
    QNetworkAccessManager *m_manager;
};

} // namespace numdesk
