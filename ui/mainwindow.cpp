#include "mainwindow.h"

#include "accountsdialog.h"
#include "accountswitcher.h"
#include "actionicons.h"
#include "actionrunner.h"
#include "activitypanel.h"
#include "apidates.h"
#include "buynumberdialog.h"
#include "columncatalog.h"
#include "csvrecordformatter.h"
#include "csvrowwriter.h"
#include "daterangeedit.h"
#include "detailspanel.h"
#include "editnumbersdialog.h"
#include "errorbanner.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "insightspanel.h"
#include "inventoryinsights.h"
#include "lookupcache.h"
#include "numbertablemodel.h"
#include "numbertableview.h"
#include "phonenumbering.h"
#include "plandialog.h"
#include "preferencesdialog.h"
#include "profileeditdialog.h"
#include "profileswitcher.h"
#include "sandboxhost.h"
#include "snapshotdiffdialog.h"
#include "snapshottaker.h"
#include "snapshotviewwindow.h"
#include "unrentdialog.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace numdesk {

namespace {

// The idle numbers of a snapshot, read on a worker thread (a store connection of its own) for
// "Unrent Idle Numbers…", with what they cost a month where prices are set.
struct IdleSet
{
    std::optional<SnapshotInfo> snapshot;
    QList<PhoneNumber> numbers;
    std::optional<double> monthlyCost;
    QString error;
};

IdleSet readIdleSet(const QString &path, qint64 snapshot, int idleDays, const MonthlyPrices &prices)
{
    IdleSet set;
    SnapshotStore store;
    if (!store.open(path, &set.error))
        return set;
    set.snapshot = store.info(snapshot);
    if (!set.snapshot) {
        set.error = MainWindow::tr("Snapshot %1 is gone (pruned since).").arg(snapshot);
        return set;
    }
    InventoryInsights cost(set.snapshot->takenAt, InventoryInsights::Dimension::Type, idleDays, {},
                           prices);
    const bool read = store.forEachRow(snapshot, [&](const PhoneNumber &number) {
        if (!InventoryInsights::isIdle(number, set.snapshot->takenAt, idleDays))
            return;
        set.numbers.append(number);
        cost.add(number);
    });
    if (!read) {
        set.error = store.lastError();
        set.snapshot.reset();
        return set;
    }
    set.monthlyCost = cost.report().monthlyCost;
    return set;
}

} // namespace

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_filterBar(new FilterBar(workspace->lookups(), this))
    , m_banner(new ErrorBanner(this))
    , m_table(new NumberTableView(this))
    , m_details(new DetailsPanel(workspace->client(), workspace->lookups(), this))
    , m_activity(new ActivityPanel(workspace->journal(), this))
    , m_insights(new InsightsPanel(this))
    , m_accounts(new AccountSwitcher(workspace, this))
    , m_switcher(new ProfileSwitcher(m_accounts->profiles(), this))
    , m_loadedLabel(new QLabel(this))
    , m_selectionLabel(new QLabel(this))
    , m_profileLabel(new QLabel(this))
    , m_sandboxBadge(new QLabel(tr("Sandbox"), this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_table->setNumberModel(workspace->model());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    auto *dock = new QDockWidget(tr("Details"), this);
    dock->setObjectName(QStringLiteral("detailsDock"));
    dock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {360}, Qt::Horizontal);
    auto *activityDock = new QDockWidget(tr("Activity"), this);
    activityDock->setObjectName(QStringLiteral("activityDock"));
    activityDock->setWidget(m_activity);
    addDockWidget(Qt::BottomDockWidgetArea, activityDock);
    resizeDocks({activityDock}, {170}, Qt::Vertical);
    // Issue 15: the latest snapshot counted, beside the Activity dock.
    auto *insightsDock = new QDockWidget(tr("Insights"), this);
    insightsDock->setObjectName(QStringLiteral("insightsDock"));
    insightsDock->setWidget(m_insights);
    addDockWidget(Qt::BottomDockWidgetArea, insightsDock);
    tabifyDockWidget(activityDock, insightsDock);
    activityDock->raise();

    createActions();
    createMenus();
    createStatusBar();
    connectModel();
    QMenu *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    viewMenu->addAction(dock->toggleViewAction());
    viewMenu->addAction(activityDock->toggleViewAction());
    viewMenu->addAction(insightsDock->toggleViewAction());
    connect(m_insights, &InsightsPanel::takeSnapshotRequested, this, &MainWindow::takeSnapshot);
    connect(m_insights, &InsightsPanel::unrentIdleRequested, this, &MainWindow::unrentIdle);
    connect(m_insights, &InsightsPanel::snapshotViewRequested, this, &MainWindow::openSnapshotView);
    connect(m_insights, &InsightsPanel::whatChangedRequested, this, [this] {
        auto *dialog = new SnapshotDiffDialog(
            SnapshotStore::pathForProfile(m_workspace->snapshotProfileKey()), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SnapshotDiffDialog::snapshotViewRequested, this,
                &MainWindow::openSnapshotView);
        dialog->show();
    });
    connect(m_insights, &InsightsPanel::pricesRequested, this,
            [this] { openPreferences()->showSnapshotsPage(); });
    // The profile's snapshots, read when the dock is first shown and after every change.
    connect(insightsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refreshInsights();
    });
    connect(m_workspace, &Workspace::accountChanged, this, [this, insightsDock] {
        if (!insightsDock->visibleRegion().isEmpty())
            refreshInsights();
    });
    connect(m_activity, &ActivityPanel::showNumberRequested, this, [this, dock](qint64 id) {
        dock->show();
        m_details->showNumber(id);
    });
    connect(m_activity, &ActivityPanel::undoBatchRequested, this, &MainWindow::undoBatch);
    connect(m_workspace, &Workspace::purchaseNotShown, this, [this](const PhoneNumber &number) {
        statusBar()->showMessage(
            tr("Bought %1. It is not shown because the current filter may not include it; "
               "clear the filters or refresh (F5) to see it.")
                .arg(PhoneNumbering::readable(number.number, number.humanNumber,
                                              m_workspace->defaultCountry())),
            15000);
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);

    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const NumberFilter &filter) {
        m_banner->hide();
        const QTimeZone zone = dates::zoneForApiName(filter.timeZone);
        m_workspace->model()->setDisplayTimeZone(zone.isValid() ? zone : QTimeZone::utc());
        m_details->setTimeZone(zone.isValid() ? zone : QTimeZone::utc());
        m_workspace->model()->setFilter(filter);
        m_clearFiltersAction->setEnabled(!filter.isEmpty());
    });
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::retryFailed);
    connect(m_workspace->lookups(), &LookupCache::loadFailed, this, &MainWindow::onLookupFailed);
    connect(m_workspace->lookups(), &LookupCache::changed, this,
            [this](schema::LookupKind kind) { m_failedLookups.remove(int(kind)); });
    connect(m_table, &NumberTableView::clearFiltersRequested, m_filterBar, &FilterBar::clear);
    connect(m_workspace, &Workspace::accountChanged, this, &MainWindow::updateTitle);
    connect(m_switcher, &ProfileSwitcher::profileChosen, m_accounts, &AccountSwitcher::switchTo);
    connect(m_switcher, &ProfileSwitcher::manageAccountsRequested, this, &MainWindow::openAccounts);
    connect(m_accounts, &AccountSwitcher::switched, this, &MainWindow::onAccountSwitched);
    connect(m_accounts, &AccountSwitcher::failed, this, &MainWindow::onAccountFailed);
    updateTitle();
    updateActionStates();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_refreshAction = new QAction(actionIcon(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Load the numbers again from the server (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_clearFiltersAction =
        new QAction(actionIcon(QStringLiteral("edit-clear")), tr("C&lear Filters"), this);
    m_clearFiltersAction->setShortcut(QKeySequence(tr("Ctrl+Shift+X")));
    m_clearFiltersAction->setEnabled(false);
    connect(m_clearFiltersAction, &QAction::triggered, m_filterBar, &FilterBar::clear);

    m_columnsMenu = new QMenu(tr("&Columns"), this);
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] {
        m_columnsMenu->clear();
        m_table->fillColumnsMenu(m_columnsMenu);
    });
    m_columnsAction = m_columnsMenu->menuAction();
    m_columnsAction->setIcon(actionIcon(QStringLiteral("view-list-details")));
    m_columnsAction->setToolTip(tr("Choose the columns of the table"));

    m_copyAction = new QAction(actionIcon(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] { m_table->copySelection(false); });
    m_copyWithHeadersAction = new QAction(tr("Copy with &Headers"), this);
    m_copyWithHeadersAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_copyWithHeadersAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyWithHeadersAction, &QAction::triggered, this,
            [this] { m_table->copySelection(true); });
    m_table->addAction(m_copyAction);
    m_table->addAction(m_copyWithHeadersAction);

    m_findAction = new QAction(actionIcon(QStringLiteral("edit-find")), tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);

    m_exportAction =
        new QAction(actionIcon(QStringLiteral("document-save-as")), tr("&Export View…"), this);
    // Not Ctrl+E: on Linux a line edit takes it (end of line), and the search field has the
    // focus at start.
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_exportAction->setToolTip(tr("Write every number of this view to a CSV file (Ctrl+Shift+E)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportView);

    m_applyPlanAction = new QAction(tr("&Apply Changes from File…"), this);
    m_applyPlanAction->setObjectName(QStringLiteral("applyPlanAction"));
    m_applyPlanAction->setToolTip(tr("Change many numbers from a spreadsheet (CSV): preview, "
                                     "apply, undo"));
    connect(m_applyPlanAction, &QAction::triggered, this, &MainWindow::applyPlanFile);
    m_snapshotAction =
        new QAction(actionIcon(QStringLiteral("camera-photo")), tr("Take &Snapshot"), this);
    m_snapshotAction->setObjectName(QStringLiteral("takeSnapshotAction"));
    m_snapshotAction->setToolTip(tr("Keep a snapshot of every number of this account, for "
                                    "insights and to see what changed"));
    connect(m_snapshotAction, &QAction::triggered, this, &MainWindow::takeSnapshot);

    m_buyAction = new QAction(actionIcon(QStringLiteral("list-add")), tr("&Buy Numbers…"), this);
    m_buyAction->setShortcut(QKeySequence::New);
    m_buyAction->setToolTip(tr("Rent new numbers on this account (Ctrl+N)"));
    connect(m_buyAction, &QAction::triggered, this, &MainWindow::buyNumbers);

    m_editAction = new QAction(actionIcon(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setToolTip(tr("Change the offer, traffic source, pool or token values of the "
                                "selected numbers (F2)"));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editSelected);

    m_unrentAction = new QAction(actionIcon(QStringLiteral("edit-delete")), tr("&Unrent…"), this);
    m_unrentAction->setShortcut(QKeySequence::Delete);
    m_unrentAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_unrentAction->setToolTip(tr("Give the selected numbers back; calls to them stop (Del)"));
    connect(m_unrentAction, &QAction::triggered, this, &MainWindow::unrentSelected);
    m_table->addAction(m_unrentAction);

    m_accountsAction =
        new QAction(actionIcon(QStringLiteral("system-users")), tr("&Accounts…"), this);
    m_accountsAction->setToolTip(tr("Add, test and remove TrackDrive accounts"));
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::openAccounts);

    m_preferencesAction =
        new QAction(actionIcon(QStringLiteral("preferences-system")), tr("&Preferences…"), this);
    // Not every platform theme has a Preferences key (the generic X11 one has none).
    m_preferencesAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                          ? QList<QKeySequence>{QKeySequence(tr("Ctrl+,"))}
                                          : QKeySequence::keyBindings(QKeySequence::Preferences));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::openPreferences);

    m_quitAction = new QAction(actionIcon(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Numbers Desk"), this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_accountsAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addAction(m_applyPlanAction);
    file->addAction(m_snapshotAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_copyAction);
    edit->addAction(m_copyWithHeadersAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *numbers = menuBar()->addMenu(tr("&Numbers"));
    numbers->setObjectName(QStringLiteral("numbersMenu"));
    numbers->addAction(m_buyAction);
    numbers->addAction(m_editAction);
    numbers->addSeparator();
    numbers->addAction(m_unrentAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_refreshAction);
    view->addAction(m_clearFiltersAction);
    view->addMenu(m_columnsMenu);
    view->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *accountLabel = new QLabel(tr("Account:"), toolbar);
    accountLabel->setBuddy(m_switcher);
    accountLabel->setContentsMargins(4, 0, 4, 0);
    toolbar->addWidget(accountLabel);
    toolbar->addWidget(m_switcher);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_columnsAction);
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_columnsAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    // Clear Filters is not repeated here: the filter bar has its button, right under it.
    toolbar->addSeparator();
    toolbar->addAction(m_buyAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_unrentAction);
    toolbar->addSeparator();
    toolbar->addAction(m_exportAction);
    toolbar->addAction(m_snapshotAction);
}

void MainWindow::exportView()
{
    auto *dialog = new ExportDialog(m_workspace->client(), m_workspace->model()->filter(),
                                    m_table->visibleColumns(), m_workspace->model()->total(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLookups(m_workspace->lookups());
    // The rows in memory, written as the file would hold them: their cells that a spreadsheet
    // would run as formulas (numbers, which start with '+', are what the option is off for).
    dialog->setFormulaCheck([this](const QStringList &keys, bool names) {
        CsvRecordFormatter formatter(keys);
        if (names)
            formatter.setNames(m_workspace->lookups());
        QStringList found;
        const NumberTableModel *model = m_workspace->model();
        const qint64 loaded = model->loadedRowCount();
        qint64 seen = 0;
        for (int row = 0; row < model->rowCount() && seen < loaded && found.size() < 3; ++row) {
            const std::optional<PhoneNumber> number = model->numberAt(row);
            if (!number)
                continue;
            ++seen;
            const QStringList cells = formatter.cells(*number);
            for (qsizetype i = 0; i < cells.size() && found.size() < 3; ++i) {
                if (columns::kind(keys.at(i)) != columns::Kind::Number &&
                    CsvRowWriter::looksLikeFormula(cells.at(i)) && !found.contains(cells.at(i)))
                    found.append(cells.at(i));
            }
        }
        return found;
    });
    connect(dialog, &ExportDialog::exportFinished, this, [this](const ExportSummary &summary) {
        statusBar()->showMessage(summary.message, 15000);
    });
    dialog->open();
}

void MainWindow::refreshInsights()
{
    m_insights->setStore(SnapshotStore::pathForProfile(m_workspace->snapshotProfileKey()),
                         m_preferences.load().monthlyPrices);
}

void MainWindow::takeSnapshot()
{
    startSnapshot(SnapshotTaker::Display::Dialog);
}

bool MainWindow::takeDailySnapshotIfDue(const QDateTime &now)
{
    if (!m_preferences.load().dailySnapshot(m_workspace->isSandbox()) ||
        !m_snapshotAction->isEnabled())
        return false;
    SnapshotStore store;
    QString error;
    if (!store.open(SnapshotStore::pathForProfile(m_workspace->snapshotProfileKey()), &error)) {
        statusBar()->showMessage(tr("The snapshots cannot be opened: %1").arg(error), 15000);
        return false;
    }
    if (!SnapshotStore::dailyDue(store.latest(), now))
        return false;
    startSnapshot(SnapshotTaker::Display::Background);
    return true;
}

void MainWindow::startSnapshot(SnapshotTaker::Display display)
{
    m_snapshotAction->setEnabled(false);
    // The names are kept with the snapshot: read first (at once when the lists are loaded).
    m_workspace->lookups()->whenLoaded(schema::allLookupKinds(), this,
                                       [this, display] { launchSnapshot(display); });
}

void MainWindow::launchSnapshot(SnapshotTaker::Display display)
{
    SnapshotJob::Options options;
    const Preferences preferences = m_preferences.load();
    options.keep = preferences.snapshotsKept;
    options.parallel = preferences.exportParallelPages;
    // The names the window has now, kept with the snapshot.
    for (const schema::LookupKind kind : schema::allLookupKinds()) {
        QHash<qint64, QString> &names = options.names[schema::numberForeignKey(kind)];
        for (const LookupItem &item : m_workspace->lookups()->items(kind))
            names.insert(item.id, item.name);
    }
    auto *taker = new SnapshotTaker(
        m_workspace->client(), SnapshotStore::pathForProfile(m_workspace->snapshotProfileKey()),
        options, this, display);
    if (display == SnapshotTaker::Display::Background) {
        // In the status bar, where it does not stand in the operator's way.
        connect(taker, &SnapshotTaker::progressChanged, this, [this](qint64 done, qint64 total) {
            statusBar()->showMessage(SnapshotTaker::progressText(done, total));
        });
    }
    QString error;
    if (!taker->start(&error)) {
        delete taker;
        m_snapshotAction->setEnabled(true);
        statusBar()->showMessage(tr("The snapshots cannot be opened: %1").arg(error), 15000);
        return;
    }
    // Another account: the snapshot would mix two of them.
    connect(m_workspace, &Workspace::accountChanged, taker, &SnapshotTaker::cancel);
    connect(taker, &SnapshotTaker::finished, this, [this](const SnapshotResult &result) {
        m_snapshotAction->setEnabled(true);
        statusBar()->showMessage(SnapshotTaker::describe(result), 15000);
        refreshInsights();
    });
}

void MainWindow::createStatusBar()
{
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(12);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();
    m_sandboxBadge->setObjectName(QStringLiteral("sandboxBadge"));
    m_sandboxBadge->setStyleSheet(
        QStringLiteral("#sandboxBadge { background: #f0ad4e; color: black; font-weight: bold;"
                       " border-radius: 3px; padding: 1px 8px; }"));
    m_sandboxBadge->setToolTip(tr("You are working on the built-in sandbox: nothing here touches "
                                  "a real TrackDrive account."));
    m_selectionLabel->setObjectName(QStringLiteral("selectionStatus"));
    statusBar()->addWidget(m_loadedLabel, 1);
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_sandboxBadge);
}

void MainWindow::connectModel()
{
    NumberTableModel *model = m_workspace->model();
    connect(model, &NumberTableModel::totalChanged, this, &MainWindow::updateStatus);
    connect(model, &NumberTableModel::loadedChanged, this, &MainWindow::updateStatus);
    connect(model, &NumberTableModel::loadingChanged, this, [this](bool loading) {
        m_busy->setVisible(loading);
        updateStatus();
    });
    connect(model, &NumberTableModel::errorOccurred, this,
            [this](const ApiError &error) { showError(tr("Numbers could not be loaded"), error); });
    connect(model, &NumberTableModel::modelReset, this, &MainWindow::updateStatus);
    connect(model, &NumberTableModel::totalChanged, this, &MainWindow::updateEmptyNotice);
    connect(model, &NumberTableModel::loadingChanged, this, &MainWindow::updateEmptyNotice);
    connect(model, &NumberTableModel::modelReset, this, &MainWindow::updateEmptyNotice);
    connect(model, &NumberTableModel::sortNeedsFullLoad, this, &MainWindow::onSortRequested);
    connect(model, &NumberTableModel::loadAllProgress, this, [this](qint64 loaded, qint64 total) {
        m_loadedLabel->setText(tr("Loading all numbers for sorting: %1 of %2…")
                                   .arg(QLocale().toString(loaded), QLocale().toString(total)));
    });
    connect(model, &NumberTableModel::fullyLoadedChanged, this, [this](bool full) {
        if (full && m_pendingSortColumn >= 0) {
            const int column = m_pendingSortColumn;
            m_pendingSortColumn = -1;
            m_table->sortByColumn(column, m_pendingSortOrder);
            if (m_workspace->model()->isSorted())
                m_table->horizontalHeader()->setSortIndicatorShown(true);
        }
        updateStatus();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        NumberTableModel *m = m_workspace->model();
        const Qt::SortOrder order =
            m->isSorted() && m->sortColumn() == column && m->sortOrder() == Qt::AscendingOrder
                ? Qt::DescendingOrder
                : Qt::AscendingOrder;
        m->sort(column, order);
        if (m->isSorted()) {
            m_table->horizontalHeader()->setSortIndicatorShown(true);
            m_table->horizontalHeader()->setSortIndicator(column, order);
        }
    });
    // Details, the status bar and the actions follow the selection.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::syncDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::syncDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActionStates);
    connect(model, &NumberTableModel::modelReset, this, &MainWindow::updateActionStates);
    connect(model, &NumberTableModel::rowsRemoved, this, &MainWindow::updateActionStates);
    connect(model, &NumberTableModel::rowsRemoved, this, &MainWindow::syncDetails);
    connect(model, &NumberTableModel::layoutChanged, this, &MainWindow::syncDetails);
    // The selected row may be one whose page is still on its way (Ctrl+End): follow it in.
    connect(model, &NumberTableModel::loadedChanged, this, &MainWindow::syncDetails);
    // A number changed in place (an edit, single or bulk): Details reads it again.
    connect(model, &NumberTableModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const auto shown = m_details->number();
                if (!shown || !shown->id)
                    return;
                const int row = m_workspace->model()->rowOfId(*shown->id);
                if (row < topLeft.row() || row > bottomRight.row())
                    return;
                if (const auto fresh = m_workspace->model()->numberAt(row);
                    fresh && m_details->differsFrom(*fresh))
                    m_details->reload();
            });
    connect(model, &NumberTableModel::modelReset, this, [this] {
        m_table->horizontalHeader()->setSortIndicatorShown(false);
        m_details->showNumber(std::nullopt);
    });
}

QList<PhoneNumber> MainWindow::selectedNumbers() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<PhoneNumber> numbers;
    for (int row : std::as_const(rows)) {
        if (auto number = m_workspace->model()->numberAt(row); number && number->id)
            numbers.append(*number);
    }
    return numbers;
}

