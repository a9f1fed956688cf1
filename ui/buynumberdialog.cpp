#include "buynumberdialog.h"

#include "actionprogressview.h"
#include "actionrunner.h"
#include "apischema.h"
#include "formerrors.h"
#include "lookupcache.h"
#include "lookupcombo.h"
#include "numberchooser.h"
#include "phonenumbering.h"
#include "searchablecombobox.h"
#include "tokenvalueseditor.h"
#include "workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace numdesk {

namespace {

constexpr int kMaxQuantity = 100;

const QString kCountryKey = QStringLiteral("buy/country");
const QString kTollFreeKey = QStringLiteral("buy/tollFree");
const QString kChooseKey = QStringLiteral("buy/chooseNumbers");

SearchableComboBox *createCountryCombo(QWidget *parent)
{
    auto *combo = new SearchableComboBox(parent);
    QList<QPair<QString, QString>> countries;
    for (const QString &code : schema::purchaseCountries())
        countries.append({schema::countryName(code), code});
    std::sort(countries.begin(), countries.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, code] : countries) {
        combo->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
        // Found by its English name and ISO code too, in every language.
        const QString english = QLocale::territoryToString(QLocale::codeToTerritory(code));
        combo->setItemData(combo->count() - 1, QStringList{english, code, name},
                           SearchableComboBox::AliasesRole);
    }
    return combo;
}

QString required(const QString &label)
{
    //: A required field's label: "Offer *"
    return BuyNumberDialog::tr("%1 *").arg(label);
}

} // namespace

