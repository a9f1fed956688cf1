#pragma once

#include "lookuprecord.h"
#include "numberrecord.h"

#include <apischema.h>

#include <QJsonObject>
#include <QStringList>
#include <QVariant>

namespace numdesk::sandbox {

// Renders records as the service does: JSON objects with the seed's keys plus the newer ones
// (timestamps ISO 8601 with milliseconds, in UTC), the single-record envelope with its checksum,
// and plain cell values for CSV.
class RecordSerializer
{
public:
    // Every key a number record has, in output order: schema::allColumns() + delete_prevention.
    static const QStringList &numberColumns();
    static QStringList lookupColumns(schema::LookupKind kind);

    // The record limited to `columns` (empty = all), in the order of numberColumns().
    static QJsonObject numberObject(const NumberRecord &record, const QStringList &columns = {});
    static QJsonObject lookupObject(schema::LookupKind kind, const LookupRecord &record,
                                    const QStringList &columns = {});
    // {"status":…,"errors":{},"number":{…},"checksum":"<md5 of the number JSON>",
    //  "metadata":{"root":"number"}}
    static QJsonObject singleEnvelope(const NumberRecord &record, int status);

    // The md5 (32 hex) of a record's content: the record's own "checksum" field.
    static QString recordChecksum(const NumberRecord &record);
    // Compact JSON with keys in QJsonObject order (sorted): what checksums are taken over.
    static QByteArray compactJson(const QJsonObject &object);

    static QString timestamp(qint64 msSinceEpoch);
    // A CSV cell for a JSON value: null → empty, arrays joined with ',', booleans as words.
    static QString cellText(const QJsonValue &value);
};

} // namespace numdesk::sandbox
