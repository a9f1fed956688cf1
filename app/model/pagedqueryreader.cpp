#include "pagedqueryreader.h"

#include <QTimer>

#include <algorithm>

namespace numdesk {

namespace {

bool isWorthResubmitting(const ApiError &error)
{
    if (error.doNotRetry) // the same answer would come again (or the wait is too long)
        return false;
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
        return true;
    default:
        return false;
    }
}

} // namespace

PagedQueryReader::PagedQueryReader(ApiClient *client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{}

PagedQueryReader::~PagedQueryReader()
{
    abortCalls();
}

QList<PagedQueryReader::Segment> PagedQueryReader::pinnedSegments(const NumberFilter &filter,
                                                                  const QDateTime &startTime)
{
    // The API reads whole seconds. Round up, so that a number bought a moment before the start
    // is still in the set.
    const qint64 ms = startTime.toMSecsSinceEpoch();
    const qint64 floorSeconds = ms / 1000 - (ms % 1000 < 0 ? 1 : 0);
    const QDateTime wholeSecond = QDateTime::fromSecsSinceEpoch(floorSeconds, QTimeZone::utc());
    const QDateTime pin = QDateTime::fromSecsSinceEpoch(
        floorSeconds + (ms - floorSeconds * 1000 > 0 ? 1 : 0), QTimeZone::utc());
    if (filter.createdTo.isValid() && filter.createdTo <= wholeSecond)
        return {Segment{filter, {}}}; // wholly in the past: no purchase can enter it
    NumberFilter tail = filter;
    tail.createdTo = filter.createdTo.isValid() ? qMin(filter.createdTo, pin) : pin;
    if (pin == wholeSecond) // started on the second: read once its first millisecond is over
        return {Segment{tail, tail.createdTo.addMSecs(1)}};
    QList<Segment> segments;
    if (!filter.createdFrom.isValid() || filter.createdFrom <= wholeSecond) {
        NumberFilter main = filter;
        main.createdTo = wholeSecond;
        segments.append(Segment{main, {}});
        tail.createdFrom = wholeSecond;
    }
    segments.append(Segment{tail, tail.createdTo.addMSecs(1)});
    return segments;
}

QStringList PagedQueryReader::requestColumns(const QStringList &columns)
{
    if (columns.isEmpty() || columns.contains(QLatin1String("id")))
        return columns;
    return QStringList{QStringLiteral("id")} + columns;
}

std::optional<qint64> PagedQueryReader::keyOf(const PhoneNumber &number)
{
    if (number.id)
        return *number.id;
    if (!number.number.isEmpty()) {
        // Ids are positive: a negative key cannot collide with one.
        const quint64 hash = quint64(qHash(number.number, 0x5eed)) & 0x3fffffffffffffffULL;
        return -qint64(hash) - 1;
    }
    return std::nullopt;
}

bool PagedQueryReader::canMoveIn(const NumberFilter &filter)
{
    return !filter.fulltext.isEmpty() || filter.offerId || filter.trafficSourceId ||
           filter.providerConfigurationId || filter.ringPoolId || filter.lastCallFrom.isValid() ||
           filter.lastCallTo.isValid();
}

void PagedQueryReader::start()
{
    if (m_running)
        return;
    m_running = true;
    m_held = false;
    m_outcome = Outcome();
    m_delivered.clear();
    m_verifiedKeys.clear();
    m_leftKeys.clear();
    m_passOrder.clear();
    m_confirming = false;
    m_sawInconsistency = false;
    m_allVerified = true;
    m_rowsBeforeSegment = 0;
    m_segments = {Segment{m_options.filter, {}}};
    if (m_options.pinCreatedAt) {
        const QDateTime now = m_options.startTime.isValid()
                                  ? m_options.startTime
                                  : QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc());
        m_segments = pinnedSegments(m_options.filter, now);
        const NumberFilter &last = m_segments.constLast().filter;
        if (last.createdTo != m_options.filter.createdTo)
            m_outcome.pinnedTo = last.createdTo;
        if (m_options.startTime.isValid()) { // a given start time is long past
            for (Segment &segment : m_segments)
                segment.readableAt = QDateTime();
        }
    }
    m_columns = requestColumns(m_options.columns);
    m_window = qMax(1, m_options.parallel);
    m_outcome.smallestWindow = m_window;
    m_outcome.finalWindow = m_window;
    m_windowGrowth = 0;
    m_sinceCut = m_window;
    m_segment = 0;
    startSegment();
}

