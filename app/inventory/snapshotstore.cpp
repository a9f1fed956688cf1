#include "snapshotstore.h"

#include "datafolder.h"
#include "inventoryinsights.h"
#include "pagedqueryreader.h"
#include "recordbuffer.h"
#include "simdpagedecoder.h"
#include "sqlitestatement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <limits>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace numdesk {

namespace {

// What countFacets counts by: a group key, a country and a kind (1 toll-free, 0 local, -1 not
// known).
struct FacetGroup
{
    QString key;
    QString country;
    int kind = -1;

    bool operator==(const FacetGroup &o) const
    {
        return kind == o.kind && key == o.key && country == o.country;
    }
};

size_t qHash(const FacetGroup &group, size_t seed = 0)
{
    return qHashMulti(seed, group.key, group.country, group.kind);
}

// Appends a count of none for `group` to `counts`; its index.
qsizetype add(const FacetGroup &group, QList<FacetCount> *counts)
{
    FacetCount count;
    count.key = group.key;
    count.country = group.country;
    if (group.kind >= 0)
        count.tollFree = group.kind == 1;
    counts->append(count);
    return counts->size() - 1;
}

std::atomic<int> g_connections{0};

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS snapshots(id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "taken_at TEXT NOT NULL, count INTEGER NOT NULL DEFAULT 0, "
    "verified INTEGER NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS versions(id INTEGER PRIMARY KEY, "
    "checksum INTEGER NOT NULL UNIQUE, data BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS members(snapshot_id INTEGER NOT NULL, "
    "number_id INTEGER NOT NULL, version_id INTEGER NOT NULL, "
    "PRIMARY KEY(snapshot_id, number_id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS names(snapshot_id INTEGER NOT NULL, column_key TEXT NOT NULL, "
    "id INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY(snapshot_id, column_key, id)) "
    "WITHOUT ROWID",
    // Facets (see the header): one row per version, dropped with it.
    "CREATE TABLE IF NOT EXISTS facets(version_id INTEGER PRIMARY KEY, offer TEXT, "
    "traffic_source TEXT, ring_pool TEXT, provider TEXT, country TEXT, created_month TEXT, "
    "last_call INTEGER, toll_free INTEGER)",
    // Snapshots whose versions all have their kind (toll_free) worked out.
    "CREATE TABLE IF NOT EXISTS kinds_known(snapshot_id INTEGER PRIMARY KEY)",
};

// PRAGMA user_version: 1 once every version has its facets (stores written before facets).
constexpr int kFacetsComplete = 1;

// A last call that is not a date: a call, never idle.
constexpr qint64 kUnreadableCall = std::numeric_limits<qint64>::max();

const char *const kInsertFacets =
    "INSERT OR REPLACE INTO facets(version_id, offer, traffic_source, ring_pool, provider, "
    "country, created_month, last_call) VALUES(?, ?, ?, ?, ?, ?, ?, ?)";

// The facets of one row version (see SnapshotStore::PreparedRow).
void prepareFacets(const PhoneNumber &row, SnapshotStore::PreparedRow *prepared)
{
    using Dimension = InventoryInsights::Dimension;
    int at = 0;
    for (const Dimension dimension :
         {Dimension::Offer, Dimension::TrafficSource, Dimension::RingPool, Dimension::Provider,
          Dimension::Country, Dimension::CreatedMonth}) {
        const QString key = InventoryInsights::groupKey(row, dimension);
        if (key.isNull())
            prepared->nullFacets |= quint8(1u << at);
        prepared->facets[at++] = key.toUtf8(); // bound as it is stored: no conversion there
    }
    if (!InventoryInsights::isNeverCalled(row)) {
        const QDateTime time = QDateTime::fromString(row.lastCallAt, Qt::ISODateWithMs);
        prepared->lastCall = time.isValid() ? time.toMSecsSinceEpoch() : kUnreadableCall;
    }
}

// Runs kInsertFacets for `version`.
bool insertFacets(SqliteStatement *statement, qint64 version,
                  const SnapshotStore::PreparedRow &prepared)
{
    statement->bindInt64(1, version);
    for (int i = 0; i < 6; ++i)
        statement->bindUtf8(i + 2, prepared.facets[i], prepared.nullFacets & (1u << i));
    if (prepared.lastCall)
        statement->bindInt64(8, *prepared.lastCall);
    else
        statement->bindNull(8);
    return statement->run();
}

// The statements that drop what no snapshot refers to any more, in order.
const char *const kDropUnreferenced[] = {
    "DELETE FROM versions WHERE id NOT IN (SELECT version_id FROM members)",
    "DELETE FROM facets WHERE version_id NOT IN (SELECT id FROM versions)",
    "DELETE FROM kinds_known WHERE snapshot_id NOT IN (SELECT id FROM snapshots)",
};

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

SnapshotInfo infoFrom(const QSqlQuery &query)
{
    SnapshotInfo info;
    info.id = query.value(0).toLongLong();
    info.takenAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toUTC();
    info.count = query.value(2).toLongLong();
    info.verified = query.value(3).toBool();
    return info;
}

} // namespace

