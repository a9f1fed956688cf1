#include "profileswitcher.h"

#include "profilestore.h"

namespace numdesk {

namespace {

enum class Entry
{
    None, // the separator
    Sandbox,
    Profile,
    Manage
};
constexpr int kEntryRole = Qt::UserRole + 1;

} // namespace

ProfileSwitcher::ProfileSwitcher(ProfileStore &profiles, QWidget *parent)
    : QComboBox(parent)
    , m_profiles(profiles)
{
    setAccessibleName(tr("Profile"));
    setToolTip(tr("The account this window works on"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, &ProfileSwitcher::onActivated);
    reload();
}

QString ProfileSwitcher::currentProfile() const
{
    return m_current;
}

void ProfileSwitcher::setCurrentProfile(const QString &name)
{
    m_current = m_profiles.contains(name) ? name : QString();
    const QSignalBlocker blocker(this);
    for (int i = 0; i < count(); ++i) {
        const Entry entry = Entry(itemData(i, kEntryRole).toInt());
        if ((entry == Entry::Sandbox && m_current.isEmpty()) ||
            (entry == Entry::Profile && itemText(i) == m_current)) {
            setCurrentIndex(i);
            return;
        }
    }
}

void ProfileSwitcher::reload()
{
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("Sandbox"));
    setItemData(0, int(Entry::Sandbox), kEntryRole);
    setItemData(0, tr("The built-in sandbox: demo numbers on this computer"), Qt::ToolTipRole);
    const QStringList names = m_profiles.names();
    for (const QString &name : names) {
        addItem(name);
        setItemData(count() - 1, int(Entry::Profile), kEntryRole);
        if (const auto profile = m_profiles.profile(name))
            setItemData(count() - 1, profile->baseUrl, Qt::ToolTipRole);
    }
    insertSeparator(count());
    addItem(tr("Manage Accounts…"));
    setItemData(count() - 1, int(Entry::Manage), kEntryRole);
    setCurrentProfile(m_current);
}

void ProfileSwitcher::onActivated(int index)
{
    const Entry entry = Entry(itemData(index, kEntryRole).toInt());
    if (entry == Entry::Manage) {
        setCurrentProfile(m_current);
        emit manageAccountsRequested();
        return;
    }
    const QString chosen = entry == Entry::Profile ? itemText(index) : QString();
    if (chosen == m_current)
        return;
    m_current = chosen;
    emit profileChosen(chosen);
}

} // namespace numdesk