void MainWindow::updateActionStates()
{
    const bool any = m_table->selectionModel()->hasSelection();
    m_editAction->setEnabled(any);
    m_unrentAction->setEnabled(any);
    const int count = int(m_table->selectionModel()->selectedRows().size());
    m_editAction->setText(count > 1 ? tr("&Edit %n Numbers…", nullptr, count) : tr("&Edit…"));
    m_unrentAction->setText(count > 1 ? tr("&Unrent %n Numbers…", nullptr, count) : tr("&Unrent…"));
    // What the actions act on, in the status bar.
    QString selection;
    if (count == 1) {
        const QModelIndex row = m_table->selectionModel()->selectedRows().constFirst();
        if (const auto number = m_workspace->model()->numberAt(row.row()))
            //: Status bar: "Selected: (512) 341-8875"
            selection = tr("Selected: %1").arg(numberLabel(*number));
    } else if (count > 1) {
        selection = tr("%n selected", nullptr, count);
    }
    m_selectionLabel->setText(selection);
    m_selectionLabel->setVisible(!selection.isEmpty());
}

void MainWindow::showTableMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(m_editAction);
    menu.addAction(m_unrentAction);
    menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.addAction(m_copyWithHeadersAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void MainWindow::openAccounts()
{
    auto *dialog = new AccountsDialog(m_accounts->profiles(), m_accounts->secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (SandboxHost *sandbox = m_workspace->sandbox()) {
        Account account;
        account.apiBase = sandbox->apiBaseUrl();
        account.credentials.method = AuthMethod::Token;
        account.credentials.token = SandboxHost::demoCredentials().accessToken;
        dialog->setSandboxAccount(account);
    }
    const Preferences preferences = m_preferences.load();
    dialog->setConnectionOptions(preferences.requestTimeoutSeconds * 1000, preferences.http2);
    dialog->selectProfile(m_accounts->currentProfile());
    connect(dialog, &AccountsDialog::profilesChanged, m_switcher, &ProfileSwitcher::reload);
    connect(dialog, &AccountsDialog::profileRemoved, this, [this](const QString &name) {
        if (name == m_accounts->currentProfile())
            m_accounts->switchTo(QString());
    });
    connect(dialog, &AccountsDialog::profileSaved, this, [this](const QString &name) {
        // New address or secrets of the account in use: open it again with them.
        if (name == m_accounts->currentProfile())
            m_accounts->switchTo(name);
    });
    dialog->open();
}

PreferencesDialog *MainWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::applied, this,
            [this](const Preferences &preferences, bool needsRestart) {
                applyPreferences(preferences);
                if (needsRestart)
                    statusBar()->showMessage(
                        tr("The new language is used from the next start of Numbers Desk."), 15000);
            });
    dialog->open();
    return dialog;
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    if (m_insights->hasStore())
        m_insights->setStore(m_insights->storePath(), preferences.monthlyPrices);
    m_workspace->applyPreferences(preferences);
    m_details->setHomeRegion(preferences.defaultCountry);
    m_filterBar->setDefaultCountry(preferences.defaultCountry);
}

