#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

class QSaveFile;

namespace numdesk {

// Where an export goes, checked before anything is read and opened for writing.
//  - A regular file, new or the user's own, is written through QSaveFile: it is replaced only
//    by a complete file.
//  - Standard output ("-"), a named pipe or a device is written directly: it cannot be
//    replaced, and a write that fails (ENOSPC on /dev/full) fails the export.
//  - A symbolic link (QSaveFile would replace what it points to), a file of another user, a
//    folder or a socket is refused.
class ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::ExportTarget)

public:
    enum class Kind
    {
        File,   // through QSaveFile
        Stream, // written directly
    };

    explicit ExportTarget(QString path);
    ~ExportTarget();
    ExportTarget(const ExportTarget &) = delete;
    ExportTarget &operator=(const ExportTarget &) = delete;

    static bool isStandardOutput(const QString &path) { return path == QLatin1String("-"); }
    // Why `path` cannot be written ("it is a symbolic link…", no final stop), else empty.
    static QString problem(const QString &path, Kind *kind = nullptr);
    // The path, or "standard output" for "-".
    static QString displayName(const QString &path);

    Kind kind() const { return m_kind; }
    // Checks again and opens; false with errorString() on failure. A named pipe nobody reads
    // fails at once rather than blocking.
    bool open();
    bool isOpen() const;
    bool isStarted() const { return m_started; } // a stream was opened: it may hold a part
    bool write(const QByteArray &bytes);
    // Puts a file in place, or ends the stream; false with errorString() on failure.
    bool commit();
    // Leaves a file as it was (a stream keeps what was written).
    void discard();
    QString errorString() const { return m_error; }

private:
    QString m_path;
    Kind m_kind = Kind::File;
    std::unique_ptr<QSaveFile> m_file;
    QFile m_stream;
    QString m_error;
    bool m_started = false;
    qint64 m_writebackStart = 0; // the file's bytes before this are on their way to the disk
};

} // namespace numdesk
