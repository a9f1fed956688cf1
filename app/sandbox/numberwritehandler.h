#pragma once

#include "apiresponse.h"
#include "randomgenerator.h"
#include "rawqueryparser.h"

#include <QCoreApplication>

#include <functional>

namespace numdesk::sandbox {

class SandboxStore;

// POST phone_numbers (purchase), PUT phone_numbers/:id (update) and DELETE phone_numbers/:id
// (unrent: a soft delete).
class NumberWriteHandler
{
    Q_DECLARE_TR_FUNCTIONS(NumberWriteHandler)

public:
    using Clock = std::function<qint64()>; // UTC ms since the epoch

    NumberWriteHandler(SandboxStore &store, quint64 seed, Clock clock);

    ApiResponse purchase(const QueryItems &query, const QByteArray &contentType,
                         const QByteArray &body);
    ApiResponse update(const QString &id, const QueryItems &query, const QByteArray &contentType,
                       const QByteArray &body);
    ApiResponse unrent(const QString &id);

    static ApiResponse invalidJson(const QString &reason);

private:
    QString allocateNumber(const QString &country, bool tollFree);

    SandboxStore &m_store;
    RandomGenerator m_random;
    Clock m_clock;
};

} // namespace numdesk::sandbox