void MainWindow::onAccountSwitched(const QString &name)
{
    m_switcher->setCurrentProfile(name);
    // Another account: its offers, pools and numbers are other ones. Start from an empty view.
    m_details->showNumber(std::nullopt);
    if (m_filterBar->isActive())
        m_filterBar->clear(); // runs the new query
    else
        m_workspace->model()->refresh();
    loadTimeZones();
    statusBar()->showMessage(tr("Working on %1.").arg(m_workspace->accountDescription()), 10000);
}

void MainWindow::onAccountFailed(const QString &name, const QString &reason, bool needsSecrets)
{
    m_switcher->setCurrentProfile(m_accounts->currentProfile());
    if (needsSecrets) {
        statusBar()->showMessage(tr("Enter the secrets of %1 to open it (%2).").arg(name, reason),
                                 15000);
        openAccounts();
        if (auto *dialog = findChild<AccountsDialog *>()) {
            dialog->selectProfile(name);
            dialog->editProfile();
        }
        return;
    }
    QMessageBox::warning(this, tr("Cannot Open Account"),
                         tr("The account %1 cannot be opened: %2").arg(name, reason));
}

void MainWindow::buyNumbers()
{
    auto *dialog = new BuyNumberDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BuyNumberDialog::lookForPurchase, this, &MainWindow::lookForPurchase);
    dialog->open();
}

