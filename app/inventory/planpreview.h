#pragma once

#include "apierror.h"
#include "apischema.h"
#include "planfile.h"
#include "planpreviewrow.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

namespace numdesk {

class ApiCall;
class ApiClient;
class LookupCache;
class PagedQueryReader;

// Previews a plan without sending a write: every row against a fresh read of its number and
// the lookups (offers, traffic sources, pools), classified change / already / not found /
// ambiguous / invalid / duplicate. The numbers are read the cheaper way: one GET per number
// (several in flight) when the plan names fewer numbers than the account has pages, else the
// whole account through PagedQueryReader, as the export reads it (a 10,000-row plan is then
// 40 pages of 250, not 10,000 requests).
class PlanPreview : public QObject
{
    Q_OBJECT

public:
    PlanPreview(ApiClient *client, LookupCache *lookups, QObject *parent = nullptr);
    ~PlanPreview() override;

    void setParallel(int count) { m_parallel = qMax(1, count); } // GETs in flight; default 6
    void start(const QList<PlanRow> &rows);
    bool isRunning() const { return m_running; }
    // Set when the numbers could not be read (then rows() is empty).
    const std::optional<ApiError> &error() const { return m_error; }
    const QList<PlanPreviewRow> &rows() const { return m_result; }
    bool readWholeAccount() const { return m_wholeAccount; }

    using Counts = QMap<PlanPreviewRow::Class, int>;
    Counts counts() const { return countsOf(m_result); }
    static Counts countsOf(const QList<PlanPreviewRow> &rows);
    // "212 will change, 14 already so, 3 not found, 1 invalid" (classes with none left out).
    static QString summary(const Counts &counts);
    // The actions that carry out the Change rows, in plan order.
    static QList<NumberAction> actionsFor(const QList<PlanPreviewRow> &rows);

    // One row against its number (nullopt: not in the account) and the lookups (null or a list
    // not loaded: ids are taken as they are, names cannot be matched).
    static PlanPreviewRow classify(const PlanRow &row, const std::optional<PhoneNumber> &number,
                                   const LookupCache *lookups);

signals:
    void progressChanged(int done, int total);
    void finished();

private:
    void loadLookups();
    void countAccount();
    void readWhole();
    void readEach();
    void pumpEach();
    void finish();
    void fail(const ApiError &error);
    static QString keyOf(const PlanRow &row);

    ApiClient *m_client;
    QPointer<LookupCache> m_lookups;
    QList<PlanRow> m_plan;
    QList<PlanPreviewRow> m_result;
    std::optional<ApiError> m_error;
    int m_parallel = 6;
    bool m_running = false;
    bool m_wholeAccount = false;
    QPointer<ApiCall> m_countCall;
    std::unique_ptr<PagedQueryReader> m_reader;
    // Reading each: the keys (id or E.164) still to read, those in flight, what came back.
    QStringList m_toRead;
    QHash<QString, QPointer<ApiCall>> m_inFlight;
    int m_readDone = 0;
    QHash<QString, PhoneNumber> m_byKey; // by id text and by E.164
};

} // namespace numdesk
