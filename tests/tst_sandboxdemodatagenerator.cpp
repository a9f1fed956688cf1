#include "demodatagenerator.h"
#include "numberplan.h"
#include "phonenumbering.h"
#include "sandboxstore.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace numdesk::sandbox;

namespace {

constexpr qint64 kNow = 1735689600000; // 2025-01-01T00:00:00Z

// Why `e164` is not a number libphonenumber holds valid for `country` as a local or toll-free
// number; empty when it is. A NANP toll-free number belongs to the whole plan (libphonenumber
// names the US for it whichever NANP country sells it).
QString invalidity(const QString &country, bool tollFree, const QString &e164)
{
    const auto number = numdesk::PhoneNumbering::fromE164(e164);
    if (!number || !number->valid)
        return QStringLiteral("%1 %2 is not valid").arg(country, e164);
    if (number->isTollFree() != tollFree)
        return QStringLiteral("%1 %2 is not %3")
            .arg(country, e164, tollFree ? QStringLiteral("toll-free") : QStringLiteral("local"));
    const bool sharedTollFree = tollFree && number->callingCode == 1;
    if (number->region != country && !sharedTollFree)
        return QStringLiteral("%1 %2 is a number of %3").arg(country, e164, number->region);
    return {};
}

QList<NumberRecord> generate(quint32 seed, int count)
{
    DemoDataGenerator generator(seed, kNow);
    QList<NumberRecord> records;
    for (int i = 0; i < count; ++i)
        records.append(generator.nextNumber(i, count));
    return records;
}

// SHA-256 (first 16 hex digits) of what a record says, record after record.
QByteArray fingerprint(const QList<NumberRecord> &records)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const NumberRecord &r : records) {
        const QString line =
            QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9\n")
                .arg(QString::number(r.id), r.number, r.name, r.country, QString::number(r.offerId),
                     QString::number(r.trafficSourceId.value_or(-1)),
                     QString::number(r.ringPoolId.value_or(-1)), r.tokenValues.join(u';'),
                     QString::number(r.createdAt));
        hash.addData(line.toUtf8());
    }
    return hash.result().toHex().left(16);
}

QByteArray lastCallFingerprint(const QList<NumberRecord> &records)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const NumberRecord &r : records)
        hash.addData(QByteArray::number(r.lastCallAt.value_or(-1)) + '\n');
    return hash.result().toHex().left(16);
}

} // namespace

class tst_SandboxDemoDataGenerator : public QObject
{
    Q_OBJECT

private slots:
    void shouldBeDeterministicForASeed()
    {
        const QList<NumberRecord> a = generate(42, 400);
        QCOMPARE(generate(42, 400), a);
        QVERIFY(generate(43, 400) != a);
        // A fixed fingerprint, pinned: any change of the generator or the PRNG shows here
        // (and the sandbox's data, which tests and screenshots rely on, would change with it).
        QCOMPARE(fingerprint(a), QByteArray("60239c290aa83342"));
        // The last calls, pinned apart (issue 15 changed their spread, not the other values:
        // the fingerprint above is the one from before).
        QCOMPARE(lastCallFingerprint(a), QByteArray("bc4dc61f6daac760"));
        QCOMPARE(a.at(2).number, QStringLiteral("+442080382095"));
        RandomGenerator random(1);
        QCOMPARE(random.next(), Q_UINT64_C(0x910a2dec89025cc1));
    }

    void shouldContainTheSeedsExamples()
    {
        const QList<NumberRecord> records = generate(1, 10);
        QCOMPARE(records.at(0).id, qint64(20590));
        QCOMPARE(records.at(0).number, QStringLiteral("+18005002562"));
        QCOMPARE(records.at(0).trafficSourceId, std::optional<qint64>(1002592));
        QCOMPARE(records.at(0).offerId, qint64(100));
        QCOMPARE(records.at(0).providerConfigurationId, qint64(150));
        QCOMPARE(records.at(1).number, QStringLiteral("+441224980000"));
        DemoDataGenerator generator(1, kNow);
        bool source = false;
        for (const LookupRecord &r : generator.lookups(numdesk::schema::LookupKind::TrafficSources))
            source = source || r.id == 1002592;
        QVERIFY(source);
    }