void MainWindow::applyPlanFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Apply Changes from File"), QString(),
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *dialog = new PlanDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->previewPlan(path);
    dialog->open();
}

void MainWindow::undoBatch(const QString &batchId)
{
    auto *dialog = new PlanDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->previewUndo(batchId);
    dialog->open();
}

template<class Dialog> void MainWindow::openWithSummary(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &Dialog::finishedWithSummary, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, 15000); });
    dialog->open();
}

void MainWindow::editSelected()
{
    const QList<PhoneNumber> numbers = selectedNumbers();
    if (numbers.isEmpty())
        return;
    openWithSummary(new EditNumbersDialog(m_workspace, numbers, this));
}

void MainWindow::unrentSelected()
{
    const QList<PhoneNumber> numbers = selectedNumbers();
    if (numbers.isEmpty())
        return;
    openWithSummary(new UnrentDialog(m_workspace, numbers, this));
}

void MainWindow::unrentIdle(qint64 snapshot, int idleDays)
{
    m_insights->unrentIdleButton()->setEnabled(false);
    auto *watcher = new QFutureWatcher<IdleSet>(this);
    connect(watcher, &QFutureWatcher<IdleSet>::finished, this, [this, watcher, idleDays] {
        watcher->deleteLater();
        m_insights->unrentIdleButton()->setEnabled(true);
        const IdleSet set = watcher->result();
        if (!set.snapshot) {
            statusBar()->showMessage(tr("The idle numbers cannot be read: %1").arg(set.error),
                                     15000);
            return;
        }
        if (set.numbers.isEmpty()) {
            statusBar()->showMessage(tr("The snapshot has no idle numbers."), 15000);
            return;
        }
        const QLocale locale;
        UnrentDialog::FromSnapshot from;
        //: "212 numbers had no call in the 90 days before the snapshot of 3 Dec 2026 14:02."
        from.plan =
            tr("%Ln number(s) had no call in the %1 days before the snapshot of %2.", nullptr,
               int(set.numbers.size()))
                .arg(idleDays)
                .arg(locale.toString(set.snapshot->takenAt.toLocalTime(), QLocale::ShortFormat));
        if (set.monthlyCost)
            from.plan += QLatin1Char(' ') + tr("Unrenting them saves %1 a month.")
                                                .arg(locale.toString(*set.monthlyCost, 'f', 2));
        else
            from.plan += QLatin1Char(' ') + tr("(Set prices in Preferences → Snapshots to see "
                                               "what they cost.)");
        from.plan += QLatin1Char(' ') + tr("Each is read again live before anything is sent.");
        openWithSummary(new UnrentDialog(m_workspace, set.numbers, this, from));
    });
    watcher->setFuture(QtConcurrent::run(
        &readIdleSet, SnapshotStore::pathForProfile(m_workspace->snapshotProfileKey()), snapshot,
        idleDays, m_preferences.load().monthlyPrices));
}

