#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NumbersDesk"));
    QApplication::setApplicationName(QStringLiteral("numdesk"));
    QApplication::setApplicationDisplayName(QObject::tr("Numbers Desk"));
    QApplication::setApplicationVersion(QStringLiteral(NUMDESK_VERSION));

    numdesk::MainWindow window;
    window.show();
    return app.exec();
}
