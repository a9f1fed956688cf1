#include "environmentsecretstore.h"

#include <QTest>

using namespace numdesk;

namespace {

QProcessEnvironment environment(const QList<QPair<QString, QString>> &values)
{
    QProcessEnvironment env;
    for (const auto &value : values)
        env.insert(value.first, value.second);
    return env;
}

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadBasicKeysFromEnvironment()
    {
        const EnvironmentSecretStore store(environment(
            {{"NUMDESK_PUBLIC_KEY", "tdpub_x"}, {"NUMDESK_PRIVATE_KEY", "tdprv_secret"}}));
        const auto credentials = store.credentials(QString(), AuthMethod::Basic);
        QVERIFY(credentials);
        QCOMPARE(credentials->method, AuthMethod::Basic);
        QCOMPARE(credentials->publicKey, QStringLiteral("tdpub_x"));
        QCOMPARE(credentials->privateKey, QStringLiteral("tdprv_secret"));
        QCOMPARE(store.availableMethod(QString()), std::optional<AuthMethod>(AuthMethod::Basic));
    }

    void shouldReadTokensFromTheirOwnVariables()
    {
        const EnvironmentSecretStore store(
            environment({{"NUMDESK_TOKEN", "tok_1"}, {"NUMDESK_AUTH_TOKEN", "auth_2"}}));
        QCOMPARE(store.credentials(QString(), AuthMethod::Token)->token, QStringLiteral("tok_1"));
        QCOMPARE(store.credentials(QString(), AuthMethod::AuthTokenQuery)->token,
                 QStringLiteral("auth_2"));
        QCOMPARE(store.availableMethod(QStringLiteral("any")),
                 std::optional<AuthMethod>(AuthMethod::Token));
    }

    void shouldNameMissingVariablesWithoutSecrets()
    {
        const EnvironmentSecretStore store(environment({{"NUMDESK_PUBLIC_KEY", "tdpub_x"}}));
        QString error;
        QVERIFY(!store.credentials(QString(), AuthMethod::Basic, &error));
        QCOMPARE(error, QStringLiteral("Set NUMDESK_PRIVATE_KEY in the environment for basic "
                                       "authentication."));
        QVERIFY(!error.contains(QLatin1String("tdpub_x")));
        QCOMPARE(store.availableMethod(QString()), std::nullopt);
    }

    void shouldWorkThroughTheInterface()
    {
        const EnvironmentSecretStore concrete(environment({{"NUMDESK_TOKEN", "tok_1"}}));
        const SecretStore &store = concrete;
        QCOMPARE(store.credentials(QString(), AuthMethod::Token)->token, QStringLiteral("tok_1"));
        QCOMPARE(store.sourceName(), QStringLiteral("the environment"));
    }
};

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
