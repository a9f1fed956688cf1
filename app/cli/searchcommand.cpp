#include "searchcommand.h"

#include "apiclient.h"
#include "apischema.h"
#include "blockingcall.h"
#include "exitcode.h"
#include "phonenumbering.h"
#include "terminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace numdesk::cli {

namespace {

constexpr int kMaxLimit = 1000;

} // namespace

QString SearchCommand::synopsis() const
{
    return tr("search --country CC [--toll-free] [--prefix DIGITS] [--contains TEXT] "
              "[--limit N] [--format table|json]");
}

QString SearchCommand::description() const
{
    return tr("Lists numbers that can be bought in a country, local or toll-free, starting with "
              "an area code or prefix and containing the digits of TEXT (letters are read on "
              "the phone keypad: FLOWERS is 3569377). Buy them with 'buy --number'.");
}

void SearchCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("country"), tr("Country code (US, GB, …)."), tr("CC")},
        {QStringLiteral("toll-free"), tr("Toll-free numbers (local ones without it).")},
        {QStringLiteral("prefix"),
         tr("Area code or leading digits of the national number (415; 0161 and +44 161 are "
            "read as 161)."),
         tr("DIGITS")},
        {QStringLiteral("contains"), tr("Digits, or letters on the keypad, the number contains."),
         tr("TEXT")},
        {QStringLiteral("limit"), tr("At most N numbers."), tr("N")},
        {QStringLiteral("format"), tr("table (default) or json."), tr("FORMAT")},
    });
}

bool SearchCommand::read(const QCommandLineParser &parser, QString *error)
{
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument '%1'.").arg(parser.positionalArguments().first());
        return false;
    }
    if (!parser.isSet(QStringLiteral("country"))) {
        *error = tr("--country is required.");
        return false;
    }
    m_request = SearchNumbers{};
    m_request.country = parser.value(QStringLiteral("country")).trimmed().toUpper();
    if (!schema::isPurchaseCountry(m_request.country)) {
        *error = tr("--country: '%1' is not a country numbers can be bought in (use one of %2).")
                     .arg(parser.value(QStringLiteral("country")),
                          schema::purchaseCountries().join(QStringLiteral(", ")));
        return false;
    }
    m_request.tollFree = parser.isSet(QStringLiteral("toll-free"));
    QString why;
    const std::optional<QString> prefix = PhoneNumbering::nationalPrefix(
        parser.value(QStringLiteral("prefix")), m_request.country, &why);
    if (!prefix) {
        *error = tr("--prefix: %1").arg(why);
        return false;
    }
    m_request.prefix = *prefix;
    const QString contains = parser.value(QStringLiteral("contains"));
    for (const QChar c : contains) {
        if (!c.isLetterOrNumber() && !c.isSpace() && c != u'-' && c != u'.') {
            *error = tr("--contains: '%1' is neither a digit nor a letter.").arg(c);
            return false;
        }
    }
    m_request.contains = PhoneNumbering::keypadDigits(contains);
    if (parser.isSet(QStringLiteral("contains")) && m_request.contains.isEmpty()) {
        *error = tr("--contains needs digits or letters.");
        return false;
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = parser.value(QStringLiteral("limit")).trimmed().toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit) {
            *error = tr("--limit needs a whole number from 1 to %1 (found '%2').")
                         .arg(kMaxLimit)
                         .arg(parser.value(QStringLiteral("limit")));
            return false;
        }
        m_request.limit = limit;
    }
    const QString format = parser.value(QStringLiteral("format"));
    m_format = OutputFormatter::Format::Table;
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

int SearchCommand::run(const CommandContext &context)
{
    const Result<QList<AvailableNumber>> result =
        BlockingCall::run<QList<AvailableNumber>>([&](QObject *receiver, auto done) {
            context.client->searchNumbers(m_request, receiver, done);
        });
    if (!result) {
        context.terminal->err(tr("search: %1\n").arg(result.error().fullText()));
        return ApiFailure;
    }
    const QList<AvailableNumber> &numbers = result.value();
    if (m_format == OutputFormatter::Format::Json) {
        // For scripts: the place in English whatever the terminal's language.
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QJsonArray array;
        for (const AvailableNumber &number : numbers) {
            array.append(QJsonObject{
                {QStringLiteral("number"), number.number},
                {QStringLiteral("human_number"), number.readable(defaultCountry())},
                {QStringLiteral("region"), number.place(english)},
            });
        }
        context.terminal->outBytes(QJsonDocument(QJsonObject{{QStringLiteral("numbers"), array}})
                                       .toJson(QJsonDocument::Indented));
        return Success;
    }
    QList<QStringList> rows;
    rows.append({tr("Number"), tr("Written"), tr("Region")});
    for (const AvailableNumber &number : numbers)
        rows.append({number.number, number.readable(defaultCountry()), number.place()});
    context.terminal->outBytes(OutputFormatter::textTable(rows));
    if (numbers.isEmpty())
        context.terminal->err(tr("No numbers of %1 match; try a shorter prefix or fewer digits.\n")
                                  .arg(schema::countryName(m_request.country)));
    return Success;
}

} // namespace numdesk::cli
