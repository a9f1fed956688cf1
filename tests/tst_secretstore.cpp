#include "environmentsecretstore.h"
#include "filesecretstore.h"
#include "keychainsecretstore.h"
#include "memorysecretstore.h"
#include "secretmigration.h"
#include "secretstoresetting.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace numdesk;

namespace {

QProcessEnvironment environment(const QList<QPair<QString, QString>> &values)
{
    QProcessEnvironment env;
    for (const auto &value : values)
        env.insert(value.first, value.second);
    return env;
}

Credentials basic(const QString &publicKey, const QString &privateKey)
{
    Credentials credentials;
    credentials.method = AuthMethod::Basic;
    credentials.publicKey = publicKey;
    credentials.privateKey = privateKey;
    return credentials;
}

Credentials token(const QString &value, AuthMethod method = AuthMethod::Token)
{
    Credentials credentials;
    credentials.method = method;
    credentials.token = value;
    return credentials;
}

// One call to its answer. `synchronous` records a callback made from inside the call, which
// the interface forbids.
struct Answer
{
    std::optional<SecretResult> result;
    bool synchronous = false;
};

template<class Start> Answer call(Start start, int timeoutMs = 10000)
{
    Answer answer;
    QObject context;
    bool inCall = true;
    start(&context, [&answer, &inCall](const SecretResult &r) {
        answer.synchronous = inCall;
        answer.result = r;
    });
    inCall = false;
    // The caller checks the answer; a missing one is the failure.
    (void)QTest::qWaitFor([&answer] { return answer.result.has_value(); }, timeoutMs);
    return answer;
}

SecretResult read(const SecretStore &store, const QString &profile,
                  std::optional<AuthMethod> method = std::nullopt)
{
    const Answer answer = call([&](QObject *context, SecretStore::Callback done) {
        store.read(profile, method, context, std::move(done));
    });
    if (!answer.result || answer.synchronous)
        return SecretResult::failure(SecretStatus::Failed, QStringLiteral("test: no async answer"));
    return *answer.result;
}

SecretResult write(SecretStore &store, const QString &profile, const Credentials &credentials)
{
    const Answer answer = call([&](QObject *context, SecretStore::Callback done) {
        store.write(profile, credentials, context, std::move(done));
    });
    if (!answer.result || answer.synchronous)
        return SecretResult::failure(SecretStatus::Failed, QStringLiteral("test: no async answer"));
    return *answer.result;
}

SecretResult remove(SecretStore &store, const QString &profile)
{
    const Answer answer = call([&](QObject *context, SecretStore::Callback done) {
        store.remove(profile, context, std::move(done));
    });
    if (!answer.result || answer.synchronous)
        return SecretResult::failure(SecretStatus::Failed, QStringLiteral("test: no async answer"));
    return *answer.result;
}

int fileMode(const QString &path)
{
    struct stat info;
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Sets the process umask for one scope.
class UmaskScope
{
public:
    explicit UmaskScope(mode_t mask)
        : m_old(::umask(mask))
    {}
    ~UmaskScope() { ::umask(m_old); }

private:
    mode_t m_old;
};

const QFileDevice::Permissions ownerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadUser | QFileDevice::WriteUser;

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private slots:
    // --- EnvironmentSecretStore

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
        // Both missing: one sentence of its own, translated whole.
        QVERIFY(!EnvironmentSecretStore(environment({}))
                     .credentials(QString(), AuthMethod::Basic, &error));
        QCOMPARE(error, QStringLiteral("Set NUMDESK_PUBLIC_KEY and NUMDESK_PRIVATE_KEY in the "
                                       "environment for basic authentication."));
    }

