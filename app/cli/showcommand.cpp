#include "showcommand.h"

#include "apiclient.h"
#include "blockingcall.h"
#include "exitcode.h"
#include "lookupcache.h"
#include "lookupnames.h"
#include "terminal.h"

namespace numdesk::cli {

QString ShowCommand::synopsis() const
{
    return tr("show ID|+NUMBER [--format table|json]");
}

QString ShowCommand::description() const
{
    return tr("Shows one number, found by its TrackDrive id or by the number in any written form "
              "(+18005002562, \"(800) 500-2562\"; without a country code it is read in the "
              "default country of Preferences, the US when none is set).");
}

void ShowCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"), tr("table (default) or json."), tr("FORMAT")});
    parser.addOption({QStringLiteral("ids"), tr("Print offer, traffic source, pool and provider "
                                                "ids without their names.")});
    parser.addPositionalArgument(QStringLiteral("id"), tr("The id (185923) or the number "
                                                          "(+18005002562, \"(800) 500-2562\")."));
}

bool ShowCommand::read(const QCommandLineParser &parser, QString *error)
{
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1) {
        *error = tr("give exactly one ID or +NUMBER.");
        return false;
    }
    const std::optional<QString> reference = readNumberReference(ids.first(), error);
    if (!reference)
        return false;
    m_id = *reference;
    m_ids = parser.isSet(QStringLiteral("ids"));
    const QString format = parser.value(QStringLiteral("format"));
    if (!format.isEmpty()) {
        const auto parsed = OutputFormatter::formatFromName(format);
        if (!parsed || *parsed == OutputFormatter::Format::Csv) {
            *error = tr("--format must be table or json (found '%1').").arg(format);
            return false;
        }
        m_format = *parsed;
    }
    return true;
}

int ShowCommand::run(const CommandContext &context)
{
    const Result<PhoneNumber> result =
        BlockingCall::run<PhoneNumber>([&](QObject *receiver, auto done) {
            context.client->showNumber(ShowNumber{m_id}, receiver, done);
        });
    if (!result) {
        context.terminal->err(tr("show: %1\n").arg(result.error().fullText()));
        return ApiFailure;
    }
    if (m_format == OutputFormatter::Format::Json) {
        context.terminal->outBytes(OutputFormatter::recordJson(result.value()));
        return Success;
    }
    std::unique_ptr<LookupCache> names;
    if (!m_ids) {
        QStringList failed;
        names = LookupNames::load(context.client, {}, &failed);
        for (const QString &list : std::as_const(failed))
            context.terminal->err(tr("Note: %1 could not be read; ids are shown.\n").arg(list));
    }
    context.terminal->outBytes(OutputFormatter::record(result.value(), names.get()));
    return Success;
}

} // namespace numdesk::cli
