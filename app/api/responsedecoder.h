#pragma once

#include "apidates.h"
#include "apischema.h"
#include "availablenumber.h"
#include "pages.h"
#include "result.h"

#include <QByteArray>
#include <QJsonValue>

// Turns response bodies into values. Pure functions: safe to run on any thread. A body that is
// not what the API sends (HTML, truncated or wrong JSON, wrong types) is a BadResponse error
// with the reason, never a crash.
namespace numdesk::decode {

Result<QJsonValue> json(const QByteArray &body);
// {"numbers":[…],"metadata":{…}}, {"phone_numbers":[…]} or a bare array (root=false).
// The common shapes are read by SimdPageDecoder (simdjson), the rest by numberPageGeneral.
Result<NumberPage> numberPage(const QByteArray &body);
// The general decoder (QJsonDocument): every shape, every error text. What numberPage falls back
// to, and the oracle its simdjson path is tested against (tst_simdpagedecoder, fuzz_pagedecoder).
Result<NumberPage> numberPageGeneral(const QByteArray &body);
// {"number":{…}}, {"phone_number":{…}} or the record itself.
Result<PhoneNumber> singleNumber(const QByteArray &body);
Result<LookupPage> lookupPage(const QByteArray &body, schema::LookupKind kind);
// The time-zone collection: a list of names, or of objects with a name and an IANA id.
Result<QList<dates::NamedTimeZone>> timeZones(const QByteArray &body);
// GET phone_numbers/search, whose shape is not documented: a bare list, or a list under
// "phone_numbers", "numbers", "available_numbers" or "results"; each entry an E.164 string or
// an object with "number"/"phone_number" and optionally "human_number"/"friendly_name",
// "locality"/"city", "region"/"state", "rate_center", "country"/"iso_country", "toll_free".
// Other keys are kept in AvailableNumber::extra. This is the one place that knows the shapes.
Result<QList<AvailableNumber>> availableNumbers(const QByteArray &body);

// The error for an HTTP status >= 400, with the server's per-field messages when it sent them.
ApiError httpError(int status, const QByteArray &body, const QByteArray &retryAfterHeader);
// Retry-After: delay-seconds or an HTTP date; nullopt when absent or unreadable.
std::optional<int> retryAfterSeconds(const QByteArray &header, const QDateTime &now = {});
// The moment Retry-After names (UTC, never before `now`); invalid when absent or unreadable.
QDateTime retryAfterTime(const QByteArray &header, const QDateTime &now = {});

} // namespace numdesk::decode
