#pragma once

#include "account.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QJsonObject;
class QObject;

namespace numdesk {

enum class SecretStatus
{
    Ok,          // done; a read carries the credentials
    NotFound,    // nothing saved for the profile (or not for the method asked)
    Unavailable, // the store cannot be used here: no keychain backend, no answer in time
    Insecure,    // the secrets file can be read by others or is not ours: refused
    Denied,      // the user or the system refused access (a locked keychain, a cancelled prompt)
    Failed       // anything else: an I/O error, bad stored data, a read-only store
};

enum class SecretAvailability
{
    Unknown, // not known until checkAvailability() or a first call answers (the keychain)
    Available,
    Unavailable
};

// What a secret store call ends with. `message` is for the user and never holds a secret.
struct SecretResult
{
    SecretStatus status = SecretStatus::Ok;
    std::optional<Credentials> credentials; // a read that found them
    QString message;

    bool ok() const { return status == SecretStatus::Ok; }
    static SecretResult done() { return {}; }
    static SecretResult found(const Credentials &credentials);
    static SecretResult failure(SecretStatus status, const QString &message);

    bool operator==(const SecretResult &o) const
    {
        return status == o.status && credentials == o.credentials && message == o.message;
    }
    bool operator!=(const SecretResult &o) const { return !(*this == o); }
};

// Where the secrets of a profile live: the environment (EnvironmentSecretStore, the CLI), the
// system keychain (KeychainSecretStore), a file only the user can read (FileSecretStore), or
// memory for this session (MemorySecretStore, also the fake for tests).
//
// Calls never block and never call back from inside the call: the answer arrives later on the
// context's thread, and never once the context is destroyed (as with ApiClient). A store must
// outlive the calls made on it. No implementation may put a secret in a message.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::SecretStore)

public:
    using Callback = std::function<void(const SecretResult &)>;

    virtual ~SecretStore();

    // Where the secrets come from, for messages ("the system keychain").
    virtual QString sourceName() const = 0;
    // A stable id: "environment", "keychain", "file" or "memory".
    virtual QString backendName() const = 0;
    // Whether saved secrets outlive the process (keychain, file).
    virtual bool isPersistent() const = 0;
    // Whether write() and remove() can succeed at all (the environment is read-only).
    virtual bool isWritable() const = 0;

    // What is known now without waiting, and why not when Unavailable.
    virtual SecretAvailability availability() const = 0;
    virtual QString unavailableReason() const { return {}; }
    bool isAvailable() const { return availability() == SecretAvailability::Available; }
    // Finds out (the keychain asks its backend): Ok, or Unavailable / Insecure with the reason.
    virtual void checkAvailability(QObject *context, Callback done) const;

    // The credentials saved for `profile`; with `method`, only credentials of that method
    // (NotFound otherwise). For the environment an empty profile is fine.
    void read(const QString &profile, std::optional<AuthMethod> method, QObject *context,
              Callback done) const;
    // Saves complete credentials for `profile`, replacing what was there.
    void write(const QString &profile, const Credentials &credentials, QObject *context,
               Callback done);
    // Forgets the secrets of `profile`; Ok when there were none.
    void remove(const QString &profile, QObject *context, Callback done);

protected:
    virtual void readSecrets(const QString &profile, std::optional<AuthMethod> method,
                             QObject *context, Callback done) const = 0;
    virtual void writeSecrets(const QString &profile, const Credentials &credentials,
                              QObject *context, Callback done);
    virtual void removeSecrets(const QString &profile, QObject *context, Callback done);

    // Calls `done(result)` from the event loop, unless `context` is gone by then.
    static void answerLater(QObject *context, Callback done, const SecretResult &result);
    // The stored form of credentials: {"method": "basic", "publicKey": …, "privateKey": …} or
    // {"method": "token" | "auth-token", "token": …}.
    static QJsonObject toJson(const Credentials &credentials);
    static std::optional<Credentials> fromJson(const QJsonObject &object);
};

} // namespace numdesk