    void shouldSpreadRealisticValues()
    {
        const QList<NumberRecord> records = generate(5, 3000);
        QSet<QString> numbers, countries;
        int tollFree = 0, noLastCall = 0, noPool = 0, noSource = 0, prevented = 0, tokens = 0;
        bool awkwardName = false;
        qint64 previousCreated = 0;
        for (const NumberRecord &r : records) {
            numbers.insert(r.number);
            countries.insert(r.country);
            tollFree += r.tollFree ? 1 : 0;
            QCOMPARE(NumberPlan::isTollFree(r.country, r.number), r.tollFree);
            noLastCall += r.lastCallAt ? 0 : 1;
            noPool += r.ringPoolId ? 0 : 1;
            noSource += r.trafficSourceId ? 0 : 1;
            prevented += r.deletePrevention ? 1 : 0;
            tokens += r.tokenValues.isEmpty() ? 0 : 1;
            awkwardName = awkwardName || r.name.contains(QStringLiteral("Müller & Söhne, \"VIP\""));
            QVERIFY(r.createdAt >= kNow - 731LL * 86400000 && r.createdAt <= kNow);
            QVERIFY(r.createdAt >= previousCreated);
            previousCreated = r.createdAt;
            if (r.lastCallAt)
                QVERIFY(*r.lastCallAt >= r.createdAt && *r.lastCallAt <= kNow);
            QCOMPARE(r.humanNumber, NumberPlan::humanNumber(r.country, r.number));
        }
        QCOMPARE(numbers.size(), 3000);
        for (const char *c : {"US", "CA", "GB", "DE", "AU", "MX"})
            QVERIFY2(countries.contains(QLatin1String(c)), c);
        QVERIFY(tollFree > 600 && tollFree < 1200);
        QVERIFY(noLastCall > 200 && noPool > 500 && noSource > 300);
        // Issue 15: most numbers called in the last month, some idle for half a year or more.
        int recent = 0, idleHalfYear = 0, idleYear = 0;
        for (const NumberRecord &r : records) {
            if (!r.lastCallAt)
                continue;
            const qint64 daysAgo = (kNow - *r.lastCallAt) / 86400000;
            recent += daysAgo <= 30 ? 1 : 0;
            idleHalfYear += daysAgo > 180 ? 1 : 0;
            idleYear += daysAgo > 330 ? 1 : 0;
        }
        QVERIFY2(recent > 1500, qPrintable(QString::number(recent)));
        QVERIFY2(idleHalfYear > 200 && idleHalfYear < 600,
                 qPrintable(QString::number(idleHalfYear)));
        QVERIFY2(idleYear > 25, qPrintable(QString::number(idleYear)));
        QVERIFY(prevented > 20 && prevented < 200);
        QVERIFY(tokens > 800);
        QVERIFY(awkwardName);
    }

    void shouldFormatNumbersPerCountry_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("human");
        QTest::newRow("US") << "US"
                            << "+18005002562"
                            << "(800) 500-2562";
        QTest::newRow("GB") << "GB"
                            << "+441224980000"
                            << "+44 1224 980000";
        QTest::newRow("DE") << "DE"
                            << "+493012345678"
                            << "+49 30 1234 5678";
        QTest::newRow("unknown") << "ZZ"
                                 << "+999"
                                 << "+999";
    }
    void shouldFormatNumbersPerCountry()
    {
        QFETCH(QString, country);
        QFETCH(QString, e164);
        QFETCH(QString, human);
        QCOMPARE(NumberPlan::humanNumber(country, e164), human);
    }

    void shouldGenerateForEveryPurchaseCountry()
    {
        RandomGenerator random(9);
        for (const QString &code : numdesk::schema::purchaseCountries()) {
            const NumberPlan::Country *plan = NumberPlan::country(code);
            QVERIFY2(plan, qPrintable(code));
            for (const bool tollFree : {false, true}) {
                const QString number = NumberPlan::generate(code, tollFree, random);
                QVERIFY2(number.startsWith(QLatin1Char('+') + plan->callingCode),
                         qPrintable(number));
                QCOMPARE(NumberPlan::isTollFree(code, number), tollFree);
                QVERIFY(
                    QRegularExpression(QStringLiteral("^\\+\\d{8,15}$")).match(number).hasMatch());
            }
        }
        QVERIFY(NumberPlan::generate(QStringLiteral("XX"), false, random).isEmpty());
    }

    // Issue 16: the demo numbers are ones libphonenumber holds valid for their country, of the
    // kind they claim to be; the sandbox's search offers numbers from the same plans.
    void shouldGenerateNumbersValidForTheirCountry()
    {
        RandomGenerator random(11);
        for (const QString &code : numdesk::schema::purchaseCountries()) {
            for (const bool tollFree : {false, true}) {
                for (int i = 0; i < 300; ++i) {
                    const QString number = NumberPlan::generate(code, tollFree, random);
                    const QString why = invalidity(code, tollFree, number);
                    QVERIFY2(why.isEmpty(), qPrintable(why));
                }
            }
        }
        for (const NumberRecord &r : generate(5, 3000)) {
            const QString why = invalidity(r.country, r.tollFree, r.number);
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
    }

    void shouldPopulateAStoreQuickly()
    {
        SandboxStore store;
        QVERIFY(store.open(QString()));
        QVERIFY(!store.hasCompleteData());
        DemoDataGenerator generator(3, kNow);
        QString error;
        QVERIFY2(generator.populate(store, 2000, &error), qPrintable(error));
        QVERIFY(store.hasCompleteData());
        QCOMPARE(store.liveCount(), 2000);
        QCOMPARE(store.maxNumberId(), qint64(20590 + 1999));
        QVERIFY(store.lookupExists(numdesk::schema::LookupKind::Offers, 100));
        QVERIFY(!store.lookupExists(numdesk::schema::LookupKind::Offers, 99));
        const auto found = store.findLive(QStringLiteral("+441224980000"));
        QVERIFY(found);
        QCOMPARE(*found, generate(3, 2000).at(1));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxDemoDataGenerator)
#include "tst_sandboxdemodatagenerator.moc"
