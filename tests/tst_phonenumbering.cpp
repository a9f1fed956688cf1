// PhoneNumbering: what people type, read as libphonenumber reads it, and the forms it writes.
#include "geocodermodule.h"
#include "phonenumbering.h"

#include <QFile>
#include <QFuture>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace numdesk;
using Problem = PhoneNumbering::Problem;
using Accept = PhoneNumbering::Accept;
using Letters = PhoneNumbering::Letters;

Q_DECLARE_METATYPE(PhoneNumbering::Problem)
Q_DECLARE_METATYPE(PhoneNumbering::Accept)
Q_DECLARE_METATYPE(PhoneNumbering::Letters)

namespace {

// Whether a file whose name holds `name` is mapped into this process.
bool mapped(const char *name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(name);
}

} // namespace

class tst_PhoneNumbering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The geocoder comes with its module, loaded the first time a place is asked for: a
        // program that links libgeocoding pays ~25 ms at every start (geocodermodule.h).
        QVERIFY2(!mapped("libgeocoding"), "libgeocoding was loaded with the program");
        QVERIFY(!mapped(NUMDESK_GEOCODER_MODULE));
    }

    // The parsing table: every written form the filter field, --number and plan rows take.
    void shouldReadWhatPeopleType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<Accept>("accept");
        QTest::addColumn<Letters>("letters");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<Problem>("problem");

        const Accept possible = Accept::Possible;
        auto row = [&](const char *name, const QString &text, const QString &region,
                       const QString &e164, Problem problem = Problem::None,
                       Accept accept = Accept::Possible, Letters letters = Letters::Refuse) {
            QTest::newRow(name) << text << region << accept << letters << e164 << problem;
        };
        // The forms of issue 14, item 10, and of issue 16.
        row("NANP as the table shows it", "(212) 669-9604", "US", "+12126699604");
        row("dots", "212.669.9604", "US", "+12126699604");
        row("dashes", "212-669-9604", "US", "+12126699604");
        row("spaces and a trunk 1", " 1 (212) 669 9604 ", "US", "+12126699604");
        row("digits only", "2126699604", "US", "+12126699604");
        row("E.164", "+12126699604", "GB", "+12126699604");
        row("international with spaces", "+1 212 669 9604", "DE", "+12126699604");
        row("UK national form", "0161 419 9581", "GB", "+441614199581");
        row("UK international form", "+44 161 419 9581", "US", "+441614199581");
        row("00 in the US", "00 44 161 419 9581", "US", "+441614199581");
        row("00 without spaces", "00441614199581", "US", "+441614199581");
        row("00 in Germany", "0044 161 419 9581", "DE", "+441614199581");
        row("011 in the US", "011 44 161 419 9581", "US", "+441614199581");
        row("trunk prefix in parentheses", "+44 (0)161 419 9581", "US", "+441614199581");
        row("slashes in Germany", "030/12345678", "DE", "+493012345678");
        row("en dashes", QStringLiteral("212\u2013669\u20139604"), "US", "+12126699604");
        row("fullwidth digits",
            QStringLiteral("\uFF12\uFF11\uFF12 \uFF16\uFF16\uFF19 \uFF19\uFF16\uFF10\uFF14"), "US",
            "+12126699604");
        row("toll-free", "(800) 500-2562", "US", "+18005002562");
        row("no default country but a +", "+441224980000", "", "+441224980000");
        row("region in lower case", "0161 419 9581", "gb", "+441614199581");
        // Refused, with the first reason.
        row("empty", "", "US", "", Problem::Empty);
        row("blank", "   ", "US", "", Problem::Empty);
        row("letters", "abc12x", "US", "", Problem::Letters);
        row("a letter O for a zero", "212-669-96O4", "US", "", Problem::Letters);
        row("a hash", "212#669", "US", "", Problem::Character);
        row("a plus in the middle", "1+212 669 9604", "US", "", Problem::Character);
        row("two pluses", "++1 212 669 9604", "US", "", Problem::Character);
        row("punctuation only", "-- ()", "US", "", Problem::NotANumber);
        row("no country to read it in", "2126699604", "", "", Problem::NoCountry);
        row("unknown default country", "2126699604", "XX", "", Problem::NoCountry);
        row("unknown calling code", "+999 1234567", "US", "", Problem::UnknownCountryCode);
        row("without its area code", "669-9604", "US", "", Problem::TooShort);
        row("two digits", "12", "US", "", Problem::TooShort);
        row("too long", "+1 212 669 96041234", "US", "", Problem::TooLong);
        // Possible is enough unless a valid number is asked for (buying one).
        row("possible, not valid", "+1 555 010 0000", "US", "+15550100000");
        row("not valid when buying", "+1 555 010 0000", "US", "", Problem::NotValid, Accept::Valid);
        row("valid when buying", "(212) 669-9604", "US", "+12126699604", Problem::None,
            Accept::Valid);
        // Vanity numbers only where letters are read on the keypad.
        row("vanity refused", "1-800-FLOWERS", "US", "", Problem::Letters);
        row("vanity on the keypad", "1-800-FLOWERS", "US", "+18003569377", Problem::None, possible,
            Letters::Keypad);
    }

    void shouldReadWhatPeopleType()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(Accept, accept);
        QFETCH(Letters, letters);
        QFETCH(QString, e164);
        QFETCH(Problem, problem);
        const PhoneNumbering::Parsed parsed = PhoneNumbering::parse(text, region, accept, letters);
        QCOMPARE(parsed.problem, problem);
        QCOMPARE(parsed.e164(), e164);
        QCOMPARE(parsed.ok(), problem == Problem::None);
        // A refusal always says why; an acceptance never does.
        QCOMPARE(parsed.reason.isEmpty(), problem == Problem::None);
        if (parsed.ok()) {
            QVERIFY(parsed.number->possible);
            QCOMPARE(parsed.number->e164, e164);
        }
    }

    void shouldSayWhyInWords()
    {
        QCOMPARE(PhoneNumbering::parse(QStringLiteral("abc12x"), QStringLiteral("US")).reason,
                 QStringLiteral("A phone number has no letters: type its digits; spaces, dashes, "
                                "dots, parentheses and a leading + or 00 may stay."));
        QCOMPARE(PhoneNumbering::parse(QStringLiteral("212#669"), QStringLiteral("US")).reason,
                 QStringLiteral("'#' does not belong in a phone number: type its digits; spaces, "
                                "dashes, dots, parentheses and a leading + or 00 may stay."));
        QCOMPARE(PhoneNumbering::parse(QStringLiteral("669-9604"), QStringLiteral("US")).reason,
                 QStringLiteral("Too short: a number of United States needs its area code too."));
        QCOMPARE(PhoneNumbering::parse(QStringLiteral("+44 161"), QStringLiteral("US")).reason,
                 QStringLiteral("Too short for a phone number of United Kingdom."));
        QCOMPARE(PhoneNumbering::parse(QStringLiteral("+1 555 010 0000"), QStringLiteral("US"),
                                       Accept::Valid)
                     .reason,
                 QStringLiteral("+1 555-010-0000 is not a valid number of United States."));
        QCOMPARE(PhoneNumbering::parse(QStringLiteral("2126699604"), QString()).reason,
                 QStringLiteral("Start with + and the country code: no default country is set to "
                                "read a number without one."));
    }

    void shouldTellTheNumbersParts()
    {
        const auto number = PhoneNumbering::fromE164(QStringLiteral("+18005002562"));
        QVERIFY(number);
        QCOMPARE(number->callingCode, 1);
        QCOMPARE(number->nationalNumber, QStringLiteral("8005002562"));
        QCOMPARE(number->region, QStringLiteral("US"));
        QVERIFY(number->valid);
        QVERIFY(number->isTollFree());

        const auto local = PhoneNumbering::fromE164(QStringLiteral("+14165550123"));
        QVERIFY(local);
        QCOMPARE(local->region, QStringLiteral("CA")); // by its range, not "US" for every +1
        QCOMPARE(local->type, PhoneNumbering::Type::FixedLineOrMobile);
        QVERIFY(!local->isTollFree());

        const auto uk = PhoneNumbering::fromE164(QStringLiteral("+441224980000"));
        QVERIFY(uk);
        QCOMPARE(uk->region, QStringLiteral("GB"));
        QCOMPARE(uk->type, PhoneNumbering::Type::FixedLine);

        // An unused +1 number still belongs to the NANP's main country.
        const auto unused = PhoneNumbering::fromE164(QStringLiteral("+15550100000"));
        QVERIFY(unused);
        QVERIFY(!unused->valid);
        QVERIFY(unused->possible);
        QCOMPARE(unused->region, QStringLiteral("US"));

        QVERIFY(!PhoneNumbering::fromE164(QString()));
        QVERIFY(!PhoneNumbering::fromE164(QStringLiteral("not a number")));
        QVERIFY(!PhoneNumbering::fromE164(QStringLiteral("2126699604"))); // no '+': no country
    }

    void shouldWriteNationalAndInternationalForms()
    {
        QCOMPARE(PhoneNumbering::formatNational(QStringLiteral("+12126699604")),
                 QStringLiteral("(212) 669-9604"));
        QCOMPARE(PhoneNumbering::formatInternational(QStringLiteral("+12126699604")),
                 QStringLiteral("+1 212-669-9604"));
        QCOMPARE(PhoneNumbering::formatNational(QStringLiteral("+441224980000")),
                 QStringLiteral("01224 980000"));
        QCOMPARE(PhoneNumbering::formatInternational(QStringLiteral("+441224980000")),
                 QStringLiteral("+44 1224 980000"));
        QCOMPARE(PhoneNumbering::formatNational(QStringLiteral("garbage")),
                 QStringLiteral("garbage"));
    }

    void shouldShowHomeNumbersNationallyAndOthersInternationally_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("home");
        QTest::addColumn<QString>("shown");
        QTest::newRow("US at home") << "+12126699604"
                                    << "US"
                                    << "(212) 669-9604";
        QTest::newRow("UK from the US") << "+441224980000"
                                        << "US"
                                        << "+44 1224 980000";
        QTest::newRow("UK at home") << "+441224980000"
                                    << "GB"
                                    << "01224 980000";
        QTest::newRow("Canada from the US") << "+14165550123"
                                            << "US"
                                            << "+1 416-555-0123";
        QTest::newRow("no home country") << "+12126699604"
                                         << ""
                                         << "+1 212-669-9604";
        QTest::newRow("not a number") << "n/a"
                                      << "US"
                                      << "n/a";
    }

    void shouldShowHomeNumbersNationallyAndOthersInternationally()
    {
        QFETCH(QString, e164);
        QFETCH(QString, home);
        QFETCH(QString, shown);
        QCOMPARE(PhoneNumbering::displayForm(e164, home), shown);
    }

    // Issue 14, item 7: a human_number that writes another country's form is not shown.
    void shouldKeepAHumanNumberOnlyWhenItWritesTheNumber_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("human");
        QTest::addColumn<QString>("shown");
        QTest::newRow("TrackDrive's NANP form") << "+12126699604"
                                                << "(212) 669-9604"
                                                << "(212) 669-9604";
        QTest::newRow("international form") << "+441224980000"
                                            << "+44 1224 980000"
                                            << "+44 1224 980000";
        QTest::newRow("UK national form") << "+441224980000"
                                          << "01224 980000"
                                          << "01224 980000";
        QTest::newRow("(0) trunk prefix") << "+441224980000"
                                          << "+44 (0)1224 980000"
                                          << "+44 (0)1224 980000";
        QTest::newRow("UK number in NANP form") << "+443139645430"
                                                << "(313) 964-5430"
                                                << "+44 313 964 5430";
        QTest::newRow("other digits") << "+12126699604"
                                      << "(212) 669-9605"
                                      << "(212) 669-9604";
        QTest::newRow("missing") << "+441224980000"
                                 << ""
                                 << "+44 1224 980000";
        QTest::newRow("no number at all") << ""
                                          << "(212) 669-9604"
                                          << "(212) 669-9604";
        QTest::newRow("vanity form") << "+18003569377"
                                     << "1-800-FLOWERS"
                                     << "1-800-FLOWERS";
    }

    void shouldKeepAHumanNumberOnlyWhenItWritesTheNumber()
    {
        QFETCH(QString, e164);
        QFETCH(QString, human);
        QFETCH(QString, shown);
        QCOMPARE(PhoneNumbering::readable(e164, human, QStringLiteral("US")), shown);
    }

    void shouldPlaceNumbersOnTheMap()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(PhoneNumbering::location(QStringLiteral("+12126699604"), english),
                 QStringLiteral("New York, NY"));
        QCOMPARE(PhoneNumbering::location(QStringLiteral("+441224980000"), english),
                 QStringLiteral("Aberdeen"));
        // A toll-free number has no place, only its country.
        QCOMPARE(PhoneNumbering::location(QStringLiteral("+18005002562"), english),
                 QStringLiteral("United States"));
        // In the interface's language.
        QCOMPARE(PhoneNumbering::location(QStringLiteral("+18005002562"),
                                          QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("Vereinigte Staaten"));
        QCOMPARE(PhoneNumbering::location(QStringLiteral("+15550100000"), english), QString());
        QCOMPARE(PhoneNumbering::location(QStringLiteral("nonsense"), english), QString());
        // From home, a number of the home country has its city; from abroad, its country.
        QCOMPARE(
            PhoneNumbering::location(QStringLiteral("+12126699604"), english, QStringLiteral("us")),
            QStringLiteral("New York, NY"));
        QCOMPARE(
            PhoneNumbering::location(QStringLiteral("+12126699604"), english, QStringLiteral("GB")),
            QStringLiteral("United States"));
        QVERIFY(mapped(NUMDESK_GEOCODER_MODULE));
        QVERIFY(mapped("libgeocoding"));
    }

    void shouldReadLettersOnTheKeypad()
    {
        QCOMPARE(PhoneNumbering::keypadDigits(QStringLiteral("FLOWERS")),
                 QStringLiteral("3569377"));
        QCOMPARE(PhoneNumbering::keypadDigits(QStringLiteral("flowers")),
                 QStringLiteral("3569377"));
        QCOMPARE(PhoneNumbering::keypadDigits(QStringLiteral("1-800-Go-Fedex")),
                 QStringLiteral("18004633339"));
        QCOMPARE(PhoneNumbering::keypadDigits(QStringLiteral("42")), QStringLiteral("42"));
        QCOMPARE(PhoneNumbering::keypadDigits(QStringLiteral("#*")), QString());
    }

    void shouldReadAnAreaCodeAsPeopleTypeIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("prefix"); // null: refused
        QTest::newRow("NANP area code") << "415"
                                        << "US"
                                        << "415";
        QTest::newRow("in parentheses") << "(415) 55"
                                        << "US"
                                        << "41555";
        QTest::newRow("NANP trunk 1") << "1-415"
                                      << "US"
                                      << "415";
        QTest::newRow("UK trunk 0") << "0161"
                                    << "GB"
                                    << "161";
        QTest::newRow("with the country code") << "+44 161"
                                               << "GB"
                                               << "161";
        QTest::newRow("with 00") << "0044 161"
                                 << "GB"
                                 << "161";
        QTest::newRow("Russia keeps its 8") << "800"
                                            << "RU"
                                            << "800";
        QTest::newRow("Italy has no trunk prefix") << "06"
                                                   << "IT"
                                                   << "06";
        QTest::newRow("empty") << " "
                               << "US"
                               << "";
        QTest::newRow("letters") << "SF"
                                 << "US" << QString();
        QTest::newRow("other country's code") << "+1 415"
                                              << "GB" << QString();
        QTest::newRow("a hash") << "41#"
                                << "US" << QString();
    }

    void shouldReadAnAreaCodeAsPeopleTypeIt()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(QString, prefix);
        QString why;
        const std::optional<QString> read = PhoneNumbering::nationalPrefix(text, region, &why);
        QCOMPARE(read.has_value(), !prefix.isNull());
        if (read)
            QCOMPARE(*read, prefix);
        QCOMPARE(why.isEmpty(), read.has_value());
    }

    void shouldKnowRegionsAndExamples()
    {
        const QStringList regions = PhoneNumbering::supportedRegions();
        QVERIFY(regions.size() > 200);
        QVERIFY(regions.contains(QStringLiteral("US")));
        QVERIFY(std::is_sorted(regions.cbegin(), regions.cend()));
        QVERIFY(PhoneNumbering::isSupportedRegion(QStringLiteral("GB")));
        QVERIFY(!PhoneNumbering::isSupportedRegion(QStringLiteral("XX")));
        QCOMPARE(PhoneNumbering::callingCode(QStringLiteral("GB")), 44);
        QCOMPARE(PhoneNumbering::callingCode(QStringLiteral("XX")), 0);
        const QString example =
            PhoneNumbering::exampleNumber(QStringLiteral("DE"), PhoneNumbering::Type::TollFree);
        QVERIFY2(example.startsWith(QStringLiteral("+49800")), qPrintable(example));
        QCOMPARE(PhoneNumbering::regionName(QStringLiteral("GB")),
                 QStringLiteral("United Kingdom"));
    }

    // The library is one process-wide instance: readers on several threads get what one gets.
    void shouldGiveTheSameAnswersOnEveryThread()
    {
        const QStringList inputs = {QStringLiteral("(212) 669-9604"),
                                    QStringLiteral("0161 419 9581"),
                                    QStringLiteral("+44 161 419 9581"), QStringLiteral("abc")};
        auto work = [inputs] {
            QStringList out;
            for (int i = 0; i < 200; ++i) {
                for (const QString &input : inputs) {
                    const auto parsed = PhoneNumbering::parse(input, QStringLiteral("GB"));
                    out << parsed.e164() + PhoneNumbering::location(parsed.e164());
                }
            }
            return out;
        };
        const QStringList expected = work();
        QList<QFuture<QStringList>> futures;
        for (int t = 0; t < 4; ++t)
            futures.append(QtConcurrent::run(work));
        for (QFuture<QStringList> &future : futures)
            QCOMPARE(future.result(), expected);
    }
};

QTEST_GUILESS_MAIN(tst_PhoneNumbering)
#include "tst_phonenumbering.moc"
