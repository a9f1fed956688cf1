#include "accountsdialog.h"
#include "filesecretstore.h"
#include "memorysecretstore.h"
#include "profileeditdialog.h"
#include "profileswitcher.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "scriptedserver.h"
#include "secretstores.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace numdesk;
using numdesk::sandbox::SandboxOptions;
using numdesk::sandbox::SandboxServer;
using numdesk::test::findByAccessibleName;
using numdesk::test::ScriptedServer;
using Outcome = ConnectionTestResult::Outcome;

namespace {

// Answers every connection with plain text: a TLS client fails its handshake on it, as it
// would on a captive portal or a misconfigured port.
class PlainTextServer : public QTcpServer
{
public:
    PlainTextServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                                  "Connection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

// A name no resolver can answer for and that none is asked about: longer than DNS allows
// (253 characters), so the system's resolver refuses it without sending a query. The test
// needs no network and sends nothing off this machine.
QString unresolvableHost()
{
    QString host;
    for (int i = 0; i < 5; ++i)
        host += QString(60, QLatin1Char('x')) + QLatin1Char('.');
    return host + QStringLiteral("example");
}

} // namespace

// Drives the Accounts dialog, its profile editor and the toolbar switcher as a user does, with
// in-memory fakes for the keychain, the secrets file and the session, against the in-process
// sandbox and a scripted server.
class tst_AccountsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_file;
    std::unique_ptr<MemorySecretStore> m_session;
    std::unique_ptr<SecretStores> m_secrets;
    std::unique_ptr<AccountsDialog> m_dialog;

