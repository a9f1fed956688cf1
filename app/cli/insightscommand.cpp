#include "insightscommand.h"

#include "csvrowwriter.h"
#include "exitcode.h"
#include "inventoryaccess.h"
#include "preferences.h"
#include "terminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace numdesk::cli {

namespace {

QJsonValue costValue(const std::optional<double> &cost)
{
    return cost ? QJsonValue(*cost) : QJsonValue();
}

QString costText(const std::optional<double> &cost)
{
    return cost ? QString::number(*cost, 'f', 2) : QString();
}

} // namespace

QString InsightsCommand::synopsis() const
{
    return tr("insights [--snapshot ID] [--by offer|traffic_source|ring_pool|provider|country|"
              "type] [--idle-days N] [--format table|csv|json]");
}

QString InsightsCommand::description() const
{
    return tr("Counts the numbers of a snapshot (default: the latest) by offer (default), "
              "traffic source, number pool, provider, country, type (local or toll-free) or "
              "created month, with names; and how many are idle: never called, or last called "
              "more than N days (default 90) before the snapshot was taken. With monthly prices "
              "in Preferences, says what each group costs a month. Every number is in exactly one "
              "group; numbers without an offer (pool, …) are the group with an empty key.");
}

void InsightsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("snapshot"), tr("The snapshot (default: the latest)."), tr("ID")},
        {QStringLiteral("by"),
         tr("offer (default), traffic_source, ring_pool, provider, country, type or "
            "created_month."),
         tr("DIMENSION")},
        {QStringLiteral("idle-days"),
         tr("Idle: no call for more than N days before the snapshot (default 90)."), tr("N")},
        {QStringLiteral("format"), tr("table (default), csv or json."), tr("FORMAT")},
    });
}

bool InsightsCommand::read(const QCommandLineParser &parser, QString *error)
{
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument '%1'.").arg(parser.positionalArguments().first());
        return false;
    }
    if (parser.isSet(QStringLiteral("snapshot"))) {
        m_snapshot = InventoryAccess::readSnapshotId(
            QStringLiteral("snapshot"), parser.value(QStringLiteral("snapshot")), error);
        if (!m_snapshot)
            return false;
    }
    if (parser.isSet(QStringLiteral("by"))) {
        const QString by = parser.value(QStringLiteral("by"));
        const auto dimension = InventoryInsights::dimensionFromKey(by);
        if (!dimension) {
            *error = tr("--by must be one of %1 (found '%2').")
                         .arg(InventoryInsights::dimensionKeys().join(QStringLiteral(", ")), by);
            return false;
        }
        m_by = *dimension;
    }
    if (parser.isSet(QStringLiteral("idle-days"))) {
        const auto days =
            InventoryAccess::readDays(parser.value(QStringLiteral("idle-days")), error);
        if (!days)
            return false;
        m_idleDays = *days;
    }
    const QString format = parser.value(QStringLiteral("format"));
    const auto parsed =
        OutputFormatter::formatFromName(format.isEmpty() ? QStringLiteral("table") : format);
    if (!parsed) {
        *error = tr("--format must be table, csv or json (found '%1').").arg(format);
        return false;
    }
    m_format = *parsed;
    return true;
}

