#include "sandboxhost.h"

#include "sandboxserver.h"

namespace numdesk {

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxHost::~SandboxHost()
{
    if (m_context) {
        // The server and its sockets belong to the sandbox thread: delete them there.
        QMetaObject::invokeMethod(
            m_context, [context = m_context] { delete context; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

sandbox::Credentials SandboxHost::demoCredentials()
{
    return sandbox::SandboxServer::demoCredentials();
}

bool SandboxHost::start(const sandbox::SandboxOptions &options, QString *error)
{
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    bool ok = false;
    QString why;
    QMetaObject::invokeMethod(
        m_context,
        [this, options, &ok, &why] {
            m_server = new sandbox::SandboxServer(options, m_context);
            ok = m_server->start(0, &why);
            if (ok)
                m_apiBase = m_server->apiBaseUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = why;
    return ok;
}

void SandboxHost::setFaults(const sandbox::FaultSettings &faults)
{
    QMetaObject::invokeMethod(
        m_context, [this, faults] { m_server->setFaults(faults); }, Qt::BlockingQueuedConnection);
}

QList<sandbox::RecordedRequest> SandboxHost::receivedRequests() const
{
    QList<sandbox::RecordedRequest> requests;
    QMetaObject::invokeMethod(
        m_context, [this, &requests] { requests = m_server->receivedRequests(); },
        Qt::BlockingQueuedConnection);
    return requests;
}

void SandboxHost::clearReceivedRequests()
{
    QMetaObject::invokeMethod(
        m_context, [this] { m_server->clearReceivedRequests(); }, Qt::BlockingQueuedConnection);
}

void SandboxHost::setRecordedRequestLimit(int limit)
{
    QMetaObject::invokeMethod(
        m_context, [this, limit] { m_server->setRecordedRequestLimit(limit); },
        Qt::BlockingQueuedConnection);
}

int SandboxHost::numberCount() const
{
    int count = 0;
    QMetaObject::invokeMethod(
        m_context, [this, &count] { count = m_server->numberCount(); },
        Qt::BlockingQueuedConnection);
    return count;
}

void SandboxHost::takeNumberElsewhere(const QString &e164)
{
    QMetaObject::invokeMethod(
        m_context, [this, e164] { m_server->takeNumberElsewhere(e164); },
        Qt::BlockingQueuedConnection);
}

void SandboxHost::holdReplies(const QString &method)
{
    QMetaObject::invokeMethod(
        m_context, [this, method] { m_server->holdReplies(method); }, Qt::BlockingQueuedConnection);
}

void SandboxHost::stopHoldingReplies()
{
    QMetaObject::invokeMethod(
        m_context, [this] { m_server->stopHoldingReplies(); }, Qt::BlockingQueuedConnection);
}

int SandboxHost::heldReplyCount() const
{
    int count = 0;
    QMetaObject::invokeMethod(
        m_context, [this, &count] { count = m_server->heldReplyCount(); },
        Qt::BlockingQueuedConnection);
    return count;
}

void SandboxHost::releaseHeldReplies()
{
    QMetaObject::invokeMethod(
        m_context, [this] { m_server->releaseHeldReplies(); }, Qt::BlockingQueuedConnection);
}

void SandboxHost::dropHeldReplies()
{
    QMetaObject::invokeMethod(
        m_context, [this] { m_server->dropHeldReplies(); }, Qt::BlockingQueuedConnection);
}

} // namespace numdesk
