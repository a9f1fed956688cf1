#include "rawqueryparser.h"

#include <QTest>

using numdesk::sandbox::QueryItems;
using numdesk::sandbox::RawQueryParser;

class tst_SandboxRawQueryParser : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadRawPlusAsSpaceLikeRails()
    {
        const QueryItems items = RawQueryParser::parse("number=+441224980000&a=b+c");
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).second, QStringLiteral(" 441224980000"));
        QCOMPARE(items.at(1).second, QStringLiteral("b c"));
    }
    void shouldReadEncodedPlusAsPlus()
    {
        QCOMPARE(RawQueryParser::parse("number=%2B441224980000").at(0).second,
                 QStringLiteral("+441224980000"));
    }
    void shouldDecodeUtf8AndDelimiters()
    {
        const QueryItems items = RawQueryParser::parse("q=M%C3%BCller%20%26%20S%C3%B6hne%3D1");
        QCOMPARE(items.at(0).second, QStringLiteral("Müller & Söhne=1"));
    }
    void shouldKeepEmptyAndValuelessKeysAndSkipEmptyPairs()
    {
        const QueryItems items = RawQueryParser::parse("&a=&b&&=x&c=1=2");
        const QueryItems expected = {{QStringLiteral("a"), QString()},
                                     {QStringLiteral("b"), QString()},
                                     {QStringLiteral("c"), QStringLiteral("1=2")}};
        QCOMPARE(items, expected);
    }
    void shouldReturnTheLastValueOfARepeatedKey()
    {
        const QueryItems items = RawQueryParser::parse("page=1&page=3");
        bool found = false;
        QCOMPARE(RawQueryParser::value(items, QStringLiteral("page"), &found), QStringLiteral("3"));
        QVERIFY(found);
        QCOMPARE(RawQueryParser::value(items, QStringLiteral("nope"), &found), QString());
        QVERIFY(!found);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxRawQueryParser)
#include "tst_sandboxrawqueryparser.moc"
