#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <vector>

namespace numdesk {

class JournalModel;
struct JournalEntry;

// The journal grouped by batch (issue 17), for the Activity dock: one top-level row per batch,
// newest first, that sums up its actions (what kind of run, how many numbers, how they ended),
// with the actions under it, newest first. A batch of one action, and an action of a journal
// written before batches, is a row of its own without children. Columns and roles are
// JournalModel's; on a batch row BatchRole is the batch id, NeedsCheckingRole and FailedRole say
// whether any of its actions needs checking or failed.
//
// It follows the JournalModel it reads (rows added at the top, changed in place, reset), so the
// view keeps which batches are expanded while a run goes on.
class BatchGroupModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit BatchGroupModel(JournalModel *source, QObject *parent = nullptr);

    JournalModel *sourceModel() const { return m_source; }
    // The JournalModel row an index shows; -1 for a batch row of several actions.
    int sourceRow(const QModelIndex &index) const;
    // The index of a batch's top-level row; invalid when it is not in the journal.
    QModelIndex batchIndex(const QString &batch) const;
    // The actions of the batch an index belongs to (its own row or its batch's).
    int actionCount(const QModelIndex &index) const;

    static QString batchKindText(const QString &kind, int actions);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString batch;            // empty: an action without batch, always a row of its own
        std::vector<int> entries; // journal entry indexes, oldest first
        int position = 0;         // in m_order
    };

    void rebuild();
    void addEntry(int entryIndex);
    void changeEntry(int entryIndex);
    int entryCount() const;
    int groupRow(int group) const;
    int groupAtRow(int row) const;
    const JournalEntry &entry(int entryIndex) const;
    int entryIndexOf(const QModelIndex &index) const; // -1 for a batch row of several
    QVariant groupData(const Group &group, int column, int role) const;

    QPointer<JournalModel> m_source;
    std::vector<Group> m_groups;        // by group id, never reordered
    std::vector<int> m_order;           // group ids, oldest first (top-level rows reversed)
    QHash<QString, int> m_groupOfBatch; // batch id → group id
    std::vector<int> m_groupOfEntry;    // journal entry index → group id
};

} // namespace numdesk
