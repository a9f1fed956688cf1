// SnapshotStore: shared storage between snapshots (bytes per number of an unchanged snapshot),
// pruning that keeps the remaining snapshots whole, the unverified mark, names, differing rows.
#include "snapshotstore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace numdesk;

namespace {

// A record with every column filled the way the service fills them.
PhoneNumber makeNumber(qint64 id, int variant = 0)
{
    QJsonObject json;
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("name"), QStringLiteral("Line %1 v%2").arg(id).arg(variant));
    json.insert(QStringLiteral("number"),
                QStringLiteral("+1415555%1").arg(id % 10000, 4, 10, QLatin1Char('0')));
    json.insert(QStringLiteral("offer_id"), 100 + id % 8);
    json.insert(QStringLiteral("traffic_source_id"), 1002590 + id % 10);
    json.insert(QStringLiteral("provider_configuration_id"), 150 + id % 4);
    json.insert(QStringLiteral("ring_pool_id"), 40 + id % 6);
    json.insert(QStringLiteral("provider_auth_key"),
                QStringLiteral("PN%1").arg(id * 7919, 32, 16, QLatin1Char('0')));
    json.insert(QStringLiteral("last_call_at"), QStringLiteral("2026-11-02T10:11:12.345-05:00"));
    json.insert(QStringLiteral("token_values"),
                QJsonArray{QStringLiteral("interest:auto"), QStringLiteral("geo:!=800")});
    json.insert(QStringLiteral("country"), QStringLiteral("US"));
    json.insert(QStringLiteral("created_at"), QStringLiteral("2025-01-02T03:04:05.678-05:00"));
    json.insert(QStringLiteral("human_number"), QStringLiteral("(415) 555-%1").arg(id % 10000));
    json.insert(QStringLiteral("uuid"),
                QStringLiteral("0b7a9c3e-5d2f-4a61-9e8b-%1").arg(id, 12, 16, QLatin1Char('0')));
    json.insert(QStringLiteral("updated_at"), QStringLiteral("2026-11-02T10:11:12.345-05:00"));
    return *PhoneNumber::fromJson(json);
}

QList<PhoneNumber> makeSet(qint64 firstId, int count, int variant = 0)
{
    QList<PhoneNumber> rows;
    for (int i = 0; i < count; ++i)
        rows.append(makeNumber(firstId + i, variant));
    return rows;
}

qint64 takeSnapshot(SnapshotStore &store, const QList<PhoneNumber> &rows, bool verified = true,
                    int keep = 30)
{
    const std::optional<qint64> id = store.begin(QDateTime::currentDateTimeUtc());
    if (!id)
        return 0;
    for (qsizetype at = 0; at < rows.size(); at += 250) {
        if (!store.addRows(*id, rows.mid(at, 250)))
            return 0;
    }
    return store.finish(*id, verified, keep) ? *id : 0;
}

