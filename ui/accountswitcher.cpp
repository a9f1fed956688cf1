#include "accountswitcher.h"

#include "workspace.h"

#include <QSettings>
#include <QStandardPaths>

namespace numdesk {

namespace {

const QString kLastProfileKey = QStringLiteral("accounts/current");

} // namespace

AccountSwitcher::AccountSwitcher(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(new SecretStores(QStandardPaths::isTestModeEnabled()
                                     ? static_cast<SecretStore *>(&m_testKeychain)
                                     : static_cast<SecretStore *>(&m_keychain),
                                 &m_file, &m_session, nullptr, this))
{
    m_secrets->checkKeychain();
}

AccountSwitcher::~AccountSwitcher() = default;

void AccountSwitcher::restoreLast()
{
    const QString last = QSettings().value(kLastProfileKey).toString();
    if (!last.isEmpty() && m_profiles.contains(last))
        switchTo(last);
}

void AccountSwitcher::switchTo(const QString &name)
{
    const int attempt = ++m_attempt; // a newer choice wins over a read still on its way
    if (name.isEmpty()) {
        if (!m_workspace->useSandbox()) {
            emit failed(name, tr("The built-in sandbox is not running."), false);
            return;
        }
        m_current.clear();
        QSettings().setValue(kLastProfileKey, QString());
        emit switched(name);
        return;
    }
    QString error;
    const std::optional<Profile> profile = m_profiles.profile(name, &error);
    const std::optional<QUrl> base =
        profile ? Account::apiBaseFromInput(profile->baseUrl, &error) : std::nullopt;
    if (!profile || !base) {
        emit failed(name, error, false);
        return;
    }
    const Profile chosen = *profile;
    m_secrets->current()->read(
        name, chosen.auth, this, [this, attempt, name, base](const SecretResult &result) {
            if (attempt != m_attempt)
                return;
            if (!result.ok() || !result.credentials) {
                emit failed(name, result.message,
                            result.status == SecretStatus::NotFound ||
                                result.status == SecretStatus::Unavailable);
                return;
            }
            m_workspace->useAccount(name, Account{*base, *result.credentials});
            m_current = name;
            QSettings().setValue(kLastProfileKey, name);
            emit switched(name);
        });
}

} // namespace numdesk
