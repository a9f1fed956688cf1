#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QTemporaryFile>

#include <cstring>
#include <functional>

namespace numdesk {

// The rows of an export on disk until the set is known, each with the key of its number
// (PagedQueryReader::keyOf), so that rows that left the set can be dropped when the file is
// written. Memory stays flat whatever the number of rows.
//  - Contents::Rows keeps each row's CSV bytes: for a pipe or a device, written at the end.
//  - Contents::Lengths keeps only each row's length: for a file, whose rows are written to it
//    as they come (ExportTarget) and read back from it, in the same order, by copy().
class ExportSpool
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::ExportSpool)

public:
    enum class Contents
    {
        Rows,
        Lengths,
    };

    explicit ExportSpool(Contents contents = Contents::Rows);
    Contents contents() const { return m_contents; }

    bool open(); // a temporary file in QDir::tempPath(), removed with the spool
    // Queues a row; flush() writes the queue to the file. Key 0 (a row without id or number) is
    // never dropped.
    void add(qint64 key, const QByteArray &row);
    // The same, the row written straight into the queue: `write(QByteArray *out)` appends it.
    template<class Write> void addWritten(qint64 key, Write &&write)
    {
        Q_ASSERT(m_contents == Contents::Rows); // a spool of lengths would read rows as lengths
        const qsizetype at = m_pending.size();
        m_pending.append(reinterpret_cast<const char *>(&key), sizeof key);
        m_pending.append(qsizetype(sizeof(quint32)), '\0'); // the length, known once written
        write(&m_pending);
        const quint32 length =
            quint32(m_pending.size() - at - qsizetype(sizeof key + sizeof length));
        std::memcpy(m_pending.data() + at + sizeof key, &length, sizeof length);
    }
    // Contents::Lengths: queues the key and the length of a row written elsewhere.
    void addLength(qint64 key, qsizetype length);
    bool flush();
    // Hands every row whose key is not in `drop` to `write`, in order, in chunks of about
    // 1 MiB; with Contents::Lengths the rows' bytes are read from `rows`, from where it stands.
    // False when reading the spool or the rows, or `write`, failed (see errorString()).
    bool copy(const QSet<qint64> &drop, const std::function<bool(const QByteArray &)> &write,
              qint64 *dropped, QIODevice *rows = nullptr);
    QString errorString() const { return m_error; }
    QString fileName() const { return m_file.fileName(); }

private:
    Contents m_contents;
    QTemporaryFile m_file;
    QByteArray m_pending;
    QString m_error;
};

} // namespace numdesk
