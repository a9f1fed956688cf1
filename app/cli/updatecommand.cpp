#include "updatecommand.h"

#include "apiclient.h"
#include "blockingcall.h"
#include "exitcode.h"
#include "outputformatter.h"
#include "terminal.h"
#include "tokenoptions.h"

namespace numdesk::cli {

QString UpdateCommand::synopsis() const
{
    return tr("update ID|+NUMBER [--offer ID] [--traffic-source ID|none] [--pool ID|none] "
              "[--token k:v]… [--clear-tokens]");
}

QString UpdateCommand::description() const
{
    return tr("Changes a number's offer, traffic source, number pool or token values. 'none' "
              "unassigns the traffic source or pool; --token replaces the token values.");
}

void UpdateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("offer"), tr("The new offer."), tr("ID")},
        {QStringLiteral("traffic-source"), tr("The new traffic source, or none."), tr("ID")},
        {QStringLiteral("pool"), tr("The new number pool, or none."), tr("ID")},
        {QStringLiteral("token"), tr("Token value key:value (repeatable)."), tr("K:V")},
        {QStringLiteral("clear-tokens"), tr("Remove every token value.")},
    });
    parser.addPositionalArgument(QStringLiteral("id"), tr("The id or the +number."));
}

bool UpdateCommand::read(const QCommandLineParser &parser, QString *error)
{
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1) {
        *error = tr("give exactly one ID or +NUMBER.");
        return false;
    }
    const std::optional<QString> reference = readNumberReference(ids.first(), error);
    if (!reference)
        return false;
    m_update.id = *reference;
    NumberChanges &changes = m_update.changes;
    if (parser.isSet(QStringLiteral("offer"))) {
        const auto offer =
            readId(QStringLiteral("offer"), parser.value(QStringLiteral("offer")), error);
        if (!offer)
            return false;
        changes.offerId = *offer;
    }
    auto readAssignable = [&](const QString &option, std::optional<std::optional<qint64>> *field) {
        if (!parser.isSet(option))
            return true;
        const QString value = parser.value(option).trimmed();
        if (value == QLatin1String("none")) {
            *field = std::optional<qint64>();
            return true;
        }
        const auto id = readId(option, value, error);
        if (!id)
            return false;
        *field = std::optional<qint64>(*id);
        return true;
    };
    if (!readAssignable(QStringLiteral("traffic-source"), &changes.trafficSourceId) ||
        !readAssignable(QStringLiteral("pool"), &changes.ringPoolId))
        return false;
    const bool clear = parser.isSet(QStringLiteral("clear-tokens"));
    if (clear && parser.isSet(QStringLiteral("token"))) {
        *error = tr("use either --token or --clear-tokens.");
        return false;
    }
    if (clear)
        changes.tokenValues = std::optional<QStringList>();
    if (parser.isSet(QStringLiteral("token"))) {
        QStringList tokens;
        if (!TokenOptions::read(parser.values(QStringLiteral("token")), &tokens, error))
            return false;
        changes.tokenValues = std::optional<QStringList>(tokens);
    }
    if (changes.isEmpty()) {
        *error = tr("nothing to change: give --offer, --traffic-source, --pool, --token or "
                    "--clear-tokens.");
        return false;
    }
    return true;
}

int UpdateCommand::run(const CommandContext &context)
{
    const Result<PhoneNumber> result =
        BlockingCall::run<PhoneNumber>([&](QObject *receiver, auto done) {
            context.client->updateNumber(m_update, receiver, done);
        });
    if (!result) {
        context.terminal->err(tr("update: %1\n").arg(result.error().fullText()));
        return ApiFailure;
    }
    context.terminal->err(tr("Updated %1.\n").arg(result.value().number));
    context.terminal->outBytes(OutputFormatter::record(result.value()));
    return Success;
}

} // namespace numdesk::cli
