#include "phonenumbering.h"

#include "geocodermodule.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>

// The only includes of libphonenumber in the tree (see the header), with geocodermodule.cpp.
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

#include <dlfcn.h>

namespace numdesk {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using LibNumber = i18n::phonenumbers::PhoneNumber;

const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString qt(const std::string &text)
{
    return QString::fromStdString(text);
}

// The folders the geocoder module may be in, for the program or library this code is part of
// (`object`, its absolute path): beside it as installed, and in the build tree for a binary that
// is itself in the build tree (never for an installed one: a build folder is not a place an
// installed program takes code from).
QStringList geocoderFolders(const QString &object)
{
    const QString folder = QFileInfo(object).canonicalPath();
    if (folder.isEmpty())
        return {};
    QStringList folders{QDir::cleanPath(folder + QStringLiteral("/" NUMDESK_GEOCODER_FROM_BINDIR))};
    const QString buildTree = QStringLiteral(NUMDESK_BUILD_TREE);
    if (folder == buildTree || folder.startsWith(buildTree + QLatin1Char('/')))
        folders.append(QStringLiteral(NUMDESK_GEOCODER_BUILD_FOLDER));
    return folders;
}

// The module's function, loaded on first use (geocodermodule.h says why); null, after one
// warning, when no folder has it.
NumdeskGeocoderDescribe loadGeocoder()
{
    QStringList folders = geocoderFolders(QStringLiteral("/proc/self/exe"));
    // With the project's libraries shared (the sanitizer build), this code is in one of them.
    Dl_info self{};
    if (dladdr(reinterpret_cast<void *>(&geocoderFolders), &self) && self.dli_fname &&
        self.dli_fname[0] == '/') {
        for (const QString &folder : geocoderFolders(QFile::decodeName(self.dli_fname))) {
            if (!folders.contains(folder))
                folders.append(folder);
        }
    }
    QStringList failures;
    for (const QString &folder : std::as_const(folders)) {
        const QString path = QDir(folder).filePath(QStringLiteral(NUMDESK_GEOCODER_MODULE));
        if (!QFileInfo::exists(path))
            continue;
        QLibrary module(path); // never unloaded: the function stays valid for the process
        if (const auto describe = reinterpret_cast<NumdeskGeocoderDescribe>(
                module.resolve(NUMDESK_GEOCODER_FUNCTION)))
            return describe;
        failures.append(module.errorString());
    }
    qWarning("Numbers Desk: the geocoder module %s could not be loaded (%s); numbers are shown "
             "without their place.",
             NUMDESK_GEOCODER_MODULE,
             qPrintable(failures.isEmpty()
                            ? QStringLiteral("not in %1").arg(folders.join(QStringLiteral(", ")))
                            : failures.join(QStringLiteral("; "))));
    return nullptr;
}

NumdeskGeocoderDescribe geocoder()
{
    static const NumdeskGeocoderDescribe describe = loadGeocoder(); // thread-safe, once
    return describe;
}

PhoneNumbering::Type typeOf(PhoneNumberUtil::PhoneNumberType type)
{
    using T = PhoneNumbering::Type;
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return T::FixedLine;
    case PhoneNumberUtil::MOBILE:
        return T::Mobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return T::FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE:
        return T::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE:
        return T::PremiumRate;
    case PhoneNumberUtil::SHARED_COST:
        return T::SharedCost;
    case PhoneNumberUtil::VOIP:
        return T::Voip;
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return T::PersonalNumber;
    case PhoneNumberUtil::PAGER:
        return T::Pager;
    case PhoneNumberUtil::UAN:
        return T::Uan;
    case PhoneNumberUtil::VOICEMAIL:
        return T::Voicemail;
    case PhoneNumberUtil::UNKNOWN:
        break;
    }
    return T::Unknown;
}

PhoneNumberUtil::PhoneNumberType libType(PhoneNumbering::Type type)
{
    using T = PhoneNumbering::Type;
    switch (type) {
    case T::FixedLine:
        return PhoneNumberUtil::FIXED_LINE;
    case T::Mobile:
        return PhoneNumberUtil::MOBILE;
    case T::FixedLineOrMobile:
        return PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
    case T::TollFree:
        return PhoneNumberUtil::TOLL_FREE;
    case T::PremiumRate:
        return PhoneNumberUtil::PREMIUM_RATE;
    case T::SharedCost:
        return PhoneNumberUtil::SHARED_COST;
    case T::Voip:
        return PhoneNumberUtil::VOIP;
    case T::PersonalNumber:
        return PhoneNumberUtil::PERSONAL_NUMBER;
    case T::Pager:
        return PhoneNumberUtil::PAGER;
    case T::Uan:
        return PhoneNumberUtil::UAN;
    case T::Voicemail:
        return PhoneNumberUtil::VOICEMAIL;
    case T::Unknown:
        break;
    }
    return PhoneNumberUtil::UNKNOWN;
}

