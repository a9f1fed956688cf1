#pragma once

#include <QString>
#include <QtGlobal>

namespace numdesk::sandbox {

// How a SandboxServer builds its store. An empty databasePath keeps the store in memory.
struct SandboxOptions
{
    QString databasePath;
    int numbers = 3000;
    quint32 seed = 1;
    int perPageCap = 250;
};

} // namespace numdesk::sandbox
