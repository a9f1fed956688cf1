#include "lookupnames.h"

#include "lookupcache.h"

#include <QEventLoop>
#include <QSet>

#include <optional>

namespace numdesk::cli {

namespace {

std::optional<schema::LookupKind> kindOf(const QString &key)
{
    for (const schema::LookupKind kind : schema::allLookupKinds()) {
        if (schema::numberForeignKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace

std::unique_ptr<LookupCache> LookupNames::load(ApiClient *client, const QStringList &columnKeys,
                                               QStringList *failed)
{
    auto lookups = std::make_unique<LookupCache>(client);
    QSet<int> waiting;
    for (const schema::LookupKind kind : schema::allLookupKinds()) {
        if (columnKeys.isEmpty() || columnKeys.contains(schema::numberForeignKey(kind)))
            waiting.insert(int(kind));
    }
    if (waiting.isEmpty())
        return lookups;
    QEventLoop loop;
    QObject::connect(lookups.get(), &LookupCache::changed, &loop, [&](schema::LookupKind kind) {
        waiting.remove(int(kind));
        if (waiting.isEmpty())
            loop.quit();
    });
    QObject::connect(lookups.get(), &LookupCache::loadFailed, &loop,
                     [&](schema::LookupKind kind, const ApiError &error) {
                         if (failed)
                             failed->append(QStringLiteral("%1 (%2)").arg(schema::lookupPath(kind),
                                                                          error.message));
                         waiting.remove(int(kind));
                         if (waiting.isEmpty())
                             loop.quit();
                     });
    const QSet<int> wanted = waiting;
    for (const int kind : wanted)
        lookups->refresh(schema::LookupKind(kind));
    loop.exec();
    return lookups;
}

QString LookupNames::name(const LookupCache *lookups, const QString &key, const QString &raw)
{
    const auto kind = kindOf(key);
    if (!lookups || !kind || raw.isEmpty())
        return raw;
    bool ok = false;
    const qint64 id = raw.toLongLong(&ok);
    const QString found = ok ? lookups->name(*kind, id) : QString();
    return found.isEmpty() ? raw : found;
}

} // namespace numdesk::cli
