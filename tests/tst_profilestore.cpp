#include "profilestore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace numdesk;

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("numdesk.conf")),
                                                 QSettings::IniFormat);
        m_settings->clear();
    }

    void shouldSaveAndReadProfileUnderProfilesGroup()
    {
        ProfileStore store(m_settings.get());
        QString error;
        QVERIFY2(store.save({"acme", "https://acme.trackdrive.com", AuthMethod::Token}, &error),
                 qPrintable(error));
        QCOMPARE(m_settings->value("profiles/acme/baseUrl").toString(),
                 QStringLiteral("https://acme.trackdrive.com"));
        QCOMPARE(m_settings->value("profiles/acme/auth").toString(), QStringLiteral("token"));
        const auto profile = store.profile(QStringLiteral("acme"));
        QVERIFY(profile);
        QCOMPARE(*profile, (Profile{"acme", "https://acme.trackdrive.com", AuthMethod::Token}));
    }

    void shouldListSortedNamesAndRemove()
    {
        ProfileStore store(m_settings.get());
        QVERIFY(store.save({"zeta", "https://z.trackdrive.com", AuthMethod::Basic}));
        QVERIFY(store.save({"alpha", "http://127.0.0.1:8080", AuthMethod::AuthTokenQuery}));
        QCOMPARE(store.names(), QStringList({"alpha", "zeta"}));
        QVERIFY(store.remove(QStringLiteral("zeta")));
        QVERIFY(!store.remove(QStringLiteral("zeta")));
        QCOMPARE(store.names(), QStringList({"alpha"}));
        QCOMPARE(store.profile(QStringLiteral("alpha"))->auth, AuthMethod::AuthTokenQuery);
    }

    void shouldNeverStoreSecrets()
    {
        ProfileStore store(m_settings.get());
        QVERIFY(store.save({"acme", "https://acme.trackdrive.com", AuthMethod::Basic}));
        m_settings->sync();
        m_settings->beginGroup(QStringLiteral("profiles/acme"));
        QCOMPARE(m_settings->childKeys(), QStringList({"auth", "baseUrl"}));
        m_settings->endGroup();
    }

    void shouldRefuseBadNamesAndAddresses()
    {
        ProfileStore store(m_settings.get());
        QString error;
        QVERIFY(!store.save({"a/b", "https://acme.trackdrive.com", AuthMethod::Basic}, &error));
        QVERIFY2(error.contains(QLatin1String("'a/b'")), qPrintable(error));
        QVERIFY(!store.save({"", "https://acme.trackdrive.com", AuthMethod::Basic}));
        QVERIFY(!store.save({"remote", "http://acme.example.com", AuthMethod::Basic}, &error));
        QVERIFY(store.names().isEmpty());
    }

    void shouldReportMissingAndBrokenProfiles()
    {
        ProfileStore store(m_settings.get());
        QString error;
        QVERIFY(!store.profile(QStringLiteral("nope"), &error));
        QCOMPARE(error, QStringLiteral("There is no profile named 'nope'."));
        m_settings->setValue("profiles/odd/baseUrl", "https://odd.trackdrive.com");
        m_settings->setValue("profiles/odd/auth", "password");
        QVERIFY(!store.profile(QStringLiteral("odd"), &error));
        QVERIFY2(error.contains(QLatin1String("'password'")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