SnapshotStore::SnapshotStore() = default;

SnapshotStore::~SnapshotStore()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString SnapshotStore::pathForProfile(const QString &profileKey)
{
    const QByteArray hash =
        QCryptographicHash::hash(profileKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    return DataFolder::path() + QStringLiteral("/snapshots/") + QString::fromLatin1(hash) +
           QStringLiteral(".sqlite");
}

bool SnapshotStore::fail(const QString &what, const QString &why) const
{
    m_error = tr("%1: %2").arg(what, why);
    return false;
}

bool SnapshotStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(sql))
        return fail(m_path, query.lastError().text());
    return true;
}

bool SnapshotStore::open(const QString &path, QString *error)
{
    if (isOpen()) {
        if (error)
            *error = tr("The snapshot store is already open.");
        return false;
    }
    m_path = path;
    const QString folder = QFileInfo(path).absolutePath();
    // Under the data folder, the data folder itself is made first (and so made 0700).
    const QString data = DataFolder::path();
    const bool underData = !data.isEmpty() && folder.startsWith(data + QLatin1Char('/'));
    if ((underData && !DataFolder::makePath(data)) || !DataFolder::makePath(folder)) {
        fail(path, tr("its folder cannot be created"));
        if (error)
            *error = m_error;
        return false;
    }
    const QString name = QStringLiteral("numdesk-snapshots-%1").arg(++g_connections);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            fail(path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            if (error)
                *error = m_error;
            return false;
        }
    }
    m_connection = name;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    bool ok = exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
              exec(QStringLiteral("PRAGMA synchronous=NORMAL")) &&
              exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    for (const char *statement : kSchema)
        ok = ok && exec(QString::fromLatin1(statement));
    if (ok) {
        // A store without versions has nothing to give facets to: marked complete at once.
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        if (query.exec(QStringLiteral("SELECT 1 FROM versions LIMIT 1")) && !query.next()) {
            query.finish();
            ok = exec(QStringLiteral("PRAGMA user_version = %1").arg(kFacetsComplete));
        }
    }
    if (!ok && error)
        *error = m_error;
    return ok;
}

namespace {

// A value as QJsonDocument writes it inside a compact object (the brackets of a one-value array
// taken off): the same bytes by construction.
void appendQtValue(const QJsonValue &value, RecordBuffer *json)
{
    // The literals Qt writes for these, without a document in between (a record's extra keys
    // are mostly flags, "delete_prevention":false).
    switch (value.type()) {
    case QJsonValue::Null:
        json->append("null", 4);
        return;
    case QJsonValue::Bool:
        if (value.toBool())
            json->append("true", 4);
        else
            json->append("false", 5);
        return;
    default:
        break;
    }
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    json->append(array.constData() + 1, array.size() - 2);
}

// Text QJsonDocument writes unchanged between quotes: printable ASCII but '"' and '\\'.
bool isPlain(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\')
            return false;
    }
    return true;
}

void appendText(const QString &text, RecordBuffer *json)
{
    if (!isPlain(text)) {
        appendQtValue(QJsonValue(text), json);
        return;
    }
    json->append('"');
    char *out = json->appendUninitialized(text.size());
    for (const QChar c : text)
        *out++ = char(c.unicode());
    json->append('"');
}

// The columns in the order QJsonObject keeps its keys (sorted), each with its index.
const QList<std::pair<QLatin1String, int>> &sortedColumns()
{
    static const QList<std::pair<QLatin1String, int>> columns = [] {
        QList<std::pair<QLatin1String, int>> list;
        for (int i = 0; !PhoneNumber::fieldKey(i).isEmpty(); ++i)
            list.append({PhoneNumber::fieldKey(i), i});
        std::sort(list.begin(), list.end());
        return list;
    }();
    return columns;
}

} // namespace

