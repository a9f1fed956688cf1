#include "activitypanel.h"
#include "batchgroupmodel.h"
#include "dialogtesthelpers.h"
#include "journal.h"
#include "journalmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace numdesk;

// The Activity dock over a journal: its summary line, and its actions grouped by batch.
class tst_ActivityPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Journal::Intent unrentIntent()
    {
        Journal::Intent intent;
        intent.action = JournalEntry::Action::Unrent;
        intent.account = QStringLiteral("Sandbox");
        intent.target = QStringLiteral("42");
        intent.targetLabel = QStringLiteral("+1 (800) 555-0100");
        return intent;
    }

    static Journal::Intent batchIntent(const QString &batch, const QString &kind, int target,
                                       JournalEntry::Action action = JournalEntry::Action::Update)
    {
        Journal::Intent intent = unrentIntent();
        intent.action = action;
        intent.target = QString::number(target);
        intent.targetLabel = QStringLiteral("+1 (800) 555-%1").arg(target, 4, 10, QLatin1Char('0'));
        intent.batch = batch;
        intent.batchKind = kind;
        return intent;
    }

    static QString text(const QAbstractItemModel *model, int row, int column,
                        const QModelIndex &parent = {})
    {
        return model->index(row, column, parent).data().toString();
    }

private slots:
    void initTestCase() { QVERIFY(numdesk::test::installEnglishPlurals()); }

    void shouldCountWhatNeedsCheckingAboveTheList()
    {
        Journal journal(m_dir.filePath(QStringLiteral("journal.jsonl")));
        ActivityPanel panel(&journal);
        const auto id = journal.recordIntent(unrentIntent());
        QVERIFY(id);
        Journal::Outcome unknown;
        unknown.state = JournalEntry::State::OutcomeUnknown;
        QVERIFY(journal.recordOutcome(*id, unknown));
        QVERIFY2(panel.headerText().contains(QStringLiteral("unknown outcome")),
                 qPrintable(panel.headerText()));
        QCOMPARE(panel.view()->model()->rowCount(), 1);
    }

    void shouldKeepSayingThatTheJournalCannotBeWritten()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Journal journal(blocker.fileName() + QStringLiteral("/journal.jsonl"));
        ActivityPanel panel(&journal);
        QVERIFY(!journal.recordIntent(unrentIntent()));
        QVERIFY(panel.headerText().contains(QStringLiteral("Cannot write the activity journal")));
        // Any later change of the list must not hide it.
        panel.model()->reload();
        QVERIFY2(panel.headerText().contains(QStringLiteral("Cannot write the activity journal")),
                 qPrintable(panel.headerText()));
    }

    void shouldSayWhereOlderActionsWentWhenTheJournalWasArchived()
    {
        const QString path = m_dir.filePath(QStringLiteral("archived/journal.jsonl"));
        const Journal::Limits limits{1000, 2};
        {
            Journal journal(path, limits);
            for (int i = 0; i < 10; ++i) {
                const auto id = journal.recordIntent(unrentIntent());
                QVERIFY(id);
                QVERIFY(journal.recordOutcome(*id, Journal::Outcome()));
            }
        }
        Journal journal(path, limits);
        QVERIFY(journal.load());
        ActivityPanel panel(&journal);
        QVERIFY(!journal.archivedTo().isEmpty());
        QVERIFY2(panel.headerText().contains(
                     QStringLiteral("Older actions are kept in %1.").arg(journal.archivedTo())),
                 qPrintable(panel.headerText()));
        QCOMPARE(panel.view()->model()->rowCount(), 2);
    }

    // Issue 17: the dock groups actions by batch; a batch row sums its actions up, expands to
    // them, and its Undo takes that batch. The model is checked by QAbstractItemModelTester at
    // every change (rows inserted under a row of its own, a batch moved to the top, outcomes).
    void shouldGroupActionsByBatchNewestFirst()
    {
        Journal journal(m_dir.filePath(QStringLiteral("batches.jsonl")));
        ActivityPanel panel(&journal);
        BatchGroupModel *groups = panel.groupModel();
        QAbstractItemModelTester tester(groups,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // An action without a batch (a journal written before batches): a row of its own.
        const auto lone = journal.recordIntent(unrentIntent());
        QVERIFY(lone);
        // A plan of three: its first action is a row of its own until the second arrives.
        const auto a1 = journal.recordIntent(batchIntent("aaaa0001", "apply", 1));
        QVERIFY(a1);
        QCOMPARE(groups->rowCount(), 2);
        QCOMPARE(groups->rowCount(groups->index(0, 0)), 0);
        QCOMPARE(text(groups, 0, JournalModel::ActionColumn), QStringLiteral("Edit"));
        QCOMPARE(text(groups, 0, JournalModel::NumberColumn), QStringLiteral("+1 (800) 555-0001"));
        const auto a2 = journal.recordIntent(batchIntent("aaaa0001", "apply", 2));
        const auto a3 =
            journal.recordIntent(batchIntent("aaaa0001", "apply", 3, JournalEntry::Action::Unrent));
        QVERIFY(a2 && a3);
        QCOMPARE(groups->rowCount(), 2);
        const QModelIndex plan = groups->index(0, 0);
        QCOMPARE(groups->rowCount(plan), 3);
        QCOMPARE(text(groups, 0, JournalModel::ActionColumn), QStringLiteral("Plan: 3 actions"));
        QCOMPARE(text(groups, 0, JournalModel::NumberColumn), QStringLiteral("3 numbers"));
        QCOMPARE(text(groups, 0, JournalModel::BatchColumn), QStringLiteral("aaaa0001"));
        QCOMPARE(text(groups, 0, JournalModel::OutcomeColumn), QStringLiteral("3 sending…"));
        // Its actions, newest first.
        QCOMPARE(text(groups, 0, JournalModel::NumberColumn, plan),
                 QStringLiteral("+1 (800) 555-0003"));
        QCOMPARE(text(groups, 0, JournalModel::ActionColumn, plan), QStringLiteral("Unrent"));
        QCOMPARE(text(groups, 2, JournalModel::NumberColumn, plan),
                 QStringLiteral("+1 (800) 555-0001"));
        QCOMPARE(groups->index(2, 0, plan).data(JournalModel::BatchRole).toString(),
                 QStringLiteral("aaaa0001"));
        // The lone action below, with no batch.
        QCOMPARE(groups->index(1, 0).data(JournalModel::BatchRole).toString(), QString());
        QCOMPARE(text(groups, 1, JournalModel::ActionColumn), QStringLiteral("Unrent"));

        // Outcomes sum up on the batch row; an unknown one marks it.
        QVERIFY(journal.recordOutcome(*a1, Journal::Outcome()));
        Journal::Outcome failed;
        failed.state = JournalEntry::State::Failed;
        failed.message = QStringLiteral("422");
        QVERIFY(journal.recordOutcome(*a2, failed));
        QCOMPARE(text(groups, 0, JournalModel::OutcomeColumn),
                 QStringLiteral("1 done, 1 failed, 1 sending…"));
        QVERIFY(groups->index(0, 0).data(JournalModel::FailedRole).toBool());
        QVERIFY(!groups->index(0, 0).data(JournalModel::NeedsCheckingRole).toBool());
        Journal::Outcome unknown;
        unknown.state = JournalEntry::State::OutcomeUnknown;
        QVERIFY(journal.recordOutcome(*a3, unknown));
        QCOMPARE(text(groups, 0, JournalModel::OutcomeColumn),
                 QStringLiteral("1 done, 1 failed, 1 unknown — check"));
        QVERIFY(groups->index(0, 0).data(JournalModel::NeedsCheckingRole).toBool());
        QCOMPARE(text(groups, 1, JournalModel::OutcomeColumn, plan), QStringLiteral("Failed"));

        // An undo is a batch of its own, on top; an action of an older batch brings it back up,
        // expanded as it was.
        const auto u1 = journal.recordIntent(batchIntent("bbbb0002", "undo", 1));
        const auto u2 = journal.recordIntent(batchIntent("bbbb0002", "undo", 2));
        QVERIFY(u1 && u2);
        QCOMPARE(groups->rowCount(), 3);
        QCOMPARE(text(groups, 0, JournalModel::ActionColumn), QStringLiteral("Undo: 2 actions"));
        panel.view()->expand(groups->batchIndex(QStringLiteral("aaaa0001")));
        QCOMPARE(groups->batchIndex(QStringLiteral("aaaa0001")).row(), 1);
        QVERIFY(journal.recordIntent(batchIntent("aaaa0001", "apply", 4)));
        const QModelIndex moved = groups->batchIndex(QStringLiteral("aaaa0001"));
        QCOMPARE(moved.row(), 0);
        QCOMPARE(groups->rowCount(moved), 4);
        QVERIFY(panel.view()->isExpanded(moved));
        QCOMPARE(text(groups, 1, JournalModel::BatchColumn), QStringLiteral("bbbb0002"));

        // A journal read again is grouped the same.
        panel.model()->reload();
        QCOMPARE(groups->rowCount(), 3);
        QCOMPARE(groups->rowCount(groups->batchIndex(QStringLiteral("aaaa0001"))), 4);
        QCOMPARE(groups->rowCount(groups->batchIndex(QStringLiteral("bbbb0002"))), 2);
    }

    void shouldUndoTheBatchOfTheSelectedRowWhetherBatchOrAction()
    {
        Journal journal(m_dir.filePath(QStringLiteral("undo.jsonl")));
        QVERIFY(journal.recordIntent(batchIntent("cccc0003", "update", 1)));
        QVERIFY(journal.recordIntent(batchIntent("cccc0003", "update", 2)));
        QVERIFY(journal.recordIntent(unrentIntent()));
        ActivityPanel panel(&journal);
        panel.resize(900, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy undo(&panel, &ActivityPanel::undoBatchRequested);
        QTreeView *view = panel.view();
        BatchGroupModel *groups = panel.groupModel();
        QCOMPARE(text(groups, 1, JournalModel::ActionColumn), QStringLiteral("2 edits"));

        // The action without a batch cannot be undone.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(groups->index(0, 1)).center());
        QCOMPARE(panel.selectedBatch(), QString());
        QVERIFY(!panel.undoButton()->isEnabled());

        // The batch row: a click selects it; the Right key opens it, Down goes to its newest
        // action and a click to the older one.
        const QModelIndex batch = groups->index(1, 1);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(batch).center());
        QCOMPARE(panel.selectedBatch(), QStringLiteral("cccc0003"));
        QVERIFY(panel.undoButton()->isEnabled());
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(view->isExpanded(batch.siblingAtColumn(0)));
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().parent(), batch.siblingAtColumn(0));
        QCOMPARE(view->currentIndex().row(), 0);
        const QModelIndex action = groups->index(1, 1, batch.siblingAtColumn(0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(action).center());
        QCOMPARE(view->currentIndex().parent(), batch.siblingAtColumn(0));
        QCOMPARE(view->currentIndex().row(), 1);
        QCOMPARE(text(groups, 1, JournalModel::NumberColumn, batch.siblingAtColumn(0)),
                 QStringLiteral("+1 (800) 555-0001"));
        QCOMPARE(panel.selectedBatch(), QStringLiteral("cccc0003"));
        QVERIFY(numdesk::test::saveScreenshot(&panel, QStringLiteral("activity-batches.png")));
        QTest::mouseClick(panel.undoButton(), Qt::LeftButton);
        QCOMPARE(undo.count(), 1);
        QCOMPARE(undo.first().first().toString(), QStringLiteral("cccc0003"));
    }
};

QTEST_MAIN(tst_ActivityPanel)
#include "tst_activitypanel.moc"
