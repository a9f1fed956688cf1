#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

namespace numdesk {

// Where an export goes, checked before anything is read and opened for writing.
//  - A regular file, new or the user's own, is written as QSaveFile writes one: into a new
//    file beside it (the permissions of the file it replaces, else 0666 less the umask),
//    synced and renamed over it on commit(), removed on discard(); it is replaced only by a
//    complete file. Unlike QSaveFile's, that file can be read back while it is written
//    (temporaryPath()): an export that must leave rows out copies the rest from it instead
//    of keeping a second copy of every row.
//  - Standard output ("-"), a named pipe or a device is written directly: it cannot be
//    replaced, and a write that fails (ENOSPC on /dev/full) fails the export.
//  - A symbolic link (the rename would replace the link, not the file the user meant), a file
//    of another user, a folder or a socket is refused.
class ExportTarget
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::ExportTarget)

public:
    enum class Kind
    {
        File,   // through a temporary file beside it, renamed over it
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
    // Hands what write() buffered to the file or the stream; false with errorString().
    bool flush();
    // Puts a file in place, or ends the stream; false with errorString() on failure.
    bool commit();
    // Leaves a file as it was (a stream keeps what was written).
    void discard();
    // The file being written, until commit() or discard(); empty for a stream.
    QString temporaryPath() const { return m_temporaryPath; }
    QString errorString() const { return m_error; }

private:
    QString m_path;
    Kind m_kind = Kind::File;
    bool openFile();
    void removeTemporary();
    // What the rows are written to: the temporary file of a File, else the stream.
    QFile &device() { return m_kind == Kind::File ? m_file : m_stream; }
    const QFile &device() const { return m_kind == Kind::File ? m_file : m_stream; }

    QFile m_file; // the temporary file of a File
    QString m_temporaryPath;
    QFile m_stream;
    QString m_error;
    bool m_started = false;
    qint64 m_writebackStart = 0; // the file's bytes before this are on their way to the disk
};

} // namespace numdesk
