#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace numdesk::sandbox {

class RandomGenerator;

// Realistic numbering of the purchase countries: country calling code, a few local area
// prefixes and the toll-free prefixes, each with the length of the remaining subscriber digits.
// Every number the plans make is one libphonenumber holds valid for its country, local or
// toll-free as it says (the prefixes are long enough that any subscriber digits fit;
// tst_sandboxdemodatagenerator checks it).
class NumberPlan
{
public:
    struct Prefix
    {
        QString digits;       // national prefix after the calling code: "212", "800", "1224"
        int subscriberDigits; // digits that follow it
    };
    struct Country
    {
        QString code;        // ISO 3166 alpha-2
        QString callingCode; // "1", "44", …
        QList<Prefix> local;
        QList<Prefix> tollFree;
    };

    // The plan of a purchase country; nullptr for a code it does not know.
    static const Country *country(const QString &code);
    static QStringList countryCodes();

    // A random E.164 number ("+18005550123") of the country; empty for an unknown country.
    static QString generate(const QString &countryCode, bool tollFree, RandomGenerator &random);
    // Whether an E.164 number of the country starts with one of its toll-free prefixes.
    static bool isTollFree(const QString &countryCode, const QString &e164);
    // The way a person writes it: "(800) 555-0123" in the NANP, "+44 1224 980000" elsewhere.
    static QString humanNumber(const QString &countryCode, const QString &e164);
    // A stable id of the local area (calling code + first national digits); none for toll-free.
    static std::optional<qint64> areaCodeId(const QString &countryCode, const QString &e164);
    // Only the digits of any text: "+1 (800) 555" -> "1800555".
    static QString digitsOf(const QString &text);
};

} // namespace numdesk::sandbox
