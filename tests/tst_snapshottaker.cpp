// SnapshotTaker, the window's "Take Snapshot": a snapshot of the sandbox with a progress dialog
// that does not block the window, Cancel that keeps nothing, and the toolbar action.
#include "apiclient.h"
#include "mainwindow.h"
#include "sandboxaccount.h"
#include "snapshottaker.h"
#include "tst_sandboxhttp.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace numdesk;
using namespace numdesk::test;
using numdesk::sandbox::test::StartedSandbox;

class TestSnapshotTaker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
    }

    void shouldTakeASnapshotWithoutBlockingTheWindow()
    {
        StartedSandbox sandbox(600);
        QVERIFY(sandbox.started);
        ApiClient client(sandboxAccount(*sandbox.server));
        QWidget window;
        const QString path = m_dir.filePath(QStringLiteral("taker1.sqlite"));
        auto *taker = new SnapshotTaker(&client, path, {}, &window);
        QSignalSpy finished(taker, &SnapshotTaker::finished);
        QString error;
        QVERIFY2(taker->start(&error), qPrintable(error));
        QVERIFY(taker->progressDialog());
        QVERIFY(taker->progressDialog()->isVisible());
        QCOMPARE(taker->progressDialog()->windowModality(), Qt::NonModal);
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<SnapshotResult>();
        QCOMPARE(result.outcome, SnapshotResult::Outcome::Completed);
        QCOMPARE(result.count, 600);
        QVERIFY(result.verified);
        QVERIFY(SnapshotTaker::describe(result).startsWith(
            QStringLiteral("Snapshot %1: 600 numbers at ").arg(result.id)));
        SnapshotStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().first().count, 600);
    }

    void shouldKeepNothingWhenCancelledFromTheDialog()
    {
        StartedSandbox sandbox(900);
        QVERIFY(sandbox.started);
        ApiClient client(sandboxAccount(*sandbox.server));
        QWidget window;
        const QString path = m_dir.filePath(QStringLiteral("taker2.sqlite"));
        auto *taker = new SnapshotTaker(&client, path, {}, &window);
        QSignalSpy finished(taker, &SnapshotTaker::finished);
        QString error;
        QVERIFY(taker->start(&error));
        // Cancel before the first answer is in: the dialog's button.
        auto *button = taker->progressDialog()->findChild<QPushButton *>();
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        const auto result = finished.first().first().value<SnapshotResult>();
        QCOMPARE(result.outcome, SnapshotResult::Outcome::Cancelled);
        SnapshotStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.list().isEmpty());
    }

    void shouldTakeASnapshotFromTheWindowsAction()
    {
        Workspace workspace(nullptr, m_dir.filePath(QStringLiteral("journal.jsonl")));
        QString error;
        const QString database = m_dir.filePath(QStringLiteral("window-sandbox.sqlite"));
        QVERIFY2(workspace.startSandbox(database, 250, &error), qPrintable(error));
        QCOMPARE(workspace.snapshotProfileKey(),
                 QStringLiteral("sandbox:") + QFileInfo(database).absoluteFilePath());
        MainWindow window(&workspace);
        auto *action = window.findChild<QAction *>(QStringLiteral("takeSnapshotAction"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(!action->isEnabled()); // one snapshot at a time
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 60000);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral(": 250 numbers at ")),
                 qPrintable(window.statusBar()->currentMessage()));
        SnapshotStore store;
        QVERIFY(store.open(SnapshotStore::pathForProfile(workspace.snapshotProfileKey())));
        QCOMPARE(store.list().size(), 1);
    }
};

QTEST_MAIN(TestSnapshotTaker)
#include "tst_snapshottaker.moc"
