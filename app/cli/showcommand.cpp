#include "showcommand.h"

#include "apiclient.h"
#include "blockingcall.h"
#include "exitcode.h"
#include "terminal.h"

namespace numdesk::cli {

QString ShowCommand::synopsis() const
{
    return tr("show ID|+NUMBER [--format table|json]");
}

QString ShowCommand::description() const
{
    return tr("Shows one number, found by its TrackDrive id or by the full number with its "
              "'+'.");
}

void ShowCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"), tr("table (default) or json."), tr("FORMAT")});
    parser.addPositionalArgument(QStringLiteral("id"), tr("The id (185923) or the number "
                                                          "(+18005002562)."));
}

bool ShowCommand::read(const QCommandLineParser &parser, QString *error)
{
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1) {
        *error = tr("give exactly one ID or +NUMBER.");
        return false;
    }
    if (!isNumberReference(ids.first())) {
        *error = tr("'%1' is neither an id nor a number beginning with '+'.").arg(ids.first());
        return false;
    }
    m_id = ids.first();
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
    context.terminal->outBytes(m_format == OutputFormatter::Format::Json
                                   ? OutputFormatter::recordJson(result.value())
                                   : OutputFormatter::record(result.value()));
    return Success;
}

} // namespace numdesk::cli
