#pragma once

#include "apiclient.h"
#include "phonenumber.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace numdesk {

// Reads every row of a list query, not just the loaded ones: several pages in flight, rows
// handed on in page order, each number once.
//
// The API pages by offset and has no cursor, so the set may move under the reader: a number
// unrented before a later page is read shifts that page (a row would be skipped), a purchase
// shifts it the other way (a row would repeat). The reader
//  - pins the set to the numbers created up to the end of the second the read started in (the
//    API takes whole seconds), without waiting for that second to pass: the set is read in two
//    segments. The main one ends at the last whole second (created_at_to = that second; records
//    carry milliseconds, so it holds only numbers created before the start) and is read at once.
//    The tail (created_at_from that second, created_at_to the next one) is read once the pinned
//    second has passed, its rows after the main segment's. Neither can grow while it is read, so
//    only unrents move them, and those always show in total_count. The tail is almost always one
//    empty page, asked for beside the main segment's last pages (not a round trip after them)
//    when its second has passed by then; a number in both segments (created on the whole
//    second) is handed on once;
//  - drops a row whose id was already handed on (counted in duplicatesDropped);
//  - checks each pass over a segment: every page must report the same total_count, the pages
//    must hold that many distinct rows, and none may repeat. When the server sends no total, a
//    second pass must see the same ids in the same order;
//  - when the filter names something an update can change (offer, source, pool, provider, text,
//    last call), confirms a consistent pass by a second read of ids only: a number that moved
//    out of the filter while one moved in keeps total_count as it was, so only the ids tell;
//  - when a pass is not consistent, reads the segment again (up to maxPasses) and hands on the
//    rows it had missed, and says so in the outcome instead of ending quietly;
//  - once verified, names the rows it handed on that the final consistent read no longer holds
//    (leftKeys()), so that a writer can drop them;
//  - never pages without end: a total_count above maxSetSize, a pass longer than that, or a
//    page without one id new to its pass (a server repeating itself) stops the read as Failed.
class PagedQueryReader : public QObject
{
    Q_OBJECT

public:
    // Pages in flight by default: the most connections Qt opens to one host (HTTP/1.1), so none
    // waits inside Qt. bench_export, 100,000 numbers at 20 ms on 2 cores: 4 pages 3.1 s, 6 pages
    // 2.2-2.5 s, 8 pages 2.1-2.7 s, 12 pages 3.4 s.
    static constexpr int kDefaultParallel = 6;

    struct Options
    {
        NumberFilter filter;
        QStringList columns; // empty: every column the server sends; "id" is always asked for
        // Pages in flight at most: a 429 halves the window, which then grows by one page per
        // window of answered pages (as TCP's).
        int parallel = kDefaultParallel;
        int perPage = 250;   // asked for; the server's per_page in metadata wins
        qint64 maxRows = -1; // stop after this many rows; -1 reads everything
        bool pinCreatedAt = true;
        int maxPasses = 3;
        int pageResubmits = 3; // extra tries of a page after ApiClient's own retries gave up
        QDateTime startTime;   // the pin; invalid: the current time when start() runs
        // Milliseconds since the epoch, UTC; empty: the system clock. Tests set it to start on a
        // chosen millisecond of a second.
        std::function<qint64()> clock;
        // The most numbers a set may hold: a total_count above it, or a pass that reads more
        // rows, is a server that cannot be believed.
        qint64 maxSetSize = 10'000'000;
    };

    struct Outcome
    {
        enum class State
        {
            Completed,
            Cancelled,
            Failed
        };
        State state = State::Completed;
        qint64 rowsDelivered = 0;
        qint64 duplicatesDropped = 0;
        qint64 firstTotal = -1;   // total_count of the first page read; -1 when not sent
        qint64 finalTotal = -1;   // distinct rows of the last consistent pass; -1 when none
        qint64 leftDuringRun = 0; // rows handed on that the last consistent pass no longer had
        int rateLimited = 0;      // 429 answers met (each retried or resubmitted)
        int smallestWindow = 0;   // the fewest pages in flight the window came down to
        int finalWindow = 0;      // the window at the end: grown back once the 429s stopped
                                  // (their keys: leftKeys())
        qint64 addedLate = 0;     // rows first seen in a later pass
        int passes = 0;           // reads of a segment, all segments
        int pagesAsked = 0;       // page requests sent, resubmissions included
        int unsettledPasses = 0;  // reads of a segment that never agreed (the most of any)
        bool setChanged = false;
        bool verified = false;  // a pass was consistent and all its rows were handed on
        bool truncated = false; // stopped at maxRows
        QDateTime pinnedTo;     // the end of the pinned set; invalid when not pinned
        std::optional<ApiError> error;
    };

    PagedQueryReader(ApiClient *client, Options options, QObject *parent = nullptr);
    ~PagedQueryReader() override;

    void start();
    // Stops every request; finished() follows at once with State::Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }
    // Held, the reader asks for no further page of the pass it is reading (those on the wire
    // still come; the first page of a new pass is still asked for): a consumer that cannot keep
    // up (SnapshotJob's writer) holds it instead of blocking the thread it runs on. start()
    // lets it go.
    void setHeld(bool held);
    bool isHeld() const { return m_held; }
    const Outcome &outcome() const { return m_outcome; }
    const Options &options() const { return m_options; }
    // Once a verified read finished: the keys (keyOf) of the rows handed on that the final
    // consistent read no longer holds. Empty otherwise.
    const QSet<qint64> &leftKeys() const { return m_leftKeys; }
    // What tells rows apart: the id, else a (negative) hash of the number; none without either.
    static std::optional<qint64> keyOf(const PhoneNumber &number);
    // True when an update can move a number into or out of `filter` (created_at cannot change).
    static bool canMoveIn(const NumberFilter &filter);

