#include "environmentsecretstore.h"

#include <QCoreApplication>

namespace numdesk {

EnvironmentSecretStore::EnvironmentSecretStore(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{}

QStringList EnvironmentSecretStore::variables(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Basic:
        return {QStringLiteral("NUMDESK_PUBLIC_KEY"), QStringLiteral("NUMDESK_PRIVATE_KEY")};
    case AuthMethod::Token:
        return {QStringLiteral("NUMDESK_TOKEN")};
    case AuthMethod::AuthTokenQuery:
        return {QStringLiteral("NUMDESK_AUTH_TOKEN")};
    }
    return {};
}

QString EnvironmentSecretStore::sourceName() const
{
    return tr("the environment");
}

std::optional<Credentials>
EnvironmentSecretStore::credentials(const QString &profile, AuthMethod method, QString *error) const
{
    Q_UNUSED(profile) // one set of variables for every profile (scripts); saved ones elsewhere
    QStringList missing;
    QStringList values;
    for (const QString &name : variables(method)) {
        const QString value = m_environment.value(name).trimmed();
        if (value.isEmpty())
            missing << name;
        values << value;
    }
    if (!missing.isEmpty()) {
        // At most two are missing: basic authentication's public and private keys.
        if (error && missing.size() == 1)
            *error = tr("Set %1 in the environment for %2 authentication.")
                         .arg(missing.constFirst(), authMethodKey(method));
        else if (error)
            *error = tr("Set %1 and %2 in the environment for %3 authentication.")
                         .arg(missing.at(0), missing.at(1), authMethodKey(method));
        return std::nullopt;
    }
    Credentials credentials;
    credentials.method = method;
    if (method == AuthMethod::Basic) {
        credentials.publicKey = values.at(0);
        credentials.privateKey = values.at(1);
    } else {
        credentials.token = values.at(0);
    }
    return credentials;
}

std::optional<AuthMethod> EnvironmentSecretStore::availableMethod(const QString &profile) const
{
    for (const AuthMethod method :
         {AuthMethod::Basic, AuthMethod::Token, AuthMethod::AuthTokenQuery}) {
        if (credentials(profile, method))
            return method;
    }
    return std::nullopt;
}

void EnvironmentSecretStore::readSecrets(const QString &profile, std::optional<AuthMethod> method,
                                         QObject *context, Callback done) const
{
    if (!method)
        method = availableMethod(profile);
    if (!method) {
        answerLater(context, std::move(done),
                    SecretResult::failure(SecretStatus::NotFound,
                                          tr("Set NUMDESK_PUBLIC_KEY and "
                                             "NUMDESK_PRIVATE_KEY, NUMDESK_TOKEN or "
                                             "NUMDESK_AUTH_TOKEN in the environment.")));
        return;
    }
    QString error;
    const std::optional<Credentials> found = credentials(profile, *method, &error);
    answerLater(context, std::move(done),
                found ? SecretResult::found(*found)
                      : SecretResult::failure(SecretStatus::NotFound, error));
}

} // namespace numdesk
