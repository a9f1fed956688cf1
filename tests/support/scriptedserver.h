#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

#include <atomic>

class QTcpSocket;

namespace numdesk::test {

// A tiny HTTP/1.1 server on an ephemeral loopback port for client tests. It records every request
// exactly as it came over the wire (the raw target, so encoding can be checked byte by byte) and
// answers from a script of Replies, one per request; the last reply repeats. A reply can be
// delayed, can close the connection without answering, can hang (to provoke a timeout), can
// redirect, or can wait until the test releases it. With a handler, the test answers each request
// itself, now or later: make up pages (a hostile server), or forward() the request to the sandbox
// and change the set on cue first.
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
        int trickleMs = 0;            // > 0: the body goes out one byte per this many milliseconds
        // >= 0: after `body`, this many more bytes ('x') as fast as the client reads them,
        // framed as `framing` says (a length counts them all).
        qint64 streamBytes = -1;
        enum class Framing
        {
            Length,
            Chunked,
            Close // no length: the body ends when the connection closes
        };
        Framing framing = Framing::Length;

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

    // Call once, now or later, with the answer.
    using Respond = std::function<void(const Reply &)>;
    // `index` counts every request from 0. Set: the script is not used.
    using Handler = std::function<void(const Request &request, qsizetype index, Respond respond)>;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Sends `request` to `origin` ("http://127.0.0.1:PORT", its path and query as they came)
    // with its method, headers and body, and hands the answer (status, body, Content-Type) on.
    void forward(const Request &request, const QUrl &origin, Respond respond);
    const QList<Request> &requests() const { return m_requests; }
    void clear();
    // Body bytes handed to the sockets by streamed and trickled replies (what a client that
    // stops reading early never asked for is not counted).
    // Safe from any thread: a flood test runs the server in a thread of its own (moveToThread),
    // so that it keeps sending while the client's thread is busy.
    qint64 bytesStreamed() const { return m_streamed.load(); }
    // The held replies (Reply::held) of requests received so far; releaseHeld() answers them.
    int heldCount() const { return int(m_held.size()); }
    void releaseHeld();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Reply &reply);
    void stream(QTcpSocket *socket, const Reply &reply);
    void trickle(QTcpSocket *socket, const QByteArray &rest, int intervalMs);

    QList<Reply> m_replies;
    Handler m_handler;
    QNetworkAccessManager m_forwarder;
    QList<QPair<QPointer<QTcpSocket>, Reply>> m_held;
    QList<Request> m_requests;
    std::atomic<qint64> m_streamed{0};
    QMap<QTcpSocket *, QByteArray> m_buffers;
    // Last: its sockets go first, while the buffers still exist. A child, so that moveToThread
    // takes it along.
    QTcpServer m_server{this};
};

} // namespace numdesk::test
