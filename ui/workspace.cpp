#include "workspace.h"

#include "actionrunner.h"
#include "apidates.h"
#include "journal.h"
#include "lookupcache.h"
#include "numbertablemodel.h"
#include "sandboxhost.h"

#include <QFileInfo>

namespace numdesk {

namespace {

// Whether a number bought just now belongs in a view with this filter. The full-text filter is
// the server's to judge, so a number is not put into a full-text result.
bool filterShowsNewNumber(const NumberFilter &filter, const PhoneNumber &number)
{
    auto matches = [](const std::optional<qint64> &wanted, const std::optional<qint64> &actual) {
        return !wanted || wanted == actual;
    };
    if (!filter.fulltext.isEmpty() || filter.lastCallFrom.isValid() || filter.lastCallTo.isValid())
        return false;
    if (!matches(filter.offerId, number.offerId) ||
        !matches(filter.trafficSourceId, number.trafficSourceId) ||
        !matches(filter.providerConfigurationId, number.providerConfigurationId) ||
        !matches(filter.ringPoolId, number.ringPoolId))
        return false;
    if (!filter.number.isEmpty()) {
        QString digits;
        for (QChar c : filter.number) {
            if (c.isDigit())
                digits.append(c);
        }
        if (!number.number.contains(digits))
            return false;
    }
    if (filter.createdFrom.isValid() || filter.createdTo.isValid()) {
        const QDateTime created = dates::parseDate(number.createdAt);
        if (!created.isValid() || (filter.createdFrom.isValid() && created < filter.createdFrom) ||
            (filter.createdTo.isValid() && created > filter.createdTo))
            return false;
    }
    return true;
}

} // namespace

Workspace::Workspace(QObject *parent, const QString &journalPath)
    : QObject(parent)
    , m_client(new ApiClient(Account{}, this))
    , m_lookups(new LookupCache(m_client, this))
    , m_model(new NumberTableModel(m_client, m_lookups, this))
    , m_journal(new Journal(journalPath.isEmpty() ? Journal::defaultPath() : journalPath, this))
{
    // An unreadable journal is reported by the Activity panel; the app works on regardless.
    m_journal->load();
}

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
    m_sandbox = std::move(server);
    m_sandboxDatabasePath = QFileInfo(databasePath).absoluteFilePath();
    return useSandbox();
}

QString Workspace::snapshotProfileKey() const
{
    return m_onSandbox ? QStringLiteral("sandbox:") + m_sandboxDatabasePath
                       : QStringLiteral("profile:") + m_profileName;
}

bool Workspace::useSandbox()
{
    if (!m_sandbox)
        return false;
    const sandbox::Credentials demo = SandboxHost::demoCredentials();
    Account account;
    account.apiBase = m_sandbox->apiBaseUrl();
    account.credentials.method = AuthMethod::Basic;
    account.credentials.publicKey = demo.publicKey;
    account.credentials.privateKey = demo.privateKey;
    m_client->cancelAll();
    m_client->setAccount(account);
    m_onSandbox = true;
    m_profileName = tr("Sandbox");
    m_lookups->clear();
    m_lookups->refresh();
    emit accountChanged();
    return true;
}

void Workspace::useAccount(const QString &profileName, const Account &account)
{
    m_client->cancelAll();
    m_client->setAccount(account);
    m_onSandbox = false;
    m_profileName = profileName;
    m_lookups->clear();
    m_lookups->refresh();
    emit accountChanged();
}

void Workspace::applyPreferences(const Preferences &preferences)
{
    m_client->setRequestTimeout(preferences.requestTimeoutSeconds * 1000);
    m_client->setCallDeadline(preferences.callTimeLimitSeconds * 1000);
    m_client->setHttp2Enabled(preferences.http2);
    m_model->setPageSize(preferences.pageSize);
    m_model->setMaxRequestsInFlight(preferences.requestsInFlight);
    m_model->setDateFormat(preferences.dateFormat);
    m_defaultCountry = preferences.defaultCountry;
    m_model->setHomeRegion(m_defaultCountry);
}

QString Workspace::accountDescription() const
{
    const QString server =
        m_client->account()
            .apiBase.adjusted(QUrl::RemovePath | QUrl::RemoveUserInfo | QUrl::RemoveQuery)
            .toString();
    //: "Sandbox (http://127.0.0.1:41235)"
    return tr("%1 (%2)").arg(m_profileName, server);
}

void Workspace::releaseRunner(ActionRunner *runner)
{
    if (!runner)
        return;
    if (runner->isRunning())
        connect(runner, &ActionRunner::finished, runner, &QObject::deleteLater);
    else
        delete runner;
}

ActionRunner *Workspace::createRunner()
{
    auto *runner = new ActionRunner(m_client, m_journal, m_profileName, this);
    connect(runner, &ActionRunner::numberPurchased, this, [this](const PhoneNumber &number) {
        if (filterShowsNewNumber(m_model->filter(), number))
            m_model->insertNumber(number);
        else
            emit purchaseNotShown(number);
    });
    connect(runner, &ActionRunner::numberUpdated, m_model, &NumberTableModel::updateNumber);
    connect(runner, &ActionRunner::numberUnrented, m_model, &NumberTableModel::removeNumberById);
    return runner;
}

} // namespace numdesk
