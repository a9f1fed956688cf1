#include "buycommand.h"

#include "apiclient.h"
#include "apischema.h"
#include "blockingcall.h"
#include "exitcode.h"
#include "outputformatter.h"
#include "phonenumbering.h"
#include "terminal.h"
#include "tokenoptions.h"

namespace numdesk::cli {

QString BuyCommand::synopsis() const
{
    return tr("buy --provider ID --offer ID --country CC (--toll-free|--local) "
              "[--traffic-source ID] [--pool ID] [--token k:v]… [--yes]\n"
              "       numdesk-cli buy --number +1… [--number …] --provider ID --offer ID "
              "[--traffic-source ID] [--pool ID] [--token k:v]… [--yes]");
}

QString BuyCommand::description() const
{
    return tr("Buys one number of a country, or exactly the numbers given with --number (found "
              "with 'search'; their country and whether they are toll-free come from the "
              "numbers), with a provider configuration of the account. This costs money and is "
              "never retried by itself; it asks for confirmation on a terminal and needs --yes "
              "otherwise.");
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
        {QStringLiteral("number"),
         tr("Buy exactly this number (repeatable; any written form, without a country code in "
            "the default country of Preferences)."),
         tr("NUMBER")},
        {QStringLiteral("yes"), tr("Do not ask; needed when standard input is not a terminal.")},
    });
}

bool BuyCommand::readNumbers(const QStringList &texts, QString *error)
{
    m_requested.clear();
    QStringList seen;
    for (const QString &text : texts) {
        // Only a number that can be bought: valid, not just of a possible length.
        const PhoneNumbering::Parsed parsed =
            PhoneNumbering::parse(text, defaultCountry(), PhoneNumbering::Accept::Valid);
        if (!parsed.ok()) {
            *error = tr("--number '%1': %2").arg(text, parsed.reason);
            return false;
        }
        if (!schema::isPurchaseCountry(parsed.number->region)) {
            *error = tr("--number '%1': numbers of %2 cannot be bought.")
                         .arg(text, schema::countryName(parsed.number->region));
            return false;
        }
        if (seen.contains(parsed.e164()))
            continue;
        seen.append(parsed.e164());
        PurchaseNumber purchase = m_purchase;
        purchase.requestedNumber = parsed.e164();
        purchase.country = parsed.number->region;
        purchase.tollFree = parsed.number->isTollFree();
        m_requested.append(purchase);
    }
    return true;
}

bool BuyCommand::read(const QCommandLineParser &parser, QString *error)
{
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument '%1'.").arg(parser.positionalArguments().first());
        return false;
    }
    const bool byNumber = parser.isSet(QStringLiteral("number"));
    for (const char *required : {"provider", "offer", "country"}) {
        if (byNumber && qstrcmp(required, "country") == 0)
            continue;
        if (!parser.isSet(QString::fromLatin1(required))) {
            *error = tr("--%1 is required.").arg(QString::fromLatin1(required));
            return false;
        }
    }
    if (byNumber) {
        for (const char *option : {"country", "toll-free", "local"}) {
            if (parser.isSet(QString::fromLatin1(option))) {
                *error = tr("--number takes the country and whether it is toll-free from the "
                            "number: leave out --%1.")
                             .arg(QString::fromLatin1(option));
                return false;
            }
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
    if (!byNumber) {
        m_purchase.country = parser.value(QStringLiteral("country")).trimmed().toUpper();
        if (!schema::isPurchaseCountry(m_purchase.country)) {
            *error =
                tr("--country: '%1' is not a country numbers can be bought in (use one of %2).")
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
    }
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
    // Last: each number's purchase copies the settings read above.
    if (byNumber && !readNumbers(parser.values(QStringLiteral("number")), error))
        return false;
    return true;
}

QString BuyCommand::detailsOfPlan(const CommandContext &context) const
{
    const QString none = tr("(none)");
    auto idText = [&none](const std::optional<qint64> &id) {
        return id ? QString::number(*id) : none;
    };
    return tr("  Account:                %1\n"
              "  Provider configuration: %2\n"
              "  Offer:                  %3\n"
              "  Traffic source:         %4\n"
              "  Number pool:            %5\n"
              "  Token values:           %6\n")
        .arg(context.accountUrl, QString::number(m_purchase.providerConfigurationId),
             QString::number(m_purchase.offerId), idText(m_purchase.trafficSourceId),
             idText(m_purchase.ringPoolId),
             m_purchase.tokenValues && !m_purchase.tokenValues->isEmpty()
                 ? m_purchase.tokenValues->join(QStringLiteral("; "))
                 : none);
}

QString BuyCommand::plan(const CommandContext &context) const
{
    QString text;
    if (m_requested.isEmpty()) {
        text = tr("About to buy one %1 number in %2 (%3).\n")
                   .arg(m_purchase.tollFree ? tr("toll-free") : tr("local"), m_purchase.country,
                        schema::countryName(m_purchase.country));
    } else {
        text = tr("About to buy these numbers:\n");
        for (const PurchaseNumber &p : m_requested) {
            //: "  +14153569377  (415) 356-9377  local, United States, San Francisco, CA"
            text +=
                tr("  %1  %2  %3, %4, %5\n")
                    .arg(p.requestedNumber,
                         PhoneNumbering::displayForm(p.requestedNumber, defaultCountry()),
                         p.tollFree ? tr("toll-free") : tr("local"), schema::countryName(p.country),
                         PhoneNumbering::location(p.requestedNumber));
        }
    }
    return text + detailsOfPlan(context) +
           tr("This costs money; only unrenting a number undoes it.\n");
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
    return m_requested.isEmpty() ? buyAny(context) : buyRequested(context);
}

int BuyCommand::buyRequested(const CommandContext &context)
{
    Terminal &terminal = *context.terminal;
    int bought = 0;
    bool unknown = false;
    for (const PurchaseNumber &purchase : std::as_const(m_requested)) {
        const QString number = purchase.requestedNumber;
        if (unknown) {
            terminal.err(
                tr("Not sent %1: an earlier purchase's outcome is unknown.\n").arg(number));
            continue;
        }
        const Result<PhoneNumber> result =
            BlockingCall::run<PhoneNumber>([&](QObject *receiver, auto done) {
                context.client->purchaseNumber(purchase, receiver, done);
            });
        if (result) {
            ++bought;
            const PhoneNumber &record = result.value();
            terminal.out(tr("Bought %1 (id %2).\n")
                             .arg(record.number.isEmpty() ? number : record.number,
                                  record.id ? QString::number(*record.id) : QString()));
        } else if (result.error().outcomeUnknown) {
            // A number may have been bought: buy no more until someone has looked.
            unknown = true;
            terminal.err(tr("Outcome unknown for %1: the request was sent but no answer came "
                            "back (%2). It may have been bought; check with 'numdesk-cli show "
                            "%1' before trying again.\n")
                             .arg(number, result.error().message));
        } else {
            terminal.err(tr("Not bought %1: %2\n")
                             .arg(number, result.error().fullText().replace(QLatin1Char('\n'),
                                                                            QStringLiteral("; "))));
        }
    }
    // No %n: numdesk-cli loads no translation, so plural forms would read "number(s)".
    terminal.err(tr("Numbers bought: %1 of %2.\n").arg(bought).arg(m_requested.size()));
    return bought == m_requested.size() ? Success : ApiFailure;
}

int BuyCommand::buyAny(const CommandContext &context)
{
    Terminal &terminal = *context.terminal;
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
