#include "recordserializer.h"

#include <apidates.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace numdesk::sandbox {

namespace {

QJsonValue optionalId(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalTime(const std::optional<qint64> &value)
{
    return value ? QJsonValue(RecordSerializer::timestamp(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Every field but the checksum, which is derived from the others.
QJsonObject contentObject(const NumberRecord &r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("number"), r.number},
        {QStringLiteral("offer_id"), r.offerId},
        {QStringLiteral("traffic_source_id"), optionalId(r.trafficSourceId)},
        {QStringLiteral("provider_configuration_id"), r.providerConfigurationId},
        {QStringLiteral("ring_pool_id"), optionalId(r.ringPoolId)},
        {QStringLiteral("provider_auth_key"), r.providerAuthKey},
        {QStringLiteral("last_call_at"), optionalTime(r.lastCallAt)},
        {QStringLiteral("token_values"), QJsonArray::fromStringList(r.tokenValues)},
        {QStringLiteral("country"), r.country},
        {QStringLiteral("area_code_id"), optionalId(r.areaCodeId)},
        {QStringLiteral("optimizer_displayed_at"), optionalTime(r.optimizerDisplayedAt)},
        {QStringLiteral("optimizer_tokens_changed_at"), optionalTime(r.optimizerTokensChangedAt)},
        {QStringLiteral("created_at"), RecordSerializer::timestamp(r.createdAt)},
        {QStringLiteral("plain_number"), r.number},
        {QStringLiteral("extension"), textOrNull(r.extension)},
        {QStringLiteral("human_number"), r.humanNumber},
        {QStringLiteral("legacy_id"), optionalId(r.legacyId)},
        {QStringLiteral("type"), r.type},
        {QStringLiteral("uuid"), r.uuid},
        {QStringLiteral("updated_at"), RecordSerializer::timestamp(r.updatedAt)},
        {QStringLiteral("deleted_at"), optionalTime(r.deletedAt)},
        {QStringLiteral("user_updated_at"), optionalTime(r.userUpdatedAt)},
        {QStringLiteral("external_record_id"), textOrNull(r.externalRecordId)},
        {QStringLiteral("description"), textOrNull(r.description)},
        {QStringLiteral("delete_prevention"), r.deletePrevention},
    };
}

} // namespace

const QStringList &RecordSerializer::numberColumns()
{
    static const QStringList columns = schema::allColumns() << QStringLiteral("delete_prevention");
    return columns;
}

QStringList RecordSerializer::lookupColumns(schema::LookupKind kind)
{
    switch (kind) {
    case schema::LookupKind::TrafficSources:
        return {QStringLiteral("id"), QStringLiteral("user_traffic_source_id"),
                QStringLiteral("name"), QStringLiteral("created_at")};
    case schema::LookupKind::ProviderConfigurations:
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("provider"),
                QStringLiteral("created_at")};
    case schema::LookupKind::Offers:
    case schema::LookupKind::RingPools:
        break;
    }
    return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at")};
}

QString RecordSerializer::timestamp(qint64 msSinceEpoch)
{
    return dates::formatRecordTimestamp(
        QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()));
}

QByteArray RecordSerializer::compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString RecordSerializer::recordChecksum(const NumberRecord &record)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(compactJson(contentObject(record)), QCryptographicHash::Md5)
            .toHex());
}

QJsonObject RecordSerializer::numberObject(const NumberRecord &record, const QStringList &columns)
{
    QJsonObject all = contentObject(record);
    const bool wantsChecksum = columns.isEmpty() || columns.contains(QLatin1String("checksum"));
    if (wantsChecksum)
        all.insert(QStringLiteral("checksum"), recordChecksum(record));
    if (columns.isEmpty())
        return all;
    QJsonObject limited;
    for (const QString &column : columns)
        limited.insert(column, all.value(column));
    return limited;
}

QJsonObject RecordSerializer::lookupObject(schema::LookupKind kind, const LookupRecord &record,
                                           const QStringList &columns)
{
    QJsonObject all{{QStringLiteral("id"), record.id},
                    {QStringLiteral("name"), record.name},
                    {QStringLiteral("created_at"), timestamp(record.createdAt)}};
    if (kind == schema::LookupKind::TrafficSources)
        all.insert(QStringLiteral("user_traffic_source_id"),
                   optionalId(record.userTrafficSourceId));
    if (kind == schema::LookupKind::ProviderConfigurations)
        all.insert(QStringLiteral("provider"), record.provider);
    if (columns.isEmpty())
        return all;
    QJsonObject limited;
    for (const QString &column : columns)
        limited.insert(column, all.value(column));
    return limited;
}

QJsonObject RecordSerializer::singleEnvelope(const NumberRecord &record, int status)
{
    const QJsonObject number = numberObject(record);
    const QString checksum = QString::fromLatin1(
        QCryptographicHash::hash(compactJson(number), QCryptographicHash::Md5).toHex());
    return QJsonObject{
        {QStringLiteral("status"), status},
        {QStringLiteral("errors"), QJsonObject()},
        {QStringLiteral("number"), number},
        {QStringLiteral("checksum"), checksum},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("root"), QStringLiteral("number")}}},
    };
}

QString RecordSerializer::cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts.append(cellText(item));
        return parts.join(QLatin1Char(','));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace numdesk::sandbox
