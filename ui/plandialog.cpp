#include "plandialog.h"

#include "actionprogressview.h"
#include "actionrunner.h"
#include "columncatalog.h"
#include "journal.h"
#include "lookupcache.h"
#include "planfile.h"
#include "planpreview.h"
#include "undoplan.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace numdesk {

namespace {

using Class = PlanPreviewRow::Class;

// A value as the table shows it: an offer, source or pool by its name ("#102" without one).
QString valueText(const QJsonValue &value, const QString &field, const LookupCache *lookups)
{
    if (value.isDouble()) {
        for (const schema::LookupKind kind : schema::allLookupKinds()) {
            if (schema::numberForeignKey(kind) != field)
                continue;
            const QString name = lookups ? lookups->name(kind, value.toInteger()) : QString();
            return name.isEmpty() ? QStringLiteral("#%1").arg(value.toInteger()) : name;
        }
    }
    if (value.isNull() || value.isUndefined())
        return PlanDialog::tr("none");
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &entry : value.toArray())
            parts.append(entry.toString());
        return parts.isEmpty() ? PlanDialog::tr("none") : parts.join(QStringLiteral("; "));
    }
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

QString classText(Class rowClass)
{
    switch (rowClass) {
    case Class::Change:
        return PlanDialog::tr("Will change");
    case Class::Already:
        return PlanDialog::tr("Already so");
    case Class::NotFound:
        return PlanDialog::tr("Not found");
    case Class::Ambiguous:
        return PlanDialog::tr("Ambiguous");
    case Class::Invalid:
        return PlanDialog::tr("Invalid");
    case Class::Duplicate:
        return PlanDialog::tr("Duplicate");
    case Class::ChangedSince:
        return PlanDialog::tr("Changed since");
    case Class::NotUndoable:
        return PlanDialog::tr("Cannot be undone");
    }
    return {};
}

