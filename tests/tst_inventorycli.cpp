// numdesk-cli snapshot, snapshots, insights, diff and idle end to end: the built binary with
// --sandbox (its own database and data folder), as a script would run them.
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using numdesk::sandbox::SandboxServer;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestInventoryCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run run(QStringList arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"NUMDESK_PUBLIC_KEY", "NUMDESK_PRIVATE_KEY", "NUMDESK_TOKEN", "NUMDESK_AUTH_TOKEN"})
            env.remove(QString::fromLatin1(name));
        env.insert("NUMDESK_SANDBOX_DB", m_dir.filePath("sandbox.sqlite"));
        env.insert("NUMDESK_SANDBOX_NUMBERS", "400");
        env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
        env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
        QProcess process;
        process.setProgram(QStringLiteral(NUMDESK_CLI_PATH));
        process.setArguments(QStringList{QStringLiteral("--sandbox")} + arguments);
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start();
        Run result;
        if (!process.waitForFinished(120000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    static QJsonDocument json(const Run &r) { return QJsonDocument::fromJson(r.out); }

    qint64 takeSnapshot()
    {
        const Run r = run({"snapshot"});
        if (r.exitCode != 0)
            qWarning("snapshot: %d %s", r.exitCode, r.err.constData());
        static const QRegularExpression line(
            QStringLiteral("^Snapshot (\\d+): (\\d+) numbers at "
                           "(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z)\\n$"));
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(r.out));
        if (r.exitCode != 0 || !match.hasMatch())
            return 0;
        return match.captured(1).toLongLong();
    }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(NUMDESK_CLI_PATH))); }

    void shouldRefuseBadInputWithExitTwo()
    {
        Run r = run({"insights"});
        QCOMPARE(r.exitCode, 2); // no snapshot yet
        QVERIFY2(r.err.contains("numdesk-cli snapshot"), r.err.constData());
        r = run({"insights", "--by", "colour"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--by must be one of"));
        r = run({"idle", "--idle-days", "-1", "--out", m_dir.filePath("x.csv")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--idle-days"));
        r = run({"diff", "--format", "table"});
        QCOMPARE(r.exitCode, 2);
        r = run({"snapshots", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).array().size(), 0);
    }

    void shouldSnapshotChangeSnapshotAndShowExactlyTheChanges()
    {
        const qint64 first = takeSnapshot();
        QVERIFY(first > 0);
        Run r = run({"diff"});
        QCOMPARE(r.exitCode, 2); // one snapshot: nothing to compare with
        r = run({"insights", "--snapshot", "999"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("999"), r.err.constData());

        // Insights: the pinned JSON shape, every number in exactly one group.
        r = run({"insights", "--format", "json", "--by", "ring_pool", "--idle-days", "30"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject insights = json(r).object();
        QCOMPARE(insights.value("snapshot").toInteger(), first);
        QCOMPARE(insights.value("idle_days").toInt(), 30);
        QCOMPARE(insights.value("total").toInt(), 400);
        QVERIFY(insights.value("taken_at").isString());
        qint64 sum = 0;
        qint64 idle = 0;
        for (const QJsonValue &value : insights.value("groups").toArray()) {
            const QJsonObject group = value.toObject();
            for (const char *key : {"key", "name", "count", "idle", "never_called", "monthly_cost"})
                QVERIFY2(group.contains(QLatin1String(key)), key);
            QVERIFY(group.value("monthly_cost").isNull()); // no prices set
            sum += group.value("count").toInteger();
            idle += group.value("idle").toInteger();
        }
        QCOMPARE(sum, 400);
        QCOMPARE(idle, insights.value("idle").toInteger());
        QVERIFY(insights.value("idle").toInt() > 0);
        QVERIFY(insights.value("never_called").toInt() > 0);
        QVERIFY(insights.value("idle").toInt() < 400);

        // idle writes exactly the idle numbers, with the export's header.
        const QString idlePath = m_dir.filePath("idle.csv");
        r = run({"idle", "--idle-days", "30", "--out", idlePath});
        QCOMPARE(r.exitCode, 0);
        QFile idleFile(idlePath);
        QVERIFY(idleFile.open(QIODevice::ReadOnly));
        const QByteArray idleCsv = idleFile.readAll();
        const QString exportPath = m_dir.filePath("export.csv");
        QCOMPARE(run({"export", "--out", exportPath}).exitCode, 0);
        QFile exportFile(exportPath);
        QVERIFY(exportFile.open(QIODevice::ReadOnly));
        QCOMPARE(idleCsv.left(idleCsv.indexOf('\n')),
                 exportFile.readAll().left(idleCsv.indexOf('\n')));
        QVERIFY(idleCsv.startsWith("id,"));
        // (Names may hold line breaks: count rows by their first cell, an id.)
        static const QRegularExpression row(QStringLiteral("\\n\\d+,"));
        QCOMPARE(QString::fromUtf8(idleCsv).count(row), insights.value("idle").toInt());

        // Unrent two numbers and move one to another offer.
        QList<qint64> unrented;
        for (qint64 id = 20600; id < 20700 && unrented.size() < 2; ++id) {
            if (run({"unrent", QString::number(id), "--yes"}).exitCode == 0)
                unrented.append(id);
        }
        QCOMPARE(unrented.size(), 2);
        r = run({"show", "20750", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const qint64 offerBefore = json(r).object().value("offer_id").toInteger();
        const qint64 offerAfter = offerBefore == 100 ? 101 : 100;
        r = run({"update", "20750", "--offer", QString::number(offerAfter)});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const qint64 second = takeSnapshot();
        QVERIFY(second > first);
        r = run({"snapshots", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = json(r).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value("id").toInteger(), second); // newest first
        QCOMPARE(list[0].toObject().value("count").toInt(), 398);
        QCOMPARE(list[0].toObject().value("verified").toBool(), true);
        QCOMPARE(list[1].toObject().value("id").toInteger(), first);

        // The diff shows exactly those changes.
        r = run({"diff", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray changes = json(r).array();
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[0].toObject(),
                 (QJsonObject{{"id", unrented[0]},
                              {"number", changes[0].toObject().value("number")},
                              {"change", "removed"},
                              {"field", QJsonValue()},
                              {"before", QJsonValue()},
                              {"after", QJsonValue()}}));
        QCOMPARE(changes[1].toObject().value("id").toInteger(), unrented[1]);
        QCOMPARE(changes[1].toObject().value("change").toString(), QStringLiteral("removed"));
        QCOMPARE(changes[2].toObject(),
                 (QJsonObject{{"id", 20750},
                              {"number", changes[2].toObject().value("number")},
                              {"change", "changed"},
                              {"field", "offer_id"},
                              {"before", offerBefore},
                              {"after", offerAfter}}));
        QVERIFY(changes[2].toObject().value("number").toString().startsWith('+'));
        // CSV: the same rows under the pinned header; --from/--to name the snapshots.
        r = run({"diff", "--from", QString::number(first), "--to", QString::number(second)});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n'); // CRLF rows
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QByteArray("id,number,change,field,before,after\r"));
        QVERIFY(lines[3].startsWith("20750,+"));
        QVERIFY(lines[3].endsWith(",changed,offer_id," + QByteArray::number(offerBefore) + ',' +
                                  QByteArray::number(offerAfter))); // the last row: no CR
        // Backwards, the unrented numbers were added.
        r = run({"diff", "--from", QString::number(second), "--to", QString::number(first),
                 "--format", "json"});
        QCOMPARE(json(r).array()[0].toObject().value("change").toString(), QStringLiteral("added"));

        // A table for people, with the snapshot named.
        r = run({"insights", "--by", "type"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Snapshot " + QByteArray::number(second)), r.out.constData());
        QVERIFY(r.out.contains("Toll-free"));
        r = run({"snapshots"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Verified"));
    }
};

QTEST_GUILESS_MAIN(TestInventoryCli)
#include "tst_inventorycli.moc"
