#pragma once

#include "inventoryinsights.h"
#include "snapshotstore.h"
#include "snapshottablemodel.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace numdesk {

// The Insights dock (issue 15): the latest snapshot of the account counted by offer, traffic
// source, pool, provider, country, local / toll-free or created month, with its idle and never
// called numbers and, where the user entered monthly prices, what they cost; as a sortable table
// and a bar chart (Qt Charts) of the largest groups, idle and active.
//
// The snapshot is read and counted on a worker thread (a SnapshotStore connection of its own):
// a 1,000,000-number snapshot never stalls the window.
class InsightsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InsightsPanel(QWidget *parent = nullptr);
    ~InsightsPanel() override;

    // The profile's snapshot file and the prices to count costs with; reloads.
    void setStore(const QString &storePath, const MonthlyPrices &prices);
    bool hasStore() const { return !m_storePath.isEmpty(); }
    QString storePath() const { return m_storePath; }
    // Reads the latest snapshot again (after a new one was taken).
    void reload();

    // From reload() until what it read is shown.
    bool isLoading() const { return m_loading; }
    QString headerText() const;
    QString summaryText() const; // plain text, without its links
    QStandardItemModel *groupModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *groupByCombo() const { return m_by; }
    QComboBox *idleDaysCombo() const { return m_idleDays; }
    QChartView *chartView() const { return m_chart; }
    QPushButton *takeSnapshotButton() const { return m_take; }
    QPushButton *unrentIdleButton() const { return m_unrentIdle; }
    QPushButton *whatChangedButton() const { return m_whatChanged; }
    // The snapshot shown, and the idle days it was counted with.
    std::optional<SnapshotInfo> shownSnapshot() const { return m_shown; }
    int shownIdleDays() const { return m_shownIdleDays; }

    enum Column
    {
        NameColumn,
        CountColumn,
        IdleColumn,
        NeverCalledColumn,
        CostColumn,
        IdleCostColumn,
        ColumnCount
    };

signals:
    void takeSnapshotRequested();
    void pricesRequested(); // "Set prices to see cost"
    // "Unrent Idle Numbers…": the idle numbers of `snapshot` at `idleDays`.
    void unrentIdleRequested(qint64 snapshot, int idleDays);
    void whatChangedRequested(); // compare two snapshots
    // A group, an idle bucket or a bar was clicked: show those numbers of `snapshot`, in a view
    // titled `title` ("Offer: Solar, idle for 90 days").
    void snapshotViewRequested(qint64 snapshot, const numdesk::SnapshotScope &scope,
                               const QString &title);

private:
    struct Loaded
    {
        std::optional<SnapshotInfo> snapshot;
        InsightReport report;
        int idleDays = 0;
        InventoryInsights::Dimension by = InventoryInsights::Dimension::Offer;
        qint64 snapshotCount = 0; // how many the store holds
        QString error;
    };
    static Loaded load(const QString &path, InventoryInsights::Dimension by, int idleDays,
                       const MonthlyPrices &prices);
    void present(const Loaded &loaded);
    void fillChart(const InsightReport &report);
    int idleDays() const;
    // Asks for the snapshot view of the shown snapshot's group at `row` of the report (-1: every
    // number), its idle or never-called numbers only when told.
    void requestView(int reportRow, bool idleOnly, bool neverCalledOnly);
    QString money(double amount) const;

    QString m_storePath;
    MonthlyPrices m_prices;
    QFutureWatcher<Loaded> m_watcher;
    bool m_reloadPending = false;
    bool m_loading = false;
    QLabel *m_header;
    QPushButton *m_take;
    QPushButton *m_unrentIdle;
    QPushButton *m_whatChanged;
    std::optional<SnapshotInfo> m_shown;
    int m_shownIdleDays = 0;
    InventoryInsights::Dimension m_shownBy = InventoryInsights::Dimension::Offer;
    QList<InsightGroup> m_shownGroups; // the report's groups, in its order
    QComboBox *m_by;
    QComboBox *m_idleDays;
    QLabel *m_summary;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QChartView *m_chart;
};

} // namespace numdesk
