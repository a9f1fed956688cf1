#pragma once

#include "command.h"
#include "outputformatter.h"

namespace numdesk::cli {

// history [--format table|json]: the journal's batches, newest first. Needs no account.
class HistoryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::HistoryCommand)

public:
    QString name() const override { return QStringLiteral("history"); }
    QString synopsis() const override;
    QString description() const override;
    bool needsAccount() const override { return false; }
    int run(const CommandContext &context) override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    OutputFormatter::Format m_format = OutputFormatter::Format::Table;
};

} // namespace numdesk::cli
