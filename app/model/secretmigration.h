#pragma once

#include "secretstore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace numdesk {

// Moves the saved secrets of some profiles from one store to another, as when the user changes
// where secrets are kept (a file only they can read, the keychain, this session's memory):
// each profile's credentials are read from `from`, written to `to`, and removed from `from` only
// once `to` has them, so a step that fails loses nothing. A profile with nothing saved is left
// alone. Profiles go one at a time (a keychain may ask the user).
class SecretMigration : public QObject
{
    Q_OBJECT

public:
    struct Failure
    {
        QString profile;
        QString message;     // never holds a secret
        bool copied = false; // saved in the new store, but could not be removed from the old
    };
    struct Outcome
    {
        QStringList moved;
        QList<Failure> failed;
    };

    // The stores are not owned and must outlive this object.
    SecretMigration(SecretStore *from, SecretStore *to, QStringList profiles,
                    QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }
    const Outcome &outcome() const { return m_outcome; }
    // What happened, for the user; empty when no profile had secrets saved.
    QString summary() const;

signals:
    void finished();

private:
    void next();
    void fail(const QString &profile, const QString &message, bool copied);

    SecretStore *m_from;
    SecretStore *m_to;
    QStringList m_profiles;
    qsizetype m_index = 0;
    bool m_running = false;
    Outcome m_outcome;
};

} // namespace numdesk
