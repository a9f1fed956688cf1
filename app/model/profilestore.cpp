#include "profilestore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace numdesk {

namespace {

// The messages of this file: Text::tr("…") is what lupdate reads (it cannot see a literal
// passed to a helper).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::ProfileStore)
};

const QString &profilesGroup()
{
    static const QString group = QStringLiteral("profiles");
    return group;
}

} // namespace

ProfileStore::ProfileStore()
    : m_owned(std::make_unique<QSettings>(QStringLiteral("NumbersDesk"), QStringLiteral("numdesk")))
    , m_settings(m_owned.get())
{}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{}

ProfileStore::~ProfileStore() = default;

QSettings *ProfileStore::settings() const
{
    return m_settings;
}

bool ProfileStore::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(name).hasMatch() && name != QLatin1String(".") &&
           name != QLatin1String("..");
}

QStringList ProfileStore::names() const
{
    settings()->beginGroup(profilesGroup());
    QStringList list = settings()->childGroups();
    settings()->endGroup();
    list.sort();
    return list;
}

bool ProfileStore::contains(const QString &name) const
{
    return isValidName(name) && names().contains(name);
}

std::optional<Profile> ProfileStore::profile(const QString &name, QString *error) const
{
    auto fail = [error](const QString &why) -> std::optional<Profile> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!contains(name))
        return fail(Text::tr("There is no profile named '%1'.").arg(name));
    settings()->beginGroup(profilesGroup() + QLatin1Char('/') + name);
    const QString baseUrl = settings()->value(QStringLiteral("baseUrl")).toString();
    const QString auth = settings()->value(QStringLiteral("auth")).toString();
    settings()->endGroup();
    const std::optional<AuthMethod> method =
        auth.isEmpty() ? std::optional<AuthMethod>(AuthMethod::Basic) : authMethodFromKey(auth);
    if (!method)
        return fail(Text::tr("Profile '%1' has an unknown auth method '%2' (use basic, token or "
                             "auth-token).")
                        .arg(name, auth));
    if (baseUrl.isEmpty())
        return fail(Text::tr("Profile '%1' has no base URL.").arg(name));
    return Profile{name, baseUrl, *method};
}

bool ProfileStore::save(const Profile &profile, QString *error)
{
    if (!isValidName(profile.name)) {
        if (error)
            *error =
                Text::tr("'%1' is not a usable profile name (use letters, digits, '-', '_' and "
                         "'.').")
                    .arg(profile.name);
        return false;
    }
    QString reason;
    if (!Account::apiBaseFromInput(profile.baseUrl, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    settings()->beginGroup(profilesGroup() + QLatin1Char('/') + profile.name);
    settings()->setValue(QStringLiteral("baseUrl"), profile.baseUrl);
    settings()->setValue(QStringLiteral("auth"), authMethodKey(profile.auth));
    settings()->endGroup();
    settings()->sync();
    if (settings()->status() != QSettings::NoError) {
        if (error)
            *error = Text::tr("The settings could not be written.");
        return false;
    }
    return true;
}

bool ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return false;
    settings()->remove(profilesGroup() + QLatin1Char('/') + name);
    settings()->sync();
    return true;
}

} // namespace numdesk
