#pragma once

#include "command.h"
#include "outputformatter.h"

namespace numdesk::cli {

// undo BATCH [--dry-run] [--yes] [--format table|csv|json]
// Puts back what a batch changed, where the numbers still have the values it set.
class UndoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::UndoCommand)

public:
    QString name() const override { return QStringLiteral("undo"); }
    QString synopsis() const override;
    QString description() const override;
    int run(const CommandContext &context) override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    QString m_batch;
    bool m_dryRun = false;
    bool m_yes = false;
    OutputFormatter::Format m_format = OutputFormatter::Format::Table;
};

} // namespace numdesk::cli
