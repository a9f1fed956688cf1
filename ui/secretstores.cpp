#include "secretstores.h"

#include <QSettings>

namespace numdesk {

SecretStores::SecretStores(SecretStore *keychain, SecretStore *file, SecretStore *session,
                           QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_file(file)
    , m_session(session)
    , m_setting(settings ? std::make_unique<SecretStoreSetting>(settings)
                         : std::make_unique<SecretStoreSetting>())
{}

SecretStores::~SecretStores() = default;

void SecretStores::checkKeychain()
{
    if (!m_keychain) {
        m_keychainChecked = true;
        emit changed();
        return;
    }
    m_keychain->checkAvailability(this, [this](const SecretResult &result) {
        m_keychainChecked = true;
        m_keychainWorks = result.ok();
        m_keychainProblem = result.message;
        emit changed();
    });
}

bool SecretStores::isKeychainUsable() const
{
    if (!m_keychain)
        return false;
    if (m_keychainChecked)
        return m_keychainWorks;
    return m_keychain->availability() != SecretAvailability::Unavailable;
}

QString SecretStores::keychainProblem() const
{
    if (isKeychainUsable())
        return {};
    if (!m_keychain)
        return tr("Numbers Desk was built without keychain support.");
    QString reason = m_keychainProblem;
    if (reason.isEmpty())
        reason = m_keychain->unavailableReason();
    return reason.isEmpty() ? tr("The system keychain cannot be used here.") : reason;
}

SecretStorage SecretStores::choice() const
{
    return m_setting->storage();
}

void SecretStores::setChoice(SecretStorage storage)
{
    if (storage == choice())
        return;
    m_setting->setStorage(storage);
    emit changed();
}

SecretStore *SecretStores::store(SecretStorage storage) const
{
    switch (storage) {
    case SecretStorage::Keychain:
        return m_keychain;
    case SecretStorage::File:
        return m_file;
    case SecretStorage::Session:
        break;
    }
    return m_session;
}

SecretStore *SecretStores::current() const
{
    const SecretStorage chosen = choice();
    if (chosen == SecretStorage::Keychain && !isKeychainUsable())
        return m_session;
    SecretStore *chosenStore = store(chosen);
    return chosenStore ? chosenStore : m_session;
}

} // namespace numdesk
