#include "unrentdialog.h"

#include "actionicons.h"
#include "actionprogressview.h"
#include "actionrunner.h"
#include "apiclient.h"
#include "columncatalog.h"
#include "lookupcache.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace numdesk {

namespace {

constexpr int kDetailRequestsAtOnce = 4;

} // namespace

UnrentDialog::UnrentDialog(Workspace *workspace, const QList<PhoneNumber> &numbers, QWidget *parent,
                           std::optional<FromSnapshot> fromSnapshot)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_numbers(numbers)
    , m_pages(new QStackedWidget(this))
    , m_progress(new ActionProgressView(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_unrent(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_fromSnapshot(std::move(fromSnapshot))
{
    if (m_fromSnapshot)
        m_snapshotRows = numbers;
    const int n = int(numbers.size());
    setObjectName(QStringLiteral("UnrentDialog"));
    setWindowTitle(tr("Unrent %n Number(s)?", nullptr, n));
    m_pages->addWidget(createConfirmation());
    m_pages->addWidget(m_progress);

    m_unrent->setAccessibleName(tr("Unrent"));
    m_unrent->setIcon(actionIcon(QStringLiteral("edit-delete")));
    // Never the default: Enter must not unrent.
    m_unrent->setAutoDefault(false);
    m_unrent->setDefault(false);
    m_cancel->setDefault(true);
    m_buttons->addButton(m_unrent, QDialogButtonBox::DestructiveRole);
    m_buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_unrent, &QPushButton::clicked, this, &UnrentDialog::unrent);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    resize(600, n > 1 ? 520 : 360);
    completeDetails();
    updateTexts();
    updateButton();
}

namespace {

const QString kDeletePrevention = QStringLiteral("delete_prevention");

} // namespace

bool UnrentDialog::isProtected(int row) const
{
    return m_numbers.at(row).value(kDeletePrevention).toBool();
}

bool UnrentDialog::isLeftOut(int row) const
{
    return isProtected(row) || m_gone.contains(row);
}

bool UnrentDialog::isChecked(int row) const
{
    if (m_fromSnapshot)
        return m_checked.contains(row); // a snapshot's values are read again, whatever they say
    return m_numbers.at(row).has(kDeletePrevention) ||
           m_numbers.at(row).extra.contains(kDeletePrevention) || m_checked.contains(row);
}

int UnrentDialog::countToUnrent() const
{
    int count = 0;
    for (int row = 0; row < m_numbers.size(); ++row)
        count += isLeftOut(row) ? 0 : 1;
    return count;
}

void UnrentDialog::updateTexts()
{
    const int n = countToUnrent();
    m_unrent->setText(tr("&Unrent %n Number(s)", nullptr, n));
    m_warning->setText(warningText());
    if (m_countLabel) {
        m_countLabel->setText(tr("To confirm, type the number of numbers to unrent (%1):").arg(n));
        m_count->setPlaceholderText(QString::number(n));
    }
    QStringList protectedNumbers;
    for (int row = 0; row < m_numbers.size(); ++row) {
        if (isProtected(row))
            protectedNumbers << numberLabel(m_numbers.at(row));
    }
    const int all = int(m_numbers.size());
    if (protectedNumbers.isEmpty()) {
        m_protected->hide();
    } else if (protectedNumbers.size() == all) {
        m_protected->setText(
            tr("%1 is protected by delete prevention: the server refuses to unrent it. Turn "
               "delete prevention off on TrackDrive first.",
               nullptr, all)
                .arg(protectedNumbers.join(QStringLiteral(", "))));
        m_protected->show();
    } else {
        m_protected->setText(tr("%1 is protected by delete prevention and is left out: the "
                                "server refuses to unrent it.",
                                nullptr, int(protectedNumbers.size()))
                                 .arg(protectedNumbers.join(QStringLiteral(", "))));
        m_protected->show();
    }
    if (m_changedLabel) {
        m_changedLabel->setText(changedText());
        m_changedLabel->setVisible(!m_changedLabel->text().isEmpty());
    }
}

bool UnrentDialog::allRead() const
{
    for (int row = 0; row < m_numbers.size(); ++row) {
        if (m_numbers.at(row).id && !m_checked.contains(row))
            return false;
    }
    return true;
}

QString UnrentDialog::changedText() const
{
    if (!m_fromSnapshot)
        return {};
    QStringList parts;
    if (!m_changed.isEmpty())
        parts << tr("%n number(s) changed since the snapshot (marked; hover for what changed): "
                    "look at them before you unrent.",
                    nullptr, int(m_changed.size()));
    if (!m_gone.isEmpty())
        parts << tr("%n number(s) are no longer on the account and are left out.", nullptr,
                    int(m_gone.size()));
    if (!allRead())
        parts << tr("Reading the numbers again: %1 of %2…")
                     .arg(m_checked.size())
                     .arg(m_numbers.size());
    return parts.join(QLatin1Char(' '));
}

UnrentDialog::~UnrentDialog()
{
    Workspace::releaseRunner(m_runner);
}

QString UnrentDialog::warningText() const
{
    const int n = countToUnrent();
    return tr("These %n number(s) will be unrented on account %1. Calls to them stop at once and "
              "the number(s) may go to someone else. Their call history is kept.",
              nullptr, n)
        .arg(m_workspace->accountDescription());
}

QWidget *UnrentDialog::createConfirmation()
{
    m_confirmation = new QWidget(this);
    const int n = int(m_numbers.size());
    m_warning = new QLabel(warningText(), m_confirmation);
    m_warning->setWordWrap(true);
    m_warning->setAccessibleName(tr("Warning"));
    m_list = new QTableWidget(n, 3, m_confirmation);
    m_list->setAccessibleName(tr("Numbers to unrent"));
    m_list->setHorizontalHeaderLabels({tr("Number"), tr("Offer"), tr("Number Pool")});
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 180);
    m_list->setColumnWidth(1, 200);
    for (int row = 0; row < n; ++row)
        fillRow(row, m_numbers.at(row));
    m_protected = new QLabel(m_confirmation);
    m_protected->setAccessibleName(tr("Protected"));
    m_protected->setWordWrap(true);
    m_protected->setStyleSheet(QStringLiteral("color: #a94442;"));
    m_protected->hide();

    auto *layout = new QVBoxLayout(m_confirmation);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_fromSnapshot) {
        auto *plan = new QLabel(m_fromSnapshot->plan, m_confirmation);
        plan->setWordWrap(true);
        plan->setAccessibleName(tr("Plan"));
        plan->setStyleSheet(QStringLiteral("font-weight: bold;"));
        layout->addWidget(plan);
        m_changedLabel = new QLabel(m_confirmation);
        m_changedLabel->setAccessibleName(tr("Changed since the snapshot"));
        m_changedLabel->setWordWrap(true);
        m_changedLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    }
    auto *icon = new QLabel(m_confirmation);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_warning, 1);
    layout->addLayout(top);
    layout->addWidget(m_protected);
    if (m_changedLabel)
        layout->addWidget(m_changedLabel);
    layout->addWidget(m_list, 1);
    if (n > 1) {
        auto *typeLabel = new QLabel(m_confirmation);
        m_countLabel = typeLabel;
        m_count = new QLineEdit(m_confirmation);
        m_count->setAccessibleName(tr("Count to confirm"));
        typeLabel->setBuddy(m_count);
        layout->addWidget(typeLabel);
        layout->addWidget(m_count);
        connect(m_count, &QLineEdit::textChanged, this, &UnrentDialog::updateButton);
    }
    return m_confirmation;
}

