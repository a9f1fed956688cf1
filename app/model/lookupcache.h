#pragma once

#include "apiclient.h"
#include "apierror.h"
#include "apischema.h"
#include "pages.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace numdesk {

// id -> name for the four picker lists (offers, traffic sources, number pools, provider
// configurations), loaded from the API page by page until the list is complete, then cached.
// A refresh keeps the old list on show until the new one is complete; a failed refresh keeps it.
class LookupCache : public QObject
{
    Q_OBJECT

public:
    explicit LookupCache(ApiClient *client, QObject *parent = nullptr);
    ~LookupCache() override;

    void refresh(); // (re)load all four lists
    void refresh(schema::LookupKind kind);
    void clear();
    // Loads those of `kinds` not loaded yet (joining a load under way) and calls `settled` once
    // each of them is loaded or has failed (loadFailed says why; its ids stay unnamed). Called
    // at once when all are loaded already; never when `context` is destroyed first.
    void whenLoaded(const QList<schema::LookupKind> &kinds, QObject *context,
                    std::function<void()> settled);
    bool isLoaded(schema::LookupKind kind) const;
    bool isLoading(schema::LookupKind kind) const;
    // The picker label ("<user_traffic_source_id> - <name>" for traffic sources, else the name);
    // empty when unknown.
    QString label(schema::LookupKind kind, qint64 id) const;
    // The plain name; empty when unknown.
    QString name(schema::LookupKind kind, qint64 id) const;
    QList<LookupItem> items(schema::LookupKind kind) const; // sorted by label (locale-aware,
                                                            // case-insensitive)
    // Page size of the list requests (default 250, the sandbox's cap).
    void setPageSize(int perPage);
    int pageSize() const { return m_pageSize; }

signals:
    void changed(numdesk::schema::LookupKind kind);
    void errorOccurred(const numdesk::ApiError &error);
    // The same failure, with the list it was for.
    void loadFailed(numdesk::schema::LookupKind kind, const numdesk::ApiError &error);

private:
    struct List
    {
        QList<LookupItem> items; // sorted
        QHash<qint64, qsizetype> indexById;
        bool loaded = false;
        // The load in progress.
        QList<LookupItem> incoming;
        QPointer<ApiCall> call;
        int generation = 0;
        bool loading = false;
    };

    struct Waiter
    {
        QPointer<QObject> context;
        QSet<int> kinds; // schema::LookupKind, not settled yet
        std::function<void()> settled;
    };

    void settle(schema::LookupKind kind);
    void requestPage(schema::LookupKind kind, int page);
    void onPage(schema::LookupKind kind, int generation, int page,
                const Result<LookupPage> &result);
    void finishLoad(schema::LookupKind kind);
    static int indexOf(schema::LookupKind kind) { return int(kind); }

    ApiClient *m_client;
    List m_lists[4];
    QList<Waiter> m_waiters;
    int m_pageSize = 250;
};

} // namespace numdesk
