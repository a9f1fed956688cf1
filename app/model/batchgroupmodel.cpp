#include "batchgroupmodel.h"

#include "journal.h"
#include "journalmodel.h"

#include <QLocale>

#include <algorithm>

namespace numdesk {

namespace {

constexpr quintptr kTopLevel = 0; // internal id of a top-level row; children: group id + 1

} // namespace

BatchGroupModel::BatchGroupModel(JournalModel *source, QObject *parent)
    : QAbstractItemModel(parent)
    , m_source(source)
{
    rebuild();
    // JournalModel adds every new entry as its row 0 and changes rows in place.
    connect(source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                const int count = entryCount();
                for (int row = last; row >= first; --row)
                    addEntry(count - 1 - row);
            });
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int count = entryCount();
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    changeEntry(count - 1 - row);
            });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

int BatchGroupModel::entryCount() const
{
    return m_source ? m_source->rowCount() : 0;
}

const JournalEntry &BatchGroupModel::entry(int entryIndex) const
{
    return m_source->journal()->entries().at(entryIndex);
}

void BatchGroupModel::rebuild()
{
    m_groups.clear();
    m_order.clear();
    m_groupOfBatch.clear();
    m_groupOfEntry.clear();
    const int count = entryCount();
    for (int i = 0; i < count; ++i) {
        const QString &batch = entry(i).batch;
        int group = batch.isEmpty() ? -1 : m_groupOfBatch.value(batch, -1);
        if (group < 0) {
            group = int(m_groups.size());
            m_groups.push_back({batch, {}, 0});
            if (!batch.isEmpty())
                m_groupOfBatch.insert(batch, group);
        }
        m_groups[group].entries.push_back(i);
        m_groupOfEntry.push_back(group);
    }
    // A batch's place is that of its newest action.
    std::vector<int> newest(m_groups.size(), -1);
    for (int i = 0; i < count; ++i)
        newest[m_groupOfEntry[i]] = i;
    m_order.resize(m_groups.size());
    for (int g = 0; g < int(m_groups.size()); ++g)
        m_order[g] = g;
    std::sort(m_order.begin(), m_order.end(),
              [&newest](int a, int b) { return newest[a] < newest[b]; });
    for (int p = 0; p < int(m_order.size()); ++p)
        m_groups[m_order[p]].position = p;
}

void BatchGroupModel::addEntry(int entryIndex)
{
    if (entryIndex != int(m_groupOfEntry.size())) {
        // Not the next entry (a journal read again): start over.
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    const QString &batch = entry(entryIndex).batch;
    const int existing = batch.isEmpty() ? -1 : m_groupOfBatch.value(batch, -1);
    if (existing < 0) {
        beginInsertRows({}, 0, 0);
        const int group = int(m_groups.size());
        m_groups.push_back({batch, {entryIndex}, int(m_order.size())});
        m_order.push_back(group);
        if (!batch.isEmpty())
            m_groupOfBatch.insert(batch, group);
        m_groupOfEntry.push_back(group);
        endInsertRows();
        return;
    }
    Group &group = m_groups[existing];
    // The batch moves to the top: its newest action is the journal's.
    const int row = groupRow(existing);
    if (row != 0) {
        beginMoveRows({}, row, row, {}, 0);
        m_order.erase(m_order.begin() + group.position);
        m_order.push_back(existing);
        for (int p = group.position; p < int(m_order.size()); ++p)
            m_groups[m_order[p]].position = p;
        endMoveRows();
    }
    const QModelIndex parentIndex = index(0, 0);
    // A row of its own until now: its action and the new one become its children.
    const bool hadChildren = group.entries.size() > 1;
    beginInsertRows(parentIndex, 0, hadChildren ? 0 : 1);
    group.entries.push_back(entryIndex);
    m_groupOfEntry.push_back(existing);
    endInsertRows();
    emit dataChanged(index(0, 0), index(0, JournalModel::ColumnCount - 1));
}

void BatchGroupModel::changeEntry(int entryIndex)
{
    if (entryIndex < 0 || entryIndex >= int(m_groupOfEntry.size()))
        return;
    const int groupId = m_groupOfEntry[entryIndex];
    const Group &group = m_groups[groupId];
    const QModelIndex top = index(groupRow(groupId), 0);
    emit dataChanged(top, top.siblingAtColumn(JournalModel::ColumnCount - 1));
    if (group.entries.size() > 1) {
        const auto it = std::find(group.entries.cbegin(), group.entries.cend(), entryIndex);
        const int row = int(group.entries.cend() - it) - 1;
        emit dataChanged(index(row, 0, top), index(row, JournalModel::ColumnCount - 1, top));
    }
}

int BatchGroupModel::groupRow(int group) const
{
    return int(m_order.size()) - 1 - m_groups[group].position;
}

int BatchGroupModel::groupAtRow(int row) const
{
    return m_order[m_order.size() - 1 - row];
}

QModelIndex BatchGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(groupAtRow(parent.row())) + 1);
}

