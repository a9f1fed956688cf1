#pragma once

#include "credentials.h"
#include "faultsettings.h"
#include "recordedrequest.h"
#include "sandboxoptions.h"

#include <QList>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace numdesk {

namespace sandbox {
class SandboxServer;
}

// Runs the in-process sandbox on a thread of its own, so that its SQLite work never stalls the
// GUI thread (on a 1,000,000-number store a filtered page takes milliseconds of CPU that the
// window would otherwise feel). Every call here is safe from the GUI thread.
class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    // Opens (or generates) the store and listens on 127.0.0.1 with an ephemeral port; blocks
    // until the server is up or has failed.
    bool start(const sandbox::SandboxOptions &options, QString *error);
    QUrl apiBaseUrl() const { return m_apiBase; }
    static sandbox::Credentials demoCredentials();

    void setFaults(const sandbox::FaultSettings &faults);
    QList<sandbox::RecordedRequest> receivedRequests() const;
    void clearReceivedRequests();
    // Keep the newest `limit` requests from now on (none by default; tests opt in).
    void setRecordedRequestLimit(int limit);
    int numberCount() const;
    // Another customer rents this number now (see SandboxServer::takeNumberElsewhere).
    void takeNumberElsewhere(const QString &e164);
    // The server's test hooks (SandboxServer::holdReplies and what goes with it).
    void holdReplies(const QString &method = QString());
    void stopHoldingReplies();
    int heldReplyCount() const;
    void releaseHeldReplies();
    void dropHeldReplies();

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; parent of the server
    sandbox::SandboxServer *m_server = nullptr;
    QUrl m_apiBase;
};

} // namespace numdesk
