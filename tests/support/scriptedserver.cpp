#include "scriptedserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <utility>

namespace numdesk::test {

ScriptedServer::Reply ScriptedServer::Reply::json(int status, const QByteArray &body)
{
    Reply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

QByteArray ScriptedServer::Request::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray ScriptedServer::Request::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
}

ScriptedServer::~ScriptedServer()
{
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

bool ScriptedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedServer::port() const
{
    return m_server.serverPort();
}

QByteArray ScriptedServer::baseUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(port()) + "/api/v1/";
}

void ScriptedServer::setReplies(const QList<Reply> &replies)
{
    m_replies = replies;
}

void ScriptedServer::clear()
{
    m_requests.clear();
}

void ScriptedServer::releaseHeld()
{
    const auto held = std::exchange(m_held, {});
    for (const auto &[socket, reply] : held) {
        if (socket)
            answer(socket, reply);
    }
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        Request request;
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        const qsizetype index = m_requests.size();
        m_requests.append(request);
        const Reply reply = m_replies.isEmpty() ? Reply::json(200, "{}")
                                                : m_replies.at(qMin(index, m_replies.size() - 1));
        if (reply.held) {
            m_held.append({QPointer<QTcpSocket>(socket), reply});
        } else if (reply.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
                if (guard)
                    answer(guard, reply);
            });
        } else {
            answer(socket, reply);
        }
    }
}

void ScriptedServer::answer(QTcpSocket *socket, const Reply &reply)
{
    if (reply.hang)
        return;
    if (reply.drop) {
        // Later, not here: aborting emits disconnected at once, which drops this socket's buffer
        // while onReadyRead may still be reading it.
        QTimer::singleShot(0, socket, &QTcpSocket::abort);
        return;
    }
    QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
    bool hasType = false;
    for (const auto &[name, value] : reply.headers) {
        hasType = hasType || name.compare("content-type", Qt::CaseInsensitive) == 0;
        response += name + ": " + value + "\r\n";
    }
    if (!hasType)
        response += "Content-Type: application/json; charset=utf-8\r\n";
    const qint64 length = reply.advertisedLength >= 0 ? reply.advertisedLength : reply.body.size();
    response += "Content-Length: " + QByteArray::number(length) + "\r\n\r\n" + reply.body;
    socket->write(response);
    if (reply.advertisedLength > reply.body.size())
        socket->disconnectFromHost(); // a body cut off in the middle
}

} // namespace numdesk::test
