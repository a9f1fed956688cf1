#include "numberfilter.h"

#include <QTest>
#include <QTimeZone>

using namespace numdesk;
using Items = QList<QPair<QString, QString>>;

class tst_NumberFilter : public QObject
{
    Q_OBJECT

private slots:
    void shouldBeEmptyWithOnlyATimeZone()
    {
        NumberFilter filter;
        QVERIFY(filter.isEmpty());
        filter.timeZone = QStringLiteral("UTC");
        QVERIFY(filter.isEmpty());
        QCOMPARE(filter.queryItems(), Items({{"time_zone", "UTC"}}));
        filter.ringPoolId = 0; // an id of 0 is still a filter
        QVERIFY(!filter.isEmpty());
    }

    void shouldMapEveryFilterToTheSeedParameter()
    {
        NumberFilter f;
        f.fulltext = QStringLiteral("  Müller, \"VIP\" ");
        f.number = QStringLiteral("+441224980000");
        f.offerId = 100;
        f.trafficSourceId = 1002592;
        f.providerConfigurationId = 150;
        f.ringPoolId = 7;
        f.timeZone = QStringLiteral("Eastern Time (US & Canada)");
        const QTimeZone utc = QTimeZone::utc();
        f.createdFrom = QDateTime(QDate(2016, 1, 1), QTime(17, 25, 15), utc);
        f.createdTo = QDateTime(QDate(2016, 7, 1), QTime(4, 0, 0), utc);
        f.lastCallFrom = QDateTime(QDate(2017, 1, 1), QTime(5, 0, 0), utc);
        f.lastCallTo = QDateTime(QDate(2017, 1, 2), QTime(5, 0, 0), utc);
        QCOMPARE(f.queryItems(), Items({
                                     {"created_at_from", "2016-01-01 12:25:15 -0500"},
                                     {"created_at_to", "2016-07-01 00:00:00 -0400"},
                                     {"last_call_at_from", "2017-01-01 00:00:00 -0500"},
                                     {"last_call_at_to", "2017-01-02 00:00:00 -0500"},
                                     {"fulltext", "Müller, \"VIP\""},
                                     {"time_zone", "Eastern Time (US & Canada)"},
                                     {"number", "+441224980000"},
                                     {"offer_id", "100"},
                                     {"traffic_source_id", "1002592"},
                                     {"provider_configuration_id", "150"},
                                     {"ring_pool_id", "7"},
                                 }));
        QVERIFY(!f.isEmpty());
    }

    void shouldWriteDatesInTheirOwnOffsetWithoutAZone()
    {
        NumberFilter f;
        f.createdFrom = QDateTime(QDate(2016, 1, 1), QTime(12, 0), QTimeZone(3600));
        QCOMPARE(f.queryItems(), Items({{"created_at_from", "2016-01-01 12:00:00 +0100"}}));
    }

    void shouldCompareEveryField()
    {
        NumberFilter a;
        NumberFilter b;
        QCOMPARE(a, b);
        b.lastCallTo = QDateTime::currentDateTimeUtc();
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(tst_NumberFilter)
#include "tst_numberfilter.moc"
