#pragma once

#include "secretstore.h"

#include <memory>
#include <optional>

class QSettings;

namespace numdesk {

// Where saved secrets live, as the user chose: the system keychain (the default), a file
// readable only by them, or nowhere (typed each session).
enum class SecretStorage
{
    Keychain,
    File,
    Session
};

// The choice in QSettings, key "secrets/storage" (keychain | file | session), shared by the
// window and numdesk-cli.
class SecretStoreSetting
{
public:
    SecretStoreSetting();                             // the application's settings
    explicit SecretStoreSetting(QSettings *settings); // not owned
    ~SecretStoreSetting();

    SecretStorage storage() const;
    void setStorage(SecretStorage storage);

    // KeychainSecretStore, FileSecretStore at its default path, or an empty MemorySecretStore.
    static std::unique_ptr<SecretStore> createStore(SecretStorage storage);
    static QString storageKey(SecretStorage storage);
    static std::optional<SecretStorage> storageFromKey(const QString &key);

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};

} // namespace numdesk
