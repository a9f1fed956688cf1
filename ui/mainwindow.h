#pragma once

#include "apierror.h"
#include "apischema.h"
#include "phonenumber.h"
#include "preferencesstore.h"
#include "requests.h"
#include "snapshottaker.h"

#include <QMainWindow>
#include <QSet>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;

namespace numdesk {

class AccountSwitcher;
class ActivityPanel;
class InsightsPanel;
class SnapshotViewWindow;
struct SnapshotScope;
class PreferencesDialog;
class ProfileSwitcher;
class DetailsPanel;
class ErrorBanner;
class FilterBar;
class NumberTableView;
class Workspace;

// The screen operators live in: filter bar, the inventory table, the details dock, the status
// bar. It works on a Workspace (client, lookups, table model) and never builds a URL.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    FilterBar *filterBar() const { return m_filterBar; }
    NumberTableView *tableView() const { return m_table; }
    DetailsPanel *detailsPanel() const { return m_details; }
    ActivityPanel *activityPanel() const { return m_activity; }
    InsightsPanel *insightsPanel() const { return m_insights; }
    AccountSwitcher *accounts() const { return m_accounts; }
    ProfileSwitcher *profileSwitcher() const { return m_switcher; }
    ErrorBanner *errorBanner() const { return m_banner; }
    QString statusText() const; // the "1,250 of 48,311 loaded" line
    // The loaded numbers of the selected rows, in row order (rows still loading are left out).
    QList<PhoneNumber> selectedNumbers() const;
    // The snapshot a day (Preferences → Snapshots), in the background: started when it is on
    // for this kind of account and no snapshot of the profile was taken on `now`'s day. True
    // when one was started. The application calls it once the window is open.
    bool takeDailySnapshotIfDue(const QDateTime &now = QDateTime::currentDateTime());

public slots:
    void openAccounts();
    PreferencesDialog *openPreferences(); // non-modal; deletes itself on close
    void buyNumbers();
    void editSelected();
    void unrentSelected();
    // Insights' "Unrent Idle Numbers…": the idle numbers of `snapshot`, read again live in the
    // unrent confirmation.
    void unrentIdle(qint64 snapshot, int idleDays);
    // The snapshot view (Insights' groups, bars and idle counts, What Changed's rows): those
    // numbers of `snapshot` in a window of their own; Edit and Unrent there go to the live API.
    SnapshotViewWindow *openSnapshotView(qint64 snapshot, const numdesk::SnapshotScope &scope,
                                         const QString &title);

    // Restores geometry, docks, columns and the last filters, then runs the first query.
    void restoreAndStart();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Snapshot numbers edited: read live first (one GET each), then the edit dialog over `over`.
    void editLive(const QList<PhoneNumber> &numbers, QWidget *over);
    // An edit or unrent dialog: deleted once closed, its summary shown in the status bar.
    template<class Dialog> void openWithSummary(Dialog *dialog);
    void createActions();
    void createMenus();
    void createStatusBar();
    void connectModel();
    void loadTimeZones();
    // The workspace's preferences, and the default country to the filter bar and Details.
    void applyPreferences(const Preferences &preferences);
    void updateStatus();
    void updateTitle();
    void updateEmptyNotice();
    // `what` names what was asked for: "The time zones could not be loaded".
    void showError(const QString &what, const ApiError &error);
    void onLookupFailed(schema::LookupKind kind, const ApiError &error);
    void retryFailed();
    void onSortRequested(int column, Qt::SortOrder order);
    void syncDetails();
    void refresh();
    void exportView();
    void applyPlanFile();
    void undoBatch(const QString &batchId);
    void takeSnapshot();
    void startSnapshot(SnapshotTaker::Display display);
    void launchSnapshot(SnapshotTaker::Display display);
    void refreshInsights(); // the Insights dock on the current profile's snapshots
    void updateActionStates();
    void lookForPurchase(const PurchaseNumber &purchase, const QDateTime &since);
    void showTableMenu(const QPoint &position);
    void onAccountSwitched(const QString &name);
    void onAccountFailed(const QString &name, const QString &reason, bool needsSecrets);
    void about();
    void saveSettings() const;

    Workspace *m_workspace;
    FilterBar *m_filterBar;
    ErrorBanner *m_banner;
    NumberTableView *m_table;
    DetailsPanel *m_details;
    ActivityPanel *m_activity;
    InsightsPanel *m_insights;
    AccountSwitcher *m_accounts;
    ProfileSwitcher *m_switcher;
    PreferencesStore m_preferences;
    QLabel *m_loadedLabel;
    QLabel *m_selectionLabel;
    QLabel *m_profileLabel;
    QLabel *m_sandboxBadge;
    QProgressBar *m_busy;
    QMenu *m_columnsMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_columnsAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_copyWithHeadersAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_applyPlanAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_snapshotAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_buyAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_unrentAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QSet<int> m_failedLookups; // lookup kinds // to ask again on Retry
    bool m_timeZonesFailed = false;
    int m_pendingSortColumn = -1;
    Qt::SortOrder m_pendingSortOrder = Qt::AscendingOrder;
};

} // namespace numdesk
