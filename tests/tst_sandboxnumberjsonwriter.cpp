// NumberJsonWriter against the reference it replaces on list pages:
// QJsonDocument(RecordSerializer::numberObject(record, columns)).toJson(Compact), byte for byte.
#include "csvwriter.h"
#include "demodatagenerator.h"
#include "listparameters.h"
#include "numberfilterparser.h"
#include "numberjsonwriter.h"
#include "numberreadhandler.h"
#include "recordserializer.h"
#include "sandboxstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace numdesk::sandbox;

namespace {

constexpr qint64 kToday = 1735689600000; // 2025-01-01T00:00:00Z

QByteArray referenceJson(const NumberRecord &record, const QStringList &columns)
{
    return RecordSerializer::compactJson(RecordSerializer::numberObject(record, columns));
}

QByteArray writtenJson(const StoredNumberRow &row, const QStringList &columns)
{
    NumberJsonWriter writer(columns);
    QByteArray out;
    writer.write(row, out);
    return out;
}

// Records whose texts and values take every path of the writer: escapes, non-ASCII, empty
// and null texts, tokens that are not plain, timestamps outside 1970..9999, extreme integers.
QList<NumberRecord> unusualRecords()
{
    QList<NumberRecord> list;
    NumberRecord r;
    r.name = QStringLiteral("Quote \" backslash \\ slash / tab\t newline\n cr\r bell\x07 del\x7f");
    r.number = QStringLiteral("+15550000001");
    r.humanNumber = QStringLiteral("(555) 000-0001");
    r.country = QStringLiteral("US");
    r.offerId = 1;
    r.providerConfigurationId = 2;
    r.providerAuthKey = QStringLiteral("key\b\f\x01\x1f");
    r.tokenValues = {QStringLiteral("a:\"quoted\""), QStringLiteral("b:back\\slash"),
                     QStringLiteral(""), QStringLiteral("ü:ß")};
    r.createdAt = 0;
    r.updatedAt = 253402300799999; // 9999-12-31T23:59:59.999Z
    r.type = QStringLiteral("PhoneNumber");
    r.uuid = QStringLiteral("00000000-0000-0000-0000-000000000000");
    r.extension = QStringLiteral("ext ü");
    r.externalRecordId = QStringLiteral("ext-1");
    r.description = QStringLiteral("Müller ☎ 😀 日本");
    r.lastCallAt = -1;                          // before 1970: Qt formats it
    r.optimizerDisplayedAt = 951782400000;      // 2000-02-29
    r.optimizerTokensChangedAt = 4107542399999; // 2100-02-28T23:59:59.999Z
    r.userUpdatedAt = 253402300800000;          // year 10000: Qt formats it
    r.trafficSourceId = std::numeric_limits<qint64>::max();
    r.ringPoolId = 0;
    r.areaCodeId = -5;
    r.legacyId = std::numeric_limits<qint64>::min() + 1;
    r.deletePrevention = true;
    list.append(r);

    NumberRecord empty; // every optional null, every text empty (NOT NULL ones as "")
    for (QString *text : {&empty.name, &empty.humanNumber, &empty.country, &empty.providerAuthKey,
                          &empty.type, &empty.uuid})
        *text = QStringLiteral("");
    empty.number = QStringLiteral("+15550000002");
    empty.createdAt = 1;
    empty.updatedAt = 86399999;
    list.append(empty);

    NumberRecord tokens = empty;
    tokens.number = QStringLiteral("+15550000003");
    tokens.name = QStringLiteral("[\"not\",\"tokens\"]");
    tokens.tokenValues = {QStringLiteral("k:v"), QStringLiteral("x:,]"), QStringLiteral("[")};
    list.append(tokens);
    return list;
}

QList<QStringList> columnChoices()
{
    QList<QStringList> choices = {{},
                                  {QStringLiteral("checksum")},
                                  {QStringLiteral("uuid"), QStringLiteral("id")},
                                  {QStringLiteral("number"), QStringLiteral("checksum"),
                                   QStringLiteral("token_values"), QStringLiteral("created_at")}};
    for (const QString &column : RecordSerializer::numberColumns())
        choices.append({column});
    return choices;
}

} // namespace

