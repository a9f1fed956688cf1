// Plan files: CSV dialects, aliases, 'none', bad cells (issue 17).
#include "planfile.h"

#include <QTest>

using namespace numdesk;

class tst_PlanFile : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadCommaSemicolonAndTabSeparatedFilesWithOrWithoutBom_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << QByteArray("id,offer,ring_pool\r\n12,101,none\r\n") << QChar(',');
        QTest::newRow("semicolon") << QByteArray("id;offer;ring_pool\n12;101;none\n") << QChar(';');
        QTest::newRow("tab") << QByteArray("id\toffer\tring_pool\n12\t101\tnone") << QChar('\t');
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFid,offer,ring_pool\n12,101,none\n")
                             << QChar(',');
    }
    void shouldReadCommaSemicolonAndTabSeparatedFilesWithOrWithoutBom()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, separator);
        const PlanFile::Parsed parsed = PlanFile::read(bytes, QStringLiteral("US"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.separator, separator);
        QCOMPARE(parsed.rows.size(), 1);
        const PlanRow &row = parsed.rows.first();
        QVERIFY2(row.isValid(), qPrintable(row.invalidReason));
        QCOMPARE(row.id, QStringLiteral("12"));
        QCOMPARE(row.line, 2);
        QCOMPARE(row.offer, (PlanReference{PlanReference::Kind::Id, 101, {}}));
        QCOMPARE(row.ringPool.kind, PlanReference::Kind::Clear);
        QCOMPARE(row.trafficSource.kind, PlanReference::Kind::Leave);
        QVERIFY(!row.tokenValues);
    }

    void shouldKeepQuotedNewlinesAndCountLinesFromWhereEachRowStarts()
    {
        const QByteArray bytes = "number,offer,name\n"
                                 "\"(212) 669-9604\",\"Summer, \"\"Hot\"\" Leads\",\"two\nlines\"\n"
                                 "+442079460000,#7,x\n";
        const PlanFile::Parsed parsed = PlanFile::read(bytes, QStringLiteral("US"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.rows.size(), 2);
        QCOMPARE(parsed.rows.at(0).number, QStringLiteral("+12126699604"));
        QCOMPARE(parsed.rows.at(0).offer.kind, PlanReference::Kind::Name);
        QCOMPARE(parsed.rows.at(0).offer.name, QStringLiteral("Summer, \"Hot\" Leads"));
        QCOMPARE(parsed.rows.at(1).line, 4);
        QCOMPARE(parsed.rows.at(1).number, QStringLiteral("+442079460000"));
        QCOMPARE(parsed.rows.at(1).offer, (PlanReference{PlanReference::Kind::Id, 7, {}}));
    }

    void shouldRefuseAQuoteNeverClosed()
    {
        const PlanFile::Parsed parsed =
            PlanFile::read("id,offer\n1,\"open\n2,3\n", QStringLiteral("US"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error, QStringLiteral("The quote opened on line 2 is never closed."));
    }

    void shouldAcceptIdAliasesAndTheTablesLabels()
    {
        QCOMPARE(PlanFile::columnKey(QStringLiteral("offer_id")), QStringLiteral("offer_id"));
        QCOMPARE(PlanFile::columnKey(QStringLiteral("Offer")), QStringLiteral("offer_id"));
        QCOMPARE(PlanFile::columnKey(QStringLiteral(" traffic_source ")),
                 QStringLiteral("traffic_source_id"));
        QCOMPARE(PlanFile::columnKey(QStringLiteral("Traffic Source")),
                 QStringLiteral("traffic_source_id"));
        QCOMPARE(PlanFile::columnKey(QStringLiteral("ring_pool_id")),
                 QStringLiteral("ring_pool_id"));
        QCOMPARE(PlanFile::columnKey(QStringLiteral("Number Pool")),
                 QStringLiteral("ring_pool_id"));
        QCOMPARE(PlanFile::columnKey(QStringLiteral("Token Values")),
                 QStringLiteral("token_values"));
        QCOMPARE(PlanFile::columnKey(QStringLiteral("ID")), QStringLiteral("id"));
        QCOMPARE(PlanFile::columnKey(QStringLiteral("Created")), QString());

        const PlanFile::Parsed parsed = PlanFile::read(
            "ID,offer_id,traffic_source_id,ring_pool_id\n5,101,none,41\n", QStringLiteral("US"));
        QVERIFY(parsed.ok());
        const PlanRow &row = parsed.rows.first();
        QCOMPARE(row.offer.id, 101);
        QCOMPARE(row.trafficSource.kind, PlanReference::Kind::Clear);
        QCOMPARE(row.ringPool, (PlanReference{PlanReference::Kind::Id, 41, {}}));
    }

    void shouldReadTokenValuesAndNone()
    {
        const PlanFile::Parsed parsed = PlanFile::read(
            "id,token_values\n1,geo:800; age:>21\n2,none\n3,\n4,Geo:1\n", QStringLiteral("US"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.rows.size(), 4);
        QCOMPARE(parsed.rows.at(0).tokenValues,
                 std::optional<std::optional<QStringList>>(
                     QStringList{QStringLiteral("geo:800"), QStringLiteral("age:>21")}));
        QCOMPARE(parsed.rows.at(1).tokenValues,
                 std::optional<std::optional<QStringList>>(std::optional<QStringList>()));
        QVERIFY(!parsed.rows.at(2).tokenValues);
        QVERIFY(!parsed.rows.at(3).isValid());
        QCOMPARE(parsed.rows.at(3).invalidColumn, QStringLiteral("token_values"));
        QVERIFY(parsed.rows.at(3).invalidReason.startsWith(QStringLiteral("'Geo:1': ")));
    }

    void shouldReadActionsAndSayWhichCellIsInvalid()
    {
        const PlanFile::Parsed parsed = PlanFile::read(
            "id,number,action,offer\n1,,UNRENT,\n,+1 800 abc,,\n2,,move,\n3,,,none\n,,,5\n",
            QStringLiteral("US"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.rows.size(), 5);
        QVERIFY(parsed.rows.at(0).isValid());
        QCOMPARE(parsed.rows.at(0).action, PlanRow::Action::Unrent);
        QCOMPARE(parsed.rows.at(1).invalidColumn, QStringLiteral("number"));
        QCOMPARE(parsed.rows.at(2).invalidColumn, QStringLiteral("action"));
        QCOMPARE(parsed.rows.at(2).invalidReason,
                 QStringLiteral("'move' is no action: use update or unrent."));
        QCOMPARE(parsed.rows.at(3).invalidColumn, QStringLiteral("offer_id"));
        QCOMPARE(parsed.rows.at(4).invalidColumn, QStringLiteral("id"));
    }

    void shouldReadANumberInAnyWrittenFormAndASpreadsheetSafeCell()
    {
        const PlanFile::Parsed parsed = PlanFile::read(
            "number\n'+12126699604\n212.669.9604\n00 44 20 7946 0000\n", QStringLiteral("US"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.rows.size(), 3);
        QCOMPARE(parsed.rows.at(0).number, QStringLiteral("+12126699604"));
        QCOMPARE(parsed.rows.at(1).number, QStringLiteral("+12126699604"));
        QCOMPARE(parsed.rows.at(2).number, QStringLiteral("+442079460000"));
    }

    void shouldRefuseAFileWithoutIdOrNumberColumn()
    {
        const PlanFile::Parsed parsed = PlanFile::read("offer,pool\n1,2\n", QStringLiteral("US"));
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error.contains(QStringLiteral("neither an id nor a number")));
        QVERIFY(!PlanFile::read(QByteArray(), QStringLiteral("US")).ok());
    }
};

QTEST_GUILESS_MAIN(tst_PlanFile)
#include "tst_planfile.moc"
