#include "journal.h"

#include "datafolder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
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

QString JournalEntry::newBatchId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
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
    : Journal(filePath, Limits(), parent)
{}

Journal::Journal(const QString &filePath, Limits limits, QObject *parent)
    : QObject(parent)
    , m_path(filePath)
    , m_limits(limits)
    , m_lock(filePath + QStringLiteral(".lock"))
    , m_file(filePath)
{
    m_lock.setStaleLockTime(0); // held for the app's lifetime; only a dead owner frees it
}

Journal::~Journal() = default;

QString Journal::defaultPath()
{
    return DataFolder::path() + QStringLiteral("/journal.jsonl");
}

bool Journal::load(QString *error)
{
    m_archivedTo.clear();
    m_archivingError.clear();
    if (m_file.isOpen())
        m_file.close(); // the next write appends to whatever file is there then
    holdLock();
    const QFileInfo info(m_path);
    const bool tooLarge = info.exists() && info.size() > m_limits.archiveAboveBytes;
    LineSpans spans;
    if (!read(tooLarge ? &spans : nullptr, error))
        return false;
    // Without the lock another instance may be appending to the file: leave it where it is.
    if (!tooLarge || !m_lock.isLocked())
        return true;
    if (!archive(spans, &m_archivingError))
        return true; // read as it is; the reason is kept for the Activity panel
    return read(nullptr, error);
}

void Journal::holdLock()
{
    if (!m_lock.isLocked() && DataFolder::makePath(QFileInfo(m_path).absolutePath()))
        m_lock.tryLock(0);
}

bool Journal::read(LineSpans *spans, QString *error)
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
    qint64 offset = 0;
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine();
        const qint64 at = offset;
        offset += raw.size();
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            ++m_unreadable; // e.g. a line cut short by a power loss
            continue;
        }
        const QJsonObject object = document.object();
        const int unreadable = m_unreadable;
        applyLine(object, true);
        if (spans && m_unreadable == unreadable)
            (*spans)[object.value(key("id")).toString()].append({at, raw.size()});
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

bool Journal::archive(const LineSpans &spans, QString *error)
{
    // What the new file starts with: every entry still to be checked, and the latest ones.
    QSet<QString> keep;
    for (qsizetype i = qMax<qsizetype>(0, m_entries.size() - m_limits.keepRecent);
         i < m_entries.size(); ++i)
        keep.insert(m_entries.at(i).id);
    for (const JournalEntry &entry : std::as_const(m_entries)) {
        if (entry.needsChecking())
            keep.insert(entry.id);
    }
    QList<std::pair<qint64, qint64>> carried;
    for (const QString &id : std::as_const(keep))
        carried += spans.value(id);
    std::sort(carried.begin(), carried.end()); // in the order they were written

    const QFileInfo info(m_path);
    const QString archivePath = info.dir().filePath(
        QStringLiteral("%1-%2.%3")
            .arg(info.completeBaseName(),
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")),
                 info.suffix()));
    const QString freshPath = m_path + QStringLiteral(".new");
    auto fail = [&](const QString &why) {
        QFile::remove(freshPath);
        *error = tr("The activity journal %1 could not be archived: %2").arg(m_path, why);
        return false;
    };
    if (QFileInfo::exists(archivePath))
        return fail(tr("%1 already exists").arg(archivePath));
    QFile source(m_path);
    QFile fresh(freshPath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(source.errorString());
    if (!fresh.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(fresh.errorString());
    fresh.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (const auto &[at, size] : std::as_const(carried)) {
        QByteArray bytes;
        if (source.seek(at))
            bytes = source.read(size);
        if (bytes.size() != size)
            return fail(source.errorString());
        if (!bytes.endsWith('\n'))
            bytes.append('\n'); // the old file's last line, cut short or not
        if (fresh.write(bytes) != bytes.size())
            return fail(fresh.errorString());
    }
    if (!fresh.flush() || ::fsync(fresh.handle()) != 0)
        return fail(tr("the disk did not confirm the write"));
    fresh.close();
    // The old file keeps its bytes under the dated name (a second link, nothing copied); then
    // the new file takes the journal's name in one step. A crash in between leaves the journal
    // as it was, archived again at the next start.
    const QByteArray journalName = QFile::encodeName(m_path);
    if (::link(journalName.constData(), QFile::encodeName(archivePath).constData()) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    if (::rename(QFile::encodeName(freshPath).constData(), journalName.constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(QFile::encodeName(archivePath).constData());
        return fail(why);
    }
    const int folder =
        ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (folder >= 0) {
        ::fsync(folder); // the new names, on disk
        ::close(folder);
    }
    m_archivedTo = archivePath;
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
        // Added with batches (issue 17); lines written before have none of them.
        entry.batch = line.value(key("batch")).toString();
        entry.batchKind = line.value(key("batchKind")).toString();
        entry.before = line.value(key("before")).toObject();
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
    if (!intent.batch.isEmpty())
        line.insert(key("batch"), intent.batch);
    if (!intent.batchKind.isEmpty())
        line.insert(key("batchKind"), intent.batchKind);
    if (!intent.before.isEmpty())
        line.insert(key("before"), intent.before);
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
        if (!DataFolder::makePath(QFileInfo(m_path).absolutePath()))
            return fail(tr("cannot create its folder"));
        holdLock();
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
