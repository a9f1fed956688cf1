#pragma once

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>

#include <optional>

namespace numdesk {

// One purchase, update or unrent as the journal knows it: the intent written before the request
// went out, joined with the outcome written after (when there is one).
struct JournalEntry
{
    enum class Action
    {
        Purchase,
        Update,
        Unrent
    };
    enum class State
    {
        InFlight,       // intent written by this session, no answer yet
        Succeeded,      // the server confirmed it
        Failed,         // the server refused it, or it never left this computer
        OutcomeUnknown, // sent, but no answer came: it may or may not have happened
        NoOutcome       // an intent of an earlier session without outcome (crash, power loss)
    };

    QString id; // random, joins the intent and the outcome lines
    Action action = Action::Purchase;
    State state = State::InFlight;
    QDateTime sentAt;               // UTC
    QDateTime finishedAt;           // UTC; invalid without outcome
    QString account;                // the profile's name ("Sandbox", "acme")
    QString server;                 // the API base URL, never with credentials
    QString target;                 // update/unrent: the number's id or number as sent in the path
    QString targetLabel;            // update/unrent: the number as the user saw it
    QJsonObject request;            // the JSON body that was sent (no secrets travel in a body)
    std::optional<qint64> numberId; // from the server's answer
    QString number;                 // from the server's answer, or the target's label
    QString message;                // the error (redacted) or a note
    // The batch the action was part of (every action of one ActionRunner run shares it; empty in
    // journals written before batches), what kind of batch ("apply", "undo", "update", …), and
    // the number's values before the action, by key ("offer_id": 11, "token_values": [...]).
    QString batch;
    QString batchKind;
    QJsonObject before;

    bool needsChecking() const
    {
        return state == State::OutcomeUnknown || state == State::NoOutcome;
    }
    static QString actionKey(Action action); // "purchase", "update", "unrent"
    static std::optional<Action> actionFromKey(const QString &key);
    static QString stateKey(State state); // "in-flight", "succeeded", "failed", "unknown", …
    static QString newBatchId();          // 8 lowercase hex digits, random
};

// The append-only activity journal (JSON Lines, one object per line). Every purchase, update and
// unrent is written before it is sent (an "intent" line) and again when it ends (an "outcome"
// line); a line is flushed to disk before the request may leave. Lines are never rewritten, so an
// intent whose outcome line is missing after a crash stays visible as NoOutcome. The journal never
// holds a secret: only profile names, base URLs, request bodies and server answers go in, and
// messages arrive redacted.
//
// The file is read whole at start, so it is kept short: when load() finds it larger than
// Limits::archiveAboveBytes, the file is kept as it is under a dated name beside it
// ("journal-20261130T034501Z.jsonl", never rewritten) and a new journal starts with the lines of
// the entries that still need checking and of the latest Limits::keepRecent ones, copied
// byte for byte. Only the instance holding the journal's lock file (the first one started)
// does this, so another running instance never appends to a file that was just archived.
class Journal : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 archiveAboveBytes = 4 * 1024 * 1024; // about 8,000 actions
        int keepRecent = 1000;                      // entries carried into the new file
    };

    // `filePath` is created (mode 0600, with its directory) on first write.
    explicit Journal(const QString &filePath, QObject *parent = nullptr);
    Journal(const QString &filePath, Limits limits, QObject *parent = nullptr);
    ~Journal() override;

    // <AppDataLocation>/journal.jsonl
    static QString defaultPath();
    QString filePath() const { return m_path; }

    // Reads the file. Lines that are not journal lines are skipped and counted; a missing file is
    // an empty journal. Returns false (and why) only when the file exists but cannot be read.
    // Archives a file past the size limit first (see above); a failed archive is not an error,
    // the file is read as it is and archivingError() says why.
    bool load(QString *error = nullptr);
    int unreadableLines() const { return m_unreadable; }
    // The file the last load() archived the journal to; empty when it did not.
    QString archivedTo() const { return m_archivedTo; }
    QString archivingError() const { return m_archivingError; }

    struct Intent
    {
        JournalEntry::Action action = JournalEntry::Action::Purchase;
        QString account;
        QString server;
        QString target;
        QString targetLabel;
        QJsonObject request;
        QString batch;
        QString batchKind;
        QJsonObject before;
    };
    // Appends the intent and flushes it to disk. Returns the entry's id, or nullopt and why when
    // it could not be written — the caller must then not send the request.
    std::optional<QString> recordIntent(const Intent &intent, QString *error = nullptr);

    struct Outcome
    {
        JournalEntry::State state = JournalEntry::State::Succeeded;
        std::optional<qint64> numberId;
        QString number;
        QString message;
    };
    // Appends the outcome of the intent `id`. Returns false and why when it cannot be written.
    bool recordOutcome(const QString &id, const Outcome &outcome, QString *error = nullptr);

    const QList<JournalEntry> &entries() const { return m_entries; }
    int indexOf(const QString &id) const { return m_index.value(id, -1); }

signals:
    void entryAdded(int index);
    void entryChanged(int index);
    // An intent or outcome could not be written (disk full, permissions): the UI must say so.
    void writeFailed(const QString &message);

private:
    bool appendLine(const QJsonObject &line, QString *error);
    void applyLine(const QJsonObject &line, bool fromFile);
    // Where each entry's accepted lines are in the file: offset and length, by entry id.
    using LineSpans = QHash<QString, QList<std::pair<qint64, qint64>>>;
    // Reads the file into m_entries; with `spans`, also where each entry's lines are.
    bool read(LineSpans *spans, QString *error);
    bool archive(const LineSpans &spans, QString *error);
    void holdLock();

    QString m_path;
    Limits m_limits;
    QLockFile m_lock;
    QString m_archivedTo;
    QString m_archivingError;
    QFile m_file;
    QList<JournalEntry> m_entries;
    QHash<QString, int> m_index;
    int m_unreadable = 0;
    bool m_needsNewline = false;
};

} // namespace numdesk