BuyNumberDialog::BuyNumberDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_pages(new QStackedWidget(this))
    , m_progress(new ActionProgressView(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_buy(new QPushButton(tr("&Buy…"), this))
    , m_back(new QPushButton(tr("&Back to Form"), this))
    , m_lookFor(new QPushButton(tr("&Look for the New Number"), this))
    , m_searchAgain(new QPushButton(tr("Search A&gain"), this))
{
    setWindowTitle(tr("Buy Numbers — %1").arg(workspace->profileName()));
    setObjectName(QStringLiteral("BuyNumberDialog"));
    m_pages->addWidget(createForm());
    m_pages->addWidget(m_progress);

    m_buy->setDefault(true);
    m_buy->setAccessibleName(tr("Buy"));
    m_lookFor->setToolTip(tr("Show the numbers of this offer and provider bought since the "
                             "purchase was sent"));
    m_searchAgain->setToolTip(tr("Search again for the numbers still available"));
    m_buttons->addButton(m_searchAgain, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_lookFor, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_back, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_buy, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Close);
    // After addButton(), which shows what it adds: only on the result page, and after a purchase
    // whose outcome is unknown.
    m_back->hide();
    m_lookFor->hide();
    m_searchAgain->hide();
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buy, &QPushButton::clicked, this, &BuyNumberDialog::buy);
    connect(m_back, &QPushButton::clicked, this, &BuyNumberDialog::showForm);
    connect(m_searchAgain, &QPushButton::clicked, this, &BuyNumberDialog::searchAgain);
    connect(m_lookFor, &QPushButton::clicked, this, [this] {
        // A minute of slack: the server's clock and ours need not agree to the second.
        emit lookForPurchase(purchase(), m_sentAt.addSecs(-60));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    resize(600, 700);
    updateMode();
}

BuyNumberDialog::~BuyNumberDialog()
{
    Workspace::releaseRunner(m_runner);
}

QWidget *BuyNumberDialog::createForm()
{
    m_form = new QWidget(this);
    LookupCache *lookups = m_workspace->lookups();
    m_provider = new LookupCombo(lookups, schema::LookupKind::ProviderConfigurations,
                                 tr("Choose a provider…"), m_form);
    m_offer = new LookupCombo(lookups, schema::LookupKind::Offers, tr("Choose an offer…"), m_form);
    auto *country = createCountryCombo(m_form);
    m_country = country;
    m_local = new QRadioButton(tr("L&ocal"), m_form);
    m_tollFree = new QRadioButton(tr("&Toll-free"), m_form);
    m_trafficSource =
        new LookupCombo(lookups, schema::LookupKind::TrafficSources, tr("None"), m_form);
    m_pool = new LookupCombo(lookups, schema::LookupKind::RingPools, tr("None"), m_form);
    m_tokens = new TokenValuesEditor(m_form);
    m_quantity = new QSpinBox(m_form);
    m_status = new QLabel(m_form);
    m_generalError = FormErrors::makeErrorLabel(m_form);
    m_errors = std::make_unique<FormErrors>(m_generalError);

    m_provider->setAccessibleName(tr("Provider"));
    m_offer->setAccessibleName(tr("Offer"));
    m_country->setAccessibleName(tr("Country"));
    m_local->setAccessibleName(tr("Local"));
    m_tollFree->setAccessibleName(tr("Toll-free"));
    m_trafficSource->setAccessibleName(tr("Traffic source"));
    m_pool->setAccessibleName(tr("Number pool"));
    m_quantity->setAccessibleName(tr("Quantity"));
    m_generalError->setAccessibleName(tr("Error"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    // 0 is let in, to be refused with the reason rather than silently turned into 1.
    m_quantity->setRange(0, kMaxQuantity);
    m_quantity->setValue(1);
    m_quantity->setToolTip(tr("Each number is a separate purchase with the same settings"));

    auto *type = new QButtonGroup(m_form);
    type->addButton(m_local);
    type->addButton(m_tollFree);
    QSettings settings;
    (settings.value(kTollFreeKey, false).toBool() ? m_tollFree : m_local)->setChecked(true);
    const int remembered = m_country->findData(settings.value(kCountryKey, QStringLiteral("US")));
    m_country->setCurrentIndex(qMax(0, remembered));

    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_local);
    typeRow->addWidget(m_tollFree);
    typeRow->addStretch(1);

    auto *form = new QFormLayout;
    auto addField = [&](const QString &label, QWidget *field, const QString &key) {
        auto *column = new QVBoxLayout;
        column->setSpacing(1);
        column->addWidget(field);
        QLabel *error = m_errors->addField(key, m_form);
        if (key == QLatin1String("quantity")) {
            m_quantityError = error;
            error->setAccessibleName(tr("Quantity error"));
        } else if (key == QLatin1String("country")) {
            m_countryError = error;
            error->setAccessibleName(tr("Country error"));
        }
        column->addWidget(error);
        auto *labelWidget = new QLabel(label, m_form);
        labelWidget->setBuddy(field);
        form->addRow(labelWidget, column);
    };
    addField(required(tr("&Provider:")), m_provider, QStringLiteral("provider_configuration_id"));
    addField(required(tr("O&ffer:")), m_offer, QStringLiteral("offer_id"));
    addField(required(tr("&Country:")), m_country, QStringLiteral("country"));
    auto *typeBox = new QWidget(m_form);
    typeBox->setLayout(typeRow);
    typeRow->setContentsMargins(0, 0, 0, 0);
    addField(required(tr("Type:")), typeBox, QStringLiteral("toll_free"));
    addField(tr("T&raffic source:"), m_trafficSource, QStringLiteral("traffic_source_id"));
    addField(tr("Number p&ool:"), m_pool, QStringLiteral("ring_pool_id"));
    addField(tr("Tok&en values:"), m_tokens, QStringLiteral("token_values"));
    addField(tr("&Quantity:"), m_quantity, QStringLiteral("quantity"));
    m_formLayout = form;
    const int quantityRow = form->rowCount() - 1;

    // Any number of the country, or exactly the ones chosen from a search.
    m_anyNumber = new QRadioButton(tr("Any n&umber"), m_form);
    m_chooseNumbers = new QRadioButton(tr("C&hoose numbers"), m_form);
    m_anyNumber->setAccessibleName(tr("Any number"));
    m_anyNumber->setToolTip(tr("Buy how many you like; the provider picks the numbers"));
    m_chooseNumbers->setAccessibleName(tr("Choose numbers"));
    m_chooseNumbers->setToolTip(tr("Search the numbers that can be bought and buy exactly those"));
    auto *mode = new QButtonGroup(m_form);
    mode->addButton(m_anyNumber);
    mode->addButton(m_chooseNumbers);
    (settings.value(kChooseKey, false).toBool() ? m_chooseNumbers : m_anyNumber)->setChecked(true);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_anyNumber);
    modeRow->addWidget(m_chooseNumbers);
    modeRow->addStretch(1);
    m_chooser = new NumberChooser(m_workspace->client(), m_form);
    m_chooser->setHomeRegion(m_workspace->defaultCountry());
    connect(m_chooseNumbers, &QRadioButton::toggled, this, &BuyNumberDialog::updateMode);
    connect(m_chooser, &NumberChooser::chosenChanged, this, &BuyNumberDialog::updateBuyButton);
    connect(m_country, &QComboBox::currentIndexChanged, this, &BuyNumberDialog::updateMode);
    connect(m_tollFree, &QRadioButton::toggled, this, &BuyNumberDialog::updateMode);
    m_quantityRow = quantityRow;

    auto *note = new QLabel(tr("* required"), m_form);
    note->setEnabled(false);
    auto *layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_generalError);
    layout->addLayout(modeRow);
    layout->addLayout(form);
    layout->addWidget(m_chooser, 1);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addStretch(0);

    for (LookupCombo *combo : {m_provider, m_offer, m_trafficSource, m_pool})
        connect(combo, &LookupCombo::selectionChanged, this, &BuyNumberDialog::updateBuyButton);
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        m_countryError->clear();
        m_countryError->hide();
        updateBuyButton();
    });
    connect(country, &SearchableComboBox::textRefused, this, [this](const QString &typed) {
        //: Under the country field: No country “Narnia” to buy numbers in; still United States
        //: (US).
        m_countryError->setText(tr("No country “%1” to buy numbers in; still %2.")
                                    .arg(typed, m_country->currentText()));
        m_countryError->show();
    });
    connect(m_tokens, &TokenValuesEditor::changed, this, &BuyNumberDialog::updateBuyButton);
    connect(m_tollFree, &QRadioButton::toggled, this, &BuyNumberDialog::updateBuyButton);
    connect(m_quantity, &QSpinBox::valueChanged, this, &BuyNumberDialog::updateBuyButton);
    return m_form;
}

