#include "numberrowcodec.h"

#include "numberjsonwriter.h"
#include "numberplan.h"
#include "sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace numdesk::sandbox {

namespace {

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

std::optional<qint64> optionalAt(const QSqlQuery &query, int index)
{
    const QVariant value = query.value(index);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QString encodeTokens(const QStringList &tokens)
{
    if (tokens.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tokens)).toJson(QJsonDocument::Compact));
}

QStringList decodeTokens(const QString &text)
{
    QStringList tokens;
    if (text.isEmpty() || text == QLatin1String("[]"))
        return tokens;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        tokens.append(v.toString());
    return tokens;
}

} // namespace

const QStringList &NumberRowCodec::columns()
{
    static const QStringList list = {
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("number"),
        QStringLiteral("digits"),
        QStringLiteral("human_number"),
        QStringLiteral("search_text"),
        QStringLiteral("country"),
        QStringLiteral("toll_free"),
        QStringLiteral("offer_id"),
        QStringLiteral("traffic_source_id"),
        QStringLiteral("provider_configuration_id"),
        QStringLiteral("ring_pool_id"),
        QStringLiteral("provider_auth_key"),
        QStringLiteral("token_values"),
        QStringLiteral("area_code_id"),
        QStringLiteral("extension"),
        QStringLiteral("last_call_at"),
        QStringLiteral("optimizer_displayed_at"),
        QStringLiteral("optimizer_tokens_changed_at"),
        QStringLiteral("created_at"),
        QStringLiteral("updated_at"),
        QStringLiteral("user_updated_at"),
        QStringLiteral("deleted_at"),
        QStringLiteral("legacy_id"),
        QStringLiteral("type"),
        QStringLiteral("uuid"),
        QStringLiteral("external_record_id"),
        QStringLiteral("description"),
        QStringLiteral("delete_prevention"),
        QStringLiteral("checksum"),
    };
    return list;
}

QString NumberRowCodec::columnList()
{
    static const QString list = columns().join(QStringLiteral(", "));
    return list;
}

QString NumberRowCodec::storedColumnList()
{
    return QStringLiteral(
        "id, name, number, human_number, country, offer_id, traffic_source_id, "
        "provider_configuration_id, ring_pool_id, provider_auth_key, token_values, area_code_id, "
        "extension, last_call_at, optimizer_displayed_at, optimizer_tokens_changed_at, "
        "created_at, updated_at, user_updated_at, deleted_at, legacy_id, type, uuid, "
        "external_record_id, description, delete_prevention, checksum");
}

QString NumberRowCodec::searchText(const NumberRecord &record)
{
    return record.name.toLower() + QLatin1Char('\n') + record.number + QLatin1Char('\n') +
           record.humanNumber.toLower();
}

QVariantList NumberRowCodec::values(const NumberRecord &r)
{
    return {
        r.id > 0 ? QVariant(r.id) : QVariant(QMetaType(QMetaType::LongLong)),
        r.name,
        r.number,
        NumberPlan::digitsOf(r.number),
        r.humanNumber,
        searchText(r),
        r.country,
        r.tollFree ? 1 : 0,
        r.offerId,
        optionalValue(r.trafficSourceId),
        r.providerConfigurationId,
        optionalValue(r.ringPoolId),
        r.providerAuthKey,
        encodeTokens(r.tokenValues),
        optionalValue(r.areaCodeId),
        textOrNull(r.extension),
        optionalValue(r.lastCallAt),
        optionalValue(r.optimizerDisplayedAt),
        optionalValue(r.optimizerTokensChangedAt),
        r.createdAt,
        r.updatedAt,
        optionalValue(r.userUpdatedAt),
        optionalValue(r.deletedAt),
        optionalValue(r.legacyId),
        r.type,
        r.uuid,
        textOrNull(r.externalRecordId),
        textOrNull(r.description),
        r.deletePrevention ? 1 : 0,
        // The id is part of the content: not known before SQLite assigns it.
        r.id > 0 ? QVariant(QString::fromLatin1(NumberJsonWriter::checksumOf(stored(r))))
                 : QVariant(QMetaType(QMetaType::QString)),
    };
}

