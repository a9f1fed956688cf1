#include "memorysecretstore.h"

#include <QCoreApplication>

namespace numdesk {

MemorySecretStore::MemorySecretStore() = default;

QString MemorySecretStore::sourceName() const
{
    return tr("this session's memory");
}

SecretAvailability MemorySecretStore::availability() const
{
    return m_unavailableReason.isEmpty() ? SecretAvailability::Available
                                         : SecretAvailability::Unavailable;
}

void MemorySecretStore::setUnavailable(const QString &reason)
{
    m_unavailableReason = reason;
}

void MemorySecretStore::setFailure(SecretStatus status, const QString &message, FailingCalls calls)
{
    m_failingCalls = calls;
    if (status == SecretStatus::Ok)
        m_failure.reset();
    else
        m_failure = SecretResult::failure(status, message);
}

QStringList MemorySecretStore::profiles() const
{
    QStringList names = m_secrets.keys();
    names.sort();
    return names;
}

std::optional<Credentials> MemorySecretStore::saved(const QString &profile) const
{
    const auto it = m_secrets.constFind(profile);
    if (it == m_secrets.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<SecretResult> MemorySecretStore::forcedAnswer(bool removal) const
{
    ++m_calls;
    if (!m_unavailableReason.isEmpty())
        return SecretResult::failure(SecretStatus::Unavailable, m_unavailableReason);
    if (m_failingCalls == FailingCalls::Removals && !removal)
        return std::nullopt;
    return m_failure;
}

void MemorySecretStore::readSecrets(const QString &profile, std::optional<AuthMethod>,
                                    QObject *context, Callback done) const
{
    if (const std::optional<SecretResult> forced = forcedAnswer()) {
        answerLater(context, std::move(done), *forced);
        return;
    }
    const std::optional<Credentials> found = saved(profile);
    answerLater(context, std::move(done),
                found ? SecretResult::found(*found)
                      : SecretResult::failure(SecretStatus::NotFound,
                                              tr("No secrets were given for profile '%1' "
                                                 "in this session.")
                                                  .arg(profile)));
}

void MemorySecretStore::writeSecrets(const QString &profile, const Credentials &credentials,
                                     QObject *context, Callback done)
{
    if (const std::optional<SecretResult> forced = forcedAnswer()) {
        answerLater(context, std::move(done), *forced);
        return;
    }
    m_secrets.insert(profile, credentials);
    answerLater(context, std::move(done), SecretResult::done());
}

void MemorySecretStore::removeSecrets(const QString &profile, QObject *context, Callback done)
{
    if (const std::optional<SecretResult> forced = forcedAnswer(true)) {
        answerLater(context, std::move(done), *forced);
        return;
    }
    m_secrets.remove(profile);
    answerLater(context, std::move(done), SecretResult::done());
}

} // namespace numdesk
