#include "sandboxstore.h"

#include "numberjsonwriter.h"
#include "numberplan.h"
#include "numberrowcodec.h"
#include "sqlitestatement.h"

#include <QAtomicInteger>
#include <QReadLocker>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QWriteLocker>

namespace numdesk::sandbox {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

const char *const kLookupTable = "lookups";

const char *const kSchema[] = {
    "CREATE TABLE sandbox_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE numbers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, number TEXT NOT NULL, "
    "digits TEXT NOT NULL, human_number TEXT NOT NULL, search_text TEXT NOT NULL, "
    "country TEXT NOT NULL, toll_free INTEGER NOT NULL, offer_id INTEGER NOT NULL, "
    "traffic_source_id INTEGER, provider_configuration_id INTEGER NOT NULL, "
    "ring_pool_id INTEGER, provider_auth_key TEXT NOT NULL, token_values TEXT NOT NULL, "
    "area_code_id INTEGER, extension TEXT, last_call_at INTEGER, "
    "optimizer_displayed_at INTEGER, optimizer_tokens_changed_at INTEGER, "
    "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, user_updated_at INTEGER, "
    "deleted_at INTEGER, legacy_id INTEGER, type TEXT NOT NULL, uuid TEXT NOT NULL, "
    "external_record_id TEXT, description TEXT, delete_prevention INTEGER NOT NULL, "
    // The md5 of the record's JSON content, written with the row (NumberRowCodec::values) so
    // that a list page does not hash every record it sends; NULL when not known (hashed when
    // read). Anything that changes a row's content otherwise sets it to NULL.
    "checksum TEXT)",
    "CREATE TABLE lookups (kind TEXT NOT NULL, id INTEGER NOT NULL, name TEXT NOT NULL, "
    "search_name TEXT NOT NULL, created_at INTEGER NOT NULL, user_traffic_source_id INTEGER, "
    "provider TEXT, PRIMARY KEY (kind, id))",
};

// Lookups by number and the uniqueness of numbers. List filters do not use SQL indexes: they
// run over the in-memory NumberFilterIndex (SQLite took up to a second for some of them).
const char *const kIndexes[] = {
    "CREATE UNIQUE INDEX numbers_digits ON numbers(digits)",
};

// The columns NumberFilterIndex::Row holds, then deleted_at. The texts are read as blobs: the
// stored UTF-8 bytes as they are, not converted to UTF-16 and back (a million rows load in
// about half the time).
const char *const kFilterColumns =
    "id, created_at, last_call_at, offer_id, traffic_source_id, provider_configuration_id, "
    "ring_pool_id, CAST(search_text AS BLOB), CAST(digits AS BLOB), deleted_at";

std::optional<qint64> optionalAt(const QSqlQuery &query, int index)
{
    const QVariant value = query.value(index);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

NumberFilterIndex::Row filterRow(const QSqlQuery &query)
{
    NumberFilterIndex::Row row;
    row.id = query.value(0).toLongLong();
    row.createdAt = query.value(1).toLongLong();
    row.lastCallAt = optionalAt(query, 2);
    row.offerId = query.value(3).toLongLong();
    row.trafficSourceId = optionalAt(query, 4);
    row.providerConfigurationId = query.value(5).toLongLong();
    row.ringPoolId = optionalAt(query, 6);
    row.searchText = query.value(7).toByteArray();
    row.digits = query.value(8).toByteArray();
    return row;
}

QString kindKey(schema::LookupKind kind)
{
    return schema::lookupPath(kind);
}

} // namespace

SandboxStore::SandboxStore()
    : m_connectionName(QStringLiteral("numdesk_sandbox_%1").arg(++g_connectionCounter))
{}

SandboxStore::~SandboxStore()
{
    // The readers' threads are done with their connections by now (SandboxServer waits).
    for (const QString &name : std::as_const(m_readerConnections))
        QSqlDatabase::removeDatabase(name);
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SandboxStore::open(const QString &path, QString *error)
{
    if (m_open)
        return true;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        setError(error, tr("The Qt SQLite driver (QSQLITE) is not installed."));
        return false;
    }
    m_path = path.isEmpty() ? QStringLiteral(":memory:") : path;
    m_ownerThread = QThread::currentThread();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        setError(error,
                 tr("Cannot open the sandbox database '%1': %2").arg(path, db.lastError().text()));
        return false;
    }
    // A file that is not SQLite opens fine and fails on its first read: find out now.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        setError(
            error,
            tr("'%1' is not a usable SQLite database: %2").arg(path, probe.lastError().text()));
        db.close();
        return false;
    }
    m_open = true;
    if (hasCompleteData()) {
        if (!addStoredChecksums(error)) {
            db.close();
            m_open = false;
            return false;
        }
        refreshLiveCount();
        // Now rather than on the first list request.
        if (!ensureFilterIndex(error)) {
            db.close();
            m_open = false;
            return false;
        }
    }
    return true;
}

