#pragma once

#include "apiclient.h"
#include "preferences.h"

#include <QObject>
#include <QString>

#include <memory>

namespace numdesk {

class ActionRunner;
class Journal;
class LookupCache;
class NumberTableModel;
class SandboxHost;

// What one window works on: the account's client, its lookups and the table model over it, and
// the in-process sandbox when the app runs without an account.
class Workspace : public QObject
{
    Q_OBJECT

public:
    // The activity journal is read from `journalPath` (Journal::defaultPath() when empty).
    explicit Workspace(QObject *parent = nullptr, const QString &journalPath = {});
    ~Workspace() override;

    // Starts the in-process TrackDrive sandbox on 127.0.0.1 (ephemeral port) with its database
    // at `databasePath` (created with demo data on first use) and points the client at it.
    bool startSandbox(const QString &databasePath, int numbers, QString *error);
    // Points the client at a real account; the in-process sandbox keeps running for useSandbox().
    void useAccount(const QString &profileName, const Account &account);
    // Back to the in-process sandbox started by startSandbox(); false when there is none.
    bool useSandbox();
    // Table, network and display settings; they act from the next request (the table re-pages
    // its current query keeping rows and scroll position).
    void applyPreferences(const Preferences &preferences);
    // The country numbers typed without a country code belong to, and whose numbers are shown
    // in their national form (Preferences; the US until they are applied).
    QString defaultCountry() const { return m_defaultCountry; }

    ApiClient *client() const { return m_client; }
    LookupCache *lookups() const { return m_lookups; }
    NumberTableModel *model() const { return m_model; }
    SandboxHost *sandbox() const { return m_sandbox.get(); }
    Journal *journal() const { return m_journal; }
    bool isSandbox() const { return m_onSandbox; }
    // "Sandbox (http://127.0.0.1:41235)" or "acme (https://acme.trackdrive.com)": what a
    // confirmation names so that the operator knows which account pays.
    QString accountDescription() const;

    // A runner for a batch of purchases, updates or unrents on this account. Its results go
    // into the table in place: a bought number is inserted when the filter shows it, a changed
    // one is refreshed, an unrented one removed.
    // The runner belongs to the workspace, not to the dialog that shows it: a dialog closed while
    // a purchase is on its way must not lose its answer (the journal's outcome, the table).
    ActionRunner *createRunner();
    // The dialog is done with `runner`: deleted now, or once what is on its way has ended.
    static void releaseRunner(ActionRunner *runner);
    QString profileName() const { return m_profileName; }
    // What tells this account's snapshots apart (as numdesk-cli keys them): "sandbox:<its
    // database file>" or "profile:<name>".
    QString snapshotProfileKey() const;

signals:
    void accountChanged();
    // A bought number the current filter does not (or may not) show.
    void purchaseNotShown(const numdesk::PhoneNumber &number);

private:
    ApiClient *m_client;
    LookupCache *m_lookups;
    NumberTableModel *m_model;
    Journal *m_journal;
    std::unique_ptr<SandboxHost> m_sandbox;
    QString m_profileName;
    QString m_sandboxDatabasePath;
    QString m_defaultCountry = Preferences::defaultCountryCode();
    bool m_onSandbox = false;
};

} // namespace numdesk
