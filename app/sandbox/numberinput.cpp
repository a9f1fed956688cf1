#include "numberinput.h"

#include "listparameters.h"
#include "sandboxstore.h"

#include <apischema.h>
#include <tokenvalue.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace numdesk::sandbox {

namespace {

using schema::LookupKind;

bool isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().trimmed().isEmpty());
}

QString blankMessage()
{
    return NumberInput::tr("can't be blank");
}

// An id given as a JSON integer or a string of digits; nullopt (with a message) otherwise.
std::optional<qint64> readId(const QJsonValue &value, QString *message)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 1 && number < 9.0e15 && number == double(qint64(number)))
            return qint64(number);
    } else if (value.isString() && digits.match(value.toString().trimmed()).hasMatch()) {
        const qint64 id = value.toString().trimmed().toLongLong();
        if (id > 0)
            return id;
    }
    *message = NumberInput::tr("must be an integer id");
    return std::nullopt;
}

// Validates an id field that must name an existing lookup record.
std::optional<qint64> existingId(const QJsonValue &value, const QString &key, LookupKind kind,
                                 const SandboxStore &store, FieldErrors &errors)
{
    QString message;
    const auto id = readId(value, &message);
    if (!id) {
        errors[key].append(message);
        return std::nullopt;
    }
    if (!store.lookupExists(kind, *id)) {
        errors[key].append(NumberInput::tr("does not exist"));
        return std::nullopt;
    }
    return id;
}

std::optional<QStringList> readTokenValues(const QJsonValue &value, FieldErrors &errors)
{
    const QString key = QStringLiteral("token_values");
    if (value.isNull() || value.isUndefined())
        return QStringList();
    QStringList entries;
    if (value.isString()) { // the newer comma-separated form: "interest:auto,geo:800"
        for (const QString &part : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            entries.append(part.trimmed());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                errors[key].append(
                    NumberInput::tr("entry %1 must be a \"key:value\" string").arg(i + 1));
                return std::nullopt;
            }
            entries.append(array.at(i).toString());
        }
    } else {
        errors[key].append(NumberInput::tr("must be a list of \"key:value\" strings or null"));
        return std::nullopt;
    }
    // A sane size: one huge value would otherwise sit in the store and in every later page.
    constexpr qsizetype maxEntries = 100;
    constexpr qsizetype maxChars = 255;
    if (entries.size() > maxEntries) {
        errors[key].append(NumberInput::tr("has %1 entries; at most %2 are allowed")
                               .arg(entries.size())
                               .arg(maxEntries));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).size() > maxChars) {
            errors[key].append(NumberInput::tr("entry %1 is %2 characters long; at most %3 are "
                                               "allowed")
                                   .arg(i + 1)
                                   .arg(entries.at(i).size())
                                   .arg(maxChars));
            return std::nullopt;
        }
        QString reason;
        const auto token = TokenValue::parse(entries.at(i), &reason);
        if (!token) {
            errors[key].append(NumberInput::tr("entry %1 '%2': %3")
                                   .arg(QString::number(i + 1), entries.at(i), reason));
            return std::nullopt;
        }
        entries[i] = token->toString();
    }
    return entries;
}

// Rails also accepts the attributes wrapped in the resource's name.
QJsonObject unwrap(const QJsonObject &params)
{
    for (const char *root : {"phone_number", "number"}) {
        const QJsonValue wrapped = params.value(QLatin1String(root));
        if (wrapped.isObject()) {
            QJsonObject merged = params;
            const QJsonObject inner = wrapped.toObject();
            for (auto it = inner.begin(); it != inner.end(); ++it)
                merged.insert(it.key(), it.value());
            return merged;
        }
    }
    return params;
}

} // namespace

bool NumberInput::readParams(const QueryItems &query, const QByteArray &contentType,
                             const QByteArray &body, QJsonObject *params, QString *jsonError)
{
    QJsonObject merged;
    for (const auto &item : query) {
        if (item.first != QLatin1String("auth_token"))
            merged.insert(item.first, item.second);
    }
    const QByteArray type = contentType.toLower();
    if (type.contains("application/x-www-form-urlencoded")) {
        for (const auto &item : RawQueryParser::parse(body))
            merged.insert(item.first, item.second);
    } else if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *jsonError = tr("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
            return false;
        }
        // Like Rails, a JSON array or scalar body brings no named parameters (it is `_json`).
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            merged.insert(it.key(), it.value());
    }
    *params = unwrap(merged);
    return true;
}

