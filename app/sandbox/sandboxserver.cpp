#include "sandboxserver.h"

#include "datafolder.h"

#include "apiresponse.h"
#include "authchecker.h"
#include "demodatagenerator.h"
#include "faultinjector.h"
#include "lookuphandler.h"
#include "numberplan.h"
#include "numberreadhandler.h"
#include "numbersearchhandler.h"
#include "numberwritehandler.h"
#include "rawqueryparser.h"
#include "sandboxstore.h"

#include <QDir>
#include <QFileInfo>
#include <QHttpServer>
#include <QPointer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <utility>

namespace numdesk::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

// When a connection last sent or received a byte (a dynamic property of its socket).
constexpr char kLastActive[] = "numdeskLastActiveMs";

void touch(QObject *socket)
{
    if (socket)
        socket->setProperty(kLastActive, QDateTime::currentMSecsSinceEpoch());
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Connect:
        return QStringLiteral("CONNECT");
    case Method::Trace:
        return QStringLiteral("TRACE");
    default:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &header : request.headers()) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

qint64 startOfTodayUtc()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime(now.date(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

// What a proxy in front of the service answers when the application behind it fails.
ApiResponse injectedError(int status, int retryAfterSeconds)
{
    if (status == 500) {
        return ApiResponse::error(
            500, SandboxServer::tr("Internal server error (injected by the sandbox)"));
    }
    const QByteArray title = status == 502
                                 ? QByteArrayLiteral("502 Bad Gateway")
                                 : QByteArrayLiteral("503 Service Temporarily Unavailable");
    ApiResponse response = ApiResponse::text(
        status, QByteArrayLiteral("text/html; charset=utf-8"),
        "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
            "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
    if (status == 503)
        response.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
    return response;
}

void writeResponse(QHttpServerResponder &responder, const ApiResponse &response)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_http(new QHttpServer(this))
    , m_store(std::make_unique<SandboxStore>())
    , m_faults(std::make_unique<FaultInjector>(quint64(options.seed) * 0x9e3779b97f4a7c15ULL + 7))
{
    m_options.perPageCap = qMax(1, options.perPageCap);
    m_options.numbers = qMax(0, options.numbers);
    m_uptime.start();
    // Two or more threads even on one core: a page being built must not hold up the next.
    m_readers.setMaxThreadCount(qBound(2, QThread::idealThreadCount(), 4));
    // Each reader thread keeps a SQLite connection of its own: keep the threads too.
    m_readers.setExpiryTimeout(-1);
    m_recordLimit = qMax(0, options.recordRequests);
    if (m_options.idleTimeoutMs > 0) {
        m_idleSweep = new QTimer(this);
        m_idleSweep->setInterval(qBound(50, m_options.idleTimeoutMs / 4, 5000));
        connect(m_idleSweep, &QTimer::timeout, this, &SandboxServer::closeIdleConnections);
    }
    addRoutes();
}

void SandboxServer::setRecordedRequestLimit(int limit)
{
    m_recordLimit = qMax(0, limit);
    while (m_requests.size() > m_recordLimit)
        m_requests.removeFirst();
}

void SandboxServer::closeIdleConnections()
{
    if (!m_http)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (QTcpServer *server : m_http->servers()) {
        const auto sockets = server->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            const QVariant last = socket->property(kLastActive);
            if (!last.isValid()) { // first seen: watch it from now on
                touch(socket);
                connect(socket, &QTcpSocket::readyRead, socket, [socket] { touch(socket); });
                connect(socket, &QTcpSocket::bytesWritten, socket, [socket] { touch(socket); });
                continue;
            }
            if (socket->state() == QAbstractSocket::ConnectedState &&
                now - last.toLongLong() > m_options.idleTimeoutMs)
                socket->disconnectFromHost();
        }
    }
}

SandboxServer::~SandboxServer()
{
    // Close every connection before the handlers and the store go away; pages still being
    // built finish first (their answers, queued to this object, are dropped with it).
    delete m_http;
    m_http = nullptr;
    m_readers.waitForDone();
    m_waiting.clear();
    m_held.clear();
}

Credentials SandboxServer::demoCredentials()
{
    return {QStringLiteral("tdpub_sandbox_demo"), QStringLiteral("tdprv_sandbox_demo"),
            QStringLiteral("tdtok_sandbox_demo_access"), QStringLiteral("sandbox_demo_auth_token")};
}

QString SandboxServer::defaultDatabasePath()
{
    return DataFolder::path() + QStringLiteral("/sandbox.sqlite");
}

QUrl SandboxServer::apiBaseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/api/v1/"));
    return url;
}

void SandboxServer::setFaults(const FaultSettings &faults)
{
    m_faults->setSettings(faults);
    if (m_search)
        m_search->setRaceRate(faults.searchRaceRate);
}

FaultSettings SandboxServer::faults() const
{
    return m_faults->settings();
}

int SandboxServer::numberCount() const
{
    return int(m_store->liveCount());
}

bool SandboxServer::addLookup(schema::LookupKind kind, const LookupRecord &record, QString *error)
{
    return m_store->insertLookup(kind, record, error);
}

void SandboxServer::holdReplies(const QString &method)
{
    m_holding = true;
    m_holdMethod = method;
}

void SandboxServer::stopHoldingReplies()
{
    m_holding = false;
}

void SandboxServer::releaseHeldReplies()
{
    const QList<HeldReply> held = std::exchange(m_held, {});
    for (const HeldReply &finish : held)
        finish(false);
}

void SandboxServer::dropHeldReplies()
{
    const QList<HeldReply> held = std::exchange(m_held, {});
    for (const HeldReply &finish : held)
        finish(true);
}

void SandboxServer::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void SandboxServer::setWriteTime(std::function<qint64()> now)
{
    m_writeTime = std::move(now);
}

bool SandboxServer::holds(const QHttpServerRequest &request) const
{
    return m_holding && (m_holdMethod.isEmpty() || methodName(request.method()) == m_holdMethod);
}

void SandboxServer::takeNumberElsewhere(const QString &e164)
{
    if (m_search)
        m_search->takeElsewhere(NumberPlan::digitsOf(e164));
}

bool SandboxServer::openStore(QString *error)
{
    const QString path = m_options.databasePath;
    if (!path.isEmpty() && !DataFolder::makePath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder of '%1'").arg(path);
        return false;
    }
    if (!m_store->open(path, error))
        return false;
    if (!m_store->hasCompleteData()) {
        DemoDataGenerator generator(m_options.seed, startOfTodayUtc());
        if (!generator.populate(*m_store, m_options.numbers, error))
            return false;
        m_generated = true;
    }
    const auto clock = [this] {
        return m_writeTime ? m_writeTime() : QDateTime::currentMSecsSinceEpoch();
    };
    m_reader =
        std::make_unique<NumberReadHandler>(*m_store, m_options.perPageCap, QTimeZone::utc());
    m_search = std::make_unique<NumberSearchHandler>(*m_store, m_options.seed);
    m_search->setRaceRate(m_faults->settings().searchRaceRate);
    m_writer = std::make_unique<NumberWriteHandler>(*m_store, *m_search, m_options.seed, clock);
    m_lookups = std::make_unique<LookupHandler>(*m_store, m_options.perPageCap);
    return true;
}

bool SandboxServer::start(quint16 port, QString *error)
{
    if (m_port != 0)
        return true;
    if (!m_store->isOpen() && !openStore(error))
        return false;
    const quint16 bound = m_http->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        if (error)
            *error = tr("Cannot listen on 127.0.0.1:%1 (is the port in use?)").arg(port);
        return false;
    }
    m_port = bound;
    if (m_idleSweep)
        m_idleSweep->start();
    return true;
}

