#include "planpreview.h"

#include "apiclient.h"
#include "lookupcache.h"
#include "pagedqueryreader.h"

#include <QJsonArray>

namespace numdesk {

namespace {

const schema::LookupKind kPlanKinds[] = {
    schema::LookupKind::Offers, schema::LookupKind::TrafficSources, schema::LookupKind::RingPools};

// "offer", "traffic source", "number pool" for the reasons of a row.
QString kindWord(schema::LookupKind kind)
{
    switch (kind) {
    case schema::LookupKind::Offers:
        return PlanPreview::tr("offer");
    case schema::LookupKind::TrafficSources:
        return PlanPreview::tr("traffic source");
    case schema::LookupKind::RingPools:
        return PlanPreview::tr("number pool");
    case schema::LookupKind::ProviderConfigurations:
        break;
    }
    return PlanPreview::tr("provider");
}

struct Resolved
{
    std::optional<std::optional<qint64>> value; // outer: given; inner empty: clear
    QString invalid;
    QString ambiguous;
};

Resolved resolve(const PlanReference &reference, schema::LookupKind kind,
                 const LookupCache *lookups)
{
    Resolved out;
    const bool loaded = lookups && lookups->isLoaded(kind);
    switch (reference.kind) {
    case PlanReference::Kind::Leave:
        return out;
    case PlanReference::Kind::Clear:
        out.value = std::optional<qint64>();
        return out;
    case PlanReference::Kind::Id:
        if (loaded && lookups->label(kind, reference.id).isEmpty()) {
            //: "The account has no offer with id 999."
            out.invalid = PlanPreview::tr("The account has no %1 with id %2.")
                              .arg(kindWord(kind))
                              .arg(reference.id);
            return out;
        }
        out.value = std::optional<qint64>(reference.id);
        return out;
    case PlanReference::Kind::Name:
        break;
    }
    if (!loaded) {
        out.invalid = PlanPreview::tr("The %1 list could not be read, so '%2' cannot be matched: "
                                      "write its id.")
                          .arg(kindWord(kind), reference.name);
        return out;
    }
    QList<qint64> exact;
    QList<qint64> folded;
    for (const LookupItem &item : lookups->items(kind)) {
        if (item.name == reference.name || item.label == reference.name)
            exact.append(item.id);
        else if (item.name.compare(reference.name, Qt::CaseInsensitive) == 0 ||
                 item.label.compare(reference.name, Qt::CaseInsensitive) == 0)
            folded.append(item.id);
    }
    const QList<qint64> &matches = exact.isEmpty() ? folded : exact;
    if (matches.isEmpty()) {
        //: "The account has no offer named 'Summer'."
        out.invalid = PlanPreview::tr("The account has no %1 named '%2'.")
                          .arg(kindWord(kind), reference.name);
        return out;
    }
    if (matches.size() > 1) {
        QStringList ids;
        for (qint64 id : matches)
            ids.append(QString::number(id));
        //: "'Summer' names more than one offer (ids 3, 7): write the id."
        out.ambiguous = PlanPreview::tr("'%1' names more than one %2 (ids %3): write the id.")
                            .arg(reference.name, kindWord(kind), ids.join(QStringLiteral(", ")));
        return out;
    }
    out.value = std::optional<qint64>(matches.first());
    return out;
}

QJsonValue idValue(const std::optional<qint64> &id)
{
    return id ? QJsonValue(double(*id)) : QJsonValue(QJsonValue::Null);
}

} // namespace

PlanPreview::PlanPreview(ApiClient *client, LookupCache *lookups, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_lookups(lookups)
{}

PlanPreview::~PlanPreview()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_inFlight)) {
        if (call)
            call->cancel();
    }
    if (m_countCall)
        m_countCall->cancel();
}

QString PlanPreview::keyOf(const PlanRow &row)
{
    return row.id.isEmpty() ? row.number : row.id;
}

void PlanPreview::start(const QList<PlanRow> &rows)
{
    if (m_running)
        return;
    m_running = true;
    m_plan = rows;
    m_result.clear();
    m_error.reset();
    m_byKey.clear();
    m_toRead.clear();
    m_readDone = 0;
    loadLookups();
}

void PlanPreview::loadLookups()
{
    if (!m_lookups) {
        countAccount();
        return;
    }
    m_lookups->whenLoaded(QList<schema::LookupKind>(std::begin(kPlanKinds), std::end(kPlanKinds)),
                          this, [this] { countAccount(); });
}

