#include "filesecretstore.h"

#include "datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace numdesk {

namespace {

constexpr qint64 maxFileSize = 1024 * 1024;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString octalMode(mode_t mode)
{
    return QStringLiteral("0%1").arg(mode & 07777, 3, 8, QLatin1Char('0'));
}

// Refuses what others could read or change: only a regular file of ours, no group or other
// permission bits.
SecretResult checkStat(const QString &path, const struct stat &info)
{
    if (!S_ISREG(info.st_mode)) {
        return SecretResult::failure(
            SecretStatus::Insecure,
            FileSecretStore::tr("The secrets file %1 is not a regular file; remove "
                                "it.")
                .arg(path));
    }
    if (info.st_uid != ::geteuid()) {
        return SecretResult::failure(
            SecretStatus::Insecure,
            FileSecretStore::tr("The secrets file %1 belongs to another user; remove "
                                "it.")
                .arg(path));
    }
    if ((info.st_mode & 077) != 0) {
        return SecretResult::failure(
            SecretStatus::Insecure,
            FileSecretStore::tr(
                "The secrets file %1 can be read or changed by other users (mode %2); it "
                "must be readable only by you (mode 0600). Remove it, or make it private "
                "with \"chmod 600\" if nobody else could have changed it.")
                .arg(path, octalMode(info.st_mode)));
    }
    return SecretResult::done();
}

} // namespace

FileSecretStore::FileSecretStore(const QString &path)
    : m_path(path)
{}

QString FileSecretStore::defaultPath()
{
    return DataFolder::path() + QStringLiteral("/secrets.json");
}

QString FileSecretStore::sourceName() const
{
    return FileSecretStore::tr("the file %1").arg(QDir::toNativeSeparators(m_path));
}

SecretResult FileSecretStore::check() const
{
    struct stat info;
    if (::lstat(QFile::encodeName(m_path).constData(), &info) != 0) {
        if (errno == ENOENT)
            return SecretResult::done();
        return SecretResult::failure(SecretStatus::Failed,
                                     FileSecretStore::tr("Cannot look at the secrets file %1: %2")
                                         .arg(m_path, systemError(errno)));
    }
    return checkStat(m_path, info);
}

SecretAvailability FileSecretStore::availability() const
{
    return check().ok() ? SecretAvailability::Available : SecretAvailability::Unavailable;
}

QString FileSecretStore::unavailableReason() const
{
    return check().message;
}

FileSecretStore::Contents FileSecretStore::load() const
{
    Contents contents;
    // Open first, then look at what was opened: no window between the check and the read.
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT) {
            contents.result = SecretResult::failure(
                SecretStatus::NotFound,
                FileSecretStore::tr("No secrets are saved in %1.").arg(m_path));
        } else if (error == ELOOP) {
            contents.result = SecretResult::failure(
                SecretStatus::Insecure,
                FileSecretStore::tr("The secrets file %1 is a symbolic link; remove it.")
                    .arg(m_path));
        } else {
            contents.result = SecretResult::failure(
                SecretStatus::Failed, FileSecretStore::tr("Cannot read the secrets file %1: %2")
                                          .arg(m_path, systemError(error)));
        }
        return contents;
    }
    QFile file;
    file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
    struct stat info;
    if (::fstat(fd, &info) != 0) {
        contents.result = SecretResult::failure(
            SecretStatus::Failed, FileSecretStore::tr("Cannot read the secrets file %1: %2")
                                      .arg(m_path, systemError(errno)));
        return contents;
    }
    contents.result = checkStat(m_path, info);
    if (!contents.result.ok())
        return contents;
    if (info.st_size > maxFileSize) {
        contents.result = SecretResult::failure(
            SecretStatus::Failed,
            FileSecretStore::tr("The secrets file %1 is too large.").arg(m_path));
        return contents;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonValue profiles = document.object().value(QLatin1String("profiles"));
    if (parseError.error != QJsonParseError::NoError || !profiles.isObject()) {
        contents.result = SecretResult::failure(
            SecretStatus::Failed,
            FileSecretStore::tr(
                "The secrets file %1 is damaged; remove it and enter the secrets again.")
                .arg(m_path));
        return contents;
    }
    contents.profiles = profiles.toObject();
    return contents;
}

