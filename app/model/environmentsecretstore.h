#pragma once

#include "secretstore.h"

#include <QCoreApplication>

#include <QProcessEnvironment>

namespace numdesk {

// Secrets from environment variables, never from the command line (where any user of the
// machine can read them): NUMDESK_PUBLIC_KEY and NUMDESK_PRIVATE_KEY (basic), NUMDESK_TOKEN
// (token) and NUMDESK_AUTH_TOKEN (auth-token). The same variables serve every profile.
// Read-only; it answers at once, so it also offers synchronous reads.
class EnvironmentSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::EnvironmentSecretStore)

public:
    explicit EnvironmentSecretStore(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    QString sourceName() const override;
    QString backendName() const override { return QStringLiteral("environment"); }
    bool isPersistent() const override { return false; }
    bool isWritable() const override { return false; }
    SecretAvailability availability() const override { return SecretAvailability::Available; }

    // The complete credentials for `method`; nullopt and a reason naming what is missing.
    std::optional<Credentials> credentials(const QString &profile, AuthMethod method,
                                           QString *error = nullptr) const;
    // The first method, in the order basic, token, auth-token, with complete secrets.
    std::optional<AuthMethod> availableMethod(const QString &profile) const;

    // The variables that hold the secrets of `method`.
    static QStringList variables(AuthMethod method);

protected:
    void readSecrets(const QString &profile, std::optional<AuthMethod> method, QObject *context,
                     Callback done) const override;

private:
    QProcessEnvironment m_environment;
};

} // namespace numdesk