void PlanPreview::countAccount()
{
    QSet<QString> keys;
    for (const PlanRow &row : std::as_const(m_plan)) {
        if (row.isValid() && !keys.contains(keyOf(row))) {
            keys.insert(keyOf(row));
            m_toRead.append(keyOf(row));
        }
    }
    if (m_toRead.isEmpty()) {
        finish();
        return;
    }
    // One row of the list says how large the account is, and so which read is cheaper.
    ListNumbers count;
    count.perPage = 1;
    count.columns = {QStringLiteral("id")};
    m_countCall = m_client->listNumbers(count, this, [this](const Result<NumberPage> &page) {
        m_countCall.clear();
        if (!page) {
            fail(page.error());
            return;
        }
        const qint64 total = page.value().meta.totalCount.value_or(-1);
        const qint64 pages = total < 0 ? -1 : (total + 249) / 250;
        m_wholeAccount = pages >= 0 && pages < m_toRead.size();
        if (m_wholeAccount)
            readWhole();
        else
            readEach();
    });
}

void PlanPreview::readWhole()
{
    PagedQueryReader::Options options;
    options.columns = {QStringLiteral("id"),
                       QStringLiteral("number"),
                       QStringLiteral("human_number"),
                       QStringLiteral("offer_id"),
                       QStringLiteral("traffic_source_id"),
                       QStringLiteral("ring_pool_id"),
                       QStringLiteral("token_values")};
    m_reader = std::make_unique<PagedQueryReader>(m_client, options);
    connect(m_reader.get(), &PagedQueryReader::rowsReady, this,
            [this](const QList<PhoneNumber> &rows) {
                for (const PhoneNumber &number : rows) {
                    if (number.id)
                        m_byKey.insert(QString::number(*number.id), number);
                    if (!number.number.isEmpty())
                        m_byKey.insert(number.number, number);
                }
            });
    connect(m_reader.get(), &PagedQueryReader::progressChanged, this,
            [this](qint64 done, qint64 total) { emit progressChanged(int(done), int(total)); });
    connect(m_reader.get(), &PagedQueryReader::finished, this,
            [this](const PagedQueryReader::Outcome &outcome) {
                if (outcome.state != PagedQueryReader::Outcome::State::Completed) {
                    fail(outcome.error.value_or(ApiError::make(
                        ApiError::Kind::Network, tr("The account's numbers could not be read."))));
                    return;
                }
                finish();
            });
    m_reader->start();
}

void PlanPreview::readEach()
{
    pumpEach();
}

void PlanPreview::pumpEach()
{
    while (!m_toRead.isEmpty() && m_inFlight.size() < m_parallel) {
        const QString key = m_toRead.takeFirst();
        m_inFlight.insert(
            key, m_client->showNumber(
                     ShowNumber{key}, this, [this, key](const Result<PhoneNumber> &result) {
                         m_inFlight.remove(key);
                         if (!result && result.error().kind != ApiError::Kind::NotFound) {
                             fail(result.error());
                             return;
                         }
                         if (result)
                             m_byKey.insert(key, result.value());
                         ++m_readDone;
                         emit progressChanged(m_readDone, m_readDone + int(m_toRead.size()) +
                                                              int(m_inFlight.size()));
                         pumpEach();
                     }));
    }
    if (m_running && m_toRead.isEmpty() && m_inFlight.isEmpty())
        finish();
}

void PlanPreview::fail(const ApiError &error)
{
    if (!m_running)
        return;
    m_error = error;
    for (const QPointer<ApiCall> &call : std::as_const(m_inFlight)) {
        if (call)
            call->cancel();
    }
    m_inFlight.clear();
    m_toRead.clear();
    m_running = false;
    emit finished();
}

void PlanPreview::finish()
{
    if (!m_running)
        return;
    QHash<qint64, int> seenIds;   // record id -> plan line
    QHash<QString, int> seenKeys; // what an unknown row named -> plan line
    m_result.reserve(m_plan.size());
    for (const PlanRow &row : std::as_const(m_plan)) {
        std::optional<PhoneNumber> number;
        if (row.isValid()) {
            const auto found = m_byKey.constFind(keyOf(row));
            if (found != m_byKey.cend())
                number = *found;
        }
        PlanPreviewRow preview = classify(row, number, m_lookups);
        // An invalid row says so first, whether or not another row names its number.
        if (row.isValid() && preview.rowClass != PlanPreviewRow::Class::Invalid) {
            int earlier = -1;
            if (number && number->id)
                earlier = seenIds.value(*number->id, -1);
            else
                earlier = seenKeys.value(keyOf(row), -1);
            if (earlier >= 0) {
                preview.rowClass = PlanPreviewRow::Class::Duplicate;
                preview.changes.clear();
                preview.toSend = {};
                preview.reason = tr("Line %1 names this number already.").arg(earlier);
            } else if (number && number->id) {
                seenIds.insert(*number->id, row.line);
            } else {
                seenKeys.insert(keyOf(row), row.line);
            }
        }
        m_result.append(preview);
    }
    m_running = false;
    emit finished();
}