void SandboxServer::addRoutes()
{
    const auto add = [this](const char *path, Method method, Endpoint endpoint) {
        m_http->route(
            QString::fromLatin1(path), method,
            [this, endpoint](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                serve(endpoint, {}, request, std::move(responder));
            });
    };
    const auto addWithId = [this](Method method, Endpoint endpoint) {
        m_http->route(QStringLiteral("/api/v1/phone_numbers/<arg>"), method,
                      [this, endpoint](const QString &id, const QHttpServerRequest &request,
                                       QHttpServerResponder &&responder) {
                          serve(endpoint, id, request, std::move(responder));
                      });
    };
    add("/api/v1/phone_numbers", Method::Get, Endpoint::ListNumbers);
    add("/api/v1/phone_numbers.json", Method::Get, Endpoint::ListNumbers);
    add("/api/v1/phone_numbers.csv", Method::Get, Endpoint::ListNumbersCsv);
    add("/api/v1/phone_numbers", Method::Post, Endpoint::Purchase);
    add("/api/v1/phone_numbers.json", Method::Post, Endpoint::Purchase);
    // Before phone_numbers/<arg>: the router takes the first rule that matches.
    add("/api/v1/phone_numbers/search", Method::Get, Endpoint::Search);
    add("/api/v1/phone_numbers/search.json", Method::Get, Endpoint::Search);
    addWithId(Method::Get, Endpoint::Show);
    addWithId(Method::Put, Endpoint::Update);
    addWithId(Method::Patch, Endpoint::Update);
    addWithId(Method::Delete, Endpoint::Unrent);
    add("/api/v1/offers", Method::Get, Endpoint::Offers);
    add("/api/v1/offers.json", Method::Get, Endpoint::Offers);
    add("/api/v1/traffic_sources", Method::Get, Endpoint::TrafficSources);
    add("/api/v1/traffic_sources.json", Method::Get, Endpoint::TrafficSources);
    add("/api/v1/ring_pools", Method::Get, Endpoint::RingPools);
    add("/api/v1/ring_pools.json", Method::Get, Endpoint::RingPools);
    add("/api/v1/provider_configurations", Method::Get, Endpoint::ProviderConfigurations);
    add("/api/v1/provider_configurations.json", Method::Get, Endpoint::ProviderConfigurations);
    add("/api/v1/collections/time_zone", Method::Get, Endpoint::TimeZones);
    add("/api/v1/collections/time_zone.json", Method::Get, Endpoint::TimeZones);
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            serve(Endpoint::Missing, {}, request, std::move(responder));
        });
}

