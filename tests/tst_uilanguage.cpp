#include "buynumberdialog.h"
#include "dialogtesthelpers.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "numbertablemodel.h"
#include "uilanguage.h"
#include "widgetlookup.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace numdesk;

// Issue 14, item 17: the chosen language reaches Qt's own buttons, numbers, dates and the
// keychain's notice; the country picker finds countries by English name and ISO code.
class tst_UiLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void shouldTranslateQtsOwnButtons()
    {
        const UiLanguage language(QLocale(QLocale::German, QLocale::Germany),
                                  QStringLiteral(NUMDESK_QM_DIR));
        QVERIFY(language.hasQtTranslation());
        QVERIFY(language.hasAppTranslation());
        QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Close |
                             QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Abbrechen"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Schließen"));
        QCOMPARE(box.button(QDialogButtonBox::Apply)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Anwenden"));
        QCOMPARE(box.button(QDialogButtonBox::RestoreDefaults)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Voreinstellungen"));
    }

    void shouldWriteNumbersAndDatesAsTheLanguageDoes()
    {
        const QString before = QLocale().toString(3000);
        {
            const UiLanguage language(QLocale(QLocale::German, QLocale::Germany),
                                      QStringLiteral(NUMDESK_QM_DIR));
            QCOMPARE(QLocale().toString(3000), QStringLiteral("3.000"));
            auto workspace = std::make_unique<Workspace>(
                nullptr, m_dir.filePath(QStringLiteral("journal.jsonl")));
            QString error;
            QVERIFY2(
                workspace->startSandbox(m_dir.filePath(QStringLiteral("sb.sqlite")), 1500, &error),
                qPrintable(error));
            MainWindow window(workspace.get());
            window.resize(1280, 800);
            window.restoreAndStart();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY(window.statusText().endsWith(QStringLiteral(" von 1.500 geladen")));
            QVERIFY(test::saveScreenshot(&window, QStringLiteral("main-window-de.png")));
        }
        QCOMPARE(QLocale().toString(3000), before); // given back
    }

    void shouldTranslateTheKeychainsUnknownError_data()
    {
        QTest::addColumn<QLocale>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringLiteral("Unbekannter Fehler");
        QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain)
                            << QStringLiteral("error desconocido");
    }

    void shouldTranslateTheKeychainsUnknownError()
    {
        QFETCH(QLocale, language);
        QFETCH(QString, expected);
        const UiLanguage installed(language, QStringLiteral(NUMDESK_QM_DIR));
        // What QtKeychain says (its own translation where it ships one), as the notice shows it.
        const QString said =
            QCoreApplication::translate("QKeychain::ReadPasswordJobPrivate", "Unknown error");
        QCOMPARE(KeychainSecretStore::readableError(said), expected);
    }

    void shouldFindCountriesByEnglishNameAndCodeInEveryLanguage()
    {
        const UiLanguage language(QLocale(QLocale::German, QLocale::Germany),
                                  QStringLiteral(NUMDESK_QM_DIR));
        QTemporaryDir dir;
        QString error;
        auto workspace = test::startWorkspace(dir, 100, &error);
        QVERIFY2(workspace, qPrintable(error));
        BuyNumberDialog dialog(workspace.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *country = test::findByAccessibleName<QComboBox>(&dialog, QStringLiteral("Land"));
        QVERIFY(country);
        for (const auto &[typed, code] :
             {std::pair{QStringLiteral("United Kingdom"), QStringLiteral("GB")},
              std::pair{QStringLiteral("de"), QStringLiteral("DE")},
              std::pair{QStringLiteral("Vereinigte Staaten"), QStringLiteral("US")}}) {
            country->setFocus();
            country->lineEdit()->selectAll();
            QTest::keyClicks(country->lineEdit(), typed);
            QTest::keyClick(country->lineEdit(), Qt::Key_Tab);
            QCOMPARE(country->currentData().toString(), code);
        }
    }
};

QTEST_MAIN(tst_UiLanguage)
#include "tst_uilanguage.moc"