bool SandboxStore::addStoredChecksums(QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery columns(db);
    if (columns.exec(QStringLiteral("PRAGMA table_info(numbers)"))) {
        while (columns.next()) {
            if (columns.value(1).toString() == QLatin1String("checksum"))
                return true;
        }
    }
    // Written before the column: add it and fill it in once, in one transaction (a million
    // numbers take a few seconds).
    const auto failed = [&](const QString &why) {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        setError(error, tr("Cannot upgrade the sandbox database '%1': %2").arg(m_path, why));
        return false;
    };
    QString why;
    if (!exec(QStringLiteral("BEGIN"), &why) ||
        !exec(QStringLiteral("ALTER TABLE numbers ADD COLUMN checksum TEXT"), &why))
        return failed(why);
    sqlite3 *const connection = SqliteStatement::handleOf(db);
    if (!connection)
        return failed(db.lastError().text());
    // Deleted rows keep NULL, as softDelete leaves them.
    SqliteStatement read(connection,
                         QStringLiteral("SELECT %1 FROM numbers WHERE deleted_at IS NULL")
                             .arg(NumberRowCodec::storedColumnList())
                             .toUtf8());
    SqliteStatement write(connection, "UPDATE numbers SET checksum = ? WHERE id = ?");
    while (read.next()) {
        const StoredNumberRow row = NumberRowCodec::readStored(read);
        const QByteArray checksum = NumberJsonWriter::checksumOf(row);
        write.bindUtf8(1, checksum, false);
        write.bindInt64(2, row.id);
        if (!write.run())
            return failed(write.errorString());
    }
    if (!read.done())
        return failed(read.errorString());
    if (!exec(QStringLiteral("COMMIT"), &why))
        return failed(why);
    return true;
}

bool SandboxStore::supportsConcurrentReads() const
{
    return m_open && m_path != QLatin1String(":memory:");
}

QSqlDatabase SandboxStore::database() const
{
    if (QThread::currentThread() == m_ownerThread)
        return QSqlDatabase::database(m_connectionName, false);
    const QString name =
        m_connectionName +
        QStringLiteral("_reader_%1").arg(quintptr(QThread::currentThread()), 0, 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            return db;
        // A finished thread's connection, its address taken by a new thread.
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    db.open(); // a failure shows in the query's error
    const QMutexLocker locker(&m_readerConnectionsMutex);
    if (!m_readerConnections.contains(name))
        m_readerConnections.append(name);
    return db;
}

bool SandboxStore::loadIndexWhileReading(QReadLocker &lock, QString *error) const
{
    while (!m_filterIndexReady) {
        lock.unlock();
        {
            const QWriteLocker writing(&m_lock);
            if (!ensureFilterIndex(error))
                return false;
        }
        lock.relock();
    }
    return true;
}

bool SandboxStore::exec(const QString &sql, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql)) {
        setError(error, tr("Database error: %1 (%2)").arg(query.lastError().text(), sql));
        return false;
    }
    return true;
}

bool SandboxStore::hasCompleteData() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral(
            "SELECT value FROM sandbox_meta WHERE key = 'complete'")) // table may be absent
        || !query.next())
        return false;
    return query.value(0).toString() == QLatin1String("1");
}

bool SandboxStore::resetSchema(QString *error)
{
    for (const char *table : {"sandbox_meta", "numbers", kLookupTable}) {
        if (!exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(table)), error))
            return false;
    }
    for (const char *sql : kSchema) {
        if (!exec(QString::fromLatin1(sql), error))
            return false;
    }
    m_liveCount = 0;
    m_filterIndex.clear();
    m_filterIndexReady = true; // the table is empty
    return true;
}

bool SandboxStore::beginBulkLoad(QString *error)
{
    // BulkNumberWriter writes around the store; the index is reloaded at the end.
    m_filterIndexReady = false;
    return exec(QStringLiteral("PRAGMA journal_mode=OFF"), error) &&
           exec(QStringLiteral("PRAGMA synchronous=OFF"), error) &&
           exec(QStringLiteral("BEGIN"), error);
}

