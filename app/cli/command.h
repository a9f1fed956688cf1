#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace numdesk {
class ApiClient;
struct Preferences;
} // namespace numdesk

namespace numdesk::cli {

class Terminal;

// What a command may use while it runs.
struct CommandContext
{
    ApiClient *client = nullptr;
    Terminal *terminal = nullptr;
    QString accountUrl;  // the API base, to show before spending money or unrenting
    QString accountName; // what the journal calls the account: the profile, "Sandbox", the URL
    const Preferences *preferences = nullptr; // the user's (Edit > Preferences)
    // The snapshot store of the account's profile (snapshot, snapshots, insights, diff, idle).
    QString snapshotStorePath;
};

// One numdesk-cli command: its options, how it reads them, and what it does.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::Command)

public:
    virtual ~Command();

    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // "show ID|+NUMBER [--format table|json]"
    virtual QString description() const = 0;
    // False for a command that only reads local files (history): run without credentials.
    virtual bool needsAccount() const { return true; }

    // The country a number typed without its country code is read in (Preferences' default
    // country; cli.md: US when none is set). Set before parse(), as stored; checked against
    // libphonenumber (the US when it does not know it) the first time defaultCountry() is asked
    // for, by a command that reads a number: the check costs every other command ~10 ms.
    void setDefaultCountry(const QString &country);
    QString defaultCountry() const;

    // Parses the command's arguments. Returns an exit code when the command is done before
    // running (its help was printed: 0; bad usage: 2 with the reason in `message`).
    std::optional<int> parse(const QStringList &arguments, QString *message);
    QString helpText();
    // Runs the command; returns the exit code.
    virtual int run(const CommandContext &context) = 0;

protected:
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Reads the parsed options; false and a reason on bad usage or bad input.
    virtual bool read(const QCommandLineParser &parser, QString *error) = 0;

    // Helpers for read(): a positive whole number; an "ID or NUMBER" argument, given back as
    // the id or the number's E.164 form (a number in any written form, read in the default
    // country: "+18005002562", "(800) 500-2562", "00 44 1224 980000").
    static std::optional<qint64> readId(const QString &option, const QString &text, QString *error);
    // --parallel N (pages in flight, 1 to 16; `fallback` when not given), as export and
    // snapshot read it.
    static QCommandLineOption parallelOption();
    static std::optional<int> readParallel(const QCommandLineParser &parser, int fallback,
                                           QString *error);
    std::optional<QString> readNumberReference(const QString &text, QString *error) const;

private:
    void setUp(QCommandLineParser &parser);

    QString m_storedCountry = QStringLiteral("US");
    mutable std::optional<QString> m_defaultCountry;
};

} // namespace numdesk::cli