QByteArray SnapshotStore::encode(const PhoneNumber &number)
{
    // What QJsonDocument(number.toJson()).toJson(Compact) writes, byte for byte (the checksum
    // finds a stored version again by these bytes; tst_snapshotstore holds the two equal),
    // without a QJsonObject in between: keys in QJsonObject's order, texts of printable ASCII
    // written here and any other value by Qt itself. Extra keys that are not printable ASCII
    // (whose order Qt decides) leave it all to Qt.
    for (auto it = number.extra.begin(); it != number.extra.end(); ++it) {
        if (!isPlain(it.key()))
            return QJsonDocument(number.toJson()).toJson(QJsonDocument::Compact);
    }
    thread_local RecordBuffer json; // records are encoded on the thread pool
    json.clear();
    json.append('{');
    bool first = true;
    const auto key = [&](QLatin1String name) {
        if (!first)
            json.append(',');
        first = false;
        json.append('"');
        json.append(name.data(), name.size());
        json.append("\":", 2);
    };
    auto extra = number.extra.begin();
    const auto extrasBefore = [&](QLatin1String name) {
        for (; extra != number.extra.end() && QStringView(extra.key()) < QLatin1String(name);
             ++extra) {
            const QByteArray latin = extra.key().toLatin1();
            key(QLatin1String(latin));
            appendQtValue(extra.value(), &json);
        }
    };
    for (const auto &[name, index] : sortedColumns()) {
        if (!(number.present & (1u << index)))
            continue;
        extrasBefore(name);
        key(name);
        switch (PhoneNumber::fieldKind(index)) {
        case PhoneNumber::FieldKind::Integer: {
            const std::optional<qint64> &value = *number.integerField(index);
            if (value) {
                char digits[24];
                const auto end = std::to_chars(std::begin(digits), std::end(digits), *value).ptr;
                json.append(digits, end - digits);
            } else
                json.append("null", 4);
            break;
        }
        case PhoneNumber::FieldKind::Text: {
            const QString &value = *number.textField(index);
            if (value.isNull())
                json.append("null", 4);
            else
                appendText(value, &json);
            break;
        }
        case PhoneNumber::FieldKind::Tokens:
            json.append('[');
            for (qsizetype i = 0; i < number.tokenValues.size(); ++i) {
                if (i > 0)
                    json.append(',');
                appendText(number.tokenValues.at(i), &json);
            }
            json.append(']');
            break;
        }
    }
    extrasBefore(QLatin1String("\x7f")); // the rest: a key of printable ASCII sorts before
    json.append('}');
    return QByteArray(json.constData(), json.size());
}

qint64 SnapshotStore::checksumOf(const QByteArray &encoded)
{
    const QByteArray sha = QCryptographicHash::hash(encoded, QCryptographicHash::Sha1);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(sha[i]);
    return qint64(value);
}

std::optional<PhoneNumber> SnapshotStore::decode(const QByteArray &encoded, quint32 fields)
{
    // simdjson reads the records this store wrote; anything else QJsonDocument reads, whole.
    if (std::optional<PhoneNumber> fast = SimdPageDecoder::decodeRecord(encoded, fields))
        return fast;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(encoded, &parseError);
    if (!document.isObject())
        return std::nullopt;
    return PhoneNumber::fromJson(document.object());
}

bool SnapshotStore::setCheckpointPages(int pages)
{
    return exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(qMax(0, pages)));
}

bool SnapshotStore::setCacheKiB(int kib)
{
    return exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qMax(0, kib)));
}

