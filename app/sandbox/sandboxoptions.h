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
    // Requests kept for receivedRequests() (method, path, query, headers and body), the newest
    // this many; 0 keeps none. Tests opt in; the window and numdesk-sandbox keep none.
    int recordRequests = 0;
    qint64 maxBodyBytes = 1024 * 1024; // a larger request body is answered 413, unread
    int idleTimeoutMs = 30000;         // a connection without a byte this long is closed
};

} // namespace numdesk::sandbox
