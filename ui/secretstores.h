#pragma once

#include "secretstore.h"
#include "secretstoresetting.h"

#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace numdesk {

// The stores the window can keep profile secrets in — the system keychain, a file only the
// user can read, this session's memory — and which one is in use: the user's choice
// (SecretStoreSetting, "secrets/storage", shared with numdesk-cli), except that while the
// keychain is chosen but cannot be used, secrets are kept for this session only (nothing is
// written anywhere the user did not choose).
class SecretStores : public QObject
{
    Q_OBJECT

public:
    // `keychain` may be null (no keychain support): it then counts as unusable. The stores are
    // not owned and must outlive this object. `settings` null: the application's settings.
    SecretStores(SecretStore *keychain, SecretStore *file, SecretStore *session,
                 QSettings *settings = nullptr, QObject *parent = nullptr);
    ~SecretStores() override;

    // Asks the keychain whether it works (it may have to ask its backend); emits changed().
    void checkKeychain();
    bool isKeychainUsable() const;
    QString keychainProblem() const; // why not, when it is not usable

    SecretStorage choice() const;
    void setChoice(SecretStorage storage); // saved at once; emits changed()
    // The store secrets are written to and read from now.
    SecretStore *current() const;
    SecretStore *store(SecretStorage storage) const;

signals:
    void changed();

private:
    SecretStore *m_keychain;
    SecretStore *m_file;
    SecretStore *m_session;
    std::unique_ptr<SecretStoreSetting> m_setting;
    bool m_keychainChecked = false;
    bool m_keychainWorks = false;
    QString m_keychainProblem;
};

} // namespace numdesk
