#pragma once

#include "actionrunner.h"
#include "requests.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace numdesk {

class ActionProgressView;
class FormErrors;
class LookupCombo;
class TokenValuesEditor;
class Workspace;

// Buy Numbers: provider, offer, country, local or toll-free, optional traffic source, number
// pool and token values, and how many. Buy stays disabled until the form is valid and asks for
// confirmation naming the account, the provider and what will be rented. One purchase at a time,
// never sent twice; a failure brings the form back as it was typed, with the server's field
// errors next to their fields. A purchase whose answer was lost is said to be unknown, and
// "Look for the New Number" shows what was bought on the account since it was sent.
class BuyNumberDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BuyNumberDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~BuyNumberDialog() override;

    PurchaseNumber purchase() const; // what the form says
    int quantity() const;
    bool isFormValid() const;
    QString confirmationText() const;
    ActionRunner *runner() const { return m_runner; }
    ActionProgressView *progressView() const { return m_progress; }

signals:
    // "Look for the New Number": numbers of this offer and provider created since `since`.
    void lookForPurchase(const numdesk::PurchaseNumber &purchase, const QDateTime &since);

private:
    QWidget *createForm();
    void updateBuyButton();
    bool confirm();
    void buy();
    void onRunnerFinished();
    void showForm();
    void rememberChoices() const;

    Workspace *m_workspace;
    QStackedWidget *m_pages;
    QWidget *m_form = nullptr;
    LookupCombo *m_provider = nullptr;
    LookupCombo *m_offer = nullptr;
    QComboBox *m_country = nullptr;
    QRadioButton *m_local = nullptr;
    QRadioButton *m_tollFree = nullptr;
    LookupCombo *m_trafficSource = nullptr;
    LookupCombo *m_pool = nullptr;
    TokenValuesEditor *m_tokens = nullptr;
    QSpinBox *m_quantity = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_quantityError = nullptr;
    QLabel *m_countryError = nullptr;
    QLabel *m_generalError = nullptr;
    std::unique_ptr<FormErrors> m_errors;
    ActionProgressView *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_buy;
    QPushButton *m_back;
    QPushButton *m_lookFor;
    QPointer<ActionRunner> m_runner;
    QDateTime m_sentAt;
    bool m_lastOutcomeUnknown = false;
};

} // namespace numdesk
