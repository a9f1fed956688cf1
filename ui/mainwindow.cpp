#include "mainwindow.h"

namespace numdesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Numbers Desk"));
    resize(1200, 760);
}

} // namespace numdesk
