#pragma once

#include "apiresponse.h"
#include "randomgenerator.h"
#include "rawqueryparser.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace numdesk::sandbox {

class NumberSearchHandler;
class SandboxStore;

// POST phone_numbers (purchase; with requested_number exactly that number, when the search
// could offer it and nobody took it meanwhile), PUT phone_numbers/:id (update) and DELETE
// phone_numbers/:id (unrent: a soft delete).
class NumberWriteHandler
{
    Q_DECLARE_TR_FUNCTIONS(NumberWriteHandler)

public:
    using Clock = std::function<qint64()>; // UTC ms since the epoch

    NumberWriteHandler(SandboxStore &store, NumberSearchHandler &search, quint64 seed, Clock clock);

    ApiResponse purchase(const QueryItems &query, const QByteArray &contentType,
                         const QByteArray &body);
    ApiResponse update(const QString &id, const QueryItems &query, const QByteArray &contentType,
                       const QByteArray &body);
    ApiResponse unrent(const QString &id);

    static ApiResponse invalidJson(const QString &reason);

private:
    QString allocateNumber(const QString &country, bool tollFree);
    // Why the requested number cannot be bought (a 422 on requested_number), or nothing.
    std::optional<ApiResponse> refuseRequested(const QString &e164, const QString &country,
                                               bool tollFree);

    SandboxStore &m_store;
    NumberSearchHandler &m_search;
    RandomGenerator m_random;
    Clock m_clock;
};

} // namespace numdesk::sandbox
