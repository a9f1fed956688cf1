#include "demodatagenerator.h"
#include "numberfilterindex.h"
#include "sandboxstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace numdesk::sandbox;

namespace {

constexpr qint64 kNow = 1735689600000; // 2025-01-01T00:00:00Z
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

struct Case
{
    const char *name;
    NumberFilter filter;
};

NumberFilter text(const QString &needle, const QString &digits = {})
{
    NumberFilter f;
    f.fulltext = needle;
    f.fulltextDigits = digits;
    return f;
}

// The filters of the bench and the list tests, both search strategies of the index (one scan
// of all texts; one search per row that the other filters leave), and NULL columns.
QList<Case> cases(qint64 midCreated)
{
    QList<Case> list;
    list.append(Case{"none", {}});
    NumberFilter f;
    f.offerId = 103;
    list.append(Case{"offer", f});
    f = {};
    f.trafficSourceId = 1002592;
    f.ringPoolId = 42;
    list.append(Case{"traffic source and pool", f});
    f = {};
    f.providerConfigurationId = 151;
    f.createdFrom = midCreated;
    f.createdTo = midCreated + 90 * kDayMs;
    list.append(Case{"provider and created range", f});
    f = {};
    f.lastCallFrom = kNow - 30 * kDayMs;
    f.offerId = 101;
    list.append(Case{"last call and offer", f});
    f = {};
    f.lastCallTo = kNow - 300 * kDayMs;
    list.append(Case{"last call before", f});
    list.append(Case{"name", text(QStringLiteral("müller"))});
    list.append(Case{"one letter", text(QStringLiteral("a"))});
    list.append(Case{"quote", text(QStringLiteral("\""))});
    list.append(Case{"human number", text(QStringLiteral("(800)"), QStringLiteral("800"))});
    list.append(Case{"digits", text(QStringLiteral("1224 98"), QStringLiteral("122498"))});
    list.append(Case{"no match", text(QStringLiteral("zzqx"))});
    list.append(Case{"across a newline", text(QStringLiteral("hours\noverflow"))});
    f = text(QStringLiteral("a"));
    f.trafficSourceId = 1002590;
    f.ringPoolId = 41;
    list.append(Case{"one letter, few rows", f});
    f = text(QStringLiteral("2"), QStringLiteral("2"));
    f.ringPoolId = 40;
    list.append(Case{"digit, few rows", f});
    f = text(QStringLiteral("5-2"), QStringLiteral("52"));
    f.providerConfigurationId = 150;
    list.append(Case{"digits, many rows", f});
    f = {};
    f.numberDigits = QStringLiteral("441224980000");
    list.append(Case{"number", f});
    f = text(QStringLiteral("a"));
    f.offerId = 100;
    f.providerConfigurationId = 150;
    f.createdFrom = midCreated;
    f.lastCallFrom = 0;
    list.append(Case{"all filters", f});
    return list;
}

// The filter as the SQL the store answered with before the index: the reference.
QList<qint64> sqlIds(const QString &connection, const NumberFilter &f, qint64 *total)
{
    QString where = QStringLiteral("deleted_at IS NULL");
    QVariantList values;
    auto add = [&](const char *clause, const QVariant &value) {
        where += QLatin1String(" AND ") + QLatin1String(clause);
        values.append(value);
    };
    if (f.createdFrom)
        add("created_at >= ?", *f.createdFrom);
    if (f.createdTo)
        add("created_at <= ?", *f.createdTo);
    if (f.lastCallFrom)
        add("last_call_at >= ?", *f.lastCallFrom);
    if (f.lastCallTo)
        add("last_call_at <= ?", *f.lastCallTo);
    if (!f.numberDigits.isEmpty())
        add("digits = ?", f.numberDigits);
    if (f.offerId)
        add("offer_id = ?", *f.offerId);
    if (f.trafficSourceId)
        add("traffic_source_id = ?", *f.trafficSourceId);
    if (f.providerConfigurationId)
        add("provider_configuration_id = ?", *f.providerConfigurationId);
    if (f.ringPoolId)
        add("ring_pool_id = ?", *f.ringPoolId);
    if (!f.fulltext.isEmpty() && f.fulltextDigits.isEmpty())
        add("instr(search_text, ?) > 0", f.fulltext);
    if (!f.fulltextDigits.isEmpty()) {
        where += QLatin1String(" AND (instr(search_text, ?) > 0 OR instr(digits, ?) > 0)");
        values << f.fulltext << f.fulltextDigits;
    }
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.prepare(QLatin1String("SELECT id FROM numbers WHERE ") + where +
                  QLatin1String(" ORDER BY id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<qint64> ids;
    if (!query.exec())
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    *total = ids.size();
    return ids;
}

} // namespace

class tst_SandboxNumberFilterIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(QString()));
        DemoDataGenerator generator(11, kNow);
        QString error;
        QVERIFY2(generator.populate(m_store, 3000, &error), qPrintable(error));
        m_midCreated = m_store.findById(DemoDataGenerator::kFirstNumberId + 1500)->createdAt;
    }

    void shouldAnswerLikeSqlOnGeneratedData() { compareAllCases(); }

    void shouldFollowPurchasesUpdatesAndUnrents()
    {
        QString error;
        // Update: new texts (an old one must stop matching), new columns, NULLs both ways.
        auto record = m_store.findById(DemoDataGenerator::kFirstNumberId + 10);
        QVERIFY(record);
        const QString oldName = record->name.toLower();
        record->name = QStringLiteral("Quartz Müller");
        record->offerId = 103;
        record->trafficSourceId.reset();
        record->ringPoolId = 42;
        record->lastCallAt = kNow - kDayMs;
        QVERIFY2(m_store.updateNumber(*record, &error), qPrintable(error));
        record->name = QStringLiteral("Quartz Müller Twice");
        QVERIFY2(m_store.updateNumber(*record, &error), qPrintable(error));
        QCOMPARE(
            m_store.listNumbers(text(QStringLiteral("quartz müller twice")), 0, 10).rows.size(), 1);
        QCOMPARE(m_store.listNumbers(text(oldName), 0, 10).totalCount, sqlTotal(text(oldName)));

        // Purchases: the next id, and a hand-picked id below every other one.
        NumberRecord bought = *m_store.findById(DemoDataGenerator::kFirstNumberId + 20);
        bought.id = 0;
        bought.number = QStringLiteral("+15550001234");
        bought.name = QStringLiteral("Bought Müller");
        QVERIFY2(m_store.insertNumber(bought, &error), qPrintable(error));
        NumberRecord early = bought;
        early.id = 7;
        early.number = QStringLiteral("+15550001235");
        early.name = QStringLiteral("Early Quartz");
        QVERIFY2(m_store.insertNumber(early, &error), qPrintable(error));

        // Unrents, one of them of a number updated above.
        for (const qint64 id :
             {qint64(7), DemoDataGenerator::kFirstNumberId + 10,
              DemoDataGenerator::kFirstNumberId + 11, DemoDataGenerator::kFirstNumberId + 2999})
            QVERIFY2(m_store.softDelete(id, kNow, &error), qPrintable(error));
        QCOMPARE(m_store.listNumbers(text(QStringLiteral("quartz")), 0, 10).totalCount, 0);
        QCOMPARE(m_store.liveCount(), qint64(3000 + 2 - 4));
        compareAllCases();
    }

    // The rows a filter matched are kept for its next page; a purchase, an update or an unrent
    // in between must be seen by that next page.
    void shouldAnswerAPagedFilterAfreshAfterEveryWrite()
    {
        NumberFilter f;
        f.offerId = 102;
        f.createdTo = kNow; // an export's pin
        auto check = [&](const char *after) {
            qint64 total = 0;
            const QList<qint64> expected = sqlIds(m_store.connectionName(), f, &total);
            QVERIFY(total > 3);
            for (const qint64 offset : {qint64(0), total - 2}) {
                const SandboxStore::NumberPage page = m_store.listNumbers(f, int(offset), 100);
                QList<qint64> ids;
                for (const NumberRecord &r : page.rows)
                    ids.append(r.id);
                QVERIFY2(page.totalCount == total && ids == expected.mid(offset, 100),
                         qPrintable(QStringLiteral("after %1: total %2, expected %3")
                                        .arg(QLatin1String(after))
                                        .arg(page.totalCount)
                                        .arg(total)));
            }
        };
        check("nothing");
        QString error;
        const SandboxStore::NumberPage page = m_store.listNumbers(f, 0, 2);
        QCOMPARE(page.rows.size(), 2);
        NumberRecord moved = *m_store.findById(page.rows.at(0).id);
        moved.offerId = 101;
        QVERIFY2(m_store.updateNumber(moved, &error), qPrintable(error));
        check("an update out of the filter");
        NumberRecord bought = moved;
        bought.id = 0;
        bought.offerId = 102;
        bought.number = QStringLiteral("+15550009876");
        bought.createdAt = kNow - kDayMs;
        QVERIFY2(m_store.insertNumber(bought, &error), qPrintable(error));
        check("a purchase");
        QVERIFY2(m_store.softDelete(page.rows.at(1).id, kNow, &error), qPrintable(error));
        check("an unrent");
    }

    void shouldMatchTextOnlyWithinOneNumber()
    {
        NumberFilterIndex index;
        index.put({1, 0, {}, 100, {}, 150, {}, QByteArrayLiteral("ab"), QByteArrayLiteral("12")});
        index.put({2, 0, {}, 100, {}, 150, {}, QByteArrayLiteral("cd"), QByteArrayLiteral("34")});
        index.put({3, 0, {}, 100, {}, 150, {}, QByteArray(), QByteArrayLiteral("56")});
        QCOMPARE(index.select(text(QStringLiteral("bc")), 0, 10).totalCount, 0);
        QCOMPARE(index.select(text(QStringLiteral("23"), QStringLiteral("23")), 0, 10).totalCount,
                 0);
        QCOMPARE(index.select(text(QStringLiteral("cd")), 0, 10).ids, QList<qint64>({2}));
        // Replacing a text forgets the old one.
        index.put({1, 0, {}, 100, {}, 150, {}, QByteArrayLiteral("xy"), QByteArrayLiteral("12")});
        QCOMPARE(index.select(text(QStringLiteral("ab")), 0, 10).totalCount, 0);
        QCOMPARE(index.select(text(QStringLiteral("xy")), 0, 10).ids, QList<qint64>({1}));
        index.remove(2);
        index.remove(99);
        QCOMPARE(index.liveCount(), qint64(2));
        QCOMPARE(index.select({}, 0, 10).ids, QList<qint64>({1, 3}));
        QCOMPARE(index.select({}, 1, 10).ids, QList<qint64>({3}));
    }

    // Replaced texts are dropped once they fill half of the arena, and every answer stays.
    void shouldDropReplacedTextsAndKeepAnswering()
    {
        NumberFilterIndex index;
        index.put({1,
                   0,
                   {},
                   100,
                   {},
                   150,
                   {},
                   QByteArrayLiteral("first number"),
                   QByteArrayLiteral("111")});
        index.put({3,
                   0,
                   {},
                   100,
                   {},
                   150,
                   {},
                   QByteArrayLiteral("third number"),
                   QByteArrayLiteral("333")});
        const QByteArray filler(100, 'x');
        for (int round = 0; round < 20000; ++round) {
            index.put({2,
                       0,
                       {},
                       100,
                       {},
                       150,
                       {},
                       QByteArrayLiteral("round ") + QByteArray::number(round) + filler,
                       QByteArrayLiteral("222")});
        }
        index.remove(3);
        // 2 MB were written; what is kept is the live texts and less than the 1 MB floor of
        // replaced ones.
        QVERIFY2(index.textBytes() < 1100 * 1024, QByteArray::number(index.textBytes()));
        QCOMPARE(index.select(text(QStringLiteral("round 19999x")), 0, 10).ids, QList<qint64>({2}));
        QCOMPARE(index.select(text(QStringLiteral("round 123x")), 0, 10).totalCount, 0);
        QCOMPARE(index.select(text(QStringLiteral("first")), 0, 10).ids, QList<qint64>({1}));
        QCOMPARE(index.select(text(QStringLiteral("third")), 0, 10).totalCount, 0);
        QCOMPARE(index.select(text(QStringLiteral("number")), 0, 10).ids, QList<qint64>({1}));
        QCOMPARE(index.select(text(QStringLiteral("22"), QStringLiteral("22")), 0, 10).ids,
                 QList<qint64>({2}));
        QCOMPARE(index.liveCount(), qint64(2));
    }

    // Lookup ids are kept as codes: any 64-bit id works, one no number has matches nothing.
    void shouldFilterOnAnyLookupId()
    {
        NumberFilterIndex index;
        const qint64 big = 9'000'000'000'123LL;
        index.put({1, 0, {}, big, {}, 150, {}, QByteArrayLiteral("a"), QByteArrayLiteral("1")});
        index.put({2, 0, {}, 100, big, 150, 7, QByteArrayLiteral("b"), QByteArrayLiteral("2")});
        index.put({3, 0, {}, 100, {}, big, {}, QByteArrayLiteral("c"), QByteArrayLiteral("3")});
        NumberFilter offer;
        offer.offerId = big;
        QCOMPARE(index.select(offer, 0, 10).ids, QList<qint64>({1}));
        offer.offerId = big + 1;
        QCOMPARE(index.select(offer, 0, 10).totalCount, 0);
        NumberFilter source;
        source.trafficSourceId = big;
        QCOMPARE(index.select(source, 0, 10).ids, QList<qint64>({2}));
        source.trafficSourceId = 0; // a missing source is no match for any id
        QCOMPARE(index.select(source, 0, 10).totalCount, 0);
        NumberFilter provider;
        provider.providerConfigurationId = big;
        QCOMPARE(index.select(provider, 0, 10).ids, QList<qint64>({3}));
        NumberFilter pool;
        pool.ringPoolId = 7;
        QCOMPARE(index.select(pool, 0, 10).ids, QList<qint64>({2}));
    }

