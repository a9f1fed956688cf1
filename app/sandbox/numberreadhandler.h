#pragma once

#include "apiresponse.h"
#include "rawqueryparser.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace numdesk::sandbox {

class ListParameters;
class SandboxStore;
struct NumberFilter;

// GET phone_numbers (JSON or CSV) and GET phone_numbers/:id.
class NumberReadHandler
{
    Q_DECLARE_TR_FUNCTIONS(NumberReadHandler)

public:
    enum class Format
    {
        Json,
        Csv
    };

    NumberReadHandler(const SandboxStore &store, int perPageCap, const QTimeZone &accountZone);

    ApiResponse list(const QueryItems &query, Format format) const;
    // `id`: internal id or "+<number>", optionally followed by ".json".
    ApiResponse show(const QString &id) const;

    static ApiResponse notFound();
    // The id of a single-record path without a ".json" format suffix.
    static QString stripFormat(const QString &id);

private:
    ApiResponse jsonPage(const ListParameters &params, const NumberFilter &filter) const;

    const SandboxStore &m_store;
    int m_perPageCap;
    QTimeZone m_accountZone;
};

} // namespace numdesk::sandbox
