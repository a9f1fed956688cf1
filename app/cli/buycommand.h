#pragma once

#include "command.h"
#include "requests.h"

namespace numdesk::cli {

// buy --provider ID --offer ID --country CC (--toll-free|--local) [--traffic-source ID]
//     [--pool ID] [--token k:v]… [--yes]
// Buying costs money: it asks on a terminal, refuses without --yes otherwise, and is never
// retried; an answer that never came is reported as an unknown outcome.
class BuyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::BuyCommand)

public:
    QString name() const override { return QStringLiteral("buy"); }
    QString synopsis() const override;
    QString description() const override;
    int run(const CommandContext &context) override;

    const PurchaseNumber &purchase() const { return m_purchase; }

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    QString plan(const CommandContext &context) const;

    PurchaseNumber m_purchase;
    bool m_yes = false;
};

} // namespace numdesk::cli