// The country a number belongs to: by its range when valid, else its calling code's main one.
std::string regionOf(const LibNumber &number, bool valid)
{
    std::string region;
    if (valid)
        util().GetRegionCodeForNumber(number, &region);
    if (region.empty() || region == "ZZ")
        util().GetRegionCodeForCountryCode(number.country_code(), &region);
    return region == "ZZ" ? std::string() : region;
}

PhoneNumbering::Number toNumber(const LibNumber &number)
{
    PhoneNumbering::Number out;
    std::string text;
    util().Format(number, PhoneNumberUtil::E164, &text);
    out.e164 = qt(text);
    out.callingCode = number.country_code();
    text.clear();
    util().GetNationalSignificantNumber(number, &text);
    out.nationalNumber = qt(text);
    out.extension = qt(number.extension());
    out.valid = util().IsValidNumber(number);
    out.possible = util().IsPossibleNumber(number);
    out.region = qt(regionOf(number, out.valid));
    out.type = typeOf(util().GetNumberType(number));
    return out;
}

// A number the API sent: E.164, read without a default country.
std::optional<LibNumber> readE164(const QString &e164)
{
    const QString trimmed = e164.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    LibNumber number;
    if (util().Parse(utf8(trimmed), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    return number;
}

bool isDash(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'\u2010': // hyphen
    case u'\u2011': // non-breaking hyphen
    case u'\u2012': // figure dash
    case u'\u2013': // en dash
    case u'\u2014': // em dash
    case u'\u2015': // horizontal bar
    case u'\u2212': // minus sign
        return true;
    default:
        return false;
    }
}

bool isPlus(QChar c)
{
    return c == u'+' || c == u'\uFF0B'; // fullwidth plus
}

// Characters a written number may hold besides digits and a leading '+'.
bool isSeparator(QChar c)
{
    return c.isSpace() || isDash(c) || c == u'.' || c == u'(' || c == u')' || c == u'[' ||
           c == u']' || c == u'/';
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + char16_t(c.digitValue())));
    }
    return digits;
}

PhoneNumbering::Parsed refused(PhoneNumbering::Problem problem, const QString &reason,
                               std::optional<PhoneNumbering::Number> number = std::nullopt)
{
    PhoneNumbering::Parsed parsed;
    parsed.problem = problem;
    parsed.reason = reason;
    parsed.number = std::move(number);
    return parsed;
}

// "the United States", for reasons: the region's name, or the calling code when it has none.
QString countryOf(const PhoneNumbering::Number &number)
{
    if (number.region.isEmpty() || number.region == QLatin1String("001"))
        return QStringLiteral("+%1").arg(number.callingCode);
    return PhoneNumbering::regionName(number.region);
}

} // namespace

bool PhoneNumbering::Number::operator==(const Number &o) const
{
    return e164 == o.e164 && callingCode == o.callingCode && nationalNumber == o.nationalNumber &&
           extension == o.extension && region == o.region && possible == o.possible &&
           valid == o.valid && type == o.type;
}