bool SnapshotStore::checkpoint()
{
    return exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

std::optional<qint64> SnapshotStore::begin(const QDateTime &takenAt)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO snapshots(taken_at) VALUES(?)"));
    query.addBindValue(timeText(takenAt));
    if (!query.exec()) {
        fail(m_path, query.lastError().text());
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

bool SnapshotStore::addRows(qint64 snapshot, const QList<PhoneNumber> &rows)
{
    return addPrepared(snapshot, {prepare(rows)});
}

QList<SnapshotStore::PreparedRow> SnapshotStore::prepare(const QList<PhoneNumber> &rows)
{
    QList<PreparedRow> prepared;
    prepared.reserve(rows.size());
    for (const PhoneNumber &row : rows) {
        // What tells rows apart, as the reader tells them: the id, else a hash of the number.
        const std::optional<qint64> key = PagedQueryReader::keyOf(row);
        if (!key)
            continue;
        PreparedRow &out = prepared.emplace_back();
        out.key = *key;
        out.data = encode(row);
        out.checksum = checksumOf(out.data);
        prepareFacets(row, &out);
    }
    return prepared;
}

bool SnapshotStore::addPrepared(qint64 snapshot, const QList<QList<PreparedRow>> &pages,
                                const std::atomic<bool> *cancel)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    sqlite3 *const connection = SqliteStatement::handleOf(db);
    if (!connection)
        return fail(m_path, tr("the SQLite driver gives no connection handle"));
    SqliteStatement find(connection, "SELECT id FROM versions WHERE checksum = ?");
    SqliteStatement insertVersion(connection,
                                  "INSERT OR IGNORE INTO versions(checksum, data) VALUES(?, ?)");
    SqliteStatement insertFacet(connection, kInsertFacets);
    SqliteStatement insertMember(
        connection,
        "INSERT OR REPLACE INTO members(snapshot_id, number_id, version_id) VALUES(?, ?, ?)");
    for (const SqliteStatement *statement : {&find, &insertVersion, &insertFacet, &insertMember})
        if (!statement->isValid())
            return fail(m_path, statement->errorString());
    if (!db.transaction())
        return fail(m_path, db.lastError().text());
    const auto failed = [this, &db](const SqliteStatement &statement) {
        const QString why = statement.errorString(); // before the rollback replaces it
        db.rollback();
        return fail(m_path, why);
    };
    // 1: the version was added; 0: a version with its checksum is there already; -1: failed.
    const auto addVersion = [&insertVersion](const PreparedRow &row) {
        insertVersion.bindInt64(1, row.checksum);
        insertVersion.bindBlob(2, row.data);
        if (!insertVersion.run())
            return -1;
        return insertVersion.changes() > 0 ? 1 : 0;
    };
    // The rows of a snapshot are mostly new (the first one) or mostly known already (a daily
    // one). After a new row the next is added straight away, one search of the checksum index
    // where a look-up and then an insert take two; after a known one it is looked up first.
    bool expectNew = false;
    insertMember.bindInt64(1, snapshot);
    for (const QList<PreparedRow> &rows : pages) {
        if (cancel && cancel->load()) {
            db.rollback();
            return fail(m_path, tr("the snapshot was stopped"));
        }
        for (const PreparedRow &row : rows) {
            int added = expectNew ? addVersion(row) : 0;
            if (added < 0)
                return failed(insertVersion);
            qint64 version = 0;
            if (added == 0) {
                find.bindInt64(1, row.checksum);
                if (find.next()) {
                    version = find.columnInt64(0);
                } else if (!find.done()) {
                    return failed(find);
                } else if ((added = addVersion(row)) < 0) {
                    return failed(insertVersion);
                } else if (added == 0) { // neither found nor added: not in this transaction
                    db.rollback();
                    //: %1: a checksum, a number
                    return fail(m_path,
                                tr("the row version %1 could not be added").arg(row.checksum));
                }
                find.reset();
            }
            if (added == 1) {
                version = insertVersion.lastInsertRowId();
                if (!insertFacets(&insertFacet, version, row))
                    return failed(insertFacet);
            }
            expectNew = added == 1;
            insertMember.bindInt64(2, row.key);
            insertMember.bindInt64(3, version);
            if (!insertMember.run())
                return failed(insertMember);
        }
    }
    if (!db.commit())
        return fail(m_path, db.lastError().text());
    return true;
}

bool SnapshotStore::dropRows(qint64 snapshot, const QSet<qint64> &numberKeys)
{
    if (numberKeys.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(m_path, db.lastError().text());
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM members WHERE snapshot_id = ? AND number_id = ?"));
    for (const qint64 key : numberKeys) {
        remove.bindValue(0, snapshot);
        remove.bindValue(1, key);
        if (!remove.exec()) {
            db.rollback();
            return fail(m_path, remove.lastError().text());
        }
    }
    return db.commit() || fail(m_path, db.lastError().text());
}

bool SnapshotStore::setNames(qint64 snapshot, const SnapshotNames &names)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(m_path, db.lastError().text());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO names(snapshot_id, column_key, id, name) VALUES(?, ?, ?, ?)"));
    for (auto column = names.cbegin(); column != names.cend(); ++column) {
        for (auto entry = column->cbegin(); entry != column->cend(); ++entry) {
            insert.bindValue(0, snapshot);
            insert.bindValue(1, column.key());
            insert.bindValue(2, entry.key());
            insert.bindValue(3, entry.value());
            if (!insert.exec()) {
                db.rollback();
                return fail(m_path, insert.lastError().text());
            }
        }
    }
    return db.commit() || fail(m_path, db.lastError().text());
}

bool SnapshotStore::finish(qint64 snapshot, bool verified, int keep)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "UPDATE snapshots SET complete = 1, verified = ?, "
        "count = (SELECT COUNT(*) FROM members WHERE snapshot_id = ?) WHERE id = ?"));
    query.addBindValue(verified ? 1 : 0);
    query.addBindValue(snapshot);
    query.addBindValue(snapshot);
    if (!query.exec())
        return fail(m_path, query.lastError().text());
    return prune(keep);
}

bool SnapshotStore::discard(qint64 snapshot)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return fail(m_path, db.lastError().text());
    QSqlQuery query(db);
    for (const char *sql :
         {"DELETE FROM members WHERE snapshot_id = ?", "DELETE FROM names WHERE snapshot_id = ?",
          "DELETE FROM snapshots WHERE id = ?"}) {
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(snapshot);
        if (!query.exec()) {
            db.rollback();
            return fail(m_path, query.lastError().text());
        }
    }
    for (const char *sql : kDropUnreferenced) {
        if (!query.exec(QString::fromLatin1(sql))) {
            db.rollback();
            return fail(m_path, query.lastError().text());
        }
    }
    return db.commit() || fail(m_path, db.lastError().text());
}

QList<SnapshotInfo> SnapshotStore::list() const
{
    QList<SnapshotInfo> list;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT id, taken_at, count, verified FROM snapshots "
                                   "WHERE complete = 1 ORDER BY id DESC"))) {
        fail(m_path, query.lastError().text());
        return list;
    }
    while (query.next())
        list.append(infoFrom(query));
    return list;
}

