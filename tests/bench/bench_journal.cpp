// bench_journal [--entries N]
// How long the activity journal takes to read at start (Journal::load, on the GUI thread) as it
// grows: files of 1,000, 10,000 and N (default 100,000) purchases, each an intent and an outcome
// line as Journal writes them. Prints the file size, the first start's load (which archives a
// file past the size limit) and the next start's.
#include "benchsupport.h"
#include "journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using numdesk::Journal;
using numdesk::bench::argument;

namespace {

bool writeJournal(const QString &path, int entries)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject request{{"provider_configuration_id", 150},
                              {"offer_id", 100},
                              {"toll_free", false},
                              {"country", "US"},
                              {"traffic_source_id", 12},
                              {"token_values", QJsonArray{"interest:auto", "geo:800"}}};
    for (int i = 0; i < entries; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject intent{{"v", 1},
                                 {"id", id},
                                 {"phase", "intent"},
                                 {"time", "2026-11-29T10:00:00.000Z"},
                                 {"action", "purchase"},
                                 {"account", "acme"},
                                 {"server", "https://acme.trackdrive.com/api/v1/"},
                                 {"request", request}};
        const QJsonObject outcome{
            {"v", 1},
            {"id", id},
            {"phase", "outcome"},
            {"time", "2026-11-29T10:00:01.000Z"},
            {"state", "succeeded"},
            {"numberId", double(100000 + i)},
            {"number", QStringLiteral("+1800555%1").arg(i % 10000, 4, 10, QLatin1Char('0'))}};
        file.write(QJsonDocument(intent).toJson(QJsonDocument::Compact) + '\n');
        file.write(QJsonDocument(outcome).toJson(QJsonDocument::Compact) + '\n');
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int largest = argument(QCoreApplication::arguments(), "--entries", "100000").toInt();
    QTemporaryDir dir;
    std::printf("%-20s %10s %16s %10s %16s\n", "journal load", "file (MB)", "first start (ms)",
                "archived", "next start (ms)");
    for (const int entries : {1000, 10000, largest}) {
        const QString path = dir.filePath(QStringLiteral("journal-%1/journal.jsonl").arg(entries));
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !writeJournal(path, entries)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        const double megabytes = QFile(path).size() / 1e6;
        const auto timedLoad = [&path](QString *archivedTo) {
            Journal journal(path);
            QElapsedTimer clock;
            clock.start();
            QString error;
            if (!journal.load(&error)) {
                std::fprintf(stderr, "load failed: %s\n", qPrintable(error));
                return -1.0;
            }
            *archivedTo = journal.archivedTo();
            return clock.nsecsElapsed() / 1e6;
        };
        QString archivedTo;
        const double first = timedLoad(&archivedTo);
        const bool archived = !archivedTo.isEmpty();
        const double next = timedLoad(&archivedTo);
        if (first < 0 || next < 0)
            return 1;
        std::printf("%-20s %10.1f %16.1f %10s %16.1f\n",
                    qPrintable(QStringLiteral("%1 purchases").arg(entries)), megabytes, first,
                    archived ? "yes" : "no", next);
    }
    return 0;
}
