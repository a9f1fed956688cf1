#pragma once

#include "command.h"

namespace numdesk::cli {

// unrent ID|+NUMBER… [--yes]
// Looks every number up first (nothing is unrented when one is missing), shows them, asks on a
// terminal (refuses without --yes otherwise), then unrents them one by one.
class UnrentCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::UnrentCommand)

public:
    QString name() const override { return QStringLiteral("unrent"); }
    QString synopsis() const override;
    QString description() const override;
    int run(const CommandContext &context) override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    QStringList m_ids;
    bool m_yes = false;
};

} // namespace numdesk::cli
