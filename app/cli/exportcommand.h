#pragma once

#include "command.h"
#include "exportjob.h"

namespace numdesk::cli {

// export --out FILE [filters] [--columns a,b,…] [--header keys|labels] [--parallel N]
//        [--spreadsheet-safe] [--time-zone-convert]
// Ctrl+C cancels: no file is written and an existing one stays as it was.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override;
    QString description() const override;
    int run(const CommandContext &context) override;

    const ExportOptions &options() const { return m_options; }

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    QString m_out;
    ExportOptions m_options;
};

} // namespace numdesk::cli
