#pragma once

#include "numberrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace numdesk::sandbox {

class SandboxStore;

// Appends many numbers quickly: rows are buffered and written by one prepared multi-row
// INSERT. Use inside SandboxStore::beginBulkLoad()/finishBulkLoad(); destroy before the store.
class BulkNumberWriter
{
    Q_DECLARE_TR_FUNCTIONS(BulkNumberWriter)

public:
    static constexpr int kRowsPerStatement = 32;

    explicit BulkNumberWriter(const SandboxStore &store);
    ~BulkNumberWriter();

    bool add(const NumberRecord &record, QString *error = nullptr);
    bool flush(QString *error = nullptr);
    qint64 written() const { return m_written; }

private:
    bool writeRows(QSqlQuery &query, QString *error);

    QString m_connectionName;
    std::unique_ptr<QSqlQuery> m_fullStatement;
    QList<NumberRecord> m_pending;
    qint64 m_written = 0;
};

} // namespace numdesk::sandbox
