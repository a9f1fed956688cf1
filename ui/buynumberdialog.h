#pragma once

#include "actionrunner.h"
#include "requests.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace numdesk {

class ActionProgressView;
class FormErrors;
class LookupCombo;
class NumberChooser;
class TokenValuesEditor;
class Workspace;

// Buy Numbers: provider, offer, country, local or toll-free, optional traffic source, number
// pool and token values, and either how many ("Any number") or exactly which ones ("Choose
// numbers": a NumberChooser searches the numbers that can be bought). Buy stays disabled until
// the form is valid and asks for confirmation naming the account, the provider and what will be
// rented (the exact numbers when chosen). One purchase at a time, never sent twice; a failure
// brings the form back as it was typed, with the server's field errors next to their fields. A
// purchase whose answer was lost is said to be unknown, and "Look for the New Number" shows what
// was bought on the account since it was sent. A chosen number someone else took meanwhile
// fails alone, and "Search Again" offers what is left.
class BuyNumberDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BuyNumberDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~BuyNumberDialog() override;

    PurchaseNumber purchase() const; // what the form says (any number of the country)
    // One purchase per number to buy: `quantity()` of purchase(), or one per chosen number
    // with its requested_number.
    QList<PurchaseNumber> purchases() const;
    int quantity() const; // how many numbers Buy buys
    bool isChoosingNumbers() const;
    NumberChooser *chooser() const { return m_chooser; }
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
    void updateMode();
    void searchAgain();

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
    QRadioButton *m_anyNumber = nullptr;
    QRadioButton *m_chooseNumbers = nullptr;
    NumberChooser *m_chooser = nullptr;
    QFormLayout *m_formLayout = nullptr;
    int m_quantityRow = -1;
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
    QPushButton *m_searchAgain;
    QPointer<ActionRunner> m_runner;
    QDateTime m_sentAt;
    bool m_lastOutcomeUnknown = false;
};

} // namespace numdesk
