#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace numdesk {

class Journal;
struct JournalEntry;

// The activity journal as a table, newest first: when, what, which number, on which account, and
// how it ended. Rows are added at the top as actions start and change in place when they end.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ActionColumn,
        NumberColumn,
        AccountColumn,
        OutcomeColumn,
        BatchColumn, // the batch id: the actions of one run (a plan, an edit, an undo) share it
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        NeedsCheckingRole = Qt::UserRole + 1, // bool; the view highlights these rows
        FailedRole,                           // bool
        NumberIdRole,                         // qint64, invalid when unknown
        BatchRole                             // QString: the batch id; empty for none
    };

    explicit JournalModel(Journal *journal, QObject *parent = nullptr);

    Journal *journal() const { return m_journal; }
    int needsCheckingCount() const;
    static QString actionText(const JournalEntry &entry);
    static QString outcomeText(const JournalEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload(); // after Journal::load()

private:
    const JournalEntry &entryAt(int row) const;
    QString detailsText(const JournalEntry &entry) const;

    QPointer<Journal> m_journal;
    int m_rows = 0;
};

} // namespace numdesk
