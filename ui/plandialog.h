#pragma once

#include "planpreviewrow.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableWidget;

namespace numdesk {

class ActionProgressView;
class ActionRunner;
class PlanPreview;
class UndoPlan;
class Workspace;

// File → Apply Changes from File… and the Activity dock's Undo Batch…: the preview of a plan
// file (or of an undo) row by row with its class and changes, a filter by class, then Apply
// (Undo) with a progress row per number through ActionRunner, as one batch of the journal.
// A plan with invalid, ambiguous or duplicate rows applies only with "Skip invalid rows"; unrents
// need their count typed, as in the Unrent dialog.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlanDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~PlanDialog() override;

    // Reads the plan file and previews it; false (and the reason shown) when it is no plan.
    bool previewPlan(const QString &path);
    // Previews the undo of a batch of the journal.
    bool previewUndo(const QString &batchId);

    bool isPreviewing() const;
    const QList<PlanPreviewRow> &rows() const { return m_rows; }
    QTableWidget *table() const { return m_table; }
    QString summaryText() const;
    ActionRunner *runner() const { return m_runner; }
    QPushButton *applyButton() const;

private:
    void onPreviewed(const QList<PlanPreviewRow> &rows, const QString &error);
    void fillTable();
    void updateButton();
    int refusedCount() const;
    int unrentCount() const;
    void apply();

    Workspace *m_workspace;
    bool m_undo = false;
    QList<PlanPreviewRow> m_rows;
    PlanPreview *m_preview = nullptr;
    UndoPlan *m_undoPlan = nullptr;
    QPointer<ActionRunner> m_runner;
    QStackedWidget *m_pages;
    QLabel *m_summary;
    QComboBox *m_filter;
    QTableWidget *m_table;
    QCheckBox *m_skipInvalid;
    QLabel *m_countLabel;
    QLineEdit *m_count;
    ActionProgressView *m_progress;
    QDialogButtonBox *m_buttons;
};

} // namespace numdesk