void PagedQueryReader::cancel()
{
    finish(Outcome::State::Cancelled);
}

void PagedQueryReader::startSegment()
{
    abortCalls();
    const Segment &segment = m_segments.at(m_segment);
    m_filter = segment.filter;
    m_segmentPasses = 0;
    m_passOrder.clear();
    m_confirming = false;
    m_readableDeadline.setRemainingTime(qMax<qint64>(0, msUntil(segment.readableAt)) + 100);
    startPassWhenReadable();
}

qint64 PagedQueryReader::nowMs() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

qint64 PagedQueryReader::msUntil(const QDateTime &time) const
{
    return time.isValid() ? time.toMSecsSinceEpoch() - nowMs() : 0;
}

void PagedQueryReader::startPassWhenReadable()
{
    // A segment that ends inside the current second could still gain a purchase: read it once
    // that second has passed, so that nothing enters it while it is read. The wall clock says
    // when; should it be set back meanwhile, the monotonic deadline ends the wait all the same.
    const qint64 wait = msUntil(m_segments.at(m_segment).readableAt);
    if (wait <= 0 || m_readableDeadline.hasExpired()) {
        startPass();
        return;
    }
    const int generation = m_generation;
    // A coarse timer may fire early; a precise one is looked at again all the same.
    QTimer::singleShot(int(qMin<qint64>(wait, 1001)), Qt::PreciseTimer, this, [this, generation] {
        if (generation == m_generation && m_running)
            startPassWhenReadable();
    });
}

void PagedQueryReader::startPass(bool confirm)
{
    abortCalls();
    ++m_outcome.passes;
    m_confirming = confirm;
    if (!confirm)
        ++m_segmentPasses;
    m_firstPageSeen = false;
    m_pageSize = qMax(1, m_options.perPage);
    m_lastPage = -1;
    m_nextToRequest = 2;
    m_nextToDeliver = 1;
    m_resubmits.clear();
    m_firstAsked.clear();
    m_passTotal.reset();
    m_passConsistent = true;
    m_passKeys.clear();
    m_passRows = 0;
    m_lastPageWithRows = 0;
    if (!confirm)
        m_previousOrder = std::move(m_passOrder);
    m_passOrder.clear();
    if (!confirm && m_segmentPasses == 1 && adoptPrefetch())
        return;
    dropPrefetch();
    request(1);
}

void PagedQueryReader::prefetchNextSegment()
{
    if (!m_running || m_held || m_prefetch.segment >= 0 || m_segment + 1 >= m_segments.size() ||
        m_lastPage < 0 || m_nextToRequest <= m_lastPage)
        return;
    // Not while a pass that another read of this segment follows (one to confirm it, or a
    // second one without a total) needs the window.
    if (!m_confirming && (!m_passTotal || canMoveIn(m_filter)))
        return;
    if (m_inFlight.size() - m_decoding.size() >= qMax(1, m_window))
        return;
    const Segment &next = m_segments.at(m_segment + 1);
    if (msUntil(next.readableAt) > 0)
        return; // its second has not passed: read it later, as startPassWhenReadable does
    const int id = ++m_prefetchId;
    m_prefetch = Prefetch();
    m_prefetch.segment = m_segment + 1;
    ++m_outcome.pagesAsked;
    const ListNumbers r = pageRequest(next.filter, 1, false); // for a first pass
    const QPointer<ApiCall> call =
        m_client->listNumbers(r, this, [this, id](const Result<NumberPage> &result) {
            if (id != m_prefetchId || !m_running)
                return;
            if (m_prefetch.adoptedBy < 0) {
                m_prefetch.answer = result; // the segment starts later
                return;
            }
            const int generation = m_prefetch.adoptedBy;
            m_prefetch = Prefetch();
            onPage(generation, 1, result);
        });
    if (id != m_prefetchId || m_prefetch.answer || !call)
        return; // answered at once
    m_prefetch.call = call;
    connect(call, &ApiCall::retryScheduled, this, [this, id](int, int, const ApiError &error) {
        if (id == m_prefetchId && m_running && error.kind == ApiError::Kind::RateLimited)
            onRateLimited();
    });
}