PurchaseNumber BuyNumberDialog::purchase() const
{
    PurchaseNumber p;
    p.providerConfigurationId = m_provider->selectedId().value_or(0);
    p.offerId = m_offer->selectedId().value_or(0);
    p.country = m_country->currentData().toString();
    p.tollFree = m_tollFree->isChecked();
    p.trafficSourceId = m_trafficSource->selectedId();
    p.ringPoolId = m_pool->selectedId();
    const QStringList tokens = m_tokens->entries();
    if (!tokens.isEmpty())
        p.tokenValues = tokens;
    return p;
}

QList<PurchaseNumber> BuyNumberDialog::purchases() const
{
    const PurchaseNumber any = purchase();
    if (!isChoosingNumbers())
        return QList<PurchaseNumber>(m_quantity->value(), any);
    QList<PurchaseNumber> chosen;
    for (const AvailableNumber &number : m_chooser->chosenNumbers()) {
        PurchaseNumber one = any;
        one.requestedNumber = number.number;
        chosen.append(one);
    }
    return chosen;
}

int BuyNumberDialog::quantity() const
{
    return isChoosingNumbers() ? int(m_chooser->chosenNumbers().size()) : m_quantity->value();
}

bool BuyNumberDialog::isChoosingNumbers() const
{
    return m_chooseNumbers->isChecked();
}

bool BuyNumberDialog::isFormValid() const
{
    return m_provider->selectedId() && m_offer->selectedId() &&
           m_country->currentData().isValid() && m_tokens->isValid() && quantity() >= 1;
}

void BuyNumberDialog::updateMode()
{
    const bool choose = isChoosingNumbers();
    m_formLayout->setRowVisible(m_quantityRow, !choose);
    m_chooser->setVisible(choose);
    m_chooser->setCountry(m_country->currentData().toString(), m_tollFree->isChecked());
    updateBuyButton();
}