bool SandboxStore::finishBulkLoad(QString *error)
{
    for (const char *sql : kIndexes) {
        if (!exec(QString::fromLatin1(sql), error))
            return false;
    }
    if (!exec(QStringLiteral("INSERT OR REPLACE INTO sandbox_meta VALUES ('complete', '1')"),
              error) ||
        !exec(QStringLiteral("COMMIT"), error))
        return false;
    // Safe settings again for the purchases and updates that follow.
    if (!exec(QStringLiteral("PRAGMA journal_mode=DELETE"), error) ||
        !exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error))
        return false;
    refreshLiveCount();
    return ensureFilterIndex(error);
}

void SandboxStore::abortBulkLoad()
{
    exec(QStringLiteral("ROLLBACK"), nullptr);
}

void SandboxStore::refreshLiveCount()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM numbers WHERE deleted_at IS NULL")) &&
        query.next())
        m_liveCount = query.value(0).toLongLong();
}

bool SandboxStore::ensureFilterIndex(QString *error) const
{
    if (m_filterIndexReady)
        return true;
    m_filterIndex.clear();
    m_filterIndex.reserve(m_liveCount);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM numbers WHERE deleted_at IS NULL ORDER BY id")
                        .arg(QLatin1String(kFilterColumns)))) {
        setError(error, tr("Database error: %1").arg(query.lastError().text()));
        return false;
    }
    while (query.next())
        m_filterIndex.put(filterRow(query));
    m_filterIndexReady = true;
    return true;
}

void SandboxStore::refreshFilterIndex(qint64 id)
{
    if (!m_filterIndexReady)
        return; // loaded in full when first needed
    // Read back rather than derive from the record: the index holds what SQL holds.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("SELECT %1 FROM numbers WHERE id = ?").arg(QLatin1String(kFilterColumns)));
    query.addBindValue(id);
    if (!query.exec()) {
        m_filterIndexReady = false; // reload on the next list rather than answer wrongly
        return;
    }
    if (query.next() && query.value(9).isNull())
        m_filterIndex.put(filterRow(query));
    else
        m_filterIndex.remove(id);
}

qint64 SandboxStore::maxNumberId() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("SELECT MAX(id) FROM numbers")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

bool SandboxStore::insertLookup(schema::LookupKind kind, const LookupRecord &record, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO lookups (kind, id, name, search_name, created_at, "
                                 "user_traffic_source_id, provider) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(kindKey(kind));
    query.addBindValue(record.id);
    query.addBindValue(record.name);
    query.addBindValue(record.name.toLower());
    query.addBindValue(record.createdAt);
    query.addBindValue(record.userTrafficSourceId ? QVariant(*record.userTrafficSourceId)
                                                  : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(record.provider.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                 : QVariant(record.provider));
    if (!query.exec()) {
        setError(error, tr("Database error: %1").arg(query.lastError().text()));
        return false;
    }
    return true;
}

bool SandboxStore::lookupExists(schema::LookupKind kind, qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT 1 FROM lookups WHERE kind = ? AND id = ?"));
    query.addBindValue(kindKey(kind));
    query.addBindValue(id);
    return query.exec() && query.next();
}

QList<LookupRecord> SandboxStore::listLookups(schema::LookupKind kind, const QString &fulltext,
                                              int offset, int limit, qint64 *totalCount,
                                              QString *error) const
{
    const QString needle = fulltext.trimmed().toLower();
    const QString where = needle.isEmpty()
                              ? QStringLiteral("kind = ?")
                              : QStringLiteral("kind = ? AND instr(search_name, ?) > 0");
    auto bindFilter = [&](QSqlQuery &q) {
        q.addBindValue(kindKey(kind));
        if (!needle.isEmpty())
            q.addBindValue(needle);
    };
    QSqlQuery count(QSqlDatabase::database(m_connectionName, false));
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM lookups WHERE ") + where);
    bindFilter(count);
    if (!count.exec() || !count.next()) {
        setError(error, tr("Database error: %1").arg(count.lastError().text()));
        return {};
    }
    if (totalCount)
        *totalCount = count.value(0).toLongLong();

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id, name, created_at, user_traffic_source_id, provider "
                                 "FROM lookups WHERE %1 ORDER BY id LIMIT ? OFFSET ?")
                      .arg(where));
    bindFilter(query);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<LookupRecord> list;
    if (!query.exec()) {
        setError(error, tr("Database error: %1").arg(query.lastError().text()));
        return list;
    }
    while (query.next()) {
        LookupRecord r;
        r.id = query.value(0).toLongLong();
        r.name = query.value(1).toString();
        r.createdAt = query.value(2).toLongLong();
        if (!query.value(3).isNull())
            r.userTrafficSourceId = query.value(3).toLongLong();
        r.provider = query.value(4).toString();
        list.append(r);
    }
    return list;
}