QString changesText(const PlanPreviewRow &row, const LookupCache *lookups)
{
    if (row.action == PlanRow::Action::Unrent && row.rowClass == Class::Change)
        return PlanDialog::tr("Unrent");
    QStringList parts;
    for (const PlanPreviewRow::Change &change : row.changes) {
        //: "Offer: Auto Insurance → Home Solar"
        parts.append(PlanDialog::tr("%1: %2 → %3")
                         .arg(columns::label(change.field),
                              valueText(change.before, change.field, lookups),
                              valueText(change.after, change.field, lookups)));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

PlanDialog::PlanDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_pages(new QStackedWidget(this))
    , m_summary(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_skipInvalid(new QCheckBox(tr("&Skip invalid rows"), this))
    , m_countLabel(new QLabel(this))
    , m_count(new QLineEdit(this))
    , m_progress(new ActionProgressView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Apply Changes from File"));
    resize(860, 520);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setText(tr("Reading the numbers…"));
    m_filter->setAccessibleName(tr("Show"));
    m_filter->addItem(tr("All rows"), -1);
    for (const Class rowClass :
         {Class::Change, Class::Already, Class::NotFound, Class::Ambiguous, Class::Invalid,
          Class::Duplicate, Class::ChangedSince, Class::NotUndoable})
        m_filter->addItem(classText(rowClass), int(rowClass));
    m_table->setAccessibleName(tr("Preview"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("Number"), tr("Class"), tr("Changes"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 50);
    m_table->setColumnWidth(1, 150);
    m_table->setColumnWidth(2, 110);
    m_table->setColumnWidth(3, 300);
    m_skipInvalid->setAccessibleName(tr("Skip invalid rows"));
    m_skipInvalid->setVisible(false);
    m_count->setAccessibleName(tr("Count to unrent"));
    m_countLabel->setBuddy(m_count);
    m_countLabel->setVisible(false);
    m_count->setVisible(false);

    auto *preview = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("S&how:"), preview);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(m_summary, 1);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    previewLayout->addLayout(filterRow);
    previewLayout->addWidget(m_table, 1);
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_skipInvalid);
    confirmRow->addStretch(1);
    confirmRow->addWidget(m_countLabel);
    confirmRow->addWidget(m_count);
    previewLayout->addLayout(confirmRow);
    m_pages->addWidget(preview);
    m_pages->addWidget(m_progress);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    applyButton()->setText(tr("&Apply"));
    applyButton()->setAccessibleName(tr("Apply"));
    applyButton()->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlanDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &PlanDialog::fillTable);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &PlanDialog::updateButton);
    connect(m_count, &QLineEdit::textChanged, this, &PlanDialog::updateButton);
}

PlanDialog::~PlanDialog()
{
    Workspace::releaseRunner(m_runner);
}

QPushButton *PlanDialog::applyButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

bool PlanDialog::isPreviewing() const
{
    return (m_preview && m_preview->isRunning()) || (m_undoPlan && m_undoPlan->isRunning());
}

QString PlanDialog::summaryText() const
{
    return m_summary->text();
}

bool PlanDialog::previewPlan(const QString &path)
{
    m_undo = false;
    setWindowTitle(tr("Apply Changes from %1").arg(QFileInfo(path).fileName()));
    const PlanFile::Parsed plan = PlanFile::readFile(path, m_workspace->defaultCountry());
    if (!plan.ok()) {
        m_summary->setText(plan.error);
        return false;
    }
    m_preview = new PlanPreview(m_workspace->client(), m_workspace->lookups(), this);
    connect(m_preview, &PlanPreview::finished, this, [this] {
        onPreviewed(m_preview->rows(),
                    m_preview->error() ? m_preview->error()->fullText() : QString());
    });
    m_preview->start(plan.rows);
    return true;
}

bool PlanDialog::previewUndo(const QString &batchId)
{
    m_undo = true;
    setWindowTitle(tr("Undo Batch %1").arg(batchId));
    applyButton()->setText(tr("&Undo"));
    applyButton()->setAccessibleName(tr("Undo"));
    m_undoPlan =
        new UndoPlan(m_workspace->client(), m_workspace->journal(), m_workspace->lookups(), this);
    connect(m_undoPlan, &UndoPlan::finished, this, [this] {
        onPreviewed(m_undoPlan->rows(),
                    m_undoPlan->error() ? m_undoPlan->error()->fullText() : QString());
    });
    QString error;
    if (!m_undoPlan->start(batchId, &error)) {
        m_summary->setText(error);
        return false;
    }
    return true;
}

void PlanDialog::onPreviewed(const QList<PlanPreviewRow> &rows, const QString &error)
{
    if (!error.isEmpty()) {
        m_summary->setText(tr("The numbers could not be read: %1").arg(error));
        return;
    }
    m_rows = rows;
    m_summary->setText(PlanPreview::summary(PlanPreview::countsOf(m_rows)));
    m_skipInvalid->setVisible(refusedCount() > 0);
    const int unrents = unrentCount();
    m_countLabel->setVisible(unrents > 0);
    m_count->setVisible(unrents > 0);
    m_countLabel->setText(tr("Type %1 to unrent %n number(s):", nullptr, unrents).arg(unrents));
    fillTable();
    updateButton();
}

void PlanDialog::fillTable()
{
    const int wanted = m_filter->currentData().toInt();
    m_table->setRowCount(0);
    for (const PlanPreviewRow &row : std::as_const(m_rows)) {
        if (wanted >= 0 && int(row.rowClass) != wanted)
            continue;
        const int at = m_table->rowCount();
        m_table->insertRow(at);
        const QStringList cells{row.line > 0 ? QString::number(row.line) : QString(), row.label,
                                classText(row.rowClass), changesText(row, m_workspace->lookups()),
                                row.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(at, column, item);
        }
    }
}

int PlanDialog::refusedCount() const
{
    if (m_undo)
        return 0;
    const PlanPreview::Counts counts = PlanPreview::countsOf(m_rows);
    return counts.value(Class::Invalid) + counts.value(Class::Ambiguous) +
           counts.value(Class::Duplicate);
}

int PlanDialog::unrentCount() const
{
    int count = 0;
    for (const PlanPreviewRow &row : m_rows)
        count += row.rowClass == Class::Change && row.action == PlanRow::Action::Unrent ? 1 : 0;
    return count;
}

void PlanDialog::updateButton()
{
    const bool changes = PlanPreview::countsOf(m_rows).value(Class::Change) > 0;
    const bool allowed = refusedCount() == 0 || m_skipInvalid->isChecked();
    const int unrents = unrentCount();
    const bool confirmed = unrents == 0 || m_count->text().trimmed() == QString::number(unrents);
    applyButton()->setEnabled(!m_runner && changes && allowed && confirmed);
    // Enter applies a plan that only edits; one that unrents takes a click on Apply, as the
    // typed count is what Enter would otherwise send on.
    applyButton()->setAutoDefault(unrents == 0);
    applyButton()->setDefault(unrents == 0);
}

void PlanDialog::apply()
{
    if (!applyButton()->isEnabled())
        return;
    m_runner = m_workspace->createRunner();
    m_runner->setBatch(QString(), m_undo ? QStringLiteral("undo") : QStringLiteral("apply"));
    m_runner->setActions(PlanPreview::actionsFor(m_rows));
    m_progress->setRunner(m_runner);
    m_pages->setCurrentWidget(m_progress);
    applyButton()->setVisible(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    m_runner->start();
}

} // namespace numdesk
