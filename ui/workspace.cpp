#include "workspace.h"

#include "lookupcache.h"
#include "numbertablemodel.h"
#include "sandboxhost.h"

namespace numdesk {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(Account{}, this))
    , m_lookups(new LookupCache(m_client, this))
    , m_model(new NumberTableModel(m_client, m_lookups, this))
{}

Workspace::~Workspace()
{
    // The model's calls go through the client; stop them before the sandbox goes away.
    m_client->cancelAll();
}

bool Workspace::startSandbox(const QString &databasePath, int numbers, QString *error)
{
    sandbox::SandboxOptions options;
    options.databasePath = databasePath;
    options.numbers = numbers;
    auto server = std::make_unique<SandboxHost>();
    if (!server->start(options, error))
        return false;
    const sandbox::Credentials demo = SandboxHost::demoCredentials();
    Account account;
    account.apiBase = server->apiBaseUrl();
    account.credentials.method = AuthMethod::Basic;
    account.credentials.publicKey = demo.publicKey;
    account.credentials.privateKey = demo.privateKey;
    m_client->setAccount(account);
    m_sandbox = std::move(server);
    m_profileName = tr("Sandbox");
    m_lookups->clear();
    m_lookups->refresh();
    emit accountChanged();
    return true;
}

void Workspace::useAccount(const QString &profileName, const Account &account)
{
    m_client->setAccount(account);
    m_sandbox.reset();
    m_profileName = profileName;
    m_lookups->clear();
    m_lookups->refresh();
    emit accountChanged();
}

} // namespace numdesk