void BuyNumberDialog::updateBuyButton()
{
    const bool running = m_runner && m_runner->isRunning();
    m_buy->setEnabled(isFormValid() && !running && m_pages->currentWidget() == m_form);
    //: The Buy button for more than one number: "Buy 5 Numbers…"
    m_buy->setText(m_lastOutcomeUnknown ? tr("&Buy Again…")
                   : quantity() == 0    ? tr("&Buy…")
                                        : tr("&Buy %n Number(s)…", nullptr, quantity()));
    const bool quantityOk = isChoosingNumbers() || quantity() >= 1;
    m_quantityError->setText(
        quantityOk ? QString() : tr("Buy at least 1 number (at most %1).").arg(kMaxQuantity));
    m_quantityError->setVisible(!quantityOk);
    QStringList missing;
    if (!m_provider->selectedId())
        missing << tr("a provider");
    if (!m_offer->selectedId())
        missing << tr("an offer");
    if (!m_country->currentData().isValid())
        missing << tr("a country");
    QString problem;
    if (!missing.isEmpty())
        problem = tr("Choose %1").arg(missing.join(QStringLiteral(", ")));
    else if (!m_tokens->isValid())
        problem = tr("Correct the token values");
    else if (isChoosingNumbers() && quantity() == 0)
        problem = tr("Search, then tick the numbers to buy");
    else if (!quantityOk)
        problem = tr("Choose how many numbers to buy");
    m_buy->setToolTip(problem);
}

QString BuyNumberDialog::confirmationText() const
{
    const PurchaseNumber p = purchase();
    LookupCache *lookups = m_workspace->lookups();
    auto name = [lookups](schema::LookupKind kind, std::optional<qint64> id) {
        if (!id)
            return tr("none");
        const QString label = lookups->label(kind, *id);
        return label.isEmpty() ? tr("#%1").arg(*id) : label;
    };
    const int n = quantity();
    const QString country = schema::countryName(p.country);
    QString text;
    if (isChoosingNumbers()) {
        //: "You are about to rent these 2 numbers on account Sandbox (…):" and one a line
        text = tr("You are about to rent these %n number(s) on account %1:", nullptr, n)
                   .arg(m_workspace->accountDescription());
        for (const AvailableNumber &number : m_chooser->chosenNumbers()) {
            const QString shown = number.readable(m_workspace->defaultCountry());
            const QString place = number.place();
            //: One chosen number in the confirmation: "(415) 356-9377 — San Francisco, CA"
            text += QLatin1Char('\n') + (place.isEmpty() ? tr("    %1").arg(shown)
                                                         : tr("    %1 — %2").arg(shown, place));
        }
    } else {
        //: "You are about to rent 1 toll-free number in United States on account Sandbox (…)."
        text = p.tollFree
                   ? tr("You are about to rent %n toll-free number(s) in %1 on account "
                        "%2.",
                        nullptr, n)
                         .arg(country, m_workspace->accountDescription())
                   : tr("You are about to rent %n local number(s) in %1 on account %2.", nullptr, n)
                         .arg(country, m_workspace->accountDescription());
    }
    text += QStringLiteral("\n\n");
    text += tr("Provider: %1")
                .arg(name(schema::LookupKind::ProviderConfigurations, p.providerConfigurationId)) +
            QLatin1Char('\n');
    text += tr("Offer: %1").arg(name(schema::LookupKind::Offers, p.offerId)) + QLatin1Char('\n');
    text +=
        tr("Traffic source: %1").arg(name(schema::LookupKind::TrafficSources, p.trafficSourceId)) +
        QLatin1Char('\n');
    text += tr("Number pool: %1").arg(name(schema::LookupKind::RingPools, p.ringPoolId)) +
            QLatin1Char('\n');
    text += tr("Token values: %1")
                .arg(p.tokenValues ? p.tokenValues->join(QStringLiteral(", ")) : tr("none"));
    text += QStringLiteral("\n\n");
    text += tr("Every number is a separate rental that your provider charges for.");
    if (m_lastOutcomeUnknown)
        text += QStringLiteral("\n\n") +
                tr("The outcome of the last purchase is unknown: it may have rented a number "
                   "already. Buying again can rent one more.");
    return text;
}

