#pragma once

#include "command.h"
#include "outputformatter.h"

namespace numdesk::cli {

// snapshots [--format table|json]: the snapshots kept for the account, newest first.
class SnapshotsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::SnapshotsCommand)

public:
    QString name() const override { return QStringLiteral("snapshots"); }
    QString synopsis() const override;
    QString description() const override;
    int run(const CommandContext &context) override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    OutputFormatter::Format m_format = OutputFormatter::Format::Table;
};

} // namespace numdesk::cli
