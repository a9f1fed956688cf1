#include "phonenumber.h"

#include "apischema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace numdesk {

namespace {

using FieldType = PhoneNumber::FieldKind;

struct Field
{
    const char *key;
    FieldType type;
    std::optional<qint64> PhoneNumber::*integer = nullptr;
    QString PhoneNumber::*text = nullptr;
};

// Same order as schema::allColumns(): the index is the bit in PhoneNumber::present.
const Field fields[] = {
    {"id", FieldType::Integer, &PhoneNumber::id},
    {"name", FieldType::Text, nullptr, &PhoneNumber::name},
    {"number", FieldType::Text, nullptr, &PhoneNumber::number},
    {"offer_id", FieldType::Integer, &PhoneNumber::offerId},
    {"traffic_source_id", FieldType::Integer, &PhoneNumber::trafficSourceId},
    {"provider_configuration_id", FieldType::Integer, &PhoneNumber::providerConfigurationId},
    {"ring_pool_id", FieldType::Integer, &PhoneNumber::ringPoolId},
    {"provider_auth_key", FieldType::Text, nullptr, &PhoneNumber::providerAuthKey},
    {"last_call_at", FieldType::Text, nullptr, &PhoneNumber::lastCallAt},
    {"token_values", FieldType::Tokens},
    {"country", FieldType::Text, nullptr, &PhoneNumber::country},
    {"area_code_id", FieldType::Integer, &PhoneNumber::areaCodeId},
    {"optimizer_displayed_at", FieldType::Text, nullptr, &PhoneNumber::optimizerDisplayedAt},
    {"optimizer_tokens_changed_at", FieldType::Text, nullptr,
     &PhoneNumber::optimizerTokensChangedAt},
    {"created_at", FieldType::Text, nullptr, &PhoneNumber::createdAt},
    {"plain_number", FieldType::Text, nullptr, &PhoneNumber::plainNumber},
    {"extension", FieldType::Text, nullptr, &PhoneNumber::extension},
    {"checksum", FieldType::Text, nullptr, &PhoneNumber::checksum},
    {"human_number", FieldType::Text, nullptr, &PhoneNumber::humanNumber},
    {"legacy_id", FieldType::Integer, &PhoneNumber::legacyId},
    {"type", FieldType::Text, nullptr, &PhoneNumber::type},
    {"uuid", FieldType::Text, nullptr, &PhoneNumber::uuid},
    {"updated_at", FieldType::Text, nullptr, &PhoneNumber::updatedAt},
    {"deleted_at", FieldType::Text, nullptr, &PhoneNumber::deletedAt},
    {"user_updated_at", FieldType::Text, nullptr, &PhoneNumber::userUpdatedAt},
    {"external_record_id", FieldType::Text, nullptr, &PhoneNumber::externalRecordId},
    {"description", FieldType::Text, nullptr, &PhoneNumber::description},
};
constexpr int fieldCount = int(std::size(fields));
static_assert(fieldCount <= 32, "PhoneNumber::present has 32 bits");

// Every record has ~27 keys and every CSV cell asks for one: compare lengths first (a key's
// length is worked out once, not strlen'd per comparison), then the text.
struct FieldKeys
{
    QLatin1String keys[fieldCount];
    FieldKeys()
    {
        for (int i = 0; i < fieldCount; ++i)
            keys[i] = QLatin1String(fields[i].key);
    }
};

template<class Key> int indexOfField(Key key)
{
    static const FieldKeys table;
    const qsizetype size = key.size();
    for (int i = 0; i < fieldCount; ++i) {
        const QLatin1String candidate = table.keys[i];
        if (candidate.size() == size && key == candidate)
            return i;
    }
    return -1;
}

int keyIndex(QStringView key)
{
    return indexOfField(key);
}

// The messages of this file: Text::tr("…") is what lupdate reads (it cannot see a literal
// passed to a helper).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::PhoneNumber)
};

// Integers may come as JSON numbers or as numeric strings ("1002592"), as the seed's PUT shows.
bool readInteger(const QJsonValue &value, std::optional<qint64> *out)
{
    if (value.isNull() || value.isUndefined()) {
        out->reset();
        return true;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d != std::floor(d) || std::abs(d) > 9007199254740992.0)
            return false;
        *out = qint64(d);
        return true;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().trimmed().toLongLong(&ok);
        if (!ok)
            return false;
        *out = v;
        return true;
    }
    return false;
}

bool readText(const QJsonValue &value, QString *out)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        *out = QString();
        return true;
    case QJsonValue::String:
        *out = value.toString();
        return true;
    case QJsonValue::Double: // an extension or area code sent as a number
        *out = QString::number(value.toDouble(), 'g', 17);
        return true;
    case QJsonValue::Bool:
        *out = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return true;
    default:
        return false;
    }
}

