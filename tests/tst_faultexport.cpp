// Exporting (ExportJob) against the sandbox's fault injection: with server errors, 429 bursts
// with Retry-After, dropped connections and slow replies, the file is byte for byte the one a
// fault-free export writes.
#include "apiclient.h"
#include "exportjob.h"
#include "sandboxaccount.h"
#include "tst_sandboxhttp.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace numdesk;
using namespace numdesk::test;
using numdesk::sandbox::FaultSettings;
using numdesk::sandbox::SandboxServer;
using numdesk::sandbox::test::StartedSandbox;

namespace {

constexpr int kNumbers = 600;
constexpr int kPerPage = 50;

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

    void shouldWriteTheSameFileDespiteFaults_data() { addFaultRows(); }

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