    // One segment of the set, read in full before the next one.
    struct Segment
    {
        NumberFilter filter;
        QDateTime readableAt; // not read before this moment; invalid: at once
        bool operator==(const Segment &other) const
        {
            return filter == other.filter && readableAt == other.readableAt;
        }
    };
    // The segments that together hold every number of `filter` created up to `startTime`
    // rounded up to the whole second (see the class comment); the filter alone when its own
    // created_at_to is no later than the last whole second.
    static QList<Segment> pinnedSegments(const NumberFilter &filter, const QDateTime &startTime);
    // The columns to ask for: `columns` with "id" in front when missing; empty stays empty.
    static QStringList requestColumns(const QStringList &columns);

signals:
    void rowsReady(const QList<numdesk::PhoneNumber> &rows);
    void progressChanged(qint64 rowsDone, qint64 total);
    void finished(const numdesk::PagedQueryReader::Outcome &outcome);

private:
    struct Page
    {
        QList<PhoneNumber> rows;
        std::optional<qint64> total;
    };

    void startSegment();
    void startPassWhenReadable();
    qint64 msUntil(const QDateTime &time) const; // 0 for an invalid time
    qint64 nowMs() const;                        // Options::clock, else the system clock
    void startPass(bool confirm = false);
    void fillWindow();
    // A 429 came (as an error or before one of ApiCall's own retries): halve the window, once
    // per window of answered pages, so that a burst of 429s is one cut.
    void onRateLimited();
    void onPageAnswered();
    void request(int page);
    ListNumbers pageRequest(const NumberFilter &filter, int page, bool confirming) const;
    // The next segment's first page, asked for once this pass has asked for its last page and
    // the window has room (the tail then follows the main segment's last pages on the wire, not
    // after them); taken over by the next segment's first pass, dropped by any other pass.
    void prefetchNextSegment();
    bool adoptPrefetch();
    void dropPrefetch();
    void onPage(int generation, int page, const Result<NumberPage> &result);
    void deliverReady();
    void deliver(int page, const Page &data);
    void confirm(int page, const Page &data);
    void checkBounds(int page, qint64 rows, qint64 fresh);
    void endPass();
    // The first pass of the first segment hands on every key new to it: its keys are the
    // delivered set then, which takes them over when the pass ends (endPass).
    bool passIsDelivered() const { return m_segment == 0 && m_segmentPasses == 1; }
    void finish(Outcome::State state, std::optional<ApiError> error = std::nullopt);
    void abortCalls();
    qint64 totalForProgress() const;
    void fail(const QString &message);

    ApiClient *m_client;
    Options m_options;
    QList<Segment> m_segments;
    int m_segment = 0;
    NumberFilter m_filter; // the segment being read
    QStringList m_columns;
    Outcome m_outcome;
    bool m_running = false;
    bool m_held = false;
    bool m_sawInconsistency = false;
    bool m_allVerified = true; // every segment read so far had a consistent pass
    int m_generation = 0;
    int m_segmentPasses = 0;
    qint64 m_rowsBeforeSegment = 0;    // rows of the last pass of each segment already read
    QDeadlineTimer m_readableDeadline; // monotonic: the segment's readableAt, and a margin

    // The pass being read.
    bool m_firstPageSeen = false;
    int m_pageSize = 0;
    int m_lastPage = -1;        // -1: not known yet
    int m_lastPageWithRows = 0; // the highest page of this pass answered with rows
    int m_nextToRequest = 1;
    int m_nextToDeliver = 1;
    int m_window = 1;       // pages in flight now (Options::parallel at most)
    int m_windowGrowth = 0; // pages answered since the window last grew
    qint64 m_sinceCut = 0;  // pages answered since the window was last cut
    QMap<int, Page> m_ready;
    QHash<int, QPointer<ApiCall>> m_inFlight;
    QSet<int> m_decoding; // answered pages being decoded: in m_inFlight, no longer on the wire
    QHash<int, int> m_resubmits;
    // When each page was first asked for in this pass: resubmits start only within the client's
    // call time limit from then, so the retry budget is bounded in time too.
    QHash<int, QElapsedTimer> m_firstAsked;
    std::optional<qint64> m_passTotal;
    bool m_passConsistent = true;
    qint64 m_passRows = 0; // distinct rows of this pass
    QSet<qint64> m_passKeys;
    QList<qint64> m_passOrder;     // kept only when the server sends no total
    QList<qint64> m_previousOrder; // the order the pass before saw
    bool m_confirming = false;     // this pass reads ids only, to confirm the one before
    QSet<qint64> m_confirmedKeys;  // the keys of the full pass being confirmed

    struct Prefetch
    {
        int segment = -1; // -1: none
        QPointer<ApiCall> call;
        std::optional<Result<NumberPage>> answer; // come before the segment started
        int adoptedBy = -1; // the generation of the pass that took it over while on the wire
    };
    Prefetch m_prefetch;
    int m_prefetchId = 0; // an answer belongs to the prefetch of this number only

    QSet<qint64> m_delivered;
    QSet<qint64> m_verifiedKeys; // the rows of every segment's consistent pass
    QSet<qint64> m_leftKeys;
};

} // namespace numdesk
