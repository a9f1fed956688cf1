#include "activitypanel.h"
#include "journal.h"
#include "journalmodel.h"

#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace numdesk;

// The Activity dock's summary line over a journal.
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

private slots:
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
};

QTEST_MAIN(tst_ActivityPanel)
#include "tst_activitypanel.moc"
