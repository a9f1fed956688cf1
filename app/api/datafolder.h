#pragma once

#include <QString>

namespace numdesk {

// The application's data folder (QStandardPaths' AppDataLocation): the journal, the secrets file
// and the sandbox's store live there, so only its owner may enter it (0700).
class DataFolder
{
public:
    static QString path();
    // Creates `folder` and its parents. When `folder` is the data folder, it is made (or made
    // again, if an older version left it wider) readable by its owner alone. Other folders
    // (a path the user chose) keep their mode.
    static bool makePath(const QString &folder);
};

} // namespace numdesk