StoredNumberRow NumberRowCodec::stored(const NumberRecord &r)
{
    StoredNumberRow row;
    row.id = r.id;
    row.name = r.name.toUtf8();
    row.number = r.number.toUtf8();
    row.humanNumber = r.humanNumber.toUtf8();
    row.country = r.country.toUtf8();
    row.offerId = r.offerId;
    row.trafficSourceId = r.trafficSourceId;
    row.providerConfigurationId = r.providerConfigurationId;
    row.ringPoolId = r.ringPoolId;
    row.providerAuthKey = r.providerAuthKey.toUtf8();
    row.tokenValues = encodeTokens(r.tokenValues).toUtf8();
    row.areaCodeId = r.areaCodeId;
    row.extension = r.extension.toUtf8();
    row.lastCallAt = r.lastCallAt;
    row.optimizerDisplayedAt = r.optimizerDisplayedAt;
    row.optimizerTokensChangedAt = r.optimizerTokensChangedAt;
    row.createdAt = r.createdAt;
    row.updatedAt = r.updatedAt;
    row.userUpdatedAt = r.userUpdatedAt;
    row.deletedAt = r.deletedAt;
    row.legacyId = r.legacyId;
    row.type = r.type.toUtf8();
    row.uuid = r.uuid.toUtf8();
    row.externalRecordId = r.externalRecordId.toUtf8();
    row.description = r.description.toUtf8();
    row.deletePrevention = r.deletePrevention;
    return row;
}

NumberRecord NumberRowCodec::read(const QSqlQuery &q)
{
    NumberRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.number = q.value(2).toString();
    r.humanNumber = q.value(4).toString();
    r.country = q.value(6).toString();
    r.tollFree = q.value(7).toInt() != 0;
    r.offerId = q.value(8).toLongLong();
    r.trafficSourceId = optionalAt(q, 9);
    r.providerConfigurationId = q.value(10).toLongLong();
    r.ringPoolId = optionalAt(q, 11);
    r.providerAuthKey = q.value(12).toString();
    r.tokenValues = decodeTokens(q.value(13).toString());
    r.areaCodeId = optionalAt(q, 14);
    r.extension = q.value(15).toString();
    r.lastCallAt = optionalAt(q, 16);
    r.optimizerDisplayedAt = optionalAt(q, 17);
    r.optimizerTokensChangedAt = optionalAt(q, 18);
    r.createdAt = q.value(19).toLongLong();
    r.updatedAt = q.value(20).toLongLong();
    r.userUpdatedAt = optionalAt(q, 21);
    r.deletedAt = optionalAt(q, 22);
    r.legacyId = optionalAt(q, 23);
    r.type = q.value(24).toString();
    r.uuid = q.value(25).toString();
    r.externalRecordId = q.value(26).toString();
    r.description = q.value(27).toString();
    r.deletePrevention = q.value(28).toInt() != 0;
    return r;
}

StoredNumberRow NumberRowCodec::readStored(const SqliteStatement &q)
{
    const auto text = [&q](int column) {
        const QByteArrayView bytes = q.columnUtf8(column);
        return QByteArray::fromRawData(bytes.data(), bytes.size());
    };
    const auto optional = [&q](int column) -> std::optional<qint64> {
        if (q.columnIsNull(column))
            return std::nullopt;
        return q.columnInt64(column);
    };
    StoredNumberRow r;
    r.id = q.columnInt64(0);
    r.name = text(1);
    r.number = text(2);
    r.humanNumber = text(3);
    r.country = text(4);
    r.offerId = q.columnInt64(5);
    r.trafficSourceId = optional(6);
    r.providerConfigurationId = q.columnInt64(7);
    r.ringPoolId = optional(8);
    r.providerAuthKey = text(9);
    r.tokenValues = text(10);
    r.areaCodeId = optional(11);
    r.extension = text(12);
    r.lastCallAt = optional(13);
    r.optimizerDisplayedAt = optional(14);
    r.optimizerTokensChangedAt = optional(15);
    r.createdAt = q.columnInt64(16);
    r.updatedAt = q.columnInt64(17);
    r.userUpdatedAt = optional(18);
    r.deletedAt = optional(19);
    r.legacyId = optional(20);
    r.type = text(21);
    r.uuid = text(22);
    r.externalRecordId = text(23);
    r.description = text(24);
    r.deletePrevention = q.columnInt64(25) != 0;
    r.checksum = text(26);
    return r;
}

StoredNumberRow NumberRowCodec::owned(const StoredNumberRow &row)
{
    StoredNumberRow r = row;
    for (QByteArray *text :
         {&r.name, &r.number, &r.humanNumber, &r.country, &r.providerAuthKey, &r.tokenValues,
          &r.extension, &r.type, &r.uuid, &r.externalRecordId, &r.description, &r.checksum})
        *text = QByteArray(text->constData(), text->size());
    return r;
}

} // namespace numdesk::sandbox
