#include "actionprogressview.h"
#include "actionrunner.h"
#include "buynumberdialog.h"
#include "dialogtesthelpers.h"
#include "journal.h"
#include "lookupcache.h"
#include "lookupcombo.h"
#include "markedtextdelegate.h"
#include "numberchooser.h"
#include "phonenumbering.h"
#include "tokenvalueseditor.h"
#include "widgetlookup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace numdesk;
using namespace numdesk::test;

// Fills and submits the Buy Numbers dialog against the in-process sandbox.
class tst_BuyNumberDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<BuyNumberDialog> m_dialog;

    SandboxHost *sandbox() { return m_workspace->sandbox(); }
    template<class T> T *field(const QString &name)
    {
        return findByAccessibleName<T>(m_dialog.get(), name);
    }
    QPushButton *buyButton() { return field<QPushButton>(QStringLiteral("Buy")); }

    void openDialog()
    {
        m_dialog = std::make_unique<BuyNumberDialog>(m_workspace.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    // What an operator picks: Twilio Primary, Debt Relief, United States, toll-free, pool 41.
    void fillForm()
    {
        field<LookupCombo>(QStringLiteral("Provider"))->setSelectedId(150);
        field<LookupCombo>(QStringLiteral("Offer"))->setSelectedId(102);
        auto *country = field<QComboBox>(QStringLiteral("Country"));
        country->setCurrentIndex(country->findData(QStringLiteral("US")));
        QTest::mouseClick(field<QRadioButton>(QStringLiteral("Toll-free")), Qt::LeftButton);
        field<LookupCombo>(QStringLiteral("Number pool"))->setSelectedId(41);
        auto *tokens = field<QPlainTextEdit>(QStringLiteral("Token values"));
        QTest::keyClicks(tokens, QStringLiteral("interest:auto"));
        QTest::keyClick(tokens, Qt::Key_Return);
        QTest::keyClicks(tokens, QStringLiteral("loan_amount:>=10000"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(installEnglishPlurals());
        QString error;
        m_workspace = startWorkspace(m_dir, 300, &error);
        QVERIFY2(m_workspace, qPrintable(error));
    }

    void init()
    {
        QSettings().clear();
        sandbox()->setFaults({});
        sandbox()->stopHoldingReplies();
        sandbox()->dropHeldReplies();
        sandbox()->clearReceivedRequests();
        ApiClient::Options options = m_workspace->client()->options();
        options.request.timeoutMs = 10000;
        m_workspace->client()->setOptions(options);
    }

    void cleanup() { m_dialog.reset(); }

    void cleanupTestCase() { m_workspace.reset(); }

    void shouldKeepBuyDisabledUntilTheRequiredFieldsAreChosen()
    {
        openDialog();
        QVERIFY(!buyButton()->isEnabled());
        for (auto *button : m_dialog->findChildren<QPushButton *>()) {
            const QString text = button->text().remove(QLatin1Char('&'));
            if (text == QStringLiteral("Look for the New Number") ||
                text == QStringLiteral("Back to Form"))
                QVERIFY2(!button->isVisible(), qPrintable(text));
        }
        field<LookupCombo>(QStringLiteral("Provider"))->setSelectedId(150);
        QVERIFY(!buyButton()->isEnabled());
        QVERIFY(buyButton()->toolTip().contains(QStringLiteral("an offer")));
        field<LookupCombo>(QStringLiteral("Offer"))->setSelectedId(102);
        QVERIFY(buyButton()->isEnabled()); // the country has a default: US
        saveScreenshot(m_dialog.get(), QStringLiteral("buy-dialog-empty.png"));
    }

    void shouldNameTheBadTokenValueAndItsReasonAndBlockBuy()
    {
        openDialog();
        fillForm();
        QVERIFY(buyButton()->isEnabled());
        auto *tokens = field<QPlainTextEdit>(QStringLiteral("Token values"));
        QTest::keyClick(tokens, Qt::Key_Return);
        QTest::keyClicks(tokens, QStringLiteral("Geo:800"));
        QVERIFY(!buyButton()->isEnabled());
        const QString error = m_dialog->findChild<TokenValuesEditor *>()->errorText();
        QVERIFY2(error.contains(QStringLiteral("Line 3, 'Geo:800'")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("a-z, 0-9 and _")), qPrintable(error));
        saveScreenshot(m_dialog.get(), QStringLiteral("buy-dialog-bad-token.png"));
        QTest::keyClick(tokens, Qt::Key_Backspace);
        QTest::keyClicks(tokens, QStringLiteral("0"));
        QVERIFY(!buyButton()->isEnabled()); // still "Geo"
        tokens->setPlainText(QStringLiteral("geo:!=800"));
        QVERIFY(buyButton()->isEnabled());
        QVERIFY(m_dialog->findChild<TokenValuesEditor *>()->errorText().isEmpty());
    }

    void shouldConfirmNamingTheAccountAndSendExactlyThisPurchase()
    {
        openDialog();
        fillForm();
        saveScreenshot(m_dialog.get(), QStringLiteral("buy-dialog.png"));
        const int before = sandbox()->numberCount();
        QString asked;
        answerNextMessageBox(this, QStringLiteral("Rent 1 Number"), &asked,
                             QStringLiteral("buy-confirmation.png"));
        QTest::mouseClick(buyButton(), Qt::LeftButton);
        QVERIFY2(
            asked.startsWith(QStringLiteral("You are about to rent 1 toll-free number in "
                                            "United States on account Sandbox (http://127.0.0.1:")),
            qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("Provider: Twilio Primary")));
        QVERIFY(asked.contains(QStringLiteral("Offer: Debt Relief")));
        QVERIFY(asked.contains(QStringLiteral("Number pool: Spanish Línea")));

        QTRY_VERIFY(m_dialog->runner() && !m_dialog->runner()->isRunning());
        QCOMPARE(m_dialog->runner()->actions().first().state, NumberAction::State::Succeeded);
        const QList<QJsonObject> posts = bodiesOf(sandbox(), QStringLiteral("POST"));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(
            posts.first(),
            QJsonObject({{QStringLiteral("provider_configuration_id"), 150},
                         {QStringLiteral("offer_id"), 102},
                         {QStringLiteral("toll_free"), true},
                         {QStringLiteral("country"), QStringLiteral("US")},
                         {QStringLiteral("ring_pool_id"), 41},
                         {QStringLiteral("token_values"),
                          QJsonArray::fromStringList({QStringLiteral("interest:auto"),
                                                      QStringLiteral("loan_amount:>=10000")})}}));
        QCOMPARE(sandbox()->numberCount(), before + 1);
        QVERIFY(m_dialog->progressView()->isVisible());
        QCOMPARE(m_dialog->progressView()->table()->item(0, 1)->text(), QStringLiteral("Bought"));
        QVERIFY(!buyButton()->isEnabled());
        saveScreenshot(m_dialog.get(), QStringLiteral("buy-result.png"));
        // Remembered for next time.
        QCOMPARE(QSettings().value(QStringLiteral("buy/country")).toString(), QStringLiteral("US"));
        const JournalEntry &entry = m_workspace->journal()->entries().constLast();
        QCOMPARE(entry.action, JournalEntry::Action::Purchase);
        QCOMPARE(entry.state, JournalEntry::State::Succeeded);
        QCOMPARE(entry.request, posts.first());
        QCOMPARE(entry.numberId, m_dialog->runner()->actions().first().result->id);
    }

    void shouldSendNothingWhenTheConfirmationIsCancelled()
    {
        openDialog();
        fillForm();
        QString asked;
        answerNextMessageBox(this, QStringLiteral("Cancel"), &asked);
        QTest::mouseClick(buyButton(), Qt::LeftButton);
        QTRY_VERIFY(!asked.isEmpty());
        QTest::qWait(100);
        QCOMPARE(countOf(sandbox(), QStringLiteral("POST")), 0);
        QVERIFY(buyButton()->isEnabled());
    }

    void shouldShowAServerErrorNextToItsFieldAndKeepWhatWasTyped()
    {
        openDialog();
        fillForm();
        // A traffic source the account does not have (deleted since the list was loaded).
        field<LookupCombo>(QStringLiteral("Traffic source"))->setSelectedId(999);
        answerNextMessageBox(this, QStringLiteral("Rent"), nullptr);
        QTest::mouseClick(buyButton(), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->runner() && !m_dialog->runner()->isRunning());
        QCOMPARE(m_dialog->runner()->actions().first().error->kind, ApiError::Kind::Validation);
        auto *error = field<QLabel>(QStringLiteral("Error for traffic_source_id"));
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("does not exist")),
                 qPrintable(error->text()));
        // The form is back as it was typed.
        QCOMPARE(field<LookupCombo>(QStringLiteral("Offer"))->selectedId(), 102);
        QCOMPARE(field<LookupCombo>(QStringLiteral("Number pool"))->selectedId(), 41);
        QCOMPARE(
            m_dialog->findChild<TokenValuesEditor *>()->entries(),
            QStringList({QStringLiteral("interest:auto"), QStringLiteral("loan_amount:>=10000")}));
        QVERIFY(field<QRadioButton>(QStringLiteral("Toll-free"))->isChecked());
        QVERIFY(buyButton()->isEnabled());
        saveScreenshot(m_dialog.get(), QStringLiteral("buy-dialog-422.png"));
    }

    void shouldNotResendAPurchaseWhoseAnswerTimedOutAndOfferToLookForIt()
    {
        ApiClient::Options options = m_workspace->client()->options();
        options.request.timeoutMs = 300;
        m_workspace->client()->setOptions(options);
        sandbox()->holdReplies(QStringLiteral("POST")); // bought, answered only when released
        openDialog();
        fillForm();
        answerNextMessageBox(this, QStringLiteral("Rent"), nullptr);
        QTest::mouseClick(buyButton(), Qt::LeftButton);
        QVERIFY(!buyButton()->isEnabled()); // in flight: no second click
        QTRY_VERIFY(m_dialog->runner() && !m_dialog->runner()->isRunning());
        QCOMPARE(m_dialog->runner()->actions().first().state, NumberAction::State::OutcomeUnknown);
        auto *general = field<QLabel>(QStringLiteral("Error"));
        QVERIFY(general->isVisible());
        QVERIFY(general->text().contains(QStringLiteral("may or may not have been bought")));
        auto *lookFor = m_dialog->findChild<QPushButton *>();
        for (auto *button : m_dialog->findChildren<QPushButton *>()) {
            if (button->text().remove(QLatin1Char('&')) ==
                QStringLiteral("Look for the New Number"))
                lookFor = button;
        }
        QVERIFY(lookFor->isVisible());
        QVERIFY(buyButton()->text().contains(QStringLiteral("Again")));
        QCOMPARE(m_workspace->journal()->entries().constLast().state,
                 JournalEntry::State::OutcomeUnknown);
        saveScreenshot(m_dialog.get(), QStringLiteral("buy-dialog-unknown.png"));

        QSignalSpy look(m_dialog.get(), &BuyNumberDialog::lookForPurchase);
        QTest::mouseClick(lookFor, Qt::LeftButton);
        QCOMPARE(look.count(), 1);
        QCOMPARE(look.first().at(0).value<PurchaseNumber>().offerId, 102);
        // The late answer comes; nothing follows it.
        sandbox()->releaseHeldReplies();
        sandbox()->stopHoldingReplies();
        QCOMPARE(countOf(sandbox(), QStringLiteral("POST")), 1);
    }

    // Issue 16: search, see where each number is, tick three, buy exactly those; one is taken
    // by someone else meanwhile: it fails alone, and Search Again shows what is left.
    void shouldSearchChooseAndBuyExactlyTheChosenNumbers()
    {
        openDialog();
        fillForm();
        QTest::mouseClick(field<QRadioButton>(QStringLiteral("Local")), Qt::LeftButton);
        QTest::mouseClick(field<QRadioButton>(QStringLiteral("Choose numbers")), Qt::LeftButton);
        QVERIFY(!field<QSpinBox>(QStringLiteral("Quantity"))->isVisible());
        QVERIFY(!buyButton()->isEnabled()); // nothing chosen yet
        QCOMPARE(buyButton()->toolTip(), QStringLiteral("Search, then tick the numbers to buy"));

        auto *prefix = field<QLineEdit>(QStringLiteral("Area code or prefix"));
        auto *contains = field<QLineEdit>(QStringLiteral("Contains"));
        QTest::keyClicks(prefix, QStringLiteral("(212)"));
        QTest::keyClicks(contains, QStringLiteral("TREE"));
        QCOMPARE(field<QLabel>(QStringLiteral("Contains hint"))->text(),
                 QStringLiteral("TREE is 8733 on a phone keypad."));
        // Enter searches; it never presses Buy (whose confirmation would come up here).
        {
            QObject guard; // its watch for a message box ends with it
            QString unexpected;
            answerNextMessageBox(&guard, QStringLiteral("Cancel"), &unexpected);
            QTest::keyClick(contains, Qt::Key_Return);
            QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
        }
        NumberChooser *chooser = m_dialog->chooser();
        QTRY_VERIFY(!chooser->isSearching());
        auto *view = field<QTreeWidget>(QStringLiteral("Available numbers"));
        QCOMPARE(view->topLevelItemCount(), 20);
        QCOMPARE(field<QLabel>(QStringLiteral("Search status"))->text(),
                 QStringLiteral("20 numbers found: tick the ones to buy."));
        const QRegularExpression newYork(QStringLiteral("^\\(212\\) \\d{3}-\\d{4}$"));
        for (int row = 0; row < view->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = view->topLevelItem(row);
            QVERIFY2(newYork.match(item->text(0)).hasMatch(), qPrintable(item->text(0)));
            QVERIFY(
                item->toolTip(0).remove(QLatin1Char('+')).mid(1).contains(QLatin1String("8733")));
            QCOMPARE(item->text(1), QStringLiteral("New York, NY"));
            // The digits asked for, highlighted.
            const QString markup = item->data(0, MarkedTextDelegate::MarkupRole).toString();
            QVERIFY2(markup.contains(QLatin1String("<b>")), qPrintable(markup));
            QCOMPARE(QString(markup).remove(QRegularExpression(QStringLiteral("<[^>]*>"))),
                     item->text(0));
        }
        // The operator ticks three with the keyboard.
        view->setFocus();
        for (int row : {0, 5, 9}) {
            view->setCurrentItem(view->topLevelItem(row));
            QTest::keyClick(view, Qt::Key_Space);
        }
        const QList<AvailableNumber> chosen = chooser->chosenNumbers();
        QCOMPARE(chosen.size(), 3);
        QCOMPARE(field<QLabel>(QStringLiteral("Search status"))->text(),
                 QStringLiteral("3 of 20 numbers chosen."));
        QVERIFY(buyButton()->isEnabled());
        QVERIFY(buyButton()->text().contains(QStringLiteral("3 Numbers")));
        // The Buy button's new text is laid out at the next turn of the event loop.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        saveScreenshot(m_dialog.get(), QStringLiteral("buy-choose-numbers.png"));

        // Another customer takes the second one before the operator confirms.
        sandbox()->takeNumberElsewhere(chosen.at(1).number);
        const int before = sandbox()->numberCount();
        QString asked;
        answerNextMessageBox(this, QStringLiteral("Rent 3 Numbers"), &asked,
                             QStringLiteral("buy-choose-confirmation.png"));
        QTest::mouseClick(buyButton(), Qt::LeftButton);
        QVERIFY2(asked.startsWith(QStringLiteral("You are about to rent these 3 numbers on "
                                                 "account Sandbox (http://127.0.0.1:")),
                 qPrintable(asked));
        for (const AvailableNumber &number : chosen) {
            const QString line = QStringLiteral("    %1 — New York, NY")
                                     .arg(PhoneNumbering::formatNational(number.number));
            QVERIFY2(asked.contains(line), qPrintable(asked));
        }
        QVERIFY(asked.contains(QStringLiteral("Offer: Debt Relief")));
        QVERIFY(asked.contains(QStringLiteral("Number pool: Spanish Línea")));

        QTRY_VERIFY(m_dialog->runner() && !m_dialog->runner()->isRunning());
        const QList<QJsonObject> posts = bodiesOf(sandbox(), QStringLiteral("POST"));
        QCOMPARE(posts.size(), 3); // one each, the taken one too
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(posts.at(i).value(QStringLiteral("requested_number")).toString(),
                     chosen.at(i).number);
            QCOMPARE(posts.at(i).value(QStringLiteral("country")).toString(), QStringLiteral("US"));
            QCOMPARE(posts.at(i).value(QStringLiteral("toll_free")).toBool(), false);
            QCOMPARE(posts.at(i).value(QStringLiteral("ring_pool_id")).toInt(), 41);
        }
        QCOMPARE(sandbox()->numberCount(), before + 2);
        QTableWidget *rows = m_dialog->progressView()->table();
        QCOMPARE(rows->rowCount(), 3);
        QCOMPARE(rows->item(0, 1)->text(), QStringLiteral("Bought"));
        QCOMPARE(rows->item(1, 1)->text(), QStringLiteral("Failed"));
        QCOMPARE(rows->item(1, 0)->text(), PhoneNumbering::formatNational(chosen.at(1).number));
        QVERIFY2(rows->item(1, 2)->text().contains(QStringLiteral("is no longer available")),
                 qPrintable(rows->item(1, 2)->text()));
        QCOMPARE(rows->item(2, 1)->text(), QStringLiteral("Bought"));
        // Each purchase is in the journal under its number.
        const QList<JournalEntry> entries = m_workspace->journal()->entries();
        QCOMPARE(entries.at(entries.size() - 2).state, JournalEntry::State::Failed);
        QCOMPARE(entries.at(entries.size() - 2).request.value(QStringLiteral("requested_number")),
                 QJsonValue(chosen.at(1).number));

        QPushButton *again = nullptr;
        for (auto *button : m_dialog->findChildren<QPushButton *>()) {
            if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Search Again"))
                again = button;
        }
        QVERIFY(again && again->isVisible());
        saveScreenshot(m_dialog.get(), QStringLiteral("buy-choose-result.png"));
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_VERIFY(!chooser->isSearching());
        QVERIFY(chooser->isVisible());
        QCOMPARE(view->topLevelItemCount(), 20);
        for (const AvailableNumber &gone : chosen) {
            for (const AvailableNumber &offered : chooser->results())
                QVERIFY2(offered.number != gone.number, qPrintable(gone.number));
        }
        QVERIFY(!again->isVisible());
    }

    void shouldBuySeveralAsSeparatePurchasesWithARowEach()
    {
        openDialog();
        fillForm();
        field<QSpinBox>(QStringLiteral("Quantity"))->setValue(3);
        QVERIFY(buyButton()->text().contains(QStringLiteral("3 Numbers")));
        QString asked;
        answerNextMessageBox(this, QStringLiteral("Rent 3 Numbers"), &asked);
        QTest::mouseClick(buyButton(), Qt::LeftButton);
        QVERIFY(asked.startsWith(QStringLiteral("You are about to rent 3 toll-free numbers")));
        QTRY_VERIFY(m_dialog->runner() && !m_dialog->runner()->isRunning());
        QTableWidget *rows = m_dialog->progressView()->table();
        QCOMPARE(rows->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(rows->item(row, 1)->text(), QStringLiteral("Bought"));
        QCOMPARE(countOf(sandbox(), QStringLiteral("POST")), 3);
        QCOMPARE(m_dialog->progressView()->summaryText(), QStringLiteral("3 of 3 done."));
        saveScreenshot(m_dialog.get(), QStringLiteral("buy-three.png"));
    }
    void shouldRecordTheOutcomeOfAPurchaseWhoseDialogWasClosedWhileItWasOnItsWay()
    {
        sandbox::FaultSettings slow;
        slow.latencyMs = 400;
        sandbox()->setFaults(slow);
        openDialog();
        fillForm();
        answerNextMessageBox(this, QStringLiteral("Rent"), nullptr);
        QTest::mouseClick(buyButton(), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->runner() && m_dialog->runner()->isRunning());
        const qint64 total = m_workspace->model()->total();
        m_dialog.reset(); // the operator closes the dialog at once
        QTRY_COMPARE(m_workspace->journal()->entries().constLast().state,
                     JournalEntry::State::Succeeded);
        QVERIFY(m_workspace->journal()->entries().constLast().numberId.has_value());
        QTRY_COMPARE(m_workspace->model()->total(), total + 1); // and the table has it
        QCOMPARE(countOf(sandbox(), QStringLiteral("POST")), 1);
    }
    // Issue 14, item 3: a line that is not key:value blocks Buy as it is typed, before any
    // confirmation.
    void shouldBlockBuyForATokenLineThatIsNotKeyValue()
    {
        openDialog();
        field<LookupCombo>(QStringLiteral("Provider"))->setSelectedId(150);
        field<LookupCombo>(QStringLiteral("Offer"))->setSelectedId(102);
        QVERIFY(buyButton()->isEnabled());
        auto *tokens = field<QPlainTextEdit>(QStringLiteral("Token values"));
        tokens->setFocus();
        QTest::keyClicks(tokens, QStringLiteral("this is not a token"));
        QVERIFY(!buyButton()->isEnabled());
        QVERIFY(!m_dialog->findChild<TokenValuesEditor *>()->errorText().isEmpty());
        QVERIFY(buyButton()->toolTip().contains(QStringLiteral("token values")));
        QCOMPARE(countOf(sandbox(), QStringLiteral("POST")), 0);
    }

    // Issue 14, item 20: quantity 0 and an unknown country say why under their fields.
    void shouldSayWhyAQuantityOrACountryIsRefused()
    {
        openDialog();
        fillForm();
        QVERIFY(buyButton()->isEnabled());
        auto *quantity = field<QSpinBox>(QStringLiteral("Quantity"));
        quantity->setFocus();
        quantity->selectAll();
        QTest::keyClicks(quantity, QStringLiteral("0"));
        QTest::keyClick(quantity, Qt::Key_Tab);
        QVERIFY(!buyButton()->isEnabled());
        auto *quantityError = field<QLabel>(QStringLiteral("Quantity error"));
        QVERIFY(quantityError);
        QVERIFY(quantityError->isVisible());
        QCOMPARE(quantityError->text(), QStringLiteral("Buy at least 1 number (at most 100)."));
        quantity->selectAll();
        QTest::keyClicks(quantity, QStringLiteral("2"));
        QVERIFY(buyButton()->isEnabled());
        QVERIFY(!quantityError->isVisible());

        auto *country = field<QComboBox>(QStringLiteral("Country"));
        country->setFocus();
        country->lineEdit()->selectAll();
        QTest::keyClicks(country->lineEdit(), QStringLiteral("Narnia"));
        QTest::keyClick(country->lineEdit(), Qt::Key_Tab);
        auto *countryError = field<QLabel>(QStringLiteral("Country error"));
        QVERIFY(countryError);
        QVERIFY(countryError->isVisible());
        QCOMPARE(countryError->text(),
                 QStringLiteral("No country “Narnia” to buy numbers in; still United "
                                "States (US)."));
        QCOMPARE(country->currentData().toString(), QStringLiteral("US"));
        saveScreenshot(m_dialog.get(), QStringLiteral("buy-dialog-refused.png"));
        // By ISO code.
        country->lineEdit()->selectAll();
        QTest::keyClicks(country->lineEdit(), QStringLiteral("ca"));
        QTest::keyClick(country->lineEdit(), Qt::Key_Tab);
        QCOMPARE(country->currentData().toString(), QStringLiteral("CA"));
        QVERIFY(!countryError->isVisible());
    }
};

QTEST_MAIN(tst_BuyNumberDialog)
#include "tst_buynumberdialog.moc"
