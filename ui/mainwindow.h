#pragma once

#include <QMainWindow>

namespace numdesk {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace numdesk
