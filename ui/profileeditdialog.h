#pragma once

#include "connectiontester.h"
#include "profilestore.h"

#include <QColor>
#include <QDialog>
#include <QPalette>

#include <functional>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QFormLayout;

namespace numdesk {

class SecretStores;

// The colour of error text on `palette` (light or dark).
QColor errorTextColor(const QPalette &palette);

// Add or edit one profile: its name, where it is (a TrackDrive subdomain or a full base URL),
// how it signs in, and the secrets of that method (typed hidden). Test Connection tries what is
// typed before anything is saved. Save writes the secrets first (SecretStores::current()) and
// then the profile (ProfileStore), so that no profile is left pointing at missing secrets; a
// failure keeps the dialog open with everything typed. Editing keeps the saved secrets when the
// secret fields are left empty and the method is unchanged. The name "sandbox" is the built-in
// sandbox's and cannot be taken.
class ProfileEditDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing`: the profile to edit (its name cannot change), or nullopt to add one.
    ProfileEditDialog(ProfileStore &profiles, SecretStores &secrets,
                      std::optional<Profile> existing, QWidget *parent = nullptr);
    ~ProfileEditDialog() override;

    // What the form says now (the base URL as the user gave it: "https://acme.trackdrive.com"
    // for the subdomain "acme").
    Profile profile() const;
    Credentials typedCredentials() const;
    // Problems that keep Save disabled, for the status line; empty when it can be saved.
    QString problem() const;
    bool isEditing() const { return m_existing.has_value(); }
    void setConnectionOptions(int timeoutMs, bool http2);
    static bool isReservedName(const QString &name); // "sandbox", any case

public slots:
    void accept() override; // saves, then closes
    void testConnection();

signals:
    void saved(const numdesk::Profile &profile);
    void testFinished(const numdesk::ConnectionTestResult &result);

private:
    void buildForm();
    void load(const Profile &profile);
    void updateState();
    void updateSecretPlaceholders();
    void showSecretRows();
    bool secretsTyped() const;
    void withCredentials(const std::function<void(std::optional<Credentials>, QString)> &then);
    void showStatus(const QString &text, bool error);
    void setBusy(bool busy);
    void saveProfile();

    ProfileStore &m_profiles;
    SecretStores &m_secrets;
    std::optional<Profile> m_existing;
    std::optional<AuthMethod> m_savedMethod; // the method of the saved secrets, when any
    ConnectionTester *m_tester;
    bool m_busy = false;

    QLineEdit *m_name = nullptr;
    QRadioButton *m_useSubdomain = nullptr;
    QRadioButton *m_useBaseUrl = nullptr;
    QLineEdit *m_subdomain = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_addressPreview = nullptr;
    QComboBox *m_method = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_publicKey = nullptr;
    QLineEdit *m_privateKey = nullptr;
    QLineEdit *m_accessToken = nullptr;
    QLineEdit *m_authToken = nullptr;
    QLabel *m_legacyWarning = nullptr;
    QLabel *m_secretsWhere = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace numdesk
