#include "undoplan.h"

#include "apiclient.h"
#include "journal.h"
#include "lookupcache.h"

#include <QJsonArray>

#include <algorithm>

namespace numdesk {

namespace {

constexpr int kParallel = 6;

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return UndoPlan::tr("none");
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &entry : value.toArray())
            parts.append(entry.toString());
        return parts.isEmpty() ? UndoPlan::tr("none") : parts.join(QStringLiteral("; "));
    }
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

// An offer, source or pool as a re-buyer looks for it: "Auto Insurance (#12)", "#12" when the
// list could not be read or no longer has it.
QString lookupText(const QJsonValue &value, schema::LookupKind kind, const LookupCache *lookups)
{
    if (!value.isDouble())
        return valueText(value);
    const qint64 id = value.toInteger();
    const QString name = lookups ? lookups->name(kind, id) : QString();
    //: a name and its id: "Auto Insurance (#12)"
    return name.isEmpty() ? QStringLiteral("#%1").arg(id)
                          : UndoPlan::tr("%1 (#%2)").arg(name).arg(id);
}

} // namespace

UndoPlan::UndoPlan(ApiClient *client, const Journal *journal, LookupCache *lookups, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_lookups(lookups)
{}

UndoPlan::~UndoPlan()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_inFlight)) {
        if (call)
            call->cancel();
    }
}

bool UndoPlan::start(const QString &batchId, QString *error)
{
    const std::optional<BatchSummary> batch = BatchHistory::find(*m_journal, batchId);
    if (!batch) {
        if (error)
            *error = tr("The journal holds no batch '%1'.").arg(batchId);
        return false;
    }
    // The journal is shared by every account: a batch is undone only on the one it was made on.
    const QString server =
        m_client->account().apiBase.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (!batch->server.isEmpty() && batch->server != server) {
        if (error)
            *error = tr("Batch %1 was made on %2, not on this account (%3).")
                         .arg(batch->id, batch->server, server);
        return false;
    }
    m_batch = *batch;
    m_rows.clear();
    m_unknownUnrents.clear();
    m_targets.clear();
    m_error.reset();
    m_next = 0;
    QHash<QString, int> byTarget;
    for (const int index : std::as_const(m_batch.entries)) {
        const JournalEntry &entry = m_journal->entries().at(index);
        // A refused action changed nothing; one still on its way is not done yet. One whose
        // outcome is unknown may have happened: an edit is read back like a done one (only a
        // number that has the batch's values is put back), an unrent is listed.
        if (entry.state == JournalEntry::State::Failed ||
            entry.state == JournalEntry::State::InFlight)
            continue;
        const QString label = entry.number.isEmpty() ? entry.targetLabel : entry.number;
        if (entry.action == JournalEntry::Action::Unrent) {
            PlanPreviewRow row;
            row.reference = entry.target;
            row.label = entry.targetLabel.isEmpty() ? entry.target : entry.targetLabel;
            row.number = entry.before.value(QLatin1String("number")).toString();
            bool ok = false;
            const qint64 id = entry.target.toLongLong(&ok);
            if (ok)
                row.id = id;
            row.action = PlanRow::Action::Unrent;
            row.rowClass = PlanPreviewRow::Class::NotUndoable;
            row.before = entry.before;
            if (entry.needsChecking())
                m_unknownUnrents.insert(int(m_rows.size()));
            m_rows.append(row);
            continue;
        }
        if (entry.action != JournalEntry::Action::Update)
            continue; // a purchase is undone by an unrent, which the user asks for himself
        int at = byTarget.value(entry.target, -1);
        if (at < 0) {
            at = int(m_targets.size());
            byTarget.insert(entry.target, at);
            Target target;
            target.target = entry.target;
            target.label = label;
            m_targets.append(target);
        }
        Target &target = m_targets[at];
        for (auto it = entry.request.constBegin(); it != entry.request.constEnd(); ++it) {
            if (!target.before.contains(it.key()) && entry.before.contains(it.key()))
                target.before.insert(it.key(), entry.before.value(it.key()));
            target.after.insert(it.key(), it.value());
        }
    }
    for (Target &target : m_targets) {
        PlanPreviewRow row;
        row.reference = target.target;
        row.label = target.label;
        bool ok = false;
        const qint64 id = target.target.toLongLong(&ok);
        if (ok)
            row.id = id;
        else
            row.number = target.target;
        target.row = int(m_rows.size());
        m_rows.append(row);
    }
    m_running = true;
    const bool unrents = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const PlanPreviewRow &r) {
        return r.rowClass == PlanPreviewRow::Class::NotUndoable;
    });
    if (unrents && m_lookups) {
        m_waitingForLookups = true;
        m_lookups->whenLoaded({schema::LookupKind::Offers, schema::LookupKind::TrafficSources,
                               schema::LookupKind::RingPools},
                              this, [this] {
                                  m_waitingForLookups = false;
                                  pump();
                              });
    }
    pump();
    return true;
}

