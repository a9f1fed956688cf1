#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace numdesk {
class ApiClient;
}

namespace numdesk::cli {

class Terminal;

// What a command may use while it runs.
struct CommandContext
{
    ApiClient *client = nullptr;
    Terminal *terminal = nullptr;
    QString accountUrl; // the API base, to show before spending money or unrenting
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

    // Helpers for read(): a positive whole number, a "ID or +NUMBER" argument.
    static std::optional<qint64> readId(const QString &option, const QString &text, QString *error);
    static bool isNumberReference(const QString &text);

private:
    void setUp(QCommandLineParser &parser);
};

} // namespace numdesk::cli
