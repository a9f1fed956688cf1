#pragma once

#include "actionrunner.h"
#include "phonenumber.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace numdesk {

class ActionProgressView;
class Workspace;

// Unrent: the confirmation lists the numbers with their offer and pool, says that calls to them
// stop and that their history is kept, and names the account. For more than one number the user
// types the count. The destructive button is never the default. Then a per-number progress view;
// failures can be retried by the user, never silently.
class UnrentDialog : public QDialog
{
    Q_OBJECT

public:
    UnrentDialog(Workspace *workspace, const QList<PhoneNumber> &numbers,
                 QWidget *parent = nullptr);
    ~UnrentDialog() override;

    QString warningText() const;
    QPushButton *unrentButton() const { return m_unrent; }
    QLineEdit *countEdit() const { return m_count; }
    QTableWidget *numbersTable() const { return m_list; }
    ActionRunner *runner() const { return m_runner; }
    ActionProgressView *progressView() const { return m_progress; }

signals:
    void finishedWithSummary(const QString &summary);

private:
    QWidget *createConfirmation();
    void fillRow(int row, const PhoneNumber &number);
    void completeDetails();
    void updateButton();
    void unrent();
    void send();
    bool isProtected(int row) const;
    bool isChecked(int row) const; // its delete_prevention is known (read or failed to read)
    int countToUnrent() const;
    void updateTexts();

    Workspace *m_workspace;
    QList<PhoneNumber> m_numbers;
    QStackedWidget *m_pages;
    QWidget *m_confirmation = nullptr;
    QLabel *m_warning = nullptr;
    QTableWidget *m_list = nullptr;
    QLineEdit *m_count = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_protected = nullptr;
    QSet<int> m_checked;            // rows whose delete_prevention is known
    bool m_sendWhenChecked = false; // Unrent was clicked while numbers were being checked
    ActionProgressView *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_unrent;
    QPushButton *m_cancel;
    QPointer<ActionRunner> m_runner;
    int m_detailsPending = 0;
    QSet<int> m_detailsRequested; // rows whose details were asked for
};

} // namespace numdesk
