#include "redactor.h"

#include <QTest>

using namespace numdesk;

class tst_Redactor : public QObject
{
    Q_OBJECT

private slots:
    void shouldRemoveKeysInEveryForm()
    {
        Credentials c;
        c.publicKey = QStringLiteral("tdpub_abc123");
        c.privateKey = QStringLiteral("tdprv_s3cr3t+/=");
        const Redactor r(c);
        const QString basic =
            QString::fromLatin1(QByteArray("tdpub_abc123:tdprv_s3cr3t+/=").toBase64());
        const QString text =
            QStringLiteral("key tdprv_s3cr3t+/= encoded tdprv_s3cr3t%2B%2F%3D basic ") + basic;
        const QString out = r.redact(text);
        QCOMPARE(out, QStringLiteral("key [redacted] encoded [redacted] basic [redacted]"));
    }

    void shouldRemoveAuthTokenFromUrlsWhateverTheAccount()
    {
        const Redactor none;
        const QUrl url(QStringLiteral("https://acme.trackdrive.com/api/v1/phone_numbers?"
                                      "number=%2B1&auth_token=abcdef&page=2"));
        QCOMPARE(none.redact(url),
                 QStringLiteral("https://acme.trackdrive.com/api/v1/phone_numbers?"
                                "number=%2B1&auth_token=[redacted]&page=2"));
        QCOMPARE(none.redact(QStringLiteral("Authorization: Token abc.def")),
                 QStringLiteral("Authorization: Token [redacted]"));
    }

    void shouldRemoveTheAccessToken()
    {
        Credentials c;
        c.method = AuthMethod::Token;
        c.token = QStringLiteral("tok_9f8e7d");
        QCOMPARE(Redactor(c).redact(QStringLiteral("failed with tok_9f8e7d")),
                 QStringLiteral("failed with [redacted]"));
    }

    void shouldRemoveSecretsOfAnyLength()
    {
        Credentials c;
        c.publicKey = QStringLiteral("pub");
        c.privateKey = QStringLiteral("k9"); // short, but still a secret
        QCOMPARE(Redactor(c).redact(QStringLiteral("the key k9 was refused")),
                 QStringLiteral("the key [redacted] was refused"));
        c.privateKey.clear(); // nothing to hide: the text stays
        QCOMPARE(Redactor(c).redact(QStringLiteral("the key k9")), QStringLiteral("the key k9"));
    }
};

QTEST_GUILESS_MAIN(tst_Redactor)
#include "tst_redactor.moc"
