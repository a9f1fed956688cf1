#include "preferencesdialog.h"
#include "preferencesstore.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace numdesk;
using numdesk::test::findByAccessibleName;

// Drives the Preferences dialog as a user does: types, ticks, applies; checks what is stored.
class tst_PreferencesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<PreferencesStore> m_store;
    std::unique_ptr<PreferencesDialog> m_dialog;

    static QString screenshotDir()
    {
        const QString dir = qEnvironmentVariable(
            "NUMDESK_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        QDir().mkpath(dir);
        return dir;
    }

    void open()
    {
        m_dialog = std::make_unique<PreferencesDialog>(*m_store);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    template<class T> T *control(const char *name)
    {
        T *widget = findByAccessibleName<T>(m_dialog.get(), QString::fromUtf8(name));
        if (!widget)
            qWarning("no control named %s", name);
        return widget;
    }
    QPushButton *button(QDialogButtonBox::StandardButton which)
    {
        return m_dialog->findChild<QDialogButtonBox *>()->button(which);
    }
    // As a user does: focus, select everything, type.
    void typeInto(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(widget, text);
    }
    // Clicks the indicator of a check box or radio button (its centre may be past its text).
    void check(QAbstractButton *button)
    {
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    }
    void showTab(int index) { m_dialog->findChild<QTabWidget *>()->setCurrentIndex(index); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("numdesk.conf")),
                                                 QSettings::IniFormat);
        m_settings->clear();
        m_store = std::make_unique<PreferencesStore>(m_settings.get());
    }

    void cleanup()
    {
        m_dialog.reset();
        m_store.reset();
        m_settings.reset();
    }

    void shouldShowWhatIsStored()
    {
        Preferences p;
        p.pageSize = 250;
        p.timeZone = QStringLiteral("Berlin");
        p.http2 = false;
        p.exportHeader = CsvRecordFormatter::HeaderStyle::Labels;
        p.language = Preferences::Language::Spanish;
        p.defaultCountry = QStringLiteral("IE");
        QVERIFY(m_store->save(p));
        open();
        QCOMPARE(control<QSpinBox>("Page size")->value(), 250);
        QCOMPARE(control<QComboBox>("Default time zone")->currentText(), QStringLiteral("Berlin"));
        QCOMPARE(control<QComboBox>("Default country")->currentText(),
                 QStringLiteral("Ireland (IE)"));
        QVERIFY(!control<QCheckBox>("Use HTTP/2")->isChecked());
        QVERIFY(control<QRadioButton>("Header row with column labels")->isChecked());
        QCOMPARE(control<QComboBox>("Language")->currentText(), QStringLiteral("Español"));
        QCOMPARE(m_dialog->preferences(), p.normalized());
        QVERIFY(!button(QDialogButtonBox::Apply)->isEnabled()); // nothing changed yet
    }

    void shouldSaveWhatTheUserTypesOnApplyAndSayItAppliesNow()
    {
        open();
        QSignalSpy applied(m_dialog.get(), &PreferencesDialog::applied);
        typeInto(control<QSpinBox>("Page size"), QStringLiteral("200"));
        typeInto(control<QSpinBox>("Requests in flight"), QStringLiteral("2"));
        typeInto(control<QLineEdit>("Date display format"), QStringLiteral("dd.MM.yyyy HH:mm"));
        QCOMPARE(control<QLabel>("Date format preview")->text(),
                 QStringLiteral("Example: 14.03.2026 15:09"));
        showTab(1);
        typeInto(control<QSpinBox>("Request timeout"), QStringLiteral("12"));
        check(control<QCheckBox>("Use HTTP/2"));
        showTab(2);
        check(control<QRadioButton>("Header row with column labels"));
        check(control<QCheckBox>("Spreadsheet-safe cells"));
        typeInto(control<QSpinBox>("Parallel pages"), QStringLiteral("3"));
        showTab(0);
        auto *zone = control<QComboBox>("Default time zone");
        zone->setFocus();
        zone->setCurrentIndex(zone->findText(QStringLiteral("Eastern Time (US & Canada)")));
        // Issue 16: the country numbers without a country code are read in; US until chosen.
        auto *country = control<QComboBox>("Default country");
        QCOMPARE(country->currentData().toString(), QStringLiteral("US"));
        country->setCurrentIndex(country->findText(QStringLiteral("United Kingdom (GB)")));
        QVERIFY(button(QDialogButtonBox::Apply)->isEnabled());

        QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(applied.size(), 1);
        const auto p = applied.first().at(0).value<Preferences>();
        QCOMPARE(applied.first().at(1).toBool(), false); // nothing needs a restart
        QCOMPARE(p.pageSize, 200);
        QCOMPARE(p.requestsInFlight, 2);
        QCOMPARE(p.requestTimeoutSeconds, 12);
        QCOMPARE(p.http2, false);
        QCOMPARE(p.exportParallelPages, 3);
        QCOMPARE(p.defaultCountry, QStringLiteral("GB"));
        QCOMPARE(m_settings->value("preferences/defaultCountry").toString(), QStringLiteral("GB"));
        QCOMPARE(m_settings->value("preferences/pageSize").toInt(), 200);
        QCOMPARE(m_settings->value("preferences/requestsInFlight").toInt(), 2);
        QCOMPARE(m_settings->value("preferences/requestTimeoutSeconds").toInt(), 12);
        QCOMPARE(m_settings->value("preferences/http2").toBool(), false);
        QCOMPARE(m_settings->value("preferences/timeZone").toString(),
                 QStringLiteral("Eastern Time (US & Canada)"));
        QCOMPARE(m_settings->value("preferences/dateFormat").toString(),
                 QStringLiteral("dd.MM.yyyy HH:mm"));
        QCOMPARE(m_settings->value("export/header").toString(), QStringLiteral("labels"));
        QCOMPARE(m_settings->value("export/spreadsheetSafe").toBool(), true);
        QCOMPARE(m_settings->value("export/parallel").toInt(), 3);
        QVERIFY(!button(QDialogButtonBox::Apply)->isEnabled());
        QVERIFY(!control<QLabel>("Restart needed")->isVisible());
        QVERIFY(m_dialog->isVisible()); // Apply keeps the dialog open
    }

    void shouldSayTheLanguageAppliesAfterARestart()
    {
        open();
        showTab(3);
        QVERIFY(!control<QLabel>("Restart needed")->isVisible());
        QSignalSpy applied(m_dialog.get(), &PreferencesDialog::applied);
        auto *language = control<QComboBox>("Language");
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down); // System -> English
        QTest::keyClick(language, Qt::Key_Down); // -> Deutsch
        QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
        QVERIFY(control<QLabel>("Restart needed")->isVisible());
        QSignalSpy finished(m_dialog.get(), &QDialog::finished);
        QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().at(1).toBool(), true);
        QCOMPARE(m_settings->value("preferences/language").toString(), QStringLiteral("de"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    }

    void shouldRestoreDefaultsOnlyInTheControlsUntilApplied()
    {
        Preferences p;
        p.pageSize = 500;
        p.exportSpreadsheetSafe = true;
        QVERIFY(m_store->save(p));
        open();
        QTest::mouseClick(button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QCOMPARE(control<QSpinBox>("Page size")->value(), 100);
        QVERIFY(!control<QCheckBox>("Spreadsheet-safe cells")->isChecked());
        QCOMPARE(m_settings->value("preferences/pageSize").toInt(), 500);
        QSignalSpy applied(m_dialog.get(), &PreferencesDialog::applied);
        QTest::mouseClick(button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(applied.size(), 0);
        QCOMPARE(m_settings->value("preferences/pageSize").toInt(), 500); // cancelled
    }

    // Issue 15: how many snapshots are kept, and the monthly prices Insights counts costs with.
    void shouldEditSnapshotsKeptAndMonthlyPricesPerCountry()
    {
        Preferences stored;
        stored.monthlyPrices.insert(QStringLiteral("GB/local"), 2.25);
        QVERIFY(m_store->save(stored));
        open();
        showTab(4);
        auto *prices = control<QTableWidget>("Monthly prices");
        QCOMPARE(prices->rowCount(), 1);
        QCOMPARE(prices->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("GB"));
        QCOMPARE(qobject_cast<QDoubleSpinBox *>(prices->cellWidget(0, 1))->value(), 2.25);
        QCOMPARE(qobject_cast<QDoubleSpinBox *>(prices->cellWidget(0, 2))->text(),
                 QStringLiteral("no price"));

        typeInto(control<QSpinBox>("Snapshots kept"), QStringLiteral("12"));
        // The snapshot a day: on for the sandbox by default; turned on for accounts too.
        QVERIFY(control<QCheckBox>("Daily snapshot on the sandbox")->isChecked());
        QVERIFY(!control<QCheckBox>("Daily snapshot on TrackDrive accounts")->isChecked());
        QTest::mouseClick(control<QCheckBox>("Daily snapshot on TrackDrive accounts"),
                          Qt::LeftButton);
        // Add the US: a row with no prices yet, then type them.
        auto *country = control<QComboBox>("Country to price");
        country->setCurrentIndex(country->findData(QStringLiteral("US")));
        QTest::mouseClick(control<QPushButton>("Add country"), Qt::LeftButton);
        QCOMPARE(prices->rowCount(), 2);
        typeInto(prices->cellWidget(1, 1), QStringLiteral("1.5"));
        typeInto(prices->cellWidget(1, 2), QStringLiteral("3"));
        // Adding it again only shows it.
        QTest::mouseClick(control<QPushButton>("Add country"), Qt::LeftButton);
        QCOMPARE(prices->rowCount(), 2);
        QVERIFY(button(QDialogButtonBox::Apply)->isEnabled());
        QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);
        const Preferences saved = m_store->load();
        QCOMPARE(saved.snapshotsKept, 12);
        QVERIFY(saved.dailySnapshotOnSandbox);
        QVERIFY(saved.dailySnapshotOnAccounts);
        QCOMPARE(
            saved.monthlyPrices,
            (QMap<QString, double>{{"GB/local", 2.25}, {"US/local", 1.5}, {"US/toll_free", 3}}));

        // Remove GB: its price goes.
        prices->selectRow(0);
        QTest::mouseClick(control<QPushButton>("Remove country"), Qt::LeftButton);
        QCOMPARE(prices->rowCount(), 1);
        QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(m_store->load().monthlyPrices,
                 (QMap<QString, double>{{"US/local", 1.5}, {"US/toll_free", 3}}));
    }

    void shouldNameEveryControlAndReachThemByKeyboard()
    {
        open();
        const auto widgets = m_dialog->findChildren<QWidget *>();
        int named = 0;
        for (QWidget *w : widgets) {
            const bool control = qobject_cast<QAbstractButton *>(w) ||
                                 qobject_cast<QComboBox *>(w) || qobject_cast<QSpinBox *>(w);
            // Qt's own parts of a tab bar and of a table (its corner "select all" button).
            if (!control || w->inherits("QTabBar") || w->parent()->inherits("QTabBar") ||
                w->inherits("QTableCornerButton"))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->accessibleName()));
            ++named;
        }
        QVERIFY(named >= 16);
        // Mnemonics: Alt+L shows the Language page.
        QTest::keyClick(m_dialog.get(), Qt::Key_L, Qt::AltModifier);
        QCOMPARE(m_dialog->findChild<QTabWidget *>()->currentIndex(), 3);
    }

    void shouldSaveScreenshotsOfEveryPage()
    {
        open();
        m_dialog->adjustSize();
        const char *names[] = {"table", "network", "export", "language", "snapshots"};
        QList<QImage> pages;
        for (int i = 0; i < 5; ++i) {
            showTab(i);
            QTest::qWait(20);
            const QString path = screenshotDir() +
                                 QStringLiteral("/preferences-%1.png").arg(QLatin1String(names[i]));
            const QPixmap shot = m_dialog->grab();
            QCOMPARE(shot.deviceIndependentSize().toSize(), m_dialog->size());
            QVERIFY(shot.save(path));
            // Read back from the file: the whole dialog, not one flat colour.
            const QImage saved(path);
            QCOMPARE(saved.size(), shot.size());
            QSet<QRgb> colours;
            for (int y = 0; y < saved.height(); y += 3) {
                for (int x = 0; x < saved.width(); x += 3)
                    colours.insert(saved.pixel(x, y));
            }
            QVERIFY2(colours.size() >= 3, names[i]);
            pages.append(saved);
        }
        // Each grab shows its own page: no two are the same picture.
        for (int i = 0; i < pages.size(); ++i) {
            for (int j = i + 1; j < pages.size(); ++j)
                QVERIFY2(pages.at(i) != pages.at(j),
                         qPrintable(QStringLiteral("%1 = %2").arg(QLatin1String(names[i]),
                                                                  QLatin1String(names[j]))));
        }
    }
};

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
