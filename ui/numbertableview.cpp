#include "numbertableview.h"

#include "columncatalog.h"
#include "numbertablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace numdesk {

NumberTableView::NumberTableView(QWidget *parent)
    : QTableView(parent)
    , m_empty(new QWidget(viewport()))
    , m_emptyText(new QLabel(m_empty))
    , m_emptyClear(new QPushButton(tr("C&lear Filters"), m_empty))
{
    // Over the empty table, not in a row: an empty result is said, with the way out.
    m_empty->setObjectName(QStringLiteral("emptyResult"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyClear, 0, Qt::AlignHCenter);
    m_empty->hide();
    connect(m_emptyClear, &QPushButton::clicked, this, &NumberTableView::clearFiltersRequested);

    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSortingEnabled(false); // the model decides whether it can sort; see MainWindow
    setAccessibleName(tr("Phone numbers"));
    // Fixed-height rows: with ResizeToContents the view would measure every one of a million rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->hide();
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                QMenu menu(this);
                fillColumnsMenu(&menu);
                menu.exec(horizontalHeader()->mapToGlobal(pos));
            });
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] { rememberWidths(); });
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this,
            [this] { emit columnsChanged(visibleColumns()); });
}

void NumberTableView::setNumberModel(NumberTableModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &NumberTableView::applyWidths);
    applyWidths();
}

QStringList NumberTableView::visibleColumns() const
{
    QStringList keys;
    if (!m_model)
        return keys;
    const QStringList logical = m_model->columns();
    for (int visual = 0; visual < horizontalHeader()->count(); ++visual) {
        const int index = horizontalHeader()->logicalIndex(visual);
        if (index >= 0 && index < logical.size())
            keys << logical.at(index);
    }
    return keys;
}

void NumberTableView::setVisibleColumns(const QStringList &keys)
{
    rememberWidths();
    applyColumns(keys);
}

void NumberTableView::applyColumns(const QStringList &keys)
{
    if (!m_model)
        return;
    QStringList known;
    for (const QString &key : keys) {
        if (columns::isKnown(key) && !known.contains(key))
            known << key;
    }
    if (known.isEmpty())
        known = columns::defaultVisible();
    // The model's column order becomes the visual order; the header starts unmoved again.
    horizontalHeader()->blockSignals(true);
    for (int logical = 0; logical < horizontalHeader()->count(); ++logical)
        horizontalHeader()->moveSection(horizontalHeader()->visualIndex(logical), logical);
    horizontalHeader()->blockSignals(false);
    m_model->setColumns(known);
    applyWidths();
    emit columnsChanged(known);
}