std::optional<NumberRecord> SandboxStore::findLive(const QString &idOrNumber) const
{
    const QString text = idOrNumber.trimmed();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (text.startsWith(QLatin1Char('+'))) {
        const QString digits = NumberPlan::digitsOf(text);
        if (digits.isEmpty() || digits.size() != text.size() - 1)
            return std::nullopt;
        query.prepare(QStringLiteral("SELECT %1 FROM numbers WHERE digits = ? AND "
                                     "deleted_at IS NULL")
                          .arg(NumberRowCodec::columnList()));
        query.addBindValue(digits);
    } else {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0 || NumberPlan::digitsOf(text) != text)
            return std::nullopt;
        query.prepare(QStringLiteral("SELECT %1 FROM numbers WHERE id = ? AND deleted_at IS NULL")
                          .arg(NumberRowCodec::columnList()));
        query.addBindValue(id);
    }
    if (!query.exec() || !query.next())
        return std::nullopt;
    return NumberRowCodec::read(query);
}

std::optional<NumberRecord> SandboxStore::findById(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("SELECT %1 FROM numbers WHERE id = ?").arg(NumberRowCodec::columnList()));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return NumberRowCodec::read(query);
}

bool SandboxStore::digitsTaken(const QString &digits) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT 1 FROM numbers WHERE digits = ?"));
    query.addBindValue(digits);
    return query.exec() && query.next();
}

bool SandboxStore::selectPage(const NumberFilter &filter, int offset, int limit,
                              NumberFilterIndex::Selection *selection, QString *error) const
{
    std::optional<qint64> onlyId;
    if (!filter.numberDigits.isEmpty()) {
        // The unique index finds the one candidate; the filter index checks the rest.
        QSqlQuery byDigits(database());
        byDigits.prepare(QStringLiteral("SELECT id FROM numbers WHERE digits = ?"));
        byDigits.addBindValue(filter.numberDigits);
        if (!byDigits.exec()) {
            setError(error, tr("Database error: %1").arg(byDigits.lastError().text()));
            return false;
        }
        if (!byDigits.next())
            return true;
        onlyId = byDigits.value(0).toLongLong();
    }
    *selection = m_filterIndex.select(filter, offset, limit, onlyId);
    return true;
}

namespace {

// "SELECT <columns> FROM numbers" over the ids, in id order; `range` when the ids are
// consecutive (an unfiltered page, mostly): one range walk of the table, its two ends bound as
// parameters 1 and 2, instead of a lookup per id.
QString rowsSql(const QString &columns, const QList<qint64> &ids, bool *range)
{
    *range = ids.last() - ids.first() + 1 == ids.size();
    if (*range)
        return QStringLiteral("SELECT %1 FROM numbers WHERE id BETWEEN ? AND ? ORDER BY id")
            .arg(columns);
    QStringList list; // integers: safe to write into the statement, and no bind limit
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list.append(QString::number(id));
    return QStringLiteral("SELECT %1 FROM numbers WHERE id IN (%2) ORDER BY id")
        .arg(columns, list.join(QLatin1Char(',')));
}

} // namespace

bool SandboxStore::queryRows(QSqlQuery &query, const QString &columns, const QList<qint64> &ids,
                             QString *error) const
{
    query.setForwardOnly(true);
    bool range = false;
    bool ok = query.prepare(rowsSql(columns, ids, &range));
    if (range) {
        query.addBindValue(ids.first());
        query.addBindValue(ids.last());
    }
    ok = ok && query.exec();
    if (!ok)
        setError(error, tr("Database error: %1").arg(query.lastError().text()));
    return ok;
}

SandboxStore::NumberPage SandboxStore::listNumbers(const NumberFilter &filter, int offset,
                                                   int limit, QString *error) const
{
    NumberPage page;
    NumberFilterIndex::Selection selection;
    QReadLocker lock(&m_lock);
    if (!loadIndexWhileReading(lock, error) ||
        !selectPage(filter, offset, limit, &selection, error))
        return page;
    page.totalCount = selection.totalCount;
    if (selection.ids.isEmpty())
        return page;
    QSqlQuery query(database());
    if (!queryRows(query, NumberRowCodec::columnList(), selection.ids, error))
        return page;
    page.rows.reserve(selection.ids.size());
    while (query.next())
        page.rows.append(NumberRowCodec::read(query));
    return page;
}

