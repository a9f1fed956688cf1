#pragma once

#include "batchrun.h"
#include "command.h"

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
    BatchRun::Options m_options;
};

} // namespace numdesk::cli