std::optional<SnapshotInfo> SnapshotStore::info(qint64 snapshot) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT id, taken_at, count, verified FROM snapshots "
                                 "WHERE complete = 1 AND id = ?"));
    query.addBindValue(snapshot);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return infoFrom(query);
}

std::optional<SnapshotInfo> SnapshotStore::latest() const
{
    const QList<SnapshotInfo> all = list();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

bool SnapshotStore::dailyDue(const std::optional<SnapshotInfo> &latest, const QDateTime &now)
{
    return !latest || latest->takenAt.toLocalTime().date() < now.toLocalTime().date();
}

bool SnapshotStore::forEachRow(qint64 snapshot,
                               const std::function<void(const PhoneNumber &)> &visit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT v.data FROM members m JOIN versions v "
                                 "ON v.id = m.version_id WHERE m.snapshot_id = ? "
                                 "ORDER BY m.number_id"));
    query.addBindValue(snapshot);
    if (!query.exec())
        return fail(m_path, query.lastError().text());
    while (query.next()) {
        if (const std::optional<PhoneNumber> row = decode(query.value(0).toByteArray()))
            visit(*row);
    }
    return true;
}

bool SnapshotStore::forEachVersion(
    qint64 snapshot, bool withData,
    const std::function<bool(qint64 versionId, const QByteArray &data)> &visit, qint64 firstKey,
    qint64 lastKey) const
{
    // Through SQLite's own interface, as queryFacetCounts: QSqlQuery cost a QVariant per value
    // and a copy of every record (a third of reading a million records to sort them).
    sqlite3 *const connection =
        SqliteStatement::handleOf(QSqlDatabase::database(m_connection, false));
    if (!connection)
        return fail(m_path, tr("the SQLite driver gives no connection handle"));
    SqliteStatement statement(
        connection, withData
                        ? QByteArrayView("SELECT m.version_id, v.data FROM members m JOIN "
                                         "versions v ON v.id = m.version_id WHERE "
                                         "m.snapshot_id = ? AND m.number_id BETWEEN ? AND ? "
                                         "ORDER BY m.number_id")
                        : QByteArrayView("SELECT version_id FROM members WHERE snapshot_id = ? "
                                         "AND number_id BETWEEN ? AND ? ORDER BY number_id"));
    if (!statement.isValid())
        return fail(m_path, statement.errorString());
    statement.bindInt64(1, snapshot);
    statement.bindInt64(2, firstKey);
    statement.bindInt64(3, lastKey);
    const QByteArray none;
    while (statement.next()) {
        // The record where SQLite keeps it, not copied: valid during the visit only.
        const QByteArrayView data = withData ? statement.columnBlob(1) : QByteArrayView();
        if (!visit(statement.columnInt64(0),
                   withData ? QByteArray::fromRawData(data.data(), data.size()) : none))
            return true;
    }
    if (!statement.done())
        return fail(m_path, statement.errorString());
    return true;
}

QList<qint64> SnapshotStore::splitNumberKeys(qint64 snapshot, qint64 count, int parts) const
{
    QList<qint64> keys;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT number_id FROM members WHERE snapshot_id = ? "
                                 "ORDER BY number_id LIMIT 1 OFFSET ?"));
    for (int part = 1; part < parts; ++part) {
        query.bindValue(0, snapshot);
        query.bindValue(1, count * part / parts);
        if (!query.exec()) {
            fail(m_path, query.lastError().text());
            return {};
        }
        if (!query.next())
            break;
        const qint64 key = query.value(0).toLongLong();
        if (keys.isEmpty() || key > keys.last())
            keys.append(key);
        query.finish();
    }
    return keys;
}

QHash<qint64, PhoneNumber> SnapshotStore::records(const QList<qint64> &versionIds) const
{
    QHash<qint64, PhoneNumber> found;
    if (versionIds.isEmpty())
        return found;
    // Ids are integers the store made: written into the statement, one query per block.
    QString list;
    list.reserve(versionIds.size() * 8);
    for (const qint64 id : versionIds) {
        if (!list.isEmpty())
            list += QLatin1Char(',');
        list += QString::number(id);
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, data FROM versions WHERE id IN (%1)").arg(list))) {
        fail(m_path, query.lastError().text());
        return found;
    }
    found.reserve(versionIds.size());
    while (query.next()) {
        if (const std::optional<PhoneNumber> row = decode(query.value(1).toByteArray()))
            found.insert(query.value(0).toLongLong(), *row);
    }
    return found;
}

QList<PhoneNumber> SnapshotStore::rows(qint64 snapshot) const
{
    QList<PhoneNumber> rows;
    forEachRow(snapshot, [&rows](const PhoneNumber &row) { rows.append(row); });
    return rows;
}

