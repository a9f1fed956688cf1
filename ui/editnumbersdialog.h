#pragma once

#include "actionrunner.h"
#include "phonenumber.h"
#include "requests.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace numdesk {

class ActionProgressView;
class FormErrors;
class LookupCombo;
class TokenValuesEditor;
class Workspace;

// Re-points numbers: offer, traffic source, number pool and token values.
// One number: the form is filled with its current values (read fresh from the server) and only
// what changed is sent. Several numbers: every field starts "unchanged" (its box unticked) and
// only the ticked fields are sent, to each number, with a per-number result.
class EditNumbersDialog : public QDialog
{
    Q_OBJECT

public:
    // `numbers` need their id and number; the rest is read from the server for a single number.
    EditNumbersDialog(Workspace *workspace, const QList<PhoneNumber> &numbers,
                      QWidget *parent = nullptr);
    ~EditNumbersDialog() override;

    NumberChanges changes() const; // what Save would send
    bool isReady() const;          // loaded (single), valid and something to change
    ActionRunner *runner() const { return m_runner; }
    ActionProgressView *progressView() const { return m_progress; }

signals:
    void finishedWithSummary(const QString &summary);

private:
    QWidget *createForm();
    void loadCurrent();
    void fill(const PhoneNumber &number);
    void updateSaveButton();
    void save();
    // The bulk confirmation: every ticked field with its new value.
    QString confirmationText(const NumberChanges &changes) const;
    void onRunnerFinished();
    bool isBulk() const { return m_numbers.size() > 1; }

    Workspace *m_workspace;
    QList<PhoneNumber> m_numbers;
    std::optional<PhoneNumber> m_current; // single: the server's record
    QStackedWidget *m_pages;
    QWidget *m_form = nullptr;
    LookupCombo *m_offer = nullptr;
    LookupCombo *m_trafficSource = nullptr;
    LookupCombo *m_pool = nullptr;
    TokenValuesEditor *m_tokens = nullptr;
    QCheckBox *m_changeOffer = nullptr;
    QCheckBox *m_changeTrafficSource = nullptr;
    QCheckBox *m_changePool = nullptr;
    QCheckBox *m_changeTokens = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_generalError = nullptr;
    std::unique_ptr<FormErrors> m_errors;
    ActionProgressView *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QPointer<ActionRunner> m_runner;
};

} // namespace numdesk