void UnrentDialog::fillRow(int row, const PhoneNumber &number)
{
    LookupCache *lookups = m_workspace->lookups();
    auto name = [lookups](schema::LookupKind kind, const std::optional<qint64> &id) {
        if (!id)
            return tr("none");
        const QString label = lookups->label(kind, *id);
        return label.isEmpty() ? tr("#%1").arg(*id) : label;
    };
    const bool known = number.has(QStringLiteral("offer_id"));
    const QStringList texts{
        numberLabel(number), known ? name(schema::LookupKind::Offers, number.offerId) : tr("…"),
        known ? name(schema::LookupKind::RingPools, number.ringPoolId) : tr("…")};
    const bool protectedNumber = number.value(QStringLiteral("delete_prevention")).toBool();
    for (int column = 0; column < texts.size(); ++column) {
        auto *item = new QTableWidgetItem(texts.at(column));
        if (protectedNumber) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("Protected by delete prevention: left out"));
        }
        m_list->setItem(row, column, item);
    }
}

void UnrentDialog::completeDetails()
{
    // The table may not have shown the offer or pool columns, and never shows delete
    // prevention: read those numbers, a few at a time, so that the list says what is being
    // unrented and which numbers the server would refuse.
    for (int row = 0; row < m_numbers.size() && m_detailsPending < kDetailRequestsAtOnce; ++row) {
        PhoneNumber &number = m_numbers[row];
        if ((!m_fromSnapshot && number.has(QStringLiteral("offer_id")) && isChecked(row)) ||
            !number.id || m_detailsRequested.contains(row))
            continue;
        m_detailsRequested.insert(row);
        ++m_detailsPending;
        m_workspace->client()->showNumber(
            ShowNumber{QString::number(*number.id)}, this,
            [this, row](const Result<PhoneNumber> &result) {
                --m_detailsPending;
                m_checked.insert(row);
                if (result) {
                    m_numbers[row] = result.value();
                    fillRow(row, result.value());
                    if (m_fromSnapshot)
                        markIfChanged(row);
                } else if (m_fromSnapshot && result.error().kind == ApiError::Kind::NotFound) {
                    m_gone.insert(row);
                    m_list->item(row, 1)->setText(tr("(no longer on the account: left out)"));
                    for (int column = 0; column < m_list->columnCount(); ++column)
                        m_list->item(row, column)
                            ->setFlags(m_list->item(row, column)->flags() & ~Qt::ItemIsEnabled);
                } else {
                    m_list->item(row, 1)->setText(tr("(not read: %1)").arg(result.error().message));
                }
                updateTexts();
                completeDetails();
                updateButton();
                if (m_sendWhenChecked && m_detailsPending == 0)
                    send();
            });
    }
}

