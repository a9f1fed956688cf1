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
// with secrets from `secrets` (the environment), else for a profile from where the user saves
// secrets (SecretStoreSetting: the keychain or the private file), or the sandbox's demo
// credentials. Never from the command line. Keeps the sandbox running while it exists.
class AccountResolver
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::cli::AccountResolver)

public:
    // `savedSecrets` (not owned): the store of saved secrets; nullptr: the one the user chose.
    AccountResolver(const SecretStore &secrets, const ProfileStore &profiles,
                    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                    const SecretStore *savedSecrets = nullptr);
    ~AccountResolver();

    // nullopt, a reason and the exit code (2 bad usage, 1 sandbox failure) when no account.
    std::optional<Account> resolve(const GlobalOptions &options, QString *error, int *exitCode);
    bool usesSandbox() const { return m_sandbox != nullptr; }
    // What tells this account's snapshots apart from another's: "sandbox:<its database
    // file>" (whatever port it got), "profile:<name>" or "url:<API base>". Once resolved.
    QString profileKey() const { return m_profileKey; }

private:
    std::optional<Account> startSandbox(const GlobalOptions &options, QString *error,
                                        int *exitCode);

    const SecretStore &savedSecrets();

    const SecretStore &m_secrets;
    const SecretStore *m_savedSecrets = nullptr;
    std::unique_ptr<SecretStore> m_ownedSavedSecrets;
    const ProfileStore &m_profiles;
    QProcessEnvironment m_environment;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QString m_profileKey;
};

} // namespace numdesk::cli
