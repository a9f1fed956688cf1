#include "tokenvalue.h"

#include <QTest>

using namespace numdesk;
using Op = TokenValue::Operator;

class tst_TokenValue : public QObject
{
    Q_OBJECT

private slots:
    void shouldParseTheSeedExamples_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("value");
        QTest::newRow("equal") << "interest:auto"
                               << "interest" << int(Op::Equal) << "auto";
        QTest::newRow(">=") << "loan_amount:>=10000"
                            << "loan_amount" << int(Op::GreaterOrEqual) << "10000";
        QTest::newRow("<=") << "loan_amount:<=50000"
                            << "loan_amount" << int(Op::LessOrEqual) << "50000";
        QTest::newRow("!=") << "geo:!=800"
                            << "geo" << int(Op::NotEqual) << "800";
        QTest::newRow(">") << "age:>21"
                           << "age" << int(Op::Greater) << "21";
        QTest::newRow("<") << "age:<65"
                           << "age" << int(Op::Less) << "65";
        QTest::newRow("colon in value") << "url:http://x"
                                        << "url" << int(Op::Equal) << "http://x";
    }
    void shouldParseTheSeedExamples()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(int, op);
        QFETCH(QString, value);
        const auto token = TokenValue::parse(text);
        QVERIFY(token.has_value());
        QCOMPARE(token->key, key);
        QCOMPARE(int(token->op), op);
        QCOMPARE(token->value, value);
        QCOMPARE(token->toString(), text);
    }

    void shouldRejectBadEntriesWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "  "
                               << "the entry is empty";
        QTest::newRow("no colon") << "interest"
                                  << "a ':' must separate the key from the value (key:value)";
        QTest::newRow("empty key") << ":auto"
                                   << "the key before ':' is empty";
        QTest::newRow("upper case") << "Interest:auto"
                                    << "the key may only contain a-z, 0-9 and _ (found 'I')";
        QTest::newRow("dash") << "loan-amount:5"
                              << "the key may only contain a-z, 0-9 and _ (found '-')";
        QTest::newRow("empty value") << "interest:"
                                     << "the value after ':' is empty";
        QTest::newRow("operator only") << "loan_amount:>="
                                       << "the value after the operator '>=' is empty";
    }
    void shouldRejectBadEntriesWithAReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!TokenValue::parse(text, &error).has_value());
        QCOMPARE(error, reason);
    }

    void shouldFindTheFirstInvalidEntry()
    {
        QString error;
        QCOMPARE(firstInvalidTokenValue({QStringLiteral("a:1"), QStringLiteral("b:2")}, &error),
                 -1);
        QCOMPARE(firstInvalidTokenValue(
                     {QStringLiteral("a:1"), QStringLiteral("B:2"), QStringLiteral("c")}, &error),
                 1);
        QCOMPARE(error, QStringLiteral("the key may only contain a-z, 0-9 and _ (found 'B')"));
    }
};

QTEST_GUILESS_MAIN(tst_TokenValue)
#include "tst_tokenvalue.moc"