void SandboxServer::record(const QHttpServerRequest &request, const QByteArray &rawQuery)
{
    if (m_recordLimit <= 0) // nothing kept: no bodies, no Authorization headers in memory
        return;
    RecordedRequest entry;
    entry.method = methodName(request.method());
    entry.path = request.url().path();
    entry.rawQuery = rawQuery;
    entry.queryItems = RawQueryParser::parse(rawQuery);
    entry.headers = request.headers();
    if (request.body().size() <= m_options.maxBodyBytes)
        entry.body = request.body();
    entry.receivedAt = QDateTime::currentDateTimeUtc();
    while (!m_requests.isEmpty() && m_requests.size() >= m_recordLimit)
        m_requests.removeFirst();
    m_requests.append(entry);
}

void SandboxServer::serve(Endpoint endpoint, const QString &id, const QHttpServerRequest &request,
                          QHttpServerResponder &&responder)
{
    const QByteArray rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    record(request, rawQuery);
    touch(responder.socket());
    // HTTP/1.1: the client closes after this answer; QHttpServer 6.4 would keep it open.
    const bool close = headerValue(request, "Connection").trimmed().toLower() == "close";
    if (request.body().size() > m_options.maxBodyBytes) {
        deliver(
            std::move(responder),
            ApiResponse::error(
                413, tr("The request body is larger than %1 bytes").arg(m_options.maxBodyBytes)),
            0, false, false, true);
        return;
    }
    const FaultInjector::Decision fault =
        m_faults->decide(m_clock ? m_clock() : m_uptime.elapsed());
    const bool hold = holds(request);
    QString path = request.url().path();
    if (path.endsWith(QLatin1String(".json")))
        path.chop(5);
    if (m_faults->settings().missingPaths.contains(path)) {
        deliver(std::move(responder), dispatch(Endpoint::Missing, {}, request, rawQuery),
                fault.latencyMs, false, hold, close);
        return;
    }
    switch (fault.action) {
    case FaultInjector::Action::Drop:
        deliver(std::move(responder), {}, fault.latencyMs, true, hold);
        return;
    case FaultInjector::Action::RateLimit: {
        ApiResponse response =
            ApiResponse::error(429, tr("Rate limit exceeded: retry after %n second(s)", nullptr,
                                       fault.retryAfterSeconds));
        response.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        deliver(std::move(responder), response, fault.latencyMs, false, hold, close);
        return;
    }
    case FaultInjector::Action::ServerError:
        deliver(std::move(responder), injectedError(fault.status, fault.retryAfterSeconds),
                fault.latencyMs, false, hold, close);
        return;
    case FaultInjector::Action::Serve:
        break;
    }
    const bool isList = endpoint == Endpoint::ListNumbers || endpoint == Endpoint::ListNumbersCsv;
    if (isList && m_store->supportsConcurrentReads()) {
        const QueryItems query = RawQueryParser::parse(rawQuery);
        if (const auto refused = refusal(endpoint, request, query))
            deliver(std::move(responder), *refused, fault.latencyMs, false, hold, close);
        else
            serveListOnReader(endpoint, query, std::move(responder), fault.latencyMs, hold, close);
        return;
    }
    deliver(std::move(responder), dispatch(endpoint, id, request, rawQuery), fault.latencyMs, false,
            hold, close);
}

