#include "csvwriter.h"

#include <QTest>

using numdesk::sandbox::CsvWriter;

class tst_SandboxCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteRfc4180RowsWithCrlf()
    {
        CsvWriter csv;
        csv.addRow({QStringLiteral("id"), QStringLiteral("name")});
        csv.addRow({QStringLiteral("1"), QStringLiteral("plain")});
        QCOMPARE(csv.data(), QByteArray("id,name\r\n1,plain\r\n"));
    }
    void shouldQuoteOnlyWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "abc"
                               << "abc";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\"";
        QTest::newRow("carriage return") << "a\rb"
                                         << "\"a\rb\"";
        QTest::newRow("leading space kept") << " a"
                                            << " a";
    }
    void shouldQuoteOnlyWhatNeedsIt()
    {
        QFETCH(QString, field);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::quoted(field), written);
    }
    void shouldWriteUtf8()
    {
        CsvWriter csv;
        csv.addRow({QStringLiteral("Müller & Söhne, \"VIP\" línea")});
        QCOMPARE(csv.data(),
                 QByteArray("\"M\xc3\xbcller & S\xc3\xb6hne, \"\"VIP\"\" l\xc3\xadnea\"\r\n"));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxCsvWriter)
#include "tst_sandboxcsvwriter.moc"
