#include "daterangeedit.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QSignalSpy>
#include <QTest>

using namespace numdesk;
using Preset = DateRangeEdit::Preset;

class tst_DateRangeEdit : public QObject
{
    Q_OBJECT

private:
    static QDateTime fixedNow() // Wednesday 2026-11-18 03:30 UTC = Tuesday 22:30 in New York
    {
        return QDateTime(QDate(2026, 11, 18), QTime(3, 30), QTimeZone::utc());
    }

private slots:
    void shouldBeOpenForAnyTime()
    {
        DateRangeEdit edit(QStringLiteral("Created"));
        QCOMPARE(edit.preset(), Preset::Any);
        QVERIFY(!edit.from().isValid());
        QVERIFY(!edit.to().isValid());
    }

    void shouldComputePresetsInTheZone_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("first");
        QTest::newRow("today") << int(Preset::Today) << QDate(2026, 11, 17);
        QTest::newRow("last 7 days") << int(Preset::Last7Days) << QDate(2026, 11, 11);
        QTest::newRow("this month") << int(Preset::ThisMonth) << QDate(2026, 11, 1);
    }
    void shouldComputePresetsInTheZone()
    {
        QFETCH(int, preset);
        QFETCH(QDate, first);
        const QTimeZone ny("America/New_York");
        DateRangeEdit edit(QStringLiteral("Created"));
        edit.setClock(&fixedNow);
        edit.setZone(ny);
        QSignalSpy changed(&edit, &DateRangeEdit::rangeChanged);
        edit.setPreset(Preset(preset));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(edit.from(), QDateTime(first, QTime(0, 0), ny));
        QCOMPARE(edit.to(), QDateTime(QDate(2026, 11, 17), QTime(23, 59, 59), ny));
    }

    // Daylight-saving changes at midnight: the range starts at the first second that reads
    // that day and ends at the last (UTC instants, so the offsets of both ends show).
    void shouldCoverWholeDaysAcrossDaylightSavingChanges_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        const auto utc = [](int y, int m, int d, int h, int min, int sec = 0) {
            return QDateTime(QDate(y, m, d), QTime(h, min, sec), QTimeZone::utc());
        };
        // Santiago, 2024-09-08: 00:00 -04 becomes 01:00 -03 (midnight does not exist).
        QTest::newRow("today, gap at midnight")
            << QByteArray("America/Santiago") << utc(2024, 9, 8, 15, 0) << int(Preset::Today)
            << utc(2024, 9, 8, 4, 0) << utc(2024, 9, 9, 2, 59, 59);
        QTest::newRow("last 7 days, ending after the gap")
            << QByteArray("America/Santiago") << utc(2024, 9, 10, 15, 0) << int(Preset::Last7Days)
            << utc(2024, 9, 4, 4, 0) << utc(2024, 9, 11, 2, 59, 59);
        QTest::newRow("last 7 days, starting on the gap")
            << QByteArray("America/Santiago") << utc(2024, 9, 14, 15, 0) << int(Preset::Last7Days)
            << utc(2024, 9, 8, 4, 0) << utc(2024, 9, 15, 2, 59, 59);
        // Santiago, 2024-04-06: 24:00 -03 becomes 23:00 -04 (the last hour comes twice).
        QTest::newRow("today, overlap before midnight")
            << QByteArray("America/Santiago") << utc(2024, 4, 6, 15, 0) << int(Preset::Today)
            << utc(2024, 4, 6, 3, 0) << utc(2024, 4, 7, 3, 59, 59);
        // Havana, 2024-11-03: 01:00 -04 becomes 00:00 -05 (the first hour comes twice).
        QTest::newRow("today, overlap after midnight")
            << QByteArray("America/Havana") << utc(2024, 11, 3, 15, 0) << int(Preset::Today)
            << utc(2024, 11, 3, 4, 0) << utc(2024, 11, 4, 4, 59, 59);
        QTest::newRow("last 7 days, starting on the overlap")
            << QByteArray("America/Havana") << utc(2024, 11, 9, 15, 0) << int(Preset::Last7Days)
            << utc(2024, 11, 3, 4, 0) << utc(2024, 11, 10, 4, 59, 59);
        // New York, 2024-03-10 and 2024-11-03: the changes at 02:00 leave midnight alone.
        QTest::newRow("today, gap at 02:00")
            << QByteArray("America/New_York") << utc(2024, 3, 10, 15, 0) << int(Preset::Today)
            << utc(2024, 3, 10, 5, 0) << utc(2024, 3, 11, 3, 59, 59);
        QTest::newRow("last 7 days, overlap at 02:00")
            << QByteArray("America/New_York") << utc(2024, 11, 5, 15, 0) << int(Preset::Last7Days)
            << utc(2024, 10, 30, 4, 0) << utc(2024, 11, 6, 4, 59, 59);
    }
    void shouldCoverWholeDaysAcrossDaylightSavingChanges()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, now);
        QFETCH(int, preset);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        DateRangeEdit edit(QStringLiteral("Created"));
        edit.setClock([now] { return now; });
        edit.setZone(tz);
        edit.setPreset(Preset(preset));
        QVERIFY(edit.from().isValid());
        QCOMPARE(edit.from().toUTC(), from);
        QCOMPARE(edit.to().toUTC(), to);
        // Nothing of the day is left out: one second before and after read other days.
        QVERIFY(edit.from().addSecs(-1).toTimeZone(tz).date() < edit.from().toTimeZone(tz).date());
        QVERIFY(edit.to().addSecs(1).toTimeZone(tz).date() > edit.to().toTimeZone(tz).date());
    }

    void shouldKeepACustomRangeToTheMinute()
    {
        DateRangeEdit edit(QStringLiteral("Last call"));
        const QTimeZone berlin("Europe/Berlin");
        edit.setZone(berlin);
        QSignalSpy changed(&edit, &DateRangeEdit::rangeChanged);
        edit.setCustomRange(QDateTime(QDate(2025, 1, 2), QTime(9, 15, 42), berlin),
                            QDateTime(QDate(2025, 1, 3), QTime(18, 0), berlin));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(edit.preset(), Preset::Custom);
        QCOMPARE(edit.from(), QDateTime(QDate(2025, 1, 2), QTime(9, 15), berlin));
        QCOMPARE(edit.to(), QDateTime(QDate(2025, 1, 3), QTime(18, 0, 59), berlin));
    }

    void shouldReadTheSameWallClockInANewZone()
    {
        DateRangeEdit edit(QStringLiteral("Created"));
        edit.setCustomRange(QDateTime(QDate(2025, 6, 1), QTime(8, 0), QTimeZone::utc()), {});
        edit.setZone(QTimeZone("Asia/Tokyo"));
        QCOMPARE(edit.from(), QDateTime(QDate(2025, 6, 1), QTime(8, 0), QTimeZone("Asia/Tokyo")));
    }

    void shouldOfferThePresetsByName()
    {
        DateRangeEdit edit(QStringLiteral("Created"));
        auto *combo = edit.findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->accessibleName(), QStringLiteral("Created"));
        QStringList names;
        for (int i = 0; i < combo->count(); ++i)
            names << combo->itemText(i);
        QCOMPARE(names, QStringList({"Any Time", "Today", "Last 7 Days", "This Month", "Custom"}));
    }
    // Issue 14, item 8: Custom starts from the preset it replaces, or today 00:00 to now.
    void shouldStartACustomRangeFromThePresetItReplaces()
    {
        DateRangeEdit edit(QStringLiteral("Created"));
        const QTimeZone ny("America/New_York");
        edit.setZone(ny);
        edit.setClock(fixedNow);
        auto *preset = edit.findChild<QComboBox *>();
        preset->setCurrentIndex(preset->findData(QVariant::fromValue(Preset::Last7Days)));
        const QDateTime from = edit.from();
        const QDateTime to = edit.to();
        preset->setCurrentIndex(preset->findData(QVariant::fromValue(Preset::Custom)));
        QCOMPARE(edit.from(), from);
        QCOMPARE(edit.to(), QDateTime(to.date(), QTime(23, 59, 59), ny));

        DateRangeEdit fresh(QStringLiteral("Last call"));
        fresh.setZone(ny);
        fresh.setClock(fixedNow);
        auto *freshPreset = fresh.findChild<QComboBox *>();
        freshPreset->setCurrentIndex(freshPreset->findData(QVariant::fromValue(Preset::Custom)));
        // Tuesday 22:30 in New York: from 00:00 that day to the current minute.
        QCOMPARE(fresh.from(), QDateTime(QDate(2026, 11, 17), QTime(0, 0), ny));
        QCOMPARE(fresh.to(), QDateTime(QDate(2026, 11, 17), QTime(22, 30, 59), ny));
    }

    // Issue 14, item 9: To before From is marked and the range says it is not valid.
    void shouldMarkAnEndBeforeTheStart()
    {
        DateRangeEdit edit(QStringLiteral("Created"));
        const QTimeZone utc = QTimeZone::utc();
        edit.setCustomRange(QDateTime(QDate(2025, 3, 2), QTime(10, 0), utc),
                            QDateTime(QDate(2025, 3, 1), QTime(10, 0), utc));
        auto *to = edit.findChildren<QDateTimeEdit *>().last();
        QVERIFY(to->toolTip().contains(QStringLiteral("before the start")));
        QVERIFY(!edit.property("rangeValid").toBool());
        to->setDateTime(QDateTime(QDate(2025, 3, 3), QTime(10, 0), Qt::UTC));
        QVERIFY(edit.property("rangeValid").toBool());
        QVERIFY(!to->toolTip().contains(QStringLiteral("before the start")));
    }
};

QTEST_MAIN(tst_DateRangeEdit)
#include "tst_daterangeedit.moc"
