#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace numdesk::sandbox {

// Turns SIGINT/SIGTERM into a Qt signal, delivered by the event loop (a signal handler may
// only write to a pipe). One watcher per process.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

signals:
    void signalReceived(int signalNumber);

private:
    void readSignal();

    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace numdesk::sandbox
