#include "accountresolver.h"

#include "exitcode.h"
#include "profilestore.h"
#include "sandboxserver.h"
#include "secretstore.h"
#include "secretstoresetting.h"

#include <QEventLoop>
#include <QFileInfo>

#include <cstdio>

namespace numdesk::cli {

namespace {

// A command line tool may wait: reads in a local event loop (which keeps serving anything else
// that runs in this process).
SecretResult readAndWait(const SecretStore &store, const QString &profile,
                         std::optional<AuthMethod> method)
{
    std::optional<SecretResult> result;
    QEventLoop loop;
    QObject context;
    store.read(profile, method, &context, [&result, &loop](const SecretResult &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

AccountResolver::AccountResolver(const SecretStore &secrets, const ProfileStore &profiles,
                                 QProcessEnvironment environment, const SecretStore *savedSecrets)
    : m_secrets(secrets)
    , m_savedSecrets(savedSecrets)
    , m_profiles(profiles)
    , m_environment(std::move(environment))
{}

AccountResolver::~AccountResolver() = default;

const SecretStore &AccountResolver::savedSecrets()
{
    if (!m_savedSecrets) {
        m_ownedSavedSecrets = SecretStoreSetting::createStore(SecretStoreSetting().storage());
        m_savedSecrets = m_ownedSavedSecrets.get();
    }
    return *m_savedSecrets;
}

std::optional<Account> AccountResolver::startSandbox(const GlobalOptions &options, QString *error,
                                                     int *exitCode)
{
    sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.databasePath = m_environment.value(QStringLiteral("NUMDESK_SANDBOX_DB"));
    if (sandboxOptions.databasePath.isEmpty())
        sandboxOptions.databasePath = sandbox::SandboxServer::defaultDatabasePath();
    const QString numbers = m_environment.value(QStringLiteral("NUMDESK_SANDBOX_NUMBERS"));
    if (!numbers.isEmpty()) {
        bool ok = false;
        sandboxOptions.numbers = numbers.toInt(&ok);
        if (!ok || sandboxOptions.numbers < 0 || sandboxOptions.numbers > 10000000) {
            *error = tr("NUMDESK_SANDBOX_NUMBERS must be a whole number from 0 to 10000000 "
                        "(found '%1').")
                         .arg(numbers);
            *exitCode = UsageError;
            return std::nullopt;
        }
    }
    m_profileKey =
        QStringLiteral("sandbox:") + QFileInfo(sandboxOptions.databasePath).absoluteFilePath();
    m_sandbox = std::make_unique<sandbox::SandboxServer>(sandboxOptions);
    QString reason;
    if (!m_sandbox->start(0, &reason)) {
        *error = tr("The sandbox did not start: %1").arg(reason);
        *exitCode = ApiFailure;
        m_sandbox.reset();
        return std::nullopt;
    }
    if (!numbers.isEmpty() && !m_sandbox->generatedData() &&
        m_sandbox->numberCount() != sandboxOptions.numbers) {
        std::fputs(qPrintable(tr("Note: the sandbox reused its database %1; delete it or set "
                                 "NUMDESK_SANDBOX_DB to generate %2 numbers.\n")
                                  .arg(sandboxOptions.databasePath, numbers)),
                   stderr);
    }
    const sandbox::Credentials demo = sandbox::SandboxServer::demoCredentials();
    Account account;
    account.apiBase = m_sandbox->apiBaseUrl();
    account.credentials.method =
        options.auth.isEmpty() ? AuthMethod::Basic : *authMethodFromKey(options.auth);
    account.credentials.publicKey = demo.publicKey;
    account.credentials.privateKey = demo.privateKey;
    account.credentials.token =
        account.credentials.method == AuthMethod::Token ? demo.accessToken : demo.authToken;
    return account;
}

std::optional<Account> AccountResolver::resolve(const GlobalOptions &options, QString *error,
                                                int *exitCode)
{
    *exitCode = UsageError;
    if (options.sandbox)
        return startSandbox(options, error, exitCode);

    QString baseUrl = options.baseUrl;
    std::optional<AuthMethod> method;
    if (!options.auth.isEmpty())
        method = authMethodFromKey(options.auth);
    if (!options.profile.isEmpty()) {
        const std::optional<Profile> profile = m_profiles.profile(options.profile, error);
        if (!profile)
            return std::nullopt;
        baseUrl = profile->baseUrl;
        if (!method)
            method = profile->auth;
    }
    if (baseUrl.isEmpty()) {
        *error = tr("Say which account to use: --base-url URL, --profile NAME or --sandbox.");
        return std::nullopt;
    }
    QString reason;
    const std::optional<QUrl> apiBase = Account::apiBaseFromInput(baseUrl, &reason);
    if (!apiBase) {
        *error = tr("Bad account address: %1").arg(reason);
        return std::nullopt;
    }
    // The environment first (it is how scripts say "use these"), then a profile's saved secrets.
    SecretResult found = readAndWait(m_secrets, options.profile, method);
    if (!found.ok() && !options.profile.isEmpty()) {
        const SecretResult saved = readAndWait(savedSecrets(), options.profile, method);
        if (saved.ok()) {
            found = saved;
        } else {
            *error = tr("No credentials for profile '%1'. %2 Saved secrets: %3")
                         .arg(options.profile, found.message, saved.message);
            return std::nullopt;
        }
    }
    if (!found.ok()) {
        *error = method ? found.message
                        : tr("No credentials: set NUMDESK_PUBLIC_KEY and NUMDESK_PRIVATE_KEY, "
                             "NUMDESK_TOKEN or NUMDESK_AUTH_TOKEN in the environment.");
        return std::nullopt;
    }
    Account account;
    account.apiBase = *apiBase;
    account.credentials = *found.credentials;
    m_profileKey = options.profile.isEmpty() ? QStringLiteral("url:") + apiBase->toString()
                                             : QStringLiteral("profile:") + options.profile;
    return account;
}

} // namespace numdesk::cli
