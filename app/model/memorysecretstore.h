#pragma once

#include "secretstore.h"

#include <QCoreApplication>

#include <QHash>
#include <QStringList>

namespace numdesk {

// Secrets held in memory for as long as the store lives: the "type it each session" choice
// where no keychain exists, and the fake for tests (which can make it unavailable or
// failing, and look at what was saved).
class MemorySecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::MemorySecretStore)

public:
    MemorySecretStore();

    QString sourceName() const override;
    QString backendName() const override { return QStringLiteral("memory"); }
    bool isPersistent() const override { return false; }
    bool isWritable() const override { return true; }
    SecretAvailability availability() const override;
    QString unavailableReason() const override { return m_unavailableReason; }

    // Test hooks: every call answers Unavailable with `reason` (an empty reason: available
    // again); or answers `status` with `message` from the next calls on (Ok: normal answers
    // again), or only the next removals.
    enum class FailingCalls
    {
        All,
        Removals
    };
    void setUnavailable(const QString &reason);
    void setFailure(SecretStatus status, const QString &message,
                    FailingCalls calls = FailingCalls::All);

    // What is saved now, without waiting.
    QStringList profiles() const; // sorted
    std::optional<Credentials> saved(const QString &profile) const;
    int callCount() const { return m_calls; }

protected:
    void readSecrets(const QString &profile, std::optional<AuthMethod> method, QObject *context,
                     Callback done) const override;
    void writeSecrets(const QString &profile, const Credentials &credentials, QObject *context,
                      Callback done) override;
    void removeSecrets(const QString &profile, QObject *context, Callback done) override;

private:
    std::optional<SecretResult> forcedAnswer(bool removal = false) const;

    QHash<QString, Credentials> m_secrets;
    QString m_unavailableReason;
    std::optional<SecretResult> m_failure;
    FailingCalls m_failingCalls = FailingCalls::All;
    mutable int m_calls = 0;
};

} // namespace numdesk
