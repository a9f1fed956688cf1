// The Insights dock (issue 15) over a snapshot file: the latest snapshot counted by a dimension,
// idle numbers and their cost, a sortable table and a bar chart; a snapshot whose read was not
// verified says so; no snapshot says what to do.
#include "dialogtesthelpers.h"
#include "insightspanel.h"
#include "snapshotstore.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace numdesk;

namespace {

const QDateTime kTakenAt =
    QDateTime::fromString(QStringLiteral("2026-12-03T12:00:00.000Z"), Qt::ISODateWithMs);

// As the API sends it (what a snapshot keeps is the record's JSON).
PhoneNumber number(qint64 id, const QString &e164, const QString &country,
                   std::optional<qint64> offer, const QString &lastCallAt)
{
    QJsonObject json{{"id", id},
                     {"number", e164},
                     {"country", country},
                     {"created_at", QStringLiteral("2025-01-10T08:00:00.000-05:00")}};
    json.insert(QStringLiteral("offer_id"), offer ? QJsonValue(*offer) : QJsonValue());
    json.insert(QStringLiteral("last_call_at"),
                lastCallAt.isEmpty() ? QJsonValue() : QJsonValue(lastCallAt));
    return PhoneNumber::fromJson(json).value();
}

// Offer 100 "Auto": four numbers, two idle (one never called); offer 101 "Home": two, one idle;
// one number without offer, recently called.
QList<PhoneNumber> sample()
{
    const QString recent = QStringLiteral("2026-12-01T10:00:00.000Z");
    const QString old = QStringLiteral("2026-06-01T10:00:00.000Z");
    return {
        number(1, QStringLiteral("+12025550101"), QStringLiteral("US"), 100, recent),
        number(2, QStringLiteral("+12025550102"), QStringLiteral("US"), 100, recent),
        number(3, QStringLiteral("+12025550103"), QStringLiteral("US"), 100, old),
        number(4, QStringLiteral("+18005550104"), QStringLiteral("US"), 100, QString()),
        number(5, QStringLiteral("+442079460105"), QStringLiteral("GB"), 101, old),
        number(6, QStringLiteral("+442079460106"), QStringLiteral("GB"), 101, recent),
        number(7, QStringLiteral("+12025550107"), QStringLiteral("US"), std::nullopt, recent),
    };
}

} // namespace

