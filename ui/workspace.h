#pragma once

#include "apiclient.h"

#include <QObject>
#include <QString>

#include <memory>

namespace numdesk {

class LookupCache;
class NumberTableModel;
class SandboxHost;

// What one window works on: the account's client, its lookups and the table model over it, and
// the in-process sandbox when the app runs without an account.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Starts the in-process TrackDrive sandbox on 127.0.0.1 (ephemeral port) with its database
    // at `databasePath` (created with demo data on first use) and points the client at it.
    bool startSandbox(const QString &databasePath, int numbers, QString *error);
    void useAccount(const QString &profileName, const Account &account);

    ApiClient *client() const { return m_client; }
    LookupCache *lookups() const { return m_lookups; }
    NumberTableModel *model() const { return m_model; }
    SandboxHost *sandbox() const { return m_sandbox.get(); }
    bool isSandbox() const { return m_sandbox != nullptr; }
    QString profileName() const { return m_profileName; }

signals:
    void accountChanged();

private:
    ApiClient *m_client;
    LookupCache *m_lookups;
    NumberTableModel *m_model;
    std::unique_ptr<SandboxHost> m_sandbox;
    QString m_profileName;
};

} // namespace numdesk
