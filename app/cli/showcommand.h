#pragma once

#include "command.h"
#include "outputformatter.h"

namespace numdesk::cli {

// show ID|+NUMBER [--format table|json]
class ShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::ShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString synopsis() const override;
    QString description() const override;
    int run(const CommandContext &context) override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    QString m_id;
    OutputFormatter::Format m_format = OutputFormatter::Format::Table;
    bool m_ids = false; // ids only, no names
};

} // namespace numdesk::cli
