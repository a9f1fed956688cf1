#pragma once

#include "actionrunner.h"
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace numdesk {

// The per-row view of a running batch (buy N, edit or unrent a selection): one row per action
// with its number and outcome, a progress bar, a summary, Stop while it runs and Retry Failed
// after it ended with failures. Retrying is always the user's click, never automatic.
class ActionProgressView : public QWidget
{
    Q_OBJECT

public:
    explicit ActionProgressView(QWidget *parent = nullptr);

    void setRunner(ActionRunner *runner); // shows its actions; follows its changes
    QString summaryText() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *stopButton() const { return m_stop; }

    static QString stateText(const NumberAction &action);

private:
    void fillRow(int index);
    void updateSummary();

    QPointer<ActionRunner> m_runner;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_stop;
    QPushButton *m_retry;
};

} // namespace numdesk
