// TextBlock: the texts of a record made in one allocation must be QStrings like any other —
// equal to what QString::fromUtf8 makes of the same bytes (null and empty told apart), ending in
// '\0', each changed on its own, and alive as long as any of them is.
#include "textblock.h"

#include <QRandomGenerator>
#include <QTest>

#include <string>
#include <vector>

using namespace numdesk;

namespace {

QString fromUtf8(const std::string &bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

// Equal, null or not alike, and ending in '\0' as QString::utf16() promises.
bool same(const QString &made, const QString &expected)
{
    return made == expected && made.isNull() == expected.isNull() &&
           made.utf16()[made.size()] == u'\0';
}

// "first", "second" and "third", made in one block.
void makeThree(QString *a, QString *b, QString *c)
{
    TextBlock block;
    block.add("first", a);
    block.add("second", b);
    block.add("third", c);
    block.finish();
}

} // namespace

class tst_TextBlock : public QObject
{
    Q_OBJECT

private slots:
    void shouldMakeAsciiTextsInOneAllocation()
    {
        const std::vector<std::string> bytes = {"+18005002562", "2024-12-05T00:09:22.201+00:00",
                                                "d1d37dac-9a42-46c5-a75e-7eb098501046", "x"};
        std::vector<QString> texts(bytes.size());
        QString copy;
        TextBlock block;
        for (size_t i = 0; i < bytes.size(); ++i)
            block.add(bytes[i], &texts[i], i == 1 ? &copy : nullptr);
        QVERIFY(!block.isEmpty());
        block.finish();
        QVERIFY(block.isEmpty());
        for (size_t i = 0; i < bytes.size(); ++i)
            QVERIFY2(same(texts[i], fromUtf8(bytes[i])), bytes[i].c_str());
        QVERIFY(same(copy, texts[1]));
        // One allocation shared by all of them (that is the point of the class).
        for (const QString &text : texts)
            QCOMPARE(text.data_ptr().d, texts.front().data_ptr().d);
    }

    void shouldMakeOtherTextsAsFromUtf8Does_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("umlaut") << QByteArray("M\xC3\xBCller & S\xC3\xB6hne");
        QTest::newRow("not ASCII after 16") << QByteArray("0123456789abcdef\xE2\x98\x8E");
        QTest::newRow("not ASCII at 16") << QByteArray("0123456789abcdef\xC3\xBC"
                                                       "0123");
        QTest::newRow("leading BOM (fromUtf8 drops it)") << QByteArray("\xEF\xBB\xBF"
                                                                       "abc");
        QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80");
        QTest::newRow("NUL inside") << QByteArray("a\0b", 3);
    }

    void shouldMakeOtherTextsAsFromUtf8Does()
    {
        QFETCH(QByteArray, bytes);
        const std::string text(bytes.constData(), size_t(bytes.size()));
        QString before, made, after;
        TextBlock block;
        block.add("before", &before);
        block.add(text, &made);
        block.add("after", &after);
        block.finish();
        QVERIFY(same(made, fromUtf8(text)));
        QVERIFY(same(before, QStringLiteral("before")));
        QVERIFY(same(after, QStringLiteral("after")));
    }

    void shouldChangeEachTextOnItsOwn()
    {
        QString a, b, c;
        makeThree(&a, &b, &c);
        a.append(QStringLiteral(" and more, longer than the rest of the block put together"));
        b[0] = QLatin1Char('S');
        c.resize(2);
        c.squeeze();
        QVERIFY(same(a, QStringLiteral("first and more, longer than the rest of the block put "
                                       "together")));
        QVERIFY(same(b, QStringLiteral("Second")));
        QVERIFY(same(c, QStringLiteral("th")));
    }

    void shouldOutliveTheBlockAndTheOtherTexts()
    {
        QString kept;
        {
            QString a, b, c;
            makeThree(&a, &b, &c);
            kept = b;
        }
        // The block's last user: it may grow in place, over the others' old room.
        QVERIFY(same(kept, QStringLiteral("second")));
        kept.append(QStringLiteral("-grown"));
        kept.prepend(QStringLiteral("pre-"));
        QVERIFY(same(kept, QStringLiteral("pre-second-grown")));
    }

    void shouldForgetWhatIsClearedUnset()
    {
        QString target = QStringLiteral("unchanged");
        TextBlock block;
        block.add("new", &target);
        block.clear();
        block.finish();
        QCOMPARE(target, QStringLiteral("unchanged"));
    }

    void shouldMatchFromUtf8OnRandomTexts()
    {
        QRandomGenerator random(20261205);
        const char *pieces[] = {"a",
                                "Z",
                                "0",
                                " ",
                                "\t",
                                "~",
                                "\x7F",
                                "\xC3\xBC",
                                "\xE2\x98\x8E",
                                "\xF0\x9F\x98\x80",
                                "\xEF\xBB\xBF"};
        for (int round = 0; round < 500; ++round) {
            std::vector<std::string> bytes(size_t(random.bounded(1, 20)));
            for (std::string &text : bytes) {
                const int length = random.bounded(0, 50);
                const bool ascii = random.bounded(3) != 0;
                for (int i = 0; i < length; ++i)
                    text += pieces[random.bounded(ascii ? 7 : int(std::size(pieces)))];
            }
            std::vector<QString> texts(bytes.size());
            TextBlock block;
            for (size_t i = 0; i < bytes.size(); ++i)
                block.add(bytes[i], &texts[i]);
            block.finish();
            for (size_t i = 0; i < bytes.size(); ++i)
                QVERIFY2(same(texts[i], fromUtf8(bytes[i])), bytes[i].c_str());
        }
    }
};

QTEST_GUILESS_MAIN(tst_TextBlock)
#include "tst_textblock.moc"
