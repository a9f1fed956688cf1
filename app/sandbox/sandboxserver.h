#pragma once

#include "apischema.h"
#include "credentials.h"
#include "faultsettings.h"
#include "lookuprecord.h"
#include "rawqueryparser.h"
#include "recordedrequest.h"
#include "sandboxoptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace numdesk::sandbox {

class FaultInjector;
class LookupHandler;
class NumberReadHandler;
class NumberSearchHandler;
class NumberWriteHandler;
class SandboxStore;
struct ApiResponse;

// A local TrackDrive emulator: the phone-numbers API of the seed and its lookup lists under
// http://127.0.0.1:PORT/api/v1/, served from a SQLite store filled with seeded demo data, with
// injectable faults. Started in-process by the GUI and the tests, or by numdesk-sandbox.
//
// Number lists (the export's load: a page of 250 records is a few ms of CPU) are read and
// written on a small pool of reader threads when the store is a file, so that the pages of
// several clients, or the several pages one export keeps in flight, are built at once and the
// server's own thread stays free to accept and answer; the reply is still written on the
// server's thread. Everything else is answered on the server's thread, in arrival order.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the store (reusing a complete database file, else generating the demo data) and
    // listens on 127.0.0.1; port 0 picks a free one. False with a reason on failure.
    bool start(quint16 port = 0, QString *error = nullptr);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl apiBaseUrl() const; // http://127.0.0.1:PORT/api/v1/
    SandboxOptions options() const { return m_options; }
    // True when start() generated the data, false when it reused the database file.
    bool generatedData() const { return m_generated; }

    static Credentials demoCredentials();
    // QStandardPaths::AppDataLocation + "/sandbox.sqlite"
    static QString defaultDatabasePath();

    void setFaults(const FaultSettings &faults);
    FaultSettings faults() const;

    // The requests received, the newest SandboxOptions::recordRequests (none by default), for
    // tests. setRecordedRequestLimit changes that bound (0 stops recording and forgets them).
    QList<RecordedRequest> receivedRequests() const { return m_requests; }
    void clearReceivedRequests() { m_requests.clear(); }
    void setRecordedRequestLimit(int limit);

    // Live (not deleted) numbers.
    int numberCount() const;
    // Another customer rents this number now: searches no longer offer it, and buying it
    // answers 422 "is no longer available" (what --search-race-rate does by chance).
    void takeNumberElsewhere(const QString &e164);
    // Adds an offer, traffic source, pool or provider (a test's second offer of the same name).
    bool addLookup(schema::LookupKind kind, const LookupRecord &record, QString *error = nullptr);

    // Test hooks, so that a test controls when an answer arrives instead of racing a clock.
    // From holdReplies() on, the answers to requests of `method` ("POST"; empty: every method)
    // are kept back once their work is done (a purchase has bought) and their latency passed,
    // until releaseHeldReplies() writes them or dropHeldReplies() closes their connections
    // unanswered. stopHoldingReplies() holds no more; what is held stays held.
    void holdReplies(const QString &method = QString());
    void stopHoldingReplies();
    int heldReplyCount() const { return int(m_held.size()); }
    void releaseHeldReplies();
    void dropHeldReplies();
    // The monotonic clock (ms) the rate limit counts with; by default the sandbox's uptime.
    void setClock(std::function<qint64()> clock);
    // The time (UTC ms since the epoch) purchases and updates are stamped with; by default the
    // current time.
    void setWriteTime(std::function<qint64()> now);

signals:
    void replyHeld();

private:
    enum class Endpoint
    {
        ListNumbers,
        ListNumbersCsv,
        Search,
        Purchase,
        Show,
        Update,
        Unrent,
        Offers,
        TrafficSources,
        RingPools,
        ProviderConfigurations,
        TimeZones,
        Missing,
    };

    bool openStore(QString *error);
    void addRoutes();
    void serve(Endpoint endpoint, const QString &id, const QHttpServerRequest &request,
               QHttpServerResponder &&responder);
    ApiResponse dispatch(Endpoint endpoint, const QString &id, const QHttpServerRequest &request,
                         const QByteArray &rawQuery);
    // The answer when the request cannot be served at all (no route, no store, no credentials).
    std::optional<ApiResponse> refusal(Endpoint endpoint, const QHttpServerRequest &request,
                                       const QueryItems &query) const;
    // Builds a list page on a reader thread and answers it back on this thread.
    void serveListOnReader(Endpoint endpoint, const QueryItems &query,
                           QHttpServerResponder &&responder, int delayMs, bool hold, bool close);
    void answerFromReader(quint64 ticket, const ApiResponse &response);
    void record(const QHttpServerRequest &request, const QByteArray &rawQuery);
    void deliver(QHttpServerResponder &&responder, const ApiResponse &response, int delayMs,
                 bool drop, bool hold, bool close = false);
    bool holds(const QHttpServerRequest &request) const;
    // Closes connections idle for longer than SandboxOptions::idleTimeoutMs.
    void closeIdleConnections();

    SandboxOptions m_options;
    QElapsedTimer m_uptime;
    QHttpServer *m_http = nullptr;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<NumberReadHandler> m_reader;
    std::unique_ptr<NumberSearchHandler> m_search;
    std::unique_ptr<NumberWriteHandler> m_writer;
    std::unique_ptr<LookupHandler> m_lookups;
    QList<RecordedRequest> m_requests;
    int m_recordLimit = 0;
    QTimer *m_idleSweep = nullptr;
    // Declared after the store and the handlers its tasks use; the destructor waits for it.
    QThreadPool m_readers;
    // Replies being built on a reader thread; the responder never leaves this thread.
    struct WaitingReply
    {
        std::shared_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        int delayMs = 0;
        bool hold = false;
        bool close = false; // the client asked for Connection: close
    };
    // A held answer: called with true to close its connection unanswered, false to write it.
    using HeldReply = std::function<void(bool drop)>;
    QList<HeldReply> m_held;
    bool m_holding = false;
    QString m_holdMethod;
    std::function<qint64()> m_clock;
    std::function<qint64()> m_writeTime;
    QHash<quint64, WaitingReply> m_waiting;
    quint64 m_nextTicket = 0;
    quint16 m_port = 0;
    bool m_generated = false;
};

} // namespace numdesk::sandbox
