#pragma once

#include "secretstore.h"

#include <QCoreApplication>

#include <QJsonObject>

namespace numdesk {

// Secrets in one JSON file that only the user can read (mode 0600), for machines without a
// keychain when the user chooses it. The file is never trusted when others could read or
// change it: a file with a wider mode, of another owner, or a symbolic link is refused
// (Insecure), for reading and writing, until the user removes it or fixes its mode.
// Every write makes a new 0600 file and renames it over the old one.
class FileSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(numdesk::FileSecretStore)

public:
    explicit FileSecretStore(const QString &path = defaultPath());

    // <AppDataLocation>/secrets.json: ~/.local/share/NumbersDesk/numdesk/secrets.json.
    static QString defaultPath();
    QString path() const { return m_path; }

    QString sourceName() const override;
    QString backendName() const override { return QStringLiteral("file"); }
    bool isPersistent() const override { return true; }
    bool isWritable() const override { return true; }
    // Looks at the file now: Available when it is absent or safe, Unavailable with the reason
    // when it would be refused.
    SecretAvailability availability() const override;
    QString unavailableReason() const override;

protected:
    void readSecrets(const QString &profile, std::optional<AuthMethod> method, QObject *context,
                     Callback done) const override;
    void writeSecrets(const QString &profile, const Credentials &credentials, QObject *context,
                      Callback done) override;
    void removeSecrets(const QString &profile, QObject *context, Callback done) override;

private:
    struct Contents
    {
        SecretResult result; // NotFound: no file yet (`profiles` empty)
        QJsonObject profiles;
    };
    Contents load() const;
    SecretResult save(const QJsonObject &profiles) const;
    SecretResult check() const;

    QString m_path;
};

} // namespace numdesk
