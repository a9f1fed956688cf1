#include "secretstoresetting.h"

#include "filesecretstore.h"
#include "keychainsecretstore.h"
#include "memorysecretstore.h"

#include <QSettings>

namespace numdesk {

namespace {

const QString &settingKey()
{
    static const QString key = QStringLiteral("secrets/storage");
    return key;
}

} // namespace

SecretStoreSetting::SecretStoreSetting()
    : m_owned(std::make_unique<QSettings>(QStringLiteral("NumbersDesk"), QStringLiteral("numdesk")))
    , m_settings(m_owned.get())
{}

SecretStoreSetting::SecretStoreSetting(QSettings *settings)
    : m_settings(settings)
{}

SecretStoreSetting::~SecretStoreSetting() = default;

SecretStorage SecretStoreSetting::storage() const
{
    return storageFromKey(m_settings->value(settingKey()).toString())
        .value_or(SecretStorage::Keychain);
}

void SecretStoreSetting::setStorage(SecretStorage storage)
{
    m_settings->setValue(settingKey(), storageKey(storage));
}

std::unique_ptr<SecretStore> SecretStoreSetting::createStore(SecretStorage storage)
{
    switch (storage) {
    case SecretStorage::Keychain:
        return std::make_unique<KeychainSecretStore>();
    case SecretStorage::File:
        return std::make_unique<FileSecretStore>();
    case SecretStorage::Session:
        break;
    }
    return std::make_unique<MemorySecretStore>();
}

QString SecretStoreSetting::storageKey(SecretStorage storage)
{
    switch (storage) {
    case SecretStorage::Keychain:
        return QStringLiteral("keychain");
    case SecretStorage::File:
        return QStringLiteral("file");
    case SecretStorage::Session:
        break;
    }
    return QStringLiteral("session");
}

std::optional<SecretStorage> SecretStoreSetting::storageFromKey(const QString &key)
{
    for (const SecretStorage storage :
         {SecretStorage::Keychain, SecretStorage::File, SecretStorage::Session}) {
        if (key == storageKey(storage))
            return storage;
    }
    return std::nullopt;
}

} // namespace numdesk
