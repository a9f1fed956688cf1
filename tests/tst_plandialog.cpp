// File → Apply Changes from File… and the Activity dock's Undo Batch… (issue 17): the preview
// table, Apply with a progress row per number, only changed fields sent, and the undo of the
// batch from the Activity panel, against the in-process sandbox.
#include "actionprogressview.h"
#include "actionrunner.h"
#include "activitypanel.h"
#include "dialogtesthelpers.h"
#include "journal.h"
#include "journalmodel.h"
#include "lookupcache.h"
#include "numbertablemodel.h"
#include "plandialog.h"
#include "widgetlookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace numdesk;
using namespace numdesk::test;

class tst_PlanDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_nextRow = 0;

    SandboxHost *sandbox() { return m_workspace->sandbox(); }

    QString writePlan(const QByteArray &bytes)
    {
        static int count = 0;
        const QString path = m_dir.filePath(QStringLiteral("plan%1.csv").arg(++count));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    PhoneNumber serverRecord(qint64 id)
    {
        std::optional<PhoneNumber> found;
        m_workspace->client()->showNumber(ShowNumber{QString::number(id)}, this,
                                          [&](const Result<PhoneNumber> &r) {
                                              if (r)
                                                  found = r.value();
                                          });
        [&] { QTRY_VERIFY(found.has_value()); }();
        return found.value_or(PhoneNumber{});
    }

    static QStringList column(QTableWidget *table, int column)
    {
        QStringList cells;
        for (int row = 0; row < table->rowCount(); ++row)
            cells.append(table->item(row, column)->text());
        return cells;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(installEnglishPlurals());
        QString error;
        m_workspace = startWorkspace(m_dir, 200, &error);
        QVERIFY2(m_workspace, qPrintable(error));
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void shouldPreviewApplyAndUndoAPlanFile()
    {
        const QList<PhoneNumber> numbers = takeLoadedNumbers(m_workspace->model(), &m_nextRow, 3);
        QCOMPARE(numbers.size(), 3);
        const PhoneNumber a = serverRecord(*numbers.at(0).id);
        const PhoneNumber b = serverRecord(*numbers.at(1).id);
        const PhoneNumber c = serverRecord(*numbers.at(2).id);
        const qint64 offer = *a.offerId == 105 ? 106 : 105;
        const QString path =
            writePlan(QStringLiteral("id,offer,action\n%1,%2,\n%3,%4,\n%5,,unrent\n99999999,1,\n")
                          .arg(*a.id)
                          .arg(offer)
                          .arg(*b.id)
                          .arg(*b.offerId)
                          .arg(*c.id)
                          .toUtf8());
        PlanDialog dialog(m_workspace.get());
        QVERIFY(dialog.previewPlan(path));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!dialog.isPreviewing());
        QCOMPARE(dialog.summaryText(), QStringLiteral("2 will change, 1 already so, 1 not found"));
        QCOMPARE(column(dialog.table(), 2),
                 (QStringList{"Will change", "Already so", "Will change", "Not found"}));
        // Offers by name, as the table shows them.
        const LookupCache *lookups = m_workspace->lookups();
        QCOMPARE(dialog.table()->item(0, 3)->text(),
                 QStringLiteral("Offer: %1 → %2")
                     .arg(lookups->name(schema::LookupKind::Offers, *a.offerId),
                          lookups->name(schema::LookupKind::Offers, offer)));
        QVERIFY(dialog.table()->item(0, 3)->text().contains(
            offer == 105 ? QStringLiteral("→ Home Warranty")
                         : QStringLiteral("→ Personal Injury")));
        QCOMPARE(dialog.table()->item(2, 3)->text(), QStringLiteral("Unrent"));

        // The unrent needs its count typed.
        QVERIFY(!dialog.applyButton()->isEnabled());
        auto *count = findByAccessibleName<QLineEdit>(&dialog, QStringLiteral("Count to unrent"));
        QVERIFY(count->isVisible());
        QTest::keyClicks(count, QStringLiteral("2"));
        QVERIFY(!dialog.applyButton()->isEnabled());
        count->clear();
        QTest::keyClicks(count, QStringLiteral("1"));
        QVERIFY(dialog.applyButton()->isEnabled());
        // A plan that unrents is applied by a click on Apply, never by Enter.
        QVERIFY(!dialog.applyButton()->isDefault());
        sandbox()->clearReceivedRequests();
        QTest::keyClick(count, Qt::Key_Return);
        QVERIFY(!dialog.runner());
        QVERIFY(dialog.isVisible());
        QCOMPARE(countOf(sandbox(), QStringLiteral("DELETE")), 0);
        saveScreenshot(&dialog, QStringLiteral("plan-preview.png"));

        // The filter shows one class.
        auto *filter = findByAccessibleName<QComboBox>(&dialog, QStringLiteral("Show"));
        filter->setCurrentIndex(filter->findText(QStringLiteral("Not found")));
        QCOMPARE(dialog.table()->rowCount(), 1);
        filter->setCurrentIndex(0);

        sandbox()->clearReceivedRequests();
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QVERIFY(dialog.runner());
        QTRY_VERIFY(!dialog.runner()->isRunning());
        QCOMPARE(dialog.runner()->count(NumberAction::State::Succeeded), 2);
        QCOMPARE(bodiesOf(sandbox(), QStringLiteral("PUT")),
                 (QList<QJsonObject>{{{"offer_id", offer}}}));
        QCOMPARE(countOf(sandbox(), QStringLiteral("DELETE")), 1);
        auto *progress = dialog.findChild<ActionProgressView *>();
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->table()->rowCount(), 2);
        saveScreenshot(&dialog, QStringLiteral("plan-applied.png"));
        const QString batch = dialog.runner()->batchId();
        dialog.close();

        // The Activity panel undoes the batch of the selected entry.
        ActivityPanel panel(m_workspace->journal());
        QSignalSpy undoRequested(&panel, &ActivityPanel::undoBatchRequested);
        QVERIFY(!panel.undoButton()->isEnabled());
        panel.view()->setCurrentIndex(panel.view()->model()->index(0, 0)); // the batch, newest
        QCOMPARE(panel.selectedBatch(), batch);
        QVERIFY(panel.undoButton()->isEnabled());
        QTest::mouseClick(panel.undoButton(), Qt::LeftButton);
        QCOMPARE(undoRequested.count(), 1);
        QCOMPARE(undoRequested.first().first().toString(), batch);

        PlanDialog undo(m_workspace.get());
        QVERIFY(undo.previewUndo(batch));
        undo.show();
        QTRY_VERIFY(!undo.isPreviewing());
        QCOMPARE(undo.summaryText(), QStringLiteral("1 will change, 1 unrented, cannot be undone"));
        QVERIFY(undo.applyButton()->isEnabled());
        saveScreenshot(&undo, QStringLiteral("plan-undo.png"));
        sandbox()->clearReceivedRequests();
        QTest::mouseClick(undo.applyButton(), Qt::LeftButton);
        QTRY_VERIFY(undo.runner() && !undo.runner()->isRunning());
        QCOMPARE(bodiesOf(sandbox(), QStringLiteral("PUT")),
                 (QList<QJsonObject>{{{"offer_id", *a.offerId}}}));
        QCOMPARE(serverRecord(*a.id).offerId, a.offerId);
    }

    void shouldRefuseInvalidRowsUnlessSkipped()
    {
        const QList<PhoneNumber> numbers = takeLoadedNumbers(m_workspace->model(), &m_nextRow, 1);
        const PhoneNumber a = serverRecord(*numbers.at(0).id);
        const QString path = writePlan(QStringLiteral("id,ring_pool,token_values\n%1,none,\n"
                                                      "%1,,Bad Key:1\n")
                                           .arg(*a.id)
                                           .toUtf8());
        PlanDialog dialog(m_workspace.get());
        QVERIFY(dialog.previewPlan(path));
        dialog.show();
        QTRY_VERIFY(!dialog.isPreviewing());
        auto *skip = findByAccessibleName<QCheckBox>(&dialog, QStringLiteral("Skip invalid rows"));
        QVERIFY(skip->isVisible());
        QCOMPARE(dialog.applyButton()->isEnabled(), false);
        skip->setChecked(true);
        QCOMPARE(dialog.applyButton()->isEnabled(), a.ringPoolId.has_value());
    }
};

QTEST_MAIN(tst_PlanDialog)
#include "tst_plandialog.moc"
