#include "lookupcache.h"

#include "cellformatter.h"

#include <QCollator>

#include <algorithm>

namespace numdesk {

namespace {

// A server that never ends a list (pages that are always full) must not make us loop forever.
constexpr int kMaxLookupPages = 1000;

} // namespace

LookupCache::LookupCache(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

LookupCache::~LookupCache()
{
    m_waiters.clear(); // nobody is called back from a cache being destroyed
    for (List &list : m_lists) {
        if (list.call)
            list.call->cancel();
    }
}

void LookupCache::setPageSize(int perPage)
{
    m_pageSize = qMax(1, perPage);
}

void LookupCache::refresh()
{
    for (const schema::LookupKind kind : schema::allLookupKinds())
        refresh(kind);
}

void LookupCache::refresh(schema::LookupKind kind)
{
    List &list = m_lists[indexOf(kind)];
    ++list.generation; // first, so that the cancelled call's answer is dropped as stale
    if (list.call)
        list.call->cancel();
    list.incoming.clear();
    list.loading = true;
    requestPage(kind, 1);
}

void LookupCache::clear()
{
    for (const schema::LookupKind kind : schema::allLookupKinds()) {
        List &list = m_lists[indexOf(kind)];
        ++list.generation;
        if (list.call)
            list.call->cancel();
        const bool hadData = list.loaded || !list.items.isEmpty();
        list.items.clear();
        list.indexById.clear();
        list.incoming.clear();
        list.loaded = false;
        list.loading = false;
        if (hadData)
            emit changed(kind);
        settle(kind); // a load waited for is not coming
    }
}

void LookupCache::whenLoaded(const QList<schema::LookupKind> &kinds, QObject *context,
                             std::function<void()> settled)
{
    Waiter waiter{context, {}, std::move(settled)};
    for (const schema::LookupKind kind : kinds) {
        if (!isLoaded(kind))
            waiter.kinds.insert(int(kind));
    }
    if (waiter.kinds.isEmpty()) {
        waiter.settled();
        return;
    }
    const QSet<int> toLoad = waiter.kinds;
    // Waiting before the requests go out: a client may answer before refresh() returns.
    m_waiters.append(std::move(waiter));
    for (const int kind : toLoad) {
        if (!isLoading(schema::LookupKind(kind)))
            refresh(schema::LookupKind(kind));
    }
}

void LookupCache::settle(schema::LookupKind kind)
{
    QList<Waiter> ready;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        it->kinds.remove(int(kind));
        if (!it->context) {
            it = m_waiters.erase(it);
        } else if (it->kinds.isEmpty()) {
            ready.append(std::move(*it));
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
    // Called after the list is updated, since a callback may ask for another load.
    for (const Waiter &waiter : std::as_const(ready)) {
        if (waiter.context)
            waiter.settled();
    }
}

bool LookupCache::isLoaded(schema::LookupKind kind) const
{
    return m_lists[indexOf(kind)].loaded;
}

bool LookupCache::isLoading(schema::LookupKind kind) const
{
    return m_lists[indexOf(kind)].loading;
}

QString LookupCache::label(schema::LookupKind kind, qint64 id) const
{
    const List &list = m_lists[indexOf(kind)];
    const auto it = list.indexById.constFind(id);
    return it == list.indexById.cend() ? QString() : list.items.at(*it).label;
}

QString LookupCache::name(schema::LookupKind kind, qint64 id) const
{
    const List &list = m_lists[indexOf(kind)];
    const auto it = list.indexById.constFind(id);
    if (it == list.indexById.cend())
        return QString();
    const LookupItem &item = list.items.at(*it);
    return item.name.isEmpty() ? item.label : item.name;
}

QList<LookupItem> LookupCache::items(schema::LookupKind kind) const
{
    return m_lists[indexOf(kind)].items;
}

void LookupCache::requestPage(schema::LookupKind kind, int page)
{
    List &list = m_lists[indexOf(kind)];
    ListLookups request;
    request.kind = kind;
    request.page = page;
    request.perPage = m_pageSize;
    const int generation = list.generation;
    list.call = m_client->listLookups(request, this,
                                      [this, kind, generation, page](const Result<LookupPage> &r) {
                                          onPage(kind, generation, page, r);
                                      });
}

void LookupCache::onPage(schema::LookupKind kind, int generation, int page,
                         const Result<LookupPage> &result)
{
    List &list = m_lists[indexOf(kind)];
    if (generation != list.generation)
        return; // an older load, cancelled or superseded
    list.call.clear();
    if (!result.ok()) {
        list.loading = false;
        list.incoming.clear();
        if (result.error().kind != ApiError::Kind::Cancelled) {
            emit loadFailed(kind, result.error());
            emit errorOccurred(result.error());
        }
        settle(kind); // (a load this cache cancels itself is stale, dropped above)
        return;
    }
    const LookupPage &data = result.value();
    list.incoming.append(data.items);
    // The list ends with a short (or empty) page, or where the metadata says it ends.
    const int perPage = data.meta.perPage.value_or(m_pageSize);
    bool done = data.items.isEmpty() || data.items.size() < perPage || page >= kMaxLookupPages;
    if (data.meta.totalPages && page >= *data.meta.totalPages)
        done = true;
    if (data.meta.totalCount && list.incoming.size() >= *data.meta.totalCount)
        done = true;
    if (done)
        finishLoad(kind);
    else
        requestPage(kind, page + 1);
}

void LookupCache::finishLoad(schema::LookupKind kind)
{
    List &list = m_lists[indexOf(kind)];
    const QCollator collator = CellFormatter::naturalCollator();
    QList<LookupItem> items = std::move(list.incoming);
    list.incoming = {};
    std::stable_sort(items.begin(), items.end(),
                     [&collator](const LookupItem &a, const LookupItem &b) {
                         const int order = collator.compare(a.label, b.label);
                         return order != 0 ? order < 0 : a.id < b.id;
                     });
    list.indexById.clear();
    list.indexById.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        list.indexById.insert(items.at(i).id, i);
    list.items = std::move(items);
    list.loaded = true;
    list.loading = false;
    emit changed(kind);
    settle(kind);
}

} // namespace numdesk