SandboxStore::StoredPage SandboxStore::listStoredNumbers(const NumberFilter &filter, int offset,
                                                         int limit, QString *error) const
{
    StoredPage page;
    QString why;
    const bool read = readStoredNumbers(
        filter, offset, limit, &page.totalCount,
        [&page](const StoredNumberRow &row) { page.rows.append(NumberRowCodec::owned(row)); },
        &why);
    if (!read) {
        page.rows.clear();
        setError(error, why);
    }
    return page;
}

bool SandboxStore::readStoredNumbers(const NumberFilter &filter, int offset, int limit,
                                     qint64 *totalCount,
                                     const std::function<void(const StoredNumberRow &)> &row,
                                     QString *error) const
{
    NumberFilterIndex::Selection selection;
    QReadLocker lock(&m_lock);
    if (!loadIndexWhileReading(lock, error) ||
        !selectPage(filter, offset, limit, &selection, error))
        return false;
    *totalCount = selection.totalCount;
    if (selection.ids.isEmpty())
        return true;
    // Through SQLite's own interface: a page is 250 rows of 26 columns, and QSqlQuery's
    // QVariant for each value was a third of the page's time.
    const QSqlDatabase db = database();
    sqlite3 *const connection = SqliteStatement::handleOf(db);
    if (!connection) {
        setError(error, tr("Database error: %1").arg(db.lastError().text()));
        return false;
    }
    bool range = false;
    const QByteArray sql =
        rowsSql(NumberRowCodec::storedColumnList(), selection.ids, &range).toUtf8();
    SqliteStatement statement(connection, sql);
    if (range) {
        statement.bindInt64(1, selection.ids.first());
        statement.bindInt64(2, selection.ids.last());
    }
    while (statement.next())
        row(NumberRowCodec::readStored(statement));
    if (!statement.done()) {
        setError(error, tr("Database error: %1").arg(statement.errorString()));
        return false;
    }
    return true;
}

bool SandboxStore::insertNumber(NumberRecord &record, QString *error)
{
    const QWriteLocker writing(&m_lock);
    const QStringList &columns = NumberRowCodec::columns();
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO numbers (%1) VALUES (%2)")
                      .arg(NumberRowCodec::columnList(), marks.join(QLatin1Char(','))));
    for (const QVariant &value : NumberRowCodec::values(record))
        query.addBindValue(value);
    if (!query.exec()) {
        setError(error, tr("Database error: %1").arg(query.lastError().text()));
        return false;
    }
    if (record.id <= 0) {
        record.id = query.lastInsertId().toLongLong();
        // Its checksum, now that the id it sums is known. Should this fail, the row keeps
        // NULL and is hashed when read: the number is bought all the same.
        query.prepare(QStringLiteral("UPDATE numbers SET checksum = ? WHERE id = ?"));
        query.addBindValue(
            QString::fromLatin1(NumberJsonWriter::checksumOf(NumberRowCodec::stored(record))));
        query.addBindValue(record.id);
        query.exec();
    }
    if (!record.deletedAt)
        ++m_liveCount;
    refreshFilterIndex(record.id);
    return true;
}

bool SandboxStore::updateNumber(const NumberRecord &record, QString *error)
{
    const QWriteLocker writing(&m_lock);
    const QStringList &columns = NumberRowCodec::columns();
    const QVariantList values = NumberRowCodec::values(record);
    QStringList assignments;
    for (qsizetype i = 1; i < columns.size(); ++i) // never the id
        assignments.append(columns.at(i) + QStringLiteral(" = ?"));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE numbers SET %1 WHERE id = ?")
                      .arg(assignments.join(QStringLiteral(", "))));
    for (qsizetype i = 1; i < values.size(); ++i)
        query.addBindValue(values.at(i));
    query.addBindValue(record.id);
    if (!query.exec()) {
        setError(error, tr("Database error: %1").arg(query.lastError().text()));
        return false;
    }
    refreshFilterIndex(record.id);
    return true;
}

bool SandboxStore::softDelete(qint64 id, qint64 whenMs, QString *error)
{
    const QWriteLocker writing(&m_lock);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // The content changed: its stored checksum no longer holds (hashed if ever read again).
    query.prepare(QStringLiteral("UPDATE numbers SET deleted_at = ?, updated_at = ?, "
                                 "checksum = NULL WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(whenMs);
    query.addBindValue(whenMs);
    query.addBindValue(id);
    if (!query.exec()) {
        setError(error, tr("Database error: %1").arg(query.lastError().text()));
        return false;
    }
    if (query.numRowsAffected() > 0) {
        --m_liveCount;
        m_filterIndex.remove(id);
    }
    return true;
}

} // namespace numdesk::sandbox
