#include "account.h"

#include <QTest>

using namespace numdesk;

class tst_Account : public QObject
{
    Q_OBJECT

private slots:
    void shouldNormalizeEveryWayOfNamingTheAccount_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("apiBase");
        const QString acme = QStringLiteral("https://acme.trackdrive.com/api/v1/");
        QTest::newRow("subdomain") << "acme" << acme;
        QTest::newRow("subdomain upper case") << " ACME " << acme;
        QTest::newRow("host") << "acme.trackdrive.com" << acme;
        QTest::newRow("base url") << "https://acme.trackdrive.com" << acme;
        QTest::newRow("base url slash") << "https://acme.trackdrive.com/" << acme;
        QTest::newRow("with api path") << "https://acme.trackdrive.com/api/v1" << acme;
        QTest::newRow("with api path slash") << "https://acme.trackdrive.com/api/v1/" << acme;
        QTest::newRow("old .net account") << "https://old.trackdrive.net"
                                          << "https://old.trackdrive.net/api/v1/";
        QTest::newRow("loopback http") << "http://127.0.0.1:8080/api/v1/"
                                       << "http://127.0.0.1:8080/api/v1/";
        QTest::newRow("localhost http") << "http://localhost:9000"
                                        << "http://localhost:9000/api/v1/";
    }
    void shouldNormalizeEveryWayOfNamingTheAccount()
    {
        QFETCH(QString, input);
        QFETCH(QString, apiBase);
        QString error;
        const auto url = Account::apiBaseFromInput(input, &error);
        QVERIFY2(url.has_value(), qPrintable(error));
        QCOMPARE(url->toString(), apiBase);
    }

    void shouldRefuseWhatCannotBeAnAccount_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << "  "
                               << "Enter the account's subdomain or address.";
        QTest::newRow("plain http remote")
            << "http://acme.trackdrive.com"
            << "Plain http:// is only allowed to this computer; use https:// so that the keys are "
               "not sent in the clear.";
        QTest::newRow("ftp") << "ftp://acme.trackdrive.com"
                             << "The address must start with https://.";
        QTest::newRow("query")
            << "https://acme.trackdrive.com/?auth_token=x"
            << "The address must not contain a query, a fragment or a user name; enter the keys "
               "in their own fields.";
        QTest::newRow("user info")
            << "https://me:secret@acme.trackdrive.com"
            << "The address must not contain a query, a fragment or a user name; enter the keys "
               "in their own fields.";
        QTest::newRow("spaces") << "acme corp"
                                << "'acme corp' is not a valid address.";
    }
    void shouldRefuseWhatCannotBeAnAccount()
    {
        QFETCH(QString, input);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!Account::apiBaseFromInput(input, &actual).has_value());
        QCOMPARE(actual, error);
    }

    void shouldKnowLoopback()
    {
        QVERIFY(Account::isLoopback(QUrl(QStringLiteral("http://127.0.0.1:1/"))));
        QVERIFY(Account::isLoopback(QUrl(QStringLiteral("http://[::1]:1/"))));
        QVERIFY(Account::isLoopback(QUrl(QStringLiteral("http://localhost/"))));
        QVERIFY(!Account::isLoopback(QUrl(QStringLiteral("http://10.0.0.1/"))));
        QVERIFY(!Account::isLoopback(QUrl(QStringLiteral("http://127.0.0.1.example.com/"))));
    }

    void shouldTellCompleteCredentials()
    {
        Credentials c;
        QVERIFY(!c.isComplete());
        c.publicKey = QStringLiteral("tdpub1");
        QVERIFY(!c.isComplete());
        c.privateKey = QStringLiteral("tdprv1");
        QVERIFY(c.isComplete());
        c.method = AuthMethod::Token;
        QVERIFY(!c.isComplete());
        c.token = QStringLiteral("t");
        QVERIFY(c.isComplete());
    }

    void shouldRoundTripAuthMethodKeys()
    {
        for (AuthMethod m : {AuthMethod::Basic, AuthMethod::Token, AuthMethod::AuthTokenQuery})
            QCOMPARE(authMethodFromKey(authMethodKey(m)), m);
        QCOMPARE(authMethodKey(AuthMethod::AuthTokenQuery), QStringLiteral("auth-token"));
        QVERIFY(!authMethodFromKey(QStringLiteral("oauth")).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_Account)
#include "tst_account.moc"