// A record drawn at random: any subset of the columns, texts with quotes, back slashes, control
// characters, accents, emoji, empty and null, integers of any size, token values, and extra keys
// (before, between and after the columns; now and then one that is not ASCII) of every JSON type.
// Integers stay within ±2^53, as JSON numbers read by the decoders do.
PhoneNumber randomNumber(QRandomGenerator &random)
{
    static const QStringList texts = {
        QString(),
        QStringLiteral(""),
        QStringLiteral("+14155550123"),
        QStringLiteral("Line \"7\" \\ / end"),
        QStringLiteral("tab\there\nnew line\u0001\u001f\u007f"),
        QStringLiteral("Müller ☎ 😀"),
        QStringLiteral("2026-11-02T10:11:12.345-05:00"),
        QString(QChar(0xd800)), // a lone surrogate
    };
    PhoneNumber number;
    for (int i = 0; !PhoneNumber::fieldKey(i).isEmpty(); ++i) {
        if (random.bounded(4) == 0)
            continue;
        number.present |= 1u << i;
        switch (PhoneNumber::fieldKind(i)) {
        case PhoneNumber::FieldKind::Integer:
            if (random.bounded(6) != 0)
                *number.integerField(i) = random.bounded(3) == 0
                                              ? random.bounded(-(qint64(1) << 53), qint64(1) << 53)
                                              : qint64(random.bounded(-5, 100000000));
            break;
        case PhoneNumber::FieldKind::Text:
            *number.textField(i) = texts.at(random.bounded(int(texts.size())));
            break;
        case PhoneNumber::FieldKind::Tokens:
            for (int t = random.bounded(3); t > 0; --t)
                number.tokenValues.append(texts.at(random.bounded(1, int(texts.size()))));
            break;
        }
    }
    const QStringList extraKeys = {QStringLiteral("a_first"), QStringLiteral("carrier"),
                                   QStringLiteral("o"),       QStringLiteral("zz_last"),
                                   QStringLiteral("Z"),       QStringLiteral("tarifa_é")};
    const QList<QJsonValue> extraValues = {
        QJsonValue(),
        QJsonValue(true),
        QJsonValue(2.5),
        QJsonValue(qint64(-7)),
        QJsonValue(texts.at(3)),
        QJsonValue(QJsonArray{1, QStringLiteral("x")}),
        QJsonValue(QJsonObject{{QStringLiteral("name"), QStringLiteral("AT&T")}})};
    for (const QString &key : extraKeys) {
        if (random.bounded(key.endsWith(QChar(0xe9)) ? 20 : 4) == 0)
            number.extra.insert(key, extraValues.at(random.bounded(int(extraValues.size()))));
    }
    return number;
}

} // namespace

class TestSnapshotStore : public QObject
{
    Q_OBJECT

private slots:
    // The stored form is what QJsonDocument writes of the record, byte for byte: the checksum
    // finds a stored version again by these bytes, in stores written before the encoder too.
    void shouldEncodeARecordAsQJsonDocumentWritesIt()
    {
        QRandomGenerator random(20261204);
        for (int i = 0; i < 5000; ++i) {
            const PhoneNumber number = randomNumber(random);
            const QByteArray expected =
                QJsonDocument(number.toJson()).toJson(QJsonDocument::Compact);
            QCOMPARE(SnapshotStore::encode(number), expected);
            const std::optional<PhoneNumber> back = SnapshotStore::decode(expected);
            QVERIFY2(back, expected.constData());
            QCOMPARE(SnapshotStore::encode(*back), expected);
        }
        QCOMPARE(SnapshotStore::encode(makeNumber(7)),
                 QJsonDocument(makeNumber(7).toJson()).toJson(QJsonDocument::Compact));
    }