SnapshotViewWindow *MainWindow::openSnapshotView(qint64 snapshot, const SnapshotScope &scope,
                                                 const QString &title)
{
    auto *view = new SnapshotViewWindow(title, this);
    NumberTableModel *live = m_workspace->model();
    view->model()->setDisplayTimeZone(live->displayTimeZone());
    view->model()->setHomeRegion(live->homeRegion());
    QString error;
    if (!view->open(SnapshotStore::pathForProfile(m_workspace->snapshotProfileKey()), snapshot,
                    scope, m_table->visibleColumns(), &error)) {
        delete view;
        statusBar()->showMessage(tr("The snapshot cannot be shown: %1").arg(error), 15000);
        return nullptr;
    }
    connect(view, &SnapshotViewWindow::editRequested, this,
            [this, view](const QList<PhoneNumber> &numbers) { editLive(numbers, view); });
    connect(view, &SnapshotViewWindow::unrentRequested, this,
            [this, view](const QList<PhoneNumber> &numbers, const QString &plan) {
                openWithSummary(
                    new UnrentDialog(m_workspace, numbers, view, UnrentDialog::FromSnapshot{plan}));
            });
    view->show();
    return view;
}

void MainWindow::editLive(const QList<PhoneNumber> &numbers, QWidget *over)
{
    // The dialog opens over the window the numbers were chosen in (the main window if that
    // one was closed while they were read).
    const QPointer<QWidget> origin(over);
    const auto parent = [this, origin]() -> QWidget * {
        return origin ? origin.data() : static_cast<QWidget *>(this);
    };
    // One number: the edit dialog reads it live itself.
    if (numbers.size() == 1) {
        openWithSummary(new EditNumbersDialog(m_workspace, numbers, parent()));
        return;
    }
    // Several: their values of now (what the journal keeps to undo), six reads at a time.
    struct Reading
    {
        QList<PhoneNumber> wanted;
        QList<std::optional<PhoneNumber>> live;
        qsizetype next = 0;
        qsizetype answered = 0;
        QStringList gone;
        QString error;
    };
    auto reading = std::make_shared<Reading>();
    reading->wanted = numbers;
    reading->live.resize(numbers.size());
    statusBar()->showMessage(tr("Reading %Ln number(s) live…", nullptr, int(numbers.size())));
    auto readNext = std::make_shared<std::function<void()>>();
    *readNext = [this, reading, readNext, parent] {
        if (reading->next >= reading->wanted.size())
            return;
        const qsizetype at = reading->next++;
        const PhoneNumber &number = reading->wanted.at(at);
        m_workspace->client()->showNumber(
            ShowNumber{QString::number(*number.id)}, this,
            [this, reading, readNext, at, parent](const Result<PhoneNumber> &result) {
                if (result)
                    reading->live[at] = result.value();
                else if (result.error().httpStatus == 404)
                    reading->gone << reading->wanted.at(at).number;
                else if (reading->error.isEmpty())
                    reading->error = result.error().message;
                if (++reading->answered < reading->wanted.size()) {
                    (*readNext)();
                    return;
                }
                *readNext = {}; // ends the cycle of shared pointers
                if (!reading->error.isEmpty()) {
                    statusBar()->showMessage(
                        tr("The numbers could not be read live: %1").arg(reading->error), 15000);
                    return;
                }
                QList<PhoneNumber> live;
                for (const std::optional<PhoneNumber> &found : std::as_const(reading->live)) {
                    if (found)
                        live.append(*found);
                }
                if (!reading->gone.isEmpty())
                    statusBar()->showMessage(tr("No longer on the account, left out: %1")
                                                 .arg(reading->gone.join(QStringLiteral(", "))),
                                             15000);
                else
                    statusBar()->clearMessage();
                if (live.isEmpty())
                    return;
                openWithSummary(new EditNumbersDialog(m_workspace, live, parent()));
            });
    };
    for (int i = 0; i < 6; ++i)
        (*readNext)();
}

