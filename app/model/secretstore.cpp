#include "secretstore.h"

#include "profilestore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaObject>
#include <QObject>

namespace numdesk {

SecretResult SecretResult::found(const Credentials &credentials)
{
    SecretResult result;
    result.credentials = credentials;
    return result;
}

SecretResult SecretResult::failure(SecretStatus status, const QString &message)
{
    SecretResult result;
    result.status = status;
    result.message = message;
    return result;
}

SecretStore::~SecretStore() = default;

void SecretStore::checkAvailability(QObject *context, Callback done) const
{
    answerLater(context, std::move(done),
                isAvailable()
                    ? SecretResult::done()
                    : SecretResult::failure(SecretStatus::Unavailable, unavailableReason()));
}

void SecretStore::read(const QString &profile, std::optional<AuthMethod> method, QObject *context,
                       Callback done) const
{
    // Credentials saved for another method than the one asked for do not answer the question.
    readSecrets(profile, method, context,
                [done = std::move(done), profile, method](const SecretResult &result) {
                    if (result.ok() && method && result.credentials &&
                        result.credentials->method != *method) {
                        done(SecretResult::failure(
                            SecretStatus::NotFound,
                            tr("The secrets saved for profile '%1' are for %2 "
                               "authentication, not %3.")
                                .arg(profile, authMethodKey(result.credentials->method),
                                     authMethodKey(*method))));
                        return;
                    }
                    done(result);
                });
}

void SecretStore::write(const QString &profile, const Credentials &credentials, QObject *context,
                        Callback done)
{
    if (!ProfileStore::isValidName(profile)) {
        answerLater(context, std::move(done),
                    SecretResult::failure(SecretStatus::Failed,
                                          tr("Secrets are saved for a profile; '%1' is not "
                                             "a profile name.")
                                              .arg(profile)));
        return;
    }
    if (!credentials.isComplete()) {
        answerLater(
            context, std::move(done),
            SecretResult::failure(SecretStatus::Failed,
                                  tr("The credentials for %1 authentication are incomplete.")
                                      .arg(authMethodKey(credentials.method))));
        return;
    }
    writeSecrets(profile, credentials, context, std::move(done));
}

void SecretStore::remove(const QString &profile, QObject *context, Callback done)
{
    removeSecrets(profile, context, std::move(done));
}

void SecretStore::writeSecrets(const QString &, const Credentials &, QObject *context,
                               Callback done)
{
    answerLater(context, std::move(done),
                SecretResult::failure(SecretStatus::Failed,
                                      tr("Secrets cannot be saved in %1.").arg(sourceName())));
}

void SecretStore::removeSecrets(const QString &, QObject *context, Callback done)
{
    answerLater(context, std::move(done),
                SecretResult::failure(SecretStatus::Failed,
                                      tr("Secrets cannot be removed from %1.").arg(sourceName())));
}

void SecretStore::answerLater(QObject *context, Callback done, const SecretResult &result)
{
    // A functor posted to `context` is dropped with the context's pending events when it dies.
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

QJsonObject SecretStore::toJson(const Credentials &credentials)
{
    QJsonObject object;
    object.insert(QLatin1String("method"), authMethodKey(credentials.method));
    if (credentials.method == AuthMethod::Basic) {
        object.insert(QLatin1String("publicKey"), credentials.publicKey);
        object.insert(QLatin1String("privateKey"), credentials.privateKey);
    } else {
        object.insert(QLatin1String("token"), credentials.token);
    }
    return object;
}

std::optional<Credentials> SecretStore::fromJson(const QJsonObject &object)
{
    const std::optional<AuthMethod> method =
        authMethodFromKey(object.value(QLatin1String("method")).toString());
    if (!method)
        return std::nullopt;
    Credentials credentials;
    credentials.method = *method;
    if (*method == AuthMethod::Basic) {
        credentials.publicKey = object.value(QLatin1String("publicKey")).toString();
        credentials.privateKey = object.value(QLatin1String("privateKey")).toString();
    } else {
        credentials.token = object.value(QLatin1String("token")).toString();
    }
    if (!credentials.isComplete())
        return std::nullopt;
    return credentials;
}

} // namespace numdesk
