#pragma once

// Helpers shared by the sandbox tests: a server in a QTemporaryDir and blocking HTTP calls
// built by hand with QNetworkAccessManager (raw query strings, exact headers and bodies).
#include "sandboxserver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace numdesk::sandbox::test {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

enum class Auth
{
    None,
    QueryToken,
    Token,
    Basic
};

class SandboxHttp
{
public:
    explicit SandboxHttp(QUrl base)
        : m_base(std::move(base))
    {}

    // `pathAndQuery` is appended verbatim to /api/v1/: "phone_numbers?number=+44…".
    HttpReply send(const QByteArray &method, const QByteArray &pathAndQuery,
                   Auth auth = Auth::Token, const QByteArray &body = {},
                   const QByteArray &contentType = "application/json", int timeoutMs = 10000)
    {
        QByteArray target = m_base.toEncoded() + pathAndQuery;
        if (auth == Auth::QueryToken) {
            target += pathAndQuery.contains('?') ? "&" : "?";
            target += "auth_token=" + SandboxServer::demoCredentials().authToken.toUtf8();
        }
        QNetworkRequest request(QUrl::fromEncoded(target));
        request.setTransferTimeout(timeoutMs);
        const Credentials c = SandboxServer::demoCredentials();
        if (auth == Auth::Token)
            request.setRawHeader("Authorization", "Token " + c.accessToken.toUtf8());
        if (auth == Auth::Basic)
            request.setRawHeader(
                "Authorization",
                "Basic " + (c.publicKey + QLatin1Char(':') + c.privateKey).toUtf8().toBase64());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        std::unique_ptr<QNetworkReply> reply(
            m_nam.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : body));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.error = reply->error();
        return result;
    }
    HttpReply get(const QByteArray &pathAndQuery, Auth auth = Auth::Token)
    {
        return send("GET", pathAndQuery, auth);
    }
    QNetworkAccessManager &manager() { return m_nam; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

// A started sandbox on an ephemeral port with its database in a temporary folder.
struct StartedSandbox
{
    explicit StartedSandbox(int numbers = 500, quint32 seed = 1, int perPageCap = 250)
    {
        SandboxOptions options;
        options.databasePath = dir.filePath(QStringLiteral("sandbox.sqlite"));
        options.numbers = numbers;
        options.seed = seed;
        options.perPageCap = perPageCap;
        options.recordRequests = 10000; // the tests read what the clients sent
        server = std::make_unique<SandboxServer>(options);
        QString error;
        started = server->start(0, &error);
        if (!started)
            qWarning("sandbox did not start: %s", qPrintable(error));
        http = std::make_unique<SandboxHttp>(server->apiBaseUrl());
    }

    QTemporaryDir dir;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxHttp> http;
    bool started = false;
};

// Every live number of the server, read page by page through the API.
inline QList<QJsonObject> allNumbers(SandboxHttp &http)
{
    QList<QJsonObject> all;
    for (int page = 1;; ++page) {
        const HttpReply reply =
            http.get("phone_numbers?per_page=250&page=" + QByteArray::number(page));
        const QJsonArray numbers = reply.object().value(QLatin1String("numbers")).toArray();
        for (const QJsonValue &v : numbers)
            all.append(v.toObject());
        const int perPage = reply.object()
                                .value(QLatin1String("metadata"))
                                .toObject()
                                .value(QLatin1String("per_page"))
                                .toInt();
        if (reply.status != 200 || numbers.size() < perPage || numbers.isEmpty())
            break;
    }
    return all;
}

} // namespace numdesk::sandbox::test
