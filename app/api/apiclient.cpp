#include "apiclient.h"

#include "responsedecoder.h"

#include <QNetworkAccessManager>

#include <algorithm>

namespace numdesk {

ApiClient::ApiClient(const Account &account, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_manager(new QNetworkAccessManager(this))
{
    // Each request carries its own transfer timeout and same-origin redirect policy
    // (RequestBuilder); nothing is cached between calls.
    m_manager->setAutoDeleteReplies(false);
}

void ApiClient::setAccount(const Account &account)
{
    if (account == m_account)
        return;
    cancelAll();
    m_account = account;
    // Connections and any state kept for the old host must not serve the new account.
    m_manager->clearConnectionCache();
    m_manager->clearAccessCache();
}

void ApiClient::setOptions(const Options &options)
{
    m_options = options;
}

void ApiClient::setRequestTimeout(int milliseconds)
{
    m_options.request.timeoutMs = std::max(1000, milliseconds);
}

void ApiClient::setCallDeadline(int milliseconds)
{
    m_options.callDeadlineMs = std::max(1000, milliseconds);
}

void ApiClient::setHttp2Enabled(bool enabled)
{
    // Qt keeps HTTP/2 and HTTP/1.1 connections apart, so the next request follows the switch
    // without dropping connections that calls in flight use.
    m_options.request.http2 = enabled;
}

void ApiClient::cancelAll()
{
    const auto calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->cancel();
}

ApiCall *ApiClient::startCall(const PreparedRequest &request, const RetryPolicy &policy)
{
    auto *call = new ApiCall(m_manager, request, policy, m_options.maxBodyBytes, redactor(), this);
    call->setDeadline(m_options.callDeadlineMs);
    connect(call, &ApiCall::finished, this, [this, call] {
        const QString outcome = call->error() ? ApiError::kindName(call->error()->kind)
                                              : QString::number(call->response().status);
        emit callFinished(QStringLiteral("%1 %2 -> %3 (%4 attempt(s))")
                              .arg(QString::fromLatin1(call->verb()), call->redactedUrl(), outcome,
                                   QString::number(call->attempts())));
    });
    const QUrl &url = request.request.url();
    if (!m_account.apiBase.isValid() || url.host().isEmpty()) {
        call->failWithoutSending(
            ApiError::make(ApiError::Kind::Configuration, tr("No account address is set.")));
    } else if (url.scheme() != QLatin1String("https") && !Account::isLoopback(url)) {
        call->failWithoutSending(ApiError::make(
            ApiError::Kind::Configuration,
            tr("Plain http:// is only allowed to this computer; the account must use https://.")));
    } else if (!m_account.credentials.isComplete()) {
        call->failWithoutSending(ApiError::make(ApiError::Kind::Configuration,
                                                tr("The account has no credentials set.")));
    } else {
        call->start();
    }
    return call;
}

QPointer<ApiCall> ApiClient::listNumbers(const ListNumbers &r, QObject *context,
                                         Callback<NumberPage> done)
{
    ListNumbers json = r;
    json.format = ListFormat::Json;
    return send<NumberPage>(
        builder().build(json), m_options.retry, context,
        [](const RawResponse &raw) { return decode::numberPage(raw.body); }, std::move(done));
}

QPointer<ApiCall> ApiClient::listNumbersCsv(const ListNumbers &r, QObject *context,
                                            Callback<QByteArray> done)
{
    ListNumbers csv = r;
    csv.format = ListFormat::Csv;
    return send<QByteArray>(
        builder().build(csv), m_options.retry, context,
        [](const RawResponse &raw) { return Result<QByteArray>(raw.body); }, std::move(done));
}

QPointer<ApiCall> ApiClient::showNumber(const ShowNumber &r, QObject *context,
                                        Callback<PhoneNumber> done)
{
    return send<PhoneNumber>(
        builder().build(r), m_options.retry, context,
        [](const RawResponse &raw) { return decode::singleNumber(raw.body); }, std::move(done));
}

QPointer<ApiCall> ApiClient::purchaseNumber(const PurchaseNumber &r, QObject *context,
                                            Callback<PhoneNumber> done)
{
    return send<PhoneNumber>(
        builder().build(r), RetryPolicy::none(), context,
        [](const RawResponse &raw) { return decode::singleNumber(raw.body); }, std::move(done));
}

QPointer<ApiCall> ApiClient::updateNumber(const UpdateNumber &r, QObject *context,
                                          Callback<PhoneNumber> done)
{
    return send<PhoneNumber>(
        builder().build(r), m_options.retry, context,
        [](const RawResponse &raw) { return decode::singleNumber(raw.body); }, std::move(done));
}

QPointer<ApiCall> ApiClient::unrentNumber(const UnrentNumber &r, QObject *context,
                                          Callback<UnrentOutcome> done)
{
    // A DELETE that answers 404 after a retry was carried out by an earlier attempt whose answer
    // was lost: the number is gone, which is what the user asked for.
    Callback<UnrentOutcome> wrapped = [done](const Result<UnrentOutcome> &result) {
        if (!result.ok() && result.error().kind == ApiError::Kind::NotFound &&
            result.error().attempts > 1) {
            UnrentOutcome outcome;
            outcome.alreadyGone = true;
            done(outcome);
            return;
        }
        done(result);
    };
    return send<UnrentOutcome>(
        builder().build(r), m_options.retry, context,
        [](const RawResponse &raw) -> Result<UnrentOutcome> {
            auto record = decode::singleNumber(raw.body);
            if (!record)
                return record.error();
            return UnrentOutcome{record.value(), false};
        },
        std::move(wrapped));
}

QPointer<ApiCall> ApiClient::listLookups(const ListLookups &r, QObject *context,
                                         Callback<LookupPage> done)
{
    const schema::LookupKind kind = r.kind;
    return send<LookupPage>(
        builder().build(r), m_options.retry, context,
        [kind](const RawResponse &raw) { return decode::lookupPage(raw.body, kind); },
        std::move(done));
}

QPointer<ApiCall> ApiClient::listTimeZones(const ListTimeZones &r, QObject *context,
                                           Callback<QList<dates::NamedTimeZone>> done)
{
    return send<QList<dates::NamedTimeZone>>(
        builder().build(r), m_options.retry, context,
        [](const RawResponse &raw) { return decode::timeZones(raw.body); }, std::move(done));
}

QPointer<ApiCall> ApiClient::searchNumbers(const SearchNumbers &r, QObject *context,
                                           Callback<QList<AvailableNumber>> done)
{
    const std::optional<int> limit = r.limit;
    return send<QList<AvailableNumber>>(
        builder().build(r), m_options.retry, context,
        [limit](const RawResponse &raw) -> Result<QList<AvailableNumber>> {
            auto numbers = decode::availableNumbers(raw.body);
            if (numbers && limit && numbers.value().size() > *limit)
                numbers.value().resize(qMax(0, *limit));
            return numbers;
        },
        std::move(done));
}

} // namespace numdesk