class tst_SandboxNumberJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_store.open(QString(), &error), qPrintable(error));
        DemoDataGenerator generator(11, kToday);
        QVERIFY2(generator.populate(m_store, 1500, &error), qPrintable(error));
        for (NumberRecord record : unusualRecords())
            QVERIFY2(m_store.insertNumber(record, &error), qPrintable(error));
    }

    void shouldWriteTheSameBytesAsTheJsonObjectForEveryRecordAndColumnChoice()
    {
        const SandboxStore::NumberPage records = m_store.listNumbers({}, 0, 100000);
        const SandboxStore::StoredPage stored = m_store.listStoredNumbers({}, 0, 100000);
        QCOMPARE(records.rows.size(), 1503);
        QCOMPARE(stored.rows.size(), records.rows.size());
        for (const QStringList &columns : columnChoices()) {
            NumberJsonWriter writer(columns); // one writer for many rows, as a page uses it
            for (qsizetype i = 0; i < records.rows.size(); ++i) {
                QByteArray written;
                writer.write(stored.rows.at(i), written);
                const QByteArray expected = referenceJson(records.rows.at(i), columns);
                if (written != expected) {
                    QFAIL(qPrintable(
                        QStringLiteral("columns %1, id %2:\n%3\n%4")
                            .arg(columns.join(QLatin1Char(',')))
                            .arg(records.rows.at(i).id)
                            .arg(QString::fromUtf8(written), QString::fromUtf8(expected))));
                }
            }
        }
    }

    void shouldWriteTheSameCsvAsTheCellTextsForEveryRecordAndColumnChoice()
    {
        // The .csv list's rows against what it wrote before: numberObject, cellText, CsvWriter.
        const SandboxStore::NumberPage records = m_store.listNumbers({}, 0, 100000);
        const SandboxStore::StoredPage stored = m_store.listStoredNumbers({}, 0, 100000);
        QCOMPARE(stored.rows.size(), records.rows.size());
        NumberJsonWriter writer; // one for every choice, as the handler uses it
        for (QStringList columns : columnChoices()) {
            if (columns.isEmpty())
                columns = RecordSerializer::numberColumns();
            const QList<int> fields = NumberJsonWriter::fieldsOf(columns);
            for (qsizetype i = 0; i < records.rows.size(); ++i) {
                QByteArray written;
                writer.writeCsvRow(stored.rows.at(i), fields, written);
                // A row without a believable stored checksum is hashed: the same cells.
                StoredNumberRow unchecked = stored.rows.at(i);
                unchecked.checksum.clear();
                QByteArray hashed;
                writer.writeCsvRow(unchecked, fields, hashed);
                QCOMPARE(hashed, written);
                const QJsonObject object =
                    RecordSerializer::numberObject(records.rows.at(i), columns);
                QStringList cells;
                for (const QString &column : columns)
                    cells.append(RecordSerializer::cellText(object.value(column)));
                CsvWriter reference;
                reference.addRow(cells);
                if (written != reference.data()) {
                    QFAIL(qPrintable(
                        QStringLiteral("columns %1, id %2:\n%3\n%4")
                            .arg(columns.join(QLatin1Char(',')))
                            .arg(records.rows.at(i).id)
                            .arg(QString::fromUtf8(written), QString::fromUtf8(reference.data()))));
                }
            }
        }
    }

    void shouldEscapeTheUnusualRecordsLikeQt()
    {
        // The same comparison as above, spelled out for the records made to be awkward.
        const auto records = m_store.listNumbers({}, 1500, 10).rows;
        const auto stored = m_store.listStoredNumbers({}, 1500, 10).rows;
        QCOMPARE(records.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(writtenJson(stored.at(i), {}), referenceJson(records.at(i), {}));
        QVERIFY(writtenJson(stored.at(0), {QStringLiteral("description")}).contains("😀"));
    }

    void shouldEscapeAnyBytesAsQtReadsAndWritesThem()
    {
        // Texts as SQLite may hold them, a file edited by hand included: each written as Qt's
        // JSON writer writes QString::fromUtf8 of its bytes.
        QList<QByteArray> texts = {
            "",
            "plain",
            "\x7f del and \x01\x1f controls \b\f\n\r\t",
            "\"quoted\" back\\slash",
            "Z\xc3\xbcrich B\xc3\xbcro",      // ü
            "\xef\xbb\xbf starts with a BOM", // U+FEFF, dropped by QString::fromUtf8
            "\xef\xbb\xbf",                   // nothing but one
            "a BOM \xef\xbb\xbf inside",
            "\xf0\x9f\x98\x80 and \xe2\x98\x8e", // U+1F600, U+260E
            "\xef\xbf\xbf \xef\xbf\xbe",         // U+FFFF, U+FFFE
            "cut \xc3",                          // a sequence cut short at the end
            "bad \xc3\x28 pair",                 // a lead byte without its continuation
            "overlong \xc0\xaf slash",           // '/' in two bytes
            "surrogate \xed\xa0\x80 in UTF-8",   // U+D800 encoded
            "beyond \xf4\x90\x80\x80 U+10FFFF",  // U+110000
            "lone \x80 continuation and \xff",
            "quote \" then \xc3\xa9 then \xff bad", // escapes before and after bad bytes
        };
        QRandomGenerator random(9);
        for (int i = 0; i < 5000; ++i) {
            QByteArray bytes(int(random.bounded(12)), '\0');
            for (char &c : bytes) // mostly ASCII, some high bytes, a few controls
                c = char(random.bounded(10) < 7 ? 0x20 + random.bounded(0x60)
                                                : random.bounded(256));
            texts.append(bytes);
        }
        for (const QByteArray &text : std::as_const(texts)) {
            QByteArray written;
            NumberJsonWriter::appendString(written, text);
            const QByteArray array =
                QJsonDocument(QJsonArray{QString::fromUtf8(text)}).toJson(QJsonDocument::Compact);
            QCOMPARE(written, array.mid(1, array.size() - 2));
        }
    }

    void shouldFormatTimestampsLikeTheRecordSerializer()
    {
        QRandomGenerator random(5);
        QList<qint64> moments = {0,
                                 1,
                                 86399999,
                                 86400000,
                                 951782400000,
                                 951868799999,
                                 4107542399999,
                                 253402300799999,
                                 253402300800000,
                                 -1,
                                 -86400001};
        for (int i = 0; i < 20000; ++i)
            moments.append(qint64(random.generate64() % 253402300800000ULL));
        for (const qint64 ms : moments) {
            QByteArray written;
            NumberJsonWriter::appendTimestamp(written, ms);
            QCOMPARE(written, '"' + RecordSerializer::timestamp(ms).toUtf8() + '"');
        }
    }

    void shouldAnswerListPagesWithTheJsonOfTheRecords()
    {
        NumberReadHandler reader(m_store, 250, QTimeZone::utc());
        const QList<QByteArray> queries = {
            "per_page=250&page=2",      "per_page=7&page=215",
            "per_page=100&page=16", // the last page, with the unusual records
            "root=false&per_page=3",    "columns=id,checksum,name&per_page=50&page=3",
            "offer_id=103&per_page=40", "fulltext=m%C3%BCller",
        };
        for (const QByteArray &query : queries) {
            const QueryItems items = RawQueryParser::parse(query);
            const ApiResponse response = reader.list(items, NumberReadHandler::Format::Json);
            QCOMPARE(response.status, 200);
            QCOMPARE(response.contentType, ApiResponse::jsonContentType());
            // The page as the handler built it before: QJsonObjects through QJsonDocument.
            const QJsonDocument document = QJsonDocument::fromJson(response.body);
            const QJsonArray numbers =
                document.isArray() ? document.array()
                                   : document.object().value(QLatin1String("numbers")).toArray();
            FieldErrors errors;
            const ListParameters params =
                ListParameters::parse(items, 250, RecordSerializer::numberColumns(), errors);
            const NumberFilter filter = NumberFilterParser::parse(items, QTimeZone::utc(), errors);
            QVERIFY(errors.isEmpty());
            const SandboxStore::NumberPage page =
                m_store.listNumbers(filter, params.offset(), params.perPage);
            QVERIFY2(!page.rows.isEmpty(), query.constData());
            QJsonArray expected;
            for (const NumberRecord &record : page.rows)
                expected.append(RecordSerializer::numberObject(record, params.columns));
            const QByteArray reference =
                params.root ? QJsonDocument(QJsonObject{{QStringLiteral("numbers"), expected},
                                                        {QStringLiteral("metadata"),
                                                         params.metadata(page.totalCount)}})
                                  .toJson(QJsonDocument::Compact)
                            : QJsonDocument(expected).toJson(QJsonDocument::Compact);
            QCOMPARE(response.body, reference);
            QCOMPARE(numbers.size(), page.rows.size());
        }
    }

    void shouldAnswerAnEmptyPage()
    {
        NumberReadHandler reader(m_store, 250, QTimeZone::utc());
        const ApiResponse response =
            reader.list(RawQueryParser::parse("page=999"), NumberReadHandler::Format::Json);
        QCOMPARE(response.body,
                 QByteArray("{\"metadata\":{\"page\":999,\"per_page\":25,\"per_page_cap\":250,"
                            "\"total_count\":1503,\"total_pages\":61},\"numbers\":[]}"));
        const ApiResponse bare = reader.list(RawQueryParser::parse("page=999&root=false"),
                                             NumberReadHandler::Format::Json);
        QCOMPARE(bare.body, QByteArray("[]"));
    }

    // The checksum is stored with each row when it is written (a list page used to hash every
    // record it sent). It must stay the checksum of what the row holds through every write,
    // and a row without one, or with one not to be believed, is hashed when read.
    void shouldServeTheChecksumStoredWithEachRowAndKeepItTrue()
    {
        SandboxStore store;
        QString error;
        QVERIFY2(store.open(QString(), &error), qPrintable(error));
        DemoDataGenerator generator(3, kToday);
        QVERIFY2(generator.populate(store, 40, &error), qPrintable(error));
        const QList<StoredNumberRow> loaded = store.listStoredNumbers({}, 0, 100).rows;
        QCOMPARE(loaded.size(), 40);
        for (const StoredNumberRow &row : loaded)
            QCOMPARE(row.checksum.size(), 32); // written by the bulk load
        QVERIFY(samePage(store));

        NumberRecord renamed = store.listNumbers({}, 3, 1).rows.at(0);
        renamed.name = QStringLiteral("Renamed ü");
        renamed.updatedAt += 1000;
        QVERIFY2(store.updateNumber(renamed, &error), qPrintable(error));
        NumberRecord bought = unusualRecords().at(0); // no id: SQLite assigns it
        QVERIFY2(store.insertNumber(bought, &error), qPrintable(error));
        QVERIFY(samePage(store));
        QCOMPARE(store.listStoredNumbers({}, 40, 1).rows.at(0).checksum.size(), 32);

        QSqlQuery query(QSqlDatabase::database(store.connectionName()));
        const auto setChecksum = [&](int offset, const QString &value) {
            const qint64 id = store.listStoredNumbers({}, offset, 1).rows.at(0).id;
            query.prepare(QStringLiteral("UPDATE numbers SET checksum = ? WHERE id = ?"));
            query.addBindValue(value);
            query.addBindValue(id);
            return query.exec();
        };
        QVERIFY(setChecksum(5, QString())); // NULL: hashed when read
        QCOMPARE(store.listStoredNumbers({}, 5, 1).rows.at(0).checksum, QByteArray());
        QVERIFY(setChecksum(6, QStringLiteral("\"") + QString(31, QLatin1Char('a'))));
        QVERIFY(setChecksum(7, QString(32, QLatin1Char('A'))));
        QVERIFY(samePage(store)); // neither is believed
        // What is stored is what is served, unhashed.
        const QString made = QString(32, QLatin1Char('f'));
        QVERIFY(setChecksum(8, made));
        QVERIFY(writtenJson(store.listStoredNumbers({}, 8, 1).rows.at(0), {})
                    .contains("\"checksum\":\"" + made.toLatin1() + '"'));
    }

    // A store written before the column existed gets it on opening, filled in for every live
    // row; an unrented row keeps none, as unrenting leaves it.
    void shouldAddTheChecksumsToAStoreWrittenBeforeThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        qint64 unrented = 0;
        {
            SandboxStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            DemoDataGenerator generator(4, kToday);
            QVERIFY2(generator.populate(store, 60, &error), qPrintable(error));
            unrented = store.listStoredNumbers({}, 10, 1).rows.at(0).id;
            QVERIFY2(store.softDelete(unrented, kToday, &error), qPrintable(error));
            QSqlQuery query(QSqlDatabase::database(store.connectionName()));
            QVERIFY2(query.exec(QStringLiteral("ALTER TABLE numbers DROP COLUMN checksum")),
                     qPrintable(query.lastError().text()));
        }
        SandboxStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const QList<StoredNumberRow> rows = store.listStoredNumbers({}, 0, 100).rows;
        QCOMPARE(rows.size(), 59);
        for (const StoredNumberRow &row : rows)
            QCOMPARE(row.checksum.size(), 32);
        QVERIFY(samePage(store));
        QSqlQuery query(QSqlDatabase::database(store.connectionName()));
        QVERIFY(query.exec(
            QStringLiteral("SELECT checksum IS NULL FROM numbers WHERE id = %1").arg(unrented)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

private:
    // Every live record of `store` written as the reference writes it, checksum included.
    static bool samePage(const SandboxStore &store)
    {
        const auto records = store.listNumbers({}, 0, 1000).rows;
        const auto stored = store.listStoredNumbers({}, 0, 1000).rows;
        if (records.size() != stored.size())
            return false;
        for (int i = 0; i < records.size(); ++i) {
            const QByteArray written = writtenJson(stored.at(i), {});
            const QByteArray reference = referenceJson(records.at(i), {});
            if (written != reference) {
                qWarning("record %lld:\n%s\n%s", records.at(i).id, written.constData(),
                         reference.constData());
                return false;
            }
        }
        return true;
    }

    SandboxStore m_store;
};

QTEST_GUILESS_MAIN(tst_SandboxNumberJsonWriter)
#include "tst_sandboxnumberjsonwriter.moc"
