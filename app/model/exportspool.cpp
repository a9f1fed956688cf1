#include "exportspool.h"

#include <QDir>

#include <cstring>

namespace numdesk {

namespace {

// A row on disk: its key, its length, its bytes (host byte order; the file never leaves
// this process).
struct RowHeader
{
    qint64 key;
    quint32 length;
};
constexpr qint64 kHeaderSize = sizeof(qint64) + sizeof(quint32);
constexpr qsizetype kChunk = 1 << 20;

} // namespace

ExportSpool::ExportSpool(Contents contents)
    : m_contents(contents)
    , m_file(QDir::tempPath() + QStringLiteral("/numdesk-export-XXXXXX.spool"))
{}

bool ExportSpool::open()
{
    if (m_file.open())
        return true;
    m_error = m_file.errorString();
    return false;
}

void ExportSpool::add(qint64 key, const QByteArray &row)
{
    addWritten(key, [&row](QByteArray *out) { out->append(row); });
}

void ExportSpool::addLength(qint64 key, qsizetype length)
{
    Q_ASSERT(m_contents == Contents::Lengths);
    const auto bytes = quint32(length);
    m_pending.append(reinterpret_cast<const char *>(&key), sizeof key);
    m_pending.append(reinterpret_cast<const char *>(&bytes), sizeof bytes);
}

bool ExportSpool::flush()
{
    if (m_pending.isEmpty())
        return true;
    if (m_file.write(m_pending) != m_pending.size() || !m_file.flush()) {
        m_error = m_file.errorString();
        return false;
    }
    m_pending.resize(0); // keeps the allocation for the next page's rows
    return true;
}

bool ExportSpool::copy(const QSet<qint64> &drop,
                       const std::function<bool(const QByteArray &)> &write, qint64 *dropped,
                       QIODevice *rows)
{
    *dropped = 0;
    if (m_contents == Contents::Lengths && !rows) {
        m_error = tr("the rows were not given");
        return false;
    }
    if (!flush() || !m_file.flush() || !m_file.seek(0)) {
        m_error = m_file.errorString();
        return false;
    }
    // The spool is read a block at a time; a row that runs past a block is completed from the
    // next one. Rows kept go out in chunks of about kChunk bytes.
    QByteArray in(kChunk, Qt::Uninitialized);
    qsizetype begin = 0; // first byte not yet used in `in`
    qsizetype end = 0;   // bytes read into `in`
    QByteArray out;
    out.reserve(kChunk + 4096);
    QByteArray read; // a row read from `rows`
    auto cutShort = [this] {
        m_error = tr("the spool file %1 was cut short").arg(m_file.fileName());
        return false;
    };
    // Makes `bytes` bytes from `begin` available in `in`; false at the end of the file.
    auto have = [&](qsizetype bytes) {
        if (end - begin >= bytes)
            return true;
        if (begin > 0) {
            std::memmove(in.data(), in.constData() + begin, std::size_t(end - begin));
            end -= begin;
            begin = 0;
        }
        if (in.size() < bytes)
            in.resize(bytes);
        while (end < bytes) {
            const qint64 got = m_file.read(in.data() + end, in.size() - end);
            if (got <= 0)
                return false;
            end += got;
        }
        return true;
    };
    for (;;) {
        if (!have(kHeaderSize)) {
            if (end != begin)
                return cutShort();
            break;
        }
        RowHeader row = {};
        std::memcpy(&row.key, in.constData() + begin, sizeof row.key);
        std::memcpy(&row.length, in.constData() + begin + sizeof row.key, sizeof row.length);
        const auto length = qsizetype(row.length);
        const char *bytes = nullptr;
        if (m_contents == Contents::Rows) {
            if (!have(kHeaderSize + length))
                return cutShort();
            bytes = in.constData() + begin + kHeaderSize;
            begin += kHeaderSize + length;
        } else {
            begin += kHeaderSize;
            read.resize(length);
            const qint64 got = rows->read(read.data(), length);
            if (got != length) {
                m_error =
                    got < 0 ? rows->errorString() : tr("the rows written so far end too soon");
                return false;
            }
            bytes = read.constData();
        }
        if (row.key != 0 && drop.contains(row.key)) {
            ++*dropped;
            continue;
        }
        out.append(bytes, length);
        if (out.size() >= kChunk) {
            if (!write(out))
                return false;
            out.resize(0);
        }
    }
    return out.isEmpty() || write(out);
}

} // namespace numdesk
