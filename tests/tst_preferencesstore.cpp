#include "preferencesstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace numdesk;

class tst_PreferencesStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    static Preferences everythingChanged()
    {
        Preferences p;
        p.pageSize = 250;
        p.requestsInFlight = 6;
        p.timeZone = QStringLiteral("Eastern Time (US & Canada)");
        p.dateFormat = QStringLiteral("dd.MM.yyyy HH:mm");
        p.requestTimeoutSeconds = 45;
        p.http2 = false;
        p.exportHeader = CsvRecordFormatter::HeaderStyle::Labels;
        p.exportSpreadsheetSafe = true;
        p.exportByteOrderMark = true;
        p.exportParallelPages = 3;
        p.language = Preferences::Language::German;
        p.defaultCountry = QStringLiteral("GB");
        p.snapshotsKept = 7;
        p.monthlyPrices = {{QStringLiteral("US/local"), 1.15},
                           {QStringLiteral("US/toll_free"), 2.0}};
        p.dailySnapshotOnSandbox = false;
        p.dailySnapshotOnAccounts = true;
        return p;
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("numdesk.conf")),
                                                 QSettings::IniFormat);
        m_settings->clear();
    }

    void shouldReadDefaultsFromEmptySettings()
    {
        PreferencesStore store(m_settings.get());
        const Preferences p = store.load();
        QCOMPARE(p, Preferences{});
        QCOMPARE(p.pageSize, 100);
        QCOMPARE(p.requestsInFlight, 4);
        QCOMPARE(p.requestTimeoutSeconds, 30);
        QVERIFY(p.http2);
        QCOMPARE(p.timeZone, QString());
        QCOMPARE(p.apiTimeZoneName(), QStringLiteral("UTC"));
        QCOMPARE(p.dateFormat, QStringLiteral("yyyy-MM-dd HH:mm"));
        QCOMPARE(p.exportHeader, CsvRecordFormatter::HeaderStyle::Keys);
        QCOMPARE(p.exportParallelPages, PagedQueryReader::kDefaultParallel);
        QCOMPARE(p.language, Preferences::Language::System);
        QCOMPARE(p.defaultCountry, QStringLiteral("US")); // cli.md: US when none is set
        QCOMPARE(p.snapshotsKept, 30);                    // issue 15: the last 30 snapshots
        QVERIFY(p.monthlyPrices.isEmpty());               // no prices: counts only
        // A snapshot a day: on for the sandbox, off on a real account.
        QVERIFY(p.dailySnapshot(true));
        QVERIFY(!p.dailySnapshot(false));
    }

    void shouldWriteEveryPreferenceUnderItsKeyAndReadItBack()
    {
        PreferencesStore store(m_settings.get());
        QVERIFY(store.save(everythingChanged()));
        QCOMPARE(m_settings->value("preferences/pageSize").toInt(), 250);
        QCOMPARE(m_settings->value("preferences/requestsInFlight").toInt(), 6);
        QCOMPARE(m_settings->value("preferences/timeZone").toString(),
                 QStringLiteral("Eastern Time (US & Canada)"));
        QCOMPARE(m_settings->value("preferences/dateFormat").toString(),
                 QStringLiteral("dd.MM.yyyy HH:mm"));
        QCOMPARE(m_settings->value("preferences/requestTimeoutSeconds").toInt(), 45);
        QCOMPARE(m_settings->value("preferences/http2").toBool(), false);
        QCOMPARE(m_settings->value("preferences/language").toString(), QStringLiteral("de"));
        QCOMPARE(m_settings->value("preferences/defaultCountry").toString(), QStringLiteral("GB"));
        QCOMPARE(m_settings->value("export/header").toString(), QStringLiteral("labels"));
        QCOMPARE(m_settings->value("export/spreadsheetSafe").toBool(), true);
        QCOMPARE(m_settings->value("export/byteOrderMark").toBool(), true);
        // The key the Export dialog already reads.
        QCOMPARE(m_settings->value("export/parallel").toInt(), 3);
        QCOMPARE(m_settings->value("inventory/snapshotsKept").toInt(), 7);
        QCOMPARE(m_settings->value("inventory/monthlyPrices").toMap().value("US/local").toDouble(),
                 1.15);
        QCOMPARE(m_settings->value("inventory/dailySnapshotOnSandbox").toBool(), false);
        QCOMPARE(m_settings->value("inventory/dailySnapshotOnAccounts").toBool(), true);

        PreferencesStore again(m_settings.get());
        QCOMPARE(again.load(), everythingChanged());
    }

    void shouldKeepNumbersWithinTheirLimits()
    {
        m_settings->setValue("preferences/pageSize", 100000);
        m_settings->setValue("preferences/requestsInFlight", 0);
        m_settings->setValue("preferences/requestTimeoutSeconds", -3);
        m_settings->setValue("export/parallel", "many");
        m_settings->setValue("inventory/snapshotsKept", 0);
        const Preferences p = PreferencesStore(m_settings.get()).load();
        QCOMPARE(p.pageSize, Preferences::kMaxPageSize);
        QCOMPARE(p.requestsInFlight, Preferences::kMinRequestsInFlight);
        QCOMPARE(p.requestTimeoutSeconds, Preferences::kMinTimeoutSeconds);
        QCOMPARE(p.exportParallelPages, PagedQueryReader::kDefaultParallel); // not a number
        QCOMPARE(p.snapshotsKept, Preferences::kMinSnapshotsKept);

        Preferences tooBig;
        tooBig.requestTimeoutSeconds = 100000;
        tooBig.exportParallelPages = 99;
        PreferencesStore store(m_settings.get());
        QVERIFY(store.save(tooBig));
        QCOMPARE(m_settings->value("preferences/requestTimeoutSeconds").toInt(),
                 Preferences::kMaxTimeoutSeconds);
        QCOMPARE(m_settings->value("export/parallel").toInt(), Preferences::kMaxParallelPages);
    }

    void shouldReadUnknownZonesLanguagesAndBlankFormatsAsDefaults()
    {
        m_settings->setValue("preferences/timeZone", "Atlantis/Lost");
        m_settings->setValue("preferences/language", "tlh");
        m_settings->setValue("preferences/dateFormat", "   ");
        m_settings->setValue("export/header", "sideways");
        m_settings->setValue("preferences/defaultCountry", "Narnia");
        const Preferences p = PreferencesStore(m_settings.get()).load();
        QCOMPARE(p.timeZone, QString());
        QCOMPARE(p.language, Preferences::Language::System);
        QCOMPARE(p.dateFormat, Preferences::defaultDateFormat());
        QCOMPARE(p.exportHeader, CsvRecordFormatter::HeaderStyle::Keys);
        QCOMPARE(p.defaultCountry, QStringLiteral("US"));
        // Any country libphonenumber knows, in whatever case it was written.
        m_settings->setValue("preferences/defaultCountry", "ie");
        QCOMPARE(PreferencesStore(m_settings.get()).load().defaultCountry, QStringLiteral("IE"));
        // Left to the caller (numdesk-cli checks it only when a command reads a number): as
        // written, in capitals, until it goes through supportedCountry.
        m_settings->setValue("preferences/defaultCountry", " narnia");
        const QString stored = PreferencesStore(m_settings.get())
                                   .load(Preferences::CountryCheck::ByCaller)
                                   .defaultCountry;
        QCOMPARE(stored, QStringLiteral("NARNIA"));
        QCOMPARE(Preferences::supportedCountry(stored), QStringLiteral("US"));
        QCOMPARE(Preferences::supportedCountry(QStringLiteral(" gb ")), QStringLiteral("GB"));
    }

    void shouldTurnTheZoneNameIntoTheZoneItNames()
    {
        Preferences p;
        QCOMPARE(p.displayZone(), QTimeZone::utc());
        p.timeZone = QStringLiteral("Eastern Time (US & Canada)");
        QCOMPARE(p.displayZone().id(), QByteArray("America/New_York"));
        QCOMPARE(p.apiTimeZoneName(), QStringLiteral("Eastern Time (US & Canada)"));
        p.timeZone = QStringLiteral("UTC");
        QCOMPARE(p.normalized().timeZone, QString()); // one spelling of UTC
    }

    void shouldSayOnlyTheLanguageNeedsARestart()
    {
        const Preferences before;
        Preferences after = everythingChanged();
        QVERIFY(Preferences::needsRestart(before, after));
        after.language = before.language;
        QVERIFY(!Preferences::needsRestart(before, after));
        QCOMPARE(Preferences::languageKey(Preferences::Language::Spanish), QStringLiteral("es"));
        QCOMPARE(Preferences::languageFromKey(QStringLiteral("es")),
                 Preferences::Language::Spanish);
        Preferences german;
        german.language = Preferences::Language::German;
        QCOMPARE(german.uiLocale().language(), QLocale::German);
        Preferences system;
        QCOMPARE(system.uiLocale(), QLocale::system());
    }
};

QTEST_GUILESS_MAIN(tst_PreferencesStore)
#include "tst_preferencesstore.moc"
