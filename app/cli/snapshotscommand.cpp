#include "snapshotscommand.h"

#include "exitcode.h"
#include "inventoryaccess.h"
#include "terminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace numdesk::cli {

QString SnapshotsCommand::synopsis() const
{
    return tr("snapshots [--format table|json]");
}

QString SnapshotsCommand::description() const
{
    return tr("Lists the snapshots kept for the account, newest first: id, time taken, count of "
              "numbers and whether the read was verified.");
}

void SnapshotsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"), tr("table (default) or json."), tr("FORMAT")});
}

bool SnapshotsCommand::read(const QCommandLineParser &parser, QString *error)
{
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument '%1'.").arg(parser.positionalArguments().first());
        return false;
    }
    const QString format = parser.value(QStringLiteral("format"));
    const auto parsed =
        OutputFormatter::formatFromName(format.isEmpty() ? QStringLiteral("table") : format);
    if (!parsed || *parsed == OutputFormatter::Format::Csv) {
        *error = tr("--format must be table or json (found '%1').").arg(format);
        return false;
    }
    m_format = *parsed;
    return true;
}

int SnapshotsCommand::run(const CommandContext &context)
{
    Terminal &terminal = *context.terminal;
    SnapshotStore store;
    QString error;
    if (!InventoryAccess::open(context, &store, &error)) {
        terminal.err(tr("Cannot open the snapshots: %1\n").arg(error));
        return ApiFailure;
    }
    const QList<SnapshotInfo> list = store.list();
    if (m_format == OutputFormatter::Format::Json) {
        QJsonArray array;
        for (const SnapshotInfo &info : list)
            array.append(
                QJsonObject{{QStringLiteral("id"), info.id},
                            {QStringLiteral("taken_at"), InventoryAccess::timeText(info.takenAt)},
                            {QStringLiteral("count"), info.count},
                            {QStringLiteral("verified"), info.verified}});
        terminal.outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (list.isEmpty()) {
        terminal.err(
            tr("No snapshot of this account yet: take one with 'numdesk-cli snapshot'.\n"));
        return Success;
    }
    QList<QStringList> rows{{tr("ID"), tr("Taken at"), tr("Numbers"), tr("Verified")}};
    for (const SnapshotInfo &info : list)
        rows.append({QString::number(info.id), InventoryAccess::timeText(info.takenAt),
                     QString::number(info.count), info.verified ? tr("yes") : tr("NO")});
    terminal.outBytes(OutputFormatter::textTable(rows));
    return Success;
}

} // namespace numdesk::cli
