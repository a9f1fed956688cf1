#include "tst_sandboxhttp.h"

#include <apidates.h>

#include <QCryptographicHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTcpSocket>

using namespace numdesk::sandbox;
using namespace numdesk::sandbox::test;

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<StartedSandbox>(500);
        QVERIFY(m_sandbox->started);
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void shouldListenOnLoopbackWithAnEphemeralPort()
    {
        const SandboxServer &server = *m_sandbox->server;
        QVERIFY(server.isListening());
        QVERIFY(server.port() > 0);
        QCOMPARE(server.apiBaseUrl().toString(),
                 QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(server.port()));
        QCOMPARE(server.numberCount(), 500);
        QVERIFY(server.generatedData());
    }

    void shouldOfferFixedDemoCredentials()
    {
        const Credentials c = SandboxServer::demoCredentials();
        QCOMPARE(c.publicKey, QStringLiteral("tdpub_sandbox_demo"));
        QCOMPARE(c.privateKey, QStringLiteral("tdprv_sandbox_demo"));
        QCOMPARE(c.accessToken, QStringLiteral("tdtok_sandbox_demo_access"));
        QCOMPARE(c.authToken, QStringLiteral("sandbox_demo_auth_token"));
        QVERIFY(SandboxServer::defaultDatabasePath().endsWith(QLatin1String("/sandbox.sqlite")));
    }

    void shouldAcceptEachAuthenticationForm_data()
    {
        QTest::addColumn<int>("auth");
        QTest::newRow("basic") << int(Auth::Basic);
        QTest::newRow("token") << int(Auth::Token);
        QTest::newRow("auth_token") << int(Auth::QueryToken);
    }
    void shouldAcceptEachAuthenticationForm()
    {
        QFETCH(int, auth);
        const HttpReply reply = m_sandbox->http->get("phone_numbers?per_page=1", Auth(auth));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QLatin1String("numbers")).toArray().size(), 1);
    }

    void shouldAcceptRailsTokenSyntax()
    {
        QNetworkRequest request(
            QUrl::fromEncoded(m_sandbox->server->apiBaseUrl().toEncoded() + "offers"));
        request.setRawHeader("Authorization", "Token token=\"tdtok_sandbox_demo_access\"");
        std::unique_ptr<QNetworkReply> reply(m_sandbox->http->manager().get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }

    void shouldRejectMissingOrWrongCredentials_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray("phone_numbers") << QByteArray();
        QTest::newRow("wrong auth_token")
            << QByteArray("phone_numbers?auth_token=nope") << QByteArray();
        QTest::newRow("wrong token") << QByteArray("phone_numbers") << QByteArray("Token nope");
        QTest::newRow("wrong basic")
            << QByteArray("phone_numbers")
            << QByteArray("Basic " + QByteArray("tdpub_sandbox_demo:wrong").toBase64());
        QTest::newRow("basic not base64") << QByteArray("offers") << QByteArray("Basic !!!");
        QTest::newRow("public key as token")
            << QByteArray("phone_numbers/20590") << QByteArray("Token tdpub_sandbox_demo");
    }
    void shouldRejectMissingOrWrongCredentials()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, authorization);
        QNetworkRequest request(
            QUrl::fromEncoded(m_sandbox->server->apiBaseUrl().toEncoded() + path));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        std::unique_ptr<QNetworkReply> reply(m_sandbox->http->manager().get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QCOMPARE(reply->readAll(),
                 QByteArray(R"({"errors":{"base":["Invalid or missing credentials"]},)"
                            R"("status":401})"));
        QVERIFY(reply->rawHeader("WWW-Authenticate").startsWith("Basic realm="));
        QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/json; charset=utf-8"));
    }

    void shouldAnswerUnknownPathsAndMethodsWithJson404_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("calls");
        QTest::newRow("outside api") << QByteArray("GET") << QByteArray("../../index.html");
        QTest::newRow("wrong method on list")
            << QByteArray("DELETE") << QByteArray("phone_numbers");
        QTest::newRow("wrong method on lookup") << QByteArray("POST") << QByteArray("offers");
    }
    void shouldAnswerUnknownPathsAndMethodsWithJson404()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        const HttpReply reply = m_sandbox->http->send(method, path, Auth::Token, "{}");
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(reply.object().value(QLatin1String("status")).toInt(), 404);
        const QString message = reply.object()
                                    .value(QLatin1String("errors"))
                                    .toObject()
                                    .value(QLatin1String("base"))
                                    .toArray()
                                    .first()
                                    .toString();
        QVERIFY2(
            message.startsWith(QLatin1String("No route matches [") + QString::fromLatin1(method)),
            qPrintable(message));
    }

    void shouldShowANumberByIdOrByFullNumber_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("internal id") << QByteArray("phone_numbers/20590");
        QTest::newRow("id with .json") << QByteArray("phone_numbers/20590.json");
        QTest::newRow("raw plus in path") << QByteArray("phone_numbers/+18005002562");
        QTest::newRow("encoded plus") << QByteArray("phone_numbers/%2B18005002562");
    }
    void shouldShowANumberByIdOrByFullNumber()
    {
        QFETCH(QByteArray, path);
        const HttpReply reply = m_sandbox->http->get(path);
        QCOMPARE(reply.status, 200);
        const QJsonObject envelope = reply.object();
        QCOMPARE(envelope.value(QLatin1String("status")).toInt(), 200);
        QCOMPARE(envelope.value(QLatin1String("errors")).toObject(), QJsonObject());
        QCOMPARE(envelope.value(QLatin1String("metadata")).toObject(),
                 QJsonObject({{QStringLiteral("root"), QStringLiteral("number")}}));
        const QJsonObject number = envelope.value(QLatin1String("number")).toObject();
        QCOMPARE(number.value(QLatin1String("id")).toInteger(), 20590);
        QCOMPARE(number.value(QLatin1String("number")).toString(), QStringLiteral("+18005002562"));
        QCOMPARE(number.value(QLatin1String("human_number")).toString(),
                 QStringLiteral("(800) 500-2562"));
        const QByteArray checksum =
            QCryptographicHash::hash(QJsonDocument(number).toJson(QJsonDocument::Compact),
                                     QCryptographicHash::Md5)
                .toHex();
        QCOMPARE(envelope.value(QLatin1String("checksum")).toString().toLatin1(), checksum);
        QCOMPARE(number.value(QLatin1String("checksum")).toString().size(), 32);
    }

    void shouldAnswer404ForUnknownNumbers_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("unknown id") << QByteArray("phone_numbers/999999999");
        QTest::newRow("unknown number") << QByteArray("phone_numbers/%2B19999999999");
        QTest::newRow("not an id") << QByteArray("phone_numbers/abc");
        QTest::newRow("number without plus") << QByteArray("phone_numbers/18005002562");
    }
    void shouldAnswer404ForUnknownNumbers()
    {
        QFETCH(QByteArray, path);
        const HttpReply reply = m_sandbox->http->get(path);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.body, QByteArray(R"({"errors":{"base":["Phone number not found"]},)"
                                        R"("status":404})"));
    }

    void shouldListEachLookupKindWithItsRoot_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("root");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("knownId");
        QTest::newRow("offers") << QByteArray("offers") << "offers" << 8 << qint64(100);
        QTest::newRow("traffic sources")
            << QByteArray("traffic_sources.json") << "traffic_sources" << 10 << qint64(1002592);
        QTest::newRow("ring pools") << QByteArray("ring_pools") << "ring_pools" << 6 << qint64(40);
        QTest::newRow("providers") << QByteArray("provider_configurations")
                                   << "provider_configurations" << 4 << qint64(150);
    }
    void shouldListEachLookupKindWithItsRoot()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, root);
        QFETCH(int, count);
        QFETCH(qint64, knownId);
        const HttpReply reply = m_sandbox->http->get(path);
        QCOMPARE(reply.status, 200);
        const QJsonArray records = reply.object().value(root).toArray();
        QCOMPARE(records.size(), count);
        const QJsonObject metadata = reply.object().value(QLatin1String("metadata")).toObject();
        QCOMPARE(metadata.value(QLatin1String("total_count")).toInt(), count);
        bool found = false;
        for (const QJsonValue &v : records) {
            QVERIFY(!v.toObject().value(QLatin1String("name")).toString().isEmpty());
            found = found || v.toObject().value(QLatin1String("id")).toInteger() == knownId;
        }
        QVERIFY(found);
    }

    void shouldShapeTrafficSourcesAndProviders()
    {
        const QJsonObject source = m_sandbox->http->get("traffic_sources?fulltext=google")
                                       .object()
                                       .value(QLatin1String("traffic_sources"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(source.value(QLatin1String("name")).toString(), QStringLiteral("Google Ads"));
        QCOMPARE(source.value(QLatin1String("user_traffic_source_id")).toInt(), 1);
        const QJsonObject provider = m_sandbox->http->get("provider_configurations?per_page=1")
                                         .object()
                                         .value(QLatin1String("provider_configurations"))
                                         .toArray()
                                         .first()
                                         .toObject();
        QCOMPARE(provider.value(QLatin1String("provider")).toString(), QStringLiteral("twilio"));
    }

    void shouldPageFilterAndShapeLookups()
    {
        HttpReply reply = m_sandbox->http->get("offers?per_page=3&page=3");
        QCOMPARE(reply.object().value(QLatin1String("offers")).toArray().size(), 2);
        QCOMPARE(reply.object()
                     .value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("total_pages")),
                 3);
        reply = m_sandbox->http->get("ring_pools?fulltext=L%C3%8DNEA");
        QCOMPARE(reply.object().value(QLatin1String("ring_pools")).toArray().size(), 1);
        reply = m_sandbox->http->get("offers?root=false&columns=name&per_page=2");
        QCOMPARE(reply.body, QByteArray(R"([{"name":"Auto Insurance"},)"
                                        R"({"name":"Medicare Advantage"}])"));
        reply = m_sandbox->http->get("offers?columns=number");
        QCOMPARE(reply.status, 422);
        QVERIFY(reply.object()
                    .value(QLatin1String("errors"))
                    .toObject()
                    .contains(QLatin1String("columns")));
    }

    void shouldServeTheRailsTimeZones()
    {
        HttpReply reply = m_sandbox->http->get("collections/time_zone");
        QCOMPARE(reply.status, 200);
        const QJsonArray zones = reply.object().value(QLatin1String("time_zones")).toArray();
        QCOMPARE(zones.size(), qsizetype(numdesk::dates::railsTimeZones().size()));
        bool sawUtc = false;
        for (const QJsonValue &v : zones) {
            const QJsonObject zone = v.toObject();
            QVERIFY(zone.contains(QLatin1String("iana_id")));
            if (zone.value(QLatin1String("name")) == QLatin1String("UTC")) {
                sawUtc = true;
                QCOMPARE(zone.value(QLatin1String("utc_offset")).toString(),
                         QStringLiteral("+00:00"));
                QCOMPARE(zone.value(QLatin1String("utc_offset_seconds")).toInt(), 0);
            }
        }
        QVERIFY(sawUtc);
        QCOMPARE(m_sandbox->http->get("collections/time_zone.json?root=false").array().size(),
                 zones.size());
    }

    void shouldRecordEveryRequestAsReceived()
    {
        m_sandbox->server->clearReceivedRequests();
        QVERIFY(m_sandbox->server->receivedRequests().isEmpty());
        m_sandbox->http->send("PUT", "phone_numbers/20590?number=+44%2B1&x", Auth::Token,
                              R"({"ring_pool_id":null})");
        m_sandbox->http->get("nowhere", Auth::None);
        const QList<RecordedRequest> requests = m_sandbox->server->receivedRequests();
        QCOMPARE(requests.size(), 2);
        const RecordedRequest &put = requests.first();
        QCOMPARE(put.method, QStringLiteral("PUT"));
        QCOMPARE(put.path, QStringLiteral("/api/v1/phone_numbers/20590"));
        QCOMPARE(put.rawQuery, QByteArray("number=+44%2B1&x"));
        const QList<QPair<QString, QString>> items = {
            {QStringLiteral("number"), QStringLiteral(" 44+1")}, {QStringLiteral("x"), QString()}};
        QCOMPARE(put.queryItems, items);
        QCOMPARE(put.header("authorization"), QByteArray("Token tdtok_sandbox_demo_access"));
        QCOMPARE(put.body, QByteArray(R"({"ring_pool_id":null})"));
        QCOMPARE(requests.at(1).path, QStringLiteral("/api/v1/nowhere"));
    }

    // Issue 19.8: the sandbox under abuse.
    void shouldKeepNoRequestsUnlessAsked()
    {
        SandboxOptions options; // in memory, as the window's demo account
        options.numbers = 20;
        SandboxServer server(options);
        QVERIFY(server.start());
        SandboxHttp http(server.apiBaseUrl());
        http.send("POST", "nowhere", Auth::Token, QByteArray(1000, 'x'));
        http.get("offers.json");
        QVERIFY(server.receivedRequests().isEmpty()); // no bodies, no Authorization headers
        server.setRecordedRequestLimit(2);
        for (int i = 0; i < 3; ++i)
            http.get("offers.json?n=" + QByteArray::number(i));
        const QList<RecordedRequest> kept = server.receivedRequests();
        QCOMPARE(kept.size(), 2); // the bound holds
        QCOMPARE(kept.last().rawQuery, QByteArray("n=2"));
    }

    void shouldRefuseABodyOverOneMegabyte()
    {
        const QByteArray big = "{\"offer_id\":100,\"x\":\"" + QByteArray(1024 * 1024, 'x') + "\"}";
        const HttpReply reply = m_sandbox->http->send("POST", "phone_numbers", Auth::Token, big);
        QCOMPARE(reply.status, 413);
        const HttpReply missing = m_sandbox->http->send("POST", "nowhere", Auth::None, big);
        QCOMPARE(missing.status, 413);
    }

    void shouldRefuseAnOversizedTokenValue()
    {
        const QByteArray value = "interest:" + QByteArray(300, 'a');
        const HttpReply reply = m_sandbox->http->send("PUT", "phone_numbers/20590", Auth::Token,
                                                      "{\"token_values\":[\"" + value + "\"]}");
        QCOMPARE(reply.status, 422);
        QVERIFY2(reply.body.contains("entry 1 is 309 characters long; at most 255 are allowed"),
                 reply.body.constData());
        QVERIFY(!reply.body.contains(QByteArray(300, 'a'))); // not echoed back
    }

    void shouldCloseTheConnectionWhenAsked()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sandbox->server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /api/v1/offers.json?auth_token=sandbox_demo_auth_token HTTP/1.1\r\n"
                     "Host: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
        // Well before the idle timeout (30 s): the server closes right after its answer.
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(100).constData());
    }

    void shouldCloseIdleConnections()
    {
        SandboxOptions options;
        options.numbers = 20;
        options.idleTimeoutMs = 200;
        SandboxServer server(options);
        QVERIFY(server.start());
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(silent.waitForConnected(5000));
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void shouldReuseACompleteDatabaseFile()
    {
        QTemporaryDir dir;
        SandboxOptions options;
        options.databasePath = dir.filePath(QStringLiteral("reuse.sqlite"));
        options.numbers = 50;
        int purchasedCount = 0;
        {
            SandboxServer first(options);
            QVERIFY(first.start());
            QVERIFY(first.generatedData());
            SandboxHttp http(first.apiBaseUrl());
            QCOMPARE(http.send("POST", "phone_numbers", Auth::Token,
                               R"({"provider_configuration_id":150,"offer_id":100,)"
                               R"("toll_free":false,"country":"DE"})")
                         .status,
                     201);
            purchasedCount = first.numberCount();
        }
        options.numbers = 10; // ignored: the file already holds data
        SandboxServer second(options);
        QVERIFY(second.start());
        QVERIFY(!second.generatedData());
        QCOMPARE(purchasedCount, 51);
        QCOMPARE(second.numberCount(), 51);
    }

    void shouldReportAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        SandboxOptions options;
        options.databasePath = path;
        SandboxServer server(options);
        QString error;
        QVERIFY(!server.start(0, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!server.isListening());
    }

    void shouldReportAPortInUse()
    {
        SandboxOptions options;
        options.numbers = 5;
        SandboxServer server(options);
        QString error;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("listen failed")));
        QVERIFY(!server.start(m_sandbox->server->port(), &error));
        QVERIFY2(error.contains(QString::number(m_sandbox->server->port())), qPrintable(error));
    }

    void shouldRunInMemoryAndRemoveItsConnectionOnDestruction()
    {
        const int before = int(QSqlDatabase::connectionNames().size());
        {
            SandboxOptions options;
            options.numbers = 20;
            SandboxServer a(options);
            SandboxServer b(options);
            QVERIFY(a.start());
            QVERIFY(b.start());
            QVERIFY(a.port() != b.port());
            QCOMPARE(QSqlDatabase::connectionNames().size(), before + 2);
            QCOMPARE(a.numberCount(), 20);
        }
        QCOMPARE(QSqlDatabase::connectionNames().size(), before);
    }

private:
    std::unique_ptr<StartedSandbox> m_sandbox;
};

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
