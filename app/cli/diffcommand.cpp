#include "diffcommand.h"

#include "exitcode.h"
#include "inventoryaccess.h"
#include "snapshotdiff.h"
#include "terminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace numdesk::cli {

QString DiffCommand::synopsis() const
{
    return tr("diff [--from ID] [--to ID] [--format csv|json]");
}

QString DiffCommand::description() const
{
    return tr("Says what changed between two snapshots (default: the two latest; --to alone: "
              "the one before it to it): numbers added, removed, and for the others each field "
              "that changed among offer, traffic source, pool, provider, token values, name, "
              "description and external record id, with the value before and after. One row "
              "per change: id,number,change,field,before,after.");
}

void DiffCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("from"), tr("The earlier snapshot."), tr("ID")},
        {QStringLiteral("to"), tr("The later snapshot (default: the latest)."), tr("ID")},
        {QStringLiteral("format"), tr("csv (default) or json."), tr("FORMAT")},
    });
}

bool DiffCommand::read(const QCommandLineParser &parser, QString *error)
{
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument '%1'.").arg(parser.positionalArguments().first());
        return false;
    }
    for (const QString &option : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(option))
            continue;
        const auto id = InventoryAccess::readSnapshotId(option, parser.value(option), error);
        if (!id)
            return false;
        (option == QLatin1String("from") ? m_from : m_to) = id;
    }
    const QString format = parser.value(QStringLiteral("format"));
    const auto parsed =
        OutputFormatter::formatFromName(format.isEmpty() ? QStringLiteral("csv") : format);
    if (!parsed || *parsed == OutputFormatter::Format::Table) {
        *error = tr("--format must be csv or json (found '%1').").arg(format);
        return false;
    }
    m_format = *parsed;
    return true;
}

int DiffCommand::run(const CommandContext &context)
{
    Terminal &terminal = *context.terminal;
    SnapshotStore store;
    QString error;
    if (!InventoryAccess::open(context, &store, &error)) {
        terminal.err(tr("Cannot open the snapshots: %1\n").arg(error));
        return ApiFailure;
    }
    const std::optional<SnapshotInfo> to = InventoryAccess::pick(store, m_to, &error);
    if (!to) {
        terminal.err(error + QLatin1Char('\n'));
        return UsageError;
    }
    std::optional<SnapshotInfo> from;
    if (m_from) {
        from = InventoryAccess::pick(store, m_from, &error);
        if (!from) {
            terminal.err(error + QLatin1Char('\n'));
            return UsageError;
        }
    } else {
        // The snapshot just before `to`.
        for (const SnapshotInfo &info : store.list()) {
            if (info.id < to->id) {
                from = info;
                break;
            }
        }
        if (!from) {
            terminal.err(tr("No snapshot before snapshot %1 to compare it with: take another "
                            "one with 'numdesk-cli snapshot', or name it with --from.\n")
                             .arg(to->id));
            return UsageError;
        }
    }
    QList<PhoneNumber> fromRows;
    QList<PhoneNumber> toRows;
    if (!store.differingRows(from->id, to->id, &fromRows, &toRows)) {
        terminal.err(tr("Cannot read the snapshots: %1\n").arg(store.lastError()));
        return ApiFailure;
    }
    const QList<SnapshotChange> changes = SnapshotDiff::compute(fromRows, toRows);
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    if (m_format == OutputFormatter::Format::Json) {
        QJsonArray array;
        for (const SnapshotChange &change : changes)
            array.append(QJsonObject{{QStringLiteral("id"), change.id},
                                     {QStringLiteral("number"), change.number},
                                     {QStringLiteral("change"), SnapshotDiff::kindKey(change.kind)},
                                     {QStringLiteral("field"), orNull(change.field)},
                                     {QStringLiteral("before"), change.before},
                                     {QStringLiteral("after"), change.after}});
        terminal.outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        terminal.outBytes(SnapshotDiff::toCsv(changes));
    }
    terminal.err(tr("From %1\nto   %2\n")
                     .arg(InventoryAccess::describe(*from), InventoryAccess::describe(*to)));
    return Success;
}

} // namespace numdesk::cli
