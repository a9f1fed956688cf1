#pragma once

#include "actionrunner.h"
#include "phonenumber.h"
#include "planfile.h"
#include "requests.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace numdesk {

// One row of a preview (of a plan, or of an undo): what would happen to one number.
struct PlanPreviewRow
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::PlanPreviewRow)

public:
    enum class Class
    {
        Change,       // something to send
        Already,      // the number already has the values: nothing to send
        NotFound,     // no such number in the account
        Ambiguous,    // a name that two offers (sources, pools) share
        Invalid,      // a cell that cannot be read, or names nothing
        Duplicate,    // a later row for a number an earlier row named
        ChangedSince, // undo: changed by someone since the batch; left alone
        NotUndoable   // undo: an unrent (listed with what the number had, for re-buying)
    };
    struct Change
    {
        QString field; // "offer_id", "traffic_source_id", "ring_pool_id", "token_values"
        QJsonValue before;
        QJsonValue after;
    };

    int line = 0;      // the plan's line; 0 for an undo row
    QString reference; // the number as the plan (or journal) named it
    std::optional<qint64> id;
    QString number; // E.164, from the fresh read when there was one
    QString label;  // as people read it
    PlanRow::Action action = PlanRow::Action::Update;
    Class rowClass = Class::Invalid;
    QList<Change> changes; // Change: each field sent; Already: none
    QString reason;        // why, for every class but Change and Already
    NumberChanges toSend;  // Change, update: only the changed fields
    QJsonObject before;    // the values before: the changed fields, or for an unrent the
                           // number's offer, source, pool and token values

    static QString classKey(Class rowClass); // "change", "already", "not_found", …
    // {"row", "id", "number", "class", "action", "changes": {field: {before, after}}, "reason"}
    QJsonObject toJson() const;
    // The action ActionRunner sends for a Change row.
    NumberAction numberAction() const;
};

// The fields a plan changes, between JSON and NumberChanges.
namespace planfields {
QStringList keys(); // offer_id, traffic_source_id, ring_pool_id, token_values
// The field's value in a record as the API sends it: ids as numbers or null, token values as
// an array (empty when none).
QJsonValue valueOf(const PhoneNumber &number, const QString &key);
// Token values compared as sets; null and [] alike.
bool sameValue(const QString &key, const QJsonValue &a, const QJsonValue &b);
// A PUT body's fields (or before-values) as NumberChanges.
NumberChanges changesFrom(const QJsonObject &values);
QJsonObject toJson(const NumberChanges &changes);
} // namespace planfields

} // namespace numdesk
