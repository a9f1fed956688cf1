#pragma once

#include "actionrunner.h"
#include "phonenumber.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <optional>

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
//
// Numbers from a snapshot (issue 15) come with what the plan is ("212
// numbers idle for 90 days…"): every one is read again live before anything can be sent; one
// that changed since the snapshot is marked with what changed, one no longer on the account is
// left out.
class UnrentDialog : public QDialog
{
    Q_OBJECT

public:
    struct FromSnapshot
    {
        QString plan; // shown above the warning: what is unrented, from which snapshot
    };

    UnrentDialog(Workspace *workspace, const QList<PhoneNumber> &numbers, QWidget *parent = nullptr,
                 std::optional<FromSnapshot> fromSnapshot = std::nullopt);
    ~UnrentDialog() override;

    QString warningText() const;
    QPushButton *unrentButton() const { return m_unrent; }
    QLineEdit *countEdit() const { return m_count; }
    QTableWidget *numbersTable() const { return m_list; }
    ActionRunner *runner() const { return m_runner; }
    ActionProgressView *progressView() const { return m_progress; }
    // Snapshot numbers: those read live that differ from the snapshot (row → what changed),
    // and those gone from the account.
    QHash<int, QString> changedSinceSnapshot() const { return m_changed; }
    QSet<int> goneFromAccount() const { return m_gone; }
    QString changedText() const;
    bool allRead() const; // every number's details (delete prevention, a snapshot's values) known

signals:
    void finishedWithSummary(const QString &summary);

private:
    QWidget *createConfirmation();
    void fillRow(int row, const PhoneNumber &number);
    void markIfChanged(int row); // a snapshot's number read again: what differs
    void completeDetails();
    void updateButton();
    void unrent();
    void send();
    bool isProtected(int row) const;
    bool isLeftOut(int row) const; // protected, or gone from the account
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
    std::optional<FromSnapshot> m_fromSnapshot;
    QList<PhoneNumber> m_snapshotRows; // as the snapshot had them
    QHash<int, QString> m_changed;     // row → what changed since the snapshot
    QSet<int> m_gone;                  // rows no longer on the account
    QLabel *m_changedLabel = nullptr;
};

} // namespace numdesk
