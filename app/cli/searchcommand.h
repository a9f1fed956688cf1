#pragma once

#include "command.h"
#include "outputformatter.h"
#include "requests.h"

namespace numdesk::cli {

// search --country CC [--toll-free] [--prefix DIGITS] [--contains TEXT] [--limit N]
//        [--format table|json]
// Numbers that can be bought (GET phone_numbers/search). --contains takes digits or letters,
// read on the phone keypad ("FLOWERS" asks for 3569377). JSON (cli.md):
// {"numbers": [{"number": "+1…", "human_number": "…", "region": "…"}]}.
class SearchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    QString synopsis() const override;
    QString description() const override;
    int run(const CommandContext &context) override;

    const SearchNumbers &request() const { return m_request; }

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    SearchNumbers m_request;
    OutputFormatter::Format m_format = OutputFormatter::Format::Table;
};

} // namespace numdesk::cli
