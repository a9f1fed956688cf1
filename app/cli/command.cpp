#include "command.h"

#include "globaloptions.h"
#include "pagedqueryreader.h"
#include "phonenumbering.h"
#include "preferences.h"

#include <QRegularExpression>

namespace numdesk::cli {

Command::~Command() = default;

void Command::setUp(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")));
    addOptions(parser);
}

QString Command::helpText()
{
    QCommandLineParser parser;
    setUp(parser);
    QString options = parser.helpText();
    const qsizetype at = options.indexOf(QLatin1String("Options:"));
    options = at >= 0 ? options.mid(at) : QString();
    return tr("Usage: numdesk-cli [--base-url URL | --profile NAME | --sandbox] "
              "[--auth basic|token|auth-token] %1\n\n%2\n\n%3")
        .arg(synopsis(), description(), options);
}

std::optional<int> Command::parse(const QStringList &arguments, QString *message)
{
    QCommandLineParser parser;
    setUp(parser);
    if (!parser.parse(QStringList{QStringLiteral("numdesk-cli")} + arguments)) {
        *message = tr("%1: %2\nRun 'numdesk-cli %1 --help' for its options.")
                       .arg(name(), parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *message = helpText();
        return 0;
    }
    QString error;
    if (!read(parser, &error)) {
        *message = tr("%1: %2").arg(name(), error);
        return 2;
    }
    return std::nullopt;
}

QCommandLineOption Command::parallelOption()
{
    return {QStringLiteral("parallel"),
            tr("Pages in flight at once, 1 to 16 (default %1).")
                .arg(PagedQueryReader::kDefaultParallel),
            tr("N")};
}

std::optional<int> Command::readParallel(const QCommandLineParser &parser, int fallback,
                                         QString *error)
{
    if (!parser.isSet(QStringLiteral("parallel")))
        return fallback;
    bool ok = false;
    const int parallel = parser.value(QStringLiteral("parallel")).toInt(&ok);
    if (!ok || parallel < 1 || parallel > 16) {
        *error = tr("--parallel needs a whole number from 1 to 16 (found '%1').")
                     .arg(parser.value(QStringLiteral("parallel")));
        return std::nullopt;
    }
    return parallel;
}

std::optional<qint64> Command::readId(const QString &option, const QString &text, QString *error)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value <= 0) {
        *error = tr("--%1 needs a positive whole number (found '%2').").arg(option, text);
        return std::nullopt;
    }
    return value;
}

void Command::setDefaultCountry(const QString &country)
{
    m_storedCountry = country;
    m_defaultCountry.reset();
}

QString Command::defaultCountry() const
{
    if (!m_defaultCountry)
        m_defaultCountry = Preferences::supportedCountry(m_storedCountry);
    return *m_defaultCountry;
}

std::optional<QString> Command::readNumberReference(const QString &text, QString *error) const
{
    // Plain digits not starting with 0 are an id, as before; anything else is a number.
    static const QRegularExpression id(QStringLiteral("^[1-9][0-9]{0,17}$"));
    const QString trimmed = text.trimmed();
    if (id.match(trimmed).hasMatch())
        return trimmed;
    const PhoneNumbering::Parsed number = PhoneNumbering::parse(trimmed, defaultCountry());
    if (!number.ok()) {
        //: "'abc' is neither an id nor a number: A phone number has no letters: …"
        *error = tr("'%1' is neither an id nor a number: %2").arg(text, number.reason);
        return std::nullopt;
    }
    return number.e164();
}

} // namespace numdesk::cli