void MainWindow::lookForPurchase(const PurchaseNumber &purchase, const QDateTime &since)
{
    QVariantMap state;
    state.insert(QStringLiteral("timeZone"), m_filterBar->timeZoneName());
    state.insert(QStringLiteral("offer"), purchase.offerId);
    state.insert(QStringLiteral("provider"), purchase.providerConfigurationId);
    state.insert(QStringLiteral("createdPreset"), int(DateRangeEdit::Preset::Custom));
    state.insert(QStringLiteral("createdFrom"), since.toString(Qt::ISODate));
    state.insert(QStringLiteral("createdTo"),
                 QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate));
    m_filterBar->restoreState(state);
    statusBar()->showMessage(
        tr("Showing the numbers of this offer and provider created since %1.")
            .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)),
        15000);
}

void MainWindow::syncDetails()
{
    // The selected number: the current row when it is selected, else the first selected row;
    // nothing selected, nothing shown.
    const QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndex current = m_table->currentIndex();
    int row = -1;
    if (current.isValid() && selection->isRowSelected(current.row(), {})) {
        row = current.row();
    } else {
        for (const QItemSelectionRange &range : selection->selection()) {
            if (range.isValid() && (row < 0 || range.top() < row))
                row = range.top();
        }
    }
    const QVariant id =
        row >= 0 ? m_workspace->model()->index(row, 0).data(NumberTableModel::RecordIdRole)
                 : QVariant();
    m_details->showNumber(id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt);
}