    void shouldWorkThroughTheInterface()
    {
        EnvironmentSecretStore concrete(environment({{"NUMDESK_TOKEN", "tok_1"}}));
        SecretStore &store = concrete;
        QCOMPARE(read(store, QString(), AuthMethod::Token),
                 SecretResult::found(token(QStringLiteral("tok_1"))));
        // No method: the first one with complete secrets.
        QCOMPARE(read(store, QStringLiteral("acme")),
                 SecretResult::found(token(QStringLiteral("tok_1"))));
        const SecretResult missing = read(store, QString(), AuthMethod::Basic);
        QCOMPARE(missing.status, SecretStatus::NotFound);
        QCOMPARE(missing.message,
                 QStringLiteral("Set NUMDESK_PUBLIC_KEY and NUMDESK_PRIVATE_KEY in the "
                                "environment for basic authentication."));
        QCOMPARE(store.sourceName(), QStringLiteral("the environment"));
        QCOMPARE(store.backendName(), QStringLiteral("environment"));
        QVERIFY(store.isAvailable());
        QVERIFY(!store.isWritable());
        QVERIFY(!store.isPersistent());
        const SecretResult written = write(store, QStringLiteral("acme"), token("tok_2"));
        QCOMPARE(written.status, SecretStatus::Failed);
        QCOMPARE(written.message, QStringLiteral("Secrets cannot be saved in the environment."));
    }

    // --- MemorySecretStore (the fake, and "type it each session")

    void shouldKeepSecretsInMemoryPerProfile()
    {
        MemorySecretStore store;
        QCOMPARE(store.backendName(), QStringLiteral("memory"));
        QVERIFY(store.isAvailable());
        QVERIFY(store.isWritable());
        QVERIFY(!store.isPersistent());
        QCOMPARE(read(store, "acme").status, SecretStatus::NotFound);

        QCOMPARE(write(store, "acme", basic("tdpub_a", "tdprv_a")), SecretResult::done());
        QCOMPARE(write(store, "beta", token("tok_b")), SecretResult::done());
        QCOMPARE(store.profiles(), QStringList({"acme", "beta"}));
        QCOMPARE(read(store, "acme"), SecretResult::found(basic("tdpub_a", "tdprv_a")));
        QCOMPARE(read(store, "acme", AuthMethod::Basic),
                 SecretResult::found(basic("tdpub_a", "tdprv_a")));
        QCOMPARE(read(store, "beta"), SecretResult::found(token("tok_b")));

        // Replaced, not merged.
        QCOMPARE(write(store, "acme", token("tok_a")), SecretResult::done());
        QCOMPARE(store.saved("acme"), std::optional<Credentials>(token("tok_a")));

        QCOMPARE(remove(store, "acme"), SecretResult::done());
        QCOMPARE(remove(store, "acme"), SecretResult::done()); // nothing left: still fine
        const SecretResult gone = read(store, "acme");
        QCOMPARE(gone.status, SecretStatus::NotFound);
        QCOMPARE(gone.message,
                 QStringLiteral("No secrets were given for profile 'acme' in this session."));
        QCOMPARE(store.profiles(), QStringList({"beta"}));
    }

    void shouldNotAnswerForAnotherMethod()
    {
        MemorySecretStore store;
        QCOMPARE(write(store, "acme", token("tok_a")), SecretResult::done());
        const SecretResult other = read(store, "acme", AuthMethod::Basic);
        QCOMPARE(other.status, SecretStatus::NotFound);
        QCOMPARE(other.message, QStringLiteral("The secrets saved for profile 'acme' are for "
                                               "token authentication, not basic."));
        QVERIFY(!other.message.contains("tok_a"));
        QVERIFY(!other.credentials);
    }

    void shouldRefuseIncompleteCredentialsAndBadProfileNames()
    {
        MemorySecretStore store;
        const SecretResult incomplete = write(store, "acme", basic("tdpub_a", QString()));
        QCOMPARE(incomplete.status, SecretStatus::Failed);
        QCOMPARE(incomplete.message,
                 QStringLiteral("The credentials for basic authentication are incomplete."));
        QVERIFY(!incomplete.message.contains("tdpub_a"));
        QCOMPARE(write(store, "../etc", token("tok")).status, SecretStatus::Failed);
        QCOMPARE(write(store, QString(), token("tok")).status, SecretStatus::Failed);
        QCOMPARE(store.callCount(), 0); // refused before reaching the store
        QVERIFY(store.profiles().isEmpty());
    }

