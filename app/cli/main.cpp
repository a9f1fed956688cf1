// numdesk-cli: the command-line twin of Numbers Desk. See CliRunner and the commands.
#include "clirunner.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NumbersDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("numdesk"));
    numdesk::cli::CliRunner runner;
    return runner.run(QCoreApplication::arguments().mid(1));
}
