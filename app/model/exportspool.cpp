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

ExportSpool::ExportSpool()
    : m_file(QDir::tempPath() + QStringLiteral("/numdesk-export-XXXXXX.spool"))
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
    const quint32 length = quint32(row.size());
    m_pending.append(reinterpret_cast<const char *>(&key), sizeof key);
    m_pending.append(reinterpret_cast<const char *>(&length), sizeof length);
    m_pending.append(row);
}

bool ExportSpool::flush()
{
    if (m_pending.isEmpty())
        return true;
    if (m_file.write(m_pending) != m_pending.size()) {
        m_error = m_file.errorString();
        return false;
    }
    m_pending.clear();
    return true;
}

bool ExportSpool::copy(const QSet<qint64> &drop,
                       const std::function<bool(const QByteArray &)> &write, qint64 *dropped)
{
    *dropped = 0;
    if (!flush() || !m_file.flush() || !m_file.seek(0)) {
        m_error = m_file.errorString();
        return false;
    }
    QByteArray out;
    out.reserve(kChunk + 4096);
    char header[kHeaderSize];
    for (;;) {
        const qint64 got = m_file.read(header, kHeaderSize);
        if (got == 0)
            break;
        RowHeader row = {};
        std::memcpy(&row.key, header, sizeof row.key);
        std::memcpy(&row.length, header + sizeof row.key, sizeof row.length);
        if (got != kHeaderSize) {
            m_error = tr("the spool file %1 was cut short").arg(m_file.fileName());
            return false;
        }
        const QByteArray bytes = m_file.read(row.length);
        if (bytes.size() != qsizetype(row.length)) {
            m_error = tr("the spool file %1 was cut short").arg(m_file.fileName());
            return false;
        }
        if (row.key != 0 && drop.contains(row.key)) {
            ++*dropped;
            continue;
        }
        out += bytes;
        if (out.size() >= kChunk) {
            if (!write(out))
                return false;
            out.clear();
        }
    }
    return out.isEmpty() || write(out);
}

} // namespace numdesk
