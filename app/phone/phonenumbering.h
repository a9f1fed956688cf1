#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace numdesk {

// Phone numbers as people write them and as the API sends them, read, checked, written and
// placed on the map by Google's libphonenumber and its offline geocoder. This class is the only
// place that includes their headers (they pull in ICU, Abseil and protobuf); the rest of the code
// speaks QString. Every function is thread-safe: libphonenumber's PhoneNumberUtil is one
// process-wide instance, and its geocoder locks itself.
//
// Region codes are ISO 3166 alpha-2 ("US", "GB"), as libphonenumber and the API use them; "001"
// is libphonenumber's code for numbers of no country (+800 universal freephone).
class PhoneNumbering
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::PhoneNumbering)

public:
    // libphonenumber's number types.
    enum class Type
    {
        Unknown,
        FixedLine,
        Mobile,
        FixedLineOrMobile, // the NANP cannot tell them apart
        TollFree,
        PremiumRate,
        SharedCost,
        Voip,
        PersonalNumber,
        Pager,
        Uan,
        Voicemail,
    };

    // A number libphonenumber could read.
    struct Number
    {
        QString e164;           // "+12126699604"
        int callingCode = 0;    // 1
        QString nationalNumber; // the national significant number: "2126699604"
        QString extension;      // "12" of "… ext. 12"; empty when there is none
        // The country the number belongs to: by its number range when it is valid ("CA" for
        // +1 416…), else the main country of its calling code ("US" for an unused +1 number).
        QString region;
        bool possible = false; // its length fits numbers of its country
        bool valid = false;    // it lies in a range its country gives out
        Type type = Type::Unknown;

        bool isTollFree() const { return type == Type::TollFree; }
        bool operator==(const Number &o) const;
        bool operator!=(const Number &o) const { return !(*this == o); }
    };

    // Why a text is not (an acceptable) phone number, first reason first.
    enum class Problem
    {
        None,
        Empty,
        Letters,            // letters where digits belong ("abc12x")
        Character,          // a character no written number has ("12#4", a '+' in the middle)
        NoCountry,          // no country code, and no default country to read it in
        UnknownCountryCode, // "+999 …"
        NotANumber,
        TooShort,
        TooLong,
        Length,   // between the shortest and the longest, yet no number of its country has it
        NotValid, // possible, but in no range its country gives out (Accept::Valid only)
    };

    // What is good enough: a number of a possible length (what the API can be asked about, what
    // a plan row needs), or a valid one (what can be bought).
    enum class Accept
    {
        Possible,
        Valid
    };
    // Letters in a typed number: refused (filter fields), or read on the phone keypad
    // ("1-800-FLOWERS").
    enum class Letters
    {
        Refuse,
        Keypad
    };

    struct Parsed
    {
        // Set whenever libphonenumber could read a number, even one refused for its length or
        // validity (a caller may still want to show it).
        std::optional<Number> number;
        Problem problem = Problem::None;
        QString reason; // one translated sentence saying why, empty when the text is fine

        bool ok() const { return problem == Problem::None; }
        // The number's E.164 form when ok(), else empty.
        QString e164() const { return ok() && number ? number->e164 : QString(); }
    };

    // Reads what a person typed in any common written form: "(212) 669-9604", "212.669.9604",
    // "0161 419 9581", "+44 161 419 9581", "00 44 161 419 9581", "011 44 161…" (in the US).
    // A number without a country code is read as one of `defaultRegion` (none when empty).
    static Parsed parse(const QString &text, const QString &defaultRegion,
                        Accept accept = Accept::Possible, Letters letters = Letters::Refuse);
    // A number in the API's form ("+18005002562"); nullopt when it is none.
    static std::optional<Number> fromE164(const QString &e164);
    // Whether a number in the API's form is toll-free: fromE164(e164)->isTollFree(), without
    // the rest of what fromE164 works out (a fraction of its time, for a million numbers).
    static bool isTollFree(const QString &e164);

    // "(212) 669-9604", "01224 980000"; the text as it is when it is no number.
    static QString formatNational(const QString &e164);
    // "+1 212-669-9604", "+44 1224 980000"; the text as it is when it is no number.
    static QString formatInternational(const QString &e164);
    // How the window shows a number: in the national form when it belongs to `homeRegion`,
    // in the international form otherwise; the text as it is when it is no number.
    static QString displayForm(const QString &e164, const QString &homeRegion);
    // Whether `written` (a server's human_number) writes the number `e164`: its digits are those
    // of the national form (with its trunk prefix: "01224 980000") or of the international form
    // ("+44 1224 980000", "+44 (0)1224 980000"). "(122) 498-0000" does not write +441224980000.
    // True when `e164` is no number (nothing to hold it against).
    static bool writes(const QString &written, const QString &e164);
    // What to show for a record: its human_number when it writes the number, else the number in
    // displayForm(); the human_number when there is no number at all.
    static QString readable(const QString &e164, const QString &humanNumber,
                            const QString &homeRegion);

    // Where a number is, in the language of `locale`: the city or area of a geographic number
    // ("New York, NY"), the country of any other ("United States"); a country that is
    // `homeRegion` is left out where a city is known. Empty when libphonenumber does not know.
    static QString location(const QString &e164, const QLocale &locale = QLocale(),
                            const QString &homeRegion = {});

    // An area code or the leading digits of national numbers of `region`, as a person types
    // them: "415", "(415) 55", "0161" (the trunk prefix dropped: "161"), "+44 161" or "0044 161"
    // (the country's own calling code dropped). Empty for an empty text; nullopt with the
    // reason in `why` when the text holds letters or starts with another country's code.
    static std::optional<QString> nationalPrefix(const QString &text, const QString &region,
                                                 QString *why = nullptr);
    // The digits of a text, letters read on the phone keypad: "FLOWERS" -> "3569377",
    // "1-800-Go-Fedex" -> "18004633339". Every other character is dropped.
    static QString keypadDigits(const QString &text);

    // Every region libphonenumber knows, sorted ("AC", "AD", …).
    static QStringList supportedRegions();
    static bool isSupportedRegion(const QString &region);
    // 1 for "US", 44 for "GB"; 0 for a region libphonenumber does not know.
    static int callingCode(const QString &region);
    // libphonenumber's example number of that type in the region (E.164), empty when none.
    static QString exampleNumber(const QString &region, Type type);
    // The name of a region in the interface's language ("United Kingdom").
    static QString regionName(const QString &region);
};

} // namespace numdesk
