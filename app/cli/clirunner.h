#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

namespace numdesk::cli {

class Command;
class Terminal;

// Runs one invocation of numdesk-cli: global options, account, then the command; returns the
// exit code (see ExitCode).
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::CliRunner)

public:
    explicit CliRunner(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    ~CliRunner();

    int run(const QStringList &arguments); // without the program name

    static std::unique_ptr<Command> commandNamed(const QString &name);
    static QStringList commandNames();

private:
    QProcessEnvironment m_environment;
    std::unique_ptr<Terminal> m_terminal;
};

} // namespace numdesk::cli
