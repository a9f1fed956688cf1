#pragma once

#include "command.h"
#include "inventoryinsights.h"
#include "outputformatter.h"

#include <optional>

namespace numdesk::cli {

// insights [--snapshot ID] [--by offer|traffic_source|ring_pool|provider|country|type]
//          [--idle-days N] [--format table|csv|json]: a snapshot's numbers counted by one
// dimension, with names, idle and never-called numbers and the monthly cost (Preferences'
// prices). Defaults: the latest snapshot, by offer, 90 days, a table.
class InsightsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::InsightsCommand)

public:
    QString name() const override { return QStringLiteral("insights"); }
    QString synopsis() const override;
    QString description() const override;
    int run(const CommandContext &context) override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    std::optional<qint64> m_snapshot;
    InventoryInsights::Dimension m_by = InventoryInsights::Dimension::Offer;
    int m_idleDays = 90;
    OutputFormatter::Format m_format = OutputFormatter::Format::Table;
};

} // namespace numdesk::cli
