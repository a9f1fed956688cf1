#pragma once

#include "command.h"

#include <optional>

namespace numdesk::cli {

// idle --idle-days N --out FILE.csv [--snapshot ID]: writes a snapshot's idle numbers (never
// called, or no call for more than N days before it was taken) with the export's columns,
// writer and target.
class IdleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::IdleCommand)

public:
    QString name() const override { return QStringLiteral("idle"); }
    QString synopsis() const override;
    QString description() const override;
    int run(const CommandContext &context) override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    QString m_out;
    int m_idleDays = 90;
    std::optional<qint64> m_snapshot;
};

} // namespace numdesk::cli
