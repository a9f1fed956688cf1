#pragma once

#include <QString>

namespace numdesk::sandbox {

// The fixed demo secrets the sandbox accepts, one per authentication form of api-notes.md.
struct Credentials
{
    QString publicKey; // Authorization: Basic base64(publicKey:privateKey)
    QString privateKey;
    QString accessToken; // Authorization: Token <accessToken>
    QString authToken;   // ?auth_token=<authToken>

    bool operator==(const Credentials &o) const
    {
        return publicKey == o.publicKey && privateKey == o.privateKey &&
               accessToken == o.accessToken && authToken == o.authToken;
    }
};

} // namespace numdesk::sandbox
