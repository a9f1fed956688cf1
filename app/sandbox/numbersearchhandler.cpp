#include "numbersearchhandler.h"

#include "listparameters.h"
#include "sandboxstore.h"

#include <apischema.h>
#include <phonenumbering.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace numdesk::sandbox {

namespace {

constexpr int kAttemptsPerNumber = 40;

bool isDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// FNV-1a: a stable hash (qHash is seeded per process), so that a question always gets the
// same numbers for the same seed.
quint64 stableHash(const QString &text)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char byte : text.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 1099511628211ULL;
    }
    return hash;
}

// Whether libphonenumber holds `e164` a valid local or toll-free number of `country`. A NANP
// toll-free number belongs to the whole plan (libphonenumber names the US for it).
bool fitsCountry(const QString &e164, const QString &country, bool tollFree)
{
    const auto number = PhoneNumbering::fromE164(e164);
    if (!number || !number->valid || number->isTollFree() != tollFree)
        return false;
    return number->region == country || (tollFree && number->callingCode == 1);
}

} // namespace

NumberSearchHandler::NumberSearchHandler(const SandboxStore &store, quint64 seed)
    : m_store(store)
    , m_seed(seed)
    , m_race(seed ^ 0x72616365ULL)
{}

ApiResponse NumberSearchHandler::search(const QueryItems &query)
{
    FieldErrors errors;
    bool given = false;
    const QString country =
        RawQueryParser::value(query, QStringLiteral("country"), &given).trimmed().toUpper();
    if (country.isEmpty())
        errors[QStringLiteral("country")].append(tr("can't be blank"));
    else if (!schema::isPurchaseCountry(country))
        errors[QStringLiteral("country")].append(tr("is not included in the list"));

    bool tollFree = false;
    const QString tollFreeText = RawQueryParser::value(query, QStringLiteral("toll_free"), &given);
    if (given && !tollFreeText.trimmed().isEmpty()) {
        if (const auto value = ListParameters::parseBoolean(tollFreeText))
            tollFree = *value;
        else
            errors[QStringLiteral("toll_free")].append(ListParameters::booleanMessage());
    }
    const auto digitsOf = [&](const char *key) {
        const QString name = QLatin1String(key);
        const QString text = RawQueryParser::value(query, name).trimmed();
        if (!isDigits(text))
            errors[name].append(tr("must be digits only (got '%1')").arg(text));
        return text;
    };
    const QString prefix = digitsOf("prefix");
    const QString contains = digitsOf("query");
    int limit = kDefaultLimit;
    const QString limitText = RawQueryParser::value(query, QStringLiteral("limit"), &given);
    if (given && !limitText.trimmed().isEmpty()) {
        bool ok = false;
        limit = limitText.trimmed().toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            errors[QStringLiteral("limit")].append(
                tr("must be a whole number from 1 to %1").arg(kMaxLimit));
    }
    if (!errors.isEmpty())
        return ApiResponse::errors(422, errors);

    // The server's language is English, as the rest of its answers.
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QJsonArray numbers;
    for (const QString &e164 : offers(country, tollFree, prefix, contains, limit)) {
        QJsonObject entry{
            {QStringLiteral("number"), e164},
            {QStringLiteral("human_number"), NumberPlan::humanNumber(country, e164)},
            {QStringLiteral("country"), country},
            {QStringLiteral("toll_free"), tollFree},
        };
        const QString place = PhoneNumbering::location(e164, english, country);
        if (!place.isEmpty())
            entry.insert(QStringLiteral("region"), place);
        numbers.append(entry);
    }
    return ApiResponse::json(
        200, QJsonObject{{QStringLiteral("numbers"), numbers},
                         {QStringLiteral("metadata"),
                          QJsonObject{{QStringLiteral("total_count"), numbers.size()}}}});
}

QString NumberSearchHandler::candidate(const NumberPlan::Country &plan,
                                       const QList<NumberPlan::Prefix> &choices,
                                       const QString &prefix, const QString &contains,
                                       RandomGenerator &random) const
{
    const NumberPlan::Prefix &choice =
        choices.at(qsizetype(random.bounded(quint64(choices.size()))));
    const qsizetype length = choice.digits.size() + choice.subscriberDigits;
    // The national number, '?' where any digit will do.
    QString national(length, QLatin1Char('?'));
    const QString fixed = prefix.size() > choice.digits.size() ? prefix : choice.digits;
    national.replace(0, fixed.size(), fixed);
    if (!contains.isEmpty()) {
        QList<qsizetype> positions;
        for (qsizetype at = 0; at + contains.size() <= length; ++at) {
            bool fits = true;
            for (qsizetype k = 0; k < contains.size() && fits; ++k) {
                const QChar c = national.at(at + k);
                fits = c == u'?' || c == contains.at(k);
            }
            if (fits)
                positions.append(at);
        }
        if (positions.isEmpty())
            return {};
        national.replace(positions.at(qsizetype(random.bounded(quint64(positions.size())))),
                         contains.size(), contains);
    }
    const qsizetype exchange = choice.digits.size(); // the NANP's NXX never starts with 0 or 1
    for (qsizetype i = 0; i < length; ++i) {
        if (national.at(i) != u'?')
            continue;
        const bool nxx = plan.callingCode == QLatin1String("1") && i == exchange;
        national[i] = nxx ? QChar(u'2' + char16_t(random.bounded(8)))
                          : QChar(u'0' + char16_t(random.bounded(10)));
    }
    return QLatin1Char('+') + plan.callingCode + national;
}

QStringList NumberSearchHandler::offers(const QString &country, bool tollFree,
                                        const QString &prefix, const QString &contains, int limit)
{
    const NumberPlan::Country *plan = NumberPlan::country(country);
    if (!plan)
        return {};
    // The plan's prefixes the asked prefix can start (or continue) a number of.
    QList<NumberPlan::Prefix> choices;
    for (const NumberPlan::Prefix &p : tollFree ? plan->tollFree : plan->local) {
        const qsizetype length = p.digits.size() + p.subscriberDigits;
        if (prefix.size() <= length && contains.size() <= length &&
            (p.digits.startsWith(prefix) || prefix.startsWith(p.digits)))
            choices.append(p);
    }
    if (choices.isEmpty())
        return {};
    RandomGenerator random(
        m_seed ^ stableHash(QStringLiteral("%1|%2|%3|%4")
                                .arg(country, tollFree ? QStringLiteral("1") : QStringLiteral("0"),
                                     prefix, contains)));
    QStringList found;
    QSet<QString> seen;
    for (int attempt = 0; attempt < limit * kAttemptsPerNumber && found.size() < limit; ++attempt) {
        const QString e164 = candidate(*plan, choices, prefix, contains, random);
        if (e164.isEmpty() || seen.contains(e164))
            continue;
        seen.insert(e164);
        const QString digits = NumberPlan::digitsOf(e164);
        if (!fitsCountry(e164, country, tollFree) || m_takenElsewhere.contains(digits) ||
            m_store.digitsTaken(digits))
            continue;
        found.append(e164);
    }
    std::sort(found.begin(), found.end());
    for (const QString &e164 : std::as_const(found))
        m_offered.insert(NumberPlan::digitsOf(e164));
    return found;
}

bool NumberSearchHandler::takenAtPurchase(const QString &digits)
{
    if (m_takenElsewhere.contains(digits))
        return true;
    if (m_raceRate <= 0 || !m_offered.contains(digits) || !m_race.chance(m_raceRate))
        return false;
    m_takenElsewhere.insert(digits);
    return true;
}

} // namespace numdesk::sandbox
