#pragma once

#include "command.h"
#include "requests.h"

namespace numdesk::cli {

// update ID|+NUMBER [--offer ID] [--traffic-source ID|none] [--pool ID|none] [--token k:v]…
//        [--clear-tokens]
class UpdateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::UpdateCommand)

public:
    QString name() const override { return QStringLiteral("update"); }
    QString synopsis() const override;
    QString description() const override;
    int run(const CommandContext &context) override;

    const UpdateNumber &update() const { return m_update; }

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool read(const QCommandLineParser &parser, QString *error) override;

private:
    UpdateNumber m_update;
};

} // namespace numdesk::cli
