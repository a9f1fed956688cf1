// Response bodies as a server might send them: list envelopes ({"numbers":[…],"metadata":{…}},
// {"phone_numbers":[…]}, a bare list), single envelopes ({"number":{…}}, {"phone_number":{…}},
// the record itself), lookups, time zones, search answers and error bodies. Whatever comes, the
// decoder answers a value or a BadResponse with a reason; it never crashes, and never reads a value
// it cannot.
#include "fuzzsupport.h"
#include "responsedecoder.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace numdesk;
using numdesk::fuzz::check;

namespace {

template<class T> void checkOutcome(const Result<T> &result, const char *what)
{
    if (result.ok())
        return;
    check(result.error().kind == ApiError::Kind::BadResponse, what,
          ApiError::kindName(result.error().kind));
    check(!result.error().message.isEmpty(), what, QStringLiteral("empty message"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<NumberPage> page = decode::numberPage(body);
    checkOutcome(page, "numberPage: an error must be a BadResponse with a message");
    if (page.ok()) {
        for (const PhoneNumber &number : page.value().numbers)
            number.text(QStringLiteral("id")); // every read the table and the export make
    }
    const Result<PhoneNumber> single = decode::singleNumber(body);
    checkOutcome(single, "singleNumber: an error must be a BadResponse with a message");
    if (single.ok()) {
        // A decoded record encodes back to JSON that decodes to the same record.
        const QByteArray json = QJsonDocument(single.value().toJson()).toJson();
        const Result<PhoneNumber> again = decode::singleNumber(json);
        check(again.ok(), "singleNumber: its own JSON must decode again", QString::fromUtf8(json));
        check(again.value() == single.value(), "singleNumber: toJson must keep every field",
              QString::fromUtf8(json));
    }
    checkOutcome(decode::lookupPage(body, schema::LookupKind::TrafficSources), "lookupPage");
    checkOutcome(decode::timeZones(body), "timeZones");
    const Result<QList<AvailableNumber>> available = decode::availableNumbers(body);
    checkOutcome(available, "availableNumbers");
    if (available.ok()) {
        for (const AvailableNumber &number : available.value()) {
            check(!number.number.isEmpty(), "availableNumbers: every entry has a number");
            number.readable(QStringLiteral("US")); // what the Buy dialog and the CLI show
        }
    }
    const ApiError error = decode::httpError(422, body, body.left(40));
    check(error.kind == ApiError::Kind::Validation && !error.message.isEmpty(), "httpError 422");
    const ApiError limited = decode::httpError(429, body, body.left(40));
    check(!limited.retryAfterSeconds || *limited.retryAfterSeconds >= 0, "Retry-After >= 0");
    const std::optional<int> retryAfter = decode::retryAfterSeconds(
        body.left(64), QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
    check(!retryAfter || *retryAfter >= 0, "retryAfterSeconds must not be negative",
          QString::fromLatin1(body.left(64).toHex()));
    return 0;
}