std::optional<NumberInput::Purchase>
NumberInput::purchase(const QJsonObject &params, const SandboxStore &store, FieldErrors &errors)
{
    Purchase purchase;
    const auto required = [&](const char *name) {
        const QJsonValue value = params.value(QLatin1String(name));
        if (isBlank(value)) {
            errors[QLatin1String(name)].append(blankMessage());
            return QJsonValue(QJsonValue::Undefined);
        }
        return value;
    };
    const QJsonValue provider = required("provider_configuration_id");
    if (!provider.isUndefined()) {
        if (const auto id = existingId(provider, QStringLiteral("provider_configuration_id"),
                                       LookupKind::ProviderConfigurations, store, errors))
            purchase.providerConfigurationId = *id;
    }
    const QJsonValue offer = required("offer_id");
    if (!offer.isUndefined()) {
        if (const auto id =
                existingId(offer, QStringLiteral("offer_id"), LookupKind::Offers, store, errors))
            purchase.offerId = *id;
    }
    const QJsonValue tollFree = required("toll_free");
    if (tollFree.isBool()) {
        purchase.tollFree = tollFree.toBool();
    } else if (tollFree.isString() || tollFree.isDouble()) {
        const QString text =
            tollFree.isString() ? tollFree.toString() : QString::number(tollFree.toDouble());
        if (const auto value = ListParameters::parseBoolean(text))
            purchase.tollFree = *value;
        else
            errors[QStringLiteral("toll_free")].append(ListParameters::booleanMessage());
    } else if (!tollFree.isUndefined()) {
        errors[QStringLiteral("toll_free")].append(ListParameters::booleanMessage());
    }
    const QJsonValue country = required("country");
    if (!country.isUndefined()) {
        if (country.isString() && schema::isPurchaseCountry(country.toString().trimmed()))
            purchase.country = country.toString().trimmed();
        else
            errors[QStringLiteral("country")].append(tr("is not included in the list"));
    }
    const QJsonValue traffic = params.value(QLatin1String("traffic_source_id"));
    if (!isBlank(traffic))
        purchase.trafficSourceId = existingId(traffic, QStringLiteral("traffic_source_id"),
                                              LookupKind::TrafficSources, store, errors);
    const QJsonValue pool = params.value(QLatin1String("ring_pool_id"));
    if (!isBlank(pool))
        purchase.ringPoolId =
            existingId(pool, QStringLiteral("ring_pool_id"), LookupKind::RingPools, store, errors);
    if (const auto tokens = readTokenValues(params.value(QLatin1String("token_values")), errors))
        purchase.tokenValues = *tokens;
    // Whether the number exists and is free is the purchase's question, not the syntax's.
    const QJsonValue requested = params.value(QLatin1String("requested_number"));
    if (!isBlank(requested)) {
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
        const QString text = requested.isString() ? requested.toString().trimmed() : QString();
        if (e164.match(text).hasMatch())
            purchase.requestedNumber = text;
        else
            errors[QStringLiteral("requested_number")].append(
                tr("must be a number in E.164 form, such as +14155550123"));
    }
    if (!errors.isEmpty())
        return std::nullopt;
    return purchase;
}

std::optional<NumberInput::Changes>
NumberInput::changes(const QJsonObject &params, const SandboxStore &store, FieldErrors &errors)
{
    Changes changes;
    if (params.contains(QLatin1String("offer_id"))) {
        const QJsonValue offer = params.value(QLatin1String("offer_id"));
        if (isBlank(offer))
            errors[QStringLiteral("offer_id")].append(blankMessage());
        else
            changes.offerId =
                existingId(offer, QStringLiteral("offer_id"), LookupKind::Offers, store, errors);
    }
    if (params.contains(QLatin1String("traffic_source_id"))) {
        changes.setTrafficSource = true;
        const QJsonValue traffic = params.value(QLatin1String("traffic_source_id"));
        if (!isBlank(traffic))
            changes.trafficSourceId = existingId(traffic, QStringLiteral("traffic_source_id"),
                                                 LookupKind::TrafficSources, store, errors);
    }
    if (params.contains(QLatin1String("ring_pool_id"))) {
        changes.setRingPool = true;
        const QJsonValue pool = params.value(QLatin1String("ring_pool_id"));
        if (!isBlank(pool))
            changes.ringPoolId = existingId(pool, QStringLiteral("ring_pool_id"),
                                            LookupKind::RingPools, store, errors);
    }
    if (params.contains(QLatin1String("token_values"))) {
        changes.setTokenValues = true;
        if (const auto tokens =
                readTokenValues(params.value(QLatin1String("token_values")), errors))
            changes.tokenValues = *tokens;
    }
    if (!errors.isEmpty())
        return std::nullopt;
    return changes;
}

} // namespace numdesk::sandbox
