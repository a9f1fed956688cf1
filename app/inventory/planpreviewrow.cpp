#include "planpreviewrow.h"

#include <QJsonArray>

#include <algorithm>

namespace numdesk {

QString PlanPreviewRow::classKey(Class rowClass)
{
    switch (rowClass) {
    case Class::Change:
        return QStringLiteral("change");
    case Class::Already:
        return QStringLiteral("already");
    case Class::NotFound:
        return QStringLiteral("not_found");
    case Class::Ambiguous:
        return QStringLiteral("ambiguous");
    case Class::Invalid:
        return QStringLiteral("invalid");
    case Class::Duplicate:
        return QStringLiteral("duplicate");
    case Class::ChangedSince:
        return QStringLiteral("changed_since");
    case Class::NotUndoable:
        return QStringLiteral("not_undoable");
    }
    return {};
}

QJsonObject PlanPreviewRow::toJson() const
{
    QJsonObject changed;
    for (const Change &change : changes) {
        changed.insert(change.field, QJsonObject{{QStringLiteral("before"), change.before},
                                                 {QStringLiteral("after"), change.after}});
    }
    QJsonObject object{
        {QStringLiteral("row"), line},
        {QStringLiteral("id"), id ? QJsonValue(double(*id)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("number"),
         number.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(number)},
        {QStringLiteral("class"), classKey(rowClass)},
        {QStringLiteral("action"),
         action == PlanRow::Action::Unrent ? QStringLiteral("unrent") : QStringLiteral("update")},
        {QStringLiteral("changes"), changed},
        {QStringLiteral("reason"), reason},
    };
    if (action == PlanRow::Action::Unrent && !before.isEmpty())
        object.insert(QStringLiteral("before"), before);
    return object;
}

NumberAction PlanPreviewRow::numberAction() const
{
    const QString target = id ? QString::number(*id) : number;
    NumberAction out = action == PlanRow::Action::Unrent
                           ? NumberAction::unrentOf(target, label)
                           : NumberAction::updateOf(target, label, toSend);
    out.before = before;
    return out;
}

namespace planfields {

QStringList keys()
{
    return {QStringLiteral("offer_id"), QStringLiteral("traffic_source_id"),
            QStringLiteral("ring_pool_id"), QStringLiteral("token_values")};
}

namespace {

QJsonValue id(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QStringList sortedTokens(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &entry : value.toArray())
        out.append(entry.toString());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

QJsonValue valueOf(const PhoneNumber &number, const QString &key)
{
    if (key == QLatin1String("offer_id"))
        return id(number.offerId);
    if (key == QLatin1String("traffic_source_id"))
        return id(number.trafficSourceId);
    if (key == QLatin1String("ring_pool_id"))
        return id(number.ringPoolId);
    if (key == QLatin1String("token_values"))
        return QJsonArray::fromStringList(number.tokenValues); // compared as sets
    return number.value(key);
}

bool sameValue(const QString &key, const QJsonValue &a, const QJsonValue &b)
{
    if (key == QLatin1String("token_values"))
        return sortedTokens(a) == sortedTokens(b);
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toInteger() == b.toInteger();
}

NumberChanges changesFrom(const QJsonObject &values)
{
    NumberChanges changes;
    auto nullable = [](const QJsonValue &value) {
        return value.isNull() ? std::optional<qint64>() : std::optional<qint64>(value.toInteger());
    };
    if (values.contains(QLatin1String("offer_id")))
        changes.offerId = values.value(QLatin1String("offer_id")).toInteger();
    if (values.contains(QLatin1String("traffic_source_id")))
        changes.trafficSourceId = nullable(values.value(QLatin1String("traffic_source_id")));
    if (values.contains(QLatin1String("ring_pool_id")))
        changes.ringPoolId = nullable(values.value(QLatin1String("ring_pool_id")));
    if (values.contains(QLatin1String("token_values"))) {
        const QJsonValue tokens = values.value(QLatin1String("token_values"));
        QStringList list;
        for (const QJsonValue &entry : tokens.toArray())
            list.append(entry.toString());
        // An empty list clears, as null does.
        changes.tokenValues =
            list.isEmpty() ? std::optional<QStringList>() : std::optional<QStringList>(list);
    }
    return changes;
}

QJsonObject toJson(const NumberChanges &changes)
{
    QJsonObject out;
    if (changes.offerId)
        out.insert(QStringLiteral("offer_id"), double(*changes.offerId));
    if (changes.trafficSourceId)
        out.insert(QStringLiteral("traffic_source_id"), id(*changes.trafficSourceId));
    if (changes.ringPoolId)
        out.insert(QStringLiteral("ring_pool_id"), id(*changes.ringPoolId));
    if (changes.tokenValues) {
        out.insert(QStringLiteral("token_values"),
                   *changes.tokenValues
                       ? QJsonValue(QJsonArray::fromStringList(**changes.tokenValues))
                       : QJsonValue(QJsonValue::Null));
    }
    return out;
}

} // namespace planfields

} // namespace numdesk