void UnrentDialog::markIfChanged(int row)
{
    const PhoneNumber &then = m_snapshotRows.at(row);
    const PhoneNumber &now = m_numbers.at(row);
    LookupCache *lookups = m_workspace->lookups();
    const auto text = [lookups](const QString &key, const QJsonValue &value) {
        if (value.isNull() || value.isUndefined())
            return tr("none");
        for (const schema::LookupKind kind : schema::allLookupKinds()) {
            if (schema::numberForeignKey(kind) == key) {
                const QString label = lookups->label(kind, value.toInteger());
                return label.isEmpty() ? tr("#%1").arg(value.toInteger()) : label;
            }
        }
        return value.isString() ? value.toString() : QString::number(value.toDouble(), 'g', 15);
    };
    QStringList changes;
    for (const QString &key : {QStringLiteral("last_call_at"), QStringLiteral("offer_id"),
                               QStringLiteral("traffic_source_id"), QStringLiteral("ring_pool_id"),
                               QStringLiteral("provider_configuration_id")}) {
        const QJsonValue before = then.value(key);
        const QJsonValue after = now.value(key);
        if (before == after || (before.isUndefined() && after.isNull()))
            continue;
        //: "Last Call At: 2026-09-01T10:00:00Z → 2026-12-04T08:30:00Z"
        changes << tr("%1: %2 → %3").arg(columns::label(key), text(key, before), text(key, after));
    }
    if (changes.isEmpty()) {
        m_changed.remove(row);
        return;
    }
    m_changed.insert(row, changes.join(QLatin1Char('\n')));
    for (int column = 0; column < m_list->columnCount(); ++column) {
        QTableWidgetItem *item = m_list->item(row, column);
        item->setBackground(QColor(0xfc, 0xf0, 0xcf));
        item->setToolTip(tr("Changed since the snapshot:") + QLatin1Char('\n') +
                         m_changed.value(row));
    }
}

void UnrentDialog::updateButton()
{
    const int n = countToUnrent();
    const bool typed = !m_count || m_count->text().trimmed() == QString::number(n);
    const bool running = m_runner && m_runner->isRunning();
    // A snapshot's numbers are confirmed once all are read again and what changed is shown.
    const bool readAgain = !m_fromSnapshot || allRead();
    m_unrent->setEnabled(n > 0 && typed && !running && !m_sendWhenChecked && readAgain &&
                         m_pages->currentWidget() == m_confirmation);
}

void UnrentDialog::unrent()
{
    if (!m_unrent->isEnabled())
        return;
    // Nothing is sent before every number's delete prevention is known.
    bool allChecked = true;
    for (int row = 0; row < m_numbers.size(); ++row)
        allChecked = allChecked && (isChecked(row) || !m_numbers.at(row).id);
    if (!allChecked) {
        m_sendWhenChecked = true;
        updateButton();
        return;
    }
    send();
}

void UnrentDialog::send()
{
    const int before = countToUnrent();
    const bool wasWaiting = std::exchange(m_sendWhenChecked, false);
    // A number found protected while Unrent waited: show it and let the user confirm again.
    if (wasWaiting && m_count && m_count->text().trimmed() != QString::number(before)) {
        updateButton();
        return;
    }
    QList<NumberAction> actions;
    for (int row = 0; row < m_numbers.size(); ++row) {
        const PhoneNumber &number = m_numbers.at(row);
        if (!number.id || isLeftOut(row))
            continue;
        NumberAction action =
            NumberAction::unrentOf(QString::number(*number.id), numberLabel(number));
        // What it had, for re-buying: the journal lists it when its batch is undone.
        action.before = NumberAction::beforeValues(number, std::nullopt);
        actions.append(action);
    }
    if (actions.isEmpty()) {
        updateButton();
        return;
    }
    Workspace::releaseRunner(m_runner);
    m_runner = m_workspace->createRunner();
    m_runner->setActions(actions);
    connect(m_runner, &ActionRunner::finished, this,
            [this] { emit finishedWithSummary(m_progress->summaryText()); });
    m_progress->setRunner(m_runner);
    m_pages->setCurrentWidget(m_progress);
    m_unrent->hide();
    m_cancel->setText(tr("&Close"));
    m_runner->start();
}

} // namespace numdesk
