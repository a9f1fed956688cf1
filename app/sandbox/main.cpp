// numdesk-sandbox: serves the local TrackDrive emulator until SIGINT or SIGTERM.
#include "sandboxcommandline.h"
#include "sandboxserver.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <csignal>
#include <cstdio>

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    using numdesk::sandbox::SandboxCommandLine;
    using numdesk::sandbox::SandboxServer;

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("numdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NUMDESK_VERSION));

    SandboxCommandLine commandLine;
    QString error;
    if (!commandLine.parse(QCoreApplication::arguments(), &error)) {
        print(stderr, QCoreApplication::translate("numdesk-sandbox", "numdesk-sandbox: %1\n\n%2")
                          .arg(error, SandboxCommandLine::helpText()));
        return 2;
    }
    if (commandLine.helpRequested) {
        print(stdout, SandboxCommandLine::helpText());
        return 0;
    }

    numdesk::sandbox::UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &numdesk::sandbox::UnixSignalWatcher::signalReceived, &app,
                     [](int) { QCoreApplication::quit(); });

    SandboxServer server(commandLine.options);
    server.setFaults(commandLine.faults);
    QElapsedTimer timer;
    timer.start();
    if (!server.start(commandLine.port, &error)) {
        print(stderr,
              QCoreApplication::translate("numdesk-sandbox", "numdesk-sandbox: %1").arg(error));
        return 1;
    }
    const QString database = commandLine.options.databasePath.isEmpty()
                                 ? QCoreApplication::translate("numdesk-sandbox", "in memory")
                                 : commandLine.options.databasePath;
    const QString origin = server.generatedData()
                               ? QCoreApplication::translate("numdesk-sandbox", "generated in %1 s")
                                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                               : QCoreApplication::translate("numdesk-sandbox", "reused");
    const auto credentials = SandboxServer::demoCredentials();
    print(stdout, QCoreApplication::translate("numdesk-sandbox",
                                              "Numbers Desk sandbox: %1\n"
                                              "Database: %2 (%3 live numbers, %4)\n"
                                              "Credentials:\n"
                                              "  public key:   %5\n"
                                              "  private key:  %6\n"
                                              "  access token: %7   (Authorization: Token …)\n"
                                              "  auth token:   %8   (?auth_token=…)\n"
                                              "Press Ctrl+C to stop.")
                      .arg(server.apiBaseUrl().toString(), database)
                      .arg(server.numberCount())
                      .arg(origin, credentials.publicKey, credentials.privateKey,
                           credentials.accessToken, credentials.authToken));
    const int status = QCoreApplication::exec();
    print(stdout, QCoreApplication::translate("numdesk-sandbox", "Numbers Desk sandbox stopped."));
    return status;
}