void MainWindow::onSortRequested(int column, Qt::SortOrder order)
{
    NumberTableModel *model = m_workspace->model();
    const qint64 total = model->total();
    const QString count = total >= 0 ? QLocale().toString(total) : tr("all");
    const auto answer = QMessageBox::question(
        this, tr("Sort All Numbers?"),
        tr("Only part of the result is loaded, and the server cannot sort numbers. To sort by "
           "\"%1\", Numbers Desk first loads %2 numbers. Load them now?")
            .arg(model->headerData(column, Qt::Horizontal).toString(), count),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_table->horizontalHeader()->setSortIndicatorShown(false);
        return;
    }
    m_pendingSortColumn = column;
    m_pendingSortOrder = order;
    model->loadAll();
}

void MainWindow::updateStatus()
{
    const NumberTableModel *model = m_workspace->model();
    const QLocale locale;
    const qint64 total = model->total();
    if (total >= 0) {
        //: "1,250 of 48,311 loaded"
        m_loadedLabel->setText(
            tr("%1 of %2 loaded")
                .arg(locale.toString(model->loadedRowCount()), locale.toString(total)));
    } else {
        m_loadedLabel->setText(tr("%1 loaded").arg(locale.toString(model->loadedRowCount())));
    }
}

QString MainWindow::statusText() const
{
    return m_loadedLabel->text();
}

void MainWindow::updateTitle()
{
    const bool sandbox = m_workspace->isSandbox();
    m_sandboxBadge->setVisible(sandbox);
    m_profileLabel->setText(tr("Account: %1").arg(m_workspace->profileName()));
    // The account alone: the desktop adds the application's name ("Sandbox — Numbers Desk").
    setWindowTitle(m_workspace->profileName());
}

