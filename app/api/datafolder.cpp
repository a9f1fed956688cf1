#include "datafolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace numdesk {

QString DataFolder::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool DataFolder::makePath(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    const QString own = path();
    if (own.isEmpty() ||
        QFileInfo(folder).canonicalFilePath() != QFileInfo(own).canonicalFilePath())
        return true;
    const QFileDevice::Permissions ownerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const QFileDevice::Permissions now =
        QFile::permissions(folder) &
        ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    return now == ownerOnly || QFile::setPermissions(folder, ownerOnly);
}

} // namespace numdesk