PhoneNumbering::Parsed PhoneNumbering::parse(const QString &text, const QString &defaultRegion,
                                             Accept accept, Letters letters)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refused(Problem::Empty, tr("Type a phone number."));
    const QString allowed =
        tr("type its digits; spaces, dashes, dots, parentheses and a leading + or 00 may stay");
    // Checked here, before libphonenumber, which reads letters on the keypad and skips what
    // precedes the first digit: "abc12x" must not become a search for 12.
    bool seenDigit = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit()) {
            seenDigit = true;
            continue;
        }
        if (c.isLetter()) {
            if (letters == Letters::Keypad)
                continue;
            //: Under a number field: "A phone number has no letters: type its digits; …"
            return refused(Problem::Letters, tr("A phone number has no letters: %1.").arg(allowed));
        }
        if (isSeparator(c) || (isPlus(c) && i == 0))
            continue;
        return refused(Problem::Character,
                       tr("'%1' does not belong in a phone number: %2.").arg(QString(c), allowed));
    }
    if (!seenDigit)
        return refused(Problem::NotANumber,
                       tr("'%1' holds no digits of a phone number.").arg(trimmed));

    // "00 44 …" is how most of the world writes "+44 …"; libphonenumber knows 00 only where it
    // is the international prefix of the default country (not in the US: there it is 011).
    QString input = trimmed;
    {
        qsizetype first = 0;
        while (first < input.size() && !input.at(first).isDigit())
            ++first;
        if (first == 0 && input.size() > 2 && input.at(0) == u'0' && input.at(1) == u'0')
            input = QLatin1Char('+') + input.mid(2);
    }
    const bool international = isPlus(input.at(0));
    const QString region = defaultRegion.trimmed().toUpper();
    if (!international && (region.isEmpty() || !isSupportedRegion(region)))
        return refused(Problem::NoCountry,
                       tr("Start with + and the country code: no default country is set to "
                          "read a number without one."));

    LibNumber number;
    const auto error =
        util().Parse(utf8(input), region.isEmpty() ? std::string("ZZ") : utf8(region), &number);
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return refused(Problem::UnknownCountryCode,
                       tr("The number does not start with a known country code."));
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return refused(Problem::TooShort, tr("Too short for a phone number."));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return refused(Problem::TooLong, tr("Too long for a phone number."));
    case PhoneNumberUtil::NOT_A_NUMBER:
        return refused(Problem::NotANumber, tr("'%1' is not a phone number.").arg(trimmed));
    }

    const Number read = toNumber(number);
    const QString country = countryOf(read);
    switch (util().IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return refused(Problem::TooShort,
                       tr("Too short: a number of %1 needs its area code too.").arg(country), read);
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return refused(Problem::UnknownCountryCode,
                       tr("The number does not start with a known country code."), read);
    case PhoneNumberUtil::TOO_SHORT:
        return refused(Problem::TooShort, tr("Too short for a phone number of %1.").arg(country),
                       read);
    case PhoneNumberUtil::TOO_LONG:
        return refused(Problem::TooLong, tr("Too long for a phone number of %1.").arg(country),
                       read);
    case PhoneNumberUtil::INVALID_LENGTH:
        return refused(Problem::Length,
                       tr("No phone number of %1 has this many digits.").arg(country), read);
    }
    if (accept == Accept::Valid && !read.valid) {
        //: "+1 555-010-0000 is not a valid number of United States."
        return refused(
            Problem::NotValid,
            tr("%1 is not a valid number of %2.").arg(formatInternational(read.e164), country),
            read);
    }
    Parsed parsed;
    parsed.number = read;
    return parsed;
}

std::optional<PhoneNumbering::Number> PhoneNumbering::fromE164(const QString &e164)
{
    const std::optional<LibNumber> number = readE164(e164);
    if (!number)
        return std::nullopt;
    return toNumber(*number);
}

bool PhoneNumbering::isTollFree(const QString &e164)
{
    const std::optional<LibNumber> number = readE164(e164);
    return number && util().GetNumberType(*number) == PhoneNumberUtil::TOLL_FREE;
}

QString PhoneNumbering::formatNational(const QString &e164)
{
    const std::optional<LibNumber> number = readE164(e164);
    if (!number)
        return e164;
    std::string text;
    util().Format(*number, PhoneNumberUtil::NATIONAL, &text);
    return qt(text);
}

QString PhoneNumbering::formatInternational(const QString &e164)
{
    const std::optional<LibNumber> number = readE164(e164);
    if (!number)
        return e164;
    std::string text;
    util().Format(*number, PhoneNumberUtil::INTERNATIONAL, &text);
    return qt(text);
}

QString PhoneNumbering::displayForm(const QString &e164, const QString &homeRegion)
{
    const std::optional<LibNumber> number = readE164(e164);
    if (!number)
        return e164;
    const bool home =
        !homeRegion.isEmpty() &&
        qt(regionOf(*number, util().IsValidNumber(*number))) == homeRegion.trimmed().toUpper();
    std::string text;
    util().Format(*number, home ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
                  &text);
    return qt(text);
}

