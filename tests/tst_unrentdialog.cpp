#include "actionprogressview.h"
#include "actionrunner.h"
#include "dialogtesthelpers.h"
#include "journal.h"
#include "lookupcache.h"
#include "numbertablemodel.h"
#include "unrentdialog.h"
#include "widgetlookup.h"

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

    // A number with delete prevention on and one without, read from the server, from the end
    // of the table, away from the rows the other tests take.
    void findFromTheEnd(std::optional<PhoneNumber> *protectedNumber,
                        std::optional<PhoneNumber> *plain)
    {
        for (int row = model()->rowCount() - 1; row > 200 && !(*protectedNumber && *plain); --row) {
            model()->index(row, 0).data(); // asks for its page
            QTRY_VERIFY(model()->index(row, 0).data(NumberTableModel::LoadedRole).toBool());
            const PhoneNumber shown = *model()->numberAt(row);
            std::optional<PhoneNumber> read;
            m_workspace->client()->showNumber(ShowNumber{QString::number(*shown.id)}, this,
                                              [&](const Result<PhoneNumber> &r) {
                                                  QVERIFY(r.ok());
                                                  read = r.value();
                                              });
            QTRY_VERIFY(read.has_value());
            const bool isProtected =
                read->extra.value(QStringLiteral("delete_prevention")).toBool();
            if (isProtected && !*protectedNumber)
                *protectedNumber = shown;
            else if (!isProtected && !*plain)
                *plain = shown;
        }
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
        const QList<PhoneNumber> numbers = takeNumbers(8);
        openDialog(numbers);
        QTest::keyClicks(m_dialog->countEdit(), QStringLiteral("8"));
        // Every unrent fails (the server errs), so the retry path always runs.
        sandbox::FaultSettings faults;
        faults.errorRate = 1.0;
        sandbox()->setFaults(faults);
        QTest::mouseClick(m_dialog->unrentButton(), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->runner() && !m_dialog->runner()->isRunning());
        ActionRunner *runner = m_dialog->runner();
        const int notDone = 8 - runner->count(NumberAction::State::Succeeded);
        QCOMPARE(notDone, 8);
        QCOMPARE(countOf(sandbox(), QStringLiteral("DELETE")), 8);
        QPushButton *retry = m_dialog->progressView()->retryButton();
        QVERIFY(retry->isVisible());
        QVERIFY(m_dialog->progressView()->summaryText().contains(QStringLiteral("failed")) ||
                m_dialog->progressView()->summaryText().contains(QStringLiteral("unknown")));
        saveScreenshot(m_dialog.get(), QStringLiteral("unrent-failures.png"));
        QTest::qWait(300);
        QCOMPARE(countOf(sandbox(), QStringLiteral("DELETE")), 8); // nothing silent
        sandbox()->setFaults({});
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(!runner->isRunning());
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
    // The dialog could not read a number, so it did not know it was protected: the server
    // refuses to unrent it, and the refusal reads once.
    void shouldShowTheServersRefusalOnceWhenProtectionWasNotKnown()
    {
        std::optional<PhoneNumber> protectedNumber;
        std::optional<PhoneNumber> plain;
        findFromTheEnd(&protectedNumber, &plain);
        QVERIFY(protectedNumber);
        ApiClient::Options options = m_workspace->client()->options();
        options.retry = RetryPolicy::none();
        m_workspace->client()->setOptions(options);
        sandbox()->clearReceivedRequests();
        sandbox()->holdReplies(QStringLiteral("GET")); // its read is dropped on cue
        openDialog({*protectedNumber});
        QTRY_COMPARE(sandbox()->heldReplyCount(), 1);
        // Qt sends a GET once more when a kept-alive connection closes: drop that one too.
        const auto readFailed = [this] {
            sandbox()->dropHeldReplies();
            return m_dialog->numbersTable()->item(0, 1)->text().startsWith(
                QStringLiteral("(not read"));
        };
        QTRY_VERIFY2(readFailed(), qPrintable(m_dialog->numbersTable()->item(0, 1)->text()));
        sandbox()->stopHoldingReplies();
        auto *warning = findByAccessibleName<QLabel>(m_dialog.get(), QStringLiteral("Protected"));
        QVERIFY(warning && !warning->isVisible());
        if (m_dialog->countEdit())
            QTest::keyClicks(m_dialog->countEdit(), QStringLiteral("1"));
        QVERIFY(m_dialog->unrentButton()->isEnabled());
        QTest::mouseClick(m_dialog->unrentButton(), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->runner() && !m_dialog->runner()->isRunning());
        const NumberAction &action = m_dialog->runner()->actions().first();
        QCOMPARE(action.state, NumberAction::State::Failed);
        QCOMPARE(action.error->kind, ApiError::Kind::Validation);
        QCOMPARE(countOf(sandbox(), QStringLiteral("DELETE")), 1);
        // Once in everything the dialog shows.
        const QString reason = QStringLiteral("protected by delete prevention");
        int shown = 0;
        for (const QLabel *label : m_dialog->findChildren<QLabel *>()) {
            if (label->isVisible())
                shown += int(label->text().count(reason));
        }
        for (const QTableWidget *table : m_dialog->findChildren<QTableWidget *>()) {
            if (!table->isVisible())
                continue;
            for (int row = 0; row < table->rowCount(); ++row) {
                for (int column = 0; column < table->columnCount(); ++column) {
                    if (const QTableWidgetItem *item = table->item(row, column))
                        shown += int(item->text().count(reason));
                }
            }
        }
        QCOMPARE(shown, 1);
        saveScreenshot(m_dialog.get(), QStringLiteral("unrent-refused.png"));
    }

    // Issue 14, item 5: a number with delete_prevention on is named in the confirmation before
    // anything is sent and left out; the server's refusal reads once.
    void shouldLeaveOutAProtectedNumberAndSayWhy()
    {
        std::optional<PhoneNumber> protectedNumber;
        std::optional<PhoneNumber> plain;
        findFromTheEnd(&protectedNumber, &plain);
        QVERIFY(protectedNumber && plain);
        // The refusal of the server, as the progress list shows it: once.
        {
            ActionRunner *runner = m_workspace->createRunner();
            runner->setActions({NumberAction::unrentOf(QString::number(*protectedNumber->id),
                                                       protectedNumber->humanNumber)});
            ActionProgressView view;
            view.setRunner(runner);
            runner->start();
            QTRY_VERIFY(!runner->isRunning());
            QCOMPARE(runner->actions().first().state, NumberAction::State::Failed);
            const QString message = view.table()->item(0, 2)->text();
            QCOMPARE(message.count(QStringLiteral("protected by delete prevention")), 1);
            Workspace::releaseRunner(runner);
        }
        sandbox()->clearReceivedRequests();
        openDialog({*protectedNumber, *plain});
        auto *warning = findByAccessibleName<QLabel>(m_dialog.get(), QStringLiteral("Protected"));
        QVERIFY(warning);
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(protectedNumber->humanNumber),
                 qPrintable(warning->text()));
        QVERIFY2(warning->text().contains(QStringLiteral("delete prevention")),
                 qPrintable(warning->text()));
        QCOMPARE(m_dialog->unrentButton()->text().remove(QLatin1Char('&')),
                 QStringLiteral("Unrent 1 Number"));
        saveScreenshot(m_dialog.get(), QStringLiteral("unrent-protected.png"));
        QTest::keyClicks(m_dialog->countEdit(), QStringLiteral("1"));
        QVERIFY(m_dialog->unrentButton()->isEnabled());
        QTest::mouseClick(m_dialog->unrentButton(), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->runner() && !m_dialog->runner()->isRunning());
        QCOMPARE(m_dialog->runner()->actions().size(), 1);
        QCOMPARE(m_dialog->runner()->actions().first().state, NumberAction::State::Succeeded);
        QStringList deleted;
        for (const auto &request : sandbox()->receivedRequests()) {
            if (request.method == QLatin1String("DELETE"))
                deleted.append(request.path.section(QLatin1Char('/'), -1));
        }
        QCOMPARE(deleted, QStringList{QString::number(*plain->id)});
    }
};

QTEST_MAIN(tst_UnrentDialog)
#include "tst_unrentdialog.moc"
