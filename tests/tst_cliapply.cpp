// numdesk-cli apply, history and undo end to end (issue 17): the built binary against an
// in-process sandbox, its journal in a temporary data folder.
#include "tst_sandboxhttp.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace numdesk;
using numdesk::sandbox::SandboxServer;
using numdesk::sandbox::test::StartedSandbox;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class tst_CliApply : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StartedSandbox> m_sandbox;
    QTemporaryDir m_dir;
    QList<QJsonObject> m_numbers; // the first page of the account, as it was at the start

    QProcessEnvironment environment(bool credentials = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"NUMDESK_PUBLIC_KEY", "NUMDESK_PRIVATE_KEY", "NUMDESK_TOKEN", "NUMDESK_AUTH_TOKEN",
              "NUMDESK_SANDBOX_DB", "NUMDESK_SANDBOX_NUMBERS"})
            env.remove(QString::fromLatin1(name));
        if (credentials) {
            const auto demo = SandboxServer::demoCredentials();
            env.insert("NUMDESK_PUBLIC_KEY", demo.publicKey);
            env.insert("NUMDESK_PRIVATE_KEY", demo.privateKey);
        }
        env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
        env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
        return env;
    }

    Run run(const QStringList &arguments, bool atSandbox = true, bool credentials = true)
    {
        QProcess process;
        process.setProgram(QStringLiteral(NUMDESK_CLI_PATH));
        process.setArguments(
            atSandbox
                ? QStringList{"--base-url", m_sandbox->server->apiBaseUrl().toString()} + arguments
                : arguments);
        process.setProcessEnvironment(environment(credentials));
        process.setStandardInputFile(QProcess::nullDevice());
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        process.start();
        if (!process.waitForStarted(10000))
            return {};
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        Run result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QString writePlan(const QByteArray &bytes)
    {
        static int count = 0;
        const QString path = m_dir.filePath(QStringLiteral("plan%1.csv").arg(++count));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    QList<QJsonObject> writes() const
    {
        QList<QJsonObject> bodies;
        for (const auto &request : m_sandbox->server->receivedRequests()) {
            if (request.method == QLatin1String("PUT") || request.method == QLatin1String("DELETE"))
                bodies.append(
                    QJsonObject{{"method", request.method},
                                {"path", request.path},
                                {"body", QJsonDocument::fromJson(request.body).object()}});
        }
        return bodies;
    }

    // The sandbox's name of an offer, from its list as JSON.
    QString offerName(qint64 id) const
    {
        const QJsonObject reply = m_sandbox->http->get("offers?per_page=250").object();
        for (auto it = reply.constBegin(); it != reply.constEnd(); ++it) {
            for (const QJsonValue &offer : it.value().toArray()) {
                if (offer[QLatin1String("id")].toInteger() == id)
                    return offer[QLatin1String("name")].toString();
            }
        }
        return QStringLiteral("(no offer %1)").arg(id);
    }

    QJsonObject current(qint64 id) const
    {
        const QJsonObject reply =
            m_sandbox->http->get("phone_numbers/" + QByteArray::number(id)).object();
        for (const char *root : {"number", "phone_number"}) {
            if (reply.value(QLatin1String(root)).isObject())
                return reply.value(QLatin1String(root)).toObject();
        }
        return reply;
    }

    static QString batchOf(const QByteArray &out)
    {
        static const QRegularExpression line(QStringLiteral("^Batch ([0-9a-f]{8})$"),
                                             QRegularExpression::MultilineOption);
        return line.match(QString::fromUtf8(out)).captured(1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(NUMDESK_CLI_PATH)));
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<StartedSandbox>(200);
        QVERIFY(m_sandbox->started);
        const QJsonArray page =
            m_sandbox->http->get("phone_numbers?per_page=10").object()["numbers"].toArray();
        for (const QJsonValue &value : page)
            m_numbers.append(value.toObject());
        QCOMPARE(m_numbers.size(), 10);
    }

    void shouldPrintThePreviewAsJsonAndSendNothing()
    {
        const QJsonObject a = m_numbers.at(0);
        const qint64 offer = a["offer_id"].toInteger() == 105 ? 106 : 105;
        const QString plan = writePlan(QStringLiteral("id,offer,action\n%1,%2,\n%3,%4,\n"
                                                      "%5,No Such Offer,\n")
                                           .arg(a["id"].toInteger())
                                           .arg(offer)
                                           .arg(m_numbers.at(1)["id"].toInteger())
                                           .arg(m_numbers.at(1)["offer_id"].toInteger())
                                           .arg(m_numbers.at(2)["id"].toInteger())
                                           .toUtf8());
        m_sandbox->server->clearReceivedRequests();
        Run r = run({"apply", plan, "--dry-run", "--format", "json"});
        QCOMPARE(r.exitCode, 2); // an invalid row
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(
            rows.at(0).toObject(),
            (QJsonObject{{"row", 2},
                         {"id", a["id"]},
                         {"number", a["number"]},
                         {"class", "change"},
                         {"action", "update"},
                         {"changes", QJsonObject{{"offer_id", QJsonObject{{"before", a["offer_id"]},
                                                                          {"after", offer}}}}},
                         {"reason", ""}}));
        QCOMPARE(rows.at(1)["class"].toString(), QStringLiteral("already"));
        QCOMPARE(rows.at(2)["class"].toString(), QStringLiteral("invalid"));
        QCOMPARE(rows.at(2)["reason"].toString(),
                 QStringLiteral("offer_id: The account has no offer named 'No Such Offer'."));
        QVERIFY2(r.err.contains("1 will change, 1 already so, 1 invalid"), r.err.constData());

        r = run({"apply", plan, "--dry-run", "--skip-invalid", "--format", "csv"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("row,id,number,class,changes,reason\r\n"));
        QCOMPARE(r.out.count("\r\n"), 4);
        QVERIFY(writes().isEmpty());

        // Without --skip-invalid the plan is refused as a whole.
        r = run({"apply", plan, "--yes"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("line 4: offer_id"), r.err.constData());
        QVERIFY(writes().isEmpty());
        QVERIFY(batchOf(r.out).isEmpty());
    }

    void shouldRefuseAFileThatIsNoPlan()
    {
        const Run r = run({"apply", writePlan("offer,pool\n1,2\n"), "--dry-run"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("neither an id nor a number"), r.err.constData());
    }

    void shouldNotUnrentOrChangeWithoutYesWhenNotOnATerminal()
    {
        const QString plan = writePlan(QStringLiteral("id,action,ring_pool\n%1,unrent,\n%2,,none\n")
                                           .arg(m_numbers.at(3)["id"].toInteger())
                                           .arg(m_numbers.at(4)["id"].toInteger())
                                           .toUtf8());
        m_sandbox->server->clearReceivedRequests();
        const int before = m_sandbox->server->numberCount();
        const Run r = run({"apply", plan});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("--yes"), r.err.constData());
        QVERIFY(writes().isEmpty());
        QCOMPARE(m_sandbox->server->numberCount(), before);
        QVERIFY(batchOf(r.out).isEmpty());
    }

    void shouldApplyListAndUndoABatch()
    {
        const QJsonObject a = m_numbers.at(5);
        const QJsonObject b = m_numbers.at(6);
        const QJsonObject c = m_numbers.at(7);
        const qint64 offer = a["offer_id"].toInteger() == 105 ? 106 : 105;
        const QString plan = writePlan(
            QStringLiteral("number;offer;token_values;action\n%1;%2;zip:10001;\n%3;;none;\n"
                           "%4;;;unrent\n")
                .arg(a["number"].toString())
                .arg(offer)
                .arg(b["number"].toString(), c["number"].toString())
                .toUtf8());
        m_sandbox->server->clearReceivedRequests();
        Run r = run({"apply", plan, "--yes"});
        QCOMPARE(r.exitCode, 0);
        const QString batch = batchOf(r.out);
        QVERIFY2(!batch.isEmpty(), r.out.constData());
        QList<QJsonObject> sent = writes();
        const bool bHadTokens = !b["token_values"].toArray().isEmpty();
        QCOMPARE(sent.size(), bHadTokens ? 3 : 2);
        // Sent a few at a time: found by path, not by order.
        auto sentTo = [&sent](const QJsonObject &number) {
            const QString path =
                QStringLiteral("/api/v1/phone_numbers/%1").arg(number["id"].toInteger());
            for (const QJsonObject &write : std::as_const(sent)) {
                if (write["path"].toString() == path)
                    return write;
            }
            return QJsonObject();
        };
        QCOMPARE(sentTo(a)["method"].toString(), QStringLiteral("PUT"));
        QCOMPARE(sentTo(a)["body"].toObject(),
                 (QJsonObject{{"offer_id", offer}, {"token_values", QJsonArray{"zip:10001"}}}));
        if (bHadTokens)
            QCOMPARE(sentTo(b)["body"].toObject(),
                     (QJsonObject{{"token_values", QJsonValue::Null}}));
        else
            QVERIFY(sentTo(b).isEmpty());
        QCOMPARE(sentTo(c)["method"].toString(), QStringLiteral("DELETE"));

        // history needs no account.
        r = run({"history", "--format", "json"}, false, false);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray history = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0)["id"].toString(), batch);
        QCOMPARE(history.at(0)["kind"].toString(), QStringLiteral("apply"));
        QCOMPARE(history.at(0)["account"].toString(), m_sandbox->server->apiBaseUrl().toString());
        QCOMPARE(history.at(0)["counts"].toObject(),
                 (QJsonObject{{"succeeded", bHadTokens ? 3 : 2}}));
        QVERIFY(
            QDateTime::fromString(history.at(0)["time"].toString(), Qt::ISODateWithMs).isValid());

        r = run({"undo", batch, "--dry-run", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), bHadTokens ? 3 : 2);
        QCOMPARE(rows.at(0)["class"].toString(), QStringLiteral("not_undoable"));
        QCOMPARE(rows.at(0)["before"]["offer_id"], c["offer_id"]);
        QCOMPARE(rows.at(1)["class"].toString(), QStringLiteral("change"));
        QCOMPARE(rows.at(1)["changes"]["offer_id"]["after"], a["offer_id"]);

        m_sandbox->server->clearReceivedRequests();
        r = run({"undo", batch, "--yes"});
        QCOMPARE(r.exitCode, 3); // the unrent could not be undone
        QVERIFY(!batchOf(r.out).isEmpty());
        QVERIFY(batchOf(r.out) != batch);
        QVERIFY2(r.err.contains("An unrent cannot be undone"), r.err.constData());
        // by name, for re-buying
        QVERIFY2(r.err.contains(QStringLiteral("it had offer %1 (#%2)")
                                    .arg(offerName(c["offer_id"].toInteger()))
                                    .arg(c["offer_id"].toInteger())
                                    .toUtf8()),
                 r.err.constData());
        QCOMPARE(writes().size(), bHadTokens ? 2 : 1);
        for (const QJsonObject &before : {a, b}) {
            const QJsonObject now = current(before["id"].toInteger());
            for (const char *key :
                 {"offer_id", "traffic_source_id", "ring_pool_id", "token_values"})
                QCOMPARE(now[key], before[key]);
        }
        r = run({"history"}, false, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(batch.toUtf8()));
        QVERIFY(r.out.contains("undo"));

        r = run({"undo", "ffffffff", "--yes"});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliApply)
#include "tst_cliapply.moc"
