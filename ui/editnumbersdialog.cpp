#include "editnumbersdialog.h"

#include "actionprogressview.h"
#include "actionrunner.h"
#include "apiclient.h"
#include "formerrors.h"
#include "lookupcache.h"
#include "lookupcombo.h"
#include "tokenvalueseditor.h"
#include "workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace numdesk {

EditNumbersDialog::EditNumbersDialog(Workspace *workspace, const QList<PhoneNumber> &numbers,
                                     QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_numbers(numbers)
    , m_pages(new QStackedWidget(this))
    , m_progress(new ActionProgressView(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("EditNumbersDialog"));
    setWindowTitle(isBulk() ? tr("Edit %n Numbers", nullptr, int(numbers.size()))
                            : tr("Edit %1").arg(numberLabel(numbers.value(0))));
    m_pages->addWidget(createForm());
    m_pages->addWidget(m_progress);
    m_save->setText(isBulk() ? tr("&Apply to %n Numbers…", nullptr, int(numbers.size()))
                             : tr("&Save"));
    m_save->setAccessibleName(tr("Save"));
    m_save->setDefault(true);
    m_buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &EditNumbersDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    resize(520, isBulk() ? 480 : 420);
    if (!isBulk())
        loadCurrent();
    updateSaveButton();
}

EditNumbersDialog::~EditNumbersDialog()
{
    Workspace::releaseRunner(m_runner);
}

QWidget *EditNumbersDialog::createForm()
{
    m_form = new QWidget(this);
    LookupCache *lookups = m_workspace->lookups();
    m_offer = new LookupCombo(lookups, schema::LookupKind::Offers, tr("Choose an offer…"), m_form);
    m_trafficSource =
        new LookupCombo(lookups, schema::LookupKind::TrafficSources, tr("None"), m_form);
    m_pool = new LookupCombo(lookups, schema::LookupKind::RingPools, tr("None"), m_form);
    m_tokens = new TokenValuesEditor(m_form);
    m_status = new QLabel(m_form);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_generalError = FormErrors::makeErrorLabel(m_form);
    m_generalError->setAccessibleName(tr("Error"));
    m_errors = std::make_unique<FormErrors>(m_generalError);
    m_offer->setAccessibleName(tr("Offer"));
    m_trafficSource->setAccessibleName(tr("Traffic source"));
    m_pool->setAccessibleName(tr("Number pool"));

    auto *form = new QFormLayout;
    auto addField = [&](const QString &label, QWidget *field, const QString &key,
                        QCheckBox **change) {
        auto *column = new QVBoxLayout;
        column->setSpacing(1);
        column->addWidget(field);
        column->addWidget(m_errors->addField(key, m_form));
        if (isBulk()) {
            // Several numbers: a field is sent only when its box is ticked.
            *change = new QCheckBox(label, m_form);
            (*change)->setAccessibleName(
                tr("Change %1")
                    .arg(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':'))));
            field->setEnabled(false);
            connect(*change, &QCheckBox::toggled, field, &QWidget::setEnabled);
            connect(*change, &QCheckBox::toggled, this, &EditNumbersDialog::updateSaveButton);
            form->addRow(*change, column);
        } else {
            auto *labelWidget = new QLabel(label, m_form);
            labelWidget->setBuddy(field);
            form->addRow(labelWidget, column);
        }
    };
    addField(tr("O&ffer:"), m_offer, QStringLiteral("offer_id"), &m_changeOffer);
    addField(tr("T&raffic source:"), m_trafficSource, QStringLiteral("traffic_source_id"),
             &m_changeTrafficSource);
    addField(tr("Number p&ool:"), m_pool, QStringLiteral("ring_pool_id"), &m_changePool);
    addField(tr("Tok&en values:"), m_tokens, QStringLiteral("token_values"), &m_changeTokens);

    auto *layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(0, 0, 0, 0);
    if (isBulk()) {
        auto *intro = new QLabel(
            tr("Tick the fields to change on all %n selected numbers; the others stay as they "
               "are on each number. \"None\" removes the traffic source or pool; empty token "
               "values remove them all.",
               nullptr, int(m_numbers.size())),
            m_form);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addWidget(m_generalError);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);

    for (LookupCombo *combo : {m_offer, m_trafficSource, m_pool})
        connect(combo, &LookupCombo::selectionChanged, this, &EditNumbersDialog::updateSaveButton);
    connect(m_tokens, &TokenValuesEditor::changed, this, &EditNumbersDialog::updateSaveButton);
    return m_form;
}

void EditNumbersDialog::loadCurrent()
{
    const PhoneNumber &number = m_numbers.value(0);
    if (!number.id)
        return;
    m_form->setEnabled(false);
    m_status->setText(tr("Reading the current values…"));
    m_workspace->client()->showNumber(
        ShowNumber{QString::number(*number.id)}, this, [this](const Result<PhoneNumber> &result) {
            m_status->clear();
            if (!result) {
                m_errors->showGeneral(
                    tr("The current values could not be read: %1").arg(result.error().message));
                return;
            }
            fill(result.value());
            m_form->setEnabled(true);
            updateSaveButton();
        });
}

void EditNumbersDialog::fill(const PhoneNumber &number)
{
    m_current = number;
    m_offer->setSelectedId(number.offerId);
    m_trafficSource->setSelectedId(number.trafficSourceId);
    m_pool->setSelectedId(number.ringPoolId);
    m_tokens->setEntries(number.tokenValues);
}