bool SnapshotStore::differingRows(qint64 from, qint64 to, QList<PhoneNumber> *fromRows,
                                  QList<PhoneNumber> *toRows) const
{
    const QString sql = QStringLiteral(
        "SELECT v.data FROM members a JOIN versions v ON v.id = a.version_id "
        "WHERE a.snapshot_id = ? AND NOT EXISTS (SELECT 1 FROM members b WHERE "
        "b.snapshot_id = ? AND b.number_id = a.number_id AND b.version_id = a.version_id) "
        "ORDER BY a.number_id");
    const std::pair<qint64, qint64> sides[] = {{from, to}, {to, from}};
    QList<PhoneNumber> *targets[] = {fromRows, toRows};
    for (int i = 0; i < 2; ++i) {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.setForwardOnly(true);
        query.prepare(sql);
        query.addBindValue(sides[i].first);
        query.addBindValue(sides[i].second);
        if (!query.exec())
            return fail(m_path, query.lastError().text());
        while (query.next()) {
            if (const std::optional<PhoneNumber> row = decode(query.value(0).toByteArray()))
                targets[i]->append(*row);
        }
    }
    return true;
}

SnapshotNames SnapshotStore::names(qint64 snapshot) const
{
    SnapshotNames names;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT column_key, id, name FROM names WHERE snapshot_id = ?"));
    query.addBindValue(snapshot);
    if (!query.exec()) {
        fail(m_path, query.lastError().text());
        return names;
    }
    while (query.next())
        names[query.value(0).toString()].insert(query.value(1).toLongLong(),
                                                query.value(2).toString());
    return names;
}

bool SnapshotStore::prune(int keep)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery old(db);
    old.prepare(QStringLiteral("SELECT id FROM snapshots WHERE complete = 1 "
                               "ORDER BY id DESC LIMIT -1 OFFSET ?"));
    old.addBindValue(qMax(0, keep));
    if (!old.exec())
        return fail(m_path, old.lastError().text());
    QList<qint64> drop;
    while (old.next())
        drop.append(old.value(0).toLongLong());
    old.finish();
    // Snapshots begun over a day ago and never finished: a run that crashed or was killed.
    QSqlQuery stale(db);
    stale.prepare(QStringLiteral("SELECT id FROM snapshots WHERE complete = 0 AND taken_at < ?"));
    stale.addBindValue(timeText(QDateTime::currentDateTimeUtc().addDays(-1)));
    if (!stale.exec())
        return fail(m_path, stale.lastError().text());
    while (stale.next())
        drop.append(stale.value(0).toLongLong());
    stale.finish();
    if (drop.isEmpty())
        return true;
    if (!db.transaction())
        return fail(m_path, db.lastError().text());
    QSqlQuery query(db);
    for (const qint64 id : drop) {
        for (const char *sql :
             {"DELETE FROM members WHERE snapshot_id = ?",
              "DELETE FROM names WHERE snapshot_id = ?", "DELETE FROM snapshots WHERE id = ?"}) {
            query.prepare(QString::fromLatin1(sql));
            query.addBindValue(id);
            if (!query.exec()) {
                db.rollback();
                return fail(m_path, query.lastError().text());
            }
        }
    }
    for (const char *sql : kDropUnreferenced) {
        if (!query.exec(QString::fromLatin1(sql))) {
            db.rollback();
            return fail(m_path, query.lastError().text());
        }
    }
    return db.commit() || fail(m_path, db.lastError().text());
}

qint64 SnapshotStore::versionCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM versions")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 SnapshotStore::bytesUsed() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    qint64 values[3] = {0, 0, 0};
    const char *const pragmas[] = {"PRAGMA page_count", "PRAGMA freelist_count",
                                   "PRAGMA page_size"};
    for (int i = 0; i < 3; ++i) {
        if (!query.exec(QString::fromLatin1(pragmas[i])) || !query.next())
            return -1;
        values[i] = query.value(0).toLongLong();
    }
    return (values[0] - values[1]) * values[2];
}

QStringList SnapshotStore::facetKeys()
{
    return {QStringLiteral("offer"),     QStringLiteral("traffic_source"),
            QStringLiteral("ring_pool"), QStringLiteral("provider"),
            QStringLiteral("country"),   QStringLiteral("created_month"),
            QStringLiteral("toll_free")};
}

