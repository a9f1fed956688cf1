#pragma once

#include "account.h"

#include <QString>

#include <optional>

namespace numdesk {

// Where the secrets of an account come from. The environment today (EnvironmentSecretStore);
// the system keychain later, behind the same interface. No implementation may put a secret in
// an error text.
class SecretStore
{
public:
    virtual ~SecretStore();

    // The complete credentials for `method`, for the profile `profile` (empty: no profile);
    // nullopt and a reason naming what is missing otherwise.
    virtual std::optional<Credentials> credentials(const QString &profile, AuthMethod method,
                                                   QString *error = nullptr) const = 0;
    // The first method, in the order basic, token, auth-token, with complete secrets.
    virtual std::optional<AuthMethod> availableMethod(const QString &profile) const = 0;
    // Where the secrets come from, for messages ("the environment").
    virtual QString sourceName() const = 0;
};

} // namespace numdesk
