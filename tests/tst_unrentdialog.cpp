#include "actionprogressview.h"
#include "actionrunner.h"
#include "dialogtesthelpers.h"
#include "journal.h"
#include "lookupcache.h"
#include "numbertablemodel.h"
#include "unrentdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace numdesk;
using namespace numdesk::test;

// The unrent confirmation and its per-number progress, against the in-process sandbox.
class tst_UnrentDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<UnrentDialog> m_dialog;
    int m_nextRow = 0;

    SandboxHost *sandbox() { return m_workspace->sandbox(); }
    NumberTableModel *model() { return m_workspace->model(); }

    // Numbers as the table has them (only the columns shown), not used by an earlier test.
    QList<PhoneNumber> takeNumbers(int count)
    {
        return takeLoadedNumbers(model(), &m_nextRow, count);
    }

    void openDialog(const QList<PhoneNumber> &numbers)
    {
        m_dialog = std::make_unique<UnrentDialog>(m_workspace.get(), numbers);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(installEnglishPlurals());
        QString error;
        m_workspace = startWorkspace(m_dir, 400, &error);
        QVERIFY2(m_workspace, qPrintable(error));
    }

    void init()
    {
        sandbox()->setFaults({});
        sandbox()->clearReceivedRequests();
        ApiClient::Options options = m_workspace->client()->options();
        options.retry = RetryPolicy();
        m_workspace->client()->setOptions(options);
    }

    void cleanup() { m_dialog.reset(); }

    void cleanupTestCase() { m_workspace.reset(); }

    void shouldSayWhatHappensAndUnrentOneNumberOnClick()
    {
        const QList<PhoneNumber> numbers = takeNumbers(1);
        openDialog(numbers);
        const QString warning = m_dialog->warningText();
        QVERIFY(warning.startsWith(
            QStringLiteral("This number will be unrented on account Sandbox (http://127.0.0.1:")));
        QVERIFY(warning.contains(QStringLiteral("Calls to it stop at once")));
        QVERIFY(warning.contains(QStringLiteral("Its call history is kept.")));
        QTableWidget *list = m_dialog->numbersTable();
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->item(0, 0)->text(), numbers.first().humanNumber);
        QCOMPARE(list->item(0, 1)->text(), m_workspace->lookups()->label(schema::LookupKind::Offers,
                                                                         *numbers.first().offerId));
        QVERIFY(!m_dialog->countEdit()); // one number: no count to type
        QVERIFY(!isDefaultButton(m_dialog->unrentButton()));
        QVERIFY(!m_dialog->unrentButton()->autoDefault());
        saveScreenshot(m_dialog.get(), QStringLiteral("unrent-one.png"));

        // Enter presses Cancel, not Unrent.
        QTest::keyClick(m_dialog.get(), Qt::Key_Return);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(countOf(sandbox(), QStringLiteral("DELETE")), 0);

        openDialog(numbers);
        const qint64 total = model()->total();
        QTest::mouseClick(m_dialog->unrentButton(), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->runner() && !m_dialog->runner()->isRunning());
        QCOMPARE(m_dialog->runner()->actions().first().state, NumberAction::State::Succeeded);
        QCOMPARE(countOf(sandbox(), QStringLiteral("DELETE")), 1);
        QCOMPARE(model()->rowOfId(*numbers.first().id), -1); // removed from the table in place
        QCOMPARE(model()->total(), total - 1);
        QCOMPARE(m_workspace->journal()->entries().constLast().action,
                 JournalEntry::Action::Unrent);
        QCOMPARE(m_workspace->journal()->entries().constLast().state,
                 JournalEntry::State::Succeeded);
        m_nextRow -= 1; // the rows below moved up by one
    }

    void shouldAskToTypeTheCountForSeveralNumbers()
    {
        const QList<PhoneNumber> numbers = takeNumbers(5);
        openDialog(numbers);
        QVERIFY(m_dialog->countEdit());
        QVERIFY(!m_dialog->unrentButton()->isEnabled());
        QTest::keyClicks(m_dialog->countEdit(), QStringLiteral("4"));
        QVERIFY(!m_dialog->unrentButton()->isEnabled());
        m_dialog->countEdit()->clear();
        QTest::keyClicks(m_dialog->countEdit(), QStringLiteral("5"));
        QVERIFY(m_dialog->unrentButton()->isEnabled());
        QVERIFY(!isDefaultButton(m_dialog->unrentButton()));
        saveScreenshot(m_dialog.get(), QStringLiteral("unrent-several.png"));
        QTest::keyClick(m_dialog->countEdit(), Qt::Key_Return); // Enter does not unrent
        QTest::qWait(100);
        QCOMPARE(countOf(sandbox(), QStringLiteral("DELETE")), 0);
    }

    void shouldReadTheOfferAndPoolOfNumbersTheTableDidNotShow()
    {
        PhoneNumber bare;
        bare.id = takeNumbers(1).first().id;
        bare.number = QStringLiteral("+1 555");
        openDialog({bare});
        QTRY_VERIFY(m_dialog->numbersTable()->item(0, 1)->text() != QStringLiteral("…"));
        QVERIFY(!m_dialog->numbersTable()->item(0, 1)->text().startsWith(QStringLiteral("(not")));
        QCOMPARE(countOf(sandbox(), QStringLiteral("GET")), 1);
    }

    void shouldReportFailuresPerNumberAndRetryThemOnlyWhenAsked()
    {
        ApiClient::Options options = m_workspace->client()->options();
        options.retry = RetryPolicy::none();
        m_workspace->client()->setOptions(options);
        sandbox::FaultSettings faults;
        faults.errorRate = 0.5;
        sandbox()->setFaults(faults);
        const QList<PhoneNumber> numbers = takeNumbers(8);
        openDialog(numbers);
        QTest::keyClicks(m_dialog->countEdit(), QStringLiteral("8"));
        QTest::mouseClick(m_dialog->unrentButton(), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->runner() && !m_dialog->runner()->isRunning());
        ActionRunner *runner = m_dialog->runner();
        const int notDone = 8 - runner->count(NumberAction::State::Succeeded);
        QCOMPARE(countOf(sandbox(), QStringLiteral("DELETE")), 8);
        QPushButton *retry = m_dialog->progressView()->retryButton();
        if (notDone > 0) {
            QVERIFY(retry->isVisible());
            QVERIFY(m_dialog->progressView()->summaryText().contains(QStringLiteral("failed")) ||
                    m_dialog->progressView()->summaryText().contains(QStringLiteral("unknown")));
            saveScreenshot(m_dialog.get(), QStringLiteral("unrent-failures.png"));
            QTest::qWait(300);
            QCOMPARE(countOf(sandbox(), QStringLiteral("DELETE")), 8); // nothing silent
            sandbox()->setFaults({});
            QTest::mouseClick(retry, Qt::LeftButton);
            QTRY_VERIFY(!runner->isRunning());
        }
        // Everything is done but what the server refuses for good (delete prevention).
        for (const NumberAction &action : runner->actions()) {
            if (action.state != NumberAction::State::Succeeded)
                QCOMPARE(action.error->kind, ApiError::Kind::Validation);
            else
                QCOMPARE(model()->rowOfId(action.target.toLongLong()), -1);
        }
        QCOMPARE(countOf(sandbox(), QStringLiteral("DELETE")), 8 + notDone);
        m_nextRow -= runner->count(NumberAction::State::Succeeded);
    }
};

QTEST_MAIN(tst_UnrentDialog)
#include "tst_unrentdialog.moc"
