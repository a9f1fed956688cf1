#include "journal.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>
#include <QStandardPaths>
#include <QUuid>

#include <unistd.h>

namespace numdesk {

namespace {

constexpr int kFormatVersion = 1;

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

std::optional<JournalEntry::State> outcomeStateFromKey(const QString &text)
{
    using State = JournalEntry::State;
    for (State state : {State::Succeeded, State::Failed, State::OutcomeUnknown}) {
        if (JournalEntry::stateKey(state) == text)
            return state;
    }
    return std::nullopt;
}

bool endsMidLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return false;
    file.seek(file.size() - 1);
    char last = 0;
    return file.getChar(&last) && last != '\n';
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString JournalEntry::actionKey(Action action)
{
    switch (action) {
    case Action::Purchase:
        return QStringLiteral("purchase");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Unrent:
        return QStringLiteral("unrent");
    }
    return {};
}

std::optional<JournalEntry::Action> JournalEntry::actionFromKey(const QString &text)
{
    for (Action action : {Action::Purchase, Action::Update, Action::Unrent}) {
        if (actionKey(action) == text)
            return action;
    }
    return std::nullopt;
}

QString JournalEntry::stateKey(State state)
{
    switch (state) {
    case State::InFlight:
        return QStringLiteral("in-flight");
    case State::Succeeded:
        return QStringLiteral("succeeded");
    case State::Failed:
        return QStringLiteral("failed");
    case State::OutcomeUnknown:
        return QStringLiteral("unknown");
    case State::NoOutcome:
        return QStringLiteral("no-outcome");
    }
    return {};
}

Journal::Journal(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_path(filePath)
    , m_file(filePath)
{}

Journal::~Journal() = default;

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/journal.jsonl");
}

bool Journal::load(QString *error)
{
    m_entries.clear();
    m_index.clear();
    m_unreadable = 0;
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the activity journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            ++m_unreadable; // e.g. a line cut short by a power loss
            continue;
        }
        applyLine(document.object(), true);
    }
    // What an earlier session sent without writing an outcome may or may not have happened.
    for (JournalEntry &entry : m_entries) {
        if (entry.state == JournalEntry::State::InFlight) {
            entry.state = JournalEntry::State::NoOutcome;
            entry.message = tr("No outcome was recorded (the app was closed or stopped while the "
                               "request was on its way). Check the account.");
        }
    }
    return true;
}

void Journal::applyLine(const QJsonObject &line, bool fromFile)
{
    const QString id = line.value(key("id")).toString();
    const QString phase = line.value(key("phase")).toString();
    if (id.isEmpty()) {
        m_unreadable += fromFile ? 1 : 0;
        return;
    }
    if (phase == QLatin1String("intent")) {
        const auto action = JournalEntry::actionFromKey(line.value(key("action")).toString());
        if (!action || m_index.contains(id)) {
            m_unreadable += fromFile ? 1 : 0;
            return;
        }
        JournalEntry entry;
        entry.id = id;
        entry.action = *action;
        entry.state = JournalEntry::State::InFlight;
        entry.sentAt = QDateTime::fromString(line.value(key("time")).toString(), Qt::ISODateWithMs);
        entry.account = line.value(key("account")).toString();
        entry.server = line.value(key("server")).toString();
        entry.target = line.value(key("target")).toString();
        entry.targetLabel = line.value(key("targetLabel")).toString();
        entry.number = entry.targetLabel;
        entry.request = line.value(key("request")).toObject();
        m_index.insert(id, int(m_entries.size()));
        m_entries.append(entry);
        if (!fromFile)
            emit entryAdded(int(m_entries.size()) - 1);
        return;
    }
    const int index = m_index.value(id, -1);
    const auto state = outcomeStateFromKey(line.value(key("state")).toString());
    if (phase != QLatin1String("outcome") || index < 0 || !state) {
        m_unreadable += fromFile ? 1 : 0;
        return;
    }
    JournalEntry &entry = m_entries[index];
    entry.state = *state;
    entry.finishedAt = QDateTime::fromString(line.value(key("time")).toString(), Qt::ISODateWithMs);
    const QJsonValue numberId = line.value(key("numberId"));
    if (numberId.isDouble())
        entry.numberId = qint64(numberId.toDouble());
    const QString number = line.value(key("number")).toString();
    if (!number.isEmpty())
        entry.number = number;
    entry.message = line.value(key("message")).toString();
    if (!fromFile)
        emit entryChanged(index);
}

std::optional<QString> Journal::recordIntent(const Intent &intent, QString *error)
{
    QJsonObject line{
        {key("v"), kFormatVersion},
        {key("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {key("phase"), key("intent")},
        {key("time"), timeText(QDateTime::currentDateTimeUtc())},
        {key("action"), JournalEntry::actionKey(intent.action)},
        {key("account"), intent.account},
        {key("server"), intent.server},
        {key("request"), intent.request},
    };
    if (!intent.target.isEmpty())
        line.insert(key("target"), intent.target);
    if (!intent.targetLabel.isEmpty())
        line.insert(key("targetLabel"), intent.targetLabel);
    if (!appendLine(line, error))
        return std::nullopt;
    applyLine(line, false);
    return line.value(key("id")).toString();
}

bool Journal::recordOutcome(const QString &id, const Outcome &outcome, QString *error)
{
    QJsonObject line{
        {key("v"), kFormatVersion},
        {key("id"), id},
        {key("phase"), key("outcome")},
        {key("time"), timeText(QDateTime::currentDateTimeUtc())},
        {key("state"), JournalEntry::stateKey(outcome.state)},
    };
    if (outcome.numberId)
        line.insert(key("numberId"), double(*outcome.numberId));
    if (!outcome.number.isEmpty())
        line.insert(key("number"), outcome.number);
    if (!outcome.message.isEmpty())
        line.insert(key("message"), outcome.message);
    const bool written = appendLine(line, error);
    // The outcome is shown even when the disk refused it; the file keeps the intent, so the next
    // session shows it as "no outcome — check", which is then the truth about the file.
    applyLine(line, false);
    return written;
}

bool Journal::appendLine(const QJsonObject &line, QString *error)
{
    auto fail = [&](const QString &why) {
        const QString message = tr("Cannot write the activity journal %1: %2").arg(m_path, why);
        if (error)
            *error = message;
        emit writeFailed(message);
        return false;
    };
    if (!m_file.isOpen()) {
        if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
            return fail(tr("cannot create its folder"));
        const bool existed = m_file.exists();
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
            return fail(m_file.errorString());
        if (!existed)
            m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // A line cut short by a crash must not swallow the next one: start on a fresh line.
        m_needsNewline = existed && endsMidLine(m_path);
    }
    QByteArray bytes;
    if (m_needsNewline)
        bytes.append('\n');
    bytes.append(QJsonDocument(line).toJson(QJsonDocument::Compact));
    bytes.append('\n');
    if (m_file.write(bytes) != bytes.size() || !m_file.flush()) {
        const QString why = m_file.errorString();
        m_file.close(); // reopened on the next write
        return fail(why);
    }
    m_needsNewline = false;
    // On disk before the request leaves: an intent must survive a crash or a power loss.
    if (::fsync(m_file.handle()) != 0)
        return fail(tr("the disk did not confirm the write"));
    return true;
}

} // namespace numdesk