bool PhoneNumbering::writes(const QString &written, const QString &e164)
{
    const std::optional<LibNumber> number = readE164(e164);
    if (!number)
        return true;
    const QString digits = keypadDigits(written);
    if (digits.isEmpty())
        return false;
    std::string national;
    util().Format(*number, PhoneNumberUtil::NATIONAL, &national);
    const QString nationalDigits = digitsOf(qt(national));
    const QString code = QString::number(number->country_code());
    std::string significant;
    util().GetNationalSignificantNumber(*number, &significant);
    // "(0)" after the country code is a common way to show the trunk prefix.
    return digits == nationalDigits || digits == code + qt(significant) ||
           digits == code + nationalDigits;
}

QString PhoneNumbering::readable(const QString &e164, const QString &humanNumber,
                                 const QString &homeRegion)
{
    if (e164.trimmed().isEmpty())
        return humanNumber;
    if (!humanNumber.trimmed().isEmpty() && writes(humanNumber, e164))
        return humanNumber;
    return displayForm(e164, homeRegion);
}

QString PhoneNumbering::location(const QString &e164, const QLocale &locale,
                                 const QString &homeRegion)
{
    const std::optional<LibNumber> number = readE164(e164);
    if (!number || !util().IsValidNumber(*number))
        return {};
    const NumdeskGeocoderDescribe describe = geocoder();
    if (!describe)
        return {};
    const QStringList parts = locale.name().split(QLatin1Char('_'));
    std::string description;
    describe(*number, parts.value(0).toLatin1().constData(), parts.value(1).toLatin1().constData(),
             homeRegion.toUpper().toLatin1().constData(), &description);
    return qt(description);
}

std::optional<QString> PhoneNumbering::nationalPrefix(const QString &text, const QString &region,
                                                      QString *why)
{
    const auto fail = [why](const QString &reason) -> std::optional<QString> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isLetter())
            return fail(tr("An area code has no letters: type its digits."));
        if (!c.isDigit() && !isSeparator(c) && !(isPlus(c) && i == 0))
            return fail(tr("'%1' does not belong in an area code: type its digits.").arg(c));
    }
    QString digits = digitsOf(trimmed);
    const bool international =
        !trimmed.isEmpty() && (isPlus(trimmed.at(0)) || trimmed.startsWith(QLatin1String("00")));
    const QString upper = region.trimmed().toUpper();
    if (international) {
        if (trimmed.startsWith(QLatin1String("00")))
            digits = digits.mid(2);
        const QString code = QString::number(callingCode(upper));
        if (!digits.startsWith(code))
            return fail(tr("This prefix does not start with +%1, the calling code of %2.")
                            .arg(code, regionName(upper)));
        return digits.mid(code.size());
    }
    // The trunk prefix ("0" in most of the world, "1" in the NANP) is no part of the national
    // number; other trunk prefixes (Russia's 8) also begin national numbers, so they stay.
    std::string trunk;
    if (isSupportedRegion(upper))
        util().GetNddPrefixForRegion(utf8(upper), true, &trunk);
    const bool strippable = trunk == "0" || (trunk == "1" && callingCode(upper) == 1);
    if (strippable && digits.size() > 1 && digits.startsWith(qt(trunk)))
        digits = digits.mid(1);
    return digits;
}

QString PhoneNumbering::keypadDigits(const QString &text)
{
    std::string converted = utf8(text);
    util().ConvertAlphaCharactersInNumber(&converted);
    return digitsOf(qt(converted));
}

QStringList PhoneNumbering::supportedRegions()
{
    static const QStringList regions = [] {
        std::set<std::string> codes;
        util().GetSupportedRegions(&codes);
        QStringList list;
        for (const std::string &code : codes)
            list.append(qt(code));
        list.sort();
        return list;
    }();
    return regions;
}

bool PhoneNumbering::isSupportedRegion(const QString &region)
{
    return supportedRegions().contains(region);
}

int PhoneNumbering::callingCode(const QString &region)
{
    if (!isSupportedRegion(region))
        return 0;
    return util().GetCountryCodeForRegion(utf8(region));
}

QString PhoneNumbering::exampleNumber(const QString &region, Type type)
{
    LibNumber number;
    if (!util().GetExampleNumberForType(utf8(region), libType(type), &number))
        return {};
    std::string text;
    util().Format(number, PhoneNumberUtil::E164, &text);
    return qt(text);
}

QString PhoneNumbering::regionName(const QString &region)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    if (territory == QLocale::AnyTerritory)
        return region;
    // The purchase countries' names are translated in this context (apischema.cpp).
    return QCoreApplication::translate("numdesk::countries",
                                       QLocale::territoryToString(territory).toUtf8().constData());
}

} // namespace numdesk
