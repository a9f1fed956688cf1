#pragma once

#include "secretstore.h"

#include <QProcessEnvironment>

namespace numdesk {

// Secrets from environment variables, never from the command line (where any user of the
// machine can read them): NUMDESK_PUBLIC_KEY and NUMDESK_PRIVATE_KEY (basic), NUMDESK_TOKEN
// (token) and NUMDESK_AUTH_TOKEN (auth-token). The same variables serve every profile.
class EnvironmentSecretStore : public SecretStore
{
public:
    explicit EnvironmentSecretStore(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    std::optional<Credentials> credentials(const QString &profile, AuthMethod method,
                                           QString *error = nullptr) const override;
    std::optional<AuthMethod> availableMethod(const QString &profile) const override;
    QString sourceName() const override;

    // The variables that hold the secrets of `method`.
    static QStringList variables(AuthMethod method);

private:
    QProcessEnvironment m_environment;
};

} // namespace numdesk
