#include "csvrowwriter.h"

#include <QTest>

using namespace numdesk;

class tst_CsvRowWriter : public QObject
{
    Q_OBJECT

private slots:
    void shouldLeavePlainCellsUnquotedAndEndRowsWithCrLf()
    {
        const CsvRowWriter writer;
        QCOMPARE(writer.encodeRow({"a", "+18005002562", "", "x y"}),
                 QByteArray("a,+18005002562,,x y\r\n"));
    }

    void shouldQuoteCommasQuotesCrAndLf_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("comma") << "a,b" << QByteArray("\"a,b\"\r\n");
        QTest::newRow("quote") << "say \"hi\"" << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("lf") << "a\nb" << QByteArray("\"a\nb\"\r\n");
        QTest::newRow("cr") << "a\rb" << QByteArray("\"a\rb\"\r\n");
        QTest::newRow("lone quote") << "\"" << QByteArray("\"\"\"\"\r\n");
        QTest::newRow("semicolon stays") << "a; b" << QByteArray("a; b\r\n");
    }

    void shouldQuoteCommasQuotesCrAndLf()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, encoded);
        QCOMPARE(CsvRowWriter().encodeRow({cell}), encoded);
    }

    void shouldWriteUtf8WithoutBomByDefault()
    {
        const CsvRowWriter writer;
        QCOMPARE(writer.preamble(), QByteArray());
        QCOMPARE(writer.encodeRow({QStringLiteral("Müller – 日本")}),
                 QByteArray("M\xC3\xBCller \xE2\x80\x93 \xE6\x97\xA5\xE6\x9C\xAC\r\n"));
        CsvRowWriter::Options options;
        options.byteOrderMark = true;
        QCOMPARE(CsvRowWriter(options).preamble(), QByteArray("\xEF\xBB\xBF"));
    }

    void shouldNeutralizeFormulasOnlyWhenSpreadsheetSafe()
    {
        const QStringList cells{"=SUM(A1)", "+18005002562", "-5", "@cmd", "\tx", "plain", "a=b"};
        QCOMPARE(CsvRowWriter().encodeRow(cells),
                 QByteArray("=SUM(A1),+18005002562,-5,@cmd,\tx,plain,a=b\r\n"));
        CsvRowWriter::Options options;
        options.spreadsheetSafe = true;
        QCOMPARE(CsvRowWriter(options).encodeRow(cells),
                 QByteArray("'=SUM(A1),'+18005002562,'-5,'@cmd,'\tx,plain,a=b\r\n"));
        // A neutralized cell that also needs quotes gets both.
        QCOMPARE(CsvRowWriter(options).encodeRow({"\rx"}), QByteArray("\"'\rx\"\r\n"));
    }

    // Cells long enough to be checked 16 characters at a time: every ASCII character that is
    // copied as it is, at every place, and each character that is not (quoted, dropped or not
    // ASCII) at every place. The same bytes as an encoding made character by character.
    void shouldEncodeLongCellsAsCharacterByCharacter()
    {
        QString plain;
        for (char16_t c = 1; c < 0x80; ++c) {
            if (c != u',' && c != u'"' && c != u'\r' && c != u'\n')
                plain.append(QChar(c));
        }
        const auto expected = [](QString cell) {
            cell.remove(QChar(0));
            if (CsvRowWriter::needsQuotes(cell))
                cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                       QLatin1Char('"');
            return cell.toUtf8();
        };
        const CsvRowWriter writer;
        for (qsizetype from = 0; from < plain.size(); ++from) {
            const QString cell = (plain + plain).mid(from, 40);
            QCOMPARE(writer.encodeRow({cell, cell}),
                     cell.toLatin1() + ',' + cell.toLatin1() + "\r\n");
        }
        const char16_t refused[] = {u',',  u'"',   u'\r',  u'\n',  u'\0',  0x80,  0xFC,
                                    0x100, 0x260E, 0x7FFF, 0x8000, 0xD83D, 0xFFFF};
        for (const qsizetype length : {15, 16, 17, 31, 32, 33, 40}) {
            for (qsizetype at = 0; at < length; ++at) {
                for (const char16_t c : refused) {
                    QString cell = plain.mid(at, length);
                    cell[at] = QChar(c);
                    qint64 dropped = 0;
                    QCOMPARE(writer.encodeRow({cell, cell}, &dropped),
                             expected(cell) + ',' + expected(cell) + "\r\n");
                    QCOMPARE(dropped, qint64(c == 0 ? 2 : 0));
                }
            }
        }
    }

    void shouldWriteEmptyRowAsEmptyLine()
    {
        QCOMPARE(CsvRowWriter().encodeRow({}), QByteArray("\r\n"));
        QCOMPARE(CsvRowWriter().encodeRow({"", ""}), QByteArray(",\r\n"));
    }

    // Issue 19.7: text stays as the server sent it, but NUL is never written (and counted).
    void shouldDropNulAndCountIt()
    {
        const CsvRowWriter writer;
        qint64 dropped = 0;
        QCOMPARE(writer.encodeRow({QStringLiteral("a") + QChar(0) + QStringLiteral("b\x1b[2J"),
                                   QString(2, QChar(0))},
                                  &dropped),
                 QByteArray("ab\x1b[2J,\r\n"));
        QCOMPARE(dropped, qint64(3));
        QCOMPARE(writer.encodeRow({QStringLiteral("plain")}, &dropped), QByteArray("plain\r\n"));
        QCOMPARE(dropped, qint64(3));
        // A NUL before '=' hides no formula from the spreadsheet-safe form (fuzz_csvwriter).
        CsvRowWriter::Options safe;
        safe.spreadsheetSafe = true;
        QCOMPARE(
            CsvRowWriter(safe).encodeRow({QString(QChar(0)) + QStringLiteral("=1+2")}, &dropped),
            QByteArray("'=1+2\r\n"));
        QCOMPARE(dropped, qint64(4));
    }
};

QTEST_GUILESS_MAIN(tst_CsvRowWriter)
#include "tst_csvrowwriter.moc"
