#pragma once

#include "filesecretstore.h"
#include "keychainsecretstore.h"
#include "memorysecretstore.h"
#include "profilestore.h"
#include "secretstores.h"

#include <QObject>
#include <QString>

namespace numdesk {

class Workspace;

// Which account the window works on: the sandbox or a saved profile whose secrets come from the
// store the user chose (keychain, a private file, or this session's memory). Switching reads the
// secrets asynchronously and then points the Workspace at the account; the last profile used is
// opened again at the next start.
class AccountSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit AccountSwitcher(Workspace *workspace, QObject *parent = nullptr);
    ~AccountSwitcher() override;

    ProfileStore &profiles() { return m_profiles; }
    SecretStores &secrets() { return *m_secrets; }
    QString currentProfile() const { return m_current; } // empty: the sandbox

    // Empty name: the sandbox. Emits switched() or failed().
    void switchTo(const QString &name);
    // The profile saved as last used, or the sandbox.
    void restoreLast();

signals:
    void switched(const QString &name);
    // The account cannot be opened: `name` stays unopened, the window stays where it was.
    // needsSecrets: nothing is saved for it (e.g. "type each session" after a restart).
    void failed(const QString &name, const QString &reason, bool needsSecrets);

private:
    Workspace *m_workspace;
    ProfileStore m_profiles;
    KeychainSecretStore m_keychain;
    // Stands in for the system keychain in QStandardPaths' test mode: no test reads or writes
    // the keychain of the user who runs it.
    MemorySecretStore m_testKeychain;
    FileSecretStore m_file;
    MemorySecretStore m_session;
    SecretStores *m_secrets;
    QString m_current;
    int m_attempt = 0;
};

} // namespace numdesk