    void shouldKeepEveryRowExactly()
    {
        QTemporaryDir dir;
        SnapshotStore store;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("s.sqlite"))),
                 qPrintable(store.lastError()));
        const QList<PhoneNumber> rows = makeSet(20590, 600);
        const qint64 id = takeSnapshot(store, rows);
        QVERIFY(id > 0);
        QCOMPARE(store.rows(id), rows);
        const std::optional<SnapshotInfo> info = store.info(id);
        QVERIFY(info);
        QCOMPARE(info->count, 600);
        QVERIFY(info->verified);
    }

    // An unchanged inventory shares every row version: a second identical snapshot adds only
    // its membership rows, at most 40 bytes a number (issue 15).
    void shouldAddAtMostFortyBytesPerNumberForAnUnchangedSnapshot()
    {
        QTemporaryDir dir;
        SnapshotStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))));
        const int count = 20000;
        const QList<PhoneNumber> rows = makeSet(20590, count);
        QVERIFY(takeSnapshot(store, rows) > 0);
        const qint64 after1 = store.bytesUsed();
        QCOMPARE(store.versionCount(), count);
        QVERIFY(takeSnapshot(store, rows) > 0);
        const qint64 after2 = store.bytesUsed();
        QCOMPARE(store.versionCount(), count); // nothing new to keep
        const double perNumber = double(after2 - after1) / count;
        qInfo("first snapshot: %.1f bytes a number; an unchanged one: %.1f bytes a number",
              double(after1) / count, perNumber);
        QVERIFY2(perNumber <= 40.0, qPrintable(QString::number(perNumber)));
        QVERIFY(perNumber > 0.0); // the membership rows are really there
    }

    // The writer of a snapshot copies its log into the file seldom, and all of it before it
    // closes (SnapshotJob::Writer): the file grows only then.
    void shouldCopyTheLogIntoTheFileOnlyWhenTold()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        SnapshotStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.setCheckpointPages(100000));
        // 20,000 records: more than 2,000 pages of log, twice SQLite's default.
        QVERIFY(
            store.addRows(*store.begin(QDateTime::currentDateTimeUtc()), makeSet(20590, 20000)));
        const qint64 logged = QFileInfo(path).size();
        QVERIFY2(logged < 1024 * 1024, qPrintable(QString::number(logged)));
        const qint64 log = QFileInfo(path + QStringLiteral("-wal")).size();
        QVERIFY2(log > 8 * 1024 * 1024, qPrintable(QString::number(log)));
        QVERIFY(store.checkpoint());
        const qint64 copied = QFileInfo(path).size();
        QVERIFY2(copied > 8 * 1024 * 1024, qPrintable(QString::number(copied)));
    }

    void shouldPruneOldSnapshotsAndKeepTheOthersIntact()
    {
        QTemporaryDir dir;
        SnapshotStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))));
        const QList<PhoneNumber> first = makeSet(20590, 300, 1);
        QList<PhoneNumber> second = makeSet(20590, 300, 1);
        second.erase(second.begin(), second.begin() + 50); // 50 unrented
        second.append(makeSet(30000, 20, 2));              // 20 bought
        second[10] = makeNumber(second[10].id.value(), 3); // one renamed
        QList<PhoneNumber> third = second;
        third[20] = makeNumber(third[20].id.value(), 4);

        const qint64 a = takeSnapshot(store, first, true, 2);
        const qint64 b = takeSnapshot(store, second, true, 2);
        QCOMPARE(store.list().size(), 2);
        const qint64 c = takeSnapshot(store, third, false, 2); // prunes a
        QVERIFY(a > 0 && b > a && c > b);
        const QList<SnapshotInfo> list = store.list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].id, c); // newest first
        QCOMPARE(list[1].id, b);
        QVERIFY(!store.info(a));
        QVERIFY(store.rows(a).isEmpty());
        // What is left is whole, and holds no version only the pruned snapshot used.
        QCOMPARE(store.rows(b), second);
        QCOMPARE(store.rows(c), third);
        QCOMPARE(store.versionCount(), qint64(second.size() + 1));
        // Ids are never reused after pruning.
        const qint64 d = takeSnapshot(store, third, true, 2);
        QVERIFY(d > c);
        QCOMPARE(store.rows(c), third);
    }

    void shouldKeepAnUnverifiedSnapshotMarked()
    {
        QTemporaryDir dir;
        SnapshotStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))));
        const qint64 id = takeSnapshot(store, makeSet(1, 10), false);
        QVERIFY(id > 0);
        QCOMPARE(store.list().size(), 1);
        QVERIFY(!store.list().first().verified);
        QVERIFY(!store.info(id)->verified);
    }

    void shouldDropRowsThatLeftAndDiscardUnfinishedSnapshots()
    {
        QTemporaryDir dir;
        SnapshotStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))));
        const std::optional<qint64> id = store.begin(QDateTime::currentDateTimeUtc());
        QVERIFY(id);
        QVERIFY(store.addRows(*id, makeSet(1, 10)));
        QVERIFY(store.list().isEmpty()); // not listed until finished
        QVERIFY(store.dropRows(*id, {3, 4}));
        QVERIFY(store.finish(*id, true, 30));
        QCOMPARE(store.info(*id)->count, 8);

        const std::optional<qint64> other = store.begin(QDateTime::currentDateTimeUtc());
        QVERIFY(store.addRows(*other, makeSet(100, 10)));
        QVERIFY(store.discard(*other));
        // The discarded rows' versions went with it, and so did those of the dropped rows.
        QCOMPARE(store.versionCount(), 8);
        QCOMPARE(store.list().size(), 1);
    }

    void shouldDropSnapshotsACrashedRunLeftUnfinished()
    {
        QTemporaryDir dir;
        SnapshotStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))));
        const std::optional<qint64> crashed =
            store.begin(QDateTime::currentDateTimeUtc().addDays(-2));
        QVERIFY(store.addRows(*crashed, makeSet(500, 10)));
        const std::optional<qint64> running = store.begin(QDateTime::currentDateTimeUtc());
        QVERIFY(store.addRows(*running, makeSet(600, 5)));
        QVERIFY(takeSnapshot(store, makeSet(1, 3)) > 0);
        // The crashed run's rows are gone; the one still running keeps its own.
        QCOMPARE(store.versionCount(), 3 + 5);
        QVERIFY(store.finish(*running, true, 30));
        QCOMPARE(store.info(*running)->count, 5);
    }

    void shouldKeepNamesAndTellDifferingRows()
    {
        QTemporaryDir dir;
        SnapshotStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite"))));
        const QList<PhoneNumber> before = makeSet(1, 5);
        QList<PhoneNumber> after = makeSet(2, 5); // 1 removed, 6 added
        after[1] = makeNumber(3, 9);              // 3 changed
        const qint64 a = takeSnapshot(store, before);
        const qint64 b = takeSnapshot(store, after);
        QVERIFY(
            store.setNames(b, {{QStringLiteral("offer_id"), {{100, QStringLiteral("Solar")}}}}));
        QCOMPARE(store.names(b).value(QStringLiteral("offer_id")).value(100),
                 QStringLiteral("Solar"));
        QList<PhoneNumber> fromRows;
        QList<PhoneNumber> toRows;
        QVERIFY(store.differingRows(a, b, &fromRows, &toRows));
        QCOMPARE(fromRows, (QList<PhoneNumber>{before[0], before[2]}));
        QCOMPARE(toRows, (QList<PhoneNumber>{after[1], after[4]}));
    }

    // A snapshot a day is due on the first opening of a local day without one.
    void shouldTellWhenTheSnapshotOfTheDayIsDue()
    {
        const QDateTime lateEvening(QDate(2026, 12, 3), QTime(23, 59, 30), Qt::LocalTime);
        SnapshotInfo latest;
        latest.id = 1;
        latest.takenAt = lateEvening.toUTC();
        QVERIFY(SnapshotStore::dailyDue(std::nullopt, lateEvening));
        QVERIFY(!SnapshotStore::dailyDue(latest, lateEvening));
        QVERIFY(!SnapshotStore::dailyDue(latest, lateEvening.addSecs(29))); // 23:59:59
        QVERIFY(SnapshotStore::dailyDue(latest, lateEvening.addSecs(31)));  // 00:00:01
        QVERIFY(!SnapshotStore::dailyDue(latest, lateEvening.addDays(-1))); // a clock set back
    }

    void shouldKeepTwoStoresApart()
    {
        QTemporaryDir dir;
        SnapshotStore one;
        SnapshotStore two;
        QVERIFY(one.open(dir.filePath(QStringLiteral("one.sqlite"))));
        QVERIFY(two.open(dir.filePath(QStringLiteral("two.sqlite"))));
        QVERIFY(takeSnapshot(one, makeSet(1, 3)) > 0);
        QCOMPARE(one.list().size(), 1);
        QVERIFY(two.list().isEmpty());
        QVERIFY(SnapshotStore::pathForProfile(QStringLiteral("profile:A")) !=
                SnapshotStore::pathForProfile(QStringLiteral("profile:B")));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_snapshotstore.moc"
