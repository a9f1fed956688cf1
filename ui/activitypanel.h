#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace numdesk {

class BatchGroupModel;
class Journal;
class JournalModel;

// The Activity dock: every purchase, update and unrent of the journal, newest first, with its
// outcome, grouped by batch (a run of several actions is one row that expands to them).
// Entries whose outcome is unknown are highlighted and counted at the top; a double click on one
// with a known number shows it in the details. Undo Batch takes the selected batch back.
class ActivityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPanel(Journal *journal, QWidget *parent = nullptr);

    JournalModel *model() const { return m_model; }
    BatchGroupModel *groupModel() const { return m_groups; }
    QTreeView *view() const { return m_view; }
    QString headerText() const;
    QPushButton *undoButton() const { return m_undo; }
    // The batch of the selected entry; empty when none is selected or it has none.
    QString selectedBatch() const;

signals:
    void showNumberRequested(qint64 id);
    void undoBatchRequested(const QString &batchId);

private:
    void updateHeader();

    Journal *m_journal;
    JournalModel *m_model;
    BatchGroupModel *m_groups;
    QLabel *m_header;
    QTreeView *m_view;
    QPushButton *m_undo;
    QString m_writeError; // the journal's last write failure; shown above everything else
};

} // namespace numdesk
