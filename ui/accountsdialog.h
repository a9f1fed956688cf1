#pragma once

#include "account.h"
#include "connectiontester.h"
#include "profilestore.h"
#include "secretstoresetting.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace numdesk {

class ProfileEditDialog;
class SecretStores;

// Settings > Accounts…: the profiles, with Add, Edit, Remove and Test Connection. The built-in
// sandbox is always the first entry; it can be tested but not edited or removed. Profiles live
// in ProfileStore (never a secret), secrets in SecretStores::current(). Where the system
// keychain cannot be used the dialog says so at the top and lets the user choose between
// typing secrets each session and saving them in a file only they can read (with a warning).
// Add and Edit open a ProfileEditDialog (a child, window-modal); Remove asks first.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(ProfileStore &profiles, SecretStores &secrets, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Where the Sandbox entry's test goes (the running sandbox's address and demo credentials);
    // without it that test says the sandbox is not running.
    void setSandboxAccount(const Account &account);
    // The preferences' request timeout and HTTP/2 switch, for tests of a connection.
    void setConnectionOptions(int timeoutMs, bool http2);

    // The selected entry: a profile name, or empty for the sandbox.
    QString selectedProfile() const;
    void selectProfile(const QString &name); // empty: the sandbox
    QStringList listedProfiles() const;      // the profile entries, sandbox not included
    // The editor open now, if any (for tests and for an "edit this profile" shortcut).
    ProfileEditDialog *editor() const { return m_editor; }

public slots:
    void reload();
    void addProfile();
    void editProfile(); // the selected one
    void removeProfile();
    void testConnection();

signals:
    void profileSaved(const QString &name);
    void profileRemoved(const QString &name);
    void profilesChanged();
    void testFinished(const numdesk::ConnectionTestResult &result);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void updateButtons();
    void updateKeychainNotice();
    void fitHeight();
    void showDetails();
    // Saves the choice and moves the profiles' saved secrets to the store now in use.
    void changeStorage(SecretStorage storage);
    void showResult(const QString &text, bool error, const QString &detail = {});
    void openEditor(std::optional<Profile> existing);

    ProfileStore &m_profiles;
    SecretStores &m_secrets;
    std::optional<Account> m_sandbox;
    ConnectionTester *m_tester;
    QPointer<ProfileEditDialog> m_editor;
    int m_timeoutMs = 15000;
    bool m_http2 = true;

    QFrame *m_keychainNotice = nullptr;
    QLabel *m_keychainText = nullptr;
    QRadioButton *m_keychainChoice = nullptr;
    QRadioButton *m_sessionChoice = nullptr;
    QRadioButton *m_fileChoice = nullptr;
    QLabel *m_fileWarning = nullptr;
    QLineEdit *m_filePath = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace numdesk
