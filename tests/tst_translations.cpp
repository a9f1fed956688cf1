// The translations are complete and reach the program:
// - lupdate of the current sources into copies of translations/*.ts (the repository's files are
//   never touched) leaves no message unfinished, empty or with a plural form missing, and every
//   translation keeps the %1…%9 / %n placeholders of its source; the English file holds only
//   plural forms ("1 number", "3 numbers"), so there lupdate runs with -pluralonly;
// - the compiled .qm files translate known strings, also through the libraries' own tr()
//   contexts (column labels, API error messages, country names).
#include "apierror.h"
#include "apischema.h"
#include "columncatalog.h"
#include "responsedecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString kLupdate = QStringLiteral(NUMDESK_LUPDATE);
const QString kSourcesList = QStringLiteral(NUMDESK_TRANSLATION_SOURCES);
const QString kQmDir = QStringLiteral(NUMDESK_QM_DIR);
// English needs only its plural forms; that file is kept with `lupdate -pluralonly`.
const QString kPluralsOnlyTs = QStringLiteral(NUMDESK_TS_PLURALS_ONLY);

QStringList tsFiles()
{
    return QString::fromUtf8(NUMDESK_TS_FILES).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// Plural forms per language, as lrelease counts them (Qt's numerus rules).
int pluralForms(const QString &language)
{
    if (language.startsWith(QLatin1String("de")) || language.startsWith(QLatin1String("es")) ||
        language.startsWith(QLatin1String("en")))
        return 2;
    return 0; // unknown here: at least one form, none empty
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // of <translation>: "", "unfinished", "vanished", "obsolete"
    QString translation;
    QStringList forms;
};

// Every message of a .ts file (QXmlStreamReader: no dependency beyond QtCore).
QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        current.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everySourceStringIsTranslated_data();
    void everySourceStringIsTranslated();
    void compiledTranslationsTranslate();
};

void TestTranslations::everySourceStringIsTranslated_data()
{
    QTest::addColumn<QString>("tsFile");
    QTest::addColumn<bool>("pluralsOnly");
    for (const QString &ts : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts << false;
    if (!kPluralsOnlyTs.isEmpty())
        QTest::newRow(qPrintable(QFileInfo(kPluralsOnlyTs).fileName())) << kPluralsOnlyTs << true;
}

void TestTranslations::everySourceStringIsTranslated()
{
    QFETCH(QString, tsFile);
    QFETCH(bool, pluralsOnly);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
    QVERIFY2(QFile::copy(tsFile, copy), qPrintable(tsFile));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // lupdate of today's sources into the copy: a new tr() string appears there unfinished.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{QStringLiteral("-silent"), QLatin1Char('@') + kSourcesList,
                          QStringLiteral("-ts"), copy};
    if (pluralsOnly)
        arguments.prepend(QStringLiteral("-pluralonly"));
    lupdate.start(kLupdate, arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(kLupdate));
    const QString lupdateOutput = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(lupdateOutput));

    QString language;
    QString error;
    const QList<Message> messages = readTs(copy, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!messages.isEmpty(), "lupdate found no messages");
    const int forms = pluralForms(language);

    QStringList problems;
    int current = 0;
    for (const Message &m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue; // no longer in the sources
        ++current;
        const QString where = QStringLiteral("%1 | \"%2\"").arg(m.context, m.source);
        if (m.type == QLatin1String("unfinished")) {
            problems << QStringLiteral("unfinished: ") + where;
            continue;
        }
        const QStringList texts = m.numerus ? m.forms : QStringList{m.translation};
        if (m.numerus && (texts.isEmpty() || (forms > 0 && texts.size() != forms))) {
            problems << QStringLiteral("%1 plural form(s) instead of %2: ")
                                .arg(texts.size())
                                .arg(forms) +
                            where;
            continue;
        }
        for (const QString &text : texts) {
            if (text.trimmed().isEmpty()) {
                problems << QStringLiteral("empty: ") + where;
                break;
            }
            // A singular form may say "this number" instead of "%n number": %n is required only
            // in the last (plural) form.
            QSet<QString> expected = placeholders(m.source);
            QSet<QString> found = placeholders(text);
            if (m.numerus && &text != &texts.last()) {
                expected.remove(QStringLiteral("%n"));
                found.remove(QStringLiteral("%n"));
            }
            if (found != expected) {
                problems << QStringLiteral("placeholders differ (\"%1\"): ").arg(text) + where;
                break;
            }
        }
    }
    if (!problems.isEmpty()) {
        const QString update = pluralsOnly
                                   ? QStringLiteral("lupdate -pluralonly … -ts %1").arg(tsFile)
                                   : QStringLiteral("the update_translations target");
        QFAIL(qPrintable(
            QStringLiteral("%1 of %2 messages of %3 need a translation (run %4, then "
                           "translate):\n  %5")
                .arg(problems.size())
                .arg(current)
                .arg(QFileInfo(tsFile).fileName(), update, problems.join(QStringLiteral("\n  ")))));
    }
}

void TestTranslations::compiledTranslationsTranslate()
{
    QTranslator german;
    QVERIFY2(german.load(QStringLiteral("numdesk_de"), kQmDir), qPrintable(kQmDir));
    QCOMPARE(german.translate("numdesk::MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(german.translate("numdesk::MainWindow", "&Export View…"),
             QStringLiteral("Ansicht &exportieren…"));
    QCOMPARE(german.translate("numdesk::decode",
                              "Too many requests (429); the server asks to wait %n second(s).",
                              nullptr, 1),
             QStringLiteral("Zu viele Anfragen (429); der Server bittet, %n Sekunde zu warten."));
    QCOMPARE(german.translate("numdesk::decode",
                              "Too many requests (429); the server asks to wait %n second(s).",
                              nullptr, 5),
             QStringLiteral("Zu viele Anfragen (429); der Server bittet, %n Sekunden zu warten."));

    QTranslator spanish;
    QVERIFY2(spanish.load(QStringLiteral("numdesk_es"), kQmDir), qPrintable(kQmDir));
    QCOMPARE(spanish.translate("numdesk::MainWindow", "&File"), QStringLiteral("&Archivo"));

    // Through the libraries, as the running program asks: the contexts their code uses at run
    // time are the ones lupdate extracted.
    QVERIFY(QCoreApplication::installTranslator(&german));
    QCOMPARE(numdesk::columns::label(QStringLiteral("offer_id")), QStringLiteral("Angebot"));
    QCOMPARE(numdesk::columns::label(QStringLiteral("traffic_source_id")),
             QStringLiteral("Traffic-Quelle"));
    const numdesk::ApiError error = numdesk::decode::httpError(401, QByteArray(), QByteArray());
    QVERIFY2(error.message.startsWith(QStringLiteral("Der Server hat die Zugangsdaten")),
             qPrintable(error.message));
    QCOMPARE(numdesk::schema::countryName(QStringLiteral("DE")), QStringLiteral("Deutschland"));
    // Every purchase country has a German name: countryName() translates QLocale's English name,
    // so a Qt that names a country differently shows up here.
    for (const QString &code : numdesk::schema::purchaseCountries()) {
        const QString english = QLocale::territoryToString(QLocale::codeToTerritory(code));
        QVERIFY2(!german.translate("numdesk::countries", english.toUtf8().constData()).isEmpty(),
                 qPrintable(english));
    }
    QVERIFY(QCoreApplication::removeTranslator(&german));
    QVERIFY(numdesk::decode::httpError(401, QByteArray(), QByteArray())
                .message.startsWith(QStringLiteral("The server did not accept")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
