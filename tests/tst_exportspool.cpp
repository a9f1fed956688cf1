// ExportSpool: rows go to disk and come back in order, whatever their sizes against the blocks
// the spool is read in, without the rows that left the set; a spool cut short says so. A spool
// of lengths gives back the same rows read from where they were written.
#include "exportspool.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace numdesk;

class tst_ExportSpool : public QObject
{
    Q_OBJECT

private:
    // Copies the spool and returns what `write` was given, joined, and the chunks' sizes.
    static QByteArray copied(ExportSpool &spool, const QSet<qint64> &drop, qint64 *dropped,
                             QList<qsizetype> *chunks = nullptr, bool *ok = nullptr,
                             QIODevice *rows = nullptr)
    {
        QByteArray all;
        const bool done = spool.copy(
            drop,
            [&](const QByteArray &chunk) {
                all += chunk;
                if (chunks)
                    chunks->append(chunk.size());
                return true;
            },
            dropped, rows);
        if (ok)
            *ok = done;
        return all;
    }

    static QByteArray row(int i, qsizetype size)
    {
        QByteArray bytes = QByteArray::number(i) + ',';
        bytes += QByteArray(qMax<qsizetype>(0, size - bytes.size() - 2), char('a' + i % 26));
        return bytes + "\r\n";
    }

private slots:
    void shouldGiveBackEveryRowInOrderAcrossBlocks()
    {
        ExportSpool spool;
        QVERIFY(spool.open());
        QByteArray expected;
        // Small rows past several 1 MiB blocks, then rows larger than a block, then small ones:
        // headers and rows fall across block boundaries everywhere.
        int i = 1;
        for (; i <= 30000; ++i) {
            const QByteArray r = row(i, 40 + i % 90);
            spool.add(i, r);
            expected += r;
            if (i % 250 == 0)
                QVERIFY(spool.flush());
        }
        for (const qsizetype big : {qsizetype(3 << 20), qsizetype((1 << 20) + 7)}) {
            const QByteArray r = row(i, big);
            spool.add(i++, r);
            expected += r;
        }
        for (int j = 0; j < 100; ++j, ++i) {
            const QByteArray r = row(i, 33);
            spool.add(i, r);
            expected += r;
        }
        spool.add(0, "no key\r\n"); // an empty row and a row without key
        spool.add(i, QByteArray());
        expected += "no key\r\n";
        qint64 dropped = -1;
        QList<qsizetype> chunks;
        bool ok = false;
        const QByteArray all = copied(spool, {}, &dropped, &chunks, &ok);
        QVERIFY2(ok, qPrintable(spool.errorString()));
        QCOMPARE(dropped, 0);
        QCOMPARE(all.size(), expected.size());
        QVERIFY(all == expected);
        // Chunks of about 1 MiB: never many small writes.
        for (qsizetype k = 0; k + 1 < chunks.size(); ++k)
            QVERIFY2(chunks.at(k) >= (1 << 20), QByteArray::number(chunks.at(k)));
    }

    void shouldLeaveOutTheRowsThatLeftButNeverOneWithoutKey()
    {
        ExportSpool spool;
        QVERIFY(spool.open());
        QByteArray expected;
        for (int i = 1; i <= 1000; ++i) {
            const QByteArray r = row(i, 60);
            spool.add(i, r);
            if (i % 7 != 0)
                expected += r;
        }
        spool.add(0, "kept\r\n");
        expected += "kept\r\n";
        QSet<qint64> drop = {0};
        for (int i = 7; i <= 1000; i += 7)
            drop.insert(i);
        drop.insert(5000); // never spooled
        qint64 dropped = -1;
        bool ok = false;
        const QByteArray all = copied(spool, drop, &dropped, nullptr, &ok);
        QVERIFY(ok);
        QCOMPARE(dropped, qint64(1000 / 7));
        QVERIFY(all == expected);
    }

    void shouldGiveBackTheRowsWrittenElsewhereFromTheirLengths()
    {
        // As an export to a file: the rows go to the file, their keys and lengths to the spool.
        ExportSpool spool(ExportSpool::Contents::Lengths);
        QVERIFY(spool.open());
        QByteArray file = "header\r\n";
        QByteArray expected;
        QSet<qint64> drop = {0, 9999};
        int i = 1;
        for (; i <= 20000; ++i) {
            const QByteArray r = row(i, 30 + i % 200);
            file += r;
            spool.addLength(i, r.size());
            if (i % 11 == 0)
                drop.insert(i);
            else
                expected += r;
            if (i % 250 == 0)
                QVERIFY(spool.flush());
        }
        const QByteArray big = row(i, (2 << 20) + 3); // larger than a chunk
        file += big;
        spool.addLength(i, big.size());
        expected += big;
        spool.addLength(0, 0); // an empty row without key
        file += "no key\r\n";
        spool.addLength(0, 8);
        expected += "no key\r\n";
        QBuffer rows(&file);
        QVERIFY(rows.open(QIODevice::ReadOnly));
        QVERIFY(rows.seek(8)); // past the header
        qint64 dropped = -1;
        bool ok = false;
        const QByteArray all = copied(spool, drop, &dropped, nullptr, &ok, &rows);
        QVERIFY2(ok, qPrintable(spool.errorString()));
        QCOMPARE(dropped, qint64(20000 / 11)); // 0 is never dropped, 9999 is one of them
        QCOMPARE(all.size(), expected.size());
        QVERIFY(all == expected);

        // Rows that end before the spool's lengths do: said, not made up.
        QByteArray shorter = file.left(file.size() - 20);
        QBuffer cut(&shorter);
        QVERIFY(cut.open(QIODevice::ReadOnly));
        QVERIFY(cut.seek(8));
        copied(spool, {}, &dropped, nullptr, &ok, &cut);
        QVERIFY(!ok);
        QVERIFY2(spool.errorString().contains(QStringLiteral("end too soon")),
                 qPrintable(spool.errorString()));
        // And a spool of lengths without the rows refuses to copy.
        copied(spool, {}, &dropped, nullptr, &ok);
        QVERIFY(!ok);
    }

    void shouldSayWhenTheSpoolWasCutShort_data()
    {
        QTest::addColumn<qint64>("cut");
        QTest::newRow("in a header") << qint64(12 + 50 + 5);
        QTest::newRow("in a row") << qint64(12 + 50 + 12 + 20);
    }

    void shouldSayWhenTheSpoolWasCutShort()
    {
        QFETCH(qint64, cut);
        ExportSpool spool;
        QVERIFY(spool.open());
        spool.add(1, row(1, 50));
        spool.add(2, row(2, 50));
        QVERIFY(spool.flush());
        QVERIFY(QFile::resize(spool.fileName(), cut));
        qint64 dropped = 0;
        bool ok = true;
        copied(spool, {}, &dropped, nullptr, &ok);
        QVERIFY(!ok);
        QVERIFY2(spool.errorString().contains(QStringLiteral("was cut short")),
                 qPrintable(spool.errorString()));
    }
};

QTEST_GUILESS_MAIN(tst_ExportSpool)
#include "tst_exportspool.moc"
