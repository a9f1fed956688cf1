#pragma once

#include "command.h"
#include "outputformatter.h"

#include <optional>

namespace numdesk::cli {

// diff [--from ID] [--to ID] [--format csv|json]: what changed between two snapshots (default:
// the latest two), one row per change: id, number, change (added|removed|changed), field,
// before, after.
class DiffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::DiffCommand)

public:
    QString name() const override { return QStringLiteral("diff"); }
    QString synopsis() const override;
    QString description() const override;
    int run(const CommandContext &context) override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    std::optional<qint64> m_from;
    std::optional<qint64> m_to;
    OutputFormatter::Format m_format = OutputFormatter::Format::Csv;
};

} // namespace numdesk::cli
