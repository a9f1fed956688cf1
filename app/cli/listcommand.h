#pragma once

#include "command.h"
#include "outputformatter.h"
#include "requests.h" // NumberFilter (sandbox has a numberfilter.h of its own)

namespace numdesk::cli {

// list [filters] [--columns a,b,…] [--format table|csv|json] [--limit N]
class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString synopsis() const override;
    QString description() const override;
    int run(const CommandContext &context) override;

    static constexpr qint64 kDefaultLimit = 100;

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    NumberFilter m_filter;
    QStringList m_columns;
    OutputFormatter::Format m_format = OutputFormatter::Format::Table;
    qint64 m_limit = kDefaultLimit;
    bool m_ids = false; // the table prints ids, not names
};

} // namespace numdesk::cli
