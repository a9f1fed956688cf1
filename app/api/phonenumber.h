#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace numdesk {

// One phone number as the API describes it: every column of the seed plus the newer fields of
// api-notes.md. Any field may be missing (a team without rights to it does not get it): integer
// fields are then nullopt, text fields null. Timestamps are kept exactly as the server sent them.
// Keys this version does not know are kept in `extra`, not dropped.
struct PhoneNumber
{
    std::optional<qint64> id;
    QString name;
    QString number;
    std::optional<qint64> offerId;
    std::optional<qint64> trafficSourceId;
    std::optional<qint64> providerConfigurationId;
    std::optional<qint64> ringPoolId;
    QString providerAuthKey;
    QString lastCallAt;
    QStringList tokenValues; // "key:value" entries, whatever JSON form the server used
    QString country;
    std::optional<qint64> areaCodeId;
    QString optimizerDisplayedAt;
    QString optimizerTokensChangedAt;
    QString createdAt;
    QString plainNumber;
    QString extension;
    QString checksum;
    QString humanNumber;
    // Newer fields (api-notes.md, "The record").
    std::optional<qint64> legacyId;
    QString type;
    QString uuid;
    QString updatedAt;
    QString deletedAt;
    QString userUpdatedAt;
    QString externalRecordId;
    QString description;

    QJsonObject extra;   // keys not listed above, as received
    quint32 present = 0; // bit i set: column i of schema::allColumns() was in the JSON (even null)

    // Reads one record. Returns nullopt and a reason naming the key when a known field has a
    // JSON type that cannot be meant (an id that is not a whole number, a name that is an object).
    static std::optional<PhoneNumber> fromJson(const QJsonObject &json, QString *error = nullptr);
    // The record as JSON: the keys that were present, plus `extra`.
    QJsonObject toJson() const;
    // The value of one column key as JSON (null when missing); `extra` keys too.
    QJsonValue value(const QString &key) const;
    // The value as plain text: integers in decimal, token values joined with "; ", null as "".
    QString text(const QString &key) const;
    bool has(const QString &key) const;

    // For decoders that fill a record key by key (SimdPageDecoder): a known key's column index
    // (its bit in `present`; -1 for other keys), the kind of value it holds, and its member.
    enum class FieldKind
    {
        Integer,
        Text,
        Tokens
    };
    static int fieldIndex(QLatin1String key);
    static QLatin1String fieldKey(int index); // empty past the last column
    static FieldKind fieldKind(int index);
    std::optional<qint64> *integerField(int index);
    QString *textField(int index);
    const std::optional<qint64> *integerField(int index) const;
    const QString *textField(int index) const;

    bool operator==(const PhoneNumber &other) const;
    bool operator!=(const PhoneNumber &other) const { return !(*this == other); }
};

// Reads the token_values JSON of a record: an array of "key:value" strings, an array of objects
// ({"key":…,"value":…} or {"geo":"800"}), an object ({"geo":"800"}) or a comma-separated string.
std::optional<QStringList> tokenValuesFromJson(const QJsonValue &value, QString *error = nullptr);

} // namespace numdesk