void UndoPlan::pump()
{
    while (m_running && m_next < m_targets.size() && m_inFlight.size() < kParallel) {
        const int index = m_next++;
        m_inFlight.insert(index,
                          m_client->showNumber(ShowNumber{m_targets.at(index).target}, this,
                                               [this, index](const Result<PhoneNumber> &result) {
                                                   onRead(index, result);
                                               }));
    }
    if (m_running && m_next >= m_targets.size() && m_inFlight.isEmpty() && !m_waitingForLookups) {
        m_running = false;
        describeUnrents();
        emit finished();
    }
}

void UndoPlan::onRead(int index, const Result<PhoneNumber> &result)
{
    m_inFlight.remove(index);
    const Target &target = m_targets.at(index);
    PlanPreviewRow &row = m_rows[target.row];
    if (!result) {
        if (result.error().kind != ApiError::Kind::NotFound) {
            fail(result.error());
            return;
        }
        row.rowClass = PlanPreviewRow::Class::NotFound;
        row.reason = tr("The number is no longer in the account.");
        pump();
        return;
    }
    const PhoneNumber &number = result.value();
    row.id = number.id;
    row.number = number.number;
    row.label = numberLabel(number);
    bool stillSet = true;
    bool alreadyBefore = true;
    QStringList changedSince;
    for (auto it = target.after.constBegin(); it != target.after.constEnd(); ++it) {
        const QJsonValue now = planfields::valueOf(number, it.key());
        const bool hasBefore = target.before.contains(it.key());
        if (!planfields::sameValue(it.key(), now, it.value())) {
            stillSet = false;
            //: "offer_id is 14 now, the batch set 12"
            changedSince.append(tr("%1 is %2 now, the batch set %3")
                                    .arg(it.key(), valueText(now), valueText(it.value())));
        }
        if (!hasBefore || !planfields::sameValue(it.key(), now, target.before.value(it.key())))
            alreadyBefore = false;
    }
    const bool knowsBefore = target.before.size() == target.after.size();
    if (stillSet && !knowsBefore) {
        row.rowClass = PlanPreviewRow::Class::NotUndoable;
        row.reason = tr("The journal holds no values from before this change (it was made by "
                        "an older version).");
    } else if (stillSet) {
        row.rowClass = PlanPreviewRow::Class::Change;
        for (auto it = target.before.constBegin(); it != target.before.constEnd(); ++it) {
            const QJsonValue now = planfields::valueOf(number, it.key());
            if (planfields::sameValue(it.key(), now, it.value()))
                continue;
            row.changes.append({it.key(), now, it.value()});
            row.before.insert(it.key(), now);
        }
        QJsonObject restore;
        for (const PlanPreviewRow::Change &change : std::as_const(row.changes))
            restore.insert(change.field, change.after);
        row.toSend = planfields::changesFrom(restore);
        if (row.changes.isEmpty())
            row.rowClass = PlanPreviewRow::Class::Already;
    } else if (alreadyBefore) {
        row.rowClass = PlanPreviewRow::Class::Already;
    } else {
        row.rowClass = PlanPreviewRow::Class::ChangedSince;
        row.reason =
            tr("Changed since, not undone: %1.").arg(changedSince.join(QStringLiteral("; ")));
    }
    pump();
}

void UndoPlan::describeUnrents()
{
    using Kind = schema::LookupKind;
    for (int at = 0; at < m_rows.size(); ++at) {
        PlanPreviewRow &row = m_rows[at];
        if (row.action != PlanRow::Action::Unrent)
            continue;
        const auto text = [&](const char *key, Kind kind) {
            return lookupText(row.before.value(QLatin1String(key)), kind, m_lookups);
        };
        row.reason = tr("An unrent cannot be undone; it had offer %1, traffic source %2, "
                        "number pool %3.")
                         .arg(text("offer_id", Kind::Offers),
                              text("traffic_source_id", Kind::TrafficSources),
                              text("ring_pool_id", Kind::RingPools));
        const QJsonValue tokens = row.before.value(QLatin1String("token_values"));
        if (tokens.isArray() && !tokens.toArray().isEmpty())
            row.reason += QLatin1Char(' ') + tr("Token values: %1.").arg(valueText(tokens));
        if (m_unknownUnrents.contains(at))
            row.reason = tr("No answer came to this unrent: check whether the number is "
                            "still on the account.") +
                         QLatin1Char(' ') + row.reason;
    }
}

void UndoPlan::fail(const ApiError &error)
{
    m_error = error;
    for (const QPointer<ApiCall> &call : std::as_const(m_inFlight)) {
        if (call)
            call->cancel();
    }
    m_inFlight.clear();
    if (m_running) {
        m_running = false;
        emit finished();
    }
}

} // namespace numdesk
