#pragma once

#include "command.h"
#include "pagedqueryreader.h"

namespace numdesk::cli {

// snapshot [--parallel N]: one exact read of every number of the account, kept in the
// profile's snapshot store. Prints "Snapshot <id>: <n> numbers at <ISO time>"; exit 3 when the
// read could not be verified (the snapshot is kept, marked so). Ctrl+C cancels: nothing kept.
class SnapshotCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::SnapshotCommand)

public:
    QString name() const override { return QStringLiteral("snapshot"); }
    QString synopsis() const override;
    QString description() const override;
    int run(const CommandContext &context) override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    int m_parallel = PagedQueryReader::kDefaultParallel; // as the export reads
};

} // namespace numdesk::cli