void NumberTableView::fillColumnsMenu(QMenu *menu)
{
    const QStringList shown = visibleColumns();
    for (const QString &key : columns::all()) {
        QAction *action = menu->addAction(columns::label(key));
        action->setCheckable(true);
        action->setChecked(shown.contains(key));
        // The last visible column cannot be hidden: a table needs one.
        action->setEnabled(!(shown.size() == 1 && shown.contains(key)));
        connect(action, &QAction::toggled, this, [this, key](bool on) {
            QStringList keys = visibleColumns();
            if (on && !keys.contains(key))
                keys << key;
            else if (!on)
                keys.removeAll(key);
            setVisibleColumns(keys);
        });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset Columns"));
    connect(reset, &QAction::triggered, this, [this] {
        m_widths.clear();
        setVisibleColumns(columns::defaultVisible());
    });
}

void NumberTableView::rememberWidths()
{
    if (!m_model)
        return;
    const QStringList logical = m_model->columns();
    for (int i = 0; i < logical.size() && i < horizontalHeader()->count(); ++i) {
        if (horizontalHeader()->sectionSize(i) > 0)
            m_widths.insert(logical.at(i), horizontalHeader()->sectionSize(i));
    }
}

void NumberTableView::applyWidths()
{
    if (!m_model)
        return;
    const QStringList logical = m_model->columns();
    QSignalBlocker blocker(horizontalHeader());
    for (int i = 0; i < logical.size(); ++i) {
        const int width = m_widths.value(logical.at(i), 0);
        if (width > 0)
            horizontalHeader()->resizeSection(i, width);
        else
            horizontalHeader()->resizeSection(
                i, columns::kind(logical.at(i)) == columns::Kind::Integer ? 80 : 150);
    }
}

void NumberTableView::saveLayout(QSettings &settings) const
{
    const_cast<NumberTableView *>(this)->rememberWidths();
    settings.setValue(QStringLiteral("table/columns"), visibleColumns());
    QVariantMap widths;
    for (auto it = m_widths.begin(); it != m_widths.end(); ++it)
        widths.insert(it.key(), it.value());
    settings.setValue(QStringLiteral("table/widths"), widths);
}

void NumberTableView::restoreLayout(const QSettings &settings)
{
    const QVariantMap widths = settings.value(QStringLiteral("table/widths")).toMap();
    m_widths.clear();
    for (auto it = widths.begin(); it != widths.end(); ++it)
        m_widths.insert(it.key(), it.value().toInt());
    // Not setVisibleColumns(): that would first take the widths of the header as it is now.
    applyColumns(
        settings.value(QStringLiteral("table/columns"), columns::defaultVisible()).toStringList());
}

QString NumberTableView::selectionAsText(bool withHeaders) const
{
    const QModelIndexList indexes =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (indexes.isEmpty())
        return {};
    QList<int> rows;
    QList<int> visualColumns;
    for (const QModelIndex &index : indexes) {
        if (!rows.contains(index.row()))
            rows << index.row();
        const int visual = horizontalHeader()->visualIndex(index.column());
        if (!visualColumns.contains(visual))
            visualColumns << visual;
    }
    std::sort(rows.begin(), rows.end());
    std::sort(visualColumns.begin(), visualColumns.end());
    auto clean = [](QString text) {
        return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList lines;
    if (withHeaders) {
        QStringList header;
        for (int visual : visualColumns)
            header << clean(
                model()
                    ->headerData(horizontalHeader()->logicalIndex(visual), Qt::Horizontal)
                    .toString());
        lines << header.join(QLatin1Char('\t'));
    }
    for (int row : rows) {
        QStringList cells;
        for (int visual : visualColumns) {
            const QModelIndex index = model()->index(row, horizontalHeader()->logicalIndex(visual));
            if (!selectionModel()->isSelected(index)) {
                cells << QString();
                continue;
            }
            // Numbers are copied in E.164, the form every other tool accepts; the rest as shown.
            const QString key = m_model ? m_model->columns().value(index.column()) : QString();
            const int role =
                columns::kind(key) == columns::Kind::Number ? Qt::EditRole : Qt::DisplayRole;
            cells << clean(index.data(role).toString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void NumberTableView::copySelection(bool withHeaders)
{
    const QString text = selectionAsText(withHeaders);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

QList<qint64> NumberTableView::selectedIds() const
{
    QList<qint64> ids;
    if (!selectionModel())
        return ids;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows) {
        const QVariant id = index.data(NumberTableModel::RecordIdRole);
        if (id.isValid())
            ids << id.toLongLong();
    }
    return ids;
}

void NumberTableView::setEmptyText(const QString &text, bool offerClearFilters)
{
    m_emptyText->setText(text);
    m_emptyClear->setVisible(offerClearFilters);
    m_empty->setVisible(!text.isEmpty());
    placeEmptyNotice();
}

QString NumberTableView::emptyText() const
{
    return m_empty->isVisible() ? m_emptyText->text() : QString();
}

void NumberTableView::placeEmptyNotice()
{
    const QSize size = m_empty->sizeHint().expandedTo(QSize(320, 0));
    const QRect area = viewport()->rect();
    m_empty->setGeometry(QRect(QPoint(area.center().x() - size.width() / 2,
                                      area.top() + qMin(80, area.height() / 4)),
                               size)
                             .intersected(area));
}

void NumberTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    placeEmptyNotice();
}

QItemSelectionModel::SelectionFlags NumberTableView::selectionCommand(const QModelIndex &index,
                                                                      const QEvent *event) const
{
    // Ctrl+Home and Ctrl+End jump like Home and End, taking the selection along. Qt keeps the
    // selection for every Ctrl key, which left the highlighted row, Details and the actions on
    // a row the current row had left. (Ctrl+arrows still move without selecting, and
    // Ctrl+Space picks rows, as in every list.)
    if (event && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Home || key->key() == Qt::Key_End) &&
            key->modifiers() == Qt::ControlModifier)
            return QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
    }
    return QTableView::selectionCommand(index, event);
}

void NumberTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection(false);
        return;
    }
    if (event->key() == Qt::Key_C &&
        event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)) {
        copySelection(true);
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace numdesk
