// Exporting (ExportJob) against the sandbox's fault injection: with server errors, 429 bursts
// with Retry-After, dropped connections and slow replies, the file is byte for byte the one a
// fault-free export writes.
#include "apiclient.h"
#include "exportjob.h"
#include "tst_sandboxhttp.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace numdesk;
using numdesk::sandbox::FaultSettings;
using numdesk::sandbox::SandboxServer;
using numdesk::sandbox::test::StartedSandbox;

Q_DECLARE_METATYPE(numdesk::sandbox::FaultSettings)

namespace {

constexpr int kNumbers = 600;
constexpr int kPerPage = 50;

Account sandboxAccount(const SandboxServer &server)
{
    Account account;
    account.apiBase = server.apiBaseUrl();
    account.credentials.method = AuthMethod::Token;
    account.credentials.token = SandboxServer::demoCredentials().accessToken;
    return account;
}

ApiClient::Options patientOptions()
{
    ApiClient::Options options;
    options.retry.maxAttempts = 8;
    options.retry.baseDelayMs = 20;
    options.retry.maxDelayMs = 3000;
    options.request.timeoutMs = 10000;
    return options;
}

FaultSettings faults(int latencyMs, double errorRate, int rateLimit, int retryAfter, double drop)
{
    FaultSettings f;
    f.latencyMs = latencyMs;
    f.errorRate = errorRate;
    f.rateLimitPerSecond = rateLimit;
    f.retryAfterSeconds = retryAfter;
    f.dropRate = drop;
    return f;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_FaultExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StartedSandbox> m_sandbox;
    QTemporaryDir m_dir;
    QByteArray m_reference;

    ExportSummary exportTo(const QString &path)
    {
        ApiClient client(sandboxAccount(*m_sandbox->server));
        client.setOptions(patientOptions());
        ExportOptions options; // every documented column
        options.perPage = kPerPage;
        options.parallel = 4;
        ExportJob job(&client, path, options);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        if (finished.isEmpty())
            finished.wait(60000);
        return job.summary();
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<StartedSandbox>(kNumbers);
        QVERIFY(m_sandbox->started);
        const QString path = m_dir.filePath(QStringLiteral("reference.csv"));
        const ExportSummary summary = exportTo(path);
        QVERIFY2(summary.isComplete(), qPrintable(summary.message));
        QCOMPARE(summary.rowsWritten, qint64(kNumbers));
        m_reference = fileBytes(path);
        QCOMPARE(m_reference.count("\r\n"), kNumbers + 1);
    }

    void shouldWriteTheSameFileDespiteFaults_data()
    {
        QTest::addColumn<FaultSettings>("settings");
        QTest::newRow("10% 5xx") << faults(0, 0.1, 0, 0, 0);
        QTest::newRow("429 bursts with Retry-After") << faults(0, 0, 3, 1, 0);
        QTest::newRow("10% dropped connections") << faults(0, 0, 0, 0, 0.1);
        QTest::newRow("500 ms latency") << faults(500, 0, 0, 0, 0);
        QTest::newRow("all at once") << faults(100, 0.1, 6, 1, 0.05);
    }

    void shouldWriteTheSameFileDespiteFaults()
    {
        QFETCH(FaultSettings, settings);
        m_sandbox->server->setFaults(settings);
        m_sandbox->server->clearReceivedRequests();
        const QString path =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".csv"));
        const ExportSummary summary = exportTo(path);
        m_sandbox->server->setFaults({});
        QVERIFY2(summary.isComplete(), qPrintable(summary.message));
        QCOMPARE(summary.rowsWritten, qint64(kNumbers));
        QCOMPARE(summary.duplicatesDropped, qint64(0));
        QVERIFY(!summary.setChanged);
        const QByteArray written = fileBytes(path);
        QCOMPARE(written.size(), m_reference.size());
        QVERIFY(written == m_reference);
        // The faults did happen: more requests than pages.
        const qsizetype sent = m_sandbox->server->receivedRequests().size();
        qInfo("%lld requests for %d pages", qint64(sent), kNumbers / kPerPage);
        if (settings.latencyMs < 500)
            QVERIFY(sent > kNumbers / kPerPage);
    }
};

QTEST_GUILESS_MAIN(tst_FaultExport)
#include "tst_faultexport.moc"
