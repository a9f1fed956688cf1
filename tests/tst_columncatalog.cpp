#include "columncatalog.h"

#include <QTest>

using namespace numdesk;

class tst_ColumnCatalog : public QObject
{
    Q_OBJECT

private slots:
    void shouldLabelEveryDocumentedColumn()
    {
        for (const QString &key : columns::all()) {
            QVERIFY2(columns::isKnown(key), qPrintable(key));
            QVERIFY2(columns::label(key) != key, qPrintable(key));
        }
        QCOMPARE(columns::label(QStringLiteral("offer_id")), QStringLiteral("Offer"));
        QCOMPARE(columns::label(QStringLiteral("last_call_at")), QStringLiteral("Last Call"));
        QCOMPARE(columns::label(QStringLiteral("unknown_key")), QStringLiteral("unknown_key"));
    }

    void shouldKnowEachColumnsKind()
    {
        QCOMPARE(columns::kind(QStringLiteral("ring_pool_id")), columns::Kind::Reference);
        QCOMPARE(columns::kind(QStringLiteral("created_at")), columns::Kind::Timestamp);
        QCOMPARE(columns::kind(QStringLiteral("token_values")), columns::Kind::Tokens);
        QCOMPARE(columns::kind(QStringLiteral("country")), columns::Kind::Country);
        QCOMPARE(columns::kind(QStringLiteral("id")), columns::Kind::Integer);
    }

    void shouldShowKnownColumnsByDefault()
    {
        const QStringList visible = columns::defaultVisible();
        QCOMPARE(visible.first(), QStringLiteral("number"));
        for (const QString &key : visible)
            QVERIFY(columns::isKnown(key));
    }
};

QTEST_GUILESS_MAIN(tst_ColumnCatalog)
#include "tst_columncatalog.moc"
