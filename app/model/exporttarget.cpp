#include "exporttarget.h"

#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace numdesk {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

ExportTarget::ExportTarget(QString path)
    : m_path(std::move(path))
{}

ExportTarget::~ExportTarget()
{
    discard();
}

QString ExportTarget::displayName(const QString &path)
{
    return isStandardOutput(path) ? tr("standard output") : path;
}

QString ExportTarget::problem(const QString &path, Kind *kind)
{
    Kind found = Kind::File;
    QString reason;
    struct stat info = {};
    if (isStandardOutput(path)) {
        found = Kind::Stream;
    } else if (path.isEmpty()) {
        reason = tr("no file was named");
    } else if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
        if (errno != ENOENT) {
            reason = systemError(errno);
        } else {
            const QString folder = QFileInfo(path).absolutePath();
            const QByteArray encoded = QFile::encodeName(folder);
            if (!QFileInfo(folder).isDir() || ::access(encoded.constData(), W_OK | X_OK) != 0)
                reason = tr("cannot write in the folder %1").arg(folder);
        }
    } else if (S_ISLNK(info.st_mode)) {
        reason = tr("it is a symbolic link; name the file itself");
    } else if (S_ISDIR(info.st_mode)) {
        reason = tr("it is a folder; name a file");
    } else if (S_ISREG(info.st_mode)) {
        const QString folder = QFileInfo(path).absolutePath();
        if (info.st_uid != ::geteuid())
            reason = tr("it belongs to another user and is not replaced");
        else if (::access(QFile::encodeName(folder).constData(), W_OK | X_OK) != 0)
            reason = tr("cannot write in the folder %1").arg(folder);
    } else if (S_ISFIFO(info.st_mode) || S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode)) {
        found = Kind::Stream;
    } else {
        reason = tr("it is neither a file nor a pipe nor a device");
    }
    if (kind)
        *kind = found;
    return reason;
}

bool ExportTarget::isOpen() const
{
    return device().isOpen();
}

bool ExportTarget::openFile()
{
    struct stat replaced = {};
    const bool replaces =
        ::stat(QFile::encodeName(m_path).constData(), &replaced) == 0 && S_ISREG(replaced.st_mode);
    // As QSaveFile does it: the file it replaces keeps its permissions, given once the new file
    // is this user's alone; a new file gets what the umask leaves of 0666.
    const mode_t mode = replaces ? 0600 : 0666;
    int fd = -1;
    QString name;
    for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
        name = m_path + QLatin1Char('.') +
               QString::number(QRandomGenerator::global()->generate64() % 2176782336ULL, 36)
                   .rightJustified(6, QLatin1Char('0')); // six base-36 digits
        fd = ::open(QFile::encodeName(name).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                    mode);
        if (fd < 0 && errno != EEXIST) {
            m_error = systemError(errno);
            return false;
        }
    }
    if (fd < 0) {
        m_error = systemError(EEXIST);
        return false;
    }
    m_temporaryPath = name;
    if (replaces && ::fchmod(fd, replaced.st_mode & 0777) != 0) {
        m_error = systemError(errno);
        ::close(fd);
        removeTemporary();
        return false;
    }
    if (!m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        m_error = m_file.errorString();
        ::close(fd);
        removeTemporary();
        return false;
    }
    m_writebackStart = 0;
    return true;
}

void ExportTarget::removeTemporary()
{
    if (m_temporaryPath.isEmpty())
        return;
    ::unlink(QFile::encodeName(m_temporaryPath).constData());
    m_temporaryPath.clear();
}

bool ExportTarget::open()
{
    m_error = problem(m_path, &m_kind);
    if (!m_error.isEmpty())
        return false;
    if (m_kind == Kind::File)
        return openFile();
    if (isStandardOutput(m_path)) {
        m_started = m_stream.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered,
                                  QFileDevice::DontCloseHandle);
        if (m_started)
            return true;
        m_error = m_stream.errorString();
        return false;
    }
    // No O_CREAT, no O_TRUNC: the pipe or device stays what it is. O_NONBLOCK only so that
    // opening a pipe nobody reads fails (ENXIO) instead of waiting for a reader.
    const QByteArray encoded = QFile::encodeName(m_path);
    const int fd = ::open(encoded.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        const int error = errno;
        m_error = systemError(error);
        if (error == ENXIO)
            m_error = tr("no program reads from this named pipe");
        return false;
    }
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || S_ISREG(info.st_mode) || S_ISDIR(info.st_mode)) {
        m_error = tr("it changed while it was opened");
        ::close(fd);
        return false;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    m_started = m_stream.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered,
                              QFileDevice::AutoCloseHandle);
    if (m_started)
        return true;
    m_error = m_stream.errorString();
    ::close(fd);
    return false;
}

bool ExportTarget::write(const QByteArray &bytes)
{
    QFile &out = device();
    if (!out.isOpen()) {
        m_error = tr("it is not open");
        return false;
    }
    if (out.write(bytes) != bytes.size()) {
        m_error = out.errorString();
        return false;
    }
#ifdef SYNC_FILE_RANGE_WRITE
    // commit() syncs the file to disk before it renames it into place, and that sync took 30
    // to 130 ms for the 32 MB of 100,000 numbers here: start the disk writes of each part as
    // it is written (ExportJob writes a file page by page while it reads), so that little is
    // left to wait for at the end. Only a hint to the kernel; commit() still syncs.
    if (m_kind == Kind::File && m_file.flush()) {
        const qint64 end = m_file.pos();
        if (end > m_writebackStart &&
            ::sync_file_range(m_file.handle(), m_writebackStart, end - m_writebackStart,
                              SYNC_FILE_RANGE_WRITE) == 0)
            m_writebackStart = end;
    }
#endif
    return true;
}

bool ExportTarget::flush()
{
    QFile &out = device();
    if (!out.isOpen() || out.flush())
        return true;
    m_error = out.errorString();
    return false;
}

bool ExportTarget::commit()
{
    if (m_kind == Kind::File) {
        if (!m_file.isOpen()) {
            m_error = tr("it is not open");
            return false;
        }
        // As QSaveFile::commit: everything on the disk before the name points to it.
        bool ok = m_file.flush();
        if (!ok)
            m_error = m_file.errorString();
        if (ok && ::fdatasync(m_file.handle()) != 0) {
            ok = false;
            m_error = systemError(errno);
        }
        m_file.close();
        if (ok && ::rename(QFile::encodeName(m_temporaryPath).constData(),
                           QFile::encodeName(m_path).constData()) != 0) {
            ok = false;
            m_error = systemError(errno);
        }
        if (ok)
            m_temporaryPath.clear();
        else
            removeTemporary();
        return ok;
    }
    if (!m_stream.isOpen()) {
        m_error = tr("it is not open");
        return false;
    }
    const bool flushed = m_stream.flush();
    if (!flushed)
        m_error = m_stream.errorString();
    m_stream.close();
    return flushed;
}

void ExportTarget::discard()
{
    if (m_file.isOpen())
        m_file.close();
    removeTemporary();
    if (m_stream.isOpen())
        m_stream.close();
}

} // namespace numdesk