private:
    qint64 sqlTotal(const NumberFilter &filter) const
    {
        qint64 total = 0;
        sqlIds(m_store.connectionName(), filter, &total);
        return total;
    }

    void compareAllCases()
    {
        for (const Case &c : cases(m_midCreated)) {
            qint64 total = 0;
            const QList<qint64> expected = sqlIds(m_store.connectionName(), c.filter, &total);
            for (const qint64 offset : {qint64(0), qint64(7), qint64(250), total - 3}) {
                QString error;
                const SandboxStore::NumberPage page =
                    m_store.listNumbers(c.filter, int(qMax<qint64>(0, offset)), 100, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                QVERIFY2(page.totalCount == total,
                         qPrintable(QStringLiteral("%1: total %2, expected %3")
                                        .arg(QLatin1String(c.name))
                                        .arg(page.totalCount)
                                        .arg(total)));
                QList<qint64> ids;
                for (const NumberRecord &r : page.rows)
                    ids.append(r.id);
                QVERIFY2(ids == expected.mid(qMax<qint64>(0, offset), 100),
                         qPrintable(QLatin1String(c.name)));
            }
        }
    }

    SandboxStore m_store;
    qint64 m_midCreated = 0;
};

QTEST_GUILESS_MAIN(tst_SandboxNumberFilterIndex)
#include "tst_sandboxnumberfilterindex.moc"
