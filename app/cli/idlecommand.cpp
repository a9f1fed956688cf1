#include "idlecommand.h"

#include "columncatalog.h"
#include "csvrecordformatter.h"
#include "csvrowwriter.h"
#include "exitcode.h"
#include "exporttarget.h"
#include "inventoryaccess.h"
#include "inventoryinsights.h"
#include "terminal.h"

namespace numdesk::cli {

QString IdleCommand::synopsis() const
{
    return tr("idle --idle-days N --out FILE [--snapshot ID]");
}

QString IdleCommand::description() const
{
    return tr("Writes the idle numbers of a snapshot (default: the latest) to a CSV file with "
              "the columns of an export: numbers never called, or last called more than N days "
              "(default 90) before the snapshot was taken. --out - writes to standard output.");
}

void IdleCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("idle-days"),
         tr("Idle: no call for more than N days before the snapshot (default 90)."), tr("N")},
        {QStringLiteral("out"), tr("The CSV file to write; - for standard output."), tr("FILE")},
        {QStringLiteral("snapshot"), tr("The snapshot (default: the latest)."), tr("ID")},
    });
}

bool IdleCommand::read(const QCommandLineParser &parser, QString *error)
{
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument '%1'.").arg(parser.positionalArguments().first());
        return false;
    }
    if (parser.isSet(QStringLiteral("idle-days"))) {
        const auto days =
            InventoryAccess::readDays(parser.value(QStringLiteral("idle-days")), error);
        if (!days)
            return false;
        m_idleDays = *days;
    }
    if (parser.isSet(QStringLiteral("snapshot"))) {
        m_snapshot = InventoryAccess::readSnapshotId(
            QStringLiteral("snapshot"), parser.value(QStringLiteral("snapshot")), error);
        if (!m_snapshot)
            return false;
    }
    m_out = parser.value(QStringLiteral("out"));
    if (m_out.isEmpty()) {
        *error = tr("--out FILE is required.");
        return false;
    }
    const QString problem = ExportTarget::problem(m_out);
    if (!problem.isEmpty()) {
        *error = tr("--out: '%1': %2.").arg(m_out, problem);
        return false;
    }
    return true;
}

int IdleCommand::run(const CommandContext &context)
{
    Terminal &terminal = *context.terminal;
    SnapshotStore store;
    QString error;
    if (!InventoryAccess::open(context, &store, &error)) {
        terminal.err(tr("Cannot open the snapshots: %1\n").arg(error));
        return ApiFailure;
    }
    const std::optional<SnapshotInfo> info = InventoryAccess::pick(store, m_snapshot, &error);
    if (!info) {
        terminal.err(error + QLatin1Char('\n'));
        return UsageError;
    }
    const CsvRecordFormatter formatter(columns::all());
    const CsvRowWriter writer;
    ExportTarget target(m_out);
    if (!target.open()) {
        terminal.err(tr("Could not write %1: %2.\n")
                         .arg(ExportTarget::displayName(m_out), target.errorString()));
        return ApiFailure;
    }
    bool written =
        target.write(writer.preamble() +
                     writer.encodeRow(formatter.header(CsvRecordFormatter::HeaderStyle::Keys)));
    qint64 count = 0;
    const bool read = store.forEachRow(info->id, [&](const PhoneNumber &number) {
        if (!written || !InventoryInsights::isIdle(number, info->takenAt, m_idleDays))
            return;
        written = target.write(writer.encodeRow(formatter.cells(number)));
        ++count;
    });
    if (!read || !written || !target.commit()) {
        const QString why = read ? target.errorString() : store.lastError();
        target.discard();
        terminal.err(tr("Could not write %1: %2.\n").arg(ExportTarget::displayName(m_out), why));
        return ApiFailure;
    }
    //: "Idle numbers (never called, or no call in the 90 days before the snapshot): 12,
    //: written to idle.csv."
    terminal.err(tr("Idle numbers (never called, or no call in the %1 days before the "
                    "snapshot): %2, written to %3.")
                     .arg(m_idleDays)
                     .arg(count)
                     .arg(ExportTarget::displayName(m_out)) +
                 QLatin1Char('\n'));
    terminal.err(InventoryAccess::describe(*info) + QLatin1Char('\n'));
    return Success;
}

} // namespace numdesk::cli
