#pragma once

#include "exportjob.h"
#include "preferences.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QRadioButton;

namespace numdesk {

class ApiClient;

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
    // The summary of the last run (valid once finished() was emitted).
    const ExportSummary &summary() const { return m_summary; }

public slots:
    void accept() override; // starts the export

signals:
    void exportFinished(const numdesk::ExportSummary &summary);

private:
    void browse();
    void updateButtons();
    void onProgress(qint64 done, qint64 total, double rate, int secondsLeft);
    void onFinished(const ExportSummary &summary);

    ApiClient *m_client;
    NumberFilter m_filter;
    QLineEdit *m_path;
    QListWidget *m_columns;
    QRadioButton *m_keys;
    QRadioButton *m_labels;
    QCheckBox *m_spreadsheetSafe;
    QCheckBox *m_convertDates;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPointer<ExportJob> m_job;
    QPointer<QProgressDialog> m_progress;
    ExportSummary m_summary;
    Preferences m_preferences; // the export defaults
};

} // namespace numdesk
