#include "snapshotviewwindow.h"

#include "actionicons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace numdesk {

SnapshotViewWindow::SnapshotViewWindow(const QString &title, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_title(title)
    , m_model(new SnapshotTableModel(this))
    , m_bar(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_filterDelay(new QTimer(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_unrent(new QPushButton(tr("&Unrent…"), this))
{
    setObjectName(QStringLiteral("snapshotView"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1100, 640);

    m_bar->setObjectName(QStringLiteral("snapshotBar"));
    m_bar->setWordWrap(true);
    m_bar->setAutoFillBackground(true);
    m_bar->setMargin(8);
    m_bar->setBackgroundRole(QPalette::ToolTipBase);
    m_bar->setForegroundRole(QPalette::ToolTipText);

    m_filter->setPlaceholderText(tr("Filter: number, name, offer, source, pool…"));
    m_filter->setClearButtonEnabled(true);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this,
            [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterDelay->stop();
        m_model->setFilterText(m_filter->text());
    });

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_edit->setIcon(actionIcon(QStringLiteral("document-edit")));
    m_unrent->setIcon(actionIcon(QStringLiteral("edit-delete")));
    m_edit->setToolTip(tr("Edit the selected numbers: their current values are read live"));
    m_unrent->setToolTip(
        tr("Unrent the selected numbers: each is read live first, and changes are shown"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_unrent, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const QList<PhoneNumber> numbers = selectedNumbers();
        if (!numbers.isEmpty())
            emit editRequested(numbers);
    });
    connect(m_unrent, &QPushButton::clicked, this, [this] {
        const QList<PhoneNumber> numbers = selectedNumbers();
        if (!numbers.isEmpty())
            emit unrentRequested(numbers, planText(int(numbers.size())));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_model, &SnapshotTableModel::loadingChanged, this, &SnapshotViewWindow::updateBar);
    connect(m_model, &SnapshotTableModel::resolved, this, &SnapshotViewWindow::updateBar);
    connect(m_model, &SnapshotTableModel::errorOccurred, this, [this](const QString &message) {
        m_status->setText(tr("The snapshot cannot be read: %1").arg(message));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SnapshotViewWindow::updateButtons);
    // Columns as wide as the first rows need (only the rows on screen are measured).
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) {
                if (first == 0 && !m_sized) {
                    m_sized = true;
                    m_table->resizeColumnsToContents();
                    for (int column = 0; column < m_model->columnCount(); ++column)
                        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 320));
                }
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SnapshotViewWindow::updateButtons);
    updateButtons();
}

SnapshotViewWindow::~SnapshotViewWindow() = default;

bool SnapshotViewWindow::open(const QString &storePath, qint64 snapshot, const SnapshotScope &scope,
                              const QStringList &columns, QString *error)
{
    if (!columns.isEmpty())
        m_model->setColumns(columns);
    if (!m_model->open(storePath, snapshot, scope, error))
        return false;
    updateBar();
    return true;
}

QString SnapshotViewWindow::barText() const
{
    return m_bar->text();
}

void SnapshotViewWindow::updateBar()
{
    const SnapshotInfo &info = m_model->info();
    const QString when = QLocale().toString(info.takenAt.toLocalTime(), QLocale::ShortFormat);
    const int rows = m_model->rowCount();
    //: The snapshot view's bar: "Snapshot of 3 Dec 14:02 — 212 numbers — live values may
    //: differ"
    QString text =
        m_model->isLoading()
            ? tr("Snapshot of %1 — reading… — live values may differ").arg(when)
            : tr("Snapshot of %1 — %Ln number(s) — live values may differ", nullptr, rows)
                  .arg(when);
    if (!m_title.isEmpty())
        text = m_title + QStringLiteral(" · ") + text;
    if (!info.verified)
        text += QStringLiteral(" — ") +
                tr("this snapshot's read was not verified: it may miss or repeat numbers");
    m_bar->setText(text);
    setWindowTitle(m_title.isEmpty() ? tr("Snapshot of %1").arg(when)
                                     : tr("%1 — Snapshot of %2").arg(m_title, when));
}

void SnapshotViewWindow::updateButtons()
{
    const bool any = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    m_edit->setEnabled(any);
    m_unrent->setEnabled(any);
}

QList<PhoneNumber> SnapshotViewWindow::selectedNumbers() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<PhoneNumber> numbers;
    for (const int row : std::as_const(rows)) {
        if (const std::optional<PhoneNumber> number = m_model->numberAt(row); number && number->id)
            numbers.append(*number);
    }
    return numbers;
}

QString SnapshotViewWindow::planText(int count) const
{
    const QString when =
        QLocale().toString(m_model->info().takenAt.toLocalTime(), QLocale::ShortFormat);
    //: "2 numbers chosen in the snapshot of 3 Dec 2026 14:02 (Offer: Solar, idle for 90 days)."
    QString text = m_title.isEmpty()
                       ? tr("%Ln number(s) chosen in the snapshot of %1.", nullptr, count).arg(when)
                       : tr("%Ln number(s) chosen in the snapshot of %1 (%2).", nullptr, count)
                             .arg(when, m_title);
    return text + QLatin1Char(' ') + tr("Each is read again live before anything is sent.");
}

} // namespace numdesk
