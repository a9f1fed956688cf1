#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <utility>

namespace numdesk {

namespace {

// Reads a key nobody writes: "not found" proves the backend works without touching a secret.
const QString &probeKey()
{
    static const QString key = QStringLiteral("numdesk-availability-check");
    return key;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service)
    : m_service(service)
    , m_jobs(std::make_unique<QObject>())
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::sourceName() const
{
    return tr("the system keychain");
}

void KeychainSecretStore::checkAvailability(QObject *context, Callback done) const
{
    run(Operation::Probe, probeKey(), {}, context, std::move(done));
}

void KeychainSecretStore::readSecrets(const QString &profile, std::optional<AuthMethod>,
                                      QObject *context, Callback done) const
{
    run(Operation::Read, profile, {}, context, std::move(done));
}

void KeychainSecretStore::writeSecrets(const QString &profile, const Credentials &credentials,
                                       QObject *context, Callback done)
{
    run(Operation::Write, profile,
        QJsonDocument(toJson(credentials)).toJson(QJsonDocument::Compact), context,
        std::move(done));
}

void KeychainSecretStore::removeSecrets(const QString &profile, QObject *context, Callback done)
{
    run(Operation::Remove, profile, {}, context, std::move(done));
}

void KeychainSecretStore::run(Operation operation, const QString &key, const QByteArray &data,
                              QObject *context, Callback done) const
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Probe:
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, m_jobs.get());
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, m_jobs.get());
        write->setBinaryData(data);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, m_jobs.get());
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never QSettings in plain text

    // The job answers or the timer does, whichever comes first; the other is ignored. Both
    // die with the job, and the job with the store.
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [this, answered, done] {
        if (std::exchange(*answered, true))
            return;
        m_availability = SecretAvailability::Unavailable;
        m_unavailableReason = tr("The system keychain did not answer within %n seconds.", nullptr,
                                 (m_timeoutMs + 999) / 1000);
        done(SecretResult::failure(SecretStatus::Unavailable, m_unavailableReason));
    });
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [this, answered, done, operation, key](QKeychain::Job *finished) {
                         QByteArray secret;
                         if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                             secret = read->binaryData();
                         const SecretResult result = answer(operation, key, finished->error(),
                                                            finished->errorString(), secret);
                         if (!std::exchange(*answered, true))
                             done(result);
                     });
    timer->start(m_timeoutMs);
    job->start(); // QtKeychain starts it from the event loop: never a callback from here
}

QString KeychainSecretStore::readableError(const QString &text)
{
    // QtKeychain's catch-all, untranslated where it ships no translation (Spanish).
    if (text == QLatin1String("Unknown error"))
        return tr("unknown error");
    return text;
}

SecretResult KeychainSecretStore::answer(Operation operation, const QString &key, int error,
                                         const QString &errorText, const QByteArray &data) const
{
    switch (static_cast<QKeychain::Error>(error)) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // What a machine without a Secret Service or KWallet answers ("Unknown error").
        m_availability = SecretAvailability::Unavailable;
        // A fact, not advice: the window and the CLI each say what the user can do instead.
        m_unavailableReason =
            tr("No keychain service (such as GNOME Keyring or KWallet) answered: %1.")
                .arg(readableError(errorText));
        return SecretResult::failure(SecretStatus::Unavailable, m_unavailableReason);
    default:
        break;
    }
    m_availability = SecretAvailability::Available;
    m_unavailableReason.clear();
    switch (static_cast<QKeychain::Error>(error)) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        if (operation == Operation::Read) {
            return SecretResult::failure(
                SecretStatus::NotFound,
                tr("No secrets are saved in the system keychain for profile '%1'.").arg(key));
        }
        return SecretResult::done(); // a probe reached the backend; nothing to remove
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretResult::failure(
            SecretStatus::Denied,
            tr("The system keychain refused access (%1).").arg(readableError(errorText)));
    default:
        return SecretResult::failure(
            SecretStatus::Failed,
            tr("The system keychain failed: %1").arg(readableError(errorText)));
    }
    if (operation != Operation::Read)
        return SecretResult::done();
    const std::optional<Credentials> credentials = fromJson(QJsonDocument::fromJson(data).object());
    if (!credentials) {
        return SecretResult::failure(SecretStatus::Failed,
                                     tr("The secrets saved in the system keychain for "
                                        "profile '%1' are damaged; enter them again.")
                                         .arg(key));
    }
    return SecretResult::found(*credentials);
}

} // namespace numdesk
