#include "snapshotdiff.h"

#include "csvrowwriter.h"

#include <QJsonArray>

#include <algorithm>

namespace numdesk {

namespace {

qint64 idOf(const PhoneNumber &number)
{
    return number.id.value_or(0);
}

bool byId(const PhoneNumber &a, const PhoneNumber &b)
{
    return idOf(a) < idOf(b);
}

} // namespace

bool SnapshotChange::operator==(const SnapshotChange &o) const
{
    return id == o.id && number == o.number && kind == o.kind && field == o.field &&
           before == o.before && after == o.after;
}

QStringList SnapshotDiff::comparedFields()
{
    return {QStringLiteral("offer_id"),     QStringLiteral("traffic_source_id"),
            QStringLiteral("ring_pool_id"), QStringLiteral("provider_configuration_id"),
            QStringLiteral("token_values"), QStringLiteral("name"),
            QStringLiteral("description"),  QStringLiteral("external_record_id")};
}

QString SnapshotDiff::kindKey(SnapshotChange::Kind kind)
{
    switch (kind) {
    case SnapshotChange::Kind::Added:
        return QStringLiteral("added");
    case SnapshotChange::Kind::Removed:
        return QStringLiteral("removed");
    case SnapshotChange::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QString SnapshotDiff::cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << cellText(item);
        return parts.join(QStringLiteral("; "));
    }
    default:
        return QString();
    }
}

QByteArray SnapshotDiff::toCsv(const QList<SnapshotChange> &changes)
{
    const CsvRowWriter writer;
    QByteArray out = writer.encodeRow({QStringLiteral("id"), QStringLiteral("number"),
                                       QStringLiteral("change"), QStringLiteral("field"),
                                       QStringLiteral("before"), QStringLiteral("after")});
    for (const SnapshotChange &change : changes)
        out += writer.encodeRow({QString::number(change.id), change.number, kindKey(change.kind),
                                 change.field, cellText(change.before), cellText(change.after)});
    return out;
}

QList<SnapshotChange> SnapshotDiff::compute(QList<PhoneNumber> from, QList<PhoneNumber> to)
{
    std::sort(from.begin(), from.end(), byId);
    std::sort(to.begin(), to.end(), byId);
    const QStringList fields = comparedFields();
    QList<SnapshotChange> changes;
    auto a = from.cbegin();
    auto b = to.cbegin();
    while (a != from.cend() || b != to.cend()) {
        if (b == to.cend() || (a != from.cend() && idOf(*a) < idOf(*b))) {
            changes.append({idOf(*a), a->number, SnapshotChange::Kind::Removed, {}, {}, {}});
            ++a;
        } else if (a == from.cend() || idOf(*b) < idOf(*a)) {
            changes.append({idOf(*b), b->number, SnapshotChange::Kind::Added, {}, {}, {}});
            ++b;
        } else {
            for (const QString &field : fields) {
                const QJsonValue before = a->value(field);
                const QJsonValue after = b->value(field);
                if (before != after)
                    changes.append(
                        {idOf(*b), b->number, SnapshotChange::Kind::Changed, field, before, after});
            }
            ++a;
            ++b;
        }
    }
    return changes;
}

} // namespace numdesk
