#include "insightspanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

namespace numdesk {

namespace {

constexpr int kSortRole = Qt::UserRole + 1;      // numbers sort as numbers, names as text
constexpr int kReportRowRole = Qt::UserRole + 2; // on the name: the group's row in the report
constexpr int kChartGroups =
    6; // the largest groups in the chart (readable in a dock); the table has all

} // namespace

InsightsPanel::InsightsPanel(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_take(new QPushButton(tr("Take &Snapshot"), this))
    , m_unrentIdle(new QPushButton(tr("&Unrent Idle Numbers…"), this))
    , m_whatChanged(new QPushButton(tr("What &Changed…"), this))
    , m_by(new QComboBox(this))
    , m_idleDays(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    // The view owns a chart given to its constructor. (setChart() would hand the chart the
    // default constructor made back to us, to leak.)
    , m_chart(new QChartView(new QChart, this))
{
    using D = InventoryInsights::Dimension;
    const QList<QPair<D, QString>> dimensions = {
        {D::Offer, tr("Offer")},
        {D::TrafficSource, tr("Traffic source")},
        {D::RingPool, tr("Number pool")},
        {D::Provider, tr("Provider")},
        {D::Country, tr("Country")},
        {D::Type, tr("Local / toll-free")},
        {D::CreatedMonth, tr("Month created")},
    };
    for (const auto &[dimension, label] : dimensions)
        m_by->addItem(label, int(dimension));
    m_by->setAccessibleName(tr("Group by"));
    m_idleDays->setEditable(true);
    m_idleDays->setInsertPolicy(QComboBox::NoInsert);
    m_idleDays->lineEdit()->setValidator(new QIntValidator(1, 36500, m_idleDays));
    for (const int days : {30, 90, 180})
        m_idleDays->addItem(QString::number(days), days);
    m_idleDays->setCurrentIndex(1);
    m_idleDays->setAccessibleName(tr("Idle after days"));
    m_idleDays->setToolTip(tr("A number is idle when its last call is older than this many days "
                              "before the snapshot, or when it was never called. Type any "
                              "number of days."));

    m_header->setWordWrap(true);
    m_header->setAccessibleName(tr("Snapshot"));
    m_take->setAccessibleName(tr("Take Snapshot"));
    m_take->setAutoDefault(false);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Idle numbers"));
    m_summary->setTextFormat(Qt::RichText);
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("idle"))
            requestView(-1, true, false);
        else if (link == QLatin1String("never"))
            requestView(-1, false, true);
        else
            emit pricesRequested();
    });
    connect(m_take, &QPushButton::clicked, this, &InsightsPanel::takeSnapshotRequested);
    m_whatChanged->setAccessibleName(tr("What Changed"));
    m_whatChanged->setToolTip(tr("The numbers added, removed and changed between two snapshots"));
    m_whatChanged->setAutoDefault(false);
    m_whatChanged->setEnabled(false);
    connect(m_whatChanged, &QPushButton::clicked, this, &InsightsPanel::whatChangedRequested);
    m_unrentIdle->setAccessibleName(tr("Unrent Idle Numbers"));
    m_unrentIdle->setToolTip(tr("The idle numbers of this snapshot, read again live, to unrent "
                                "after a confirmation"));
    m_unrentIdle->setAutoDefault(false);
    m_unrentIdle->setEnabled(false);
    connect(m_unrentIdle, &QPushButton::clicked, this, [this] {
        if (m_shown)
            emit unrentIdleRequested(m_shown->id, m_shownIdleDays);
    });

    m_model->setHorizontalHeaderLabels({tr("Group"), tr("Numbers"), tr("Idle"), tr("Never called"),
                                        tr("Monthly cost"), tr("Idle cost")});
    m_model->setSortRole(kSortRole);
    m_table->setModel(m_model);
    m_table->setToolTip(tr("Click a group to see its numbers, an idle count to see its idle ones"));
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const int row = m_model->index(index.row(), NameColumn).data(kReportRowRole).toInt();
        requestView(row, index.column() == IdleColumn || index.column() == IdleCostColumn,
                    index.column() == NeverCalledColumn);
    });
    m_table->setAccessibleName(tr("Groups"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CountColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    QChart *chart = m_chart->chart();
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(260, 160);
    m_chart->setAccessibleName(tr("Largest groups"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Group &by:"), this));
    qobject_cast<QLabel *>(controls->itemAt(0)->widget())->setBuddy(m_by);
    controls->addWidget(m_by);
    auto *idleLabel = new QLabel(tr("&Idle after (days):"), this);
    idleLabel->setBuddy(m_idleDays);
    controls->addWidget(idleLabel);
    controls->addWidget(m_idleDays);
    controls->addStretch(1);
    controls->addWidget(m_whatChanged);
    controls->addWidget(m_unrentIdle);
    controls->addWidget(m_take);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_by, &QComboBox::currentIndexChanged, this, &InsightsPanel::reload);
    connect(m_idleDays, &QComboBox::currentIndexChanged, this, &InsightsPanel::reload);
    connect(m_idleDays->lineEdit(), &QLineEdit::editingFinished, this, &InsightsPanel::reload);
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        present(m_watcher.result());
        m_loading = false;
        if (m_reloadPending) {
            m_reloadPending = false;
            reload();
        }
    });
    m_header->setText(tr("No snapshot file yet."));
}