bool PagedQueryReader::adoptPrefetch()
{
    if (m_prefetch.segment != m_segment)
        return false;
    m_firstAsked[1].start();
    const int generation = m_generation;
    if (m_prefetch.answer) {
        const Result<NumberPage> answer = *std::move(m_prefetch.answer);
        m_prefetch = Prefetch();
        m_inFlight.insert(1, nullptr); // counts against the window until it is read
        // Not read here: this runs inside the previous segment's last onPage.
        QMetaObject::invokeMethod(
            this,
            [this, generation, answer] {
                if (generation == m_generation && m_running)
                    onPage(generation, 1, answer);
            },
            Qt::QueuedConnection);
    } else {
        m_inFlight.insert(1, m_prefetch.call); // cancelled with the pass's calls
        m_prefetch.adoptedBy = generation;
    }
    return true;
}

void PagedQueryReader::dropPrefetch()
{
    if (m_prefetch.segment < 0)
        return;
    const QPointer<ApiCall> call = m_prefetch.call;
    ++m_prefetchId; // its answer, if any comes, is ignored
    m_prefetch = Prefetch();
    if (call && !call->isFinished())
        call->cancel();
}

ListNumbers PagedQueryReader::pageRequest(const NumberFilter &filter, int page,
                                          bool confirming) const
{
    ListNumbers r;
    r.filter = filter;
    r.page = page;
    r.perPage = qMax(1, m_options.perPage);
    // A confirming read needs only what tells the rows apart.
    r.columns =
        confirming ? QStringList{QStringLiteral("id"), QStringLiteral("number")} : m_columns;
    return r;
}

void PagedQueryReader::request(int page)
{
    const ListNumbers r = pageRequest(m_filter, page, m_confirming);
    if (!m_firstAsked.contains(page))
        m_firstAsked[page].start();
    ++m_outcome.pagesAsked;
    const int generation = m_generation;
    const QPointer<ApiCall> call =
        m_client->listNumbers(r, this, [this, generation, page](const Result<NumberPage> &result) {
            onPage(generation, page, result);
        });
    m_inFlight.insert(page, call);
    if (!call)
        return;
    connect(call, &ApiCall::retryScheduled, this,
            [this, generation](int, int, const ApiError &error) {
                if (generation == m_generation && m_running &&
                    error.kind == ApiError::Kind::RateLimited)
                    onRateLimited();
            });
    // The answer is in; decoding it takes the thread pool a moment. Send the next page now
    // rather than after the decode, so the window stays full on the wire.
    connect(call, &ApiCall::finished, this, [this, generation, page, call] {
        if (generation != m_generation || !m_running || !call || call->error() ||
            m_inFlight.value(page) != call)
            return;
        m_decoding.insert(page);
        fillWindow();
    });
}

void PagedQueryReader::setHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    if (!held)
        fillWindow();
}

void PagedQueryReader::fillWindow()
{
    if (!m_firstPageSeen || m_held)
        return;
    const int window = qMax(1, m_window);
    while (m_running) {
        if (m_lastPage >= 0 && m_nextToRequest > m_lastPage)
            break;
        if (m_inFlight.size() - m_decoding.size() >= window ||
            m_nextToRequest - m_nextToDeliver >= 2 * window)
            break;
        // A limited read asks for no page past the rows it still lacks (a first pass hands on
        // each row it reads once; a row dropped as repeated makes room for one more page).
        if (m_options.maxRows >= 0 && !m_confirming && m_segmentPasses == 1 &&
            qint64(m_nextToRequest - m_nextToDeliver) * m_pageSize >=
                m_options.maxRows - m_outcome.rowsDelivered)
            break;
        request(m_nextToRequest++);
    }
    if (m_options.maxRows < 0)
        prefetchNextSegment();
}

void PagedQueryReader::onRateLimited()
{
    ++m_outcome.rateLimited;
    if (m_sinceCut < m_window)
        return; // this burst was answered by the last cut already
    m_window = qMax(1, m_window / 2);
    m_outcome.smallestWindow = qMin(m_outcome.smallestWindow, m_window);
    m_outcome.finalWindow = m_window;
    m_windowGrowth = 0;
    m_sinceCut = 0;
}

