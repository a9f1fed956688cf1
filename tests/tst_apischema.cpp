#include "apischema.h"

#include <QTest>

using namespace numdesk;

class tst_ApiSchema : public QObject
{
    Q_OBJECT

private slots:
    void shouldListEverySeedColumnInSeedOrder()
    {
        const QStringList columns = schema::seedColumns();
        QCOMPARE(columns.size(), 19);
        QCOMPARE(columns.first(), QStringLiteral("id"));
        QCOMPARE(columns.last(), QStringLiteral("human_number"));
        QVERIFY(columns.contains(QStringLiteral("provider_auth_key")));
        QVERIFY(!columns.contains(QStringLiteral("uuid")));
    }

    void shouldAppendNewerColumnsAfterSeedColumns()
    {
        const QStringList all = schema::allColumns();
        QCOMPARE(all.size(), 27);
        QCOMPARE(all.at(19), QStringLiteral("legacy_id"));
        QVERIFY(all.contains(QStringLiteral("deleted_at")));
        QVERIFY(schema::isSeedColumn(QStringLiteral("checksum")));
        QVERIFY(!schema::isSeedColumn(QStringLiteral("description")));
    }

    void shouldAcceptExactlyTheSeedCountries()
    {
        const QStringList countries = schema::purchaseCountries();
        QCOMPARE(countries.size(), 59);
        QVERIFY(schema::isPurchaseCountry(QStringLiteral("US")));
        QVERIFY(schema::isPurchaseCountry(QStringLiteral("ZA")));
        QVERIFY(!schema::isPurchaseCountry(QStringLiteral("UA")));
        QVERIFY(!schema::isPurchaseCountry(QStringLiteral("us")));
        QStringList sorted = countries;
        sorted.sort();
        QCOMPARE(countries, sorted);
    }

    void shouldNameCountriesInEnglish()
    {
        QCOMPARE(schema::countryName(QStringLiteral("US")), QStringLiteral("United States"));
        QCOMPARE(schema::countryName(QStringLiteral("DE")), QStringLiteral("Germany"));
        QCOMPARE(schema::countryName(QStringLiteral("XX")), QStringLiteral("XX"));
        for (const QString &code : schema::purchaseCountries())
            QVERIFY2(schema::countryName(code) != code, qPrintable(code));
    }

    void shouldMapLookupKindsToPathsAndKeys()
    {
        QCOMPARE(schema::lookupPath(schema::LookupKind::RingPools), QStringLiteral("ring_pools"));
        QCOMPARE(schema::numberForeignKey(schema::LookupKind::ProviderConfigurations),
                 QStringLiteral("provider_configuration_id"));
        QCOMPARE(schema::allLookupKinds().size(), 4);
    }

    void shouldValidateTokenKeys()
    {
        QVERIFY(schema::isValidTokenKey(QStringLiteral("loan_amount")));
        QVERIFY(schema::isValidTokenKey(QStringLiteral("geo2")));
        QVERIFY(!schema::isValidTokenKey(QStringLiteral("Geo")));
        QVERIFY(!schema::isValidTokenKey(QStringLiteral("loan-amount")));
        QVERIFY(!schema::isValidTokenKey(QString()));
    }
};

QTEST_GUILESS_MAIN(tst_ApiSchema)
#include "tst_apischema.moc"
