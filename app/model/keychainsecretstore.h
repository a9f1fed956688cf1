#pragma once

#include "secretstore.h"

#include <QCoreApplication>

#include <QString>

#include <memory>

class QObject;

namespace numdesk {

// Secrets in the system keychain through QtKeychain (Secret Service / GNOME Keyring, KWallet,
// macOS Keychain, Windows Credential Store): one entry per profile, service "NumbersDesk",
// key the profile name, value the credentials as JSON.
//
// Whether a backend exists is known only by asking it: availability() is Unknown until
// checkAvailability() or a first call answers. A headless machine has none (QtKeychain says
// NoBackendAvailable, NotImplemented or OtherError): those answers, and no answer within
// timeout(), are Unavailable, and availability() remembers it. A keychain may prompt the
// user to unlock it, so the timeout is generous.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::KeychainSecretStore)

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("NumbersDesk"));
    ~KeychainSecretStore() override;

    QString sourceName() const override;
    QString backendName() const override { return QStringLiteral("keychain"); }
    bool isPersistent() const override { return true; }
    bool isWritable() const override { return true; }
    SecretAvailability availability() const override { return m_availability; }
    QString unavailableReason() const override { return m_unavailableReason; }
    void checkAvailability(QObject *context, Callback done) const override;

    int timeout() const { return m_timeoutMs; }
    // QtKeychain's error text as the user reads it: its untranslated "Unknown error" in the
    // UI's language.
    static QString readableError(const QString &text);
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

protected:
    void readSecrets(const QString &profile, std::optional<AuthMethod> method, QObject *context,
                     Callback done) const override;
    void writeSecrets(const QString &profile, const Credentials &credentials, QObject *context,
                      Callback done) override;
    void removeSecrets(const QString &profile, QObject *context, Callback done) override;

private:
    enum class Operation
    {
        Probe,
        Read,
        Write,
        Remove
    };
    void run(Operation operation, const QString &key, const QByteArray &data, QObject *context,
             Callback done) const;
    SecretResult answer(Operation operation, const QString &key, int error,
                        const QString &errorText, const QByteArray &data) const;

    QString m_service;
    int m_timeoutMs = 60000;
    mutable SecretAvailability m_availability = SecretAvailability::Unknown;
    mutable QString m_unavailableReason;
    // Parent of the running QtKeychain jobs: they die with the store.
    std::unique_ptr<QObject> m_jobs;
};

} // namespace numdesk