void PagedQueryReader::onPageAnswered()
{
    ++m_sinceCut;
    if (m_window >= qMax(1, m_options.parallel) || ++m_windowGrowth < m_window)
        return;
    ++m_window;
    m_windowGrowth = 0;
    m_outcome.finalWindow = m_window;
}

void PagedQueryReader::onPage(int generation, int page, const Result<NumberPage> &result)
{
    if (generation != m_generation || !m_running)
        return;
    m_inFlight.remove(page);
    m_decoding.remove(page);
    if (!result.ok()) {
        const ApiError &error = result.error();
        if (error.kind == ApiError::Kind::RateLimited)
            onRateLimited();
        int &resubmits = m_resubmits[page];
        // 64-bit and capped: a Retry-After past the cap was refused above (doNotRetry).
        const int delayMs = error.retryAfterSeconds
                                ? int(std::min<qint64>(qint64(*error.retryAfterSeconds) * 1000,
                                                       RetryPolicy::kMaxRetryAfterSeconds * 1000LL))
                                : 500 * (resubmits + 1);
        const bool inTime =
            m_firstAsked.value(page).elapsed() + delayMs < qint64(m_client->callDeadline());
        if (isWorthResubmitting(error) && resubmits < m_options.pageResubmits && inTime) {
            ++resubmits;
            m_inFlight.insert(page, nullptr); // still counts against the window
            QTimer::singleShot(delayMs, this, [this, generation, page] {
                if (generation == m_generation && m_running)
                    request(page);
            });
            return;
        }
        finish(error.kind == ApiError::Kind::Cancelled ? Outcome::State::Cancelled
                                                       : Outcome::State::Failed,
               error);
        return;
    }

    onPageAnswered();
    const NumberPage &answer = result.value();
    const std::optional<qint64> total = answer.meta.totalCount;
    const qint64 rows = answer.numbers.size();
    if (total && (*total < 0 || *total > m_options.maxSetSize)) {
        //: %1 is the server's total_count, %2 the most this program reads in one go
        fail(tr("The server says the query holds %1 numbers, more than the %2 one read takes; "
                "reading stopped.")
                 .arg(*total)
                 .arg(m_options.maxSetSize));
        return;
    }
    if (page == 1) {
        // Offsets only line up when every page has the size the server really used.
        if (answer.meta.perPage && *answer.meta.perPage > 0)
            m_pageSize = *answer.meta.perPage;
        else if (answer.meta.perPageCap && *answer.meta.perPageCap > 0)
            m_pageSize = qMin(m_pageSize, *answer.meta.perPageCap);
        else if (total && *total > rows && rows > 0)
            m_pageSize = int(rows);
        if (m_outcome.passes == 1) {
            m_outcome.firstTotal = total.value_or(-1);
            // The pass's keys sized once for the rows announced, not rehashed again and again
            // as a large export fills them; up to a million, so that a total the rows never
            // reach does not take memory for nothing (past it they grow as before). The
            // delivered set takes them over when the pass ends (deliver).
            if (total)
                m_passKeys.reserve(qsizetype(qMin<qint64>(*total, 1000000)));
        }
        if (total)
            m_lastPage = int(qMax<qint64>(1, (*total + m_pageSize - 1) / m_pageSize));
        m_firstPageSeen = true;
    }
    if (m_lastPage >= 0 && page > m_lastPage) {
        // Read ahead past the end: rows here mean the set grew under us.
        if (rows > 0)
            m_passConsistent = false;
        fillWindow();
        return;
    }
    if (total) {
        if (!m_passTotal)
            m_passTotal = total;
        else if (*m_passTotal != *total)
            m_passConsistent = false;
        const qint64 expected =
            qBound(qint64(0), *total - qint64(page - 1) * m_pageSize, qint64(m_pageSize));
        if (rows != expected)
            m_passConsistent = false;
    }
    if (rows > 0)
        m_lastPageWithRows = qMax(m_lastPageWithRows, page);
    if (rows < m_pageSize && (m_lastPage < 0 || page < m_lastPage)) {
        // A short page ends the list. Pages come back in any order: an empty page after this
        // one that was answered first changes nothing, but rows after it mean the set moved
        // between the two reads.
        if (m_lastPageWithRows > page)
            m_passConsistent = false;
        m_lastPage = page;
    }
    // Page 1 says how far the pass goes: the pages after it go on the wire before its rows are
    // handed on, which formats and writes them.
    if (page == 1)
        fillWindow();
    m_ready.insert(page, Page{answer.numbers, total}); // shares the decoded list, no row copied
    deliverReady();
    if (m_running)
        fillWindow();
}

