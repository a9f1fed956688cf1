#include "scriptedserver.h"

#include <QHostAddress>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
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
        if (m_handler) {
            QPointer<QTcpSocket> guard(socket);
            m_handler(request, index, [this, guard](const Reply &reply) {
                if (guard)
                    answer(guard, reply);
            });
            continue;
        }
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
    if (reply.streamBytes >= 0) {
        using Framing = Reply::Framing;
        if (reply.framing == Framing::Length) {
            response +=
                "Content-Length: " + QByteArray::number(reply.body.size() + reply.streamBytes) +
                "\r\n";
        } else if (reply.framing == Framing::Chunked) {
            response += "Transfer-Encoding: chunked\r\n";
        } else {
            response += "Connection: close\r\n";
        }
        socket->write(response + "\r\n");
        stream(socket, reply);
        return;
    }
    const qint64 length = reply.advertisedLength >= 0 ? reply.advertisedLength : reply.body.size();
    response += "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
    if (reply.trickleMs > 0) {
        socket->write(response);
        trickle(socket, reply.body, reply.trickleMs);
        return;
    }
    socket->write(response + reply.body);
    if (reply.advertisedLength > reply.body.size())
        socket->disconnectFromHost(); // a body cut off in the middle
}

void ScriptedServer::stream(QTcpSocket *socket, const Reply &reply)
{
    // Written in slices while the client reads: a client that stops reading stops the stream,
    // so bytesStreamed() shows how much it took in.
    const bool chunked = reply.framing == Reply::Framing::Chunked;
    auto remaining = std::make_shared<qint64>(reply.body.size() + reply.streamBytes);
    auto prefix = std::make_shared<QByteArray>(reply.body);
    const auto pump = [this, socket, remaining, prefix, chunked, reply] {
        // Large slices: the server shares the test's thread, and must still outpace a client
        // that reads without a limit.
        constexpr qint64 slice = 1024 * 1024;
        while (*remaining > 0 && socket->bytesToWrite() < 4 * slice &&
               socket->state() == QAbstractSocket::ConnectedState) {
            QByteArray data = prefix->isEmpty() ? QByteArray(qMin(slice, *remaining), 'x')
                                                : std::exchange(*prefix, QByteArray());
            *remaining -= data.size();
            m_streamed += data.size();
            if (chunked)
                data = QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
            socket->write(data);
        }
        if (*remaining == 0) {
            *remaining = -1;
            if (chunked)
                socket->write("0\r\n\r\n");
            if (reply.framing == Reply::Framing::Close)
                socket->disconnectFromHost();
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, this, pump);
    pump();
}

void ScriptedServer::trickle(QTcpSocket *socket, const QByteArray &rest, int intervalMs)
{
    if (rest.isEmpty())
        return;
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(intervalMs, this, [this, guard, rest, intervalMs] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        guard->write(rest.left(1));
        ++m_streamed;
        trickle(guard, rest.mid(1), intervalMs);
    });
}

} // namespace numdesk::test

namespace numdesk::test {

void ScriptedServer::forward(const Request &request, const QUrl &origin, Respond respond)
{
    QNetworkRequest out(QUrl::fromEncoded(origin.toEncoded() + request.target));
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        if (it.key() != "host" && it.key() != "content-length" && it.key() != "connection")
            out.setRawHeader(it.key(), it.value());
    }
    QNetworkReply *reply = m_forwarder.sendCustomRequest(out, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this, [reply, respond] {
        reply->deleteLater();
        Reply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        const QByteArray type = reply->rawHeader("Content-Type");
        if (!type.isEmpty())
            answer.headers.append({"Content-Type", type});
        if (answer.status == 0)
            answer.drop = true;
        respond(answer);
    });
}

} // namespace numdesk::test
