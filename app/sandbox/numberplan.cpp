#include "numberplan.h"

#include "randomgenerator.h"

#include <QHash>

namespace numdesk::sandbox {

namespace {

using Prefix = NumberPlan::Prefix;
using Country = NumberPlan::Country;

QList<Prefix> prefixes(const char *list, int subscriberDigits)
{
    QList<Prefix> result;
    const QStringList parts = QString::fromLatin1(list).split(QLatin1Char(' '));
    for (const QString &part : parts)
        result.append({part, subscriberDigits});
    return result;
}

const QList<Prefix> &nanpTollFree()
{
    static const QList<Prefix> list = prefixes("800 888 877 866 855 844 833", 7);
    return list;
}

Country make(const char *code, const char *callingCode, QList<Prefix> local, QList<Prefix> tollFree)
{
    return {QString::fromLatin1(code), QString::fromLatin1(callingCode), std::move(local),
            std::move(tollFree)};
}

const QList<Country> &allCountries()
{
    static const QList<Country> countries = {
        make("AR", "54", prefixes("114 115 116", 7), prefixes("800", 7)),
        make("AT", "43", prefixes("12 15 17", 6), prefixes("800", 6)),
        make("AU", "61", prefixes("28 29 39 73 88", 7), prefixes("1800", 6)),
        make("BE", "32", prefixes("22 25 27", 6), prefixes("8001 8005", 4)),
        make("BG", "359", prefixes("2", 7), prefixes("800", 5)),
        make("BH", "973", prefixes("17", 6), prefixes("8000", 4)),
        make("BR", "55", prefixes("113 114 213 215", 7), prefixes("800", 7)),
        make("CA", "1", prefixes("416 604 514 403 613", 7), nanpTollFree()),
        make("CH", "41", prefixes("44 22", 7), prefixes("800", 6)),
        make("CL", "56", prefixes("22", 7), prefixes("800", 6)),
        make("CN", "86", prefixes("105 106 213 215", 7), prefixes("800", 7)),
        make("CO", "57", prefixes("6012 6013 6042 6044", 6), prefixes("18000", 6)),
        make("CY", "357", prefixes("22", 6), prefixes("800", 5)),
        make("CZ", "420", prefixes("2", 8), prefixes("800", 6)),
        make("DE", "49", prefixes("30 40 89", 8), prefixes("800", 7)),
        make("DK", "45", prefixes("3", 7), prefixes("80", 6)),
        make("DO", "1", prefixes("809 829 849", 7), nanpTollFree()),
        make("EE", "372", prefixes("6", 6), prefixes("8002 8005", 3)),
        make("ES", "34", prefixes("91 93", 7), prefixes("900", 6)),
        make("FI", "358", prefixes("91 92 94", 6), prefixes("800", 6)),
        make("FR", "33", prefixes("1", 8) + prefixes("42 47", 7), prefixes("800 805", 6)),
        make("GB", "44",
             prefixes("203 207 208", 7) + prefixes("1214 1216", 6) + prefixes("161", 7) +
                 prefixes("1224", 6),
             prefixes("800 808", 7)),
        make("GE", "995", prefixes("32", 7), prefixes("800", 6)),
        make("GR", "30", prefixes("21", 8), prefixes("800", 7)),
        make("HK", "852", prefixes("23 25 27", 6) + prefixes("305 315 350", 5), prefixes("800", 6)),
        make("HR", "385", prefixes("1", 7), prefixes("800", 4)),
        make("HU", "36", prefixes("1", 7), prefixes("80", 6)),
        make("ID", "62", prefixes("21", 8), prefixes("800", 7)),
        make("IE", "353", prefixes("1", 7), prefixes("1800", 6)),
        make("IL", "972", prefixes("3", 7) + prefixes("22 26", 6), prefixes("1800", 6)),
        make("IT", "39", prefixes("02", 8) + prefixes("064 065", 7), prefixes("800", 6)),
        make("JP", "81", prefixes("6", 8) + prefixes("33 35", 7), prefixes("120", 6)),
        make("KR", "82", prefixes("25 27", 7), prefixes("80", 7)),
        make("LT", "370", prefixes("52", 6), prefixes("800", 5)),
        make("LU", "352", prefixes("22 24 26", 6), prefixes("800", 5)),
        make("LV", "371", prefixes("6", 7), prefixes("80", 6)),
        make("MT", "356", prefixes("21", 6), prefixes("8003 8007", 4)),
        make("MX", "52", prefixes("55 33 81", 8), prefixes("800", 7)),
        make("MY", "60", prefixes("322 355 377", 6), prefixes("1800", 6)),
        make("NL", "31", prefixes("20 10", 7), prefixes("800", 4)),
        make("NO", "47", prefixes("21 22 23", 6), prefixes("800", 5)),
        make("NZ", "64", prefixes("92 93 95 43 44", 6), prefixes("800", 6)),
        make("PA", "507", prefixes("22 26", 5), prefixes("800", 4)),
        make("PE", "51", prefixes("12 14", 6), prefixes("800", 5)),
        make("PH", "63", prefixes("24 28", 7), prefixes("1800", 7)),
        make("PK", "92", prefixes("213 215 423 425", 7), prefixes("800", 5)),
        make("PL", "48", prefixes("22 12", 7), prefixes("800", 6)),
        make("PR", "1", prefixes("787 939", 7), nanpTollFree()),
        make("PT", "351", prefixes("21 22", 7), prefixes("800", 6)),
        make("RO", "40", prefixes("21", 7), prefixes("800", 6)),
        make("RU", "7", prefixes("495 812", 7), prefixes("800", 7)),
        make("SE", "46", prefixes("8", 7), prefixes("20", 6)),
        make("SG", "65", prefixes("62 63 67", 6), prefixes("1800", 7)),
        make("SI", "386", prefixes("12 14", 6), prefixes("80", 4)),
        make("SK", "421", prefixes("22 25", 7), prefixes("800", 6)),
        make("SV", "503", prefixes("22 25", 6), prefixes("800", 4)),
        make("TR", "90", prefixes("212 216", 7), prefixes("800", 7)),
        make("US", "1", prefixes("212 213 312 415 512 617 702 305 404 206", 7), nanpTollFree()),
        make("ZA", "27", prefixes("11 21", 7), prefixes("800", 6)),
    };
    return countries;
}

const QHash<QString, const Country *> &countryIndex()
{
    static const QHash<QString, const Country *> index = [] {
        QHash<QString, const Country *> map;
        for (const Country &c : allCountries())
            map.insert(c.code, &c);
        return map;
    }();
    return index;
}

QString randomDigits(int count, RandomGenerator &random)
{
    QString digits;
    digits.reserve(count);
    for (int i = 0; i < count; ++i)
        digits.append(QChar(u'0' + char16_t(random.bounded(10))));
    return digits;
}

} // namespace

const Country *NumberPlan::country(const QString &code)
{
    return countryIndex().value(code, nullptr);
}

QStringList NumberPlan::countryCodes()
{
    QStringList codes;
    for (const Country &c : allCountries())
        codes.append(c.code);
    return codes;
}

QString NumberPlan::generate(const QString &countryCode, bool tollFree, RandomGenerator &random)
{
    const Country *plan = country(countryCode);
    if (!plan)
        return {};
    const QList<Prefix> &choices = tollFree ? plan->tollFree : plan->local;
    const Prefix &prefix = choices.at(qsizetype(random.bounded(quint64(choices.size()))));
    QString subscriber = randomDigits(prefix.subscriberDigits, random);
    const bool nanp = plan->callingCode == QLatin1String("1");
    if (nanp && !subscriber.isEmpty() && subscriber.at(0) < QLatin1Char('2'))
        subscriber[0] = QChar(u'2' + char16_t(random.bounded(8))); // NXX never starts with 0/1
    return QLatin1Char('+') + plan->callingCode + prefix.digits + subscriber;
}

bool NumberPlan::isTollFree(const QString &countryCode, const QString &e164)
{
    const Country *plan = country(countryCode);
    if (!plan)
        return false;
    const QString national = digitsOf(e164).mid(plan->callingCode.size());
    for (const Prefix &prefix : plan->tollFree) {
        if (national.startsWith(prefix.digits) &&
            national.size() == prefix.digits.size() + prefix.subscriberDigits)
            return true;
    }
    return false;
}

QString NumberPlan::humanNumber(const QString &countryCode, const QString &e164)
{
    const Country *plan = country(countryCode);
    const QString digits = digitsOf(e164);
    if (!plan || !digits.startsWith(plan->callingCode))
        return e164;
    const QString national = digits.mid(plan->callingCode.size());
    if (plan->callingCode == QLatin1String("1") && national.size() == 10) {
        return QStringLiteral("(%1) %2-%3")
            .arg(national.left(3), national.mid(3, 3), national.mid(6));
    }
    for (const QList<Prefix> *list : {&plan->tollFree, &plan->local}) {
        for (const Prefix &prefix : *list) {
            if (!national.startsWith(prefix.digits) ||
                national.size() != prefix.digits.size() + prefix.subscriberDigits)
                continue;
            const QString rest = national.mid(prefix.digits.size());
            const QString grouped =
                rest.size() >= 7 ? rest.left(rest.size() - 4) + QLatin1Char(' ') + rest.right(4)
                                 : rest;
            return QStringLiteral("+%1 %2 %3").arg(plan->callingCode, prefix.digits, grouped);
        }
    }
    return QStringLiteral("+%1 %2").arg(plan->callingCode, national);
}

std::optional<qint64> NumberPlan::areaCodeId(const QString &countryCode, const QString &e164)
{
    const Country *plan = country(countryCode);
    if (!plan || isTollFree(countryCode, e164))
        return std::nullopt;
    const QString digits = digitsOf(e164);
    return digits.left(plan->callingCode.size() + 3).toLongLong();
}

QString NumberPlan::digitsOf(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    return digits;
}

} // namespace numdesk::sandbox
