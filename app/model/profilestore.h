#pragma once

#include "account.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace numdesk {

// A named account: where (base URL) and how (auth method). Never a secret: those come from a
// SecretStore.
struct Profile
{
    QString name;
    QString baseUrl;
    AuthMethod auth = AuthMethod::Basic;

    bool operator==(const Profile &o) const
    {
        return name == o.name && baseUrl == o.baseUrl && auth == o.auth;
    }
    bool operator!=(const Profile &o) const { return !(*this == o); }
};

// Reads and writes profiles in QSettings (organization "NumbersDesk", application "numdesk"):
// group "profiles/<name>" with the keys "baseUrl" and "auth" (basic | token | auth-token).
class ProfileStore
{
public:
    // Uses the application's settings.
    ProfileStore();
    // Uses `settings` (not owned), e.g. an INI file in a test.
    explicit ProfileStore(QSettings *settings);
    ~ProfileStore();

    QStringList names() const; // sorted
    bool contains(const QString &name) const;
    // nullopt and a reason when there is no such profile or what is stored cannot be used.
    std::optional<Profile> profile(const QString &name, QString *error = nullptr) const;
    // Checks the name, the base URL (Account::apiBaseFromInput) and writes the profile.
    bool save(const Profile &profile, QString *error = nullptr);
    bool remove(const QString &name);

    // Letters, digits, '-', '_' and '.', 1 to 64 of them: a name that is safe as a settings
    // group and on a command line.
    static bool isValidName(const QString &name);

private:
    QSettings *settings() const;

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};

} // namespace numdesk
