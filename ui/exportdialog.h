#pragma once

#include "exportjob.h"
#include "preferences.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QRadioButton;

namespace numdesk {

class ApiClient;
class LookupCache;

// File > Export View…: every number of the current view (not only the loaded rows) to a CSV
// file, with the view's filters and visible columns preselected. Runs an ExportJob with a
// progress dialog that can cancel; says at the end what was written.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(ApiClient *client, const NumberFilter &filter, const QStringList &visibleColumns,
                 qint64 expectedRows, QWidget *parent = nullptr);

    QString filePath() const;
    void setFilePath(const QString &path);
    QStringList chosenColumns() const;
    ExportOptions exportOptions() const;
    // Offer, source, pool and provider ids and countries can be written as the names the table
    // shows ("Write names as shown"); without lookups the choice is not offered.
    void setLookups(const LookupCache *lookups);
    // Given the columns and whether names are written, up to a few cells of the view that a
    // spreadsheet would run as formulas; named in the dialog while Spreadsheet-safe is off.
    using FormulaCheck = std::function<QStringList(const QStringList &columns, bool names)>;
    void setFormulaCheck(FormulaCheck check);
    // The summary of the last run (valid once finished() was emitted).
    const ExportSummary &summary() const { return m_summary; }

public slots:
    void accept() override; // starts the export

signals:
    void exportFinished(const numdesk::ExportSummary &summary);

private:
    void browse();
    void updateButtons();
    void updateFormulaWarning();
    void rememberChoices() const;
    void onProgress(qint64 done, qint64 total, double rate, int secondsLeft);
    void onFinished(const ExportSummary &summary);

    ApiClient *m_client;
    NumberFilter m_filter;
    QLineEdit *m_path;
    QListWidget *m_columns;
    QRadioButton *m_keys;
    QRadioButton *m_labels;
    QCheckBox *m_spreadsheetSafe;
    QCheckBox *m_names;
    QLabel *m_formulaWarning;
    const LookupCache *m_lookups = nullptr;
    FormulaCheck m_formulaCheck;
    QCheckBox *m_convertDates;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPointer<ExportJob> m_job;
    QPointer<QProgressDialog> m_progress;
    ExportSummary m_summary;
    Preferences m_preferences; // the export defaults
};

} // namespace numdesk