void PagedQueryReader::deliverReady()
{
    // Not past the last page: one answered before a shorter page was known to end the list
    // stays out (its rows, if any, made the pass unsettled).
    while (m_running && m_ready.contains(m_nextToDeliver) &&
           (m_lastPage < 0 || m_nextToDeliver <= m_lastPage)) {
        const int page = m_nextToDeliver++;
        const Page data = m_ready.take(page);
        if (m_confirming)
            confirm(page, data);
        else
            deliver(page, data);
    }
    if (m_running && m_lastPage >= 0 && m_nextToDeliver > m_lastPage)
        endPass();
}

void PagedQueryReader::confirm(int page, const Page &data)
{
    qint64 fresh = 0;
    for (const PhoneNumber &row : data.rows) {
        ++m_passRows;
        const std::optional<qint64> key = keyOf(row);
        const qsizetype before = m_passKeys.size();
        if (key)
            m_passKeys.insert(*key);
        if (!key || m_passKeys.size() == before)
            m_passConsistent = false; // cannot be compared, or repeated
        else
            ++fresh;
    }
    checkBounds(page, data.rows.size(), fresh);
}

void PagedQueryReader::checkBounds(int page, qint64 rows, qint64 fresh)
{
    if (!m_running)
        return;
    if (rows > 0 && fresh == 0 && !m_passTotal) {
        // Without a total only the rows say where the list ends: a page with nothing new
        // would come again and again.
        fail(tr("The server sent page %1 with no number that was not on an earlier page: the "
                "list would never end; reading stopped.")
                 .arg(page));
    } else if (m_passRows > m_options.maxSetSize) {
        fail(tr("The server kept sending numbers past %1, more than one read takes; reading "
                "stopped.")
                 .arg(m_options.maxSetSize));
    }
}

void PagedQueryReader::deliver(int page, const Page &data)
{
    const bool laterPass = m_segmentPasses > 1;
    const bool passIsDelivered = this->passIsDelivered();
    // Rows are copied only when some are left out: a page handed on whole (the usual case)
    // goes on as the list the decoder made.
    QList<PhoneNumber> out;
    qsizetype kept = 0; // rows before this index all go on, and none is in `out` yet
    bool whole = true;
    qint64 fresh = 0; // rows new to this pass
    for (qsizetype i = 0; i < data.rows.size(); ++i) {
        const PhoneNumber &row = data.rows.at(i);
        const auto skip = [&] {
            if (whole) {
                whole = false;
                out = data.rows.mid(0, kept);
            }
        };
        const std::optional<qint64> key = keyOf(row);
        if (key) {
            // One hash look-up per set: insert() and see whether the set grew.
            const qsizetype passKeys = m_passKeys.size();
            m_passKeys.insert(*key);
            if (m_passKeys.size() == passKeys) {
                ++m_outcome.duplicatesDropped;
                m_passConsistent = false;
                skip();
                continue;
            }
            ++m_passRows;
            ++fresh;
            if (!m_passTotal)
                m_passOrder.append(*key);
            if (!passIsDelivered) {
                const qsizetype delivered = m_delivered.size();
                m_delivered.insert(*key);
                if (m_delivered.size() == delivered) {
                    skip();
                    continue;
                }
            }
            if (laterPass)
                ++m_outcome.addedLate;
        } else {
            ++m_passRows;
            ++fresh;
            if (laterPass) { // cannot be told apart from what the first pass handed on
                skip();
                continue;
            }
        }
        if (whole)
            kept = i + 1;
        else
            out.append(row);
        ++m_outcome.rowsDelivered;
        if (m_options.maxRows >= 0 && m_outcome.rowsDelivered >= m_options.maxRows) {
            m_outcome.truncated = true;
            break;
        }
    }
    if (whole)
        out = kept == data.rows.size() ? data.rows : data.rows.mid(0, kept);
    if (!out.isEmpty())
        emit rowsReady(out);
    if (!m_running)
        return;
    if (!m_outcome.truncated)
        checkBounds(page, data.rows.size(), fresh);
    if (!m_running)
        return;
    // Rows read of the set: the segments before this one, and this pass so far.
    emit progressChanged(m_rowsBeforeSegment + m_passRows, totalForProgress());
    if (m_running && m_outcome.truncated)
        finish(Outcome::State::Completed);
}