bool BuyNumberDialog::confirm()
{
    QMessageBox box(QMessageBox::Question, tr("Rent Numbers?"), confirmationText(),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmPurchase"));
    QPushButton *rent =
        box.addButton(tr("&Rent %n Number(s)", nullptr, quantity()), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    // Enter alone must not spend money.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == rent;
}

void BuyNumberDialog::buy()
{
    if (!isFormValid() || (m_runner && m_runner->isRunning()))
        return;
    m_buy->setEnabled(false); // no second click while the confirmation is up
    if (!confirm()) {
        updateBuyButton();
        return;
    }
    rememberChoices();
    m_errors->clear();
    m_lookFor->hide();
    m_lastOutcomeUnknown = false;
    Workspace::releaseRunner(m_runner);
    m_runner = m_workspace->createRunner();
    QList<NumberAction> actions;
    for (const PurchaseNumber &one : purchases()) {
        NumberAction action = NumberAction::purchaseOf(one);
        // A chosen number is known before it is bought: its row and journal entry name it.
        if (!one.requestedNumber.isEmpty())
            action.label =
                PhoneNumbering::displayForm(one.requestedNumber, m_workspace->defaultCountry());
        actions.append(action);
    }
    m_searchAgain->hide();
    m_runner->setActions(actions);
    connect(m_runner, &ActionRunner::finished, this, &BuyNumberDialog::onRunnerFinished);
    m_progress->setRunner(m_runner);
    if (quantity() > 1) {
        m_pages->setCurrentWidget(m_progress);
    } else {
        m_form->setEnabled(false);
        m_status->setText(tr("Buying…"));
    }
    m_sentAt = QDateTime::currentDateTimeUtc();
    m_runner->start();
    updateBuyButton();
}

void BuyNumberDialog::onRunnerFinished()
{
    const QList<NumberAction> &actions = m_runner->actions();
    const bool unknown = m_runner->count(NumberAction::State::OutcomeUnknown) > 0;
    m_lastOutcomeUnknown = unknown;
    m_lookFor->setVisible(unknown);
    // A chosen number another customer took meanwhile: the others went on; offer what is left.
    const auto taken = [](const NumberAction &action) {
        return action.state == NumberAction::State::Failed && action.error &&
               action.error->fieldErrors.contains(QStringLiteral("requested_number"));
    };
    m_searchAgain->setVisible(std::any_of(actions.cbegin(), actions.cend(), taken));
    if (m_pages->currentWidget() == m_form) {
        // One purchase: succeed into the result page, fail back into the form as typed.
        m_form->setEnabled(true);
        m_status->clear();
        const NumberAction &action = actions.first();
        if (action.state == NumberAction::State::Succeeded) {
            m_pages->setCurrentWidget(m_progress);
        } else if (action.state == NumberAction::State::OutcomeUnknown) {
            m_errors->showGeneral(
                tr("No answer came back, so the number may or may not have been bought. It was "
                   "not sent again. Use \"Look for the New Number\" to check the account before "
                   "buying again.\n(%1)")
                    .arg(action.error->message));
        } else if (action.error && taken(action)) {
            //: "(415) 356-9377 could not be bought: is no longer available. …"
            m_errors->showGeneral(
                tr("%1 could not be bought: %2. Search Again shows the numbers still available.")
                    .arg(action.label,
                         action.error->fieldErrors.value(QStringLiteral("requested_number"))
                             .join(QStringLiteral("; "))));
        } else if (action.error) {
            m_errors->show(*action.error);
        }
    }
    m_back->setVisible(m_pages->currentWidget() == m_progress);
    updateBuyButton();
}

void BuyNumberDialog::showForm()
{
    m_pages->setCurrentWidget(m_form);
    m_back->hide();
    // What was bought (or taken) is no longer on offer: show the list as it is now.
    if (isChoosingNumbers() && m_runner)
        m_chooser->search();
    updateBuyButton();
}

void BuyNumberDialog::searchAgain()
{
    m_searchAgain->hide();
    m_errors->clear();
    if (m_pages->currentWidget() != m_form)
        showForm(); // searches
    else
        m_chooser->search();
}

void BuyNumberDialog::rememberChoices() const
{
    QSettings settings;
    settings.setValue(kCountryKey, m_country->currentData());
    settings.setValue(kTollFreeKey, m_tollFree->isChecked());
    settings.setValue(kChooseKey, isChoosingNumbers());
}

} // namespace numdesk