PlanPreviewRow PlanPreview::classify(const PlanRow &row, const std::optional<PhoneNumber> &number,
                                     const LookupCache *lookups)
{
    PlanPreviewRow out;
    out.line = row.line;
    out.reference = row.reference();
    out.action = row.action;
    out.number = row.number;
    out.label = row.reference();
    if (!row.id.isEmpty())
        out.id = row.id.toLongLong();
    if (!row.isValid()) {
        out.rowClass = PlanPreviewRow::Class::Invalid;
        //: "token_values: 'Geo:1': the key may only contain …"
        out.reason = tr("%1: %2").arg(row.invalidColumn, row.invalidReason);
        return out;
    }
    if (!number) {
        out.rowClass = PlanPreviewRow::Class::NotFound;
        out.reason = tr("The account has no number %1.").arg(row.reference());
        return out;
    }
    out.id = number->id;
    if (!number->number.isEmpty())
        out.number = number->number;
    out.label = numberLabel(*number);

    if (row.action == PlanRow::Action::Unrent) {
        // What it had, for re-buying: unrents cannot be undone.
        for (const QString &key : planfields::keys())
            out.before.insert(key, planfields::valueOf(*number, key));
        out.before.insert(QStringLiteral("number"), number->number);
        out.rowClass = PlanPreviewRow::Class::Change;
        return out;
    }

    const Resolved offer = resolve(row.offer, schema::LookupKind::Offers, lookups);
    const Resolved source = resolve(row.trafficSource, schema::LookupKind::TrafficSources, lookups);
    const Resolved pool = resolve(row.ringPool, schema::LookupKind::RingPools, lookups);
    const std::pair<const char *, const Resolved *> fields[] = {
        {"offer_id", &offer}, {"traffic_source_id", &source}, {"ring_pool_id", &pool}};
    for (const auto &[key, resolved] : fields) {
        if (!resolved->invalid.isEmpty()) {
            out.rowClass = PlanPreviewRow::Class::Invalid;
            out.reason = tr("%1: %2").arg(QLatin1String(key), resolved->invalid);
            return out;
        }
    }
    for (const auto &[key, resolved] : fields) {
        if (!resolved->ambiguous.isEmpty()) {
            out.rowClass = PlanPreviewRow::Class::Ambiguous;
            out.reason = tr("%1: %2").arg(QLatin1String(key), resolved->ambiguous);
            return out;
        }
    }

    auto consider = [&](const QString &key, const QJsonValue &after) {
        const QJsonValue before = planfields::valueOf(*number, key);
        if (planfields::sameValue(key, before, after))
            return false;
        out.changes.append({key, before, after});
        out.before.insert(key, before);
        return true;
    };
    if (offer.value && consider(QStringLiteral("offer_id"), idValue(*offer.value)))
        out.toSend.offerId = **offer.value;
    if (source.value && consider(QStringLiteral("traffic_source_id"), idValue(*source.value)))
        out.toSend.trafficSourceId = *source.value;
    if (pool.value && consider(QStringLiteral("ring_pool_id"), idValue(*pool.value)))
        out.toSend.ringPoolId = *pool.value;
    if (row.tokenValues) {
        const QJsonValue after =
            QJsonArray::fromStringList(row.tokenValues->value_or(QStringList()));
        if (consider(QStringLiteral("token_values"), after))
            out.toSend.tokenValues = *row.tokenValues;
    }
    out.rowClass =
        out.changes.isEmpty() ? PlanPreviewRow::Class::Already : PlanPreviewRow::Class::Change;
    return out;
}

PlanPreview::Counts PlanPreview::countsOf(const QList<PlanPreviewRow> &rows)
{
    Counts counts;
    for (const PlanPreviewRow &row : rows)
        ++counts[row.rowClass];
    return counts;
}

QString PlanPreview::summary(const Counts &counts)
{
    using Class = PlanPreviewRow::Class;
    QStringList parts;
    auto add = [&](Class rowClass, const QString &text) {
        if (counts.value(rowClass) > 0)
            parts.append(text);
    };
    add(Class::Change, tr("%n will change", nullptr, counts.value(Class::Change)));
    add(Class::Already, tr("%n already so", nullptr, counts.value(Class::Already)));
    add(Class::NotFound, tr("%n not found", nullptr, counts.value(Class::NotFound)));
    add(Class::Ambiguous, tr("%n ambiguous", nullptr, counts.value(Class::Ambiguous)));
    add(Class::Invalid, tr("%n invalid", nullptr, counts.value(Class::Invalid)));
    add(Class::Duplicate, tr("%n duplicate", nullptr, counts.value(Class::Duplicate)));
    add(Class::ChangedSince,
        tr("%n changed since, not undone", nullptr, counts.value(Class::ChangedSince)));
    add(Class::NotUndoable,
        tr("%n unrented, cannot be undone", nullptr, counts.value(Class::NotUndoable)));
    if (parts.isEmpty())
        return tr("Nothing to do");
    return parts.join(QStringLiteral(", "));
}

QList<NumberAction> PlanPreview::actionsFor(const QList<PlanPreviewRow> &rows)
{
    QList<NumberAction> actions;
    for (const PlanPreviewRow &row : rows) {
        if (row.rowClass == PlanPreviewRow::Class::Change)
            actions.append(row.numberAction());
    }
    return actions;
}

} // namespace numdesk