class tst_InsightsPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString storeWith(const QString &name, bool verified)
    {
        const QString path = m_dir.filePath(name);
        SnapshotStore store;
        QString error;
        if (!store.open(path, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        const std::optional<qint64> id = store.begin(kTakenAt);
        SnapshotNames names;
        names[QStringLiteral("offer_id")] = {{100, QStringLiteral("Auto")},
                                             {101, QStringLiteral("Home")}};
        if (!id || !store.addRows(*id, sample()) || !store.setNames(*id, names) ||
            !store.finish(*id, verified, 30)) {
            qWarning("%s", qPrintable(store.lastError()));
            return {};
        }
        return path;
    }

    static QStringList column(const QStandardItemModel *model, int column)
    {
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row)
            texts << model->index(row, column).data().toString();
        return texts;
    }

private slots:
    void initTestCase() { QVERIFY(numdesk::test::installEnglishPlurals()); }

    void shouldAskForTheSnapshotViewOfAGroupAnIdleBucketOrABar()
    {
        const QString path = storeWith(QStringLiteral("view.sqlite"), true);
        QVERIFY(!path.isEmpty());
        InsightsPanel panel;
        panel.resize(1000, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy asked(&panel, &InsightsPanel::snapshotViewRequested);
        panel.setStore(path, {});
        QTRY_VERIFY(!panel.isLoading());
        const qint64 snapshot = panel.shownSnapshot()->id;
        const auto scopeOf = [&](int i) { return asked.at(i).at(1).value<SnapshotScope>(); };
        QTableView *table = panel.table();
        // Sorted by name descending first: rows are found by what they show, not where.
        table->sortByColumn(InsightsPanel::NameColumn, Qt::DescendingOrder);
        const auto rowOf = [&](const QString &name) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, 0).data().toString() == name)
                    return row;
            }
            return -1;
        };
        const auto click = [&](int row, int column) {
            const QModelIndex cell = table->model()->index(row, column);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(cell).center());
        };
        click(rowOf(QStringLiteral("Home")), InsightsPanel::CountColumn); // the whole group
        click(rowOf(QStringLiteral("Auto")), InsightsPanel::IdleColumn);  // its idle bucket
        click(rowOf(QStringLiteral("Auto")), InsightsPanel::NeverCalledColumn);
        click(rowOf(QStringLiteral("(none)")), InsightsPanel::NameColumn);
        QCOMPARE(asked.size(), 4);
        QCOMPARE(asked.at(0).at(0).toLongLong(), snapshot);
        QCOMPARE(scopeOf(0).by, InventoryInsights::Dimension::Offer);
        QCOMPARE(scopeOf(0).key, QStringLiteral("101"));
        QCOMPARE(scopeOf(0).idleDays, 0);
        QCOMPARE(asked.at(0).at(2).toString(), QStringLiteral("Offer: Home"));
        QCOMPARE(scopeOf(1).key, QStringLiteral("100"));
        QCOMPARE(scopeOf(1).idleDays, 90);
        QCOMPARE(asked.at(1).at(2).toString(), QStringLiteral("Offer: Auto, idle for 90 days"));
        QVERIFY(scopeOf(2).neverCalled);
        QCOMPARE(asked.at(2).at(2).toString(), QStringLiteral("Offer: Auto, never called"));
        QCOMPARE(scopeOf(3).key, QString());
        QCOMPARE(asked.at(3).at(2).toString(), QStringLiteral("Offer: (none)"));

        // The bars: the largest group is at the top, its idle part is the second set.
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(
            panel.chartView()->chart()->series().first());
        QVERIFY(series);
        const int top = int(series->barSets().at(1)->count()) - 1;
        emit series->barSets().at(1)->clicked(top);
        QCOMPARE(scopeOf(4).key, QStringLiteral("100"));
        QCOMPARE(scopeOf(4).idleDays, 90);
        emit series->barSets().at(0)->clicked(0); // the smallest group, at the bottom
        QCOMPARE(scopeOf(5).key, QString());
        QCOMPARE(scopeOf(5).idleDays, 0);

        // The summary's counts are links: every idle number, every never-called one.
        auto *summary = panel.findChild<QLabel *>(QString(), Qt::FindChildrenRecursively);
        QVERIFY(summary);
        for (QLabel *label : panel.findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("href=\"idle\"")))
                summary = label;
        }
        emit summary->linkActivated(QStringLiteral("idle"));
        QVERIFY(!scopeOf(6).by);
        QCOMPARE(scopeOf(6).idleDays, 90);
        QCOMPARE(asked.at(6).at(2).toString(), QStringLiteral("idle for 90 days"));
        emit summary->linkActivated(QStringLiteral("never"));
        QVERIFY(scopeOf(7).neverCalled);
    }

    void shouldCountTheLatestSnapshotWithIdleNumbersInATableAndAChart()
    {
        const QString path = storeWith(QStringLiteral("verified.sqlite"), true);
        QVERIFY(!path.isEmpty());
        InsightsPanel panel;
        panel.resize(1000, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy prices(&panel, &InsightsPanel::pricesRequested);
        panel.setStore(path, {});
        QTRY_VERIFY(!panel.isLoading());
        QVERIFY2(panel.headerText().startsWith(QStringLiteral("Snapshot of ")),
                 qPrintable(panel.headerText()));
        QVERIFY2(panel.headerText().endsWith(QStringLiteral(" — 7 numbers")),
                 qPrintable(panel.headerText()));
        // Idle: no call in 90 days before the snapshot (3, 4 and 5); 4 was never called.
        QVERIFY2(panel.summaryText().startsWith(
                     QStringLiteral("3 of 7 numbers idle (no call in 90 days), 1 never called.")),
                 qPrintable(panel.summaryText()));
        QVERIFY(panel.summaryText().contains(QStringLiteral("Set prices to see cost")));

        // By offer, most numbers first, names as the snapshot kept them.
        const QStandardItemModel *model = panel.groupModel();
        QCOMPARE(column(model, InsightsPanel::NameColumn), (QStringList{"Auto", "Home", "(none)"}));
        QCOMPARE(column(model, InsightsPanel::CountColumn), (QStringList{"4", "2", "1"}));
        QCOMPARE(column(model, InsightsPanel::IdleColumn), (QStringList{"2", "1", "0"}));
        QCOMPARE(column(model, InsightsPanel::NeverCalledColumn), (QStringList{"1", "0", "0"}));
        QVERIFY(panel.table()->isColumnHidden(InsightsPanel::CostColumn));

        // The chart: the groups, largest at the top, idle and called recently stacked.
        QChart *chart = panel.chartView()->chart();
        QCOMPARE(chart->series().size(), 1);
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().first());
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 2);
        QCOMPARE(series->barSets().at(1)->label(), QStringLiteral("Idle"));
        QCOMPARE(series->barSets().at(1)->at(2), 2.0); // Auto, drawn last = at the top
        QCOMPARE(series->barSets().at(0)->at(2), 2.0);
        auto *names = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
        QVERIFY(names);
        QCOMPARE(names->categories(), (QStringList{"(none)", "Home", "Auto"}));
        QVERIFY(numdesk::test::saveScreenshot(&panel, QStringLiteral("insights.png")));

        // Sortable on any column, numbers as numbers.
        panel.table()->sortByColumn(InsightsPanel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(column(model, InsightsPanel::NameColumn), (QStringList{"(none)", "Auto", "Home"}));

        // Another dimension, and idle days typed by the user.
        QComboBox *by = panel.groupByCombo();
        by->setCurrentIndex(by->findText(QStringLiteral("Country")));
        QTRY_VERIFY(!panel.isLoading());
        QCOMPARE(model->rowCount(), 2);
        QLineEdit *days = panel.idleDaysCombo()->lineEdit();
        days->selectAll();
        QTest::keyClicks(days, QStringLiteral("365"));
        QTest::keyClick(days, Qt::Key_Return);
        QTRY_VERIFY(!panel.isLoading());
        QTRY_VERIFY2(panel.summaryText().startsWith(QStringLiteral(
                         "1 of 7 numbers idle (no call in 365 days), 1 never called.")),
                     qPrintable(panel.summaryText()));

        // The link asks for prices.
        QLabel *summary = nullptr;
        for (QLabel *label : panel.findChildren<QLabel *>()) {
            if (label->accessibleName() == QStringLiteral("Idle numbers"))
                summary = label;
        }
        QVERIFY(summary);
        QVERIFY(QMetaObject::invokeMethod(summary, "linkActivated",
                                          Q_ARG(QString, QStringLiteral("prices"))));
        QCOMPARE(prices.size(), 1);
    }

    void shouldShowCostWhenPricesAreSet()
    {
        const QString path = storeWith(QStringLiteral("prices.sqlite"), true);
        QVERIFY(!path.isEmpty());
        InsightsPanel panel;
        MonthlyPrices prices;
        prices.insert(QStringLiteral("US/local"), 1.5);
        prices.insert(QStringLiteral("US/toll_free"), 3);
        prices.insert(QStringLiteral("GB/local"), 2);
        panel.setStore(path, prices);
        QTRY_VERIFY(!panel.isLoading());
        // Idle: 3 (US local 1.50), 4 (US toll-free 3.00), 5 (GB 2.00); all: 4 × 1.50 + 3 + 2 × 2.
        QVERIFY2(panel.summaryText().contains(
                     QStringLiteral("Idle numbers cost 6.50 per month (all numbers: 13.00).")),
                 qPrintable(panel.summaryText()));
        QVERIFY(!panel.summaryText().contains(QStringLiteral("Set prices")));
        QCOMPARE(column(panel.groupModel(), InsightsPanel::CostColumn),
                 (QStringList{"7.50", "4.00", "1.50"}));
        QCOMPARE(column(panel.groupModel(), InsightsPanel::IdleCostColumn),
                 (QStringList{"4.50", "2.00", "0.00"}));
        QVERIFY(!panel.table()->isColumnHidden(InsightsPanel::CostColumn));
    }

    void shouldSayASnapshotWasNotVerified()
    {
        const QString path = storeWith(QStringLiteral("unverified.sqlite"), false);
        QVERIFY(!path.isEmpty());
        InsightsPanel panel;
        panel.setStore(path, {});
        QTRY_VERIFY(!panel.isLoading());
        QVERIFY2(panel.headerText().contains(QStringLiteral("not verified")),
                 qPrintable(panel.headerText()));
    }

    void shouldSayHowToGetASnapshotWhenThereIsNone()
    {
        InsightsPanel panel;
        QSignalSpy take(&panel, &InsightsPanel::takeSnapshotRequested);
        panel.setStore(m_dir.filePath(QStringLiteral("empty.sqlite")), {});
        QTRY_VERIFY(!panel.isLoading());
        QVERIFY2(panel.headerText().startsWith(QStringLiteral("No snapshot of this account yet.")),
                 qPrintable(panel.headerText()));
        QCOMPARE(panel.groupModel()->rowCount(), 0);
        QVERIFY(panel.chartView()->chart()->series().isEmpty());
        QTest::mouseClick(panel.takeSnapshotButton(), Qt::LeftButton);
        QCOMPARE(take.size(), 1);
    }
};

QTEST_MAIN(tst_InsightsPanel)
#include "tst_insightspanel.moc"
