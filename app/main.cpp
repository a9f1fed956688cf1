#include "mainwindow.h"
#include "preferencesstore.h"
#include "sandboxserver.h"
#include "uilanguage.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NumbersDesk"));
    QApplication::setApplicationName(QStringLiteral("numdesk"));
    QApplication::setApplicationDisplayName(QObject::tr("Numbers Desk"));
    QApplication::setApplicationVersion(QStringLiteral(NUMDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("numdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/numdesk/numdesk.svg")));

    // The UI follows the language chosen in Preferences (the system's by default). A language
    // without a translation gets English, whose numdesk_en holds the plural forms.
    // Qt's own strings (standard buttons) and the locale's numbers and dates follow it too.
    const numdesk::UiLanguage language(numdesk::PreferencesStore().load().uiLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Manage the phone numbers of a TrackDrive account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxDb(
        QStringLiteral("sandbox-db"), QObject::tr("Database file of the built-in sandbox."),
        QObject::tr("file"), numdesk::sandbox::SandboxServer::defaultDatabasePath());
    const QCommandLineOption sandboxNumbers(QStringLiteral("sandbox-numbers"),
                                            QObject::tr("How many numbers a new sandbox holds."),
                                            QObject::tr("count"), QStringLiteral("3000"));
    parser.addOption(sandboxDb);
    parser.addOption(sandboxNumbers);
    parser.process(app);

    numdesk::Workspace workspace;
    QString error;
    bool ok = false;
    const int numbers = parser.value(sandboxNumbers).toInt(&ok);
    if (!ok || numbers < 1) {
        QMessageBox::critical(nullptr, QObject::tr("Numbers Desk"),
                              QObject::tr("--sandbox-numbers needs a positive whole number."));
        return 2;
    }
    if (!workspace.startSandbox(parser.value(sandboxDb), numbers, &error)) {
        QMessageBox::critical(nullptr, QObject::tr("Numbers Desk"),
                              QObject::tr("The built-in sandbox could not start: %1").arg(error));
        return 1;
    }

    numdesk::MainWindow window(&workspace);
    window.restoreAndStart();
    window.show();
    window.takeDailySnapshotIfDue();
    return app.exec();
}
