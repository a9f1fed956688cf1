#pragma once

#include "apierror.h"
#include "journal.h"
#include "phonenumber.h"
#include "requests.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace numdesk {

class ApiCall;
class ApiClient;

// A number as people read it: human_number when it writes the number, else the number in its
// international form, else its id. What lists, the journal and progress rows show.
QString numberLabel(const PhoneNumber &number);

// One purchase, update or unrent of a batch, with its state as the runner saw it.
struct NumberAction
{
    enum class Kind
    {
        Purchase,
        Update,
        Unrent
    };
    enum class State
    {
        Waiting,
        Running,
        Succeeded,
        Failed,         // refused, or never sent; may be retried by the user
        OutcomeUnknown, // sent, no answer: a purchase is never sent again (it could happen
                        // twice); an update or unrent may be retried by the user
        Stopped         // not started because the user stopped the batch
    };

    Kind kind = Kind::Purchase;
    PurchaseNumber purchase; // Purchase
    QString target;          // Update, Unrent: the number's id
    QString label;           // Update, Unrent: the number as the user knows it
    NumberChanges changes;   // Update
    // Update, Unrent: the number's values before, by key, for undo and re-buying (journalled)
    QJsonObject before;

    State state = State::Waiting;
    std::optional<PhoneNumber> result; // the server's record after a success
    std::optional<ApiError> error;     // Failed, OutcomeUnknown
    QString journalId;
    bool mayAlreadyBeDone = false; // sent again after an unknown outcome

    static NumberAction purchaseOf(const PurchaseNumber &purchase);
    static NumberAction updateOf(const QString &id, const QString &label,
                                 const NumberChanges &changes);
    static NumberAction unrentOf(const QString &id, const QString &label);
    // What `number` has in the fields `changes` sends (for an unrent, nullopt: offer, traffic
    // source, pool, token values and the number), as `before` keeps them for undo.
    static QJsonObject beforeValues(const PhoneNumber &number,
                                    const std::optional<NumberChanges> &changes);
    bool isFinished() const { return state != State::Waiting && state != State::Running; }
};

// Runs a batch of purchases, updates or unrents, writing each to the Journal before it is sent
// and after it ends. Purchases go one at a time and are never sent again by the runner (the
// client never retries a POST either); a purchase whose answer is lost ends OutcomeUnknown.
// Updates and unrents may run a few at a time. Nothing failed is sent again unless the user asks
// (retryFailed). The runner only reports; the window applies the results to the table.
class ActionRunner : public QObject
{
    Q_OBJECT

public:
    ActionRunner(ApiClient *client, Journal *journal, const QString &accountName,
                 QObject *parent = nullptr);
    ~ActionRunner() override;

    void setActions(const QList<NumberAction> &actions); // only while not running
    const QList<NumberAction> &actions() const { return m_actions; }
    void setMaxInFlight(int count); // updates and unrents; default 3
    QString accountName() const { return m_accountName; }
    // Every action of a runner is one batch of the journal: a fresh random id from the start,
    // and a kind ("apply", "undo"; by default the actions' kind, or "mixed").
    QString batchId() const { return m_batchId; }
    void setBatch(const QString &id, const QString &kind);
    QString batchKind() const;

    void start(); // sends every Waiting action
    void stop();  // starts nothing new; what is on its way finishes
    // Failed, stopped, and unknown updates/unrents -> Waiting, then start(); false when there
    // was none. An unknown purchase stays as it is.
    bool retryFailed();
    bool isRunning() const { return m_running; }
    int count(NumberAction::State state) const;
    int finishedCount() const;

signals:
    void actionChanged(int index);
    void progressChanged(int finished, int total);
    void finished();
    void numberPurchased(const numdesk::PhoneNumber &number);
    void numberUpdated(const numdesk::PhoneNumber &number);
    void numberUnrented(qint64 id);

private:
    void pump();
    void send(int index);
    void onAnswer(int index, const std::optional<PhoneNumber> &record, bool alreadyGone,
                  std::optional<ApiError> error);
    Journal::Intent intentFor(const NumberAction &action) const;
    int inFlight() const;
    void setState(int index, NumberAction::State state);

    ApiClient *m_client;
    QPointer<Journal> m_journal;
    QString m_accountName;
    QString m_batchId;
    QString m_batchKind;
    QList<NumberAction> m_actions;
    QList<QPointer<ApiCall>> m_calls;
    int m_maxInFlight = 3;
    bool m_running = false;
    bool m_stopping = false;
};

} // namespace numdesk
