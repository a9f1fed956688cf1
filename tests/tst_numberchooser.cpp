// NumberChooser: the "Choose numbers" part of Buy Numbers, on the in-process sandbox.
#include "dialogtesthelpers.h"
#include "markedtextdelegate.h"
#include "numberchooser.h"
#include "widgetlookup.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace numdesk;
using namespace numdesk::test;

class tst_NumberChooser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<NumberChooser> m_chooser;

    template<class T> T *field(const QString &name)
    {
        return findByAccessibleName<T>(m_chooser.get(), name);
    }
    QString status() { return field<QLabel>(QStringLiteral("Search status"))->text(); }

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
        m_workspace->sandbox()->clearReceivedRequests();
        m_chooser = std::make_unique<NumberChooser>(m_workspace->client());
        m_chooser->setCountry(QStringLiteral("US"), false);
        m_chooser->resize(520, 420);
        m_chooser->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chooser.get()));
    }

    void cleanup() { m_chooser.reset(); }
    void cleanupTestCase() { m_workspace.reset(); }

    void shouldMarkTheDigitsAskedFor_data()
    {
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("markup");
        const QString open = QStringLiteral("<span style=\"background-color:#ffe082; "
                                            "color:#000000;\"><b>");
        const QString close = QStringLiteral("</b></span>");
        QTest::newRow("across the dash")
            << "(415) 356-9377"
            << "3569377" << QStringLiteral("(415) ") + open + QStringLiteral("356-9377") + close;
        QTest::newRow("the last match, not the country code")
            << "+44 161 444 1234"
            << "44"
            << QStringLiteral("+44 161 4") + open + QStringLiteral("44") + close +
                   QStringLiteral(" 1234");
        QTest::newRow("nothing asked") << "(415) 356-9377"
                                       << ""
                                       << "(415) 356-9377";
        QTest::newRow("not in it") << "(415) 356-9377"
                                   << "000"
                                   << "(415) 356-9377";
        QTest::newRow("escaped") << "<1> & 2"
                                 << "2" << QStringLiteral("&lt;1&gt; &amp; ") + open + "2" + close;
    }

    void shouldMarkTheDigitsAskedFor()
    {
        QFETCH(QString, display);
        QFETCH(QString, digits);
        QFETCH(QString, markup);
        QCOMPARE(NumberChooser::markDigits(display, digits), markup);
    }

    void shouldSearchWithTheFieldsAndSendExactlyThem()
    {
        QTest::keyClicks(field<QLineEdit>(QStringLiteral("Area code or prefix")),
                         QStringLiteral("1 (415)"));
        QTest::keyClicks(field<QLineEdit>(QStringLiteral("Contains")), QStringLiteral("Flowers"));
        QTest::mouseClick(field<QPushButton>(QStringLiteral("Search")), Qt::LeftButton);
        QVERIFY(m_chooser->isSearching());
        QCOMPARE(status(), QStringLiteral("Searching…"));
        QTRY_VERIFY(!m_chooser->isSearching());
        const auto requests = m_workspace->sandbox()->receivedRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().path, QStringLiteral("/api/v1/phone_numbers/search"));
        QCOMPARE(requests.first().rawQuery,
                 QByteArray("country=US&toll_free=false&prefix=415&query=3569377"));
        // Only one number is 415 followed by FLOWERS.
        QCOMPARE(m_chooser->results().size(), 1);
        QCOMPARE(m_chooser->results().first().number, QStringLiteral("+14153569377"));
        auto *view = field<QTreeWidget>(QStringLiteral("Available numbers"));
        QCOMPARE(view->topLevelItem(0)->text(0), QStringLiteral("(415) 356-9377"));
        QCOMPARE(status(), QStringLiteral("1 number found: tick the ones to buy."));
        QVERIFY(m_chooser->chosenNumbers().isEmpty());
        view->topLevelItem(0)->setCheckState(0, Qt::Checked);
        QCOMPARE(m_chooser->chosenNumbers().size(), 1);
        QCOMPARE(status(), QStringLiteral("1 of 1 number chosen."));
        saveScreenshot(m_chooser.get(), QStringLiteral("number-chooser.png"));
    }

    void shouldRefuseAnAreaCodeWithLettersAndSayWhy()
    {
        auto *prefix = field<QLineEdit>(QStringLiteral("Area code or prefix"));
        auto *search = field<QPushButton>(QStringLiteral("Search"));
        QVERIFY(search->isEnabled());
        QTest::keyClicks(prefix, QStringLiteral("SF"));
        QVERIFY(!search->isEnabled());
        auto *error = field<QLabel>(QStringLiteral("Area code error"));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("An area code has no letters: type its digits."));
        QTest::keyClick(prefix, Qt::Key_Return); // Enter does not search either
        QVERIFY(!m_chooser->isSearching());
        QCOMPARE(m_workspace->sandbox()->receivedRequests().size(), 0);
        QTest::keyClicks(field<QLineEdit>(QStringLiteral("Contains")), QStringLiteral("4#"));
        QCOMPARE(field<QLabel>(QStringLiteral("Contains hint"))->text(),
                 QStringLiteral("'#' is neither a digit nor a letter."));
        prefix->clear();
        QVERIFY(!error->isVisible());
        QVERIFY(!search->isEnabled()); // the '#' is still there
    }

    void shouldClearTheResultsOfAnotherCountry()
    {
        QTest::mouseClick(field<QPushButton>(QStringLiteral("Search")), Qt::LeftButton);
        QTRY_VERIFY(!m_chooser->isSearching());
        QCOMPARE(m_chooser->results().size(), 20);
        m_chooser->setCountry(QStringLiteral("GB"), false);
        QVERIFY(m_chooser->results().isEmpty());
        QCOMPARE(field<QTreeWidget>(QStringLiteral("Available numbers"))->topLevelItemCount(), 0);
        QCOMPARE(status(), QStringLiteral("Search for local numbers of United Kingdom."));
        // The UK from the US: international form, and the city.
        QTest::keyClicks(field<QLineEdit>(QStringLiteral("Area code or prefix")),
                         QStringLiteral("0161"));
        QTest::keyClick(field<QLineEdit>(QStringLiteral("Area code or prefix")), Qt::Key_Return);
        QTRY_VERIFY(!m_chooser->isSearching());
        auto *view = field<QTreeWidget>(QStringLiteral("Available numbers"));
        QVERIFY(view->topLevelItemCount() > 0);
        QVERIFY2(view->topLevelItem(0)->text(0).startsWith(QStringLiteral("+44 161 ")),
                 qPrintable(view->topLevelItem(0)->text(0)));
        QCOMPARE(view->topLevelItem(0)->text(1), QStringLiteral("Manchester"));
    }

    void shouldSayWhatWentWrongWhenTheSearchFails()
    {
        m_chooser->setCountry(QStringLiteral("ZZ"), false); // not a country numbers are sold in
        QTest::mouseClick(field<QPushButton>(QStringLiteral("Search")), Qt::LeftButton);
        QTRY_VERIFY(!m_chooser->isSearching());
        QCOMPARE(status(), QStringLiteral("The server refused the request: country is not "
                                          "included in the list\ncountry: is not included in the "
                                          "list"));
        QVERIFY(m_chooser->results().isEmpty());
    }
};

QTEST_MAIN(tst_NumberChooser)
#include "tst_numberchooser.moc"
