#include "buycommand.h"

#include "apiclient.h"
#include "apischema.h"
#include "blockingcall.h"
#include "exitcode.h"
#include "outputformatter.h"
#include "terminal.h"
#include "tokenoptions.h"

namespace numdesk::cli {

QString BuyCommand::synopsis() const
{
    return tr("buy --provider ID --offer ID --country CC (--toll-free|--local) "
              "[--traffic-source ID] [--pool ID] [--token k:v]… [--yes]");
}

QString BuyCommand::description() const
{
    return tr("Buys one number with a provider configuration of the account. This costs money "
              "and is never retried by itself; it asks for confirmation on a terminal and needs "
              "--yes otherwise.");
}

void BuyCommand::addOptions(QCommandLineParser &parser)
{
    const QString id = tr("ID");
    parser.addOptions({
        {QStringLiteral("provider"), tr("The provider configuration to buy with."), id},
        {QStringLiteral("offer"), tr("The offer the number serves."), id},
        {QStringLiteral("country"), tr("Country code (US, GB, …)."), tr("CC")},
        {QStringLiteral("toll-free"), tr("Buy a toll-free number.")},
        {QStringLiteral("local"), tr("Buy a local number.")},
        {QStringLiteral("traffic-source"), tr("Traffic source of the number."), id},
        {QStringLiteral("pool"), tr("Number pool of the number."), id},
        {QStringLiteral("token"), tr("Token value key:value (repeatable)."), tr("K:V")},
        {QStringLiteral("yes"), tr("Do not ask; needed when standard input is not a terminal.")},
    });
}

bool BuyCommand::read(const QCommandLineParser &parser, QString *error)
{
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument '%1'.").arg(parser.positionalArguments().first());
        return false;
    }
    for (const char *required : {"provider", "offer", "country"}) {
        if (!parser.isSet(QString::fromLatin1(required))) {
            *error = tr("--%1 is required.").arg(QString::fromLatin1(required));
            return false;
        }
    }
    const auto provider =
        readId(QStringLiteral("provider"), parser.value(QStringLiteral("provider")), error);
    if (!provider)
        return false;
    const auto offer =
        readId(QStringLiteral("offer"), parser.value(QStringLiteral("offer")), error);
    if (!offer)
        return false;
    m_purchase.providerConfigurationId = *provider;
    m_purchase.offerId = *offer;
    m_purchase.country = parser.value(QStringLiteral("country")).trimmed().toUpper();
    if (!schema::isPurchaseCountry(m_purchase.country)) {
        *error = tr("--country: '%1' is not a country numbers can be bought in (use one of %2).")
                     .arg(parser.value(QStringLiteral("country")),
                          schema::purchaseCountries().join(QStringLiteral(", ")));
        return false;
    }
    const bool tollFree = parser.isSet(QStringLiteral("toll-free"));
    const bool local = parser.isSet(QStringLiteral("local"));
    if (tollFree == local) {
        *error = tr("say either --toll-free or --local.");
        return false;
    }
    m_purchase.tollFree = tollFree;
    if (parser.isSet(QStringLiteral("traffic-source"))) {
        const auto value = readId(QStringLiteral("traffic-source"),
                                  parser.value(QStringLiteral("traffic-source")), error);
        if (!value)
            return false;
        m_purchase.trafficSourceId = *value;
    }
    if (parser.isSet(QStringLiteral("pool"))) {
        const auto value =
            readId(QStringLiteral("pool"), parser.value(QStringLiteral("pool")), error);
        if (!value)
            return false;
        m_purchase.ringPoolId = *value;
    }
    if (parser.isSet(QStringLiteral("token"))) {
        QStringList tokens;
        if (!TokenOptions::read(parser.values(QStringLiteral("token")), &tokens, error))
            return false;
        m_purchase.tokenValues = tokens;
    }
    m_yes = parser.isSet(QStringLiteral("yes"));
    return true;
}

QString BuyCommand::plan(const CommandContext &context) const
{
    const QString none = tr("(none)");
    auto idText = [&none](const std::optional<qint64> &id) {
        return id ? QString::number(*id) : none;
    };
    return tr("About to buy one %1 number in %2 (%3).\n"
              "  Account:                %4\n"
              "  Provider configuration: %5\n"
              "  Offer:                  %6\n"
              "  Traffic source:         %7\n"
              "  Number pool:            %8\n"
              "  Token values:           %9\n"
              "This costs money; only unrenting the number undoes it.\n")
        .arg(m_purchase.tollFree ? tr("toll-free") : tr("local"), m_purchase.country,
             schema::countryName(m_purchase.country), context.accountUrl,
             QString::number(m_purchase.providerConfigurationId),
             QString::number(m_purchase.offerId), idText(m_purchase.trafficSourceId),
             idText(m_purchase.ringPoolId),
             m_purchase.tokenValues && !m_purchase.tokenValues->isEmpty()
                 ? m_purchase.tokenValues->join(QStringLiteral("; "))
                 : none);
}

int BuyCommand::run(const CommandContext &context)
{
    Terminal &terminal = *context.terminal;
    if (!m_yes) {
        if (!terminal.stdinIsTerminal()) {
            terminal.err(tr("buy: standard input is not a terminal; nothing was bought. Add "
                            "--yes to buy without being asked.\n"));
            return UsageError;
        }
        terminal.err(plan(context));
        if (!terminal.confirm(tr("Type 'yes' to buy:"), QStringLiteral("yes"))) {
            terminal.err(tr("Nothing was bought.\n"));
            return Incomplete;
        }
    }
    const Result<PhoneNumber> result =
        BlockingCall::run<PhoneNumber>([&](QObject *receiver, auto done) {
            context.client->purchaseNumber(m_purchase, receiver, done);
        });
    if (!result) {
        const ApiError &error = result.error();
        if (error.outcomeUnknown) {
            terminal.err(tr("buy: the outcome is unknown: the request was sent but no answer "
                            "came back (%1). A number may have been bought. Check with "
                            "'numdesk-cli list --created-from …' before trying again.\n")
                             .arg(error.message));
        } else {
            terminal.err(tr("buy: nothing was bought: %1\n").arg(error.fullText()));
        }
        return ApiFailure;
    }
    const PhoneNumber &number = result.value();
    terminal.err(tr("Bought %1 (id %2).\n")
                     .arg(number.number, number.id ? QString::number(*number.id) : QString()));
    terminal.outBytes(OutputFormatter::record(number));
    return Success;
}

} // namespace numdesk::cli