void PagedQueryReader::endPass()
{
    if (!m_confirming && passIsDelivered())
        m_delivered = m_passKeys; // shared, not copied
    bool consistent = m_passConsistent;
    bool unverifiable = false;
    if (m_confirming) {
        consistent = consistent && m_passTotal && m_passRows == *m_passTotal &&
                     m_passKeys == m_confirmedKeys;
        m_passRows = m_confirmedKeys.size(); // the rows the segment holds
    } else if (m_passTotal) {
        consistent = consistent && m_passRows == *m_passTotal;
        if (consistent && canMoveIn(m_filter)) {
            // The same total may hide a number that left and one that came in: read the ids
            // again, and only when they are the same ids is the pass the set.
            m_confirmedKeys = m_passKeys;
            startPass(true);
            return;
        }
    } else if (m_segmentPasses == 1) {
        // Without a total only a second pass that sees the same rows can vouch for the first.
        unverifiable = consistent;
        consistent = false;
    } else {
        consistent = consistent && m_passOrder == m_previousOrder;
    }

    if (!consistent) {
        if (!unverifiable)
            m_sawInconsistency = true;
        if (m_segmentPasses < qMax(1, m_options.maxPasses)) {
            startPass();
            return;
        }
        m_allVerified = false; // the segment kept moving; say so and go on
        m_outcome.unsettledPasses = qMax(m_outcome.unsettledPasses, m_segmentPasses);
    } else if (m_verifiedKeys.isEmpty()) {
        // The first segment's keys: taken over, not inserted one by one (a 100,000-row pass
        // took 10 ms to copy, between the last page of the set and the first of its tail).
        m_verifiedKeys.swap(m_passKeys);
    } else {
        m_verifiedKeys.unite(m_passKeys);
    }
    m_rowsBeforeSegment += m_passRows;
    if (++m_segment < m_segments.size()) {
        startSegment();
        return;
    }
    m_outcome.verified = m_allVerified;
    m_outcome.setChanged = m_sawInconsistency || !m_allVerified;
    if (m_allVerified) {
        m_outcome.finalTotal = m_verifiedKeys.size();
        // Every key of a pass was handed on (new rows are, repeated ones were before), so the
        // verified keys are a subset of the delivered ones: as many means the same.
        if (m_delivered.size() != m_verifiedKeys.size()) {
            for (const qint64 key : std::as_const(m_delivered)) {
                if (!m_verifiedKeys.contains(key))
                    m_leftKeys.insert(key);
            }
        }
        m_outcome.leftDuringRun = m_leftKeys.size();
    }
    finish(Outcome::State::Completed);
}

qint64 PagedQueryReader::totalForProgress() const
{
    if (!m_passTotal)
        return -1;
    const qint64 total = m_rowsBeforeSegment + *m_passTotal;
    if (m_options.maxRows >= 0)
        return qMin(total, m_options.maxRows);
    return total;
}

void PagedQueryReader::abortCalls()
{
    ++m_generation; // answers still on their way are ignored
    const auto calls = m_inFlight;
    m_inFlight.clear();
    m_decoding.clear();
    m_ready.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void PagedQueryReader::fail(const QString &message)
{
    finish(Outcome::State::Failed, ApiError::make(ApiError::Kind::BadResponse, message));
}

void PagedQueryReader::finish(Outcome::State state, std::optional<ApiError> error)
{
    if (!m_running)
        return;
    m_running = false;
    abortCalls();
    dropPrefetch();
    m_outcome.state = state;
    m_outcome.error = std::move(error);
    emit finished(m_outcome);
}

} // namespace numdesk