    void shouldAnswerLaterAndNeverToADeadContext()
    {
        MemorySecretStore store;
        QCOMPARE(write(store, "acme", token("tok_a")), SecretResult::done());
        bool called = false;
        {
            QObject context;
            store.read("acme", std::nullopt, &context,
                       [&called](const SecretResult &) { called = true; });
            QVERIFY(!called); // not from inside the call
        }
        QTest::qWait(50);
        QVERIFY(!called); // the context died first
        // All stores share that contract; the answer comes from the event loop.
        const Answer answer = call([&](QObject *context, SecretStore::Callback done) {
            store.read("acme", std::nullopt, context, std::move(done));
        });
        QVERIFY(answer.result);
        QVERIFY(!answer.synchronous);
    }

    void shouldFakeAStoreWithoutBackend()
    {
        MemorySecretStore store;
        store.setUnavailable("No keychain here.");
        QCOMPARE(store.availability(), SecretAvailability::Unavailable);
        QCOMPARE(store.unavailableReason(), QStringLiteral("No keychain here."));
        const Answer check = call([&](QObject *context, SecretStore::Callback done) {
            store.checkAvailability(context, std::move(done));
        });
        QCOMPARE(*check.result,
                 SecretResult::failure(SecretStatus::Unavailable, "No keychain here."));
        QCOMPARE(write(store, "acme", token("tok")),
                 SecretResult::failure(SecretStatus::Unavailable, "No keychain here."));
        QCOMPARE(read(store, "acme").status, SecretStatus::Unavailable);
        QVERIFY(store.profiles().isEmpty());

        store.setUnavailable(QString());
        store.setFailure(SecretStatus::Denied, "Locked.");
        QVERIFY(store.isAvailable());
        QCOMPARE(write(store, "acme", token("tok")),
                 SecretResult::failure(SecretStatus::Denied, "Locked."));
    }

    // --- SecretMigration (the user changes where secrets are kept)