void MainWindow::updateEmptyNotice()
{
    const NumberTableModel *model = m_workspace->model();
    if (model->total() != 0 || model->isLoading()) {
        m_table->setEmptyText(QString(), false);
        return;
    }
    const bool filtered = m_filterBar->isActive();
    m_table->setEmptyText(filtered ? tr("No numbers match these filters")
                                   : tr("This account has no numbers yet"),
                          filtered);
}

void MainWindow::showError(const QString &what, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    //: "The time zones could not be loaded: The server had a problem (500)…"
    const QString text = tr("%1: %2").arg(what, error.fullText());
    m_banner->showError(text);
    statusBar()->showMessage(tr("%1: %2").arg(what, error.message), 10000);
}

void MainWindow::onLookupFailed(schema::LookupKind kind, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    // A list this server does not have or this account may not read is optional: the pickers
    // say so in their tooltip and the table shows ids.
    if (error.kind == ApiError::Kind::NotFound || error.kind == ApiError::Kind::Permission) {
        qInfo("numdesk: %s: %s", qPrintable(schema::lookupPath(kind)), qPrintable(error.detail));
        return;
    }
    m_failedLookups.insert(int(kind));
    QString what;
    switch (kind) {
    case schema::LookupKind::Offers:
        what = tr("The offers could not be loaded");
        break;
    case schema::LookupKind::TrafficSources:
        what = tr("The traffic sources could not be loaded");
        break;
    case schema::LookupKind::RingPools:
        what = tr("The number pools could not be loaded");
        break;
    case schema::LookupKind::ProviderConfigurations:
        what = tr("The providers could not be loaded");
        break;
    }
    showError(what, error);
}

void MainWindow::retryFailed()
{
    // What failed is sent again: the table's pages, the lists and the time zones.
    m_workspace->model()->retryFailedPages();
    const QSet<int> failed = std::exchange(m_failedLookups, {});
    for (const int kind : failed)
        m_workspace->lookups()->refresh(schema::LookupKind(kind));
    if (m_timeZonesFailed)
        loadTimeZones();
}

void MainWindow::refresh()
{
    m_banner->hide();
    m_failedLookups.clear();
    m_workspace->lookups()->refresh();
    m_workspace->model()->refresh();
    if (m_timeZonesFailed)
        loadTimeZones();
}

void MainWindow::loadTimeZones()
{
    m_timeZonesFailed = false;
    m_workspace->client()->listTimeZones(
        ListTimeZones{}, this, [this](const Result<QList<dates::NamedTimeZone>> &zones) {
            auto *picker = m_filterBar->findChild<QComboBox *>(QStringLiteral("timeZonePicker"));
            if (zones) {
                m_filterBar->setTimeZones(zones.value());
                if (picker)
                    picker->setToolTip(tr("Date ranges are read in this time zone"));
                return;
            }
            const ApiError &error = zones.error();
            if (error.kind == ApiError::Kind::Cancelled)
                return;
            // The list is optional: the built-in one (Rails' zones) serves as well.
            m_filterBar->setTimeZones(dates::railsTimeZones());
            if (error.kind == ApiError::Kind::NotFound ||
                error.kind == ApiError::Kind::Permission) {
                qInfo("numdesk: no time-zone list from the server: %s", qPrintable(error.detail));
                if (picker)
                    picker->setToolTip(
                        tr("Date ranges are read in this time zone. This server lists no time "
                           "zones (%1), so the built-in list is shown.")
                            .arg(error.httpStatus));
                return;
            }
            m_timeZonesFailed = true;
            showError(tr("The time zones could not be loaded"), error);
        });
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Numbers Desk"),
        tr("<h3>Numbers Desk %1</h3><p>Browse, buy, re-point, unrent and export the "
           "phone numbers of your TrackDrive account.</p><p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreAndStart()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, for a table that wants room.
        if (const QScreen *screen = this->screen()) {
            const QRect available = screen->availableGeometry();
            resize(available.size() * 0.85);
            move(available.center() - rect().center());
        }
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: the Details dock as wide as its longest label next to a full
        // timestamp, so that what cannot wrap is not cut.
        if (auto *details = findChild<QDockWidget *>(QStringLiteral("detailsDock"))) {
            const int wide = fontMetrics().horizontalAdvance(
                columns::label(QStringLiteral("optimizer_tokens_changed_at")) +
                QStringLiteral(": 0000-00-00T00:00:00.000+00:00"));
            // Dock sizes only take once the window is laid out, after show().
            QTimer::singleShot(0, this, [this, details, wide] {
                resizeDocks({details}, {qMax(360, wide + 60)}, Qt::Horizontal);
            });
        }
    }
    m_table->restoreLayout(settings);
    const Preferences preferences = m_preferences.load();
    applyPreferences(preferences);
    QVariantMap filters = settings.value(QStringLiteral("filters")).toMap();
    // The preferred time zone, until the user picks one in the filter bar.
    if (!filters.contains(QStringLiteral("timeZone")) && !preferences.timeZone.isEmpty())
        filters.insert(QStringLiteral("timeZone"), preferences.apiTimeZoneName());
    // Emits filterChanged, which runs the first query.
    m_filterBar->restoreState(filters);
    m_clearFiltersAction->setEnabled(m_filterBar->isActive());
    loadTimeZones();
    updateStatus();
    m_accounts->restoreLast();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_table->saveLayout(settings);
    settings.setValue(QStringLiteral("filters"), m_filterBar->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace numdesk