    static QString screenshotDir()
    {
        const QString dir = qEnvironmentVariable(
            "NUMDESK_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        QDir().mkpath(dir);
        return dir;
    }

    Account sandboxAccount() const { return test::sandboxAccount(*m_sandbox); }

    void openDialog()
    {
        m_dialog = std::make_unique<AccountsDialog>(*m_profiles, *m_secrets);
        m_dialog->setSandboxAccount(sandboxAccount());
        m_dialog->setConnectionOptions(3000, true);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    template<class T> T *in(QWidget *root, const char *name)
    {
        T *widget = findByAccessibleName<T>(root, QString::fromUtf8(name));
        if (!widget)
            qWarning("no control named %s", name);
        return widget;
    }
    template<class T> T *control(const char *name) { return in<T>(m_dialog.get(), name); }
    void click(QAbstractButton *button)
    {
        // A check box or radio button is clicked on its indicator (its centre may be past its
        // text); a push button in its centre.
        if (button->isCheckable() && !qobject_cast<QPushButton *>(button))
            QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
        else
            QTest::mouseClick(button, Qt::LeftButton);
    }
    void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
    }
    ProfileEditDialog *openAddDialog()
    {
        click(control<QPushButton>("Add Profile"));
        ProfileEditDialog *editor = m_dialog->editor();
        if (editor && !QTest::qWaitForWindowExposed(editor))
            return nullptr;
        return editor;
    }
    void chooseMethod(ProfileEditDialog *editor, AuthMethod method)
    {
        auto *combo = in<QComboBox>(editor, "Authentication method");
        combo->setFocus();
        while (AuthMethod(combo->currentData().toInt()) != method)
            QTest::keyClick(combo, Qt::Key_Down);
    }
    QPushButton *saveButton(ProfileEditDialog *editor)
    {
        return editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }
    // Adds a profile through the editor with a full base URL and an access token.
    void addTokenProfile(const QString &name, const QString &baseUrl, const QString &token)
    {
        ProfileEditDialog *editor = openAddDialog();
        QVERIFY(editor);
        type(in<QLineEdit>(editor, "Profile name"), name);
        click(in<QRadioButton>(editor, "Use a full base URL"));
        type(in<QLineEdit>(editor, "Base URL"), baseUrl);
        chooseMethod(editor, AuthMethod::Token);
        type(in<QLineEdit>(editor, "Access token"), token);
        QVERIFY2(saveButton(editor)->isEnabled(), qPrintable(editor->problem()));
        click(saveButton(editor));
        QTRY_VERIFY(!m_dialog->editor());
        QCOMPARE(m_dialog->selectedProfile(), name);
    }
    ConnectionTestResult testSelected()
    {
        QSignalSpy finished(m_dialog.get(), &AccountsDialog::testFinished);
        click(control<QPushButton>("Test Connection"));
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000); }();
        if (finished.isEmpty())
            return {};
        return finished.first().at(0).value<ConnectionTestResult>();
    }
    ConnectionTestResult testInEditor(ProfileEditDialog *editor)
    {
        QSignalSpy finished(editor, &ProfileEditDialog::testFinished);
        click(in<QPushButton>(editor, "Test Connection"));
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000); }();
        if (finished.isEmpty())
            return {};
        return finished.first().at(0).value<ConnectionTestResult>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SandboxOptions options;
        options.recordRequests = 10000;
        options.databasePath = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
        options.numbers = 120;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_sandbox->start(0, &error), qPrintable(error));
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("numdesk.conf")),
                                                 QSettings::IniFormat);
        m_settings->clear();
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_keychain = std::make_unique<MemorySecretStore>();
        m_file = std::make_unique<MemorySecretStore>();
        m_session = std::make_unique<MemorySecretStore>();
        m_secrets = std::make_unique<SecretStores>(m_keychain.get(), m_file.get(), m_session.get(),
                                                   m_settings.get());
    }

    void cleanup()
    {
        m_dialog.reset();
        m_secrets.reset();
        m_keychain.reset();
        m_file.reset();
        m_session.reset();
        m_profiles.reset();
        m_settings.reset();
    }

    void shouldListTheSandboxFirstAndNeverEditOrRemoveIt()
    {
        QVERIFY(m_profiles->save({"acme", "https://acme.trackdrive.com", AuthMethod::Basic}));
        openDialog();
        auto *list = control<QListWidget>("Profiles");
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Sandbox (built-in)"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("acme"));
        QCOMPARE(m_dialog->selectedProfile(), QString());
        QVERIFY(!control<QPushButton>("Edit Profile")->isEnabled());
        QVERIFY(!control<QPushButton>("Remove Profile")->isEnabled());
        QVERIFY(control<QPushButton>("Test Connection")->isEnabled());
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete); // nothing to confirm, nothing removed
        QTest::keyClick(list, Qt::Key_Return); // no editor for the sandbox
        QVERIFY(!m_dialog->editor());
        QVERIFY(!m_dialog->findChild<QMessageBox *>());
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(m_dialog->selectedProfile(), QStringLiteral("acme"));
        QVERIFY(control<QPushButton>("Edit Profile")->isEnabled());
        QVERIFY(control<QLabel>("Profile details")
                    ->text()
                    .contains(QLatin1String("https://acme.trackdrive.com/api/v1/")));
    }

    void shouldAddAProfileBySubdomainWithItsKeysInTheKeychainOnly()
    {
        openDialog();
        QSignalSpy changed(m_dialog.get(), &AccountsDialog::profilesChanged);
        ProfileEditDialog *editor = openAddDialog();
        QVERIFY(editor);
        QCOMPARE(editor->windowTitle(), QStringLiteral("Add Profile"));
        QVERIFY(!saveButton(editor)->isEnabled());
        type(in<QLineEdit>(editor, "Profile name"), QStringLiteral("acme-live"));
        type(in<QLineEdit>(editor, "Subdomain"), QStringLiteral("acme"));
        QCOMPARE(in<QLabel>(editor, "Address preview")->text(),
                 QStringLiteral("Requests go to https://acme.trackdrive.com/api/v1/"));
        auto *publicKey = in<QLineEdit>(editor, "Public key");
        auto *privateKey = in<QLineEdit>(editor, "Private key");
        QCOMPARE(privateKey->echoMode(), QLineEdit::Password);
        QCOMPARE(publicKey->echoMode(), QLineEdit::Normal);
        type(publicKey, QStringLiteral("tdpub_acme"));
        QVERIFY(!saveButton(editor)->isEnabled());
        QCOMPARE(in<QLabel>(editor, "Status")->text(),
                 QStringLiteral("Enter both the public and the private key."));
        type(privateKey, QStringLiteral("tdprv_acme_secret"));
        QVERIFY(saveButton(editor)->isEnabled());
        QVERIFY(in<QLabel>(editor, "Where secrets are kept")
                    ->text()
                    .contains(m_keychain->sourceName()));
        click(saveButton(editor));

        QTRY_VERIFY(!m_dialog->editor());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_dialog->listedProfiles(), QStringList{"acme-live"});
        QCOMPARE(*m_profiles->profile(QStringLiteral("acme-live")),
                 (Profile{"acme-live", "https://acme.trackdrive.com", AuthMethod::Basic}));
        const auto saved = m_keychain->saved(QStringLiteral("acme-live"));
        QVERIFY(saved);
        QCOMPARE(saved->method, AuthMethod::Basic);
        QCOMPARE(saved->publicKey, QStringLiteral("tdpub_acme"));
        QCOMPARE(saved->privateKey, QStringLiteral("tdprv_acme_secret"));
        QVERIFY(m_session->profiles().isEmpty());
        QVERIFY(m_file->profiles().isEmpty());
        m_settings->sync();
        QFile conf(m_settings->fileName());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QByteArray stored = conf.readAll();
        QVERIFY(stored.contains("acme-live"));
        QVERIFY(!stored.contains("tdprv_acme_secret"));
        QVERIFY(!stored.contains("tdpub_acme"));
    }

    void shouldShowTheSecretFieldsOfTheChosenMethod()
    {
        openDialog();
        ProfileEditDialog *editor = openAddDialog();
        QVERIFY(editor);
        chooseMethod(editor, AuthMethod::Token);
        QVERIFY(in<QLineEdit>(editor, "Access token")->isVisible());
        QVERIFY(!in<QLineEdit>(editor, "Private key")->isVisible());
        QCOMPARE(in<QLineEdit>(editor, "Access token")->echoMode(), QLineEdit::Password);
        chooseMethod(editor, AuthMethod::AuthTokenQuery);
        QVERIFY(in<QLineEdit>(editor, "Auth token")->isVisible());
        QVERIFY(!in<QLineEdit>(editor, "Access token")->isVisible());
        QCOMPARE(in<QLineEdit>(editor, "Auth token")->echoMode(), QLineEdit::Password);
        QVERIFY(in<QLabel>(editor, "Legacy auth token warning")->isVisible());
    }

    void shouldRefuseTheSandboxNameTakenNamesAndBadAddresses()
    {
        QVERIFY(m_profiles->save({"acme", "https://acme.trackdrive.com", AuthMethod::Basic}));
        openDialog();
        ProfileEditDialog *editor = openAddDialog();
        QVERIFY(editor);
        auto *status = in<QLabel>(editor, "Status");
        type(in<QLineEdit>(editor, "Access token"), QStringLiteral("t"));
        chooseMethod(editor, AuthMethod::Token);
        type(in<QLineEdit>(editor, "Access token"), QStringLiteral("token"));
        type(in<QLineEdit>(editor, "Subdomain"), QStringLiteral("acme"));
        type(in<QLineEdit>(editor, "Profile name"), QStringLiteral("Sandbox"));
        QCOMPARE(status->text(),
                 QStringLiteral("'Sandbox' is the built-in sandbox's name; choose another."));
        QVERIFY(!saveButton(editor)->isEnabled());
        type(in<QLineEdit>(editor, "Profile name"), QStringLiteral("acme"));
        QCOMPARE(status->text(), QStringLiteral("A profile named 'acme' exists already."));
        type(in<QLineEdit>(editor, "Profile name"), QStringLiteral("two words"));
        QVERIFY(status->text().startsWith(QLatin1String("'two words' cannot be a profile name")));
        type(in<QLineEdit>(editor, "Profile name"), QStringLiteral("acme2"));
        type(in<QLineEdit>(editor, "Subdomain"), QStringLiteral("acme.trackdrive.com"));
        QVERIFY(status->text().startsWith(QLatin1String("A subdomain is letters")));
        click(in<QRadioButton>(editor, "Use a full base URL"));
        type(in<QLineEdit>(editor, "Base URL"), QStringLiteral("http://acme.example.com"));
        QVERIFY2(status->text().startsWith(QLatin1String("Plain http:// is only allowed")),
                 qPrintable(status->text()));
        QVERIFY(!saveButton(editor)->isEnabled());
        type(in<QLineEdit>(editor, "Base URL"), QStringLiteral("https://acme.trackdrive.net"));
        QCOMPARE(status->text(), QString());
        QVERIFY(saveButton(editor)->isEnabled());
    }

    void shouldConnectToTheSandbox()
    {
        openDialog();
        const ConnectionTestResult result = testSelected();
        QCOMPARE(result.outcome, Outcome::Connected);
        QCOMPARE(result.totalNumbers, qint64(120));
        QCOMPARE(control<QLabel>("Connection test result")->text(),
                 QStringLiteral("Connected to 127.0.0.1: the account has 120 phone number(s)."));
        // One cheap request: the first number, its id only.
        const auto requests = m_sandbox->receivedRequests();
        QVERIFY(!requests.isEmpty());
        QCOMPARE(requests.last().path, QStringLiteral("/api/v1/phone_numbers"));
        QVERIFY(requests.last().rawQuery.contains("per_page=1"));
        QVERIFY(requests.last().rawQuery.contains("columns=id"));
    }

    void shouldReport401ForCredentialsTheServerRefuses()
    {
        openDialog();
        addTokenProfile(QStringLiteral("wrong"), m_sandbox->apiBaseUrl().toString(),
                        QStringLiteral("not-the-demo-token"));
        const ConnectionTestResult result = testSelected();
        QCOMPARE(result.outcome, Outcome::Unauthorized);
        QCOMPARE(result.httpStatus, 401);
        const QString shown = control<QLabel>("Connection test result")->text();
        QVERIFY2(shown.startsWith(QLatin1String("401 Unauthorized: 127.0.0.1 did not accept")),
                 qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1String("not-the-demo-token")));

        // The same profile with the demo token connects.
        addTokenProfile(QStringLiteral("right"), m_sandbox->apiBaseUrl().toString(),
                        SandboxServer::demoCredentials().accessToken);
        QCOMPARE(testSelected().outcome, Outcome::Connected);
    }

    void shouldTellAnIpAllowListRefusalFromOther403s()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        openDialog();
        addTokenProfile(QStringLiteral("office"), QString::fromLatin1(server.baseUrl()),
                        QStringLiteral("token"));
        server.setReplies({ScriptedServer::Reply::json(
            403, R"({"status":403,"errors":{"base":["IP address 203.0.113.7 is not allowed"]}})")});
        ConnectionTestResult result = testSelected();
        QCOMPARE(result.outcome, Outcome::IpNotAllowed);
        QCOMPARE(control<QLabel>("Connection test result")->text(),
                 QStringLiteral("IP address not allowed (403): this computer's IP address is "
                                "not on the account's allow-list. The server said: IP address "
                                "203.0.113.7 is not allowed"));
        QCOMPARE(server.requests().size(), 1); // never retried

        server.setReplies({ScriptedServer::Reply::json(
            403, R"({"status":403,"errors":{"base":["You are not authorized"]}})")});
        result = testSelected();
        QCOMPARE(result.outcome, Outcome::Forbidden);
        QVERIFY(control<QLabel>("Connection test result")
                    ->text()
                    .startsWith(QLatin1String("403 Forbidden: 127.0.0.1 refused access.")));
    }

    void shouldReportATimeout()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        ScriptedServer::Reply hang;
        hang.hang = true;
        server.setReplies({hang});
        openDialog();
        m_dialog->setConnectionOptions(1000, true);
        addTokenProfile(QStringLiteral("slow"), QString::fromLatin1(server.baseUrl()),
                        QStringLiteral("token"));
        const ConnectionTestResult result = testSelected();
        QCOMPARE(result.outcome, Outcome::Timeout);
        QCOMPARE(control<QLabel>("Connection test result")->text(),
                 QStringLiteral("Timeout: 127.0.0.1 did not answer within 1 second(s)."));
    }

    void shouldReportAHostThatDoesNotResolveAsDns()
    {
        openDialog();
        ProfileEditDialog *editor = openAddDialog();
        QVERIFY(editor);
        type(in<QLineEdit>(editor, "Profile name"), QStringLiteral("typo"));
        click(in<QRadioButton>(editor, "Use a full base URL"));
        const QString host = unresolvableHost();
        type(in<QLineEdit>(editor, "Base URL"), QStringLiteral("https://") + host);
        chooseMethod(editor, AuthMethod::Token);
        type(in<QLineEdit>(editor, "Access token"), QStringLiteral("token"));
        const ConnectionTestResult result = testInEditor(editor);
        QCOMPARE(result.outcome, Outcome::HostNotFound);
        QCOMPARE(in<QLabel>(editor, "Status")->text(),
                 QStringLiteral("DNS: the host name %1 could not be found. Check the subdomain "
                                "or base URL, and the network.")
                     .arg(host));
        QVERIFY(!m_profiles->contains(QStringLiteral("typo"))); // testing saves nothing
        QVERIFY(m_keychain->profiles().isEmpty());
    }

    void shouldReportATlsFailureWithQtsWords()
    {
        PlainTextServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        openDialog();
        ProfileEditDialog *editor = openAddDialog();
        QVERIFY(editor);
        type(in<QLineEdit>(editor, "Profile name"), QStringLiteral("tls"));
        click(in<QRadioButton>(editor, "Use a full base URL"));
        type(in<QLineEdit>(editor, "Base URL"),
             QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
        chooseMethod(editor, AuthMethod::Token);
        type(in<QLineEdit>(editor, "Access token"), QStringLiteral("token"));
        const ConnectionTestResult result = testInEditor(editor);
        QCOMPARE(result.outcome, Outcome::TlsError);
        QVERIFY(!result.detail.isEmpty());
        const QString shown = in<QLabel>(editor, "Status")->text();
        QCOMPARE(shown, QStringLiteral("TLS error: the secure connection to 127.0.0.1 failed: %1")
                            .arg(result.detail));
    }

    void shouldEditKeepingTheSavedSecretsUntilTheMethodChanges()
    {
        openDialog();
        addTokenProfile(QStringLiteral("acme"), m_sandbox->apiBaseUrl().toString(),
                        SandboxServer::demoCredentials().accessToken);
        click(control<QPushButton>("Edit Profile"));
        ProfileEditDialog *editor = m_dialog->editor();
        QVERIFY(editor);
        QCOMPARE(editor->windowTitle(), QStringLiteral("Edit Profile"));
        QVERIFY(in<QLineEdit>(editor, "Profile name")->isReadOnly());
        QCOMPARE(in<QLineEdit>(editor, "Base URL")->text(), m_sandbox->apiBaseUrl().toString());
        auto *token = in<QLineEdit>(editor, "Access token");
        QTRY_COMPARE(token->placeholderText(), QStringLiteral("Saved; leave empty to keep"));
        QVERIFY(token->text().isEmpty()); // a saved secret is never shown
        QVERIFY(saveButton(editor)->isEnabled());
        // The saved token is used for a test.
        QCOMPARE(testInEditor(editor).outcome, Outcome::Connected);

        chooseMethod(editor, AuthMethod::AuthTokenQuery);
        QVERIFY(!saveButton(editor)->isEnabled());
        QCOMPARE(in<QLabel>(editor, "Status")->text(), QStringLiteral("Enter the auth token."));
        type(in<QLineEdit>(editor, "Auth token"), SandboxServer::demoCredentials().authToken);
        click(saveButton(editor));
        QTRY_VERIFY(!m_dialog->editor());
        QCOMPARE(m_profiles->profile(QStringLiteral("acme"))->auth, AuthMethod::AuthTokenQuery);
        QCOMPARE(m_keychain->saved(QStringLiteral("acme"))->method, AuthMethod::AuthTokenQuery);
        QCOMPARE(m_keychain->saved(QStringLiteral("acme"))->token,
                 SandboxServer::demoCredentials().authToken);
        QCOMPARE(testSelected().outcome, Outcome::Connected);
    }

    void shouldRemoveOnlyAfterConfirmingAndForgetTheSecrets()
    {
        openDialog();
        addTokenProfile(QStringLiteral("old"), QStringLiteral("https://old.trackdrive.com"),
                        QStringLiteral("token"));
        QVERIFY(m_keychain->saved(QStringLiteral("old")));

        click(control<QPushButton>("Remove Profile"));
        auto *confirm = m_dialog->findChild<QMessageBox *>();
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isVisible());
        QCOMPARE(confirm->text(),
                 QStringLiteral("Remove the profile 'old' and the secrets saved for it?"));
        click(confirm->button(QMessageBox::Cancel));
        QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>());
        QVERIFY(m_profiles->contains(QStringLiteral("old")));

        QSignalSpy removed(m_dialog.get(), &AccountsDialog::profileRemoved);
        auto *list = control<QListWidget>("Profiles");
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        confirm = m_dialog->findChild<QMessageBox *>();
        QVERIFY(confirm);
        click(confirm->button(QMessageBox::Yes));
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(0).toString(), QStringLiteral("old"));
        QVERIFY(!m_profiles->contains(QStringLiteral("old")));
        QVERIFY(!m_keychain->saved(QStringLiteral("old")));
        QCOMPARE(m_dialog->listedProfiles(), QStringList());
        QCOMPARE(m_dialog->selectedProfile(), QString());
    }

    void shouldSayWhenThereIsNoKeychainAndLetTheUserChoose()
    {
        m_keychain->setUnavailable(QStringLiteral("No keychain service is running."));
        openDialog();
        auto *status = control<QLabel>("Keychain status");
        QTRY_VERIFY(status->isVisible());
        QCOMPARE(status->text(),
                 QStringLiteral("No system keychain is available: No keychain service is "
                                "running. Choose whether to type the secrets each session or to "
                                "save them in a file only you can read."));
        QVERIFY(!control<QRadioButton>("Keep secrets in the system keychain")->isEnabled());
        QVERIFY(control<QRadioButton>("Type secrets each session")->isChecked());
        QVERIFY(!control<QLabel>("Secrets file warning")->isVisible());
        QCOMPARE(m_secrets->current(), m_session.get());

        // Typed each session: kept in memory only.
        addTokenProfile(QStringLiteral("mem"), QStringLiteral("https://mem.trackdrive.com"),
                        QStringLiteral("token-1"));
        QCOMPARE(m_session->saved(QStringLiteral("mem"))->token, QStringLiteral("token-1"));
        QVERIFY(m_keychain->profiles().isEmpty());
        QVERIFY(m_file->profiles().isEmpty());
        QCOMPARE(m_settings->value("secrets/storage").toString(), QString());

        // A file only the user can read, with a warning. What was typed this session goes
        // along, and is no longer kept in memory.
        click(control<QRadioButton>("Save secrets in a file only you can read"));
        QCOMPARE(m_settings->value("secrets/storage").toString(), QStringLiteral("file"));
        QVERIFY(control<QLabel>("Secrets file warning")->isVisible());
        QCOMPARE(m_secrets->current(), m_file.get());
        QTRY_VERIFY(m_file->saved(QStringLiteral("mem")).has_value());
        QCOMPARE(m_file->saved(QStringLiteral("mem"))->token, QStringLiteral("token-1"));
        QTRY_VERIFY(!m_session->saved(QStringLiteral("mem")));
        auto *result = control<QLabel>("Connection test result");
        QTRY_VERIFY2(result->text().contains(QStringLiteral("were moved to")),
                     qPrintable(result->text()));
        addTokenProfile(QStringLiteral("disk"), QStringLiteral("https://disk.trackdrive.com"),
                        QStringLiteral("token-2"));
        QCOMPARE(m_file->saved(QStringLiteral("disk"))->token, QStringLiteral("token-2"));
        QVERIFY(!m_session->saved(QStringLiteral("disk")));

        // A store that refuses: the secrets stay where they were, and the dialog says so.
        m_session->setFailure(SecretStatus::Denied, QStringLiteral("Locked."));
        click(control<QRadioButton>("Type secrets each session"));
        QTRY_VERIFY2(result->text().contains(QStringLiteral("The secrets of disk were not moved "
                                                            "and stay in ")),
                     qPrintable(result->text()));
        QCOMPARE(m_file->saved(QStringLiteral("disk"))->token, QStringLiteral("token-2"));
        QCOMPARE(m_file->saved(QStringLiteral("mem"))->token, QStringLiteral("token-1"));
        m_session->setFailure(SecretStatus::Ok, QString());

        m_dialog->resize(620, 560);
        QTest::qWait(20);
        QVERIFY(
            m_dialog->grab().save(screenshotDir() + QStringLiteral("/accounts-no-keychain.png")));
    }

    void shouldSayWhereATestFindsNoSecrets()
    {
        QVERIFY(m_profiles->save({"bare", "https://bare.trackdrive.com", AuthMethod::Basic}));
        openDialog();
        m_dialog->selectProfile(QStringLiteral("bare"));
        click(control<QPushButton>("Test Connection"));
        QTRY_COMPARE(control<QLabel>("Connection test result")->text(),
                     QStringLiteral("No secrets are saved for 'bare' in %1. Edit the profile "
                                    "to enter them.")
                         .arg(m_keychain->sourceName()));
    }

    void shouldNameEveryControl()
    {
        openDialog();
        ProfileEditDialog *editor = openAddDialog();
        QVERIFY(editor);
        int named = 0;
        for (QWidget *root :
             {static_cast<QWidget *>(m_dialog.get()), static_cast<QWidget *>(editor)}) {
            const auto widgets = root->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                const bool control = qobject_cast<QAbstractButton *>(w) ||
                                     qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w) ||
                                     qobject_cast<QListWidget *>(w);
                // Qt's own parts: a combo box's view, a line edit's clear button.
                if (!control || qobject_cast<QComboBox *>(w->parent()) ||
                    w->inherits("QLineEditIconButton"))
                    continue;
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
                ++named;
            }
        }
        QVERIFY(named >= 20);
    }

    void shouldSaveScreenshots()
    {
        QVERIFY(m_profiles->save({"acme-live", "https://acme.trackdrive.com", AuthMethod::Basic}));
        QVERIFY(m_profiles->save(
            {"acme-eu", "https://acme-eu.trackdrive.net", AuthMethod::AuthTokenQuery}));
        openDialog();
        QCOMPARE(testSelected().outcome, Outcome::Connected);
        QVERIFY(m_dialog->grab().save(screenshotDir() + QStringLiteral("/accounts.png")));

        ProfileEditDialog *editor = openAddDialog();
        QVERIFY(editor);
        type(in<QLineEdit>(editor, "Profile name"), QStringLiteral("acme-live2"));
        type(in<QLineEdit>(editor, "Subdomain"), QStringLiteral("acme"));
        type(in<QLineEdit>(editor, "Public key"), QStringLiteral("tdpub_8f2c"));
        type(in<QLineEdit>(editor, "Private key"), QStringLiteral("tdprv_secret"));
        QTest::qWait(20);
        QVERIFY(editor->grab().save(screenshotDir() + QStringLiteral("/profile-editor.png")));
    }

    void shouldSwitchProfilesFromTheToolbarCombo()
    {
        QVERIFY(m_profiles->save({"acme", "https://acme.trackdrive.com", AuthMethod::Basic}));
        QVERIFY(m_profiles->save({"beta", "https://beta.trackdrive.com", AuthMethod::Token}));
        ProfileSwitcher switcher(*m_profiles);
        switcher.show();
        QVERIFY(QTest::qWaitForWindowExposed(&switcher));
        QCOMPARE(switcher.accessibleName(), QStringLiteral("Profile"));
        QStringList texts;
        for (int i = 0; i < switcher.count(); ++i)
            texts.append(switcher.itemText(i));
        QCOMPARE(texts, (QStringList{"Sandbox", "acme", "beta", "", "Manage Accounts…"}));
        QCOMPARE(switcher.currentProfile(), QString());

        QSignalSpy chosen(&switcher, &ProfileSwitcher::profileChosen);
        QSignalSpy manage(&switcher, &ProfileSwitcher::manageAccountsRequested);
        switcher.setFocus();
        QTest::keyClick(&switcher, Qt::Key_Down);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().at(0).toString(), QStringLiteral("acme"));
        QCOMPARE(switcher.currentProfile(), QStringLiteral("acme"));

        switcher.setCurrentProfile(QStringLiteral("beta")); // from the program: no signal
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(switcher.currentText(), QStringLiteral("beta"));

        QTest::keyClick(&switcher, Qt::Key_End); // the last entry: Manage Accounts…
        QCOMPARE(manage.size(), 1);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(switcher.currentText(), QStringLiteral("beta")); // stays on the profile

        QVERIFY(m_profiles->remove(QStringLiteral("beta")));
        switcher.reload(); // the current profile is gone: the sandbox
        QCOMPARE(switcher.currentProfile(), QString());
        QCOMPARE(switcher.currentText(), QStringLiteral("Sandbox"));
        QTest::keyClick(&switcher, Qt::Key_Home);
        QCOMPARE(chosen.size(), 1); // already the sandbox: nothing to switch
    }
    // Issue 14, item 18: the notice at the top wraps at the dialog's size instead of being cut,
    // in English and in the longer German.
    void shouldWrapTheNoticeInsteadOfClippingIt_data()
    {
        QTest::addColumn<bool>("german");
        QTest::newRow("English") << false;
        QTest::newRow("German") << true;
    }

    void shouldWrapTheNoticeInsteadOfClippingIt()
    {
        QFETCH(bool, german);
        QTranslator translator;
        if (german) {
            QVERIFY(translator.load(QStringLiteral(NUMDESK_QM_DIR "/numdesk_de.qm")));
            QCoreApplication::installTranslator(&translator);
        }
        m_keychain->setUnavailable(
            QStringLiteral("No keychain service (such as GNOME Keyring or KWallet) answered: "
                           "Unknown error."));
        // A secrets file whose path is long (a deep home folder): named, never written here.
        FileSecretStore file(m_dir.filePath(
            QStringLiteral("home/operator.with.a.rather.long.account.name/.local/share/"
                           "NumbersDesk/numdesk/profiles/secrets.json")));
        m_secrets = std::make_unique<SecretStores>(m_keychain.get(), &file, m_session.get(),
                                                   m_settings.get());
        openDialog();
        const int asked = 560; // the width the dialog opens at
        // The controls' names, in the language they were made in.
        const auto name = [](const char *text) {
            return QCoreApplication::translate("numdesk::AccountsDialog", text);
        };
        auto *status = findByAccessibleName<QLabel>(m_dialog.get(), name("Keychain status"));
        auto *notice = findByAccessibleName<QFrame>(m_dialog.get(), name("Where secrets are kept"));
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(status && notice);
        QTRY_VERIFY(status->isVisible());
        QApplication::processEvents();
        for (QLabel *label : notice->findChildren<QLabel *>()) {
            if (!label->isVisible())
                continue;
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(label->text()));
        }
        for (QRadioButton *button : notice->findChildren<QRadioButton *>()) {
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        }
        // Nothing made the dialog wider than it opened: the notice wraps instead.
        QCOMPARE(m_dialog->width(), asked);
        QVERIFY(m_dialog->minimumSizeHint().width() <= asked);
        QVERIFY(m_dialog->grab().save(screenshotDir() +
                                      (german ? QStringLiteral("/accounts-notice-de.png")
                                              : QStringLiteral("/accounts-notice.png"))));
        m_dialog.reset(); // before the file store it shows
    }
};

QTEST_MAIN(tst_AccountsDialog)
#include "tst_accountsdialog.moc"
