#pragma once

#include <QComboBox>

namespace numdesk {

class ProfileStore;

// The toolbar's profile chooser: "Sandbox" first, then the saved profiles, then "Manage
// Accounts…". Choosing an entry with the mouse or keyboard emits profileChosen (empty name:
// the sandbox); "Manage Accounts…" emits manageAccountsRequested and keeps the current entry.
// setCurrentProfile() and reload() never emit.
class ProfileSwitcher : public QComboBox
{
    Q_OBJECT

public:
    explicit ProfileSwitcher(ProfileStore &profiles, QWidget *parent = nullptr);

    QString currentProfile() const; // empty: the sandbox
    // Shows `name` (empty: the sandbox); a name that is not saved shows the sandbox.
    void setCurrentProfile(const QString &name);

public slots:
    void reload(); // the saved profiles again, keeping the current one when it still exists

signals:
    void profileChosen(const QString &name);
    void manageAccountsRequested();

private:
    void onActivated(int index);

    ProfileStore &m_profiles;
    QString m_current;
};

} // namespace numdesk
