#include "activitypanel.h"

#include "batchgroupmodel.h"
#include "journal.h"
#include "journalmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace numdesk {

namespace {

// Rows that need checking get an amber background with dark text (readable on light and dark
// palettes alike); failed outcomes are bold.
class ActivityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(JournalModel::NeedsCheckingRole).toBool()) {
            option->backgroundBrush = QColor(0xff, 0xe0, 0x82);
            option->palette.setColor(QPalette::Text, Qt::black);
            option->palette.setColor(QPalette::HighlightedText, Qt::black);
        }
        if (index.column() == JournalModel::OutcomeColumn &&
            index.data(JournalModel::FailedRole).toBool())
            option->font.setBold(true);
    }
};

} // namespace

ActivityPanel::ActivityPanel(Journal *journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_model(new JournalModel(journal, this))
    , m_groups(new BatchGroupModel(m_model, this))
    , m_header(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_undo(new QPushButton(tr("&Undo Batch…"), this))
{
    m_view->setModel(m_groups);
    m_view->setItemDelegate(new ActivityDelegate(m_view));
    m_view->setAccessibleName(tr("Activity"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setExpandsOnDoubleClick(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(JournalModel::TimeColumn, 185);
    m_view->setColumnWidth(JournalModel::ActionColumn, 120);
    m_view->setColumnWidth(JournalModel::NumberColumn, 150);
    m_view->setColumnWidth(JournalModel::AccountColumn, 90);
    m_view->setColumnWidth(JournalModel::OutcomeColumn, 170);
    m_view->setColumnWidth(JournalModel::BatchColumn, 80);
    m_header->setWordWrap(true);
    m_header->setToolTip(journal->filePath());
    m_header->setAccessibleName(tr("Activity summary"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    // Issue 17: every action belongs to a batch; Undo takes the selected one's batch back.
    m_undo->setAccessibleName(tr("Undo Batch"));
    m_undo->setToolTip(tr("Put back what the selected action's batch changed, where the numbers "
                          "still have its values"));
    m_undo->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    layout->addLayout(buttons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_undo->setEnabled(!selectedBatch().isEmpty()); });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const QString batch = selectedBatch();
        if (!batch.isEmpty())
            emit undoBatchRequested(batch);
    });

    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QVariant id = index.data(JournalModel::NumberIdRole);
        if (id.isValid())
            emit showNumberRequested(id.toLongLong());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityPanel::updateHeader);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActivityPanel::updateHeader);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityPanel::updateHeader);
    connect(journal, &Journal::writeFailed, this, [this](const QString &message) {
        m_writeError = message;
        updateHeader();
    });
    updateHeader();
}

QString ActivityPanel::selectedBatch() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(JournalModel::BatchRole).toString();
}

QString ActivityPanel::headerText() const
{
    return m_header->text();
}

void ActivityPanel::updateHeader()
{
    const int check = m_model->needsCheckingCount();
    QString text =
        check > 0 ? tr("%n action(s) with unknown outcome — check the account.", nullptr, check)
                  : tr("%n action(s) in the journal.", nullptr, m_model->rowCount());
    if (m_journal->unreadableLines() > 0)
        text += QLatin1Char(' ') +
                tr("%n unreadable line(s) were skipped.", nullptr, m_journal->unreadableLines());
    if (!m_journal->archivedTo().isEmpty())
        text += QLatin1Char(' ') + tr("Older actions are kept in %1.").arg(m_journal->archivedTo());
    if (!m_journal->archivingError().isEmpty())
        text += QLatin1Char(' ') + m_journal->archivingError();
    if (!m_writeError.isEmpty()) {
        // Actions may not be on record: that outranks every count.
        m_header->setStyleSheet(QStringLiteral("color: #d32f2f; font-weight: bold;"));
        m_header->setText(m_writeError + QLatin1Char(' ') + text);
        return;
    }
    m_header->setStyleSheet(check > 0 ? QStringLiteral("font-weight: bold;") : QString());
    m_header->setText(text);
}

} // namespace numdesk
