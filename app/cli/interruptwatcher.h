#pragma once

#include <QObject>

class QSocketNotifier;

namespace numdesk::cli {

// Turns SIGINT and SIGTERM into a Qt signal while it exists (a signal handler may only write
// to a pipe); the default handling comes back when it is destroyed. One at a time.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();

private:
    void read();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace numdesk::cli
