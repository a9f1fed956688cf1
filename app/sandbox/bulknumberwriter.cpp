#include "bulknumberwriter.h"

#include "numberrowcodec.h"
#include "sandboxstore.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace numdesk::sandbox {

namespace {

QString insertSql(int rows)
{
    QStringList marks;
    for (qsizetype i = 0; i < NumberRowCodec::columns().size(); ++i)
        marks.append(QStringLiteral("?"));
    const QString row = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList allRows;
    for (int i = 0; i < rows; ++i)
        allRows.append(row);
    return QStringLiteral("INSERT INTO numbers (%1) VALUES %2")
        .arg(NumberRowCodec::columnList(), allRows.join(QLatin1Char(',')));
}

} // namespace

BulkNumberWriter::BulkNumberWriter(const SandboxStore &store)
    : m_connectionName(store.connectionName())
{
    m_pending.reserve(kRowsPerStatement);
}

BulkNumberWriter::~BulkNumberWriter() = default;

bool BulkNumberWriter::add(const NumberRecord &record, QString *error)
{
    m_pending.append(record);
    if (m_pending.size() < kRowsPerStatement)
        return true;
    if (!m_fullStatement) {
        m_fullStatement =
            std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        if (!m_fullStatement->prepare(insertSql(kRowsPerStatement))) {
            if (error)
                *error = tr("Database error: %1").arg(m_fullStatement->lastError().text());
            return false;
        }
    }
    return writeRows(*m_fullStatement, error);
}

bool BulkNumberWriter::flush(QString *error)
{
    if (m_pending.isEmpty())
        return true;
    QSqlQuery tail(QSqlDatabase::database(m_connectionName, false));
    if (!tail.prepare(insertSql(int(m_pending.size())))) {
        if (error)
            *error = tr("Database error: %1").arg(tail.lastError().text());
        return false;
    }
    return writeRows(tail, error);
}

bool BulkNumberWriter::writeRows(QSqlQuery &query, QString *error)
{
    int index = 0;
    for (const NumberRecord &record : std::as_const(m_pending)) {
        const QVariantList values = NumberRowCodec::values(record);
        for (const QVariant &value : values)
            query.bindValue(index++, value);
    }
    if (!query.exec()) {
        if (error)
            *error = tr("Database error: %1").arg(query.lastError().text());
        return false;
    }
    m_written += m_pending.size();
    m_pending.clear();
    return true;
}

} // namespace numdesk::sandbox
