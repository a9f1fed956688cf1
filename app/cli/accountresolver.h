#pragma once

#include "account.h"
#include "globaloptions.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

namespace numdesk {
class ProfileStore;
class SecretStore;
namespace sandbox {
class SandboxServer;
}
} // namespace numdesk

namespace numdesk::cli {

// Turns the global options into an Account: a base URL, a profile or the in-process sandbox,
// with secrets from a SecretStore (or the sandbox's demo credentials). Keeps the sandbox
// running while it exists.
class AccountResolver
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::AccountResolver)

public:
    AccountResolver(const SecretStore &secrets, const ProfileStore &profiles,
                    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    ~AccountResolver();

    // nullopt, a reason and the exit code (2 bad usage, 1 sandbox failure) when no account.
    std::optional<Account> resolve(const GlobalOptions &options, QString *error, int *exitCode);
    bool usesSandbox() const { return m_sandbox != nullptr; }

private:
    std::optional<Account> startSandbox(const GlobalOptions &options, QString *error,
                                        int *exitCode);

    const SecretStore &m_secrets;
    const ProfileStore &m_profiles;
    QProcessEnvironment m_environment;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
};

} // namespace numdesk::cli