InsightsPanel::~InsightsPanel()
{
    m_watcher.waitForFinished(); // the worker reads members' copies only; let it end
}

void InsightsPanel::setStore(const QString &storePath, const MonthlyPrices &prices)
{
    m_storePath = storePath;
    m_prices = prices;
    reload();
}

int InsightsPanel::idleDays() const
{
    bool ok = false;
    const int days = m_idleDays->currentText().trimmed().toInt(&ok);
    return ok && days > 0 ? days : 90;
}

void InsightsPanel::reload()
{
    if (m_storePath.isEmpty())
        return;
    if (m_loading) {
        m_reloadPending = true; // the newest choice wins once this read ends
        return;
    }
    m_loading = true;
    const auto by = InventoryInsights::Dimension(m_by->currentData().toInt());
    m_watcher.setFuture(
        QtConcurrent::run(&InsightsPanel::load, m_storePath, by, idleDays(), m_prices));
}

InsightsPanel::Loaded InsightsPanel::load(const QString &path, InventoryInsights::Dimension by,
                                          int idleDays, const MonthlyPrices &prices)
{
    Loaded loaded;
    loaded.idleDays = idleDays;
    loaded.by = by;
    SnapshotStore store; // a connection of this thread's own
    if (!store.open(path, &loaded.error))
        return loaded;
    const QList<SnapshotInfo> all = store.list();
    loaded.snapshotCount = all.size();
    if (!all.isEmpty())
        loaded.snapshot = all.first();
    if (!loaded.snapshot)
        return loaded;
    std::optional<InsightReport> report =
        InventoryInsights::ofSnapshot(&store, *loaded.snapshot, by, idleDays, prices);
    if (!report) {
        loaded.error = tr("The snapshot could not be read.");
        loaded.snapshot.reset();
        return loaded;
    }
    loaded.report = std::move(*report);
    return loaded;
}

QString InsightsPanel::money(double amount) const
{
    return QLocale().toString(amount, 'f', 2);
}