SecretResult FileSecretStore::save(const QJsonObject &profiles) const
{
    const QByteArray path = QFile::encodeName(m_path);
    if (profiles.isEmpty()) {
        if (::unlink(path.constData()) != 0 && errno != ENOENT) {
            return SecretResult::failure(
                SecretStatus::Failed, FileSecretStore::tr("Cannot remove the secrets file %1: %2")
                                          .arg(m_path, systemError(errno)));
        }
        return SecretResult::done();
    }
    const QString directory = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(directory)) {
        if (!DataFolder::makePath(directory)) {
            return SecretResult::failure(
                SecretStatus::Failed,
                FileSecretStore::tr("Cannot create the folder %1.").arg(directory));
        }
        QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner);
    }

    // A new file created 0600 (the umask can only take more away), filled, synced, then
    // renamed over the old one: never a moment with the secrets in a wider file.
    const QString temporary = m_path + QStringLiteral(".new");
    QFile::remove(temporary); // left by a crash; it is ours (same private mode)
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return SecretResult::failure(SecretStatus::Failed,
                                     FileSecretStore::tr("Cannot write the secrets file %1: %2")
                                         .arg(temporary, file.errorString()));
    }
    const auto fail = [&](const QString &reason) {
        file.close();
        QFile::remove(temporary);
        return SecretResult::failure(
            SecretStatus::Failed,
            FileSecretStore::tr("Cannot write the secrets file %1: %2").arg(m_path, reason));
    };
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0)
        return fail(systemError(errno));
    QJsonObject root;
    root.insert(QLatin1String("version"), 1);
    root.insert(QLatin1String("profiles"), profiles);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.flush())
        return fail(file.errorString());
    if (::fsync(file.handle()) != 0)
        return fail(systemError(errno));
    file.close();
    if (std::rename(QFile::encodeName(temporary).constData(), path.constData()) != 0)
        return fail(systemError(errno));
    return SecretResult::done();
}

void FileSecretStore::readSecrets(const QString &profile, std::optional<AuthMethod>,
                                  QObject *context, Callback done) const
{
    const Contents contents = load();
    if (!contents.result.ok()) {
        answerLater(context, std::move(done), contents.result);
        return;
    }
    const QJsonValue saved = contents.profiles.value(profile);
    if (!saved.isObject()) {
        answerLater(context, std::move(done),
                    SecretResult::failure(
                        SecretStatus::NotFound,
                        FileSecretStore::tr("No secrets are saved for profile '%1' in %2.")
                            .arg(profile, m_path)));
        return;
    }
    const std::optional<Credentials> credentials = fromJson(saved.toObject());
    answerLater(context, std::move(done),
                credentials
                    ? SecretResult::found(*credentials)
                    : SecretResult::failure(
                          SecretStatus::Failed,
                          FileSecretStore::tr("The secrets saved for profile '%1' in %2 are "
                                              "incomplete; enter them again.")
                              .arg(profile, m_path)));
}

void FileSecretStore::writeSecrets(const QString &profile, const Credentials &credentials,
                                   QObject *context, Callback done)
{
    Contents contents = load();
    if (!contents.result.ok() && contents.result.status != SecretStatus::NotFound) {
        answerLater(context, std::move(done), contents.result);
        return;
    }
    contents.profiles.insert(profile, toJson(credentials));
    answerLater(context, std::move(done), save(contents.profiles));
}

void FileSecretStore::removeSecrets(const QString &profile, QObject *context, Callback done)
{
    Contents contents = load();
    if (contents.result.status == SecretStatus::NotFound) {
        answerLater(context, std::move(done), SecretResult::done());
        return;
    }
    if (!contents.result.ok()) {
        answerLater(context, std::move(done), contents.result);
        return;
    }
    if (!contents.profiles.contains(profile)) {
        answerLater(context, std::move(done), SecretResult::done());
        return;
    }
    contents.profiles.remove(profile);
    answerLater(context, std::move(done), save(contents.profiles));
}

} // namespace numdesk
