#include "datafolder.h"
#include "journal.h"
#include "journalmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace numdesk;

class tst_Journal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("j%1/journal.jsonl").arg(++m_counter));
    }

    static Journal::Intent purchaseIntent()
    {
        Journal::Intent intent;
        intent.action = JournalEntry::Action::Purchase;
        intent.account = QStringLiteral("Sandbox");
        intent.server = QStringLiteral("http://127.0.0.1:8080/api/v1/");
        intent.request = QJsonObject{{QStringLiteral("offer_id"), 100},
                                     {QStringLiteral("country"), QStringLiteral("US")}};
        return intent;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void shouldWriteTheIntentBeforeAndTheOutcomeAfterAndReadThemBack()
    {
        const QString path = freshPath();
        {
            Journal journal(path);
            QSignalSpy added(&journal, &Journal::entryAdded);
            QSignalSpy changed(&journal, &Journal::entryChanged);
            QString error;
            const auto id = journal.recordIntent(purchaseIntent(), &error);
            QVERIFY2(id, qPrintable(error));
            QCOMPARE(added.count(), 1);
            QCOMPARE(journal.entries().constFirst().state, JournalEntry::State::InFlight);
            // The intent is on disk before anything is sent.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
            QCOMPARE(lines.size(), 1);
            const QJsonObject intent = QJsonDocument::fromJson(lines.first()).object();
            QCOMPARE(intent.value(QStringLiteral("phase")).toString(), QStringLiteral("intent"));
            QCOMPARE(intent.value(QStringLiteral("action")).toString(), QStringLiteral("purchase"));
            QCOMPARE(intent.value(QStringLiteral("request")).toObject(), purchaseIntent().request);

            Journal::Outcome outcome;
            outcome.numberId = 123456789012;
            outcome.number = QStringLiteral("+18005550100");
            QVERIFY(journal.recordOutcome(*id, outcome, &error));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(journal.entries().constFirst().state, JournalEntry::State::Succeeded);
        }
        Journal reread(path);
        QVERIFY(reread.load());
        QCOMPARE(reread.entries().size(), 1);
        const JournalEntry &entry = reread.entries().constFirst();
        QCOMPARE(entry.state, JournalEntry::State::Succeeded);
        QCOMPARE(entry.numberId, std::optional<qint64>(123456789012));
        QCOMPARE(entry.number, QStringLiteral("+18005550100"));
        QCOMPARE(entry.account, QStringLiteral("Sandbox"));
        QVERIFY(entry.sentAt.isValid());
        QVERIFY(entry.finishedAt >= entry.sentAt);
        QCOMPARE(reread.unreadableLines(), 0);
    }

    // Issue 17: batches and before-values are new keys of the intent line; a journal written
    // before them reads as it did, its entries in no batch.
    void shouldKeepBatchAndBeforeValuesAndStillReadOldLines()
    {
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(R"({"v":1,"id":"a","phase":"intent","time":"2026-11-30T10:00:00.000Z",)"
                  R"("action":"update","account":"Sandbox","server":"s","request":{"offer_id":1},)"
                  R"("target":"7"})"
                  "\n"
                  R"({"v":1,"id":"a","phase":"outcome","time":"2026-11-30T10:00:01.000Z",)"
                  R"("state":"succeeded"})"
                  "\n");
        old.close();
        {
            Journal journal(path);
            QVERIFY(journal.load());
            QCOMPARE(journal.unreadableLines(), 0);
            QCOMPARE(journal.entries().size(), 1);
            QCOMPARE(journal.entries().first().state, JournalEntry::State::Succeeded);
            QVERIFY(journal.entries().first().batch.isEmpty());
            QVERIFY(journal.entries().first().before.isEmpty());
            Journal::Intent intent = purchaseIntent();
            intent.action = JournalEntry::Action::Update;
            intent.batch = QStringLiteral("0badcafe");
            intent.batchKind = QStringLiteral("apply");
            intent.before = QJsonObject{{QStringLiteral("offer_id"), 101},
                                        {QStringLiteral("ring_pool_id"), QJsonValue::Null}};
            QVERIFY(journal.recordIntent(intent));
        }
        Journal journal(path);
        QVERIFY(journal.load());
        QCOMPARE(journal.entries().size(), 2);
        const JournalEntry &entry = journal.entries().at(1);
        QCOMPARE(entry.batch, QStringLiteral("0badcafe"));
        QCOMPARE(entry.batchKind, QStringLiteral("apply"));
        QCOMPARE(entry.before, (QJsonObject{{QStringLiteral("offer_id"), 101},
                                            {QStringLiteral("ring_pool_id"), QJsonValue::Null}}));
        JournalModel model(&journal);
        QCOMPARE(model.headerData(JournalModel::BatchColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Batch"));
        QCOMPARE(model.index(0, JournalModel::BatchColumn).data().toString(),
                 QStringLiteral("0badcafe")); // newest first
        QCOMPARE(model.index(0, 0).data(JournalModel::BatchRole).toString(),
                 QStringLiteral("0badcafe"));
        QVERIFY(model.index(1, JournalModel::BatchColumn).data().toString().isEmpty());
        const QString id = JournalEntry::newBatchId();
        QCOMPARE(id.size(), 8);
        QVERIFY(id != JournalEntry::newBatchId());
    }

    void shouldShowAnIntentWithoutOutcomeAsNeedingACheckNextTime()
    {
        const QString path = freshPath();
        {
            Journal journal(path);
            QVERIFY(journal.recordIntent(purchaseIntent()));
            // The app "crashes" here: no outcome line.
        }
        Journal reread(path);
        QVERIFY(reread.load());
        QCOMPARE(reread.entries().size(), 1);
        QCOMPARE(reread.entries().constFirst().state, JournalEntry::State::NoOutcome);
        QVERIFY(reread.entries().constFirst().needsChecking());
        JournalModel model(&reread);
        QCOMPARE(model.needsCheckingCount(), 1);
        QCOMPARE(model.index(0, JournalModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Outcome unknown — check"));
    }

    void shouldKeepTheGoodLinesOfAFileCutShortOrDamaged()
    {
        const QString path = freshPath();
        {
            Journal journal(path);
            const auto first = journal.recordIntent(purchaseIntent());
            QVERIFY(first);
            QVERIFY(journal.recordOutcome(*first, {}));
            QVERIFY(journal.recordIntent(purchaseIntent()));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"v\":1,\"id\":\"x\",\"phase\":\"outc"); // power lost mid-line
        file.close();
        Journal reread(path);
        QVERIFY(reread.load());
        QCOMPARE(reread.entries().size(), 2);
        QCOMPARE(reread.unreadableLines(), 1);
        QCOMPARE(reread.entries().at(0).state, JournalEntry::State::Succeeded);
        QCOMPARE(reread.entries().at(1).state, JournalEntry::State::NoOutcome);
        // Appending after a damaged tail still gives readable lines.
        QVERIFY(reread.recordIntent(purchaseIntent()));
        Journal third(path);
        QVERIFY(third.load());
        QCOMPARE(third.entries().size(), 3);
    }

    void shouldCreateTheFileReadableOnlyByTheUser()
    {
        const QString path = freshPath();
        Journal journal(path);
        QVERIFY(journal.recordIntent(purchaseIntent()));
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);
    }

    void shouldRefuseAnIntentItCannotWrite()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Journal journal(blocker.fileName() + QStringLiteral("/journal.jsonl"));
        QSignalSpy failed(&journal, &Journal::writeFailed);
        QString error;
        QVERIFY(!journal.recordIntent(purchaseIntent(), &error));
        QVERIFY(error.contains(QStringLiteral("Cannot write the activity journal")));
        QCOMPARE(failed.count(), 1);
        QVERIFY(journal.entries().isEmpty());
    }

    // 20 purchases: the 3rd never got an outcome (crash), the 6th's answer was lost; the rest
    // succeeded. Then a line that is not JSON.
    static QStringList writeTwentyPurchases(Journal &journal)
    {
        QStringList ids;
        for (int i = 0; i < 20; ++i) {
            const auto id = journal.recordIntent(purchaseIntent());
            if (!id)
                return {};
            ids.append(*id);
            if (i == 2)
                continue;
            Journal::Outcome outcome;
            outcome.state =
                i == 5 ? JournalEntry::State::OutcomeUnknown : JournalEntry::State::Succeeded;
            outcome.numberId = 1000 + i;
            if (!journal.recordOutcome(*id, outcome))
                return {};
        }
        QFile file(journal.filePath());
        if (!file.open(QIODevice::Append) || file.write("{not json\n") < 0)
            return {};
        return ids;
    }

    void shouldArchiveALargeJournalAndCarryWhatStillNeedsChecking()
    {
        const QString path = freshPath();
        const Journal::Limits limits{4000, 3};
        QStringList ids;
        {
            Journal journal(path, limits);
            ids = writeTwentyPurchases(journal);
            QCOMPARE(ids.size(), 20);
        }
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        QVERIFY(before.size() > 4000);

        auto opened = std::make_unique<Journal>(path, limits);
        Journal &journal = *opened;
        QVERIFY(journal.load());
        QVERIFY(journal.archivingError().isEmpty());
        // The old file, byte for byte, under a dated name beside the journal.
        QVERIFY(journal.archivedTo().startsWith(path.chopped(6) + QStringLiteral("-")));
        QVERIFY(journal.archivedTo().endsWith(QStringLiteral("Z.jsonl")));
        QFile archived(journal.archivedTo());
        QVERIFY(archived.open(QIODevice::ReadOnly));
        QCOMPARE(archived.readAll(), before);
        QCOMPARE(QFile::permissions(journal.archivedTo()), QFile::permissions(path));
        // The new journal: the two to check and the latest three, lines copied unchanged.
        QStringList kept;
        for (const JournalEntry &entry : journal.entries())
            kept.append(entry.id);
        QCOMPARE(kept, QStringList({ids.at(2), ids.at(5), ids.at(17), ids.at(18), ids.at(19)}));
        QCOMPARE(journal.entries().at(0).state, JournalEntry::State::NoOutcome);
        QCOMPARE(journal.entries().at(1).state, JournalEntry::State::OutcomeUnknown);
        QCOMPARE(journal.entries().at(4).numberId, std::optional<qint64>(1019));
        QCOMPARE(journal.unreadableLines(), 0);
        QFile fresh(path);
        QVERIFY(fresh.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = fresh.readAll().trimmed().split('\n');
        fresh.close();
        QCOMPARE(lines.size(), 9); // 5 intents, 4 outcomes
        const QList<QByteArray> oldLines = before.split('\n');
        for (const QByteArray &line : lines)
            QVERIFY2(oldLines.contains(line), line.constData());
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);
        QVERIFY(!QFile::exists(path + QStringLiteral(".new")));

        // New actions go to the new journal; the archive is never written again.
        QVERIFY(journal.recordIntent(purchaseIntent()));
        QCOMPARE(journal.entries().size(), 6);
        QVERIFY(archived.seek(0));
        QCOMPARE(archived.readAll(), before);
        opened.reset();
        Journal next(path, limits);
        QVERIFY(next.load());
        QVERIFY(next.archivedTo().isEmpty()); // small now
        QCOMPARE(next.entries().size(), 6);
    }

    void shouldLeaveTheJournalInPlaceWhileAnotherInstanceUsesIt()
    {
        const QString path = freshPath();
        const Journal::Limits limits{4000, 3};
        auto first = std::make_unique<Journal>(path, limits);
        QVERIFY(first->load()); // the first instance started: it holds the journal
        QCOMPARE(writeTwentyPurchases(*first).size(), 20);

        Journal second(path, limits);
        QVERIFY(second.load());
        QVERIFY(second.archivedTo().isEmpty()); // the first one still appends to the file
        QVERIFY(second.archivingError().isEmpty());
        QCOMPARE(second.entries().size(), 20);

        first.reset(); // closed: the next start may archive
        QVERIFY(second.load());
        QVERIFY(!second.archivedTo().isEmpty());
        QCOMPARE(second.entries().size(), 5);
    }

    void shouldKeepTheDataFolderToItsOwner()
    {
        // The data folder holds the journal and the secrets file: 0700, also when an older
        // version left it 0755. A folder the user chose keeps its mode.
        QStandardPaths::setTestModeEnabled(true);
        const QString folder = DataFolder::path();
        QVERIFY(folder.contains(QLatin1String(".qttest")));
        QVERIFY(QDir().mkpath(folder));
        const auto wide = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                          QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                          QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(folder, wide));
        {
            Journal journal(Journal::defaultPath());
            QString error;
            QVERIFY2(journal.load(&error), qPrintable(error));
        }
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(folder) & others, QFileDevice::Permissions());
        QFile::remove(Journal::defaultPath() + QStringLiteral(".lock"));

        const QString chosen = m_dir.filePath(QStringLiteral("chosen"));
        QVERIFY(QDir().mkpath(chosen));
        QVERIFY(QFile::setPermissions(chosen, wide));
        QVERIFY(DataFolder::makePath(chosen));
        QCOMPARE(QFile::permissions(chosen) & others, wide & others);
        QStandardPaths::setTestModeEnabled(false);
    }

    void modelShouldListNewestFirstAndChangeRowsInPlace()
    {
        Journal journal(freshPath());
        JournalModel model(&journal);
        QAbstractItemModelTester tester(&model);
        const auto first = journal.recordIntent(purchaseIntent());
        Journal::Intent unrent = purchaseIntent();
        unrent.action = JournalEntry::Action::Unrent;
        unrent.target = QStringLiteral("42");
        unrent.targetLabel = QStringLiteral("+1 (800) 555-0100");
        unrent.request = {};
        const auto second = journal.recordIntent(unrent);
        QVERIFY(first && second);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, JournalModel::ActionColumn).data().toString(),
                 QStringLiteral("Unrent"));
        QCOMPARE(model.index(0, JournalModel::NumberColumn).data().toString(),
                 QStringLiteral("+1 (800) 555-0100"));
        QCOMPARE(model.index(0, JournalModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Sending…"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Journal::Outcome failed;
        failed.state = JournalEntry::State::Failed;
        failed.message = QStringLiteral("Number is protected by delete prevention");
        QVERIFY(journal.recordOutcome(*second, failed));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, JournalModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Failed"));
        QVERIFY(model.index(0, JournalModel::DetailsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("delete prevention")));
        QVERIFY(model.index(1, JournalModel::DetailsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("offer_id=100")));
    }
};

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"
