#include "actionrunner.h"

#include "apiclient.h"
#include "phonenumbering.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace numdesk {

QString numberLabel(const PhoneNumber &number)
{
    if (!number.number.isEmpty() || !number.humanNumber.isEmpty())
        return PhoneNumbering::readable(number.number, number.humanNumber, QString());
    return number.id ? QString::number(*number.id) : QString();
}

NumberAction NumberAction::purchaseOf(const PurchaseNumber &purchase)
{
    NumberAction action;
    action.kind = Kind::Purchase;
    action.purchase = purchase;
    return action;
}

NumberAction NumberAction::updateOf(const QString &id, const QString &label,
                                    const NumberChanges &changes)
{
    NumberAction action;
    action.kind = Kind::Update;
    action.target = id;
    action.label = label;
    action.changes = changes;
    return action;
}

NumberAction NumberAction::unrentOf(const QString &id, const QString &label)
{
    NumberAction action;
    action.kind = Kind::Unrent;
    action.target = id;
    action.label = label;
    return action;
}

QJsonObject NumberAction::beforeValues(const PhoneNumber &number,
                                       const std::optional<NumberChanges> &changes)
{
    auto id = [](const std::optional<qint64> &value) {
        return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject before;
    if (!changes || changes->offerId)
        before.insert(QStringLiteral("offer_id"), id(number.offerId));
    if (!changes || changes->trafficSourceId)
        before.insert(QStringLiteral("traffic_source_id"), id(number.trafficSourceId));
    if (!changes || changes->ringPoolId)
        before.insert(QStringLiteral("ring_pool_id"), id(number.ringPoolId));
    if (!changes || changes->tokenValues)
        before.insert(QStringLiteral("token_values"),
                      QJsonArray::fromStringList(number.tokenValues));
    if (!changes)
        before.insert(QStringLiteral("number"), number.number);
    return before;
}

namespace {

JournalEntry::Action journalAction(NumberAction::Kind kind)
{
    switch (kind) {
    case NumberAction::Kind::Purchase:
        return JournalEntry::Action::Purchase;
    case NumberAction::Kind::Update:
        return JournalEntry::Action::Update;
    case NumberAction::Kind::Unrent:
        return JournalEntry::Action::Unrent;
    }
    return JournalEntry::Action::Purchase;
}

} // namespace

ActionRunner::ActionRunner(ApiClient *client, Journal *journal, const QString &accountName,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_accountName(accountName)
    , m_batchId(JournalEntry::newBatchId())
{}

void ActionRunner::setBatch(const QString &id, const QString &kind)
{
    if (!id.isEmpty())
        m_batchId = id;
    m_batchKind = kind;
}

QString ActionRunner::batchKind() const
{
    if (!m_batchKind.isEmpty() || m_actions.isEmpty())
        return m_batchKind;
    const NumberAction::Kind first = m_actions.first().kind;
    for (const NumberAction &action : m_actions) {
        if (action.kind != first)
            return QStringLiteral("mixed");
    }
    return JournalEntry::actionKey(journalAction(first));
}

ActionRunner::~ActionRunner()
{
    // A request on its way is not cancelled: cancelling after sending would only turn a known
    // outcome into an unknown one. Its answer is ignored (the callbacks' context is gone) and the
    // journal keeps the intent, shown as "no outcome" next time.
}

void ActionRunner::setActions(const QList<NumberAction> &actions)
{
    Q_ASSERT(!m_running);
    m_actions = actions;
    m_calls = QList<QPointer<ApiCall>>(m_actions.size());
}

void ActionRunner::setMaxInFlight(int count)
{
    m_maxInFlight = qMax(1, count);
}

void ActionRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopping = false;
    emit progressChanged(finishedCount(), int(m_actions.size()));
    pump();
}

void ActionRunner::stop()
{
    if (!m_running)
        return;
    m_stopping = true;
    pump();
}

bool ActionRunner::retryFailed()
{
    if (m_running)
        return false;
    bool any = false;
    for (int i = 0; i < m_actions.size(); ++i) {
        NumberAction &action = m_actions[i];
        // An update or unrent sets a state, so sending it again after a lost answer is safe;
        // a purchase with an unknown outcome is never sent again from here.
        const bool retryable = action.state == NumberAction::State::Failed ||
                               action.state == NumberAction::State::Stopped ||
                               (action.state == NumberAction::State::OutcomeUnknown &&
                                action.kind != NumberAction::Kind::Purchase);
        if (retryable) {
            action.mayAlreadyBeDone = action.state == NumberAction::State::OutcomeUnknown;
            action.error.reset();
            setState(i, NumberAction::State::Waiting);
            any = true;
        }
    }
    if (any)
        start();
    return any;
}

int ActionRunner::count(NumberAction::State state) const
{
    return int(std::count_if(m_actions.cbegin(), m_actions.cend(),
                             [state](const NumberAction &a) { return a.state == state; }));
}

int ActionRunner::finishedCount() const
{
    return int(std::count_if(m_actions.cbegin(), m_actions.cend(),
                             [](const NumberAction &a) { return a.isFinished(); }));
}

int ActionRunner::inFlight() const
{
    return count(NumberAction::State::Running);
}

void ActionRunner::setState(int index, NumberAction::State state)
{
    m_actions[index].state = state;
    emit actionChanged(index);
}

void ActionRunner::pump()
{
    if (!m_running)
        return;
    for (int i = 0; i < m_actions.size(); ++i) {
        if (m_actions[i].state != NumberAction::State::Waiting)
            continue;
        if (m_stopping) {
            setState(i, NumberAction::State::Stopped);
            continue;
        }
        const bool purchase = m_actions[i].kind == NumberAction::Kind::Purchase;
        if (inFlight() >= (purchase ? 1 : m_maxInFlight))
            break;
        send(i);
        if (purchase)
            break; // one purchase at a time, in order
    }
    // m_running is checked again: an answer that came back within send() already ended the run.
    if (m_running && inFlight() == 0 && count(NumberAction::State::Waiting) == 0) {
        m_running = false;
        emit progressChanged(finishedCount(), int(m_actions.size()));
        emit finished();
    }
}

Journal::Intent ActionRunner::intentFor(const NumberAction &action) const
{
    Journal::Intent intent;
    intent.action = journalAction(action.kind);
    intent.account = m_accountName;
    intent.server = m_client->account().apiBase.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    intent.target = action.target;
    intent.targetLabel = action.label;
    QByteArray body;
    if (action.kind == NumberAction::Kind::Purchase)
        body = m_client->builder().build(action.purchase).body;
    else if (action.kind == NumberAction::Kind::Update)
        body = m_client->builder().build(UpdateNumber{action.target, action.changes}).body;
    intent.request = QJsonDocument::fromJson(body).object();
    intent.batch = m_batchId;
    intent.batchKind = batchKind();
    intent.before = action.before;
    return intent;
}

void ActionRunner::send(int index)
{
    NumberAction &action = m_actions[index];
    action.error.reset();
    action.journalId.clear();
    if (m_journal) {
        QString error;
        const auto id = m_journal->recordIntent(intentFor(action), &error);
        if (!id) {
            // Nothing that is not in the journal goes out.
            action.error = ApiError::make(ApiError::Kind::Configuration,
                                          tr("Not sent, because the activity journal cannot be "
                                             "written."),
                                          error);
            setState(index, NumberAction::State::Failed);
            emit progressChanged(finishedCount(), int(m_actions.size()));
            return;
        }
        action.journalId = *id;
    }
    setState(index, NumberAction::State::Running);

    auto onRecord = [this, index](const Result<PhoneNumber> &result) {
        if (result)
            onAnswer(index, result.value(), false, std::nullopt);
        else
            onAnswer(index, std::nullopt, false, result.error());
    };
    switch (action.kind) {
    case NumberAction::Kind::Purchase:
        m_calls[index] = m_client->purchaseNumber(action.purchase, this, onRecord);
        break;
    case NumberAction::Kind::Update:
        m_calls[index] =
            m_client->updateNumber(UpdateNumber{action.target, action.changes}, this, onRecord);
        break;
    case NumberAction::Kind::Unrent:
        m_calls[index] = m_client->unrentNumber(
            UnrentNumber{action.target}, this, [this, index](const Result<UnrentOutcome> &result) {
                if (result)
                    onAnswer(index, result.value().record, result.value().alreadyGone,
                             std::nullopt);
                else
                    onAnswer(index, std::nullopt, false, result.error());
            });
        break;
    }
}

void ActionRunner::onAnswer(int index, const std::optional<PhoneNumber> &record, bool alreadyGone,
                            std::optional<ApiError> error)
{
    NumberAction &action = m_actions[index];
    m_calls[index].clear();
    Journal::Outcome outcome;
    // An unrent whose earlier answer was lost may have been carried out then.
    if (error && error->kind == ApiError::Kind::NotFound && action.mayAlreadyBeDone &&
        action.kind == NumberAction::Kind::Unrent) {
        alreadyGone = true;
        error.reset();
    }
    if (error) {
        action.error = error;
        action.state = error->outcomeUnknown ? NumberAction::State::OutcomeUnknown
                                             : NumberAction::State::Failed;
        outcome.state = error->outcomeUnknown ? JournalEntry::State::OutcomeUnknown
                                              : JournalEntry::State::Failed;
        outcome.message = error->fullText();
    } else {
        action.result = record;
        action.state = NumberAction::State::Succeeded;
        outcome.state = JournalEntry::State::Succeeded;
        if (record) {
            outcome.numberId = record->id;
            outcome.number = numberLabel(*record);
        }
        if (alreadyGone)
            outcome.message = tr("The number was already unrented.");
    }
    if (m_journal && !action.journalId.isEmpty())
        m_journal->recordOutcome(action.journalId, outcome);
    // A purchase whose answer was lost may have rented a number: buy no more of the batch until
    // the operator has looked (what is left stays "not sent" and can be sent on request).
    if (action.kind == NumberAction::Kind::Purchase &&
        action.state == NumberAction::State::OutcomeUnknown)
        m_stopping = true;
    emit actionChanged(index);
    emit progressChanged(finishedCount(), int(m_actions.size()));

    if (action.state == NumberAction::State::Succeeded) {
        switch (action.kind) {
        case NumberAction::Kind::Purchase:
            if (record)
                emit numberPurchased(*record);
            break;
        case NumberAction::Kind::Update:
            if (record)
                emit numberUpdated(*record);
            break;
        case NumberAction::Kind::Unrent: {
            bool ok = false;
            const qint64 id = record && record->id ? *record->id : action.target.toLongLong(&ok);
            if ((record && record->id) || ok)
                emit numberUnrented(id);
            break;
        }
        }
    }
    pump();
}

} // namespace numdesk
