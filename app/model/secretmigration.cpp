#include "secretmigration.h"

namespace numdesk {

SecretMigration::SecretMigration(SecretStore *from, SecretStore *to, QStringList profiles,
                                 QObject *parent)
    : QObject(parent)
    , m_from(from)
    , m_to(to)
    , m_profiles(std::move(profiles))
{}

void SecretMigration::start()
{
    if (m_running)
        return;
    m_running = true;
    m_index = 0;
    m_outcome = Outcome();
    next();
}

void SecretMigration::next()
{
    if (m_index >= m_profiles.size()) {
        m_running = false;
        emit finished();
        return;
    }
    const QString profile = m_profiles.at(m_index++);
    m_from->read(profile, std::nullopt, this, [this, profile](const SecretResult &found) {
        if (found.status == SecretStatus::NotFound) {
            next();
            return;
        }
        if (!found.ok() || !found.credentials) {
            fail(profile, found.message, false);
            return;
        }
        m_to->write(profile, *found.credentials, this, [this, profile](const SecretResult &saved) {
            if (!saved.ok()) {
                fail(profile, saved.message, false);
                return;
            }
            m_from->remove(profile, this, [this, profile](const SecretResult &removed) {
                if (!removed.ok()) {
                    fail(profile, removed.message, true);
                    return;
                }
                m_outcome.moved.append(profile);
                next();
            });
        });
    });
}

void SecretMigration::fail(const QString &profile, const QString &message, bool copied)
{
    m_outcome.failed.append(Failure{profile, message, copied});
    next();
}

QString SecretMigration::summary() const
{
    QStringList sentences;
    if (!m_outcome.moved.isEmpty())
        sentences << tr("The secrets of %n profile(s) were moved to %1.", nullptr,
                        int(m_outcome.moved.size()))
                         .arg(m_to->sourceName());
    for (const Failure &failure : m_outcome.failed) {
        if (failure.copied)
            sentences << tr("The secrets of %1 were saved in %2 but are still also in %3: %4")
                             .arg(failure.profile, m_to->sourceName(), m_from->sourceName(),
                                  failure.message);
        else
            sentences << tr("The secrets of %1 were not moved and stay in %2: %3")
                             .arg(failure.profile, m_from->sourceName(), failure.message);
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace numdesk