void InsightsPanel::present(const Loaded &loaded)
{
    const QLocale locale;
    m_model->removeRows(0, m_model->rowCount());
    m_shown = loaded.snapshot;
    m_shownIdleDays = loaded.idleDays;
    m_shownBy = loaded.by;
    m_shownGroups = loaded.report.groups;
    m_unrentIdle->setEnabled(loaded.snapshot && loaded.report.idle > 0);
    m_whatChanged->setEnabled(loaded.snapshotCount >= 2);
    if (!loaded.snapshot) {
        m_header->setStyleSheet(QString());
        m_header->setText(loaded.error.isEmpty()
                              ? tr("No snapshot of this account yet. Take Snapshot reads every "
                                   "number once and keeps it, to count and compare.")
                              : tr("The snapshots cannot be read: %1").arg(loaded.error));
        m_summary->clear();
        fillChart({});
        return;
    }
    const SnapshotInfo &info = *loaded.snapshot;
    const InsightReport &report = loaded.report;
    QString header = tr("Snapshot of %1 — %Ln number(s)", nullptr, int(info.count))
                         .arg(locale.toString(info.takenAt.toLocalTime(), QLocale::ShortFormat));
    if (!info.verified) {
        header += QStringLiteral(" — ") +
                  tr("not verified: the numbers kept changing while it was read, so it may miss "
                     "or repeat some");
        m_header->setStyleSheet(QStringLiteral("font-weight: bold; color: #8a5a00;"));
    } else {
        m_header->setStyleSheet(QString());
    }
    m_header->setText(header);

    // The counts are links to those numbers.
    QString summary =
        tr("%1 of %Ln number(s) idle (no call in %2 days), %3 never called.", nullptr,
           int(report.total))
            .arg(QStringLiteral("<a href=\"idle\">%1</a>").arg(locale.toString(report.idle)))
            .arg(loaded.idleDays)
            .arg(QStringLiteral("<a href=\"never\">%1</a>")
                     .arg(locale.toString(report.neverCalled)));
    if (report.idleMonthlyCost)
        summary += QLatin1Char(' ') +
                   tr("Idle numbers cost %1 per month (all numbers: %2).")
                       .arg(money(*report.idleMonthlyCost), money(report.monthlyCost.value_or(0)));
    else
        summary += QStringLiteral(" <a href=\"prices\">%1</a>").arg(tr("Set prices to see cost"));
    m_summary->setText(summary);

    m_table->setSortingEnabled(false); // fill, then sort once
    for (qsizetype at = 0; at < report.groups.size(); ++at) {
        const InsightGroup &group = report.groups.at(at);
        QList<QStandardItem *> items;
        auto *name = new QStandardItem(group.name.isEmpty() ? tr("(none)") : group.name);
        name->setData(group.name, kSortRole);
        name->setData(int(at), kReportRowRole);
        name->setToolTip(group.key.isEmpty() ? tr("Numbers without one") : group.key);
        items << name;
        for (const qint64 value : {group.count, group.idle, group.neverCalled}) {
            auto *item = new QStandardItem(locale.toString(value));
            item->setData(value, kSortRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        for (const std::optional<double> &cost : {group.monthlyCost, group.idleMonthlyCost}) {
            auto *item = new QStandardItem(cost ? money(*cost) : QString());
            item->setData(cost.value_or(-1), kSortRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items << item;
        }
        m_model->appendRow(items);
    }
    m_table->setSortingEnabled(true);
    m_table->setColumnHidden(CostColumn, !report.monthlyCost);
    m_table->setColumnHidden(IdleCostColumn, !report.idleMonthlyCost);
    fillChart(report);
}

void InsightsPanel::requestView(int reportRow, bool idleOnly, bool neverCalledOnly)
{
    if (!m_shown || reportRow >= m_shownGroups.size())
        return;
    SnapshotScope scope;
    QStringList title;
    if (reportRow >= 0) {
        const InsightGroup &group = m_shownGroups.at(reportRow);
        scope.by = m_shownBy;
        scope.key = group.key;
        const int byIndex = m_by->findData(int(m_shownBy));
        //: the snapshot view of one group: "Offer: Solar"
        title << tr("%1: %2").arg(m_by->itemText(byIndex),
                                  group.name.isEmpty() ? tr("(none)") : group.name);
    }
    if (neverCalledOnly) {
        scope.neverCalled = true;
        title << tr("never called");
    } else if (idleOnly) {
        scope.idleDays = m_shownIdleDays;
        title << tr("idle for %Ln day(s)", nullptr, m_shownIdleDays);
    }
    emit snapshotViewRequested(m_shown->id, scope, title.join(QStringLiteral(", ")));
}

void InsightsPanel::fillChart(const InsightReport &report)
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis); // gives it back: ours to delete
        delete axis;
    }
    if (report.groups.isEmpty()) {
        m_chart->setToolTip(QString());
        return;
    }
    // The largest groups, the largest at the top (a horizontal bar chart draws its first
    // category at the bottom).
    const qsizetype shown = qMin<qsizetype>(kChartGroups, report.groups.size());
    auto *active = new QBarSet(tr("Called recently"));
    auto *idle = new QBarSet(tr("Idle"));
    active->setColor(QColor(0x42, 0x85, 0xf4));
    idle->setColor(QColor(0xf2, 0x9d, 0x38));
    QStringList categories;
    qint64 largest = 0;
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const InsightGroup &group = report.groups.at(i);
        QString name = group.name.isEmpty() ? tr("(none)") : group.name;
        if (name.size() > 20)
            name = name.left(19) + QChar(0x2026);
        // Two groups may share a name (two offers called the same): a category each.
        while (categories.contains(name))
            name += QChar(0x200B);
        categories << name;
        *active << double(group.count - group.idle);
        *idle << double(group.idle);
        largest = qMax(largest, group.count);
    }
    // A bar shows its group's numbers; its idle part, the idle ones.
    connect(active, &QBarSet::clicked, this,
            [this, shown](int index) { requestView(int(shown - 1 - index), false, false); });
    connect(idle, &QBarSet::clicked, this,
            [this, shown](int index) { requestView(int(shown - 1 - index), true, false); });
    auto *series = new QHorizontalStackedBarSeries;
    series->append(active);
    series->append(idle);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    names->setTruncateLabels(false); // shortened above; "…" alone says nothing
    QFont small = names->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    names->setLabelsFont(small);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *counts = new QValueAxis;
    counts->setRange(0, double(qMax<qint64>(largest, 1)));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->applyNiceNumbers();
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    // In a dock every pixel of height is a bar: the note goes in the tooltip, not a title.
    m_chart->setToolTip(report.groups.size() > shown
                            ? tr("The %1 largest of %2 groups").arg(shown).arg(report.groups.size())
                            : QString());
}

QString InsightsPanel::headerText() const
{
    return m_header->text();
}

QString InsightsPanel::summaryText() const
{
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText(); // as read
}

} // namespace numdesk
