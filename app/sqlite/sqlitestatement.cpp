#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace numdesk {

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
}

SqliteStatement::SqliteStatement(sqlite3 *connection, QByteArrayView sql)
    : m_connection(connection)
{
    if (!connection) {
        m_prepareError = QStringLiteral("no SQLite connection");
        return;
    }
    if (sqlite3_prepare_v2(connection, sql.data(), int(sql.size()), &m_statement, nullptr) !=
        SQLITE_OK) {
        // Kept: preparing the next statement would replace the connection's message.
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

QString SqliteStatement::errorString() const
{
    if (!m_prepareError.isEmpty())
        return m_prepareError;
    return QString::fromUtf8(sqlite3_errmsg(m_connection));
}

void SqliteStatement::bindInt64(int parameter, qint64 value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
}

void SqliteStatement::bindNull(int parameter)
{
    sqlite3_bind_null(m_statement, parameter);
}

void SqliteStatement::bindUtf8(int parameter, QByteArrayView utf8, bool isNull)
{
    if (isNull) {
        sqlite3_bind_null(m_statement, parameter);
        return;
    }
    sqlite3_bind_text(m_statement, parameter, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int parameter, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_statement, parameter, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

bool SqliteStatement::next()
{
    if (m_state == kDone || m_state == kFailed)
        return false;
    const int step = sqlite3_step(m_statement);
    m_state = step == SQLITE_ROW ? kRow : step == SQLITE_DONE ? kDone : kFailed;
    return m_state == kRow;
}

bool SqliteStatement::run()
{
    next();
    const bool ok = m_state == kDone;
    if (ok)
        reset();
    return ok;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    m_state = kReady;
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::columnUtf8(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column)); // after the text
}

QByteArrayView SqliteStatement::columnBlob(int column) const
{
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column)); // after the blob
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_connection);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_connection);
}

} // namespace numdesk
