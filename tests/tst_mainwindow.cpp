#include "accountswitcher.h"
#include "actionrunner.h"
#include "activitypanel.h"
#include "buynumberdialog.h"
#include "detailspanel.h"
#include "dialogtesthelpers.h"
#include "errorbanner.h"
#include "exportdialog.h"
#include "journalmodel.h"
#include "lookupcache.h"
#include "lookupcombo.h"
#include "mainwindow.h"
#include "numbertablemodel.h"
#include "numbertableview.h"
#include "profileswitcher.h"
#include "sandboxhost.h"
#include "unrentdialog.h"
#include "widgetlookup.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace numdesk;

// Drives the real window on the sandbox the way an operator does.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;

    void openWindow(int numbers)
    {
        m_workspace = std::make_unique<Workspace>(
            nullptr, m_dir.filePath(QStringLiteral("journal%1.jsonl").arg(numbers)));
        QString error;
        QVERIFY2(m_workspace->startSandbox(
                     m_dir.filePath(QStringLiteral("sb%1.sqlite").arg(numbers)), numbers, &error),
                 qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_workspace.get());
        m_window->resize(1280, 800);
        m_window->restoreAndStart();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Shortcuts (Ctrl+N, Del) need the active window; under a bare X server nothing else
        // makes it active.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    NumberTableModel *model() { return m_workspace->model(); }

    static QString screenshotDir()
    {
        const QString dir = qEnvironmentVariable(
            "NUMDESK_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        QDir().mkpath(dir);
        return dir;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(test::installEnglishPlurals());
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        m_window.reset();
        m_workspace.reset();
    }

    void shouldOpenOnTheSandboxWithRowsAndSayItIsTheSandbox()
    {
        openWindow(3000);
        QTRY_VERIFY_WITH_TIMEOUT(model()->loadedRowCount() > 0, 5000);
        QTRY_COMPARE(model()->total(), 3000);
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Sandbox")));
        auto *badge = m_window->findChild<QLabel *>(QStringLiteral("sandboxBadge"));
        QVERIFY(badge && badge->isVisible());
        QTRY_VERIFY(m_window->statusText().endsWith(QStringLiteral(" of 3,000 loaded")));
        const QModelIndex first = model()->index(0, 0);
        QVERIFY(first.data(NumberTableModel::LoadedRole).toBool());
        QVERIFY(!first.data().toString().isEmpty());
        // One Clear Filters on screen (the filter bar's), not a second one in the toolbar.
        int clearControls = 0;
        for (const QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
            if (button->isVisible() &&
                button->text().remove(QLatin1Char('&')) == QLatin1String("Clear Filters"))
                ++clearControls;
        }
        QCOMPARE(clearControls, 1);

        // Every shortcut of the window works with the focus in the search field, where it is
        // at start: a line edit keeps some keys for itself (Ctrl+E is its end of line).
        auto *search = test::findByAccessibleName<QLineEdit>(m_window.get(),
                                                             QStringLiteral("Full-text search"));
        QVERIFY(search);
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || action->shortcutContext() != Qt::WindowShortcut)
                continue;
            const QKeyCombination key = action->shortcut()[0];
            QLineEdit probe;
            QKeyEvent override(QEvent::ShortcutOverride, key.key(), key.keyboardModifiers());
            override.ignore();
            QApplication::sendEvent(&probe, &override);
            // The test platform may bind fewer keys than a desktop: also the keys a line edit
            // takes under X11 (end of line, delete to end of line).
            const bool x11LineEditKey =
                action->shortcut() == QKeySequence(QStringLiteral("Ctrl+E")) ||
                action->shortcut() == QKeySequence(QStringLiteral("Ctrl+K"));
            QVERIFY2(!override.isAccepted() && !x11LineEditKey,
                     qPrintable(action->text() + QLatin1Char(' ') + action->shortcut().toString()));
        }
        QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(qobject_cast<ExportDialog *>(QApplication::activeModalWidget()));
        QApplication::activeModalWidget()->close();
    }

    void shouldShowTheLastRowsAfterCtrlEndAndSaveAScreenshot()
    {
        openWindow(3000);
        QTRY_VERIFY(model()->loadedRowCount() > 0);
        NumberTableView *table = m_window->tableView();
        table->setFocus();
        table->setCurrentIndex(model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(table->currentIndex().row(), 2999);
        QTRY_VERIFY(model()->index(2999, 0).data(NumberTableModel::LoadedRole).toBool());
        QVERIFY(table->verticalScrollBar()->value() == table->verticalScrollBar()->maximum());
        QTRY_VERIFY(m_window->detailsPanel()->number().has_value());
        QCOMPARE(m_window->detailsPanel()->number()->id,
                 model()->index(2999, 0).data(NumberTableModel::RecordIdRole).toLongLong());
        QTest::qWait(100);
        const QString path = screenshotDir() + QStringLiteral("/main-window.png");
        QVERIFY(m_window->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    void shouldCopySelectedCellsAsTabSeparatedText()
    {
        openWindow(3000);
        QTRY_VERIFY(model()->index(1, 0).data(NumberTableModel::LoadedRole).toBool());
        NumberTableView *table = m_window->tableView();
        table->setVisibleColumns({QStringLiteral("id"), QStringLiteral("number")});
        QTRY_VERIFY(model()->index(1, 0).data(NumberTableModel::LoadedRole).toBool());
        table->selectRow(0);
        table->selectionModel()->select(model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const auto row = [this](int r) {
            return model()->index(r, 0).data(Qt::EditRole).toString() + QLatin1Char('\t') +
                   model()->index(r, 1).data(Qt::EditRole).toString();
        };
        QCOMPARE(QApplication::clipboard()->text(), row(0) + QLatin1Char('\n') + row(1));
        QVERIFY(model()->index(0, 1).data(Qt::EditRole).toString().startsWith(QLatin1Char('+')));
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("ID\tNumber\n") + row(0) + QLatin1Char('\n') + row(1));
    }

    void shouldAskOnlyForVisibleColumnsAndRememberThemByKey()
    {
        openWindow(3000);
        QTRY_VERIFY(model()->loadedRowCount() > 0);
        NumberTableView *table = m_window->tableView();
        table->setVisibleColumns({QStringLiteral("name"), QStringLiteral("checksum")});
        QTRY_VERIFY(model()->loadedRowCount() > 0);
        const auto requests = m_workspace->sandbox()->receivedRequests();
        QString columns;
        for (const auto &[key, value] : requests.last().queryItems) {
            if (key == QLatin1String("columns"))
                columns = value;
        }
        QStringList asked = columns.split(QLatin1Char(','));
        asked.sort();
        QCOMPARE(asked, QStringList({"checksum", "id", "name"}));
        table->horizontalHeader()->resizeSection(0, 222); // the last section stretches
        m_window->close();
        m_window = std::make_unique<MainWindow>(m_workspace.get());
        m_window->restoreAndStart();
        QCOMPARE(m_window->tableView()->visibleColumns(), QStringList({"name", "checksum"}));
        QCOMPARE(m_window->tableView()->horizontalHeader()->sectionSize(0), 222);
    }

    void shouldOfferToLoadEverythingBeforeSortingAPartialResult()
    {
        openWindow(1500);
        QTRY_VERIFY(model()->loadedRowCount() > 0);
        QVERIFY(!model()->isFullyLoaded());
        NumberTableView *table = m_window->tableView();
        table->setVisibleColumns({QStringLiteral("id"), QStringLiteral("created_at")});
        QTRY_VERIFY(model()->loadedRowCount() > 0);
        bool asked = false;
        // The question is modal: answer it as the operator would, with Yes.
        QTimer::singleShot(200, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text().contains(QStringLiteral("1,500"));
            box->button(QMessageBox::Yes)->click();
        });
        const int idColumn = 0;
        QTest::mouseClick(
            table->horizontalHeader()->viewport(), Qt::LeftButton, {},
            QPoint(table->horizontalHeader()->sectionViewportPosition(idColumn) + 10, 5));
        QVERIFY(asked);
        QTRY_VERIFY_WITH_TIMEOUT(model()->isFullyLoaded(), 15000);
        QTRY_VERIFY(model()->isSorted());
        QCOMPARE(model()->sortColumn(), idColumn);
        QCOMPARE(model()->rowCount(), 1500);
        qint64 previous = -1;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const qint64 id =
                model()->index(row, idColumn).data(NumberTableModel::RecordIdRole).toLongLong();
            QVERIFY(id > previous);
            previous = id;
        }
        // A second click sorts the loaded result descending, without asking again.
        QTest::mouseClick(
            table->horizontalHeader()->viewport(), Qt::LeftButton, {},
            QPoint(table->horizontalHeader()->sectionViewportPosition(idColumn) + 10, 5));
        QCOMPARE(model()->sortOrder(), Qt::DescendingOrder);
        QVERIFY(model()->index(0, 0).data(NumberTableModel::RecordIdRole).toLongLong() >
                model()->index(1, 0).data(NumberTableModel::RecordIdRole).toLongLong());
    }

    void shouldChooseColumnsFromTheHeaderMenu()
    {
        openWindow(1500);
        QTRY_VERIFY(model()->loadedRowCount() > 0);
        NumberTableView *table = m_window->tableView();
        QMenu menu;
        table->fillColumnsMenu(&menu);
        QAction *uuid = nullptr;
        QAction *number = nullptr;
        for (QAction *action : menu.actions()) {
            if (action->text() == QStringLiteral("UUID"))
                uuid = action;
            if (action->text() == QStringLiteral("Number"))
                number = action;
        }
        QVERIFY(uuid && number);
        QVERIFY(!uuid->isChecked());
        QVERIFY(number->isChecked());
        uuid->trigger();
        QCOMPARE(table->visibleColumns().last(), QStringLiteral("uuid"));
        number->trigger();
        QVERIFY(!table->visibleColumns().contains(QStringLiteral("number")));
        QTRY_VERIFY(model()->index(0, 0).data(NumberTableModel::LoadedRole).toBool());
        QVERIFY(!model()
                     ->index(0, model()->columns().indexOf(QStringLiteral("uuid")))
                     .data()
                     .toString()
                     .isEmpty());
    }

    void shouldShowNetworkErrorsInABannerAndRecoverOnRetry()
    {
        openWindow(3000);
        QTRY_VERIFY(model()->loadedRowCount() > 0);
        sandbox::FaultSettings faults;
        faults.errorRate = 1.0;
        m_workspace->sandbox()->setFaults(faults);
        ApiClient::Options options = m_workspace->client()->options();
        options.retry.maxAttempts = 1;
        m_workspace->client()->setOptions(options);
        NumberTableView *table = m_window->tableView();
        table->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->errorBanner()->isVisible(), 5000);
        QVERIFY(m_window->errorBanner()->text().contains(QStringLiteral("server had a problem")));
        const qint64 loadedBefore = model()->loadedRowCount();
        QVERIFY(loadedBefore > 0); // the table keeps what it has
        m_workspace->sandbox()->setFaults(sandbox::FaultSettings{});
        QTest::mouseClick(m_window->errorBanner()->findChild<QPushButton *>(), Qt::LeftButton);
        QTRY_VERIFY(model()->index(2999, 0).data(NumberTableModel::LoadedRole).toBool());
        QVERIFY(!m_window->errorBanner()->isVisible());
    }
    void shouldBuyFromTheWindowAndInsertTheNewNumberWithoutLosingTheSelection()
    {
        openWindow(2000);
        QTRY_COMPARE(model()->total(), 2000);
        QTRY_VERIFY(m_workspace->lookups()->isLoaded(schema::LookupKind::ProviderConfigurations));
        QTRY_VERIFY(m_workspace->lookups()->isLoaded(schema::LookupKind::Offers));
        NumberTableView *table = m_window->tableView();
        QTRY_VERIFY(model()->index(5, 0).data(NumberTableModel::LoadedRole).toBool());
        table->selectRow(5);
        const qint64 selectedId =
            model()->index(5, 0).data(NumberTableModel::RecordIdRole).toLongLong();
        table->setFocus();

        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        BuyNumberDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<BuyNumberDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        test::findByAccessibleName<LookupCombo>(dialog, QStringLiteral("Provider"))
            ->setSelectedId(151);
        test::findByAccessibleName<LookupCombo>(dialog, QStringLiteral("Offer"))
            ->setSelectedId(100);
        test::answerNextMessageBox(this, QStringLiteral("Rent"), nullptr);
        QTest::mouseClick(test::findByAccessibleName<QPushButton>(dialog, QStringLiteral("Buy")),
                          Qt::LeftButton);
        QTRY_VERIFY(dialog->runner() && !dialog->runner()->isRunning());
        const NumberAction &action = dialog->runner()->actions().first();
        QCOMPARE(action.state, NumberAction::State::Succeeded);

        // In the table, in place: one row more at the end, the selection where it was.
        QTRY_COMPARE(model()->total(), 2001);
        QCOMPARE(model()->rowOfId(*action.result->id), 2000);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), 5);
        QCOMPARE(model()->index(5, 0).data(NumberTableModel::RecordIdRole).toLongLong(),
                 selectedId);
        // In the Activity dock, newest first.
        JournalModel *activity = m_window->activityPanel()->model();
        QCOMPARE(activity->index(0, JournalModel::ActionColumn).data().toString(),
                 QStringLiteral("Buy"));
        QCOMPARE(activity->index(0, JournalModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Done"));
        QVERIFY(test::saveScreenshot(dialog, QStringLiteral("buy-dialog-from-window.png")));
        dialog->close();
        QTRY_VERIFY(m_window->detailsPanel()->number().has_value());
        QVERIFY(test::saveScreenshot(m_window.get(), QStringLiteral("main-window-activity.png")));
    }

    void shouldUnrentTheSelectedRowsAndKeepTheScrollPosition()
    {
        openWindow(2500);
        QTRY_COMPARE(model()->total(), 2500);
        NumberTableView *table = m_window->tableView();
        table->scrollTo(model()->index(120, 0), QAbstractItemView::PositionAtTop);
        QTRY_VERIFY(model()->index(125, 0).data(NumberTableModel::LoadedRole).toBool());
        const int scroll = table->verticalScrollBar()->value();
        QList<qint64> ids;
        for (int row = 121; row <= 123; ++row) {
            table->selectionModel()->select(model()->index(row, 0), QItemSelectionModel::Select |
                                                                        QItemSelectionModel::Rows);
            ids.append(model()->index(row, 0).data(NumberTableModel::RecordIdRole).toLongLong());
        }
        const qint64 below =
            model()->index(124, 0).data(NumberTableModel::RecordIdRole).toLongLong();
        QCOMPARE(m_window->selectedNumbers().size(), 3);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        UnrentDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<UnrentDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->numbersTable()->rowCount(), 3);
        QTest::keyClicks(dialog->countEdit(), QStringLiteral("3"));
        QTest::mouseClick(dialog->unrentButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->runner() && !dialog->runner()->isRunning());
        QCOMPARE(dialog->runner()->count(NumberAction::State::Succeeded), 3);
        QTRY_COMPARE(model()->total(), 2497);
        for (qint64 id : std::as_const(ids))
            QCOMPARE(model()->rowOfId(id), -1);
        QCOMPARE(model()->index(121, 0).data(NumberTableModel::RecordIdRole).toLongLong(), below);
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
        QCOMPARE(m_workspace->sandbox()->numberCount(), 2497);
    }
    void shouldSwitchToASavedAccountAndBackToTheSandbox()
    {
        openWindow(1500);
        QTRY_COMPARE(model()->total(), 1500);
        AccountSwitcher *accounts = m_window->accounts();
        SecretStores &secrets = accounts->secrets();
        // The keychain check ends one way or the other (no backend on a build machine).
        QTRY_VERIFY_WITH_TIMEOUT(secrets.isKeychainUsable() || !secrets.keychainProblem().isEmpty(),
                                 10000);
        // A "real" account that happens to be this sandbox, with Basic auth.
        Profile profile;
        profile.name = QStringLiteral("demo");
        profile.baseUrl = m_workspace->sandbox()->apiBaseUrl().toString();
        profile.auth = AuthMethod::Basic;
        QString error;
        QVERIFY2(accounts->profiles().save(profile, &error), qPrintable(error));
        Credentials credentials;
        credentials.method = AuthMethod::Basic;
        credentials.publicKey = SandboxHost::demoCredentials().publicKey;
        credentials.privateKey = SandboxHost::demoCredentials().privateKey;
        bool written = false;
        secrets.current()->write(QStringLiteral("demo"), credentials, this,
                                 [&](const SecretResult &r) { written = r.ok(); });
        QTRY_VERIFY(written);
        m_window->profileSwitcher()->reload();

        QSignalSpy switched(accounts, &AccountSwitcher::switched);
        m_workspace->sandbox()->clearReceivedRequests();
        accounts->switchTo(QStringLiteral("demo"));
        QTRY_COMPARE(switched.count(), 1);
        QVERIFY(!m_workspace->isSandbox());
        QCOMPARE(m_workspace->profileName(), QStringLiteral("demo"));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("demo")));
        QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("sandboxBadge"))->isVisible());
        QCOMPARE(m_window->profileSwitcher()->currentProfile(), QStringLiteral("demo"));
        QTRY_COMPARE(model()->total(), 1500); // the view was loaded again, with the account's keys
        bool basicUsed = false;
        for (const auto &request : m_workspace->sandbox()->receivedRequests())
            basicUsed = basicUsed || request.header("Authorization").startsWith("Basic ");
        QVERIFY(basicUsed);
        QCOMPARE(QSettings().value(QStringLiteral("accounts/current")).toString(),
                 QStringLiteral("demo"));

        accounts->switchTo(QString());
        QTRY_COMPARE(switched.count(), 2);
        QVERIFY(m_workspace->isSandbox());
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("sandboxBadge"))->isVisible());
        QTRY_COMPARE(model()->total(), 1500);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
