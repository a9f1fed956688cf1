#include "apidates.h"

#include <QTest>

using namespace numdesk;

class tst_ApiDates : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteTheSeedFilterFormat()
    {
        const QDateTime dt(QDate(2016, 1, 1), QTime(12, 25, 15),
                           QTimeZone(QByteArrayLiteral("America/New_York")));
        QCOMPARE(dates::formatFilterDate(dt), QStringLiteral("2016-01-01 12:25:15 -0500"));
    }

    void shouldConvertIntoTheGivenZoneBeforeWriting()
    {
        const QDateTime utc(QDate(2016, 7, 1), QTime(10, 0, 0), QTimeZone::utc());
        QCOMPARE(dates::formatFilterDate(utc, QTimeZone(QByteArrayLiteral("Europe/Berlin"))),
                 QStringLiteral("2016-07-01 12:00:00 +0200"));
        QCOMPARE(dates::formatFilterDate(utc, QTimeZone(QByteArrayLiteral("Asia/Kolkata"))),
                 QStringLiteral("2016-07-01 15:30:00 +0530"));
        QCOMPARE(dates::formatFilterDate(QDateTime()), QString());
    }

    void shouldWriteRecordTimestampsWithMillisecondsAndColonOffset()
    {
        const QDateTime dt(QDate(2023, 12, 11), QTime(11, 49, 32, 495), QTimeZone(-5 * 3600));
        QCOMPARE(dates::formatRecordTimestamp(dt), QStringLiteral("2023-12-11T11:49:32.495-05:00"));
    }

    void shouldParseEveryAcceptedForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QTimeZone ny(QByteArrayLiteral("America/New_York"));
        QTest::newRow("seed form")
            << "2016-01-01 12:25:15 -0500"
            << QDateTime(QDate(2016, 1, 1), QTime(17, 25, 15), QTimeZone::utc());
        QTest::newRow("iso with ms")
            << "2023-12-11T11:49:32.495-05:00"
            << QDateTime(QDate(2023, 12, 11), QTime(16, 49, 32, 495), QTimeZone::utc());
        QTest::newRow("iso Z") << "2023-12-11T11:49:32Z"
                               << QDateTime(QDate(2023, 12, 11), QTime(11, 49, 32),
                                            QTimeZone::utc());
        QTest::newRow("no offset, read in zone")
            << "2016-07-01 08:00:00"
            << QDateTime(QDate(2016, 7, 1), QTime(12, 0), QTimeZone::utc());
        QTest::newRow("plain date is midnight in zone")
            << "2016-01-01" << QDateTime(QDate(2016, 1, 1), QTime(5, 0), QTimeZone::utc());
        QTest::newRow("positive offset")
            << "2016-01-01 12:00:00 +0530"
            << QDateTime(QDate(2016, 1, 1), QTime(6, 30), QTimeZone::utc());
        QTest::newRow("largest offset")
            << "2016-01-01 12:00:00 +14:00"
            << QDateTime(QDate(2015, 12, 31), QTime(22, 0), QTimeZone::utc());
        Q_UNUSED(ny);
    }
    void shouldParseEveryAcceptedForm()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QString error;
        const QDateTime parsed =
            dates::parseDate(text, QTimeZone(QByteArrayLiteral("America/New_York")), &error);
        QVERIFY2(parsed.isValid(), qPrintable(error));
        QCOMPARE(parsed.toUTC(), expected);
    }

    void shouldExplainWhatIsNotADate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("words")
            << "yesterday"
            << "'yesterday' is not a date (use YYYY-MM-DD HH:MM:SS +HHMM, ISO 8601 or YYYY-MM-DD)";
        QTest::newRow("30 February") << "2016-02-30"
                                     << "'2016-02-30' names a day that does not exist";
        QTest::newRow("25 o'clock")
            << "2016-02-01 25:00:00"
            << "'2016-02-01 25:00:00' has a time of day that does not exist";
        QTest::newRow("offset")
            << "2016-02-01 10:00:00 +1575"
            << "'2016-02-01 10:00:00 +1575' has an offset from UTC that does not exist";
        // Found by fuzz_apidates: past ±14:00 QTimeZone is invalid and no reason was given.
        QTest::newRow("offset past 14 hours")
            << "2024-03-31 02:30:00-1459"
            << "'2024-03-31 02:30:00-1459' has an offset from UTC that does not exist";
    }
    void shouldExplainWhatIsNotADate()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!dates::parseDate(text, {}, &actual).isValid());
        QCOMPARE(actual, error);
    }

    void shouldRoundTripTheFilterFormat()
    {
        const QDateTime dt(QDate(2020, 3, 8), QTime(1, 59, 59), QTimeZone(-28800));
        QCOMPARE(dates::parseDate(dates::formatFilterDate(dt)), dt);
    }

    void shouldKnowEveryRailsZone()
    {
        QVERIFY(dates::railsTimeZones().size() >= 150);
        for (const auto &zone : dates::railsTimeZones())
            QVERIFY2(QTimeZone(zone.ianaId).isValid(), zone.ianaId.constData());
        QCOMPARE(dates::zoneForApiName(QStringLiteral("Eastern Time (US & Canada)")).id(),
                 QByteArrayLiteral("America/New_York"));
        QCOMPARE(dates::zoneForApiName(QStringLiteral("Europe/Berlin")).id(),
                 QByteArrayLiteral("Europe/Berlin"));
        QCOMPARE(dates::zoneForApiName(QStringLiteral("UTC")), QTimeZone::utc());
        QVERIFY(!dates::zoneForApiName(QStringLiteral("Atlantis")).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_ApiDates)
#include "tst_apidates.moc"