QModelIndex BatchGroupModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    const int group = int(child.internalId() - 1);
    return createIndex(groupRow(group), 0, kTopLevel);
}

int BatchGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_order.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    const std::size_t actions = m_groups[groupAtRow(parent.row())].entries.size();
    return actions > 1 ? int(actions) : 0;
}

int BatchGroupModel::columnCount(const QModelIndex &) const
{
    return JournalModel::ColumnCount;
}

int BatchGroupModel::entryIndexOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    if (index.internalId() == kTopLevel) {
        const Group &group = m_groups[groupAtRow(index.row())];
        return group.entries.size() == 1 ? group.entries.front() : -1;
    }
    const Group &group = m_groups[index.internalId() - 1];
    return group.entries[group.entries.size() - 1 - index.row()];
}

int BatchGroupModel::sourceRow(const QModelIndex &index) const
{
    const int entryIndex = entryIndexOf(index);
    return entryIndex < 0 ? -1 : entryCount() - 1 - entryIndex;
}

QModelIndex BatchGroupModel::batchIndex(const QString &batch) const
{
    const int group = m_groupOfBatch.value(batch, -1);
    return group < 0 ? QModelIndex() : index(groupRow(group), 0);
}

int BatchGroupModel::actionCount(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    const int group =
        index.internalId() == kTopLevel ? groupAtRow(index.row()) : int(index.internalId() - 1);
    return int(m_groups[group].entries.size());
}

QString BatchGroupModel::batchKindText(const QString &kind, int actions)
{
    if (kind == QLatin1String("apply"))
        return tr("Plan: %n action(s)", nullptr, actions);
    if (kind == QLatin1String("undo"))
        return tr("Undo: %n action(s)", nullptr, actions);
    if (kind == QLatin1String("update"))
        return tr("%n edit(s)", nullptr, actions);
    if (kind == QLatin1String("unrent"))
        return tr("%n unrent(s)", nullptr, actions);
    if (kind == QLatin1String("purchase"))
        return tr("%n purchase(s)", nullptr, actions);
    return tr("%n action(s)", nullptr, actions);
}

QVariant BatchGroupModel::groupData(const Group &group, int column, int role) const
{
    int done = 0;
    int failed = 0;
    int sending = 0;
    int unknown = 0;
    QStringList accounts;
    for (const int i : group.entries) {
        const JournalEntry &e = entry(i);
        switch (e.state) {
        case JournalEntry::State::InFlight:
            ++sending;
            break;
        case JournalEntry::State::Succeeded:
            ++done;
            break;
        case JournalEntry::State::Failed:
            ++failed;
            break;
        case JournalEntry::State::OutcomeUnknown:
        case JournalEntry::State::NoOutcome:
            ++unknown;
            break;
        }
        if (!accounts.contains(e.account))
            accounts << e.account;
    }
    const JournalEntry &first = entry(group.entries.front());
    const int actions = int(group.entries.size());
    switch (role) {
    case Qt::DisplayRole: {
        switch (column) {
        case JournalModel::TimeColumn:
            return QLocale().toString(first.sentAt.toLocalTime(), QLocale::ShortFormat);
        case JournalModel::ActionColumn:
            return batchKindText(first.batchKind, actions);
        case JournalModel::NumberColumn:
            return tr("%n number(s)", nullptr, actions);
        case JournalModel::AccountColumn:
            return accounts.join(QStringLiteral(", "));
        case JournalModel::OutcomeColumn: {
            QStringList parts;
            if (done > 0)
                parts << tr("%n done", nullptr, done);
            if (failed > 0)
                parts << tr("%n failed", nullptr, failed);
            if (unknown > 0)
                parts << tr("%n unknown — check", nullptr, unknown);
            if (sending > 0)
                parts << tr("%n sending…", nullptr, sending);
            return parts.join(QStringLiteral(", "));
        }
        case JournalModel::BatchColumn:
            return group.batch;
        case JournalModel::DetailsColumn:
            return QString();
        }
        return {};
    }
    case Qt::ToolTipRole:
        if (column == JournalModel::BatchColumn || column == JournalModel::ActionColumn)
            return tr("Batch %1").arg(group.batch);
        return {};
    case JournalModel::NeedsCheckingRole:
        return unknown > 0;
    case JournalModel::FailedRole:
        return failed > 0;
    case JournalModel::BatchRole:
        return group.batch;
    }
    return {};
}

QVariant BatchGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_source)
        return {};
    const int row = sourceRow(index);
    if (row >= 0)
        return m_source->index(row, index.column()).data(role);
    return groupData(m_groups[groupAtRow(index.row())], index.column(), role);
}

QVariant BatchGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}

} // namespace numdesk