int InsightsCommand::run(const CommandContext &context)
{
    Terminal &terminal = *context.terminal;
    SnapshotStore store;
    QString error;
    if (!InventoryAccess::open(context, &store, &error)) {
        terminal.err(tr("Cannot open the snapshots: %1\n").arg(error));
        return ApiFailure;
    }
    const std::optional<SnapshotInfo> info = InventoryAccess::pick(store, m_snapshot, &error);
    if (!info) {
        terminal.err(error + QLatin1Char('\n'));
        return UsageError;
    }
    const MonthlyPrices prices =
        context.preferences ? context.preferences->monthlyPrices : MonthlyPrices();
    // Counted by the store from each row version's facets: no record is read.
    const std::optional<InsightReport> counted =
        InventoryInsights::ofSnapshot(&store, *info, m_by, m_idleDays, prices, &error);
    if (!counted) {
        terminal.err(tr("Cannot read the snapshots: %1\n").arg(error));
        return ApiFailure;
    }
    const InsightReport &report = *counted;

    switch (m_format) {
    case OutputFormatter::Format::Json: {
        QJsonArray groups;
        for (const InsightGroup &group : report.groups)
            groups.append(QJsonObject{
                {QStringLiteral("key"), group.key},
                {QStringLiteral("name"), group.name},
                {QStringLiteral("count"), group.count},
                {QStringLiteral("idle"), group.idle},
                {QStringLiteral("never_called"), group.neverCalled},
                {QStringLiteral("monthly_cost"), costValue(group.monthlyCost)},
                {QStringLiteral("idle_monthly_cost"), costValue(group.idleMonthlyCost)}});
        const QJsonObject object{
            {QStringLiteral("snapshot"), info->id},
            {QStringLiteral("taken_at"), InventoryAccess::timeText(info->takenAt)},
            {QStringLiteral("verified"), info->verified},
            {QStringLiteral("by"), InventoryInsights::dimensionKey(m_by)},
            {QStringLiteral("idle_days"), m_idleDays},
            {QStringLiteral("total"), report.total},
            {QStringLiteral("idle"), report.idle},
            {QStringLiteral("never_called"), report.neverCalled},
            {QStringLiteral("monthly_cost"), costValue(report.monthlyCost)},
            {QStringLiteral("idle_monthly_cost"), costValue(report.idleMonthlyCost)},
            {QStringLiteral("groups"), groups}};
        terminal.outBytes(QJsonDocument(object).toJson(QJsonDocument::Indented));
        break;
    }
    case OutputFormatter::Format::Csv: {
        const CsvRowWriter writer;
        QByteArray out = writer.encodeRow(
            {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("count"),
             QStringLiteral("idle"), QStringLiteral("never_called"), QStringLiteral("monthly_cost"),
             QStringLiteral("idle_monthly_cost")});
        for (const InsightGroup &group : report.groups)
            out +=
                writer.encodeRow({group.key, group.name, QString::number(group.count),
                                  QString::number(group.idle), QString::number(group.neverCalled),
                                  costText(group.monthlyCost), costText(group.idleMonthlyCost)});
        terminal.outBytes(out);
        break;
    }
    case OutputFormatter::Format::Table: {
        const QLocale locale;
        terminal.out(InventoryAccess::describe(*info) + QLatin1Char('\n'));
        //: "Idle: 212 (never called, or no call in the 90 days before the snapshot); never
        //: called: 80"
        terminal.out(tr("Idle: %1 (never called, or no call in the %2 days before the snapshot); "
                        "never called: %3")
                         .arg(locale.toString(report.idle))
                         .arg(m_idleDays)
                         .arg(locale.toString(report.neverCalled)) +
                     QLatin1Char('\n'));
        if (report.monthlyCost)
            terminal.out(tr("Monthly cost %1; idle numbers cost %2 a month")
                             .arg(costText(report.monthlyCost),
                                  costText(report.idleMonthlyCost.value_or(0.0))) +
                         QLatin1Char('\n'));
        else
            terminal.out(tr("No prices set: set monthly prices in Preferences to see cost.") +
                         QLatin1Char('\n'));
        terminal.out(QStringLiteral("\n"));
        QList<QStringList> rows{{tr("Key"), tr("Name"), tr("Numbers"), tr("Idle"),
                                 tr("Never called"), tr("Monthly cost")}};
        for (const InsightGroup &group : report.groups)
            rows.append({group.key.isEmpty() ? tr("(none)") : group.key, group.name,
                         locale.toString(group.count), locale.toString(group.idle),
                         locale.toString(group.neverCalled), costText(group.monthlyCost)});
        terminal.outBytes(OutputFormatter::textTable(rows));
        break;
    }
    }
    if (!info->verified)
        terminal.err(tr("Note: this snapshot is not verified; its numbers may miss or repeat "
                        "some.\n"));
    return Success;
}

} // namespace numdesk::cli
