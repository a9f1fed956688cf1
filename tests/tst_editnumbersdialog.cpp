#include "actionprogressview.h"
#include "actionrunner.h"
#include "batchhistory.h"
#include "dialogtesthelpers.h"
#include "editnumbersdialog.h"
#include "lookupcache.h"
#include "lookupcombo.h"
#include "numbertablemodel.h"
#include "tokenvalueseditor.h"
#include "undoplan.h"
#include "widgetlookup.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace numdesk;
using namespace numdesk::test;

// Editing one number (prefilled, only changes sent) and a selection ("unchanged" fields not
// sent), against the in-process sandbox; the table row changes in place.
class tst_EditNumbersDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<EditNumbersDialog> m_dialog;
    int m_nextRow = 0;

    SandboxHost *sandbox() { return m_workspace->sandbox(); }
    NumberTableModel *model() { return m_workspace->model(); }
    template<class T> T *field(const QString &name)
    {
        return findByAccessibleName<T>(m_dialog.get(), name);
    }
    QPushButton *saveButton() { return field<QPushButton>(QStringLiteral("Save")); }

    QList<PhoneNumber> takeNumbers(int count)
    {
        return takeLoadedNumbers(model(), &m_nextRow, count);
    }

    void openDialog(const QList<PhoneNumber> &numbers)
    {
        m_dialog = std::make_unique<EditNumbersDialog>(m_workspace.get(), numbers);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
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

    void init() { sandbox()->clearReceivedRequests(); }

    void cleanup() { m_dialog.reset(); }

    void cleanupTestCase() { m_workspace.reset(); }

    void shouldPrefillOneNumberAndSendOnlyWhatChanged()
    {
        const PhoneNumber number = takeNumbers(1).first();
        const PhoneNumber current = serverRecord(*number.id);
        sandbox()->clearReceivedRequests();
        openDialog({number});
        QTRY_VERIFY(field<LookupCombo>(QStringLiteral("Offer"))->isEnabled());
        QCOMPARE(field<LookupCombo>(QStringLiteral("Offer"))->selectedId(), current.offerId);
        QCOMPARE(field<LookupCombo>(QStringLiteral("Number pool"))->selectedId(),
                 current.ringPoolId);
        QCOMPARE(field<LookupCombo>(QStringLiteral("Traffic source"))->selectedId(),
                 current.trafficSourceId);
        QCOMPARE(m_dialog->findChild<TokenValuesEditor *>()->entries(), current.tokenValues);
        QVERIFY(!saveButton()->isEnabled()); // nothing changed yet

        const qint64 newPool = current.ringPoolId == 44 ? 45 : 44;
        field<LookupCombo>(QStringLiteral("Number pool"))->setSelectedId(newPool);
        QVERIFY(saveButton()->isEnabled());
        saveScreenshot(m_dialog.get(), QStringLiteral("edit-one.png"));

        QAbstractItemModelTester tester(model());
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isVisible()); // closes on success
        const QList<QJsonObject> puts = bodiesOf(sandbox(), QStringLiteral("PUT"));
        QCOMPARE(puts.size(), 1);
        QCOMPARE(puts.first(), QJsonObject({{QStringLiteral("ring_pool_id"), newPool}}));
        // The row changed in place.
        QVERIFY(changed.count() >= 1);
        QCOMPARE(reset.count(), 0);
        const int row = model()->rowOfId(*number.id);
        QCOMPARE(model()->numberAt(row)->ringPoolId, newPool);

        // The edit is a batch of its own in the journal, and its undo puts the pool back.
        const QList<BatchSummary> history = BatchHistory::of(*m_workspace->journal());
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first().total(), 1);
        UndoPlan undo(m_workspace->client(), m_workspace->journal(), m_workspace->lookups());
        QSignalSpy previewed(&undo, &UndoPlan::finished);
        QString error;
        QVERIFY2(undo.start(history.first().id, &error), qPrintable(error));
        QVERIFY(previewed.wait(10000));
        QCOMPARE(undo.rows().size(), 1);
        const PlanPreviewRow &back = undo.rows().first();
        QCOMPARE(back.rowClass, PlanPreviewRow::Class::Change);
        QCOMPARE(back.changes.size(), 1);
        QCOMPARE(back.changes.first().field, QStringLiteral("ring_pool_id"));
        QCOMPARE(back.changes.first().before.toInteger(), newPool);
        QCOMPARE(back.changes.first().after, current.ringPoolId
                                                 ? QJsonValue(double(*current.ringPoolId))
                                                 : QJsonValue(QJsonValue::Null));
    }

    // The server refuses a value (422): its message shows next to the field, the dialog stays
    // open with what was chosen, and nothing changed on the server.
    void shouldShowTheServersFieldErrorsAndKeepTheForm()
    {
        const PhoneNumber number = takeNumbers(1).first();
        const PhoneNumber before = serverRecord(*number.id);
        openDialog({number});
        QTRY_VERIFY(field<LookupCombo>(QStringLiteral("Offer"))->isEnabled());
        // A traffic source the account does not have (deleted since the list was loaded).
        field<LookupCombo>(QStringLiteral("Traffic source"))->setSelectedId(999);
        QVERIFY(saveButton()->isEnabled());
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->runner() && !m_dialog->runner()->isRunning());
        const NumberAction &action = m_dialog->runner()->actions().first();
        QCOMPARE(action.state, NumberAction::State::Failed);
        QCOMPARE(action.error->kind, ApiError::Kind::Validation);
        QVERIFY(m_dialog->isVisible());
        auto *error = field<QLabel>(QStringLiteral("Error for traffic_source_id"));
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("does not exist"));
        // Above the form, what the server refused, naming the field.
        auto *general = field<QLabel>(QStringLiteral("Error"));
        QVERIFY2(general->isVisible() &&
                     general->text().contains(QStringLiteral("traffic_source_id does not exist")),
                 qPrintable(general->text()));
        QCOMPARE(field<LookupCombo>(QStringLiteral("Traffic source"))->selectedId(), 999);
        QVERIFY(saveButton()->isEnabled());
        QCOMPARE(serverRecord(*number.id).trafficSourceId, before.trafficSourceId);
        saveScreenshot(m_dialog.get(), QStringLiteral("edit-422.png"));
    }

    void shouldClearAllTokenValuesWithNull()
    {
        const PhoneNumber number = takeNumbers(1).first();
        openDialog({number});
        QTRY_VERIFY(field<LookupCombo>(QStringLiteral("Offer"))->isEnabled());
        m_dialog->findChild<TokenValuesEditor *>()->setEntries({QStringLiteral("state:tx")});
        QVERIFY(saveButton()->isEnabled());
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(serverRecord(*number.id).tokenValues, QStringList{QStringLiteral("state:tx")});

        sandbox()->clearReceivedRequests();
        openDialog({number});
        QTRY_VERIFY(field<LookupCombo>(QStringLiteral("Offer"))->isEnabled());
        QTest::mouseClick(field<QPushButton>(QStringLiteral("Clear all token values")),
                          Qt::LeftButton);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isVisible());
        const QList<QJsonObject> puts = bodiesOf(sandbox(), QStringLiteral("PUT"));
        QCOMPARE(puts.size(), 1);
        QCOMPARE(puts.first(), QJsonObject({{QStringLiteral("token_values"), QJsonValue::Null}}));
        QVERIFY(serverRecord(*number.id).tokenValues.isEmpty());
    }

    void shouldSendOnlyTheTickedFieldsToEveryNumberOfASelection()
    {
        const QList<PhoneNumber> numbers = takeNumbers(4);
        openDialog(numbers);
        QVERIFY(m_dialog->windowTitle().contains(QStringLiteral("4 Numbers")));
        QVERIFY(!saveButton()->isEnabled());
        auto *offer = field<LookupCombo>(QStringLiteral("Offer"));
        QVERIFY(!offer->isEnabled()); // unchanged until ticked
        QTest::mouseClick(field<QCheckBox>(QStringLiteral("Change Offer")), Qt::LeftButton);
        QVERIFY(offer->isEnabled());
        QVERIFY(!saveButton()->isEnabled()); // ticked but no offer chosen
        offer->setSelectedId(106);
        QTest::mouseClick(field<QCheckBox>(QStringLiteral("Change Traffic source")),
                          Qt::LeftButton);
        // Traffic source stays "None": unassigns it.
        QVERIFY(saveButton()->isEnabled());
        saveScreenshot(m_dialog.get(), QStringLiteral("edit-several.png"));
        answerNextMessageBox(this, QStringLiteral("Yes"), nullptr);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->runner() && !m_dialog->runner()->isRunning());
        QCOMPARE(m_dialog->runner()->count(NumberAction::State::Succeeded), 4);
        const QList<QJsonObject> puts = bodiesOf(sandbox(), QStringLiteral("PUT"));
        QCOMPARE(puts.size(), 4);
        for (const QJsonObject &body : puts)
            QCOMPARE(body, QJsonObject({{QStringLiteral("offer_id"), 106},
                                        {QStringLiteral("traffic_source_id"), QJsonValue::Null}}));
        for (const PhoneNumber &n : numbers)
            QCOMPARE(model()->numberAt(model()->rowOfId(*n.id))->offerId, 106);
        QCOMPARE(m_dialog->progressView()->table()->rowCount(), 4);
        saveScreenshot(m_dialog.get(), QStringLiteral("edit-several-done.png"));
    }
    void shouldShowEachFailureOfABulkEditAndRetryOnlyOnClick()
    {
        ApiClient::Options options = m_workspace->client()->options();
        const ApiClient::Options saved = options;
        options.retry = RetryPolicy::none();
        m_workspace->client()->setOptions(options);
        const QList<PhoneNumber> numbers = takeNumbers(6);
        openDialog(numbers);
        QTest::mouseClick(field<QCheckBox>(QStringLiteral("Change Number pool")), Qt::LeftButton);
        field<LookupCombo>(QStringLiteral("Number pool"))->setSelectedId(45);
        // Every save fails (the server errs), so the retry path always runs.
        sandbox::FaultSettings faults;
        faults.errorRate = 1.0;
        sandbox()->setFaults(faults);
        answerNextMessageBox(this, QStringLiteral("Yes"), nullptr);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->runner() && !m_dialog->runner()->isRunning());
        ActionRunner *runner = m_dialog->runner();
        QCOMPARE(runner->count(NumberAction::State::Succeeded), 0);
        QCOMPARE(countOf(sandbox(), QStringLiteral("PUT")), 6);
        QVERIFY(m_dialog->progressView()->retryButton()->isVisible());
        QTest::qWait(200);
        QCOMPARE(countOf(sandbox(), QStringLiteral("PUT")), 6); // nothing retried by itself
        sandbox()->setFaults({});
        QTest::mouseClick(m_dialog->progressView()->retryButton(), Qt::LeftButton);
        QTRY_VERIFY(!runner->isRunning());
        QCOMPARE(runner->count(NumberAction::State::Succeeded), 6);
        QCOMPARE(countOf(sandbox(), QStringLiteral("PUT")), 12);
        for (const QJsonObject &body : bodiesOf(sandbox(), QStringLiteral("PUT")))
            QCOMPARE(body, QJsonObject({{QStringLiteral("ring_pool_id"), 45}}));
        for (const PhoneNumber &n : numbers)
            QCOMPARE(model()->numberAt(model()->rowOfId(*n.id))->ringPoolId, 45);
        sandbox()->setFaults({});
        m_workspace->client()->setOptions(saved);
    }
    // Issue 14, item 4: the bulk confirmation says the new values.
    void shouldSayTheNewValuesInTheBulkConfirmation()
    {
        const QList<PhoneNumber> numbers = takeNumbers(3);
        openDialog(numbers);
        QTest::mouseClick(field<QCheckBox>(QStringLiteral("Change Offer")), Qt::LeftButton);
        field<LookupCombo>(QStringLiteral("Offer"))->setSelectedId(103);
        QTest::mouseClick(field<QCheckBox>(QStringLiteral("Change Number pool")), Qt::LeftButton);
        QString text;
        answerNextMessageBox(this, QStringLiteral("Cancel"), &text,
                             QStringLiteral("edit-several-confirm.png"));
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!text.isEmpty());
        const QString offer = m_workspace->lookups()->name(schema::LookupKind::Offers, 103);
        QVERIFY2(text.contains(QStringLiteral("Offer → %1 (#103)").arg(offer)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Number pool → none")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("for 3 numbers")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Traffic source")));
        QCOMPARE(countOf(sandbox(), QStringLiteral("PUT")), 0);
    }
};

QTEST_MAIN(tst_EditNumbersDialog)
#include "tst_editnumbersdialog.moc"
