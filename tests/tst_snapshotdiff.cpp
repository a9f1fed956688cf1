// SnapshotDiff: added, removed, and changed numbers with field, before and after.
#include "snapshotdiff.h"

#include <QJsonArray>
#include <QTest>

using namespace numdesk;

namespace {

PhoneNumber number(qint64 id)
{
    PhoneNumber n;
    n.id = id;
    n.number = QStringLiteral("+1415555%1").arg(id, 4, 10, QLatin1Char('0'));
    n.name = QStringLiteral("Line %1").arg(id);
    n.offerId = 100;
    n.ringPoolId = 40;
    n.tokenValues = {QStringLiteral("interest:auto")};
    n.lastCallAt = QStringLiteral("2026-12-01T10:00:00.000-05:00");
    n.present = ~0u;
    return n;
}

} // namespace

class TestSnapshotDiff : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindNothingBetweenEqualSnapshots()
    {
        const QList<PhoneNumber> rows{number(1), number(2)};
        QVERIFY(SnapshotDiff::compute(rows, rows).isEmpty());
    }

    void shouldListAddedRemovedAndChangedFieldsInIdOrder()
    {
        QList<PhoneNumber> from{number(3), number(1), number(2), number(5)};
        QList<PhoneNumber> to{number(1), number(2), number(4), number(5)};
        to[1].offerId = 101;
        to[1].name = QStringLiteral("Renamed");
        to[1].tokenValues = {QStringLiteral("interest:auto"), QStringLiteral("geo:tx")};
        to[3].ringPoolId = std::nullopt;
        to[0].lastCallAt = QStringLiteral("2026-12-03T10:00:00.000-05:00"); // not compared

        const QList<SnapshotChange> changes = SnapshotDiff::compute(from, to);
        QCOMPARE(changes.size(), 6);
        const auto changed = SnapshotChange::Kind::Changed;
        QCOMPARE(changes[0], (SnapshotChange{2, number(2).number, changed,
                                             QStringLiteral("offer_id"), 100, 101}));
        QCOMPARE(changes[1].field, QStringLiteral("token_values"));
        QCOMPARE(changes[1].before, QJsonValue(QJsonArray{QStringLiteral("interest:auto")}));
        QCOMPARE(SnapshotDiff::cellText(changes[1].after), QStringLiteral("interest:auto; geo:tx"));
        QCOMPARE(changes[2], (SnapshotChange{2, number(2).number, changed, QStringLiteral("name"),
                                             QStringLiteral("Line 2"), QStringLiteral("Renamed")}));
        QCOMPARE(changes[3],
                 (SnapshotChange{3, number(3).number, SnapshotChange::Kind::Removed, {}, {}, {}}));
        QCOMPARE(changes[4],
                 (SnapshotChange{4, number(4).number, SnapshotChange::Kind::Added, {}, {}, {}}));
        QCOMPARE(changes[5], (SnapshotChange{5, number(5).number, changed,
                                             QStringLiteral("ring_pool_id"), 40, QJsonValue()}));
        QCOMPARE(SnapshotDiff::kindKey(changes[5].kind), QStringLiteral("changed"));
        QCOMPARE(SnapshotDiff::cellText(changes[5].before), QStringLiteral("40"));
        QCOMPARE(SnapshotDiff::cellText(changes[5].after), QString());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