NumberChanges EditNumbersDialog::changes() const
{
    NumberChanges c;
    const QStringList tokens = m_tokens->entries();
    auto tokenValue = [&tokens]() -> std::optional<QStringList> {
        if (tokens.isEmpty())
            return std::nullopt; // sent as null: no token values at all
        return tokens;
    };
    if (isBulk()) {
        if (m_changeOffer->isChecked() && m_offer->selectedId())
            c.offerId = m_offer->selectedId();
        if (m_changeTrafficSource->isChecked())
            c.trafficSourceId = m_trafficSource->selectedId();
        if (m_changePool->isChecked())
            c.ringPoolId = m_pool->selectedId();
        if (m_changeTokens->isChecked())
            c.tokenValues = tokenValue();
        return c;
    }
    if (!m_current)
        return c;
    if (m_offer->selectedId() && m_offer->selectedId() != m_current->offerId)
        c.offerId = m_offer->selectedId();
    if (m_trafficSource->selectedId() != m_current->trafficSourceId)
        c.trafficSourceId = m_trafficSource->selectedId();
    if (m_pool->selectedId() != m_current->ringPoolId)
        c.ringPoolId = m_pool->selectedId();
    if (tokens != m_current->tokenValues)
        c.tokenValues = tokenValue();
    return c;
}

bool EditNumbersDialog::isReady() const
{
    if (!isBulk() && !m_current)
        return false;
    if (!m_tokens->isValid() && (!isBulk() || m_changeTokens->isChecked()))
        return false;
    if (isBulk() && m_changeOffer->isChecked() && !m_offer->selectedId())
        return false;
    return !changes().isEmpty();
}

void EditNumbersDialog::updateSaveButton()
{
    const bool running = m_runner && m_runner->isRunning();
    m_save->setEnabled(isReady() && !running && m_pages->currentWidget() == m_form);
    m_save->setToolTip(changes().isEmpty() ? tr("Nothing is changed yet") : QString());
}

QString EditNumbersDialog::confirmationText(const NumberChanges &c) const
{
    LookupCache *lookups = m_workspace->lookups();
    auto name = [lookups](schema::LookupKind kind, std::optional<qint64> id) {
        if (!id)
            return tr("none");
        const QString label = lookups->name(kind, *id);
        //: A new value in the confirmation: "Home Solar (#103)"
        return label.isEmpty() ? tr("#%1").arg(*id) : tr("%1 (#%2)").arg(label).arg(*id);
    };
    //: One changed field in the confirmation: "Offer → Home Solar (#103)"
    const QString line = tr("%1 → %2");
    QStringList lines;
    if (c.offerId)
        lines << line.arg(tr("Offer"), name(schema::LookupKind::Offers, c.offerId));
    if (c.trafficSourceId)
        lines << line.arg(tr("Traffic source"),
                          name(schema::LookupKind::TrafficSources, *c.trafficSourceId));
    if (c.ringPoolId)
        lines << line.arg(tr("Number pool"), name(schema::LookupKind::RingPools, *c.ringPoolId));
    if (c.tokenValues)
        lines << line.arg(tr("Token values"), *c.tokenValues
                                                  ? (*c.tokenValues)->join(QStringLiteral("; "))
                                                  : tr("none"));
    const int n = int(m_numbers.size());
    return tr("Change these fields for %n numbers on account %1:", nullptr, n)
               .arg(m_workspace->accountDescription()) +
           QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
           tr("Calls to them are routed by the new settings from then on.");
}

void EditNumbersDialog::save()
{
    if (!isReady() || (m_runner && m_runner->isRunning()))
        return;
    const NumberChanges c = changes();
    if (isBulk()) {
        const auto answer = QMessageBox::question(
            this, tr("Change %n Numbers?", nullptr, int(m_numbers.size())), confirmationText(c),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_errors->clear();
    QList<NumberAction> actions;
    for (const PhoneNumber &number : std::as_const(m_numbers)) {
        if (!number.id)
            continue;
        NumberAction action =
            NumberAction::updateOf(QString::number(*number.id), numberLabel(number), c);
        action.before = NumberAction::beforeValues(number, c); // for undo (issue 17)
        actions.append(action);
    }
    Workspace::releaseRunner(m_runner);
    m_runner = m_workspace->createRunner();
    m_runner->setActions(actions);
    connect(m_runner, &ActionRunner::finished, this, &EditNumbersDialog::onRunnerFinished);
    m_progress->setRunner(m_runner);
    if (isBulk()) {
        m_pages->setCurrentWidget(m_progress);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    } else {
        m_form->setEnabled(false);
        m_status->setText(tr("Saving…"));
    }
    m_runner->start();
    updateSaveButton();
}

void EditNumbersDialog::onRunnerFinished()
{
    if (isBulk()) {
        emit finishedWithSummary(m_progress->summaryText());
        return;
    }
    m_form->setEnabled(true);
    m_status->clear();
    const NumberAction &action = m_runner->actions().first();
    if (action.state == NumberAction::State::Succeeded) {
        emit finishedWithSummary(tr("%1 changed.").arg(action.label));
        accept();
        return;
    }
    if (action.error) {
        m_errors->show(*action.error);
        if (action.state == NumberAction::State::OutcomeUnknown)
            m_errors->showGeneral(tr("No answer came back: the change may or may not have been "
                                     "made. Refresh to see the number as it is now."));
    }
    updateSaveButton();
}

} // namespace numdesk