    void shouldMoveSavedSecretsAndLeaveNothingBehind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("move/secrets.json"));
        FileSecretStore file(path);
        MemorySecretStore session;
        QCOMPARE(write(file, "acme", basic("tdpub_a", "tdprv_a")), SecretResult::done());
        QCOMPARE(write(file, "beta", token("tok_b")), SecretResult::done());
        SecretMigration migration(&file, &session, {"acme", "beta", "gamma"});
        QSignalSpy finished(&migration, &SecretMigration::finished);
        migration.start();
        QVERIFY(finished.wait());
        // gamma had nothing saved: left alone.
        QCOMPARE(migration.outcome().moved, QStringList({"acme", "beta"}));
        QVERIFY(migration.outcome().failed.isEmpty());
        QCOMPARE(read(session, "acme"), SecretResult::found(basic("tdpub_a", "tdprv_a")));
        QCOMPARE(read(session, "beta"), SecretResult::found(token("tok_b")));
        QCOMPARE(read(file, "acme").status, SecretStatus::NotFound);
        QVERIFY(!QFile::exists(path)); // nothing left on disk
        QVERIFY2(
            migration.summary().contains(QStringLiteral("were moved to this session's memory")),
            qPrintable(migration.summary()));
        QVERIFY(!migration.summary().contains(QLatin1String("tdprv_a")));
    }

    void shouldKeepSecretsWhereTheyWereWhenTheNewStoreRefuses()
    {
        MemorySecretStore from;
        MemorySecretStore to;
        QCOMPARE(write(from, "acme", token("tok_a")), SecretResult::done());
        to.setFailure(SecretStatus::Denied, QStringLiteral("Locked."));
        SecretMigration migration(&from, &to, {"acme"});
        QSignalSpy finished(&migration, &SecretMigration::finished);
        migration.start();
        QVERIFY(finished.wait());
        QVERIFY(migration.outcome().moved.isEmpty());
        QCOMPARE(migration.outcome().failed.size(), 1);
        QCOMPARE(migration.outcome().failed.constFirst().profile, QStringLiteral("acme"));
        QCOMPARE(read(from, "acme"), SecretResult::found(token("tok_a")));
        QCOMPARE(migration.summary(),
                 QStringLiteral("The secrets of acme were not moved and stay in this session's "
                                "memory: Locked."));
    }

    void shouldSayWhenTheOldStoreKeepsACopy()
    {
        MemorySecretStore from;
        MemorySecretStore to;
        QCOMPARE(write(from, "acme", token("tok_a")), SecretResult::done());
        from.setFailure(SecretStatus::Failed, QStringLiteral("Disk full."),
                        MemorySecretStore::FailingCalls::Removals);
        SecretMigration migration(&from, &to, {"acme"});
        QSignalSpy finished(&migration, &SecretMigration::finished);
        migration.start();
        QVERIFY(finished.wait());
        QCOMPARE(read(to, "acme"), SecretResult::found(token("tok_a")));
        QCOMPARE(read(from, "acme"), SecretResult::found(token("tok_a")));
        QCOMPARE(migration.outcome().failed.size(), 1);
        QVERIFY(migration.outcome().failed.constFirst().copied);
        QCOMPARE(migration.summary(),
                 QStringLiteral("The secrets of acme were saved in this session's memory but are "
                                "still also in this session's memory: Disk full."));
    }

    // --- FileSecretStore

    void shouldCreateThePrivateFileWithMode0600()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("data/NumbersDesk/secrets.json");
        // Even with an umask that would let everyone read a new file.
        const UmaskScope umask(0);
        FileSecretStore store(path);
        QCOMPARE(store.backendName(), QStringLiteral("file"));
        QVERIFY(store.isPersistent());
        QVERIFY(store.isAvailable()); // no file yet is fine
        QCOMPARE(read(store, "acme").status, SecretStatus::NotFound);
        QVERIFY(!QFile::exists(path));

        QCOMPARE(write(store, "acme", basic("tdpub_a", "tdprv_a")), SecretResult::done());
        QCOMPARE(fileMode(path), 0600);
        QCOMPARE(QFile::permissions(path), ownerReadWrite);
        QCOMPARE(fileMode(dir.filePath("data/NumbersDesk")), 0700); // the folder it made
        QVERIFY(!QFile::exists(path + ".new"));

        const QJsonObject saved = QJsonDocument::fromJson(fileBytes(path)).object();
        QCOMPARE(saved.value("version").toInt(), 1);
        QCOMPARE(saved.value("profiles").toObject().value("acme").toObject(),
                 QJsonObject(
                     {{"method", "basic"}, {"publicKey", "tdpub_a"}, {"privateKey", "tdprv_a"}}));
        QCOMPARE(store.sourceName(), QStringLiteral("the file %1").arg(path));
    }

    void shouldKeepProfilesAcrossInstancesAndRemoveTheFileWhenEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("secrets.json");
        {
            FileSecretStore store(path);
            QCOMPARE(write(store, "acme", basic("tdpub_a", "tdprv_a")), SecretResult::done());
            QCOMPARE(write(store, "beta", token("auth_b", AuthMethod::AuthTokenQuery)),
                     SecretResult::done());
            QCOMPARE(write(store, "acme", token("tok_a")), SecretResult::done());
        }
        FileSecretStore store(path);
        QCOMPARE(read(store, "acme"), SecretResult::found(token("tok_a")));
        QCOMPARE(read(store, "beta", AuthMethod::AuthTokenQuery),
                 SecretResult::found(token("auth_b", AuthMethod::AuthTokenQuery)));
        const SecretResult missing = read(store, "gamma");
        QCOMPARE(missing.status, SecretStatus::NotFound);
        QCOMPARE(missing.message,
                 QStringLiteral("No secrets are saved for profile 'gamma' in %1.").arg(path));

        QCOMPARE(remove(store, "acme"), SecretResult::done());
        QCOMPARE(fileMode(path), 0600);
        QCOMPARE(read(store, "acme").status, SecretStatus::NotFound);
        QCOMPARE(read(store, "beta").status, SecretStatus::Ok);
        QCOMPARE(remove(store, "gamma"), SecretResult::done());
        QCOMPARE(remove(store, "beta"), SecretResult::done());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(remove(store, "beta"), SecretResult::done());
    }

    void shouldReplaceAStaleTemporaryFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("secrets.json");
        QFile stale(path + ".new");
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("half a file");
        stale.close();
        QVERIFY(QFile::setPermissions(stale.fileName(), QFileDevice::ReadOwner |
                                                            QFileDevice::WriteOwner |
                                                            QFileDevice::ReadOther));
        FileSecretStore store(path);
        QCOMPARE(write(store, "acme", token("tok_a")), SecretResult::done());
        QCOMPARE(fileMode(path), 0600);
        QVERIFY(!QFile::exists(path + ".new"));
        QCOMPARE(read(store, "acme"), SecretResult::found(token("tok_a")));
    }

    void shouldRefuseAFileOthersCanRead_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("shown");
        QTest::newRow("world-readable") << 0644 << "0644";
        QTest::newRow("group-readable") << 0640 << "0640";
        QTest::newRow("group-writable") << 0620 << "0620";
        QTest::newRow("other-executable") << 0601 << "0601";
    }

    void shouldRefuseAFileOthersCanRead()
    {
        QFETCH(int, mode);
        QFETCH(QString, shown);
        QTemporaryDir dir;
        const QString path = dir.filePath("secrets.json");
        FileSecretStore store(path);
        QCOMPARE(write(store, "acme", token("tok_a")), SecretResult::done());
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
        const QByteArray before = fileBytes(path);

        const QString reason =
            QStringLiteral("The secrets file %1 can be read or changed by other users (mode "
                           "%2); it must be readable only by you (mode 0600). Remove it, or make "
                           "it private with \"chmod 600\" if nobody else could have changed it.")
                .arg(path, shown);
        QCOMPARE(store.availability(), SecretAvailability::Unavailable);
        QCOMPARE(store.unavailableReason(), reason);
        const SecretResult refused = read(store, "acme");
        QCOMPARE(refused, SecretResult::failure(SecretStatus::Insecure, reason));
        QVERIFY(!refused.credentials);
        // Nor written to or removed from: the user decides what to do with it.
        QCOMPARE(write(store, "acme", token("tok_new")).status, SecretStatus::Insecure);
        QCOMPARE(remove(store, "acme").status, SecretStatus::Insecure);
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(fileMode(path), mode);

        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0600), 0);
        QVERIFY(store.isAvailable());
        QCOMPARE(read(store, "acme"), SecretResult::found(token("tok_a")));
    }

    void shouldRefuseASymbolicLink()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath("elsewhere.json");
        {
            FileSecretStore store(target);
            QCOMPARE(write(store, "acme", token("tok_a")), SecretResult::done());
        }
        const QString path = dir.filePath("secrets.json");
        QVERIFY(QFile::link(target, path));
        FileSecretStore store(path);
        QCOMPARE(read(store, "acme").status, SecretStatus::Insecure);
        QCOMPARE(write(store, "acme", token("tok_b")).status, SecretStatus::Insecure);
        QVERIFY(!store.isAvailable());
        QCOMPARE(read(FileSecretStore(target), "acme"), SecretResult::found(token("tok_a")));
    }

    void shouldNotOverwriteADamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("secrets.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        file.write("{\"profiles\": [oops");
        file.close();
        FileSecretStore store(path);
        const SecretResult damaged = read(store, "acme");
        QCOMPARE(damaged.status, SecretStatus::Failed);
        QCOMPARE(damaged.message,
                 QStringLiteral("The secrets file %1 is damaged; remove it and enter the "
                                "secrets again.")
                     .arg(path));
        QCOMPARE(write(store, "acme", token("tok_a")).status, SecretStatus::Failed);
        QCOMPARE(fileBytes(path), QByteArray("{\"profiles\": [oops"));
    }

    void shouldDefaultToTheUsersDataFolder()
    {
        QCOMPARE(FileSecretStore::defaultPath(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                     "/secrets.json");
    }

    // --- KeychainSecretStore: a headless CI has no backend; it must say so, promptly.

    void shouldReportAMissingKeychainBackendWithoutHanging()
    {
        KeychainSecretStore store(QStringLiteral("NumbersDeskTest"));
        store.setTimeout(8000);
        QCOMPARE(store.backendName(), QStringLiteral("keychain"));
        QCOMPARE(store.sourceName(), QStringLiteral("the system keychain"));
        QVERIFY(store.isPersistent());
        QCOMPARE(store.availability(), SecretAvailability::Unknown);

        QElapsedTimer clock;
        clock.start();
        const Answer check = call(
            [&](QObject *context, SecretStore::Callback done) {
                store.checkAvailability(context, std::move(done));
            },
            10000);
        QVERIFY2(check.result, "the keychain store never answered");
        QVERIFY(!check.synchronous);
        QVERIFY(clock.elapsed() < 9000);
        if (check.result->ok()) {
            QCOMPARE(store.availability(), SecretAvailability::Available);
            QSKIP("This machine has a keychain backend; the no-backend path is not reachable.");
        }
        QCOMPARE(check.result->status, SecretStatus::Unavailable);
        QVERIFY(!check.result->message.isEmpty());
        QCOMPARE(store.availability(), SecretAvailability::Unavailable);
        QCOMPARE(store.unavailableReason(), check.result->message);

        // Every call ends the same way, and no secret reaches a message.
        const SecretResult written = write(store, "acme", token("tok_secret_value"));
        QCOMPARE(written.status, SecretStatus::Unavailable);
        QVERIFY(!written.message.contains("tok_secret_value"));
        QCOMPARE(read(store, "acme").status, SecretStatus::Unavailable);
        QCOMPARE(remove(store, "acme").status, SecretStatus::Unavailable);
    }

    void shouldNotCallBackOnceTheKeychainStoreIsGone()
    {
        bool called = false;
        QObject context;
        {
            KeychainSecretStore store(QStringLiteral("NumbersDeskTest"));
            store.read("acme", std::nullopt, &context,
                       [&called](const SecretResult &) { called = true; });
        }
        QTest::qWait(200);
        QVERIFY(!called);
    }

    // --- SecretStoreSetting: the user's choice, shared with numdesk-cli

    void shouldRememberWhereSecretsAreSaved()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("numdesk.conf"), QSettings::IniFormat);
        SecretStoreSetting setting(&settings);
        QCOMPARE(setting.storage(), SecretStorage::Keychain);
        setting.setStorage(SecretStorage::File);
        QCOMPARE(settings.value("secrets/storage").toString(), QStringLiteral("file"));
        QCOMPARE(SecretStoreSetting(&settings).storage(), SecretStorage::File);
        settings.setValue("secrets/storage", "nonsense");
        QCOMPARE(setting.storage(), SecretStorage::Keychain);

        QCOMPARE(SecretStoreSetting::createStore(SecretStorage::Keychain)->backendName(),
                 QStringLiteral("keychain"));
        QCOMPARE(SecretStoreSetting::createStore(SecretStorage::File)->backendName(),
                 QStringLiteral("file"));
        QCOMPARE(SecretStoreSetting::createStore(SecretStorage::Session)->backendName(),
                 QStringLiteral("memory"));
    }
};

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
