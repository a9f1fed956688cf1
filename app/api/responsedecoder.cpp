#include "responsedecoder.h"

#include "retrypolicy.h"
#include "simdpagedecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>

namespace numdesk::decode {

namespace {

// The messages of this file: Text::tr("…") is what lupdate reads (it cannot see a literal
// passed to a helper).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::decode)
};

ApiError badResponse(const QString &reason)
{
    return ApiError::make(
        ApiError::Kind::BadResponse,
        Text::tr("The server sent an answer this program cannot read: %1").arg(reason), reason);
}

std::optional<qint64> optionalInteger(const QJsonObject &object, const char *key)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isDouble()) {
        // A double past 2^53 (or 1e300) is no id or count; converting it would be undefined.
        const double d = v.toDouble();
        if (d != std::floor(d) || std::abs(d) > 9007199254740992.0)
            return std::nullopt;
        return qint64(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

// A count of the metadata: a whole number from 0 up to `max`; anything else counts as absent.
std::optional<qint64> optionalCount(const QJsonObject &object, const char *key, qint64 max)
{
    const std::optional<qint64> n = optionalInteger(object, key);
    return n && *n >= 0 && *n <= max ? n : std::nullopt;
}

PageMeta readMeta(const QJsonObject &envelope)
{
    PageMeta meta;
    meta.raw = envelope.value(QLatin1String("metadata")).toObject();
    meta.totalCount = optionalCount(meta.raw, "total_count", 9007199254740992LL);
    if (auto pages = optionalCount(meta.raw, "total_pages", INT_MAX))
        meta.totalPages = int(*pages);
    if (auto perPage = optionalCount(meta.raw, "per_page", INT_MAX))
        meta.perPage = int(*perPage);
    if (auto cap = optionalCount(meta.raw, "per_page_cap", INT_MAX))
        meta.perPageCap = int(*cap);
    return meta;
}

// The records list of a list envelope: under one of `roots`, or the body itself.
Result<QJsonArray> recordsOf(const QJsonValue &body, const QStringList &roots, PageMeta *meta)
{
    if (body.isArray())
        return body.toArray();
    if (!body.isObject())
        return badResponse(Text::tr("expected a JSON object or list"));
    const QJsonObject object = body.toObject();
    for (const QString &root : roots) {
        const QJsonValue v = object.value(root);
        if (v.isUndefined())
            continue;
        if (!v.isArray())
            return badResponse(Text::tr("'%1' is not a list").arg(root));
        *meta = readMeta(object);
        return v.toArray();
    }
    return badResponse(Text::tr("the list '%1' is missing").arg(roots.first()));
}

// The records list of a body: parsed, then as recordsOf.
Result<QJsonArray> recordsIn(const QByteArray &body, const QStringList &roots, PageMeta *meta)
{
    const Result<QJsonValue> parsed = json(body);
    if (!parsed)
        return parsed.error();
    return recordsOf(parsed.value(), roots, meta);
}

QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(QStringLiteral("<title>\\s*([^<]{1,120})"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = title.match(QString::fromUtf8(body.left(4096)));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QMap<QString, QStringList> fieldErrorsOf(const QJsonValue &errors)
{
    QMap<QString, QStringList> out;
    auto texts = [](const QJsonValue &v) {
        QStringList list;
        if (v.isArray()) {
            for (const QJsonValue &e : v.toArray())
                list << (e.isString()
                             ? e.toString()
                             : QString::fromUtf8(
                                   QJsonDocument(QJsonArray{e}).toJson(QJsonDocument::Compact)));
        } else if (v.isString()) {
            list << v.toString();
        }
        return list;
    };
    if (errors.isObject()) {
        const QJsonObject object = errors.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QStringList list = texts(it.value());
            if (!list.isEmpty())
                out.insert(it.key(), list);
        }
    } else if (errors.isArray() || errors.isString()) {
        const QStringList list = texts(errors);
        if (!list.isEmpty())
            out.insert(QStringLiteral("base"), list);
    }
    return out;
}

// One field of a search result and the keys it may come under, first found first.
struct AvailableField
{
    QString AvailableNumber::*text;
    const char *keys[2]; // the second may be nullptr
};

const AvailableField availableFields[] = {
    {&AvailableNumber::number, {"number", "phone_number"}},
    {&AvailableNumber::humanNumber, {"human_number", "friendly_name"}},
    {&AvailableNumber::locality, {"locality", "city"}},
    {&AvailableNumber::region, {"region", "state"}},
    {&AvailableNumber::rateCenter, {"rate_center", nullptr}},
    {&AvailableNumber::country, {"country", "iso_country"}},
};

std::optional<bool> booleanOf(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no"))
        return false;
    return std::nullopt;
}

// One entry of a search answer; nullopt with the reason when it cannot be one.
std::optional<AvailableNumber> availableNumberOf(const QJsonValue &entry, int index, QString *why)
{
    AvailableNumber number;
    if (entry.isString()) {
        number.number = entry.toString().trimmed();
    } else if (entry.isObject()) {
        QJsonObject rest = entry.toObject();
        for (const AvailableField &field : availableFields) {
            bool taken = false;
            for (const char *key : field.keys) {
                if (!key)
                    continue;
                const QString name = QLatin1String(key);
                const QJsonValue value = rest.value(name);
                if (value.isNull()) {
                    rest.remove(name); // known, and absent
                    continue;
                }
                if (value.isUndefined() || taken)
                    continue; // a second alias stays in `extra`
                if (!value.isString()) {
                    *why = Text::tr("entry %1: '%2' is not text").arg(index).arg(name);
                    return std::nullopt;
                }
                number.*field.text = value.toString().trimmed();
                rest.remove(name);
                taken = true;
            }
        }
        const QJsonValue tollFree = rest.value(QLatin1String("toll_free"));
        if (!tollFree.isUndefined() && !tollFree.isNull()) {
            number.tollFree = booleanOf(tollFree);
            if (!number.tollFree) {
                *why = Text::tr("entry %1: 'toll_free' is not true or false").arg(index);
                return std::nullopt;
            }
            rest.remove(QLatin1String("toll_free"));
        }
        number.extra = rest;
    } else {
        *why = Text::tr("entry %1 of the list is neither a number nor a record").arg(index);
        return std::nullopt;
    }
    if (number.number.isEmpty()) {
        *why = Text::tr("entry %1 of the list has no number").arg(index);
        return std::nullopt;
    }
    return number;
}

} // namespace

Result<QJsonValue> json(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return badResponse(Text::tr("the body is empty"));
    if (trimmed.startsWith('<')) {
        const QString title = htmlTitle(trimmed);
        return badResponse(title.isEmpty()
                               ? Text::tr("an HTML page instead of JSON")
                               : Text::tr("an HTML page (\"%1\") instead of JSON").arg(title));
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return badResponse(Text::tr("invalid JSON at byte %1 of %2 (%3); the answer may be cut off")
                               .arg(parseError.offset)
                               .arg(trimmed.size())
                               .arg(parseError.errorString()));
    }
    if (document.isArray())
        return QJsonValue(document.array());
    return QJsonValue(document.object());
}

Result<NumberPage> numberPage(const QByteArray &body)
{
    if (std::optional<SimdPageDecoder::Page> fast = SimdPageDecoder::decode(body)) {
        NumberPage page;
        page.numbers = std::move(fast->numbers);
        if (fast->enveloped) {
            QJsonObject envelope;
            envelope.insert(QLatin1String("metadata"), fast->metadata);
            page.meta = readMeta(envelope);
        }
        return page;
    }
    return numberPageGeneral(body);
}

Result<NumberPage> numberPageGeneral(const QByteArray &body)
{
    NumberPage page;
    const Result<QJsonArray> records =
        recordsIn(body, {QStringLiteral("numbers"), QStringLiteral("phone_numbers")}, &page.meta);
    if (!records)
        return records.error();
    page.numbers.reserve(records.value().size());
    int index = 0;
    for (const QJsonValue &entry : records.value()) {
        ++index;
        if (!entry.isObject())
            return badResponse(Text::tr("entry %1 of the list is not a record").arg(index));
        QString why;
        auto number = PhoneNumber::fromJson(entry.toObject(), &why);
        if (!number)
            return badResponse(Text::tr("record %1: %2").arg(index).arg(why));
        page.numbers.append(std::move(*number));
    }
    return page;
}

Result<PhoneNumber> singleNumber(const QByteArray &body)
{
    const Result<QJsonValue> parsed = json(body);
    if (!parsed)
        return parsed.error();
    if (!parsed.value().isObject())
        return badResponse(Text::tr("expected a JSON object"));
    QJsonObject record = parsed.value().toObject();
    for (const char *root : {"number", "phone_number"}) {
        const QJsonValue v = record.value(QLatin1String(root));
        if (v.isObject()) {
            record = v.toObject();
            break;
        }
    }
    QString why;
    auto number = PhoneNumber::fromJson(record, &why);
    if (!number)
        return badResponse(why);
    return *number;
}

Result<LookupPage> lookupPage(const QByteArray &body, schema::LookupKind kind)
{
    LookupPage page;
    const Result<QJsonArray> records =
        recordsIn(body, {schema::lookupRootKey(kind), QStringLiteral("data")}, &page.meta);
    if (!records)
        return records.error();
    int index = 0;
    for (const QJsonValue &entry : records.value()) {
        ++index;
        const QJsonObject object = entry.toObject();
        const std::optional<qint64> id = optionalInteger(object, "id");
        if (!entry.isObject() || !id)
            return badResponse(
                Text::tr("entry %1 of '%2' has no id").arg(index).arg(schema::lookupRootKey(kind)));
        LookupItem item;
        item.id = *id;
        item.name = object.value(QLatin1String("name")).toString();
        item.label = item.name.isEmpty() ? QString::number(item.id) : item.name;
        const QJsonValue userId = object.value(QLatin1String("user_traffic_source_id"));
        if (kind == schema::LookupKind::TrafficSources && !userId.isNull() &&
            !userId.isUndefined()) {
            const std::optional<qint64> userNumber =
                optionalInteger(object, "user_traffic_source_id");
            const QString prefix = userNumber ? QString::number(*userNumber) : userId.toString();
            if (!prefix.isEmpty())
                item.label = prefix + QStringLiteral(" - ") + item.name;
        }
        page.items.append(item);
    }
    return page;
}

Result<QList<dates::NamedTimeZone>> timeZones(const QByteArray &body)
{
    PageMeta ignored;
    const Result<QJsonArray> records =
        recordsIn(body,
                  {QStringLiteral("time_zones"), QStringLiteral("time_zone"),
                   QStringLiteral("collection"), QStringLiteral("data")},
                  &ignored);
    if (!records)
        return records.error();
    QList<dates::NamedTimeZone> zones;
    for (const QJsonValue &entry : records.value()) {
        dates::NamedTimeZone zone;
        if (entry.isString()) {
            zone.name = entry.toString();
        } else if (entry.isObject()) {
            const QJsonObject o = entry.toObject();
            for (const char *key : {"name", "id", "value"}) {
                if (o.value(QLatin1String(key)).isString()) {
                    zone.name = o.value(QLatin1String(key)).toString();
                    break;
                }
            }
            for (const char *key : {"iana", "tzinfo", "iana_id", "identifier"}) {
                if (o.value(QLatin1String(key)).isString()) {
                    zone.ianaId = o.value(QLatin1String(key)).toString().toUtf8();
                    break;
                }
            }
        }
        if (zone.name.isEmpty())
            return badResponse(Text::tr("a time zone without a name"));
        if (zone.ianaId.isEmpty()) {
            const QTimeZone known = dates::zoneForApiName(zone.name);
            if (known.isValid())
                zone.ianaId = known.id();
        }
        zones.append(zone);
    }
    return zones;
}

Result<QList<AvailableNumber>> availableNumbers(const QByteArray &body)
{
    PageMeta ignored;
    const Result<QJsonArray> records =
        recordsIn(body,
                  {QStringLiteral("phone_numbers"), QStringLiteral("numbers"),
                   QStringLiteral("available_numbers"), QStringLiteral("results")},
                  &ignored);
    if (!records)
        return records.error();
    QList<AvailableNumber> numbers;
    numbers.reserve(records.value().size());
    int index = 0;
    for (const QJsonValue &entry : records.value()) {
        QString why;
        std::optional<AvailableNumber> number = availableNumberOf(entry, ++index, &why);
        if (!number)
            return badResponse(why);
        numbers.append(std::move(*number));
    }
    return numbers;
}

std::optional<int> retryAfterSeconds(const QByteArray &header, const QDateTime &now)
{
    const QDateTime reference = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    const QDateTime when = retryAfterTime(header, reference);
    if (!when.isValid())
        return std::nullopt;
    // 64-bit, then bounded: a date in the year 9999 is a long wait, never a negative one.
    return int(std::clamp<qint64>(reference.secsTo(when), 0, std::numeric_limits<int>::max()));
}

QDateTime retryAfterTime(const QByteArray &header, const QDateTime &now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return {};
    const QDateTime reference = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (ok) {
        if (seconds < 0)
            return {};
        // Beyond a century every answer is "much later"; the bound keeps the date valid.
        constexpr qlonglong century = 100LL * 366 * 24 * 3600;
        return reference.toUTC().addSecs(std::min(seconds, century));
    }
    // HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return {};
    when.setTimeZone(QTimeZone::utc());
    return std::max(when, reference.toUTC());
}

ApiError httpError(int status, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    using Kind = ApiError::Kind;
    ApiError error;
    error.httpStatus = status;
    // The server's own words, when it sent a JSON error body.
    const Result<QJsonValue> parsed = json(body);
    if (parsed && parsed.value().isObject())
        error.fieldErrors = fieldErrorsOf(parsed.value().toObject().value(QLatin1String("errors")));
    QString firstServerText;
    if (!error.fieldErrors.isEmpty()) {
        const auto first = error.fieldErrors.constBegin();
        firstServerText = first.key() == QLatin1String("base")
                              ? first.value().first()
                              : first.key() + QStringLiteral(" ") + first.value().first();
    }

    if (status == 401) {
        error.kind = Kind::Auth;
        error.message = Text::tr("The server did not accept the account's credentials (401). "
                                 "Check the keys or the token.");
    } else if (status == 403) {
        error.kind = Kind::Permission;
        error.message = Text::tr("The account may not do this (403): it lacks the rights, or this "
                                 "computer's IP address is not on the account's allow-list.");
    } else if (status == 404) {
        error.kind = Kind::NotFound;
        error.message = Text::tr("Not found (404): no such phone number or resource.");
    } else if (status == 400 || status == 422) {
        error.kind = Kind::Validation;
        error.message = firstServerText.isEmpty()
                            ? Text::tr("The server refused the request (%1).").arg(status)
                            : Text::tr("The server refused the request: %1").arg(firstServerText);
    } else if (status == 429) {
        error.kind = Kind::RateLimited;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        error.retryAfterSeconds = retryAfterSeconds(retryAfterHeader, now);
        error.retryAt = retryAfterTime(retryAfterHeader, now);
        const int cap = RetryPolicy::kMaxRetryAfterSeconds;
        if (error.retryAfterSeconds && *error.retryAfterSeconds > cap) {
            // Longer than anyone waits: say so at once, with the server's words and its time.
            error.doNotRetry = true;
            error.message =
                Text::tr("Too many requests (429): the server asks to come back at %1, more "
                         "than %n second(s) from now; try again then.",
                         nullptr, cap)
                    .arg(error.retryAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
            if (!firstServerText.isEmpty())
                error.message +=
                    QLatin1Char(' ') + Text::tr("The server said: %1").arg(firstServerText);
        } else {
            error.message =
                error.retryAfterSeconds
                    ? Text::tr("Too many requests (429); the server asks to wait %n second(s).",
                               nullptr, *error.retryAfterSeconds)
                    : Text::tr("Too many requests (429); try again in a moment.");
        }
    } else if (status >= 500) {
        error.kind = Kind::Server;
        error.message = Text::tr("The server had a problem (%1). Try again later.").arg(status);
    } else {
        error.kind = Kind::BadResponse;
        error.message = Text::tr("The server answered with the unexpected status %1.").arg(status);
    }
    error.detail = QStringLiteral("HTTP %1: %2")
                       .arg(status)
                       .arg(QString::fromUtf8(body.left(300)).simplified());
    return error;
}

} // namespace numdesk::decode