bool SnapshotStore::ensureFacets()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(m_path, query.lastError().text());
    if (query.value(0).toInt() >= kFacetsComplete)
        return true;
    query.finish();
    // A store written before facets: every version gets its facets once, 20,000 versions a
    // transaction (a snapshot being written meanwhile waits for one of them at most).
    QSqlQuery missing(db);
    missing.setForwardOnly(true);
    missing.prepare(QStringLiteral("SELECT v.id, v.data FROM versions v WHERE v.id > ? AND NOT "
                                   "EXISTS (SELECT 1 FROM facets f WHERE f.version_id = v.id) "
                                   "ORDER BY v.id LIMIT 20000"));
    sqlite3 *const connection = SqliteStatement::handleOf(db);
    if (!connection)
        return fail(m_path, tr("the SQLite driver gives no connection handle"));
    SqliteStatement insert(connection, kInsertFacets);
    if (!insert.isValid())
        return fail(m_path, insert.errorString());
    qint64 after = 0;
    for (bool more = true; more;) {
        if (!db.transaction())
            return fail(m_path, db.lastError().text());
        missing.bindValue(0, after);
        if (!missing.exec()) {
            db.rollback();
            return fail(m_path, missing.lastError().text());
        }
        more = false;
        while (missing.next()) {
            more = true;
            after = missing.value(0).toLongLong();
            const std::optional<PhoneNumber> row = decode(missing.value(1).toByteArray());
            if (!row)
                continue; // not a record: it is never read as one either
            PreparedRow prepared;
            prepareFacets(*row, &prepared);
            if (!insertFacets(&insert, after, prepared)) {
                const QString why = insert.errorString();
                db.rollback();
                return fail(m_path, why);
            }
        }
        missing.finish();
        if (!db.commit())
            return fail(m_path, db.lastError().text());
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kFacetsComplete)))
        return fail(m_path, query.lastError().text());
    return true;
}

bool SnapshotStore::fillKinds(qint64 snapshot)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM kinds_known WHERE snapshot_id = ?"));
    query.addBindValue(snapshot);
    if (!query.exec())
        return fail(m_path, query.lastError().text());
    if (query.next())
        return true;
    query.finish();
    // Worked out outside any write transaction (a million numbers take seconds: a snapshot
    // being written meanwhile must not wait for them), then written in short transactions.
    QSqlQuery unknown(db);
    unknown.setForwardOnly(true);
    unknown.prepare(QStringLiteral(
        "SELECT f.version_id, v.data FROM members m JOIN facets f ON f.version_id = m.version_id "
        "JOIN versions v ON v.id = f.version_id WHERE m.snapshot_id = ? AND f.toll_free IS NULL"));
    unknown.addBindValue(snapshot);
    if (!unknown.exec())
        return fail(m_path, unknown.lastError().text());
    QList<std::pair<qint64, bool>> kinds;
    while (unknown.next()) {
        if (const std::optional<PhoneNumber> row = decode(unknown.value(1).toByteArray()))
            kinds.append({unknown.value(0).toLongLong(), InventoryInsights::isTollFree(*row)});
    }
    unknown.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE facets SET toll_free = ? WHERE version_id = ?"));
    constexpr qsizetype kPerTransaction = 20000;
    for (qsizetype from = 0; from < kinds.size(); from += kPerTransaction) {
        if (!db.transaction())
            return fail(m_path, db.lastError().text());
        const qsizetype to = qMin(kinds.size(), from + kPerTransaction);
        for (qsizetype i = from; i < to; ++i) {
            update.bindValue(0, kinds[i].second ? 1 : 0);
            update.bindValue(1, kinds[i].first);
            if (!update.exec()) {
                db.rollback();
                return fail(m_path, update.lastError().text());
            }
        }
        if (!db.commit())
            return fail(m_path, db.lastError().text());
    }
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO kinds_known(snapshot_id) VALUES(?)"));
    query.addBindValue(snapshot);
    return query.exec() || fail(m_path, query.lastError().text());
}

void SnapshotStore::setReadParts(int parts, qint64 fewestRows)
{
    m_readParts = qMax(0, parts);
    m_fewestRowsPerPart = qMax<qint64>(1, fewestRows);
}