void SandboxServer::serveListOnReader(Endpoint endpoint, const QueryItems &query,
                                      QHttpServerResponder &&responder, int delayMs, bool hold,
                                      bool close)
{
    const quint64 ticket = ++m_nextTicket;
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    // The socket is known to be alive only now: watch it from here on.
    m_waiting.insert(ticket, WaitingReply{shared, shared->socket(), delayMs, hold, close});
    const NumberReadHandler *reader = m_reader.get();
    const auto format = endpoint == Endpoint::ListNumbersCsv ? NumberReadHandler::Format::Csv
                                                             : NumberReadHandler::Format::Json;
    m_readers.start([this, reader, query, format, ticket] {
        const ApiResponse response = reader->list(query, format);
        QMetaObject::invokeMethod(
            this, [this, ticket, response] { answerFromReader(ticket, response); },
            Qt::QueuedConnection);
    });
}

void SandboxServer::answerFromReader(quint64 ticket, const ApiResponse &response)
{
    const WaitingReply waiting = m_waiting.take(ticket);
    if (!waiting.responder || !waiting.socket ||
        waiting.socket->state() != QAbstractSocket::ConnectedState)
        return; // the client went away meanwhile
    deliver(std::move(*waiting.responder), response, waiting.delayMs, false, waiting.hold,
            waiting.close);
}

std::optional<ApiResponse> SandboxServer::refusal(Endpoint endpoint,
                                                  const QHttpServerRequest &request,
                                                  const QueryItems &query) const
{
    if (endpoint == Endpoint::Missing) {
        return ApiResponse::error(404,
                                  tr("No route matches [%1] \"%2\"")
                                      .arg(methodName(request.method()), request.url().path()));
    }
    if (!m_reader) // start() was not called or failed: there is no store to serve from
        return ApiResponse::error(503, tr("The sandbox store is not open"));
    const AuthChecker auth(demoCredentials());
    if (auth.authenticate(request.headers(), query) == AuthChecker::Method::None) {
        ApiResponse response = ApiResponse::error(401, tr("Invalid or missing credentials"));
        response.headers.append({"WWW-Authenticate", AuthChecker::challenge()});
        return response;
    }
    return std::nullopt;
}

ApiResponse SandboxServer::dispatch(Endpoint endpoint, const QString &id,
                                    const QHttpServerRequest &request, const QByteArray &rawQuery)
{
    const QueryItems query = RawQueryParser::parse(rawQuery);
    if (auto refused = refusal(endpoint, request, query))
        return *refused;
    const QByteArray contentType = headerValue(request, "Content-Type");
    switch (endpoint) {
    case Endpoint::ListNumbers:
        return m_reader->list(query, NumberReadHandler::Format::Json);
    case Endpoint::ListNumbersCsv:
        return m_reader->list(query, NumberReadHandler::Format::Csv);
    case Endpoint::Search:
        return m_search->search(query);
    case Endpoint::Purchase:
        return m_writer->purchase(query, contentType, request.body());
    case Endpoint::Show:
        return m_reader->show(id);
    case Endpoint::Update:
        return m_writer->update(id, query, contentType, request.body());
    case Endpoint::Unrent:
        return m_writer->unrent(id);
    case Endpoint::Offers:
        return m_lookups->list(schema::LookupKind::Offers, query);
    case Endpoint::TrafficSources:
        return m_lookups->list(schema::LookupKind::TrafficSources, query);
    case Endpoint::RingPools:
        return m_lookups->list(schema::LookupKind::RingPools, query);
    case Endpoint::ProviderConfigurations:
        return m_lookups->list(schema::LookupKind::ProviderConfigurations, query);
    case Endpoint::TimeZones:
        return LookupHandler::timeZones(query, QDateTime::currentDateTimeUtc());
    case Endpoint::Missing:
        break;
    }
    return ApiResponse::error(404, tr("Not found"));
}

void SandboxServer::deliver(QHttpServerResponder &&responder, const ApiResponse &response,
                            int delayMs, bool drop, bool hold, bool close)
{
    // The responder outlives this call so that a delayed reply never blocks the event loop;
    // the socket may be gone by then (client timeout), hence the guard.
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = shared->socket();
    const auto write = [shared, socket, response, close](bool closeUnanswered) {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (closeUnanswered) {
            socket->abort();
            return;
        }
        writeResponse(*shared, response);
        touch(socket);
        if (close)
            socket->disconnectFromHost(); // after what was written has gone out
    };
    const auto finish = [this, write, drop, hold] {
        if (!hold) {
            write(drop);
            return;
        }
        m_held.append([write, drop](bool dropIt) { write(drop || dropIt); });
        emit replyHeld();
    };
    if (delayMs <= 0 && !drop)
        finish();
    else
        QTimer::singleShot(qMax(0, delayMs), this, finish);
}

} // namespace numdesk::sandbox
