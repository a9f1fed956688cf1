#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace numdesk {

// One prepared statement of SQLite's own C interface, on the connection of a QtSql database
// (QSqlDriver::handle, the escape hatch Qt documents for what QSqlQuery makes slow). QSqlQuery
// costs a QVariant per value bound or read and a QString per text; on the hundreds of thousands
// of rows of a snapshot that was most of the time. Texts and blobs are bound without a copy:
// they must live while the statement runs, and until every parameter bound to them is bound
// again (a reset keeps the bindings).
class SqliteStatement
{
public:
    // The driver's connection, or null when `db` is not an open QSQLITE database.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    SqliteStatement(sqlite3 *connection, QByteArrayView sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Why it could not be prepared, else SQLite's message for the last failure on the
    // connection.
    QString errorString() const;

    // Parameters count from 1, as in SQLite.
    void bindInt64(int parameter, qint64 value);
    void bindNull(int parameter);
    // Text already in UTF-8, the database's encoding; NULL when `isNull`.
    void bindUtf8(int parameter, QByteArrayView utf8, bool isNull);
    void bindBlob(int parameter, const QByteArray &bytes);

    // Runs the statement to its next row: true while a row is there. done() tells a finished
    // statement from a failed one.
    bool next();
    bool done() const { return m_state == kDone; }
    // Runs a statement that returns no row: true when it finished. Resets it for the next run.
    bool run();
    void reset();

    qint64 columnInt64(int column) const;
    bool columnIsNull(int column) const;
    // The bytes of a text column as SQLite holds them (UTF-8), valid until the next step.
    QByteArrayView columnUtf8(int column) const;
    // The bytes of a blob column as SQLite holds them, valid until the next step.
    QByteArrayView columnBlob(int column) const;

    // The rowid of the last row inserted on the connection, and the rows the last statement
    // inserted, changed or deleted (0 for an insert that was ignored).
    qint64 lastInsertRowId() const;
    int changes() const;

private:
    static constexpr int kReady = 0, kRow = 1, kDone = 2, kFailed = 3;
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_state = kReady;
    QString m_prepareError;
};

} // namespace numdesk