bool SnapshotStore::countFacets(qint64 snapshot, const QString &facet, const QDateTime &idleBefore,
                                bool byKind, QList<FacetCount> *counts)
{
    if (!facetKeys().contains(facet))
        return fail(m_path, tr("'%1' is not a facet").arg(facet));
    const bool kindFacet = facet == QLatin1String("toll_free");
    if (!ensureFacets() || ((byKind || kindFacet) && !fillKinds(snapshot)))
        return false;
    // The facet is one of the names above: written into the statement.
    const QString key = kindFacet ? QStringLiteral("CASE f.toll_free WHEN 1 THEN 'toll_free' "
                                                   "ELSE 'local' END")
                                  : QStringLiteral("f.") + facet;
    // Each number's group key (and country and kind when asked for) and whether it is idle or
    // never called, counted here: SQLite's GROUP BY would sort every row first, which costs more
    // than the join itself.
    const QString split =
        byKind ? QStringLiteral("f.country, f.toll_free") : QStringLiteral("NULL, NULL");
    const QString sql = QStringLiteral("SELECT %1, %2, (f.last_call IS NULL) + "
                                       "(f.last_call IS NULL OR f.last_call < ?) FROM members m "
                                       "JOIN facets f ON f.version_id = m.version_id "
                                       "WHERE m.snapshot_id = ? AND m.number_id BETWEEN ? AND ?")
                            .arg(key, split);
    const qint64 idleBeforeMs = idleBefore.toMSecsSinceEpoch();

    // A large snapshot is counted in runs of number keys at once, one thread and connection
    // each (the join is what a count waits for); the runs' counts are then added up.
    const std::optional<SnapshotInfo> about = info(snapshot);
    const qint64 rows = about ? about->count : 0;
    const int most = m_readParts > 0 ? m_readParts : qBound(1, QThread::idealThreadCount(), 8);
    const int parts = int(qBound<qint64>(1, rows / m_fewestRowsPerPart, qint64(most)));
    const QList<qint64> cuts = parts > 1 ? splitNumberKeys(snapshot, rows, parts) : QList<qint64>();
    QList<QList<FacetCount>> found(cuts.size() + 1);
    QStringList errors(found.size());
    std::vector<std::unique_ptr<QThread>> threads;
    for (qsizetype i = 1; i < found.size(); ++i) {
        const qint64 first = cuts.at(i - 1);
        const qint64 last = i < cuts.size() ? cuts.at(i) - 1 : std::numeric_limits<qint64>::max();
        threads.emplace_back(QThread::create([&, i, first, last] {
            SnapshotStore run;
            if (!run.open(m_path, &errors[i]) ||
                !run.queryFacetCounts(sql, idleBeforeMs, snapshot, first, last, &found[i]))
                errors[i] = run.lastError();
        }));
        threads.back()->start();
    }
    const bool counted = queryFacetCounts(
        sql, idleBeforeMs, snapshot, std::numeric_limits<qint64>::min(),
        cuts.isEmpty() ? std::numeric_limits<qint64>::max() : cuts.first() - 1, &found[0]);
    for (const std::unique_ptr<QThread> &thread : threads)
        thread->wait();
    if (!counted)
        return false;
    for (const QString &error : std::as_const(errors)) {
        if (!error.isEmpty())
            return fail(m_path, error);
    }
    if (found.size() == 1) {
        counts->append(found.first());
        return true;
    }
    // The same group in several runs: one count, added up.
    QHash<FacetGroup, qsizetype> at; // a group → its count in `counts`
    for (const QList<FacetCount> &run : std::as_const(found)) {
        for (const FacetCount &count : run) {
            const FacetGroup group{count.key, count.country,
                                   count.tollFree ? int(*count.tollFree) : -1};
            auto it = at.constFind(group);
            if (it == at.cend())
                it = at.insert(group, add(group, counts));
            FacetCount &sum = (*counts)[*it];
            sum.count += count.count;
            sum.idle += count.idle;
            sum.neverCalled += count.neverCalled;
        }
    }
    return true;
}

bool SnapshotStore::queryFacetCounts(const QString &sql, qint64 idleBeforeMs, qint64 snapshot,
                                     qint64 firstKey, qint64 lastKey,
                                     QList<FacetCount> *counts) const
{
    // A million rows through QSqlQuery cost a QVariant per column and a QString per text; read
    // through SQLite's own interface on the same connection (QSqlDriver::handle) a row costs no
    // allocation: the texts are compared where SQLite keeps them.
    sqlite3 *const connection =
        SqliteStatement::handleOf(QSqlDatabase::database(m_connection, false));
    if (!connection)
        return fail(m_path, tr("the SQLite driver gives no connection handle"));
    SqliteStatement statement(connection, sql.toUtf8());
    if (!statement.isValid())
        return fail(m_path, statement.errorString());
    statement.bindInt64(1, idleBeforeMs);
    statement.bindInt64(2, snapshot);
    statement.bindInt64(3, firstKey);
    statement.bindInt64(4, lastKey);
    // A group as bytes: its key, country and kind, each text with its length before it.
    std::string group;
    const auto append = [&group, &statement](int column) {
        const QByteArrayView bytes = statement.columnUtf8(column);
        const int size = int(bytes.size());
        group.append(reinterpret_cast<const char *>(&size), sizeof size);
        if (size > 0)
            group.append(bytes.data(), size_t(size));
    };
    // A group → its count in `counts`. std::hash of the bytes, not QHash's: hashing the key
    // QByteArray inside Qt was a quarter of the count's own CPU (perf, 1M numbers).
    std::unordered_map<std::string, qsizetype> at;
    while (statement.next()) {
        group.clear();
        append(0);
        append(1);
        const int kind = statement.columnIsNull(2) ? -1 : int(statement.columnInt64(2));
        group.append(reinterpret_cast<const char *>(&kind), sizeof kind);
        auto it = at.find(group);
        if (it == at.end()) {
            const auto textOf = [&statement](int column) {
                return QString::fromUtf8(statement.columnUtf8(column));
            };
            it = at.emplace(group, add(FacetGroup{textOf(0), textOf(1), kind}, counts)).first;
        }
        FacetCount &count = (*counts)[it->second];
        const int state = int(statement.columnInt64(3)); // 0 called since, 1 idle, 2 never
        ++count.count;
        count.idle += state > 0;
        count.neverCalled += state > 1;
    }
    if (!statement.done())
        return fail(m_path, statement.errorString());
    return true;
}

} // namespace numdesk
