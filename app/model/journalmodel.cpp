#include "journalmodel.h"

#include "journal.h"

#include <QJsonValue>
#include <QLocale>

namespace numdesk {

JournalModel::JournalModel(Journal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
    , m_rows(int(journal->entries().size()))
{
    connect(journal, &Journal::entryAdded, this, [this] {
        // Newest first: a new entry is row 0.
        beginInsertRows({}, 0, 0);
        ++m_rows;
        endInsertRows();
    });
    connect(journal, &Journal::entryChanged, this, [this](int entryIndex) {
        const int row = m_rows - 1 - entryIndex;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

void JournalModel::reload()
{
    beginResetModel();
    m_rows = m_journal ? int(m_journal->entries().size()) : 0;
    endResetModel();
}

int JournalModel::needsCheckingCount() const
{
    if (!m_journal)
        return 0;
    const auto &entries = m_journal->entries();
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [](const JournalEntry &e) { return e.needsChecking(); }));
}

const JournalEntry &JournalModel::entryAt(int row) const
{
    return m_journal->entries().at(m_rows - 1 - row);
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_journal ? 0 : m_rows;
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalModel::actionText(const JournalEntry &entry)
{
    switch (entry.action) {
    case JournalEntry::Action::Purchase:
        return tr("Buy");
    case JournalEntry::Action::Update:
        return tr("Edit");
    case JournalEntry::Action::Unrent:
        return tr("Unrent");
    }
    return {};
}

QString JournalModel::outcomeText(const JournalEntry &entry)
{
    switch (entry.state) {
    case JournalEntry::State::InFlight:
        return tr("Sending…");
    case JournalEntry::State::Succeeded:
        return tr("Done");
    case JournalEntry::State::Failed:
        return tr("Failed");
    case JournalEntry::State::OutcomeUnknown:
    case JournalEntry::State::NoOutcome:
        return tr("Outcome unknown — check");
    }
    return {};
}

QString JournalModel::detailsText(const JournalEntry &entry) const
{
    QStringList parts;
    const QJsonObject &request = entry.request;
    for (auto it = request.begin(); it != request.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isNull())
            text = tr("none");
        else if (value.isBool())
            text = value.toBool() ? tr("yes") : tr("no");
        else if (value.isDouble())
            text = QString::number(qint64(value.toDouble()));
        else if (value.isArray())
            text = value.toVariant().toStringList().join(QStringLiteral("; "));
        else
            text = value.toString();
        parts << QStringLiteral("%1=%2").arg(it.key(), text);
    }
    QString details = parts.join(QStringLiteral(", "));
    if (!entry.message.isEmpty())
        details =
            details.isEmpty() ? entry.message : entry.message + QStringLiteral(" — ") + details;
    return details;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_journal || index.row() >= m_rows)
        return {};
    const JournalEntry &entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(entry.sentAt.toLocalTime(), QLocale::ShortFormat);
        case ActionColumn:
            return actionText(entry);
        case NumberColumn:
            return entry.number;
        case AccountColumn:
            return entry.account;
        case OutcomeColumn:
            return outcomeText(entry);
        case BatchColumn:
            return entry.batch;
        case DetailsColumn:
            return detailsText(entry).simplified();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AccountColumn)
            return entry.server;
        if (index.column() == OutcomeColumn && entry.needsChecking())
            return tr("The request was sent but no answer came back: it may or may not have "
                      "happened. Look for the number on the account before doing it again.");
        if (index.column() == DetailsColumn)
            return detailsText(entry);
        return {};
    case NeedsCheckingRole:
        return entry.needsChecking();
    case FailedRole:
        return entry.state == JournalEntry::State::Failed;
    case NumberIdRole:
        return entry.numberId ? QVariant(*entry.numberId) : QVariant();
    case BatchRole:
        return entry.batch;
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case NumberColumn:
        return tr("Number");
    case AccountColumn:
        return tr("Account");
    case OutcomeColumn:
        return tr("Outcome");
    case BatchColumn:
        return tr("Batch");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace numdesk
