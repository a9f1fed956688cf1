#pragma once

#include "command.h"
#include "requests.h"

namespace numdesk::cli {

// buy --provider ID --offer ID --country CC (--toll-free|--local) [--traffic-source ID]
//     [--pool ID] [--token k:v]… [--yes]
// buy --number +1… [--number …] --provider ID --offer ID [--traffic-source ID] [--pool ID]
//     [--token k:v]… [--yes]
// Buying costs money: it asks on a terminal, refuses without --yes otherwise, and is never
// retried; an answer that never came is reported as an unknown outcome. With --number, each
// number is one purchase of exactly that number (requested_number), its country and kind taken
// from the number itself; one that fails does not stop the others, one whose outcome is unknown
// does.
class BuyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::BuyCommand)

public:
    QString name() const override { return QStringLiteral("buy"); }
    QString synopsis() const override;
    QString description() const override;
    int run(const CommandContext &context) override;

    const PurchaseNumber &purchase() const { return m_purchase; }
    // One purchase per --number (empty without --number).
    const QList<PurchaseNumber> &requested() const { return m_requested; }

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    QString plan(const CommandContext &context) const;
    QString detailsOfPlan(const CommandContext &context) const;
    bool readNumbers(const QStringList &texts, QString *error);
    int buyAny(const CommandContext &context);
    int buyRequested(const CommandContext &context);

    PurchaseNumber m_purchase;
    QList<PurchaseNumber> m_requested;
    bool m_yes = false;
};

} // namespace numdesk::cli
