#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

namespace numdesk::test {

// A tiny HTTP/1.1 server on an ephemeral loopback port for client tests. It records every request
// exactly as it came over the wire (the raw target, so encoding can be checked byte by byte) and
// answers from a script of Replies, one per request; the last reply repeats. A reply can be
// delayed, can close the connection without answering, can hang (to provoke a timeout), can
// redirect, or can wait until the test releases it.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // Content-Type defaults to JSON
        int delayMs = 0;
        bool drop = false;            // close the connection without a reply
        bool hang = false;            // never answer
        bool held = false;            // answer only when the test calls releaseHeld()
        qint64 advertisedLength = -1; // Content-Length to claim (default: body size)

        static Reply json(int status, const QByteArray &body);
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent: "/api/v1/phone_numbers?number=%2B44…"
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;

        QByteArray path() const;
        QByteArray query() const;
    };

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    bool listen();
    quint16 port() const;
    QByteArray baseUrl() const; // "http://127.0.0.1:PORT/api/v1/"

    void setReplies(const QList<Reply> &replies);
    const QList<Request> &requests() const { return m_requests; }
    void clear();
    // The held replies (Reply::held) of requests received so far; releaseHeld() answers them.
    int heldCount() const { return int(m_held.size()); }
    void releaseHeld();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Reply &reply);

    QList<Reply> m_replies;
    QList<QPair<QPointer<QTcpSocket>, Reply>> m_held;
    QList<Request> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
    QTcpServer m_server; // last: its sockets go first, while the buffers still exist
};

} // namespace numdesk::test
