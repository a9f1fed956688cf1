#pragma once

#include "batchrun.h"
#include "command.h"

namespace numdesk::cli {

// apply FILE.csv [--dry-run] [--skip-invalid] [--yes] [--format table|csv|json]
// Previews a plan file against the account and, unless --dry-run, sends its changes as one
// batch of the journal. Exit 0 all done, 1 some failed, 2 invalid plan, 3 cancelled.
class ApplyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::ApplyCommand)

public:
    QString name() const override { return QStringLiteral("apply"); }
    QString synopsis() const override;
    QString description() const override;
    int run(const CommandContext &context) override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    BatchRun::Options m_options;
    bool m_skipInvalid = false;
};

} // namespace numdesk::cli