// A JSON number as text: a whole number up to 2^53 in decimal, any other in its shortest exact
// form ("2.5", "1e+300"), never cut to an integer (nor converted out of qint64's range).
QString numberText(double value)
{
    if (value == std::floor(value) && std::abs(value) <= 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace

std::optional<QStringList> tokenValuesFromJson(const QJsonValue &value, QString *error)
{
    QStringList list;
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    auto addPair = [&list](const QString &key, const QJsonValue &v) {
        list.append(key + QLatin1Char(':') + scalarText(v));
    };
    if (value.isNull() || value.isUndefined())
        return list;
    if (value.isString()) {
        // record_token_additional_list style: "interest:auto,geo:800"
        for (const QString &part : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            list.append(part.trimmed());
        return list;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addPair(it.key(), it.value());
        return list;
    }
    if (!value.isArray())
        return fail(Text::tr("'token_values' is neither a list nor an object"));
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        if (entry.isString()) {
            list.append(entry.toString());
        } else if (entry.isObject()) {
            const QJsonObject object = entry.toObject();
            if (object.contains(QLatin1String("key")) && object.contains(QLatin1String("value"))) {
                addPair(object.value(QLatin1String("key")).toString(),
                        object.value(QLatin1String("value")));
            } else {
                for (auto it = object.begin(); it != object.end(); ++it)
                    addPair(it.key(), it.value());
            }
        } else {
            return fail(
                Text::tr("'token_values' holds an entry that is neither text nor an object"));
        }
    }
    return list;
}

std::optional<PhoneNumber> PhoneNumber::fromJson(const QJsonObject &json, QString *error)
{
    PhoneNumber number;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const int index = keyIndex(it.key());
        if (index < 0) {
            number.extra.insert(it.key(), it.value());
            continue;
        }
        const Field &field = fields[index];
        bool ok = true;
        switch (field.type) {
        case FieldType::Integer:
            ok = readInteger(it.value(), &(number.*field.integer));
            if (!ok && error)
                *error = Text::tr("'%1' is not a whole number").arg(it.key());
            break;
        case FieldType::Text:
            ok = readText(it.value(), &(number.*field.text));
            if (!ok && error)
                *error = Text::tr("'%1' is not text").arg(it.key());
            break;
        case FieldType::Tokens: {
            const auto tokens = tokenValuesFromJson(it.value(), error);
            ok = tokens.has_value();
            if (ok)
                number.tokenValues = *tokens;
            break;
        }
        }
        if (!ok)
            return std::nullopt;
        number.present |= 1u << index;
    }
    return number;
}

int PhoneNumber::fieldIndex(QLatin1String key)
{
    return indexOfField(key);
}

QLatin1String PhoneNumber::fieldKey(int index)
{
    return index >= 0 && index < fieldCount ? QLatin1String(fields[index].key) : QLatin1String();
}

PhoneNumber::FieldKind PhoneNumber::fieldKind(int index)
{
    return fields[index].type;
}

std::optional<qint64> *PhoneNumber::integerField(int index)
{
    return fields[index].integer ? &(this->*fields[index].integer) : nullptr;
}

QString *PhoneNumber::textField(int index)
{
    return fields[index].text ? &(this->*fields[index].text) : nullptr;
}

const std::optional<qint64> *PhoneNumber::integerField(int index) const
{
    return fields[index].integer ? &(this->*fields[index].integer) : nullptr;
}

const QString *PhoneNumber::textField(int index) const
{
    return fields[index].text ? &(this->*fields[index].text) : nullptr;
}

bool PhoneNumber::has(const QString &key) const
{
    const int index = keyIndex(key);
    return index >= 0 ? (present & (1u << index)) != 0 : extra.contains(key);
}

QJsonValue PhoneNumber::value(const QString &key) const
{
    const int index = keyIndex(key);
    if (index < 0)
        return extra.value(key).isUndefined() ? QJsonValue() : extra.value(key);
    const Field &field = fields[index];
    switch (field.type) {
    case FieldType::Integer: {
        const std::optional<qint64> &v = this->*field.integer;
        return v ? QJsonValue(*v) : QJsonValue();
    }
    case FieldType::Text: {
        const QString &v = this->*field.text;
        return v.isNull() ? QJsonValue() : QJsonValue(v);
    }
    case FieldType::Tokens:
        return QJsonArray::fromStringList(tokenValues);
    }
    return {};
}

QString PhoneNumber::text(const QString &key) const
{
    const int index = keyIndex(key);
    if (index >= 0) {
        // The known fields without a QJsonValue in between (a CSV export asks for every cell):
        // the same text as the general path below.
        const Field &field = fields[index];
        switch (field.type) {
        case FieldType::Integer: {
            const std::optional<qint64> &v = this->*field.integer;
            if (!v)
                return {};
            if (*v >= -9007199254740992LL && *v <= 9007199254740992LL)
                return QString::number(*v);
            break; // past 2^53 the general path writes it as a double does
        }
        case FieldType::Text:
            return this->*field.text;
        case FieldType::Tokens:
            return tokenValues.join(QLatin1String("; "));
        }
    }
    if (key == QLatin1String("token_values"))
        return tokenValues.join(QLatin1String("; "));
    const QJsonValue v = value(key);
    if (v.isDouble())
        return numberText(v.toDouble());
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return scalarText(v);
}

QJsonObject PhoneNumber::toJson() const
{
    QJsonObject json = extra;
    for (int i = 0; i < fieldCount; ++i) {
        if (present & (1u << i)) {
            const QString key = QString::fromLatin1(fields[i].key);
            json.insert(key, value(key));
        }
    }
    return json;
}

bool PhoneNumber::operator==(const PhoneNumber &o) const
{
    for (const Field &field : fields) {
        if (field.integer && this->*field.integer != o.*field.integer)
            return false;
        if (field.text && this->*field.text != o.*field.text)
            return false;
    }
    return tokenValues == o.tokenValues && extra == o.extra && present == o.present;
}

} // namespace numdesk
