#pragma once

#include "batchhistory.h"
#include "outputformatter.h"
#include "planpreviewrow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace numdesk::cli {

// Prints plan and undo previews (a table, CSV, or the JSON rows of cli.md) and the journal's
// batches (a table or JSON).
class BatchPrinter
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::BatchPrinter)

public:
    static QByteArray preview(const QList<PlanPreviewRow> &rows, OutputFormatter::Format format);
    static QByteArray batches(const QList<BatchSummary> &batches, OutputFormatter::Format format);
    // "offer_id: 11 → 12; ring_pool_id: 41 → none"; "unrent" for an unrent.
    static QString changesText(const PlanPreviewRow &row);
};

} // namespace numdesk::cli
