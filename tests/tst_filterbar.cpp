#include "apidates.h"
#include "dialogtesthelpers.h"
#include "filterbar.h"
#include "lookupcache.h"
#include "lookupcombo.h"
#include "mainwindow.h"
#include "numbertablemodel.h"
#include "sandboxhost.h"
#include "widgetlookup.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace numdesk;
using numdesk::test::findByAccessibleName;

// Types into the filter bar of a real window on the sandbox and checks the exact parameters the
// sandbox received.
class tst_FilterBar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;

    // The query items of the last list request the sandbox received.
    QMap<QString, QString> lastListQuery()
    {
        const auto requests = m_workspace->sandbox()->receivedRequests();
        for (auto it = requests.rbegin(); it != requests.rend(); ++it) {
            if (it->path.endsWith(QLatin1String("/phone_numbers"))) {
                QMap<QString, QString> items;
                for (const auto &[key, value] : it->queryItems)
                    items.insert(key, value);
                return items;
            }
        }
        return {};
    }

    int listRequestCount()
    {
        int count = 0;
        for (const auto &r : m_workspace->sandbox()->receivedRequests())
            count += r.path.endsWith(QLatin1String("/phone_numbers")) ? 1 : 0;
        return count;
    }

    void waitIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->model()->isLoading(), 10000);
        QTest::qWait(20);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_workspace = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(m_workspace->startSandbox(m_dir.filePath(QStringLiteral("sandbox.sqlite")), 600,
                                           &error),
                 qPrintable(error));
        m_workspace->sandbox()->setRecordedRequestLimit(10000);
        m_window = std::make_unique<MainWindow>(m_workspace.get());
        m_window->restoreAndStart();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_workspace->lookups()->isLoaded(schema::LookupKind::Offers));
        waitIdle();
        m_workspace->sandbox()->clearReceivedRequests();
    }

    void cleanup()
    {
        m_window.reset();
        m_workspace.reset();
    }

    void shouldDebounceFullTextAndSendIt()
    {
        auto *search =
            findByAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Full-text search"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("Mul"));
        QElapsedTimer sinceLastKey;
        sinceLastKey.start();
        // Still typing: nothing is applied until the pause, not even once the events already
        // queued are handled (a 0 ms debounce would apply here).
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(m_workspace->model()->filter().fulltext, QString());
        QCOMPARE(listRequestCount(), 0);
        QTRY_VERIFY(listRequestCount() > 0);
        // Not before the pause (a lower bound: a slow machine only makes it longer).
        QVERIFY2(sinceLastKey.elapsed() >= FilterBar::kDebounceMs - 10,
                 qPrintable(QString::number(sinceLastKey.elapsed())));
        waitIdle();
        QCOMPARE(lastListQuery().value(QStringLiteral("fulltext")), QStringLiteral("Mul"));
        QCOMPARE(lastListQuery().value(QStringLiteral("time_zone")), QStringLiteral("UTC"));
    }

    void shouldSendNonAsciiTextAsTyped()
    {
        auto *search =
            findByAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Full-text search"));
        search->setFocus();
        // QTest::keyClicks only knows ASCII keys: send the key events an input method would.
        for (const QChar c : QStringLiteral("Mü")) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(search, &press);
        }
        QTest::keyClick(search, Qt::Key_Return);
        waitIdle();
        QCOMPARE(lastListQuery().value(QStringLiteral("fulltext")), QStringLiteral("Mü"));
        QVERIFY(m_workspace->sandbox()->receivedRequests().last().rawQuery.contains(
            "fulltext=M%C3%BC"));
    }

    void shouldApplyOnEnterAtOnceAndClearOnEscape()
    {
        auto *search =
            findByAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Full-text search"));
        QTest::keyClicks(search, QStringLiteral("Aberdeen"));
        QTest::keyClick(search, Qt::Key_Return);
        // Enter applies at once: the model has the filter before any timer could have fired.
        QCOMPARE(m_workspace->model()->filter().fulltext, QStringLiteral("Aberdeen"));
        QTRY_VERIFY(listRequestCount() > 0);
        QCOMPARE(lastListQuery().value(QStringLiteral("fulltext")), QStringLiteral("Aberdeen"));
        waitIdle();
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QTRY_VERIFY(!lastListQuery().contains(QStringLiteral("fulltext")));
    }

    void shouldSendTheNumberWithItsPlus()
    {
        auto *number =
            findByAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Phone number"));
        QTest::keyClicks(number, QStringLiteral("+441224980000"));
        QTest::keyClick(number, Qt::Key_Return);
        waitIdle();
        QCOMPARE(lastListQuery().value(QStringLiteral("number")), QStringLiteral("+441224980000"));
        QTRY_COMPARE(m_workspace->model()->total(), 1);
        const auto raw = m_workspace->sandbox()->receivedRequests().last().rawQuery;
        QVERIFY2(raw.contains("number=%2B441224980000"), raw.constData());
    }

    // Issue 14, item 10: the form the table shows, and every other common way of writing it.
    void shouldFindTheNumberWrittenAnyCommonWay_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sent");
        QTest::newRow("as the table shows it") << "(800) 500-2562"
                                               << "+18005002562";
        QTest::newRow("dots") << "800.500.2562"
                              << "+18005002562";
        QTest::newRow("dashes and a trunk 1") << "1-800-500-2562"
                                              << "+18005002562";
        QTest::newRow("spaces") << " 800 500 2562 "
                                << "+18005002562";
        QTest::newRow("plus and parentheses") << "+1 (800) 500-2562"
                                              << "+18005002562";
        QTest::newRow("00 and the country code") << "00 44 1224 980000"
                                                 << "+441224980000";
        QTest::newRow("(0) trunk prefix") << "+44 (0)1224 980000"
                                          << "+441224980000";
    }

    void shouldFindTheNumberWrittenAnyCommonWay()
    {
        QFETCH(QString, typed);
        QFETCH(QString, sent);
        auto *number =
            findByAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Phone number"));
        QTest::keyClicks(number, typed);
        QTest::keyClick(number, Qt::Key_Return);
        waitIdle();
        QCOMPARE(lastListQuery().value(QStringLiteral("number")), sent);
        QTRY_COMPARE(m_workspace->model()->total(), 1);
        QVERIFY(!findByAccessibleName<QLabel>(m_window.get(), QStringLiteral("Phone number error"))
                     ->isVisible());
    }

    void shouldRefuseLettersWithAReasonAndSendNothing()
    {
        auto *number =
            findByAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Phone number"));
        auto *error =
            findByAccessibleName<QLabel>(m_window.get(), QStringLiteral("Phone number error"));
        QVERIFY(error && !error->isVisible());
        const NumberFilter before = m_workspace->model()->filter();
        const int requests = listRequestCount();
        // Typed: once the pause is over, the reason shows and nothing was sent.
        QTest::keyClicks(number, QStringLiteral("abc12x"));
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("A phone number has no letters: type its digits; "
                                               "spaces, dashes, dots, parentheses and a leading + "
                                               "or 00 may stay."));
        // Applying is synchronous: a filter sent would be the model's already.
        QCOMPARE(m_workspace->model()->filter(), before);
        QTest::keyClick(number, Qt::Key_Return);
        QCOMPARE(m_workspace->model()->filter(), before);
        QCOMPARE(listRequestCount(), requests);
        QCOMPARE(m_window->filterBar()->numberProblem(), error->text());
        test::saveScreenshot(m_window.get(), QStringLiteral("filter-number-error.png"));

        // Corrected, it is sent and the reason goes.
        number->clear();
        QTest::keyClicks(number, QStringLiteral("(800) 500-2562"));
        QTest::keyClick(number, Qt::Key_Return);
        QVERIFY(!error->isVisible());
        waitIdle();
        QCOMPARE(lastListQuery().value(QStringLiteral("number")), QStringLiteral("+18005002562"));

        // A number too short to be one is not sent either, and says why.
        number->clear();
        QTest::keyClicks(number, QStringLiteral("500-2562"));
        QTest::keyClick(number, Qt::Key_Return);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral("Too short: a number of United States needs its area code too."));
        QCOMPARE(m_workspace->model()->filter().number, QStringLiteral("+18005002562"));
    }

    void shouldReadANumberWithoutCountryCodeInTheDefaultCountry()
    {
        auto *number =
            findByAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Phone number"));
        QTest::keyClicks(number, QStringLiteral("01224 980000"));
        m_window->filterBar()->setDefaultCountry(QStringLiteral("GB")); // applies at once
        waitIdle();
        QCOMPARE(lastListQuery().value(QStringLiteral("number")), QStringLiteral("+441224980000"));
        QTRY_COMPARE(m_workspace->model()->total(), 1);
    }

    // A number field left with no number in it when the window closed: the next start runs its
    // first query all the same, without it.
    void shouldStartWithoutANumberThatWasNeverSent()
    {
        auto *number =
            findByAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Phone number"));
        QTest::keyClicks(number, QStringLiteral("abc12x"));
        QTest::keyClick(number, Qt::Key_Return);
        m_window->close(); // saves settings
        m_window = std::make_unique<MainWindow>(m_workspace.get());
        m_workspace->sandbox()->clearReceivedRequests();
        m_window->restoreAndStart();
        waitIdle();
        QCOMPARE(listRequestCount(), 1);
        QVERIFY(!lastListQuery().contains(QStringLiteral("number")));
        QVERIFY(findByAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Phone number"))
                    ->text()
                    .isEmpty());
    }

    void shouldSendEachPickersId()
    {
        struct Case
        {
            const char *name;
            schema::LookupKind kind;
            const char *param;
        };
        const Case cases[] = {
            {"Offer", schema::LookupKind::Offers, "offer_id"},
            {"Traffic source", schema::LookupKind::TrafficSources, "traffic_source_id"},
            {"Provider", schema::LookupKind::ProviderConfigurations, "provider_configuration_id"},
            {"Number pool", schema::LookupKind::RingPools, "ring_pool_id"},
        };
        for (const Case &c : cases) {
            auto *combo =
                findByAccessibleName<LookupCombo>(m_window.get(), QString::fromLatin1(c.name));
            QVERIFY2(combo, c.name);
            const QList<LookupItem> items = m_workspace->lookups()->items(c.kind);
            QVERIFY(!items.isEmpty());
            combo->setCurrentIndex(combo->findData(items.first().id));
            waitIdle();
            QCOMPARE(lastListQuery().value(QString::fromLatin1(c.param)),
                     QString::number(items.first().id));
            combo->setCurrentIndex(0); // "Any"
            waitIdle();
            QVERIFY(!lastListQuery().contains(QString::fromLatin1(c.param)));
        }
    }

    void shouldSendDateRangesInTheChosenTimeZone()
    {
        auto *zone = findByAccessibleName<QComboBox>(m_window.get(), QStringLiteral("Time zone"));
        QVERIFY(zone);
        QTRY_VERIFY(zone->findData(QStringLiteral("Eastern Time (US & Canada)")) >= 0);
        zone->setCurrentIndex(zone->findData(QStringLiteral("Eastern Time (US & Canada)")));
        auto *created = findByAccessibleName<QComboBox>(m_window.get(), QStringLiteral("Created"));
        QVERIFY(created);
        // "Today" as the preset will compute it: before the request, not after it.
        const QTimeZone ny("America/New_York");
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(ny).date();
        created->setCurrentIndex(created->findText(QStringLiteral("Today")));
        waitIdle();
        const auto query = lastListQuery();
        QCOMPARE(query.value(QStringLiteral("time_zone")),
                 QStringLiteral("Eastern Time (US & Canada)"));
        // Each end with its own UTC offset: on a daylight-saving change day they differ.
        QCOMPARE(query.value(QStringLiteral("created_at_from")),
                 dates::formatFilterDate(QDateTime(today, QTime(0, 0), ny)));
        QCOMPARE(query.value(QStringLiteral("created_at_to")),
                 dates::formatFilterDate(QDateTime(today, QTime(23, 59, 59), ny)));
        QVERIFY(!query.contains(QStringLiteral("last_call_at_from")));
    }

    void shouldClearEveryFilterAndShowTheIndicatorOnlyWhenFiltered()
    {
        auto *search =
            findByAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Full-text search"));
        auto *indicator = m_window->findChild<QLabel *>(QStringLiteral("filterIndicator"));
        QVERIFY(indicator);
        QVERIFY(!indicator->isVisible());
        QTest::keyClicks(search, QStringLiteral("a"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(indicator->isVisible());
        waitIdle();
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+Shift+X")));
        QVERIFY(search->text().isEmpty());
        QVERIFY(!indicator->isVisible());
        waitIdle();
        const auto query = lastListQuery();
        for (const char *param : {"fulltext", "number", "offer_id", "created_at_from"})
            QVERIFY2(!query.contains(QString::fromLatin1(param)), param);
    }

    void shouldRestoreTheLastFilters()
    {
        auto *number =
            findByAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Phone number"));
        QTest::keyClicks(number, QStringLiteral("+18005002562"));
        QTest::keyClick(number, Qt::Key_Return);
        waitIdle();
        m_window->close(); // saves settings
        m_window = std::make_unique<MainWindow>(m_workspace.get());
        m_workspace->sandbox()->clearReceivedRequests();
        m_window->restoreAndStart();
        waitIdle();
        QCOMPARE(m_window->filterBar()->filter().number, QStringLiteral("+18005002562"));
        QCOMPARE(lastListQuery().value(QStringLiteral("number")), QStringLiteral("+18005002562"));
    }
    // Issue 14, item 8: editing a custom range applies once the user is done, not per key.
    void shouldApplyACustomRangeOnceTheUserIsDone()
    {
        QSignalSpy changed(m_window->filterBar(), &FilterBar::filterChanged);
        auto *created = findByAccessibleName<QComboBox>(m_window.get(), QStringLiteral("Created"));
        created->setCurrentIndex(created->findText(QStringLiteral("Custom")));
        QCOMPARE(changed.size(), 0); // not at once
        auto *from =
            findByAccessibleName<QDateTimeEdit>(m_window.get(), QStringLiteral("Created from"));
        QVERIFY(from);
        QVERIFY2(from->dateTime().date().year() > 2000, qPrintable(from->dateTime().toString()));
        from->setFocus();
        from->setCurrentSection(QDateTimeEdit::YearSection);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(from, Qt::Key_Down);
        QCOMPARE(changed.size(), 0);
        QTRY_COMPARE(changed.size(), 1);
        const NumberFilter filter = m_window->filterBar()->filter();
        QCOMPARE(filter.createdFrom.date().year(), QDate::currentDate().year() - 3);
        waitIdle();
        QCOMPARE(lastListQuery().value(QStringLiteral("created_at_from")).left(4),
                 QString::number(QDate::currentDate().year() - 3));
    }

    // Issue 14, item 9: To before From is marked and not sent.
    void shouldNotSendARangeThatEndsBeforeItStarts()
    {
        auto *created = findByAccessibleName<QComboBox>(m_window.get(), QStringLiteral("Created"));
        created->setCurrentIndex(created->findText(QStringLiteral("Custom")));
        auto *from =
            findByAccessibleName<QDateTimeEdit>(m_window.get(), QStringLiteral("Created from"));
        auto *to =
            findByAccessibleName<QDateTimeEdit>(m_window.get(), QStringLiteral("Created to"));
        from->setDateTime(QDateTime(QDate(2025, 3, 2), QTime(10, 0), Qt::UTC));
        to->setDateTime(QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC));
        waitIdle();
        m_workspace->sandbox()->clearReceivedRequests();
        QTest::qWait(FilterBar::kDebounceMs * 2);
        waitIdle();
        QCOMPARE(listRequestCount(), 0);
        QVERIFY(to->toolTip().contains(QStringLiteral("before the start")));
        // Issue 19.11: and the bar says so in words, not only in a tooltip.
        auto *error =
            findByAccessibleName<QLabel>(m_window.get(), QStringLiteral("Date range error"));
        QVERIFY(error && error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral("The Created range ends before it starts; it is not applied."));
        to->setDateTime(QDateTime(QDate(2025, 3, 4), QTime(10, 0), Qt::UTC));
        QTRY_COMPARE(listRequestCount(), 1);
        QVERIFY(!error->isVisible());
        QCOMPARE(lastListQuery().value(QStringLiteral("created_at_to")),
                 QStringLiteral("2025-03-04 10:00:59 +0000"));
    }

    // Issue 14, item 12: time zones in offset order, by name within an offset.
    void shouldListTimeZonesInOffsetOrder()
    {
        m_window->filterBar()->setTimeZones(dates::railsTimeZones());
        auto *zone = findByAccessibleName<QComboBox>(m_window.get(), QStringLiteral("Time zone"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int previous = std::numeric_limits<int>::min();
        for (int i = 0; i < zone->count(); ++i) {
            const QTimeZone tz = dates::zoneForApiName(zone->itemData(i).toString());
            const int offset = tz.isValid() ? tz.offsetFromUtc(now) : 0;
            QVERIFY2(offset >= previous, qPrintable(zone->itemText(i)));
            previous = offset;
        }
    }

    // Issue 14, item 21: the bar does not move when "Filtered" appears.
    void shouldKeepItsLayoutWhenFilteredAppears()
    {
        auto *clear = m_window->filterBar()->findChild<QPushButton *>();
        auto *zone = findByAccessibleName<QComboBox>(m_window.get(), QStringLiteral("Time zone"));
        const QRect clearBefore = clear->geometry();
        const QRect zoneBefore = zone->geometry();
        auto *search =
            findByAccessibleName<QLineEdit>(m_window.get(), QStringLiteral("Full-text search"));
        QTest::keyClicks(search, QStringLiteral("a"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("filterIndicator"))->isVisible());
        QApplication::processEvents();
        QCOMPARE(clear->geometry(), clearBefore);
        QCOMPARE(zone->geometry(), zoneBefore);
    }
};

QTEST_MAIN(tst_FilterBar)
#include "tst_filterbar.moc"
